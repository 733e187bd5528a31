// Decides whether a channel message is addressed to the bot: a DM, an @mention, a reply to the
// bot, or any message in a configured "ask" channel. Bots (and the bot itself) are never answered.
import { ChannelType, type Message } from "discord.js";

export type TriggerReason = "dm" | "mention" | "reply" | "ask-channel";

export function freeTextTrigger(message: Message, botUserId: string, askChannelIds: ReadonlySet<string>): TriggerReason | null {
  if (message.author.bot || message.author.id === botUserId || message.webhookId || message.system) return null;
  if (message.channel.type === ChannelType.DM) return "dm";
  // A direct @mention of the bot, not @everyone / @here or a role it happens to have.
  if (message.mentions.users.has(botUserId)) return "mention";
  if (message.mentions.repliedUser?.id === botUserId) return "reply";
  const parentId = message.channel.isThread() ? message.channel.parentId : null;
  if (askChannelIds.has(message.channelId) || (parentId && askChannelIds.has(parentId))) return "ask-channel";
  return null;
}
