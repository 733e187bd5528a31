// Every read and write of per-server data, through Kysely so the same code runs on SQLite and
// PostgreSQL. Member ids are stored only as salted hashes; no message text is ever stored.
import { createHmac } from "node:crypto";
import type { Kysely } from "kysely";
import { FEEDBACK_LIMITS } from "../limits.js";
import { GUILD_TABLES, type StorageTables } from "./schema.js";

export const RETENTION_AFTER_LEAVING_MS = 30 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const UNKNOWN_TITLE_MAX = FEEDBACK_LIMITS.unknownTitleMax;
const VOTE_REASON_MAX = FEEDBACK_LIMITS.voteReasonMax;

/** What a server chose; null means "the environment's default". */
export interface StoredGuildSettings {
  /** The server's own ask channels, or null when it never chose any (ASK_CHANNEL_IDS applies). */
  askChannelIds: string[] | null;
  answersPrivate: boolean | null;
  freeText: boolean | null;
  cooldownSeconds: number | null;
}

export type SettingsPatch = Partial<Pick<StoredGuildSettings, "answersPrivate" | "freeText" | "cooldownSeconds">>;

export interface VoteInput {
  guildId: string;
  messageId: string;
  roleIds: readonly string[];
  aspect: string;
  memberId: string;
  vote: 1 | -1;
  at?: number;
}

export interface UnknownTitleCount {
  title: string;
  asks: number;
}

export interface DownvotedAnswer {
  roleIds: string[];
  aspect: string;
  down: number;
  up: number;
  reasons: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

const flag = (value: number | null) => (value === null ? null : value === 1);
const bit = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? 1 : 0);

/** Folds what a member typed for a role into one comparable title: trimmed, lower case, one space. */
export function normalizeTitle(typed: string): string {
  return typed.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim().slice(0, UNKNOWN_TITLE_MAX);
}

export class GuildStore {
  private saltPromise: Promise<string> | undefined;

  constructor(readonly db: Kysely<StorageTables>) {}

  /** A salted hash of a member id: enough to keep one vote per member, not enough to name them. */
  async memberHash(memberId: string): Promise<string> {
    this.saltPromise ??= this.db
      .selectFrom("rc_meta")
      .select("value")
      .where("key", "=", "member_hash_salt")
      .executeTakeFirstOrThrow()
      .then((row) => row.value);
    const salt = await this.saltPromise.catch((error: unknown) => {
      this.saltPromise = undefined;
      throw error;
    });
    return createHmac("sha256", salt).update(memberId).digest("base64url").slice(0, 22);
  }

  async getSettings(guildId: string): Promise<StoredGuildSettings | null> {
    const row = await this.db.selectFrom("guild_settings").selectAll().where("guild_id", "=", guildId).executeTakeFirst();
    if (!row) return null;
    const channels = row.ask_channels_custom
      ? (await this.db.selectFrom("ask_channels").select("channel_id").where("guild_id", "=", guildId).orderBy("channel_id").execute()).map((r) => r.channel_id)
      : null;
    return { askChannelIds: channels, answersPrivate: flag(row.answers_private), freeText: flag(row.free_text), cooldownSeconds: row.cooldown_seconds };
  }

  private async ensureRow(db: Kysely<StorageTables>, guildId: string, now: number): Promise<void> {
    await db
      .insertInto("guild_settings")
      .values({ guild_id: guildId, ask_channels_custom: 0, answers_private: null, free_text: null, cooldown_seconds: null, updated_at: now })
      .onConflict((oc) => oc.column("guild_id").doUpdateSet({ updated_at: now }))
      .execute();
  }

  async updateSettings(guildId: string, patch: SettingsPatch, now = Date.now()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.ensureRow(trx, guildId, now);
      const set: { answers_private?: number | null; free_text?: number | null; cooldown_seconds?: number | null } = {};
      if ("answersPrivate" in patch) set.answers_private = bit(patch.answersPrivate);
      if ("freeText" in patch) set.free_text = bit(patch.freeText);
      if ("cooldownSeconds" in patch) set.cooldown_seconds = patch.cooldownSeconds ?? null;
      if (Object.keys(set).length > 0) await trx.updateTable("guild_settings").set(set).where("guild_id", "=", guildId).execute();
    });
  }

  /**
   * Replaces the server's ask channels. From then on its own list applies, even when empty, instead
   * of ASK_CHANNEL_IDS.
   */
  async setAskChannels(guildId: string, channelIds: readonly string[], now = Date.now()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.ensureRow(trx, guildId, now);
      await trx.updateTable("guild_settings").set({ ask_channels_custom: 1 }).where("guild_id", "=", guildId).execute();
      await trx.deleteFrom("ask_channels").where("guild_id", "=", guildId).execute();
      const unique = [...new Set(channelIds)];
      if (unique.length > 0)
        await trx
          .insertInto("ask_channels")
          .values(unique.map((channel_id) => ({ guild_id: guildId, channel_id })))
          .execute();
    });
  }

  /** Back to the environment's defaults; feedback and gaps are kept. */
  async resetSettings(guildId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("ask_channels").where("guild_id", "=", guildId).execute();
      await trx.deleteFrom("guild_settings").where("guild_id", "=", guildId).execute();
    });
  }

  async recordUnknownTitles(guildId: string, typed: readonly string[], now = Date.now()): Promise<void> {
    const titles = [...new Set(typed.map(normalizeTitle).filter(Boolean))];
    if (titles.length === 0) return;
    const day = Math.floor(now / DAY_MS);
    await this.db
      .insertInto("unknown_titles")
      .values(titles.map((title) => ({ guild_id: guildId, title, day, asks: 1 })))
      .onConflict((oc) => oc.columns(["guild_id", "day", "title"]).doUpdateSet((eb) => ({ asks: eb(eb.ref("unknown_titles.asks"), "+", 1) })))
      .execute();
  }

  /** Records or changes a member's vote on an answer; a changed vote drops the old reason. */
  async recordVote(input: VoteInput): Promise<void> {
    const at = input.at ?? Date.now();
    const member_hash = await this.memberHash(input.memberId);
    await this.db
      .insertInto("votes")
      .values({
        guild_id: input.guildId,
        message_id: input.messageId,
        role_ids: input.roleIds.join(","),
        aspect: input.aspect,
        member_hash,
        vote: input.vote,
        reason: null,
        voted_at: at,
      })
      .onConflict((oc) => oc.columns(["message_id", "role_ids", "aspect", "member_hash"]).doUpdateSet({ vote: input.vote, reason: null, voted_at: at }))
      .execute();
  }

  /** The optional "what was wrong" of a 👎; false when there is no such vote (it was changed meanwhile). */
  async setVoteReason(input: Omit<VoteInput, "vote" | "at">, reason: string): Promise<boolean> {
    const member_hash = await this.memberHash(input.memberId);
    const result = await this.db
      .updateTable("votes")
      .set({ reason: reason.trim().slice(0, VOTE_REASON_MAX) || null })
      .where("message_id", "=", input.messageId)
      .where("role_ids", "=", input.roleIds.join(","))
      .where("aspect", "=", input.aspect)
      .where("member_hash", "=", member_hash)
      .where("vote", "=", -1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async vote(messageId: string, roleIds: readonly string[], aspect: string, memberId: string): Promise<{ vote: number; reason: string | null } | undefined> {
    const member_hash = await this.memberHash(memberId);
    return this.db
      .selectFrom("votes")
      .select(["vote", "reason"])
      .where("message_id", "=", messageId)
      .where("role_ids", "=", roleIds.join(","))
      .where("aspect", "=", aspect)
      .where("member_hash", "=", member_hash)
      .executeTakeFirst();
  }

  /** Unknown titles asked since `since`, most asked first. */
  async unknownTitles(guildId: string, since: number, page: { limit: number; offset: number }): Promise<Page<UnknownTitleCount>> {
    const fromDay = Math.floor(since / DAY_MS);
    const base = this.db.selectFrom("unknown_titles").where("guild_id", "=", guildId).where("day", ">=", fromDay);
    const rows = await base
      .select((eb) => ["title", eb.fn.sum<number>("asks").as("asks")])
      .groupBy("title")
      .orderBy("asks", "desc")
      .orderBy("title")
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const total = await base.select((eb) => eb.fn.count<number>("title").distinct().as("n")).executeTakeFirstOrThrow();
    return { items: rows.map((r) => ({ title: r.title, asks: Number(r.asks) })), total: Number(total.n) };
  }

  /** Answers with at least one 👎 since `since`, most 👎 first, with their latest reasons. */
  async mostDownvoted(guildId: string, since: number, page: { limit: number; offset: number }, reasonsPerAnswer = 2): Promise<Page<DownvotedAnswer>> {
    const base = this.db.selectFrom("votes").where("guild_id", "=", guildId).where("voted_at", ">=", since);
    const rows = await base
      .select((eb) => [
        "role_ids",
        "aspect",
        eb.fn.sum<number>(eb.case().when("vote", "=", -1).then(1).else(0).end()).as("down"),
        eb.fn.sum<number>(eb.case().when("vote", "=", 1).then(1).else(0).end()).as("up"),
      ])
      .groupBy(["role_ids", "aspect"])
      .having((eb) => eb.fn.sum(eb.case().when("vote", "=", -1).then(1).else(0).end()), ">", 0)
      .orderBy("down", "desc")
      .orderBy("role_ids")
      .orderBy("aspect")
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const total = await this.db
      .selectFrom(base.select(["role_ids", "aspect"]).where("vote", "=", -1).groupBy(["role_ids", "aspect"]).as("answers"))
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const items: DownvotedAnswer[] = [];
    for (const row of rows) {
      const reasons = await base
        .select("reason")
        .where("role_ids", "=", row.role_ids)
        .where("aspect", "=", row.aspect)
        .where("reason", "is not", null)
        .orderBy("voted_at", "desc")
        .limit(reasonsPerAnswer)
        .execute();
      items.push({ roleIds: row.role_ids.split(","), aspect: row.aspect, down: Number(row.down), up: Number(row.up), reasons: reasons.map((r) => r.reason!) });
    }
    return { items, total: Number(total.n) };
  }

  /** Deletes every row of a server (settings, ask channels, gaps, votes, departure). Returns how many. */
  async forgetGuild(guildId: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let deleted = 0;
      for (const table of GUILD_TABLES) {
        const result = await trx.deleteFrom(table).where("guild_id", "=", guildId).executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      return deleted;
    });
  }

  /** Rows a server has, per table (for tests and for `forget`'s reply). */
  async countRows(guildId: string): Promise<Record<(typeof GUILD_TABLES)[number], number>> {
    const counts = {} as Record<(typeof GUILD_TABLES)[number], number>;
    for (const table of GUILD_TABLES) {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("guild_id", "=", guildId)
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  }

  /** The bot left (or was removed from) a server: its data goes after RETENTION_AFTER_LEAVING_MS. */
  async markDeparted(guildId: string, now = Date.now()): Promise<void> {
    await this.db
      .insertInto("departed_guilds")
      .values({ guild_id: guildId, left_at: now })
      .onConflict((oc) => oc.column("guild_id").doNothing())
      .execute();
  }

  /** The bot is (back) in a server: nothing of it is due for deletion. */
  async markPresent(guildId: string): Promise<void> {
    await this.db.deleteFrom("departed_guilds").where("guild_id", "=", guildId).execute();
  }

  /** Deletes the data of servers left at least RETENTION_AFTER_LEAVING_MS ago; returns their ids. */
  async sweepDeparted(now = Date.now()): Promise<string[]> {
    const due = await this.db
      .selectFrom("departed_guilds")
      .select("guild_id")
      .where("left_at", "<=", now - RETENTION_AFTER_LEAVING_MS)
      .execute();
    for (const { guild_id } of due) await this.forgetGuild(guild_id);
    return due.map((d) => d.guild_id);
  }
}
