// Free-text questions: answered only when addressed to the bot (see free-text-trigger.ts), only where
// the server allows free text, and rate-limited per channel and per user. A reply to one of the bot's
// answers (or, in a DM, a message soon after a question) is read as a follow-up to it. Chat that is
// not a role question (intent "none") gets silence in an ask channel, and a short friendly line
// where the member addressed the bot (a DM, an @mention, a reply). The server's settings come from
// the per-guild cache.
import type { Message } from "discord.js";
import { followUpContextOf } from "../../engine.js";
import { smallTalkMessage } from "../../render/discord/small-talk-message.js";
import type { BotContext } from "../bot-context.js";
import { COOLDOWNS } from "../cooldowns.js";
import { isPermissionError, isQuietDiscordError } from "../discord-errors.js";
import { followUpContext } from "../follow-up-context.js";
import { recordUnknownTitles } from "../record-unknown-titles.js";
import { answerPayload, NO_MENTIONS } from "../respond.js";
import { freeTextTrigger } from "../triggers/free-text-trigger.js";

export async function onMessageCreate(message: Message, ctx: BotContext): Promise<void> {
  // Cheap checks first: most messages in a busy server are from bots or never for us.
  if (message.author.bot || message.webhookId || message.system) return;
  const botUserId = message.client.user.id;
  const settings = ctx.guildSettings.peek(message.guildId) ?? (await ctx.guildSettings.get(message.guildId));
  const reason = freeTextTrigger(message, botUserId, settings.askChannelIds);
  if (!reason) return;
  if (!settings.freeText && reason !== "dm") {
    ctx.logger.debug({ guildId: message.guildId, reason }, "free-text answers are off in this server");
    return;
  }
  // Nothing to read: a sticker or picture, or (without the Message Content intent) a reply that did
  // not ping the bot, whose text Discord withholds. A greeting back would answer words never seen.
  if (!message.content.trim()) {
    ctx.logger.debug({ channelId: message.channelId, reason }, "message has no text the bot can read; staying silent");
    return;
  }
  const context = await followUpContext(message, ctx, reason);
  const { parsed, answer } = ctx.engine.ask(message.content, context ? { context } : {});
  const chat = parsed.intent === "none";
  if (chat && reason === "ask-channel") {
    ctx.logger.debug({ channelId: message.channelId, reason }, "message is not a role question; staying silent");
    return;
  }
  if (!chat) recordUnknownTitles(ctx, message.guildId, answer.unknownRoles);
  // In an ask channel a weak guess stays unsaid unless the member addressed the bot directly.
  if (reason === "ask-channel" && parsed.tier === "weak") return;
  // Check both before starting either: a message that is not answered must not use up a cooldown.
  const channelKey = `channel:${message.channelId}`;
  const userKey = `user:${message.author.id}`;
  if (ctx.cooldowns.remaining(channelKey) > 0 || ctx.cooldowns.remaining(userKey) > 0) {
    ctx.logger.debug({ channelId: message.channelId, userId: message.author.id }, "free-text cooldown; not answering");
    return;
  }
  ctx.cooldowns.take(channelKey, COOLDOWNS.channelMs);
  ctx.cooldowns.take(userKey, settings.userCooldownMs ?? COOLDOWNS.userMessageMs);
  try {
    const payload = chat ? smallTalkMessage(answer) : await answerPayload(ctx, answer, message.author.id, { period: answer.payPeriod ?? null });
    // In a DM the next message may follow up on this answer without replying to it: remembered before the
    // reply is sent, so a next message that arrives while the reply is on its way already follows it.
    const answered = reason === "dm" ? followUpContextOf(answer) : null;
    if (answered) ctx.recentDmQuestions.remember(message.channelId, answered);
    // failIfNotExists: false: if the question was deleted meanwhile, post without the reply link.
    await message.reply({ ...payload, allowedMentions: NO_MENTIONS, failIfNotExists: false });
    if (parsed.followUp) ctx.logger.debug({ channelId: message.channelId, followUp: parsed.followUp }, "answered a follow-up in its context");
  } catch (error) {
    if (isQuietDiscordError(error)) return;
    ctx.logger[isPermissionError(error) ? "warn" : "error"]({ err: error, channelId: message.channelId, messageId: message.id }, "could not answer a message");
  }
}
