// Opens the database the settings name: a SQLite file by default (created on first start, WAL, one
// connection, so one writer per process), or PostgreSQL when DATABASE_URL is set. Then brings the
// schema up to date, refusing a file written by a newer version or one that is not a database.
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from "kysely";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import pg from "pg";
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, MIGRATIONS } from "./migrations.js";
import type { StorageTables } from "./schema.js";
import { withRetry } from "./retry.js";
import { describeUrl, StorageError } from "./storage-error.js";

export const DEFAULT_DATABASE_PATH = ".data/rolecompare.sqlite";

export interface DatabaseTarget {
  /** postgres://… ; when set, the SQLite path is ignored. */
  url?: string | undefined;
  /** SQLite file (default .data/rolecompare.sqlite), or ":memory:". */
  path?: string | undefined;
}

export interface OpenDatabase {
  db: Kysely<StorageTables>;
  engine: "sqlite" | "postgres";
  /** For messages: the file path or the URL with its password masked. */
  where: string;
  /** PostgreSQL pool, for LISTEN/NOTIFY. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

function openSqlite(path: string): OpenDatabase {
  const file = path === ":memory:" ? path : resolve(path);
  const where = `the SQLite file ${file}`;
  let sqlite: Database.Database;
  try {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    sqlite = new Database(file);
    // journal_mode reads the file header first: a file that is not a database fails here, by name.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.prepare("select count(*) from sqlite_master").get();
  } catch (error) {
    const detail = (error as Error).message;
    const hint = /not a database|malformed|corrupt/i.test(detail)
      ? "It is not a RoleCompare database or it is damaged. Nothing was changed: move it aside (or restore a backup) and start again, or set DATABASE_PATH to another file."
      : "Check that its folder exists and is writable, or set DATABASE_PATH to another file.";
    throw new StorageError(`RoleCompare cannot open ${where}: ${detail}. ${hint}`, { cause: error });
  }
  const db = new Kysely<StorageTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: "sqlite", where, close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const where = `the PostgreSQL database ${describeUrl(url)}`;
  // int8 (bigint, count(*)) as numbers: our millisecond times and counts fit in a double.
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") => (oid === 20 ? Number : (pg.types.getTypeParser(oid, format) as (value: string) => unknown)),
  };
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5_000, types });
  // An idle client that loses its server emits "error" on the pool; without a listener that kills the process.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StorageError(`RoleCompare cannot reach ${where}: ${(error as Error).message}. Check DATABASE_URL and that the server is running.`, {
      cause: error,
    });
  }
  const db = new Kysely<StorageTables>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: "postgres", where, pool, close: () => db.destroy() };
}

/** Refuses a database that has migrations this version does not know: it was written by a newer RoleCompare. */
async function checkNotNewer(open: OpenDatabase): Promise<void> {
  const tables = await open.db.introspection.getTables();
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return;
  const rows = await (open.db as unknown as Kysely<Record<string, { name: string }>>).selectFrom(MIGRATION_TABLE).select("name").execute();
  const unknown = rows.map((r) => r.name).filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new StorageError(
      `${open.where} was written by a newer version of RoleCompare (schema ${unknown.join(", ")} is unknown here). Nothing was changed: upgrade RoleCompare, or point DATABASE_PATH / DATABASE_URL at another database.`,
    );
  }
}

async function migrate(open: OpenDatabase): Promise<void> {
  await checkNotNewer(open);
  const migrator = new Migrator({ db: open.db, provider, migrationTableName: MIGRATION_TABLE, migrationLockTableName: MIGRATION_LOCK_TABLE });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    // Not a StorageError: a shard that lost a start-up race retries this (see openDatabase).
    throw new Error(`its schema could not be updated${failed ? ` (migration ${failed})` : ""}: ${(error as Error).message}`, { cause: error });
  }
}

/** Opens and migrates the database; throws a StorageError that names it when that fails. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  const open = target.url ? await openPostgres(target.url) : openSqlite(target.path ?? DEFAULT_DATABASE_PATH);
  try {
    // Shards sharing one SQLite file may start together; SQLite has no migration lock, so a shard
    // that lost the race tries again and finds the schema in place.
    // A newer or damaged database (StorageError) is final.
    await withRetry(() => migrate(open), { attempts: 3, shouldRetry: (error) => !(error instanceof StorageError) });
  } catch (error) {
    await open.close().catch(() => {});
    if (error instanceof StorageError) throw error;
    throw new StorageError(`RoleCompare cannot use ${open.where}: ${(error as Error).message}`, { cause: error });
  }
  return open;
}
