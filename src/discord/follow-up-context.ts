// The context a free-text message follows up on: the bot's answer it replies to (read back from
// that answer's buttons, so nothing is stored), or in a DM the previous question of the last few
// minutes. The engine decides what the message means in that context.
import type { Message } from "discord.js";
import type { FollowUpContext } from "../engine.js";
import { answerContext, type PostedButton } from "../render/discord/answer-context.js";
import type { BotContext } from "./bot-context.js";
import type { TriggerReason } from "./triggers/free-text-trigger.js";

function postedButtons(message: Message): PostedButton[] {
  return message.components.flatMap((row) =>
    "components" in row ? row.components.map((c) => ({ customId: "customId" in c ? c.customId : null, disabled: "disabled" in c ? c.disabled : null })) : [],
  );
}

/** The bot's message this one replies to: from the cache (the gateway sends it along), else fetched. */
async function repliedToBot(message: Message, ctx: BotContext): Promise<Message | null> {
  if (!message.reference?.messageId || message.mentions.repliedUser?.id !== message.client.user.id) return null;
  try {
    return await message.fetchReference();
  } catch (error) {
    // Deleted meanwhile, or a channel the bot cannot read history in: answer the text as it stands.
    ctx.logger.debug({ err: error, messageId: message.id }, "could not read the answer a reply refers to");
    return null;
  }
}

export async function followUpContext(message: Message, ctx: BotContext, reason: TriggerReason): Promise<FollowUpContext | undefined> {
  const answer = await repliedToBot(message, ctx);
  const fromAnswer = answer ? answerContext(postedButtons(answer), ctx.codec) : null;
  if (fromAnswer) return fromAnswer;
  return reason === "dm" ? ctx.recentDmQuestions.recall(message.channelId) : undefined;
}
