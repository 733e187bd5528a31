// The same storage suite on SQLite and on PostgreSQL: settings, unknown titles, votes, gaps
// queries, forget and the 30-day sweep after the bot leaves a server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GuildStore, RETENTION_AFTER_LEAVING_MS } from "../../src/storage/guild-store.js";
import type { OpenDatabase } from "../../src/storage/open-database.js";
import { createTestDatabase, engines, type TestDatabase } from "../support/test-databases.js";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 15, 12);

for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`guild store on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ""}`, () => {
    let testDb: TestDatabase;
    let open: OpenDatabase;
    let store: GuildStore;

    beforeAll(async () => {
      testDb = await createTestDatabase(engine.name);
      open = await testDb.open();
      store = new GuildStore(open.db);
    });
    afterAll(async () => {
      await open?.close();
      await testDb?.drop();
    });

    it("has no settings for a server that never ran /settings", async () => {
      expect(await store.getSettings("100")).toBeNull();
    });

    it("stores each setting, keeps the others at their defaults, and resets", async () => {
      await store.updateSettings("101", { answersPrivate: true });
      expect(await store.getSettings("101")).toEqual({ askChannelIds: null, answersPrivate: true, freeText: null, cooldownSeconds: null });
      await store.updateSettings("101", { freeText: false, cooldownSeconds: 30 });
      expect(await store.getSettings("101")).toEqual({ askChannelIds: null, answersPrivate: true, freeText: false, cooldownSeconds: 30 });
      await store.setAskChannels("101", ["555", "444", "555"]);
      expect((await store.getSettings("101"))?.askChannelIds).toEqual(["444", "555"]);
      await store.setAskChannels("101", []);
      expect((await store.getSettings("101"))?.askChannelIds).toEqual([]);
      await store.resetSettings("101");
      expect(await store.getSettings("101")).toBeNull();
    });

    it("keeps one server's settings away from another's", async () => {
      await store.setAskChannels("102", ["777"]);
      expect((await store.getSettings("102"))?.askChannelIds).toEqual(["777"]);
      expect(await store.getSettings("103")).toBeNull();
    });

    it("counts unknown titles per server, folded, most asked first, within the period", async () => {
      await store.recordUnknownTitles("104", ["Zookeeper"], NOW);
      await store.recordUnknownTitles("104", ["zookeeper ", "Astronaut"], NOW);
      await store.recordUnknownTitles("104", ["ZOOKEEPER"], NOW - DAY);
      await store.recordUnknownTitles("104", ["astronaut"], NOW - 40 * DAY);
      await store.recordUnknownTitles("105", ["astronaut", "astronaut"], NOW);
      const recent = await store.unknownTitles("104", NOW - 7 * DAY, { limit: 10, offset: 0 });
      expect(recent).toEqual({
        items: [
          { title: "zookeeper", asks: 3 },
          { title: "astronaut", asks: 1 },
        ],
        total: 2,
      });
      // Over all time astronaut has 2: still second, one per page.
      expect(await store.unknownTitles("104", 0, { limit: 1, offset: 1 })).toEqual({ items: [{ title: "astronaut", asks: 2 }], total: 2 });
    });

    it("keeps one vote per member per answer, changeable, with an optional reason on a 👎", async () => {
      const answer = { guildId: "106", messageId: "9001", roleIds: ["a", "b"], aspect: "salary" };
      await store.recordVote({ ...answer, memberId: "m1", vote: 1, at: NOW });
      await store.recordVote({ ...answer, memberId: "m1", vote: -1, at: NOW });
      expect(await store.setVoteReason({ ...answer, memberId: "m1" }, "  figures look old ")).toBe(true);
      expect(await store.vote("9001", ["a", "b"], "salary", "m1")).toEqual({ vote: -1, reason: "figures look old" });
      await store.recordVote({ ...answer, memberId: "m2", vote: -1, at: NOW });
      await store.recordVote({ ...answer, memberId: "m3", vote: 1, at: NOW });
      await store.recordVote({ ...answer, aspect: "skills", memberId: "m1", vote: -1, at: NOW });
      await store.recordVote({ ...answer, roleIds: ["c", "d"], memberId: "m1", vote: 1, at: NOW });
      const page = await store.mostDownvoted("106", NOW - DAY, { limit: 10, offset: 0 });
      expect(page.total).toBe(2);
      expect(page.items).toEqual([
        { roleIds: ["a", "b"], aspect: "salary", down: 2, up: 1, reasons: ["figures look old"] },
        { roleIds: ["a", "b"], aspect: "skills", down: 1, up: 0, reasons: [] },
      ]);
      // A changed vote drops its reason, and a reason cannot be attached to a 👍.
      await store.recordVote({ ...answer, memberId: "m1", vote: 1, at: NOW });
      expect(await store.setVoteReason({ ...answer, memberId: "m1" }, "late")).toBe(false);
      expect(await store.vote("9001", ["a", "b"], "salary", "m1")).toEqual({ vote: 1, reason: null });
    });

    it("stores member ids only as salted hashes", async () => {
      await store.recordVote({ guildId: "107", messageId: "9002", roleIds: ["a"], aspect: "overview", memberId: "123456789012345678", vote: 1, at: NOW });
      const rows = await open.db.selectFrom("votes").select("member_hash").where("guild_id", "=", "107").execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.member_hash).not.toContain("123456789012345678");
      expect(rows[0]!.member_hash).toBe(await store.memberHash("123456789012345678"));
      expect(await store.memberHash("123456789012345679")).not.toBe(rows[0]!.member_hash);
    });

    it("forget deletes every row of one server and nothing of another", async () => {
      await store.setAskChannels("108", ["1"]);
      await store.recordUnknownTitles("108", ["x"], NOW);
      await store.recordVote({ guildId: "108", messageId: "9003", roleIds: ["a"], aspect: "overview", memberId: "m", vote: -1, at: NOW });
      await store.markDeparted("108", NOW);
      await store.recordUnknownTitles("109", ["x"], NOW);
      expect(await store.forgetGuild("108")).toBe(5);
      expect(Object.values(await store.countRows("108")).every((n) => n === 0)).toBe(true);
      expect((await store.countRows("109")).unknown_titles).toBe(1);
    });

    it("deletes a departed server's data after 30 days, unless the bot came back", async () => {
      await store.recordUnknownTitles("110", ["x"], NOW);
      await store.recordUnknownTitles("111", ["x"], NOW);
      await store.markDeparted("110", NOW);
      await store.markDeparted("111", NOW);
      await store.markPresent("111");
      expect(await store.sweepDeparted(NOW + RETENTION_AFTER_LEAVING_MS - 1)).toEqual([]);
      expect(await store.sweepDeparted(NOW + RETENTION_AFTER_LEAVING_MS)).toEqual(["110"]);
      expect((await store.countRows("110")).unknown_titles).toBe(0);
      expect((await store.countRows("111")).unknown_titles).toBe(1);
    });

    it("migrates an existing database again without change", async () => {
      await open.close();
      open = await testDb.open();
      store = new GuildStore(open.db);
      expect((await store.countRows("111")).unknown_titles).toBe(1);
    });
  });
}
