// What every command, event and trigger needs, passed explicitly rather than imported as globals.
import { RecentQuestions, type Engine } from "../engine.js";
import type { Logger } from "../logging/logger.js";
import { createPayChartRenderer, type PayChartRenderer } from "../render/chart/pay-chart-renderer.js";
import { CustomIdCodec } from "../render/discord/custom-ids.js";
import type { GuildStore } from "../storage/guild-store.js";
import { Cooldowns } from "./cooldowns.js";
import { environmentGuildSettings, defaultGuildSettings, type GuildSettings } from "./guild-settings.js";

export interface BotContext {
  engine: Engine;
  codec: CustomIdCodec;
  logger: Logger;
  cooldowns: Cooldowns;
  /** Per-server settings, consulted for every message and interaction. */
  guildSettings: GuildSettings;
  /** Per-server storage (settings, feedback, gaps); null when the bot runs without a database. */
  store: GuildStore | null;
  /** Whether the bot was started with the Message Content intent (ask channels need it). */
  messageContentIntent: boolean;
  /** Called after a server's settings changed here: drops the cache in every shard and process. */
  settingsChanged(guildId: string): Promise<void>;
  /** Draws (and caches) the chart image attached to pay answers. */
  payChart: PayChartRenderer;
  /** The previous question of each DM, for follow-ups ("what about pay?") that are not replies. */
  recentDmQuestions: RecentQuestions;
}

export interface BotContextOptions {
  guildSettings?: GuildSettings;
  store?: GuildStore | null;
  messageContentIntent?: boolean;
  settingsChanged?: (guildId: string) => Promise<void>;
  /** Environment defaults, used when no guildSettings is given. */
  askChannelIds?: readonly string[];
  payChart?: PayChartRenderer;
}

export function createBotContext(engine: Engine, logger: Logger, options: BotContextOptions = {}): BotContext {
  const guildSettings = options.guildSettings ?? environmentGuildSettings(defaultGuildSettings({ askChannelIds: options.askChannelIds ?? [] }));
  return {
    engine,
    codec: new CustomIdCodec(engine.roleIds),
    logger,
    cooldowns: new Cooldowns(),
    guildSettings,
    store: options.store ?? null,
    messageContentIntent: options.messageContentIntent ?? false,
    settingsChanged:
      options.settingsChanged ??
      (async (guildId) => {
        guildSettings.invalidate(guildId);
      }),
    payChart: options.payChart ?? createPayChartRenderer(),
    recentDmQuestions: new RecentQuestions(),
  };
}
