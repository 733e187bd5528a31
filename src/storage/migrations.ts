// Schema migrations, in order, written with Kysely's schema builder so one definition creates the
// same tables on SQLite and PostgreSQL. Never edit a migration that has shipped: add a new one.
import { randomBytes } from "node:crypto";
import { type Kysely, type Migration } from "kysely";

export const MIGRATION_TABLE = "rc_migration";
export const MIGRATION_LOCK_TABLE = "rc_migration_lock";

export const MIGRATIONS: Record<string, Migration> = {
  "0001-guild-data": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("rc_meta")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      // The salt for member-id hashes: random per database, so hashes cannot be matched across deployments.
      await db
        .insertInto("rc_meta" as never)
        .values({ key: "member_hash_salt", value: randomBytes(32).toString("hex") })
        .execute();
      await db.schema
        .createTable("guild_settings")
        .addColumn("guild_id", "text", (c) => c.primaryKey())
        .addColumn("ask_channels_custom", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("answers_private", "integer")
        .addColumn("free_text", "integer")
        .addColumn("cooldown_seconds", "integer")
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("ask_channels")
        .addColumn("guild_id", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("ask_channels_pk", ["guild_id", "channel_id"])
        .execute();
      await db.schema
        .createTable("unknown_titles")
        .addColumn("guild_id", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("asks", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("unknown_titles_pk", ["guild_id", "day", "title"])
        .execute();
      await db.schema
        .createTable("votes")
        .addColumn("guild_id", "text", (c) => c.notNull())
        .addColumn("message_id", "text", (c) => c.notNull())
        .addColumn("role_ids", "text", (c) => c.notNull())
        .addColumn("aspect", "text", (c) => c.notNull())
        .addColumn("member_hash", "text", (c) => c.notNull())
        .addColumn("vote", "integer", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("voted_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("votes_pk", ["message_id", "role_ids", "aspect", "member_hash"])
        .execute();
      await db.schema.createIndex("votes_by_guild_time").on("votes").columns(["guild_id", "voted_at"]).execute();
      await db.schema
        .createTable("departed_guilds")
        .addColumn("guild_id", "text", (c) => c.primaryKey())
        .addColumn("left_at", "bigint", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["departed_guilds", "votes", "unknown_titles", "ask_channels", "guild_settings", "rc_meta"])
        await db.schema.dropTable(table).ifExists().execute();
    },
  },
};
