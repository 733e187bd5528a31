// A settings change made by one process reaches the others' caches: on PostgreSQL through
// LISTEN/NOTIFY (for shards on several machines). Two bot storages on one database stand in for
// two processes.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBotStorage, type BotStorage } from "../../src/discord/bot-storage.js";
import { createLogger } from "../../src/logging/logger.js";
import { createTestDatabase, engines, type TestDatabase } from "../support/test-databases.js";

const silent = createLogger("silent", new Writable({ write: (_c, _e, cb) => cb() }));
const postgres = engines().find((e) => e.name === "postgres")!;

describe.skipIf(postgres.skip !== null)(`settings changes across processes on PostgreSQL${postgres.skip ? ` (skipped: ${postgres.skip})` : ""}`, () => {
  let testDb: TestDatabase;
  let one: BotStorage;
  let two: BotStorage;

  beforeAll(async () => {
    testDb = await createTestDatabase("postgres");
    const settings = { DATABASE_URL: testDb.target.url, DATABASE_PATH: "unused", ASK_CHANNEL_IDS: [] };
    one = await openBotStorage(settings, silent);
    two = await openBotStorage(settings, silent);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await testDb?.drop();
  });

  it("drops the other process's cached settings when one process changes them", async () => {
    expect([...(await two.guildSettings.get("g1")).askChannelIds]).toEqual([]);
    // Give the other process's LISTEN time to be in place before the change.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await one.store.setAskChannels("g1", ["999"]);
    await one.settingsChanged("g1");
    const deadline = Date.now() + 5_000;
    while (two.guildSettings.peek("g1") !== undefined && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect([...(await two.guildSettings.get("g1")).askChannelIds]).toEqual(["999"]);
  });
});
