// End-to-end: the real bot (startBot) keeps working when things go wrong: a handler that throws,
// an interaction Discord no longer knows (10062), a reply Discord refuses (50013), the gateway
// dropping the socket. Its logs are captured to check levels and that the token never appears.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { InteractionResponseType } from "discord-api-types/v10";
import { FRIENDLY_ERROR } from "../../src/discord/respond.js";
import { callbackOf, channelPosts, isEphemeral, messageOf, SILENCE_MS, sleep, startBotOnFake, type BotOnFake } from "../support/bot-on-fake.js";
import type { FakeDiscord } from "../support/fake-discord/index.js";

const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

describe("resilience of the real bot", () => {
  let h: BotOnFake;
  let fake: FakeDiscord;
  let user: string;

  beforeAll(async () => {
    h = await startBotOnFake();
    fake = h.fake;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await h?.close();
  });
  beforeEach(() => {
    user = fake.addUser().id;
    h.resetCooldowns();
    fake.clearRequests();
  });

  function compare(init: { user?: string; aspect?: string } = {}) {
    return fake.dispatchInteraction(
      fake.chatInputInteraction({
        name: "compare",
        subcommand: init.aspect ?? "skills",
        user: init.user ?? user,
        options: { "role-a": "office-manager", "role-b": "operations-manager" },
      }),
    );
  }

  async function expectAnswered(interactionId: string): Promise<void> {
    const request = await fake.waitForInteractionCallback(interactionId);
    expect(request.status).toBe(204);
    const { type, data } = callbackOf(request);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager/);
  }

  it("logs that it is online (the log capture works)", () => {
    expect(h.logs.lines.some((l) => l.level === LEVEL.info && l.msg === "RoleCompare is online")).toBe(true);
  });

  it("a handler that throws gets the member a private apology, logs an error, and the next interaction is answered", async () => {
    const spy = vi.spyOn(h.bot.context.engine, "compare").mockImplementationOnce(() => {
      throw new Error("boom: engine failure for the test");
    });
    const failing = compare();
    const request = await fake.waitForInteractionCallback(failing.id);
    expect(request.status).toBe(204);
    const { type, data } = callbackOf(request);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.content).toBe(FRIENDLY_ERROR);
    expect(data.allowed_mentions?.parse).toEqual([]);
    expect(spy).toHaveBeenCalledTimes(1);

    await fake.waitUntil(() => h.logs.lines.some((l) => l.interactionId === failing.id), 2_000, "the error log");
    const logged = h.logs.lines.find((l) => l.interactionId === failing.id)!;
    expect(logged.level).toBe(LEVEL.error);
    expect(logged.msg).toBe("interaction handler failed");
    expect(logged).toMatchObject({ command: "compare", userId: user, channelId: fake.ids.textChannel });
    expect(JSON.stringify(logged.err)).toContain("boom: engine failure for the test");

    // The next interaction (another member, so no cooldown is in the way) is answered normally.
    const next = compare({ user: fake.addUser().id });
    await expectAnswered(next.id);
    spy.mockRestore();
  });

  it("an interaction Discord marks unknown (10062) is dropped quietly: no error log, bot keeps answering", async () => {
    const expired = fake.chatInputInteraction({
      name: "compare",
      subcommand: "salary",
      user,
      options: { "role-a": "office-manager", "role-b": "operations-manager" },
    });
    fake.failInteraction(expired.id);
    fake.dispatchInteraction(expired);
    const callback = await fake.waitForInteractionCallback(expired.id);
    expect(callback.status).toBe(404);
    expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);

    await fake.waitUntil(() => h.logs.lines.some((l) => l.interactionId === expired.id), 2_000, "the debug log");
    const lines = h.logs.lines.filter((l) => l.interactionId === expired.id);
    expect(lines.every((l) => l.level < LEVEL.warn)).toBe(true);
    expect(lines[0]).toMatchObject({ level: LEVEL.debug, msg: "interaction expired or already answered" });
    // No second attempt (an error notice to a dead interaction) was made.
    await sleep(SILENCE_MS);
    expect(fake.requests.filter((r) => r.path.includes(expired.id) || r.path.includes(expired.token))).toHaveLength(1);

    const next = compare({ user: fake.addUser().id });
    await expectAnswered(next.id);
  });

  it("a reply Discord refuses for missing permissions (50013) is a warning, not an error, and the bot carries on", async () => {
    fake.overrideResponse({
      match: (r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`,
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
      times: 1,
    });
    const sent = fake.dispatchMessage({ content: "office manager vs operations manager salary", mentionsBot: true, channelId: fake.ids.otherTextChannel });
    const refused = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`);
    expect(refused.status).toBe(403);
    await fake.waitUntil(() => h.logs.lines.some((l) => l.messageId === sent.id), 2_000, "the warning");
    const logged = h.logs.lines.find((l) => l.messageId === sent.id)!;
    expect(logged).toMatchObject({ level: LEVEL.warn, msg: "could not answer a message" });

    h.resetCooldowns();
    fake.clearRequests();
    const again = fake.dispatchMessage({ content: "receptionist vs secretary skills", mentionsBot: true, channelId: fake.ids.otherTextChannel });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`);
    expect(post.status).toBe(200);
    expect(messageOf(post).message_reference?.message_id).toBe(again.id);
  });

  it("resumes after the gateway closes the socket (4000) and keeps answering, including what it missed", async () => {
    const identifies = fake.identifies;
    const resumes = fake.resumes;
    fake.closeSocket(4000);
    // Dispatched while the bot is disconnected: replayed on RESUME and answered.
    const missed = compare();
    await fake.waitUntil(() => fake.resumes === resumes + 1 && fake.connected, 5_000, "the RESUME");
    expect(fake.identifies).toBe(identifies);
    await expectAnswered(missed.id);

    const after = compare({ user: fake.addUser().id, aspect: "salary" });
    await expectAnswered(after.id);
    const sent = fake.dispatchMessage({ content: "receptionist vs secretary skills", mentionsBot: true });
    await fake.waitUntil(() => channelPosts(fake, fake.ids.textChannel).length === 1, 5_000, "the free-text reply after resuming");
    expect(messageOf(channelPosts(fake, fake.ids.textChannel)[0]!).message_reference?.message_id).toBe(sent.id);
    expect(h.logs.lines.some((l) => l.msg === "gateway session resumed")).toBe(true);
  });

  it("never writes the bot token to its logs, and nothing was logged at error level except the planted failure", () => {
    const text = h.logs.text;
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(fake.token);
    for (const part of fake.token.split(".")) expect(text).not.toContain(part);
    const errors = h.logs.atLeast(LEVEL.error);
    expect(errors.map((l) => l.msg)).toEqual(["interaction handler failed"]);
  });

  it("stop() disconnects from the gateway", async () => {
    await h.bot.stop();
    await fake.waitUntil(() => !fake.connected, 5_000, "the disconnect");
    expect(h.bot.client.isReady()).toBe(false);
  });
});
