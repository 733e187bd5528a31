// Start-up faults give a clear error naming the database, and never reset it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATION_TABLE } from "../../src/storage/migrations.js";
import { openDatabase } from "../../src/storage/open-database.js";
import { StorageError } from "../../src/storage/storage-error.js";

/** The folders made, removed after the tests. */
const made: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), "rolecompare-open-"));
  made.push(path);
  return path;
};
afterAll(() => {
  for (const path of made) rmSync(path, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("creates the SQLite file and its folder on first start, in WAL mode", async () => {
    const path = join(folder(), "nested", "rc.sqlite");
    const open = await openDatabase({ path });
    const mode = await open.db.selectFrom("rc_meta").select("key").execute();
    expect(mode.map((r) => r.key)).toEqual(["member_hash_salt"]);
    await open.close();
    expect(readFileSync(path).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  it("lets shards that start together on one new file all open it (one migrates, the others find it done)", async () => {
    const path = join(folder(), "shared.sqlite");
    const opened = await Promise.all([openDatabase({ path }), openDatabase({ path }), openDatabase({ path })]);
    for (const open of opened) expect(await open.db.selectFrom("rc_meta").select("key").execute()).toHaveLength(1);
    await Promise.all(opened.map((o) => o.close()));
  });

  it("refuses a file that is not a database, naming it, and leaves it as it was", async () => {
    const path = join(folder(), "notes.sqlite");
    writeFileSync(path, "this is not a database ".repeat(100));
    const error = await openDatabase({ path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/not a RoleCompare database or it is damaged/);
    expect(readFileSync(path, "utf8")).toBe("this is not a database ".repeat(100));
  });

  it("refuses a database written by a newer version, naming the file and the unknown schema", async () => {
    const path = join(folder(), "newer.sqlite");
    const open = await openDatabase({ path });
    await (open.db as never as import("kysely").Kysely<Record<string, { name: string; timestamp: string }>>)
      .insertInto(MIGRATION_TABLE)
      .values({ name: "9999-from-the-future", timestamp: new Date().toISOString() })
      .execute();
    await open.close();
    const error = await openDatabase({ path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain("newer version of RoleCompare (schema 9999-from-the-future");
  });

  it("says clearly when PostgreSQL cannot be reached, without the password", async () => {
    const error = await openDatabase({ url: "postgres://bot:s3cret@127.0.0.1:1/rolecompare" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(/cannot reach the PostgreSQL database postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1\/rolecompare/);
    expect((error as Error).message).not.toContain("s3cret");
  });
});
