// `npm run storage:copy`: copies the SQLite file (DATABASE_PATH, default .data/rolecompare.sqlite)
// into the PostgreSQL database at DATABASE_URL, which must be new and empty. Stop the bot first.
import { loadSettingsOrExit } from "../config/load-settings.js";
import { copyDatabase } from "../storage/copy-database.js";
import { openDatabase } from "../storage/open-database.js";
import { StorageError } from "../storage/storage-error.js";

const settings = loadSettingsOrExit({ env: { ...process.env, DISCORD_TOKEN: process.env.DISCORD_TOKEN || "unused.by.copy" } });
if (!settings.DATABASE_URL) {
  console.error("Set DATABASE_URL to the new PostgreSQL database (postgres://user:password@host:5432/database); DATABASE_PATH names the SQLite file to copy.");
  process.exit(1);
}
try {
  const source = await openDatabase({ path: settings.DATABASE_PATH });
  const target = await openDatabase({ url: settings.DATABASE_URL });
  try {
    const copied = await copyDatabase(source.db, target.db, target.where);
    console.log(`Copied ${source.where} into ${target.where}:`);
    for (const [table, rows] of Object.entries(copied)) console.log(`  ${table}: ${rows} rows`);
    console.log("Keep DATABASE_URL set when you start the bot; the SQLite file is no longer used.");
  } finally {
    await source.close();
    await target.close();
  }
} catch (error) {
  if (error instanceof StorageError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
