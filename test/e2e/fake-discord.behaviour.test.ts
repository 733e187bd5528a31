// Behaviour of the fake Discord beyond the smoke test: the less common response paths, Discord-side
// validation, intents, gateway reconnects and failure injection — all through a real discord.js client.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AttachmentBuilder, Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags } from "discord.js";
import type { Interaction } from "discord.js";
import { startFakeDiscord } from "../support/fake-discord/index.js";
import type { FakeDiscord } from "../support/fake-discord/index.js";

const TEST_TIMEOUT = 15_000;

describe("fake Discord behaviour", () => {
  let fake: FakeDiscord;
  let client: Client;
  /** What the handlers observed or threw, by interaction/message id. */
  const seen = new Map<string, unknown>();

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = new Client({
      // No MessageContent intent on purpose: the fake must blank guild messages that don't mention the bot.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: fake.apiBase },
      // @discordjs/ws spaces IDENTIFYs 5 s apart (max_concurrency 1); skip that so re-identify is instant.
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    });
    client.on(
      Events.InteractionCreate,
      (i: Interaction) =>
        void (async () => {
          try {
            if (i.isMessageContextMenuCommand()) {
              seen.set(i.id, i.targetMessage.content);
              await i.reply({ content: "ctx", flags: MessageFlags.Ephemeral });
              return;
            }
            if (!i.isChatInputCommand()) return;
            switch (i.commandName) {
              case "full-cycle": {
                const response = await i.reply({ content: "first", withResponse: true, flags: MessageFlags.Ephemeral });
                const followUp = await i.followUp({ content: "second" });
                const fetched = await i.fetchReply();
                await i.deleteReply(followUp);
                seen.set(i.id, {
                  resourceContent: response.resource?.message?.content,
                  ephemeral: response.interaction.responseMessageEphemeral,
                  followUp: followUp.content,
                  fetched: fetched.content,
                });
                break;
              }
              case "file":
                await i.reply({ content: "file", files: [new AttachmentBuilder(Buffer.from("hello"), { name: "a.txt" })] });
                break;
              case "options":
                seen.set(i.id, [
                  i.options.getSubcommandGroup(false),
                  i.options.getSubcommand(),
                  i.options.getInteger("n"),
                  i.options.getNumber("x"),
                  i.options.getBoolean("b"),
                  i.options.getUser("u")?.id ?? null,
                ]);
                await i.reply("ok");
                break;
              case "too-long":
                await i.reply("x".repeat(2001));
                break;
              case "twice":
                await i.reply("one");
                await i.reply("two");
                break;
              case "raw-twice":
                await i.reply("one");
                await client.rest.post(`/interactions/${i.id}/${i.token}/callback`, { body: { type: 4, data: { content: "two" } }, auth: false });
                break;
              default:
                await i.reply("ok");
            }
          } catch (error) {
            seen.set(i.id, error);
          }
        })(),
    );
    client.on(Events.MessageCreate, (m) => seen.set(m.id, m.content));
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(fake.token);
    await ready;
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  const settled = (id: string) => fake.waitUntil(() => seen.has(id), 5_000, `handler result for ${id}`);

  it("withResponse, followUp, fetchReply and deleteReply round-trip", { timeout: TEST_TIMEOUT }, async () => {
    const p = fake.dispatchInteraction(fake.chatInputInteraction({ name: "full-cycle" }));
    await settled(p.id);
    expect(seen.get(p.id)).toEqual({ resourceContent: "first", ephemeral: true, followUp: "second", fetched: "first" });
    const callback = await fake.waitForInteractionCallback(p.id);
    expect([callback.query.with_response, callback.status]).toEqual(["true", 200]);
    const paths = fake.requests.filter((r) => r.path.includes(p.token)).map((r) => `${r.method} ${r.path.split(p.token)[1]}`);
    expect(paths).toEqual(["POST /callback", "POST ", "GET /messages/@original", expect.stringMatching(/^DELETE \/messages\/\d+$/)]);
  });

  it("parses multipart bodies (payload_json + files) and echoes attachments", { timeout: TEST_TIMEOUT }, async () => {
    const p = fake.dispatchInteraction(fake.chatInputInteraction({ name: "file" }));
    const callback = await fake.waitForInteractionCallback(p.id);
    expect(callback.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(callback.body).toMatchObject({ type: 4, data: { content: "file", attachments: [{ id: "0" }] } });
    expect(callback.files.map((f) => [f.field, f.filename, f.data.toString()])).toEqual([["files[0]", "a.txt", "hello"]]);
    expect(fake.originalResponse(p.id)?.attachments).toMatchObject([{ filename: "a.txt", size: 5 }]);
  });

  it("builds subcommand options with inferred or raw types, resolving users", { timeout: TEST_TIMEOUT }, async () => {
    const bob = fake.addUser({ username: "bob" });
    const a = fake.dispatchInteraction(
      fake.chatInputInteraction({
        name: "options",
        subcommandGroup: "g",
        subcommand: "s",
        options: { n: 3, x: 1.5, b: true },
      }),
    );
    const b = fake.dispatchInteraction(
      fake.chatInputInteraction({
        name: "options",
        subcommand: "s",
        options: [{ name: "u", type: 6, value: bob.id }],
      }),
    );
    await settled(a.id);
    await settled(b.id);
    expect(seen.get(a.id)).toEqual(["g", "s", 3, 1.5, true, null]);
    expect(seen.get(b.id)).toEqual([null, "s", null, null, null, bob.id]);
  });

  it("rejects bodies Discord would reject, and double acknowledgements", { timeout: TEST_TIMEOUT }, async () => {
    const long = fake.dispatchInteraction(fake.chatInputInteraction({ name: "too-long" }));
    const twice = fake.dispatchInteraction(fake.chatInputInteraction({ name: "raw-twice" }));
    const local = fake.dispatchInteraction(fake.chatInputInteraction({ name: "twice" }));
    await Promise.all([settled(long.id), settled(twice.id), settled(local.id)]);
    expect(seen.get(long.id)).toMatchObject({ code: 50035, status: 400 });
    expect(seen.get(twice.id)).toMatchObject({ code: 40060, status: 400 });
    // discord.js itself refuses the second reply() before any request is made.
    expect((seen.get(local.id) as Error).message).toMatch(/already been sent or deferred/);
  });

  it("message context menu gets the resolved target message", { timeout: TEST_TIMEOUT }, async () => {
    const p = fake.dispatchInteraction(fake.messageContextInteraction({ name: "Compare", targetContent: "nurse vs doctor" }));
    await settled(p.id);
    expect(seen.get(p.id)).toBe("nurse vs doctor");
  });

  it("without MessageContent, guild messages arrive blank unless they mention the bot", { timeout: TEST_TIMEOUT }, async () => {
    const plain = fake.dispatchMessage({ content: "no mention here" });
    const mention = fake.dispatchMessage({ content: "compare nurse and doctor", mentionsBot: true });
    await settled(plain.id);
    await settled(mention.id);
    expect(seen.get(plain.id)).toBe("");
    expect(seen.get(mention.id)).toBe(`<@${fake.ids.botUser}> compare nurse and doctor`);
  });

  it("REST: unknown routes 404, %40original is decoded, bad auth is 401", { timeout: TEST_TIMEOUT }, async () => {
    const unknown = await fetch(`${fake.apiBase}/v10/nope`);
    expect([unknown.status, await unknown.json()]).toEqual([404, { message: "404: Not Found", code: 0 }]);
    const p = fake.dispatchInteraction(fake.chatInputInteraction({ name: "plain" }));
    await fake.waitForInteractionCallback(p.id);
    const original = await fetch(`${fake.apiBase}/v10/webhooks/${fake.ids.application}/${p.token}/messages/%40original`);
    expect(original.status).toBe(200);
    expect(((await original.json()) as { content: string }).content).toBe("ok");
    const me = await fetch(`${fake.apiBase}/v10/users/@me`, { headers: { authorization: "Bot wrong" } });
    expect(me.status).toBe(401);
  });

  it("failure injection: overrides; discord.js retries 5xx but surfaces 4xx", { timeout: TEST_TIMEOUT }, async () => {
    fake.overrideResponse({ match: (r) => r.path.endsWith("/callback"), status: 500, body: { message: "boom", code: 0 }, times: 1 });
    const retried = fake.dispatchInteraction(fake.chatInputInteraction({ name: "plain" }));
    await fake.waitForRequest((r) => r.path.includes(retried.id) && r.status === 204);
    expect(fake.requests.filter((r) => r.path.includes(retried.id)).map((r) => r.status)).toEqual([500, 204]);

    fake.overrideResponse({ match: (r) => r.path.endsWith("/callback"), status: 403, body: { message: "Missing Permissions", code: 50013 }, times: 1 });
    const denied = fake.dispatchInteraction(fake.chatInputInteraction({ name: "plain" }));
    await settled(denied.id);
    expect(seen.get(denied.id)).toBeInstanceOf(DiscordAPIError);
    expect(seen.get(denied.id)).toMatchObject({ code: 50013 });
  });

  it("close 1000 makes the client re-identify (new session); 4000 makes it resume", { timeout: TEST_TIMEOUT }, async () => {
    fake.closeSocket(1000);
    await fake.waitUntil(() => fake.identifies === 2 && fake.connected, 10_000, "re-identify");
    expect(fake.resumes).toBe(0);
    fake.terminateSocket();
    await fake.waitUntil(() => fake.resumes === 1 && fake.connected, 10_000, "resume after 1006");
    const p = fake.dispatchInteraction(fake.chatInputInteraction({ name: "plain" }));
    expect((await fake.waitForInteractionCallback(p.id)).status).toBe(204);
  });

  it("a wrong token fails login with TokenInvalid", { timeout: TEST_TIMEOUT }, async () => {
    const other = new Client({ intents: [], rest: { api: fake.apiBase } });
    await expect(other.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    await other.destroy();
  });
});
