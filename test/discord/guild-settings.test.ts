// The per-server settings cache: hits never touch the database, a change is seen after
// invalidation, and a database that stops answering leaves the bot on the defaults, not crashed.
import { describe, expect, it, vi } from "vitest";
import { CachedGuildSettings, defaultGuildSettings, resolveGuildSettings } from "../../src/discord/guild-settings.js";
import { createLogger } from "../../src/logging/logger.js";
import type { GuildStore, StoredGuildSettings } from "../../src/storage/guild-store.js";
import { Writable } from "node:stream";

const defaults = defaultGuildSettings({ askChannelIds: ["111"] });
const silent = createLogger("silent", new Writable({ write: (_c, _e, cb) => cb() }));

function fakeStore(answer: () => Promise<StoredGuildSettings | null>) {
  const getSettings = vi.fn(answer);
  return { store: { getSettings } as unknown as GuildStore, getSettings };
}

describe("GuildSettings", () => {
  it("a server that never ran /settings gets the environment's ask channels; a server's own list replaces them", () => {
    expect(resolveGuildSettings(null, defaults)).toBe(defaults);
    const own = resolveGuildSettings({ askChannelIds: [], answersPrivate: null, freeText: false, cooldownSeconds: 12 }, defaults);
    expect([...own.askChannelIds]).toEqual([]);
    expect(own).toMatchObject({ answersPrivate: false, freeText: false, userCooldownMs: 12_000, customized: true });
    expect([...resolveGuildSettings({ askChannelIds: null, answersPrivate: true, freeText: null, cooldownSeconds: null }, defaults).askChannelIds]).toEqual([
      "111",
    ]);
  });

  it("reads a server once, then answers from the cache until invalidated", async () => {
    let stored: StoredGuildSettings | null = { askChannelIds: ["222"], answersPrivate: null, freeText: null, cooldownSeconds: null };
    const { store, getSettings } = fakeStore(async () => stored);
    const settings = new CachedGuildSettings(store, defaults, silent);
    expect(settings.peek("g1")).toBeUndefined();
    const [first, second] = await Promise.all([settings.get("g1"), settings.get("g1")]);
    expect(first).toBe(second);
    expect([...settings.peek("g1")!.askChannelIds]).toEqual(["222"]);
    await settings.get("g1");
    expect(getSettings).toHaveBeenCalledTimes(1);
    stored = null;
    settings.invalidate("g1");
    expect(await settings.get("g1")).toBe(defaults);
    expect(getSettings).toHaveBeenCalledTimes(2);
    expect(settings.peek(null)).toBe(defaults);
  });

  it("does not cache a read that started before a change", async () => {
    let release!: (value: StoredGuildSettings | null) => void;
    const { store } = fakeStore(() => new Promise((resolve) => (release = resolve)));
    const settings = new CachedGuildSettings(store, defaults, silent);
    const pending = settings.get("g1");
    settings.invalidate("g1");
    release({ askChannelIds: ["old"], answersPrivate: null, freeText: null, cooldownSeconds: null });
    await pending;
    expect(settings.peek("g1")).toBeUndefined();
  });

  it("falls back to the defaults while the database is unreachable, and asks again later", async () => {
    let now = 1_000;
    let failing = true;
    const { store, getSettings } = fakeStore(async () => {
      if (failing) throw new Error("connection refused");
      return { askChannelIds: ["333"], answersPrivate: null, freeText: null, cooldownSeconds: null };
    });
    const settings = new CachedGuildSettings(store, defaults, silent, () => now);
    expect(await settings.get("g1")).toBe(defaults);
    expect(await settings.get("g1")).toBe(defaults);
    expect(getSettings).toHaveBeenCalledTimes(1);
    failing = false;
    now += 60_000;
    expect([...(await settings.get("g1")).askChannelIds]).toEqual(["333"]);
  });
});
