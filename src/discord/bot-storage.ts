// The bot's per-server storage: opens the database (SQLite file by default, PostgreSQL with
// DATABASE_URL), serves cached settings, keeps the cache right across shards and processes, and
// deletes the data of servers the bot left 30 days ago (at start, then daily).
import { Events, type Client, type Guild } from "discord.js";
import type { Settings } from "../config/settings-schema.js";
import type { Logger } from "../logging/logger.js";
import { GuildStore } from "../storage/guild-store.js";
import { openDatabase, type OpenDatabase } from "../storage/open-database.js";
import { listenForSettingsChanges, notifySettingsChanged } from "../storage/postgres-notify.js";
import { CachedGuildSettings, defaultGuildSettings } from "./guild-settings.js";

/** The event each shard's client emits when told (by broadcastEval) that a server's settings changed. */
export const SETTINGS_CHANGED_EVENT = "rolecompareSettingsChanged";
const SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;

export interface BotStorage {
  database: OpenDatabase;
  store: GuildStore;
  guildSettings: CachedGuildSettings;
  /** Invalidates a server's settings here and in every other shard or process. */
  settingsChanged(guildId: string): Promise<void>;
  /** Wires guild join/leave, cross-shard invalidation and the sweeper to a client. */
  attach(client: Client): void;
  close(): Promise<void>;
}

export async function openBotStorage(settings: Pick<Settings, "DATABASE_PATH" | "DATABASE_URL" | "ASK_CHANNEL_IDS">, logger: Logger): Promise<BotStorage> {
  const database = await openDatabase({ url: settings.DATABASE_URL, path: settings.DATABASE_PATH });
  const store = new GuildStore(database.db);
  const guildSettings = new CachedGuildSettings(store, defaultGuildSettings({ askChannelIds: settings.ASK_CHANNEL_IDS }), logger);
  logger.info({ database: database.where }, "per-server storage ready");
  let client: Client | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  const stopListening = database.pool
    ? listenForSettingsChanges(
        database.pool,
        (guildId) => (guildId === null ? guildSettings.invalidateAll() : guildSettings.invalidate(guildId)),
        (err) => logger.warn({ err }, "lost the PostgreSQL settings listener; reconnecting"),
      )
    : undefined;

  const sweep = async () => {
    try {
      const deleted = await store.sweepDeparted();
      if (deleted.length > 0) logger.info({ guilds: deleted.length }, "deleted the data of servers left more than 30 days ago");
    } catch (err) {
      logger.warn({ err }, "could not sweep the data of departed servers; trying again tomorrow");
    }
  };

  return {
    database,
    store,
    guildSettings,
    async settingsChanged(guildId) {
      guildSettings.invalidate(guildId);
      try {
        if (database.engine === "postgres") await notifySettingsChanged(database.db, guildId);
        else if (client?.shard) {
          await client.shard.broadcastEval(
            (c, context) => {
              c.emit(context.event, context.guildId);
            },
            { context: { guildId, event: SETTINGS_CHANGED_EVENT } },
          );
        }
      } catch (err) {
        logger.warn({ err, guildId }, "could not tell the other shards about a settings change; they see it when their cache is refreshed");
      }
    },
    attach(c) {
      client = c;
      c.on(SETTINGS_CHANGED_EVENT as never, (guildId: string) => guildSettings.invalidate(guildId));
      const present = (guild: Guild) => {
        // Prefetch, so the first message in this server costs no database round trip.
        void guildSettings.get(guild.id);
        store.markPresent(guild.id).catch((err: unknown) => logger.warn({ err, guildId: guild.id }, "could not mark a server as present"));
      };
      c.on(Events.GuildCreate, present);
      c.once(Events.ClientReady, (ready) => {
        for (const guild of ready.guilds.cache.values()) if (guild.available) present(guild);
      });
      c.on(Events.GuildDelete, (guild) => {
        // An outage makes a server unavailable; only a real removal starts the 30 days.
        if (!guild.available) return;
        guildSettings.drop(guild.id);
        store.markDeparted(guild.id).catch((err: unknown) => logger.warn({ err, guildId: guild.id }, "could not record leaving a server"));
      });
      void sweep();
      sweeper = setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
    },
    async close() {
      clearInterval(sweeper);
      await stopListening?.();
      await database.close();
    },
  };
}
