// Starts the bot: loads the knowledge base (a bad data file stops start-up here), builds the
// client, wires events, logs in. Used by `npm start`, by each shard, and by the end-to-end tests.
import { Events, type Client } from "discord.js";
import type { Settings } from "../config/settings-schema.js";
import { loadEngine, type Engine } from "../engine.js";
import { createLogger, type Logger } from "../logging/logger.js";
import { createChartProcessDrawer, type ChartProcessOptions } from "../render/chart/chart-process-drawer.js";
import { createPayChartRenderer, type PayChartRenderer } from "../render/chart/pay-chart-renderer.js";
import { createBotContext, type BotContext } from "./bot-context.js";
import { openBotStorage } from "./bot-storage.js";
import { createClient, wantsMessageContent } from "./create-client.js";
import { onInteractionCreate } from "./events/interaction-create.js";
import { onMessageCreate } from "./events/message-create.js";
import { warmUpBot } from "./warm-up.js";

export interface RunningBot {
  client: Client;
  context: BotContext;
  stop(): Promise<void>;
}

/** PAY_CHARTS=off: every answer goes out without a picture, and the chart renderer is never loaded. */
export const NO_PAY_CHARTS: PayChartRenderer = { render: () => Promise.resolve(null) };

/**
 * Charts drawn in a renderer process that exits after PAY_CHART_IDLE_SECONDS without one; the PNG
 * cache stays here. `drawer` lets tests give a chart longer than production's bound (see bot-on-fake).
 */
export function payChartsFor(settings: Settings, logger: Logger, drawer: ChartProcessOptions = {}): PayChartRenderer {
  if (settings.PAY_CHARTS === "off") return NO_PAY_CHARTS;
  const renderer = createChartProcessDrawer({ idleMs: settings.PAY_CHART_IDLE_SECONDS * 1000, logger, ...drawer });
  return createPayChartRenderer({ draw: renderer.draw, close: renderer.close });
}

/** Options tests use to inject their own engine, log sink or chart renderer (e.g. one that fails). */
export interface StartBotOptions {
  logger?: Logger;
  engine?: Engine;
  payChart?: PayChartRenderer;
}

export async function startBot(settings: Settings, options: StartBotOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(settings.LOG_LEVEL);
  const occupations = settings.OCCUPATIONS_FILE;
  const engine =
    options.engine ?? (await loadEngine(settings.DATA_DIR, occupations === undefined ? {} : { occupationsFile: occupations === "off" ? null : occupations }));
  // A database that cannot be opened stops start-up here with a StorageError naming it.
  const storage = await openBotStorage(settings, logger);
  const messageContentIntent = wantsMessageContent(settings);
  const context = createBotContext(engine, logger, {
    guildSettings: storage.guildSettings,
    store: storage.store,
    messageContentIntent,
    settingsChanged: (guildId) => storage.settingsChanged(guildId),
    payChart: options.payChart ?? payChartsFor(settings, logger),
  });
  const client = createClient({ readAskChannels: messageContentIntent, ...(settings.DISCORD_API_BASE ? { apiBase: settings.DISCORD_API_BASE } : {}) });
  storage.attach(client);

  client.once(Events.ClientReady, (ready) => {
    // The role count, not engine.summary: that counts every name, reading every occupation's titles.
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, roles: engine.roleIds.length, shard: ready.shard?.ids }, "RoleCompare is online");
    // In the background once online: the first pay chart of each shape would otherwise load the
    // chart libraries and build its View while a member waits. A failure here only costs that speed.
    void context.payChart.warm?.().catch((err: unknown) => logger.warn({ err }, "pay chart warm-up failed; charts are drawn on first use"));
    // Likewise the engine's indexes and the code every shape of question runs (see warm-up.ts), after
    // the ready event is handled, one question at a time so interactions are not held up.
    setImmediate(() => {
      warmUpBot(engine, context.codec).then(
        (cost) => logger.debug(cost, "engine warm-up done"),
        (err: unknown) => logger.warn({ err }, "engine warm-up failed; its indexes are built on first use"),
      );
    });
  });
  client.on(Events.InteractionCreate, (interaction) => void onInteractionCreate(interaction, context));
  client.on(Events.MessageCreate, (message) => void onMessageCreate(message, context).catch((err: unknown) => logger.error({ err }, "message handler failed")));
  client.on(Events.Error, (err) => logger.error({ err }, "client error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, "gateway disconnected"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway session resumed"));

  try {
    await client.login(settings.DISCORD_TOKEN);
  } catch (error) {
    await context.payChart.close?.();
    await storage.close();
    throw error;
  }
  return {
    client,
    context,
    async stop() {
      await client.destroy();
      await context.payChart.close?.();
      await storage.close();
    },
  };
}
