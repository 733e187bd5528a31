// Settings changes across machines on PostgreSQL: every process LISTENs on one channel and a
// change NOTIFYs it with the server id, so each process drops that server's cached settings.
import { sql, type Kysely } from "kysely";
import type pg from "pg";
import type { StorageTables } from "./schema.js";

export const SETTINGS_CHANNEL = "rolecompare_settings";

export async function notifySettingsChanged(db: Kysely<StorageTables>, guildId: string): Promise<void> {
  await sql`select pg_notify(${SETTINGS_CHANNEL}, ${guildId})`.execute(db);
}

/**
 * Listens until stopped; a lost connection is re-established after a pause, and then `onChange(null)`
 * says that changes may have been missed meanwhile (every cached server is stale).
 */
export function listenForSettingsChanges(pool: pg.Pool, onChange: (guildId: string | null) => void, onError: (error: unknown) => void): () => Promise<void> {
  let client: pg.PoolClient | undefined;
  let stopped = false;
  let failed = false;
  let timer: NodeJS.Timeout | undefined;
  const connect = async () => {
    try {
      client = await pool.connect();
      client.on("notification", (message) => {
        if (message.channel === SETTINGS_CHANNEL && message.payload) onChange(message.payload);
      });
      client.on("error", (error) => {
        failed = true;
        onError(error);
        client?.release(true);
        client = undefined;
        if (!stopped) timer = setTimeout(() => void connect(), 5_000);
      });
      await client.query(`LISTEN ${SETTINGS_CHANNEL}`);
      if (failed) onChange(null);
      failed = false;
    } catch (error) {
      failed = true;
      onError(error);
      client?.release(true);
      client = undefined;
      if (!stopped) timer = setTimeout(() => void connect(), 5_000);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    client?.release(true);
  };
}
