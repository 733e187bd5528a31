// Per-key cooldowns (user + command, or channel for free text). Entries expire on their own, so the
// map stays small however many users a large server has.
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Returns 0 and starts the cooldown when `key` is free; otherwise the ms left, without restarting it. */
  take(key: string, durationMs: number): number {
    const now = this.now();
    const end = this.until.get(key);
    if (end !== undefined && end > now) return end - now;
    this.until.set(key, now + durationMs);
    if (this.until.size > 10_000) this.sweep(now);
    return 0;
  }

  /** The ms left on `key` (0 when free), without starting a cooldown. */
  remaining(key: string): number {
    const end = this.until.get(key);
    return end === undefined ? 0 : Math.max(0, end - this.now());
  }

  sweep(now = this.now()): void {
    for (const [key, end] of this.until) if (end <= now) this.until.delete(key);
  }

  get size(): number {
    return this.until.size;
  }
}

export const COOLDOWNS = {
  /** One slash command per user per command in this window. */
  commandMs: 3_000,
  /** One free-text answer per channel in this window, so a burst of messages gets one reply. */
  channelMs: 4_000,
  /** One free-text answer per user in this window. */
  userMessageMs: 6_000,
} as const;
