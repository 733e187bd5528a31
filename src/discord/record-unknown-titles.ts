// Counts the role titles members asked about that the bot did not know, for /gaps. Only the title
// as typed (folded, at most 60 characters) and the day are kept, never the message.
import { withRetry } from "../storage/retry.js";
import type { BotContext } from "./bot-context.js";

/** Fire and forget: the answer never waits on it, and a failure is logged, not thrown. */
export function recordUnknownTitles(ctx: BotContext, guildId: string | null, titles: readonly string[]): void {
  if (!guildId || !ctx.store || titles.length === 0) return;
  const store = ctx.store;
  withRetry(() => store.recordUnknownTitles(guildId, titles)).catch((err: unknown) =>
    ctx.logger.warn({ err, guildId }, "could not record unknown titles for /gaps"),
  );
}
