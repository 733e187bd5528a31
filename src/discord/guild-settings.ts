// Per-server settings as the bot consults them for every message and interaction: ask channels,
// whether answers are private by default, whether free text is answered, the per-member cooldown.
// Servers that never ran /settings get the environment's defaults (ASK_CHANNEL_IDS). Reads are
// cached per server, so the hot path is a Map lookup; a change anywhere invalidates the entry.
import type { Logger } from "../logging/logger.js";
import type { GuildStore, StoredGuildSettings } from "../storage/guild-store.js";

export interface ResolvedGuildSettings {
  askChannelIds: ReadonlySet<string>;
  answersPrivate: boolean;
  freeText: boolean;
  /** Per-member cooldown chosen by the server, or null for the built-in ones. */
  userCooldownMs: number | null;
  /** True when the server chose anything with /settings. */
  customized: boolean;
}

export interface GuildSettings {
  /** What servers that never ran /settings get (and DMs). */
  readonly defaults: ResolvedGuildSettings;
  /** The cached settings of a server, without any I/O; undefined when not cached. */
  peek(guildId: string | null): ResolvedGuildSettings | undefined;
  /** The settings of a server (cache, else the database, else the defaults if it is unreachable). */
  get(guildId: string | null): Promise<ResolvedGuildSettings>;
  /** Drops a server's cached settings: the next read sees the database. */
  invalidate(guildId: string): void;
}

export function defaultGuildSettings(env: { askChannelIds: readonly string[] }): ResolvedGuildSettings {
  return { askChannelIds: new Set(env.askChannelIds), answersPrivate: false, freeText: true, userCooldownMs: null, customized: false };
}

export function resolveGuildSettings(stored: StoredGuildSettings | null, defaults: ResolvedGuildSettings): ResolvedGuildSettings {
  if (!stored) return defaults;
  return {
    askChannelIds: stored.askChannelIds ? new Set(stored.askChannelIds) : defaults.askChannelIds,
    answersPrivate: stored.answersPrivate ?? defaults.answersPrivate,
    freeText: stored.freeText ?? defaults.freeText,
    userCooldownMs: stored.cooldownSeconds === null ? defaults.userCooldownMs : stored.cooldownSeconds * 1000,
    customized: true,
  };
}

/** Settings from the environment only (no database): every server gets the defaults. */
export function environmentGuildSettings(defaults: ResolvedGuildSettings): GuildSettings {
  return { defaults, peek: () => defaults, get: async () => defaults, invalidate: () => {} };
}

/** How long a server runs on the defaults after the database failed to answer, before trying again. */
const RETRY_AFTER_FAILURE_MS = 30_000;

interface Entry {
  value: ResolvedGuildSettings;
  /** Set for a fallback to the defaults while the database is unreachable. */
  expiresAt?: number;
}

export class CachedGuildSettings implements GuildSettings {
  private readonly cache = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<ResolvedGuildSettings>>();
  /** Bumped on invalidation, so a load that started before a change is not cached after it. */
  private generation = 0;

  constructor(
    private readonly store: GuildStore,
    readonly defaults: ResolvedGuildSettings,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  peek(guildId: string | null): ResolvedGuildSettings | undefined {
    if (guildId === null) return this.defaults;
    const entry = this.cache.get(guildId);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= this.now()) {
      this.cache.delete(guildId);
      return undefined;
    }
    return entry.value;
  }

  get(guildId: string | null): Promise<ResolvedGuildSettings> {
    const cached = this.peek(guildId);
    if (cached) return Promise.resolve(cached);
    const id = guildId!;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  invalidate(guildId: string): void {
    this.generation++;
    this.cache.delete(guildId);
    this.loading.delete(guildId);
  }

  invalidateAll(): void {
    this.generation++;
    this.cache.clear();
    this.loading.clear();
  }

  /** Forgets a server the bot left (memory only). */
  drop(guildId: string): void {
    this.cache.delete(guildId);
  }

  get size(): number {
    return this.cache.size;
  }

  private async load(guildId: string): Promise<ResolvedGuildSettings> {
    const generation = this.generation;
    try {
      const value = resolveGuildSettings(await this.store.getSettings(guildId), this.defaults);
      if (generation === this.generation) this.cache.set(guildId, { value });
      return value;
    } catch (error) {
      // Answers keep working on the defaults; the database is asked again after a pause.
      this.logger.warn({ err: error, guildId }, "could not read server settings; using the defaults for now");
      this.cache.set(guildId, { value: this.defaults, expiresAt: this.now() + RETRY_AFTER_FAILURE_MS });
      return this.defaults;
    }
  }
}
