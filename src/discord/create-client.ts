// The discord.js client: minimal intents, no mention parsing by default, bounded caches and
// sweepers so memory stays flat in large servers, and an optional REST base for local testing.
import { Client, GatewayIntentBits, Options, Partials, type ClientOptions } from "discord.js";
import { NO_MENTIONS } from "./respond.js";

export interface ClientSettings {
  /** Read every message in ask channels: needs the privileged Message Content intent. */
  readAskChannels: boolean;
  /** REST base URL (default Discord's). The gateway URL follows from GET /gateway/bot on it. */
  apiBase?: string;
}

/**
 * The rule for the privileged Message Content intent: MESSAGE_CONTENT_INTENT=true|false when set;
 * otherwise on exactly when ASK_CHANNEL_IDS is set (as before). A server that adds an ask channel
 * with /settings while it is off is told what the bot's owner must switch on.
 */
export function wantsMessageContent(settings: { MESSAGE_CONTENT_INTENT?: "true" | "false" | undefined; ASK_CHANNEL_IDS: readonly string[] }): boolean {
  if (settings.MESSAGE_CONTENT_INTENT !== undefined) return settings.MESSAGE_CONTENT_INTENT === "true";
  return settings.ASK_CHANNEL_IDS.length > 0;
}

export function clientIntents(settings: Pick<ClientSettings, "readAskChannels">): GatewayIntentBits[] {
  // Guilds: commands and channel info. GuildMessages + DirectMessages: messages that mention the bot
  // or are sent to it (their content is delivered without the privileged intent).
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (settings.readAskChannels) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createClient(settings: ClientSettings): Client {
  const options: ClientOptions = {
    intents: clientIntents(settings),
    partials: [Partials.Channel], // DM channels are not cached until their first message arrives
    allowedMentions: NO_MENTIONS,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 25,
      GuildMemberManager: { maxSize: 25, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 500, keepOverLimit: (user) => user.id === user.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
      GuildInviteManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      ThreadMemberManager: 0,
      AutoModerationRuleManager: 0,
      GuildBanManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: 300, lifetime: 600 },
      users: { interval: 3_600, filter: () => (user) => user.id !== user.client.user.id },
      threads: { interval: 3_600, lifetime: 3_600 },
    },
    ...(settings.apiBase ? { rest: { api: settings.apiBase } } : {}),
  };
  return new Client(options);
}
