// Copies every RoleCompare table from one database to another (SQLite file -> PostgreSQL when a
// fleet outgrows one machine). The target must be empty; the member-hash salt is copied too, so
// votes keep matching their members.
import type { Kysely } from "kysely";
import { GUILD_TABLES, type StorageTables } from "./schema.js";
import { StorageError } from "./storage-error.js";

const BATCH = 500;

export async function copyDatabase(from: Kysely<StorageTables>, to: Kysely<StorageTables>, describeTarget: string): Promise<Record<string, number>> {
  for (const table of GUILD_TABLES) {
    const row = await to
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) throw new StorageError(`${describeTarget} already has data (table ${table}); copy only into a new, empty database.`);
  }
  const copied: Record<string, number> = {};
  await to.transaction().execute(async (trx) => {
    const salt = await from.selectFrom("rc_meta").selectAll().execute();
    for (const meta of salt) await trx.updateTable("rc_meta").set({ value: meta.value }).where("key", "=", meta.key).execute();
    for (const table of GUILD_TABLES) {
      const rows = (await from.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += BATCH)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + BATCH) as never)
          .execute();
      copied[table] = rows.length;
    }
  });
  return copied;
}
