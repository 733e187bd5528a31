// End-to-end: follow-ups and chat through the real bot (startBot) on the local fake Discord. A reply
// to one of the bot's answers is read in that answer's context (read back from its buttons, even
// after a button changed the view); in a DM the previous question is the context; chat addressed to
// the bot gets a short line in kind; chat in an ask channel, not addressed, stays silent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channelPosts, customIds, messageOf, SILENCE_MS, sleep, startBotOnFake, type BotOnFake } from "../support/bot-on-fake.js";
import type { FakeDiscord, RecordedRequest } from "../support/fake-discord/index.js";
import type { FollowUpContext } from "../../src/engine.js";
import { answerContext } from "../../src/render/discord/answer-context.js";
import type { CustomIdCodec } from "../../src/render/discord/custom-ids.js";

/** The bot's next message in a channel. */
const nextPost = (fake: FakeDiscord, channelId: string): Promise<RecordedRequest> =>
  fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${channelId}/messages`);

/** The id of the answer the bot posted to `questionId`. */
function answerTo(fake: FakeDiscord, channelId: string, questionId: string): string {
  const answer = fake.messages(channelId).find((m) => m.author.id === fake.ids.botUser && m.message_reference?.message_id === questionId);
  expect(answer).toBeDefined();
  return answer!.id;
}

/** The roles and aspect an answer shows, read from its buttons (the disabled aspect is the one shown). */
function shown(body: { components?: unknown[] }, codec: CustomIdCodec): FollowUpContext | null {
  const rows = (body.components ?? []) as { components?: { custom_id?: string; disabled?: boolean }[] }[];
  return answerContext(
    rows.flatMap((row) => (row.components ?? []).map((c) => ({ customId: c.custom_id ?? null, disabled: c.disabled ?? false }))),
    codec,
  );
}

/** Asserts a reply to `messageId` that pings nobody, and returns its body. */
function quietReplyTo(post: RecordedRequest, messageId: string) {
  expect(post.status).toBe(200);
  const body = messageOf(post);
  expect(body.message_reference?.message_id).toBe(messageId);
  expect(body.allowed_mentions?.parse).toEqual([]);
  expect(body.allowed_mentions?.replied_user).toBe(false);
  return body;
}

describe("follow-ups and chat, no ask channels (minimal intents)", () => {
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

  /** Asks with an @mention in `channelId` and returns the id of the bot's answer. */
  async function ask(content: string, channelId: string): Promise<string> {
    const question = fake.dispatchMessage({ content, mentionsBot: true, channelId });
    quietReplyTo(await nextPost(fake, channelId), question.id);
    h.resetCooldowns();
    fake.clearRequests();
    return answerTo(fake, channelId, question.id);
  }

  it('a reply "what about pay?" to an answer gets the pay answer for the same roles', async () => {
    const channel = fake.ids.textChannel;
    const answerId = await ask("receptionist vs secretary skills", channel);
    const followUp = fake.dispatchMessage({ content: "what about pay?", referencedMessage: answerId, channelId: channel });
    const body = quietReplyTo(await nextPost(fake, channel), followUp.id);
    expect(shown(body, h.bot.context.codec)).toEqual({ roleIds: ["receptionist", "secretary"], aspect: "salary" });
    expect(body.embeds?.[0]?.title).toMatch(/Receptionist vs Secretary/);
  });

  it('a reply "and the skills?" without pinging the bot is still read in context', async () => {
    const channel = fake.ids.textChannel;
    const answerId = await ask("office manager vs operations manager salary", channel);
    const followUp = fake.dispatchMessage({
      content: `<@${fake.ids.botUser}> and the skills?`,
      referencedMessage: answerId,
      channelId: channel,
      pingRepliedUser: false,
    });
    const body = quietReplyTo(await nextPost(fake, channel), followUp.id);
    expect(shown(body, h.bot.context.codec)).toEqual({ roleIds: ["office-manager", "operations-manager"], aspect: "skills" });
  });

  it("a reply whose text Discord withholds (no ping, no Message Content intent) gets no reply, not a greeting", async () => {
    const channel = fake.ids.textChannel;
    const answerId = await ask("office manager vs operations manager salary", channel);
    const followUp = fake.dispatchMessage({ content: "what about pay?", referencedMessage: answerId, channelId: channel, pingRepliedUser: false });
    expect((await h.delivered(followUp.id)).content).toBe("");
    await sleep(SILENCE_MS);
    expect(channelPosts(fake, channel)).toEqual([]);
  });

  it('"what about a receptionist?" swaps the second role, in the aspect the answer shows after a button changed it', async () => {
    const channel = fake.ids.otherTextChannel;
    const answerId = await ask("office manager vs operations manager skills", channel);
    const duties = customIds(fake.message(answerId)!.components).find((id) => {
      const action = h.bot.context.codec.decode(id);
      return action?.kind === "aspect" && action.aspect === "duties";
    })!;
    const click = fake.dispatchInteraction(fake.buttonInteraction({ customId: duties, message: answerId, channelId: channel }));
    await fake.waitForInteractionCallback(click.id);
    expect(shown(fake.message(answerId)!, h.bot.context.codec)).toEqual({ roleIds: ["office-manager", "operations-manager"], aspect: "duties" });
    fake.clearRequests();

    const followUp = fake.dispatchMessage({ content: "what about a receptionist?", referencedMessage: answerId, channelId: channel });
    const body = quietReplyTo(await nextPost(fake, channel), followUp.id);
    expect(shown(body, h.bot.context.codec)).toEqual({ roleIds: ["office-manager", "receptionist"], aspect: "duties" });
  });

  it("a reply with a full question of its own is that question", async () => {
    const channel = fake.ids.textChannel;
    const answerId = await ask("office manager vs operations manager salary", channel);
    const followUp = fake.dispatchMessage({ content: "bookkeeper vs accountant duties?", referencedMessage: answerId, channelId: channel });
    expect(shown(quietReplyTo(await nextPost(fake, channel), followUp.id), h.bot.context.codec)).toEqual({
      roleIds: ["bookkeeper", "accountant"],
      aspect: "duties",
    });
  });

  it('a DM "thanks!" gets a short reply, and "hi" one line of what to ask', async () => {
    const thanks = fake.dispatchMessage({ content: "thanks!", dm: true });
    const body = quietReplyTo(await nextPost(fake, thanks.channel_id), thanks.id);
    expect(body.content).toMatch(/^Glad it helped/);
    expect(body.embeds ?? []).toEqual([]);

    h.resetCooldowns();
    fake.clearRequests();
    const hi = fake.dispatchMessage({ content: "hi", dm: true });
    const hello = quietReplyTo(await nextPost(fake, hi.channel_id), hi.id);
    expect(hello.content).toMatch(/^Hi! Ask me how two jobs differ.*For example: \*.+\*/);
  });

  it("an @mention that is not a role question gets what the bot can answer, without echoing the question", async () => {
    const sent = fake.dispatchMessage({ content: "what certifications do I need for @everyone stuff", mentionsBot: true });
    const body = quietReplyTo(await nextPost(fake, fake.ids.textChannel), sent.id);
    expect(body.content).toMatch(/^I answer questions about jobs/);
    expect(body.content).not.toMatch(/certification|@everyone/);
  });

  it("in a DM the previous question is the context of the next message, reply or not", async () => {
    const first = fake.dispatchMessage({ content: "receptionist vs secretary skills", dm: true });
    const dm = first.channel_id;
    quietReplyTo(await nextPost(fake, dm), first.id);
    h.resetCooldowns();
    fake.clearRequests();

    const followUp = fake.dispatchMessage({ content: "what about pay?", dm: true });
    expect(shown(quietReplyTo(await nextPost(fake, dm), followUp.id), h.bot.context.codec)).toEqual({
      roleIds: ["receptionist", "secretary"],
      aspect: "salary",
    });
    h.resetCooldowns();
    fake.clearRequests();

    // The follow-up's answer is the context now: the chain goes on.
    const next = fake.dispatchMessage({ content: "and an office manager?", dm: true });
    expect(shown(quietReplyTo(await nextPost(fake, dm), next.id), h.bot.context.codec)).toEqual({
      roleIds: ["receptionist", "office-manager"],
      aspect: "salary",
    });
  });

  it("cooldowns apply to chat replies too: a second line at once gets no reply", async () => {
    const author = fake.addUser({ username: "chatty-dm" });
    const hi = fake.dispatchMessage({ content: "hello", dm: true, author });
    quietReplyTo(await nextPost(fake, hi.channel_id), hi.id);
    const again = fake.dispatchMessage({ content: "thanks!", dm: true, author });
    await h.delivered(again.id);
    await sleep(SILENCE_MS);
    expect(channelPosts(fake, hi.channel_id)).toHaveLength(1);
  });
});

describe("chat in an ask channel (ASK_CHANNEL_IDS set)", () => {
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

  it('"hi", "thanks!" and a follow-up with no context, not addressed to the bot, stay silent', async () => {
    for (const content of ["hi", "thanks!", "what about pay?"]) {
      const sent = fake.dispatchMessage({ content, channelId: askChannel });
      const seen = await h.delivered(sent.id);
      expect(seen.content).toBe(content);
    }
    await sleep(SILENCE_MS);
    expect(fake.requests).toEqual([]);
  });

  it('"hi" with an @mention in the ask channel is addressed: it gets the greeting', async () => {
    const sent = fake.dispatchMessage({ content: "hi", channelId: askChannel, mentionsBot: true });
    expect(quietReplyTo(await nextPost(fake, askChannel), sent.id).content).toMatch(/^Hi!/);
  });

  it("a reply to an answer in the ask channel is a follow-up, not ask-channel chat", async () => {
    const question = fake.dispatchMessage({ content: "receptionist vs secretary skills", channelId: askChannel });
    quietReplyTo(await nextPost(fake, askChannel), question.id);
    const answerId = answerTo(fake, askChannel, question.id);
    h.resetCooldowns();
    fake.clearRequests();
    const followUp = fake.dispatchMessage({ content: "which pays more?", referencedMessage: answerId, channelId: askChannel });
    expect(shown(quietReplyTo(await nextPost(fake, askChannel), followUp.id), h.bot.context.codec)).toEqual({
      roleIds: ["receptionist", "secretary"],
      aspect: "salary",
    });
  });
});
