// Smoke test of the fake Discord: a bare, real discord.js Client logs in to it over HTTP + WebSocket
// on 127.0.0.1 and answers interactions and messages; the fake records what the client sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, DiscordAPIError, EmbedBuilder, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Interaction, Message } from "discord.js";
import { InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import { startFakeDiscord } from "../support/fake-discord/index.js";
import type { FakeDiscord, RecordedRequest } from "../support/fake-discord/index.js";

const TEST_TIMEOUT = 15_000;

/** Counts of the handle types that would keep the process alive after shutdown. */
function socketHandles(): number {
  return process.getActiveResourcesInfo().filter((name) => name === "TCPSocketWrap" || name === "TCPServerWrap").length;
}

/** The bot under test: the smallest handlers that exercise every response path. */
function attachHandlers(client: Client, errors: { interactionId: string; error: unknown }[]): void {
  client.on(
    Events.InteractionCreate,
    (interaction: Interaction) =>
      void (async () => {
        try {
          if (interaction.isChatInputCommand()) {
            if (interaction.commandName === "ping") {
              const who = interaction.options.getString("who") ?? "nobody";
              await interaction.reply({ content: `pong ${who}`, embeds: [new EmbedBuilder().setTitle("Pong").setDescription("ok")] });
            } else if (interaction.commandName === "slow") {
              await interaction.deferReply();
              await interaction.editReply({ content: "done after a while" });
            }
          } else if (interaction.isAutocomplete()) {
            const typed = interaction.options.getFocused();
            await interaction.respond([{ name: `Nurse (${typed})`, value: "nurse" }]);
          } else if (interaction.isButton()) {
            await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
          }
        } catch (error) {
          errors.push({ interactionId: interaction.id, error });
        }
      })(),
  );
  client.on(
    Events.MessageCreate,
    (message: Message) =>
      void (async () => {
        if (message.author.bot) return;
        if (message.mentions.has(client.user!.id) || message.channel.isDMBased()) {
          await message.reply({ content: `hi ${message.author.username}` });
        }
      })(),
  );
}

describe("fake Discord + real discord.js client", () => {
  let fake: FakeDiscord;
  let client: Client;
  const handlerErrors: { interactionId: string; error: unknown }[] = [];
  let baselineSockets = 0;

  beforeAll(async () => {
    baselineSockets = socketHandles();
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // Without Partials.Channel discord.js drops DMs: it has no cached DM channel (Discord sends no CHANNEL_CREATE).
      partials: [Partials.Channel],
      rest: { api: fake.apiBase },
    });
    attachHandlers(client, handlerErrors);
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(fake.token);
    await ready;
  }, TEST_TIMEOUT);

  afterAll(async () => {
    // Safety net if a test failed before the shutdown test ran.
    await client?.destroy();
    await fake?.close();
  });

  it("gets ready, sees the guild and its channels, and heartbeats", { timeout: TEST_TIMEOUT }, async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.ids.botUser);
    const guild = client.guilds.cache.get(fake.ids.guild);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.has(fake.ids.textChannel)).toBe(true);
    expect(guild?.channels.cache.has(fake.ids.otherTextChannel)).toBe(true);
    expect(guild?.members.me?.id).toBe(fake.ids.botUser);
    expect(fake.identifies).toBe(1);
    expect(fake.gatewayConnectQueries[0]).toEqual({ v: "10", encoding: "json" });
    await fake.waitUntil(() => fake.heartbeats > 0 && client.ws.ping >= 0, 5_000, "an acknowledged heartbeat");
  });

  it("registers commands with PUT and echoes them with ids", { timeout: TEST_TIMEOUT }, async () => {
    const saved = await client.application!.commands.set(
      [
        { name: "ping", description: "Ping", options: [{ type: 3, name: "who", description: "Who", required: false }] },
        { name: "slow", description: "Slow" },
      ],
      fake.ids.guild,
    );
    expect([...saved.values()].map((c) => c.name).sort()).toEqual(["ping", "slow"]);
    expect(
      fake
        .commands(fake.ids.guild)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...saved.keys()].sort());
  });

  it("reply({content, embeds}) posts callback type 4", { timeout: TEST_TIMEOUT }, async () => {
    const interaction = fake.dispatchInteraction(fake.chatInputInteraction({ name: "ping", options: { who: "ana" } }));
    const callback = await fake.waitForInteractionCallback(interaction.id);
    expect(callback.status).toBe(204);
    expect(callback.query.with_response).toBe("false");
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: "pong ana", embeds: [{ title: "Pong", description: "ok" }] },
    });
    expect(fake.originalResponse(interaction.id)?.content).toBe("pong ana");
  });

  it("deferReply + editReply posts type 5 then PATCHes @original", { timeout: TEST_TIMEOUT }, async () => {
    const interaction = fake.dispatchInteraction(fake.chatInputInteraction({ name: "slow" }));
    const callback = await fake.waitForInteractionCallback(interaction.id);
    expect(callback.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    const edit = await fake.waitForRequest(
      (r) => r.method === "PATCH" && r.path === `/webhooks/${fake.ids.application}/${interaction.token}/messages/@original`,
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ content: "done after a while" });
    const original = fake.originalResponse(interaction.id);
    expect(original?.content).toBe("done after a while");
    expect((original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
  });

  it("autocomplete respond posts type 8 with choices", { timeout: TEST_TIMEOUT }, async () => {
    const interaction = fake.dispatchInteraction(fake.autocompleteInteraction({ name: "ping", options: { who: "nur" }, focused: "who" }));
    const callback = await fake.waitForInteractionCallback(interaction.id);
    expect(callback.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: "Nurse (nur)", value: "nurse" }] },
    });
  });

  it("button update posts type 7 and edits the button message", { timeout: TEST_TIMEOUT }, async () => {
    const interaction = fake.dispatchInteraction(fake.buttonInteraction({ customId: "compare:again" }));
    const callback = await fake.waitForInteractionCallback(interaction.id);
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.UpdateMessage,
      data: { content: "clicked compare:again", components: [] },
    });
    expect(fake.message(interaction.message.id)?.content).toBe("clicked compare:again");
  });

  it("a callback for an interaction marked unknown fails with 10062", { timeout: TEST_TIMEOUT }, async () => {
    const payload = fake.chatInputInteraction({ name: "ping" });
    fake.failInteraction(payload.id);
    fake.dispatchInteraction(payload);
    const callback = await fake.waitForInteractionCallback(payload.id);
    expect(callback.status).toBe(404);
    await fake.waitUntil(() => handlerErrors.some((e) => e.interactionId === payload.id), 5_000, "the handler error");
    const { error } = handlerErrors.find((e) => e.interactionId === payload.id)!;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10062);
    handlerErrors.length = 0;
  });

  it("MESSAGE_CREATE reaches messageCreate; message.reply posts with message_reference", { timeout: TEST_TIMEOUT }, async () => {
    const sent = fake.dispatchMessage({ content: "hello bot", mentionsBot: true, channelId: fake.ids.otherTextChannel });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`);
    expect(post.status).toBe(200);
    expect(post.body).toMatchObject({
      content: `hi ${fake.defaultUser.username}`,
      message_reference: { message_id: sent.id },
    });
  });

  it("DMs reach messageCreate (with Partials.Channel) and the reply goes to the DM channel", { timeout: TEST_TIMEOUT }, async () => {
    const sent = fake.dispatchMessage({ content: "hello in private", dm: true });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${sent.channel_id}/messages`);
    expect(post.body).toMatchObject({ message_reference: { message_id: sent.id } });
  });

  it("resumes after the gateway drops the socket, replays missed events, and keeps answering", { timeout: TEST_TIMEOUT }, async () => {
    const resumed = new Promise<number>((resolve) => client.once(Events.ShardResume, (_id, replayed) => resolve(replayed)));
    fake.closeSocket(4000);
    // Dispatched while disconnected: kept by the fake and replayed on RESUME.
    const missed = fake.dispatchInteraction(fake.chatInputInteraction({ name: "ping", options: { who: "missed" } }));
    expect(await resumed).toBeGreaterThanOrEqual(1);
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
    const missedCallback = await fake.waitForInteractionCallback(missed.id);
    expect(missedCallback.body).toMatchObject({ data: { content: "pong missed" } });

    const after = fake.dispatchInteraction(fake.chatInputInteraction({ name: "ping", options: { who: "after" } }));
    const callback: RecordedRequest = await fake.waitForInteractionCallback(after.id);
    expect(callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: "pong after" } });
    expect(handlerErrors).toEqual([]);
  });

  it("client.destroy() and fake.close() leave no sockets or servers behind", { timeout: TEST_TIMEOUT }, async () => {
    await client.destroy();
    await fake.close();
    expect(client.isReady()).toBe(false);
    expect(fake.connected).toBe(false);
    // Client-side sockets see the server's FIN asynchronously; give them a moment.
    const deadline = Date.now() + 5_000;
    while (socketHandles() > baselineSockets && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(socketHandles()).toBe(baselineSockets);
  });
});
