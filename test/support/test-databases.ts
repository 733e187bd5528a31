// Fresh, empty databases for storage tests: a SQLite file in a temporary folder, or a new database
// on the run's PostgreSQL cluster (see postgres-global-setup.ts). Each is dropped when closed.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseTarget, type OpenDatabase } from "../../src/storage/open-database.js";

export type EngineName = "sqlite" | "postgres";

export interface TestDatabase {
  target: DatabaseTarget;
  open(): Promise<OpenDatabase>;
  drop(): Promise<void>;
}

export const postgresUrl = (): string | null => inject("postgresUrl");

/** The engines to run a storage suite on, with the reason PostgreSQL is skipped (if it is). */
export function engines(): { name: EngineName; skip: string | null }[] {
  const reason = inject("postgresSkipReason");
  return [
    { name: "sqlite", skip: null },
    { name: "postgres", skip: postgresUrl() ? null : `no PostgreSQL server (${reason ?? "DATABASE_URL_TEST not set"})` },
  ];
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function createTestDatabase(engine: EngineName): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "rolecompare-sqlite-"));
    const target = { path: join(folder, "test.sqlite") };
    return { target, open: () => openDatabase(target), drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const admin = postgresUrl();
  if (!admin) throw new Error("no PostgreSQL server for this run");
  const name = `rc_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const target = { url: withDatabase(admin, name) };
  return {
    target,
    open: () => openDatabase(target),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
