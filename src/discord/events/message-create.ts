// Free-text questions: answered only when addressed to the bot (see free-text-trigger.ts), only for
// real role questions (never intent "none"), and rate-limited per channel and per user.
import type { Message } from "discord.js";
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
  if (ctx.cooldowns.take(`channel:${message.channelId}`, COOLDOWNS.channelMs) > 0 || ctx.cooldowns.take(`user:${message.author.id}`, COOLDOWNS.userMessageMs) > 0) {
    ctx.logger.debug({ channelId: message.channelId, userId: message.author.id }, "free-text cooldown; not answering");
    return;
  }
  try {
    await message.reply({ ...answerPayload(ctx, answer, message.author.id), allowedMentions: NO_MENTIONS });
  } catch (error) {
    if (isQuietDiscordError(error)) return;
    ctx.logger[isPermissionError(error) ? "warn" : "error"]({ err: error, channelId: message.channelId, messageId: message.id }, "could not answer a message");
  }
}
