// Free-text questions: answered only when addressed to the bot (see free-text-trigger.ts), only for
// real role questions (never intent "none"), and rate-limited per channel and per user.
import type { Message } from "discord.js";
import { askedPayPeriod } from "../../understanding/detect-pay-period.js";
import type { BotContext } from "../bot-context.js";
import { COOLDOWNS } from "../cooldowns.js";
import { isPermissionError, isQuietDiscordError } from "../discord-errors.js";
import { answerPayload, NO_MENTIONS } from "../respond.js";
import { freeTextTrigger } from "../triggers/free-text-trigger.js";

export async function onMessageCreate(message: Message, ctx: BotContext): Promise<void> {
  const botUserId = message.client.user.id;
  const reason = freeTextTrigger(message, botUserId, ctx.askChannelIds);
  if (!reason) return;
  const { parsed, answer } = ctx.engine.ask(message.content);
  if (parsed.intent === "none") {
    ctx.logger.debug({ channelId: message.channelId, reason }, "message is not a role question; staying silent");
    return;
  }
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
  ctx.cooldowns.take(userKey, COOLDOWNS.userMessageMs);
  try {
    // failIfNotExists: false: if the question was deleted meanwhile, post without the reply link.
    await message.reply({ ...(await answerPayload(ctx, answer, message.author.id, { period: askedPayPeriod(message.content) })), allowedMentions: NO_MENTIONS, failIfNotExists: false });
  } catch (error) {
    if (isQuietDiscordError(error)) return;
    ctx.logger[isPermissionError(error) ? "warn" : "error"]({ err: error, channelId: message.channelId, messageId: message.id }, "could not answer a message");
  }
}
