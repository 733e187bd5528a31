// The tables RoleCompare stores, as Kysely sees them. The least that works: ids, unknown titles,
// votes with an optional reason, salted hashes of member ids and times; never message text.
// Booleans are 0/1 integers and times are Unix milliseconds, so both engines store the same values.
import type { Generated } from "kysely";

export interface MetaTable {
  key: string;
  value: string;
}

/** One row per server that ran /settings; a null column means "the environment's default". */
export interface GuildSettingsTable {
  guild_id: string;
  /** 1 once the server chose its own ask channels (possibly none); 0: ASK_CHANNEL_IDS applies. */
  ask_channels_custom: number;
  answers_private: number | null;
  free_text: number | null;
  cooldown_seconds: number | null;
  updated_at: number;
}

export interface AskChannelsTable {
  guild_id: string;
  channel_id: string;
}

/** How often members of a server asked about a title the bot did not know, per UTC day. */
export interface UnknownTitlesTable {
  guild_id: string;
  title: string;
  day: number;
  asks: number;
}

/** One vote per member per answer (message, roles and aspect), changeable. */
export interface VotesTable {
  guild_id: string;
  message_id: string;
  role_ids: string;
  aspect: string;
  member_hash: string;
  /** 1 for 👍, -1 for 👎. */
  vote: number;
  reason: string | null;
  voted_at: number;
}

/** Servers the bot left: their rows are deleted once `left_at` is 30 days old. */
export interface DepartedGuildsTable {
  guild_id: string;
  left_at: number;
}

export interface StorageTables {
  rc_meta: MetaTable;
  guild_settings: GuildSettingsTable;
  ask_channels: AskChannelsTable;
  unknown_titles: UnknownTitlesTable;
  votes: VotesTable;
  departed_guilds: DepartedGuildsTable;
}

/** Tables holding a server's data, for `forget` and the 30-day sweep. */
export const GUILD_TABLES = [
  "guild_settings",
  "ask_channels",
  "unknown_titles",
  "votes",
  "departed_guilds",
] as const satisfies readonly (keyof StorageTables)[];

// Generated is re-exported so later tables with generated ids need no other import.
export type { Generated };
