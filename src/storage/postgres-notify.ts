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
  // The listening client goes back to the pool once: an "error" event can follow a stop (the server
  // ends the connection as the database closes) or a failed LISTEN, and pg-pool throws on a second release.
  const drop = (which: pg.PoolClient) => {
    if (which !== client) return;
    client = undefined;
    which.release(true);
  };
  const retry = (error: unknown) => {
    failed = true;
    onError(error);
    if (!stopped) timer = setTimeout(() => void connect(), 5_000);
  };
  const connect = async () => {
    let mine: pg.PoolClient | undefined;
    try {
      const fresh = await pool.connect();
      // Stopped while connecting: nothing to listen for.
      if (stopped) return fresh.release(true);
      mine = client = fresh;
      const current = fresh;
      current.on("notification", (message) => {
        if (message.channel === SETTINGS_CHANNEL && message.payload) onChange(message.payload);
      });
      current.on("error", (error) => {
        // An error on a client already given back (after a stop, or handled below) is no news.
        if (current !== client) return;
        drop(current);
        retry(error);
      });
      await current.query(`LISTEN ${SETTINGS_CHANNEL}`);
      if (failed) onChange(null);
      failed = false;
    } catch (error) {
      // Its "error" event may have handled this failure already.
      if (mine !== undefined && mine !== client) return;
      if (mine) drop(mine);
      retry(error);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    if (client) drop(client);
  };
}
