// End-to-end: free-text questions to the real bot (startBot) through the fake Discord gateway:
// @mentions, replies, DMs, ask channels, silence on chit-chat, bots ignored, channel cooldowns, and
// the gateway intents the bot asks for.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GatewayIntentBits } from "discord-api-types/v10";
import { channelPosts, embedText, messageOf, SILENCE_MS, sleep, startBotOnFake, type BotOnFake } from "../support/bot-on-fake.js";
import type { FakeDiscord, RecordedRequest } from "../support/fake-discord/index.js";

const MINIMAL_INTENTS = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
const QUESTION = "office manager vs operations manager salary?";

/** Asserts the reply is a channel message referencing `messageId` that pings nobody. */
function expectQuietReply(post: RecordedRequest, messageId: string): void {
  expect(post.status).toBe(200);
  const body = messageOf(post);
  expect(body.message_reference?.message_id).toBe(messageId);
  expect(body.allowed_mentions?.parse).toEqual([]);
  expect(body.allowed_mentions?.users ?? []).toEqual([]);
  expect(body.allowed_mentions?.replied_user).toBe(false);
  expect(body.embeds?.length).toBeGreaterThan(0);
}

describe("free text, no ask channels (minimal intents)", () => {
  let h: BotOnFake;
  let fake: FakeDiscord;

  beforeAll(async () => {
    h = await startBotOnFake({ registerCommands: false });
    fake = h.fake;
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    h.resetCooldowns();
    fake.clearRequests();
  });

  it("identifies with Guilds, GuildMessages and DirectMessages only (no MessageContent)", () => {
    expect(fake.identifyPayloads).toHaveLength(1);
    const intents = fake.identifyPayloads[0]!.intents;
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents).toBe(MINIMAL_INTENTS);
  });

  it("answers an @mention question with a channel reply that pings nobody", async () => {
    const sent = fake.dispatchMessage({ content: QUESTION, mentionsBot: true });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.textChannel}/messages`);
    expectQuietReply(post, sent.id);
    expect(messageOf(post).embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager: Salary/);
  });

  it("answers a reply to one of its answers (no @mention typed)", async () => {
    const first = fake.dispatchMessage({ content: QUESTION, mentionsBot: true, channelId: fake.ids.otherTextChannel });
    const answer = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`);
    expectQuietReply(answer, first.id);
    const answerId = fake.messages(fake.ids.otherTextChannel).find((m) => m.author.id === fake.ids.botUser && m.message_reference?.message_id === first.id)!.id;
    h.resetCooldowns();
    fake.clearRequests();

    const followUp = fake.dispatchMessage({
      content: "and what about the skills for a receptionist vs a secretary?",
      referencedMessage: answerId,
      channelId: fake.ids.otherTextChannel,
    });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`);
    expectQuietReply(post, followUp.id);
    expect(messageOf(post).embeds?.[0]?.title).toMatch(/Receptionist vs Secretary/);
  });

  it('answers a question containing "@everyone" without pinging or echoing @everyone', async () => {
    const sent = fake.dispatchMessage({ content: `@everyone ${QUESTION} @here`, mentionsBot: true });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.textChannel}/messages`);
    expectQuietReply(post, sent.id);
    const raw = JSON.stringify(post.body);
    expect(raw).not.toMatch(/@everyone|@here/);
  });

  it("a message silenced by the per-member cooldown does not use up the channel's cooldown", async () => {
    const chatty = fake.addUser({ username: "chatty" });
    const first = fake.dispatchMessage({ content: QUESTION, mentionsBot: true, author: chatty, channelId: fake.ids.textChannel });
    expectQuietReply(await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.textChannel}/messages`), first.id);
    // Same member, other channel, at once: silenced by the member cooldown (correct)...
    const again = fake.dispatchMessage({
      content: "receptionist vs secretary skills",
      mentionsBot: true,
      author: chatty,
      channelId: fake.ids.otherTextChannel,
    });
    await h.delivered(again.id);
    // ...but that other channel has had no answer, so another member asking there is answered.
    const other = fake.dispatchMessage({ content: "receptionist vs secretary skills", mentionsBot: true, channelId: fake.ids.otherTextChannel });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`, 2_000);
    expectQuietReply(post, other.id);
    expect(channelPosts(fake, fake.ids.otherTextChannel)).toHaveLength(1);
  });

  it("answers a DM question in the DM channel", async () => {
    const sent = fake.dispatchMessage({ content: "receptionist vs secretary skills", dm: true });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${sent.channel_id}/messages`);
    expect(sent.channel_id).not.toBe(fake.ids.textChannel);
    expectQuietReply(post, sent.id);
    expect(embedText(messageOf(post).embeds?.[0])).toMatch(/Receptionist/);
  });

  it("ignores messages from bots, even when they mention it", async () => {
    const otherBot = fake.addUser({ username: "otherbot", bot: true });
    const sent = fake.dispatchMessage({ content: QUESTION, mentionsBot: true, author: otherBot });
    await h.delivered(sent.id);
    await sleep(SILENCE_MS);
    expect(fake.requests).toEqual([]);
  });

  it("stays silent on guild messages that do not address it", async () => {
    const sent = fake.dispatchMessage({ content: QUESTION });
    await h.delivered(sent.id);
    await sleep(SILENCE_MS);
    expect(fake.requests).toEqual([]);
  });
});

describe("free text in an ask channel (ASK_CHANNEL_IDS set)", () => {
  let h: BotOnFake;
  let fake: FakeDiscord;
  let askChannel: string;

  beforeAll(async () => {
    h = await startBotOnFake({ registerCommands: false, env: (f) => ({ ASK_CHANNEL_IDS: f.ids.textChannel }) });
    fake = h.fake;
    askChannel = fake.ids.textChannel;
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    h.resetCooldowns();
    fake.clearRequests();
  });

  it("asks for the MessageContent intent only because ask channels are configured", () => {
    expect(h.settings.ASK_CHANNEL_IDS).toEqual([askChannel]);
    const intents = fake.identifyPayloads[0]!.intents;
    expect(intents).toBe(MINIMAL_INTENTS | GatewayIntentBits.MessageContent);
  });

  it("chit-chat in the ask channel gets no REST call at all", async () => {
    for (const content of ["thanks all, see you tomorrow", "lol nice", "good morning everyone"]) {
      const sent = fake.dispatchMessage({ content, channelId: askChannel });
      const seen = await h.delivered(sent.id);
      expect(seen.content).toBe(content); // the bot really could read it
    }
    await sleep(SILENCE_MS);
    expect(fake.requests).toEqual([]);
  });

  it("a question in the ask channel is answered", async () => {
    const sent = fake.dispatchMessage({ content: "receptionist vs secretary skills", channelId: askChannel });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${askChannel}/messages`);
    expectQuietReply(post, sent.id);
    expect(messageOf(post).embeds?.[0]?.title).toMatch(/Receptionist vs Secretary: Skills/);
  });

  it('a weak guess stays unsaid in the ask channel, but asked of the bot directly it gets "which role did you mean?"', async () => {
    // Two typos in "facilities manager": a weak match, which the engine offers as a choice.
    const weak = "faciliis maager vs receptionist salary?";
    const sent = fake.dispatchMessage({ content: weak, channelId: askChannel });
    await h.delivered(sent.id);
    await sleep(SILENCE_MS);
    expect(fake.requests).toEqual([]);

    const addressed = fake.dispatchMessage({ content: weak, channelId: askChannel, mentionsBot: true });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${askChannel}/messages`);
    expectQuietReply(post, addressed.id);
    expect(messageOf(post).embeds?.[0]?.title).toMatch(/Which role did you mean/);
  });

  it("a question in another channel, not addressed to the bot, is ignored", async () => {
    const sent = fake.dispatchMessage({ content: "receptionist vs secretary skills", channelId: fake.ids.otherTextChannel });
    await h.delivered(sent.id);
    await sleep(SILENCE_MS);
    expect(fake.requests).toEqual([]);
  });

  it("a burst of 5 questions in one channel (5 members) gets exactly one reply", async () => {
    const questions = [
      "office manager vs operations manager salary",
      "receptionist vs secretary skills",
      "project manager vs program manager",
      "what does a bookkeeper do?",
      "accountant vs bookkeeper pay",
    ];
    const sent = questions.map((content, i) => fake.dispatchMessage({ content, channelId: askChannel, author: { username: `burst${i}` } }));
    await Promise.all(sent.map((m) => h.delivered(m.id)));
    const first = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${askChannel}/messages`);
    await sleep(SILENCE_MS);
    expect(channelPosts(fake)).toHaveLength(1);
    expect(sent.map((m) => m.id)).toContain(messageOf(first).message_reference?.message_id);
    expect(fake.requests.filter((r) => r.method !== "GET")).toHaveLength(1);
  });
});
