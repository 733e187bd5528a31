// End-to-end: /settings, 👍/👎 with the reason modal, /gaps and forget, through the real bot on the
// local Discord stand-in. Two bots (two servers, as two processes would be) share one SQLite file.
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GatewayDispatchEvents, InteractionResponseType, PermissionFlagsBits } from "discord-api-types/v10";
import { RETENTION_AFTER_LEAVING_MS } from "../../src/storage/guild-store.js";
import { MESSAGE_CONTENT_EXPLANATION } from "../../src/discord/commands/settings-command.js";
import { isFeedbackId } from "../../src/render/discord/feedback-ids.js";
import { REASON_INPUT_ID } from "../../src/render/discord/feedback-components.js";
import {
  callbackOf,
  channelPosts,
  customIds,
  embedText,
  isEphemeral,
  messageOf,
  SILENCE_MS,
  sleep,
  startBotOnFake,
  type BotOnFake,
} from "../support/bot-on-fake.js";
import { EVERYONE_PERMISSIONS } from "../support/fake-discord/index.js";
import type { FakeDiscord, RecordedRequest } from "../support/fake-discord/index.js";

const ADMIN = (BigInt(EVERYONE_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
// (Made when the tests run, not when the file is collected: `vitest list` runs no afterAll.)
const folder = join(tmpdir(), `rolecompare-e2e-db-${randomUUID()}`);
const DATABASE_PATH = join(folder, "shared.sqlite");

/** The text the member finally sees for a (possibly deferred) interaction. */
async function replyText(
  fake: FakeDiscord,
  interaction: { id: string; token: string },
): Promise<{ content: string; ephemeral: boolean; request: RecordedRequest }> {
  const callback = await fake.waitForInteractionCallback(interaction.id);
  const { type, data } = callbackOf(callback);
  if ((type as InteractionResponseType) !== InteractionResponseType.DeferredChannelMessageWithSource)
    return { content: data.content ?? embedText(data.embeds?.[0]), ephemeral: isEphemeral(data.flags), request: callback };
  const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${fake.ids.application}/${interaction.token}/messages/@original`);
  const body = messageOf(edit);
  return { content: body.content ?? embedText(body.embeds?.[0]), ephemeral: isEphemeral(data.flags), request: edit };
}

describe("per-server settings, feedback and gaps (real bot, shared SQLite file)", () => {
  let a: BotOnFake;
  let b: BotOnFake;

  const settings = (
    h: BotOnFake,
    subcommand: string,
    options: Record<string, string | number | boolean> = {},
    extra: { group?: string; admin?: boolean } = {},
  ) => {
    h.resetCooldowns();
    return h.fake.dispatchInteraction(
      h.fake.chatInputInteraction({
        name: "settings",
        ...(extra.group ? { subcommandGroup: extra.group } : {}),
        subcommand,
        options,
        ...(extra.admin === false ? {} : { permissions: ADMIN }),
      }),
    );
  };

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    a = await startBotOnFake({ env: { DATABASE_PATH, MESSAGE_CONTENT_INTENT: "true" } });
    b = await startBotOnFake({ env: { DATABASE_PATH, MESSAGE_CONTENT_INTENT: "false" } });
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    a.resetCooldowns();
    b.resetCooldowns();
    a.fake.clearRequests();
    b.fake.clearRequests();
  });

  it("refuses /settings to a member without Manage Server, and stores nothing", async () => {
    const reply = await replyText(a.fake, settings(a, "free-text", { enabled: false }, { admin: false }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Only members with the \*\*Manage Server\*\* permission/);
    expect(await a.bot.context.store!.getSettings(a.fake.ids.guild)).toBeNull();
  });

  it("an admin adds an ask channel: read at once in that server, and not in another server", async () => {
    const fake = a.fake;
    const quiet = fake.dispatchMessage({ content: "office manager vs operations manager pay?", channelId: fake.ids.textChannel });
    await a.delivered(quiet.id);
    await sleep(SILENCE_MS);
    expect(channelPosts(fake)).toHaveLength(0);

    const reply = await replyText(fake, settings(a, "add", { channel: fake.ids.textChannel }, { group: "ask-channels" }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/is now an ask channel/);
    expect(reply.content).not.toContain("Message Content");

    const asked = fake.dispatchMessage({ content: "office manager vs operations manager pay?", channelId: fake.ids.textChannel });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.textChannel}/messages`);
    expect(messageOf(post).message_reference?.message_id).toBe(asked.id);

    // The other server (its own bot process on the same database) has no ask channel.
    const elsewhere = b.fake.dispatchMessage({ content: "office manager vs operations manager pay?", channelId: b.fake.ids.textChannel });
    await b.delivered(elsewhere.id);
    await sleep(SILENCE_MS);
    expect(channelPosts(b.fake)).toHaveLength(0);
    expect(await b.bot.context.store!.getSettings(b.fake.ids.guild)).toBeNull();
  });

  it("explains the Message Content intent when the bot was started without it", async () => {
    const reply = await replyText(b.fake, settings(b, "add", { channel: b.fake.ids.otherTextChannel }, { group: "ask-channels" }));
    expect(reply.content).toContain(MESSAGE_CONTENT_EXPLANATION);
    await replyText(b.fake, settings(b, "reset"));
  });

  it("private by default: /compare answers only the asker once the server chose private answers", async () => {
    const fake = a.fake;
    expect((await replyText(fake, settings(a, "answers", { visibility: "private" }))).content).toMatch(/private/);
    const compare = fake.dispatchInteraction(
      fake.chatInputInteraction({ name: "compare", subcommand: "salary", options: { "role-a": "office-manager", "role-b": "operations-manager" } }),
    );
    const { data } = callbackOf(await fake.waitForInteractionCallback(compare.id));
    expect(isEphemeral(data.flags)).toBe(true);
    await replyText(fake, settings(a, "answers", { visibility: "public" }));
    a.resetCooldowns();
    const again = fake.dispatchInteraction(
      fake.chatInputInteraction({ name: "compare", subcommand: "salary", options: { "role-a": "office-manager", "role-b": "operations-manager" } }),
    );
    expect(isEphemeral(callbackOf(await fake.waitForInteractionCallback(again.id)).data.flags)).toBe(false);
  });

  it("free text off: mentions are not answered in that server until it is switched back on", async () => {
    const fake = a.fake;
    expect((await replyText(fake, settings(a, "free-text", { enabled: false }))).content).toMatch(/off/);
    const ignored = fake.dispatchMessage({ content: "office manager vs operations manager pay?", mentionsBot: true, channelId: fake.ids.otherTextChannel });
    await a.delivered(ignored.id);
    await sleep(SILENCE_MS);
    expect(channelPosts(fake)).toHaveLength(0);
    await replyText(fake, settings(a, "free-text", { enabled: true }));
    a.resetCooldowns();
    fake.dispatchMessage({ content: "office manager vs operations manager pay?", mentionsBot: true, channelId: fake.ids.otherTextChannel });
    await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.otherTextChannel}/messages`);
  });

  it("records a vote and lets the member change it; a 👎 opens the optional reason modal", async () => {
    const fake = a.fake;
    const compare = fake.dispatchInteraction(
      fake.chatInputInteraction({ name: "compare", subcommand: "skills", options: { "role-a": "office-manager", "role-b": "operations-manager" } }),
    );
    await fake.waitForInteractionCallback(compare.id);
    const answer = fake.messages(fake.ids.textChannel).at(-1)!;
    const votes = customIds(answer.components).filter(isFeedbackId);
    expect(votes).toHaveLength(2);
    const [up, down] = votes as [string, string];
    const store = a.bot.context.store!;
    const roleIds = ["office-manager", "operations-manager"];

    const upClick = fake.dispatchInteraction(fake.buttonInteraction({ customId: up, message: answer.id }));
    const upReply = callbackOf(await fake.waitForInteractionCallback(upClick.id));
    expect(isEphemeral(upReply.data.flags)).toBe(true);
    expect(await store.vote(answer.id, roleIds, "skills", fake.ids.user)).toEqual({ vote: 1, reason: null });

    const downClick = fake.dispatchInteraction(fake.buttonInteraction({ customId: down, message: answer.id }));
    expect(callbackOf(await fake.waitForInteractionCallback(downClick.id)).type).toBe(InteractionResponseType.Modal);
    expect(await store.vote(answer.id, roleIds, "skills", fake.ids.user)).toEqual({ vote: -1, reason: null });
    const modal = fake.modalOf(downClick.id)!;
    const submit = fake.dispatchInteraction(
      fake.modalSubmitInteraction({ customId: modal.custom_id, values: { [REASON_INPUT_ID]: "skills list misses budgeting" }, message: answer.id }),
    );
    const thanks = callbackOf(await fake.waitForInteractionCallback(submit.id));
    expect(thanks.data.content).toMatch(/recorded/);
    expect(await store.vote(answer.id, roleIds, "skills", fake.ids.user)).toEqual({ vote: -1, reason: "skills list misses budgeting" });
    // Still one vote for this member on this answer.
    expect((await store.mostDownvoted(fake.ids.guild, 0, { limit: 10, offset: 0 })).items[0]).toMatchObject({ roleIds, aspect: "skills", down: 1, up: 0 });
  });

  it("/gaps lists an unknown title asked three times first, and is refused to members", async () => {
    const fake = a.fake;
    const ask = async (text: string) => {
      a.resetCooldowns();
      const m = fake.dispatchMessage({ content: `${text}`, mentionsBot: true });
      await a.delivered(m.id);
    };
    await ask("what does a zookeeper do?");
    await ask("zookeeper vs office manager?");
    await ask("what about a zookeeper salary");
    await ask("what does an astronaut do?");
    await sleep(SILENCE_MS);

    const refused = await replyText(fake, fake.dispatchInteraction(fake.chatInputInteraction({ name: "gaps" })));
    expect(refused.content).toMatch(/Manage Server/);

    a.resetCooldowns();
    const gaps = fake.dispatchInteraction(fake.chatInputInteraction({ name: "gaps", options: { days: 7 }, permissions: ADMIN }));
    await fake.waitForInteractionCallback(gaps.id);
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${fake.ids.application}/${gaps.token}/messages/@original`);
    const embed = messageOf(edit).embeds?.[0];
    const notKnown = embed?.fields?.[0]?.value ?? "";
    expect(notKnown.split("\n")[0]).toMatch(/^1\. \*\*zookeeper\*\*: 3 asks$/);
    expect(notKnown).toMatch(/astronaut\*\*: 1 ask$/m);
    expect(embed?.fields?.[1]?.value).toMatch(/Office Manager vs Operations Manager · Skills: 👎 1 · 👍 0/);
  });

  it("forget deletes every row of the server and nothing of the other", async () => {
    await replyText(b.fake, settings(b, "cooldown", { seconds: 10 }));
    const store = a.bot.context.store!;
    const before = await store.countRows(a.fake.ids.guild);
    expect(before.guild_settings + before.ask_channels + before.votes + before.unknown_titles).toBeGreaterThan(0);
    const refused = await replyText(a.fake, settings(a, "forget", { confirm: false }));
    expect(refused.content).toMatch(/Nothing was deleted/);
    const done = await replyText(a.fake, settings(a, "forget", { confirm: true }));
    expect(done.content).toMatch(/everything RoleCompare stored about this server is deleted/);
    expect(Object.values(await store.countRows(a.fake.ids.guild))).toEqual([0, 0, 0, 0, 0]);
    expect((await store.getSettings(b.fake.ids.guild))?.cooldownSeconds).toBe(10);
    // The ask channel is gone at once: a question there is not read any more.
    const m = a.fake.dispatchMessage({ content: "office manager vs operations manager pay?", channelId: a.fake.ids.textChannel });
    await a.delivered(m.id);
    await sleep(SILENCE_MS);
    expect(channelPosts(a.fake)).toHaveLength(0);
  });

  it("when the bot leaves a server, its data is deleted 30 days later, not before", async () => {
    const store = a.bot.context.store!;
    await replyText(a.fake, settings(a, "cooldown", { seconds: 5 }));
    expect((await store.countRows(a.fake.ids.guild)).guild_settings).toBe(1);
    const left = Date.now();
    a.fake.dispatch(GatewayDispatchEvents.GuildDelete, { id: a.fake.ids.guild, unavailable: false });
    await a.fake.waitUntil(() => !a.bot.client.guilds.cache.has(a.fake.ids.guild), 5_000, "the guild to be removed");
    await expect.poll(async () => (await store.countRows(a.fake.ids.guild)).departed_guilds).toBe(1);
    expect(await store.sweepDeparted(left + RETENTION_AFTER_LEAVING_MS - 60_000)).toEqual([]);
    expect(await store.sweepDeparted(left + RETENTION_AFTER_LEAVING_MS + 60_000)).toEqual([a.fake.ids.guild]);
    expect(Object.values(await store.countRows(a.fake.ids.guild))).toEqual([0, 0, 0, 0, 0]);
  });

  it("keeps answering when the database goes away while running; writes are reported, nothing crashes", async () => {
    const fake = b.fake;
    await b.bot.context.guildSettings.get(fake.ids.guild);
    await b.bot.context.store!.db.destroy();
    const m = fake.dispatchMessage({ content: `office manager vs operations manager pay?`, mentionsBot: true });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.ids.textChannel}/messages`);
    expect(messageOf(post).message_reference?.message_id).toBe(m.id);
    const answer = fake.messages(fake.ids.textChannel).at(-1)!;
    const up = customIds(answer.components).filter(isFeedbackId)[0]!;
    const click = fake.dispatchInteraction(fake.buttonInteraction({ customId: up, message: answer.id }));
    expect(callbackOf(await fake.waitForInteractionCallback(click.id)).data.content).toMatch(/couldn't save/);
    const reply = await replyText(fake, settings(b, "free-text", { enabled: false }));
    expect(reply.content).toMatch(/couldn't save that: the bot's database is not answering/);
    expect(b.logs.atLeast(60)).toEqual([]);
  });
});
