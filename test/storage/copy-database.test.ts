// Moving from SQLite to PostgreSQL: every row and the hash salt arrive; a non-empty target is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDatabase } from "../../src/storage/copy-database.js";
import { GuildStore } from "../../src/storage/guild-store.js";
import type { OpenDatabase } from "../../src/storage/open-database.js";
import { StorageError } from "../../src/storage/storage-error.js";
import { createTestDatabase, engines, type TestDatabase } from "../support/test-databases.js";

const target = engines().find((e) => e.name === "postgres")!;

describe.skipIf(target.skip !== null)(`copy SQLite -> PostgreSQL${target.skip ? ` (skipped: ${target.skip})` : ""}`, () => {
  let fromDb: TestDatabase;
  let toDb: TestDatabase;
  let from: OpenDatabase;
  let to: OpenDatabase;
  beforeAll(async () => {
    fromDb = await createTestDatabase("sqlite");
    toDb = await createTestDatabase("postgres");
    from = await fromDb.open();
    to = await toDb.open();
  });
  afterAll(async () => {
    await from?.close();
    await to?.close();
    await fromDb?.drop();
    await toDb?.drop();
  });

  it("copies every table and keeps votes matched to their members", async () => {
    const source = new GuildStore(from.db);
    await source.setAskChannels("g1", ["1", "2"]);
    await source.updateSettings("g1", { cooldownSeconds: 5 });
    await source.recordUnknownTitles("g1", ["zookeeper"]);
    await source.recordVote({ guildId: "g1", messageId: "9", roleIds: ["a", "b"], aspect: "salary", memberId: "m1", vote: -1 });
    await source.markDeparted("g2");
    const copied = await copyDatabase(from.db, to.db, to.where);
    expect(copied).toEqual({ guild_settings: 1, ask_channels: 2, unknown_titles: 1, votes: 1, departed_guilds: 1 });
    const copy = new GuildStore(to.db);
    expect(await copy.getSettings("g1")).toEqual(await source.getSettings("g1"));
    expect(await copy.vote("9", ["a", "b"], "salary", "m1")).toEqual({ vote: -1, reason: null });
    await expect(copyDatabase(from.db, to.db, to.where)).rejects.toBeInstanceOf(StorageError);
  });
});
