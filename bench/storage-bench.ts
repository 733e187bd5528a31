// `npm run bench:storage`: what per-server settings cost on the message path, and how many votes
// per second SQLite takes. Prints numbers beside a baseline measured in the same run; never fails
// on them (shared machines are noisy).
//  1. The message path (onMessageCreate) with the settings cache warm, beside the same path on
//     environment-only settings: a message in a non-ask channel (the common case) and a question in
//     an ask channel that is answered (reply stubbed: no network).
//  2. Votes through GuildStore (Kysely over better-sqlite3, WAL) beside the same upsert as a raw
//     prepared statement, sustained for a few seconds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { ChannelType, type Message } from "discord.js";
import { createBotContext, type BotContext } from "../src/discord/bot-context.js";
import { onMessageCreate } from "../src/discord/events/message-create.js";
import { CachedGuildSettings, defaultGuildSettings } from "../src/discord/guild-settings.js";
import { loadEngine } from "../src/engine.js";
import { createLogger } from "../src/logging/logger.js";
import { GuildStore } from "../src/storage/guild-store.js";
import { openDatabase } from "../src/storage/open-database.js";

const GUILD = "100000000000000001";
const ASK_CHANNEL = "100000000000000002";
const OTHER_CHANNEL = "100000000000000003";
const BOT = "100000000000000009";
const logger = createLogger("silent", new Writable({ write: (_c, _e, cb) => cb() }));

function stubMessage(channelId: string, content: string, authorId: string): Message {
  const channel = { type: ChannelType.GuildText, isThread: () => false, parentId: null };
  return {
    author: { bot: false, id: authorId },
    webhookId: null,
    system: false,
    client: { user: { id: BOT } },
    guildId: GUILD,
    channelId,
    channel,
    content,
    id: "1",
    mentions: { users: new Map(), repliedUser: null },
    reply: async () => undefined,
  } as unknown as Message;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Per-call µs; p50/p99 are medians over rounds, so one noisy round does not decide. */
async function timeCalls(run: (i: number) => Promise<void>, rounds = 7, perRound = 3_000): Promise<{ p50: number; p99: number }> {
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const samples: number[] = [];
    for (let i = 0; i < perRound; i++) {
      const start = process.hrtime.bigint();
      await run(i);
      samples.push(Number(process.hrtime.bigint() - start) / 1_000);
    }
    samples.sort((a, b) => a - b);
    p50s.push(percentile(samples, 50));
    p99s.push(percentile(samples, 99));
  }
  return { p50: median(p50s), p99: median(p99s) };
}

const folder = mkdtempSync(join(tmpdir(), "rolecompare-bench-"));
try {
  const engine = await loadEngine();
  const open = await openDatabase({ path: join(folder, "bench.sqlite") });
  const store = new GuildStore(open.db);
  await store.setAskChannels(GUILD, [ASK_CHANNEL]);

  const envContext = createBotContext(engine, logger, { askChannelIds: [ASK_CHANNEL] });
  const cached = new CachedGuildSettings(store, defaultGuildSettings({ askChannelIds: [] }), logger);
  const dbContext: BotContext = createBotContext(engine, logger, { guildSettings: cached, store });
  await cached.get(GUILD); // warm, as the GUILD_CREATE prefetch does

  console.log("Message path (onMessageCreate), µs per message, median over 7 rounds of 3,000:");
  console.log("| path | environment settings p50 / p99 | settings from the database, cache hit p50 / p99 | added at p99 |");
  console.log("| --- | --- | --- | --- |");
  const cases: [string, (i: number) => Message][] = [
    ["message in a non-ask channel", (i) => stubMessage(OTHER_CHANNEL, "see you all tomorrow", String(200 + (i % 1000)))],
    ["question in an ask channel (answered)", (i) => stubMessage(ASK_CHANNEL, "office manager vs operations manager pay?", String(200 + (i % 1000)))],
  ];
  for (const [name, make] of cases) {
    const reset = (ctx: BotContext) => (ctx.cooldowns = new (ctx.cooldowns.constructor as new () => BotContext["cooldowns"])());
    // Interleave: baseline then settings, twice, keeping the better of each (warm-up and noise).
    const runs: { env: { p50: number; p99: number }; db: { p50: number; p99: number } }[] = [];
    for (let pass = 0; pass < 2; pass++) {
      reset(envContext);
      const env = await timeCalls(async (i) => {
        if (i % 500 === 0) reset(envContext);
        await onMessageCreate(make(i), envContext);
      });
      reset(dbContext);
      const db = await timeCalls(async (i) => {
        if (i % 500 === 0) reset(dbContext);
        await onMessageCreate(make(i), dbContext);
      });
      runs.push({ env, db });
    }
    const env = { p50: Math.min(...runs.map((r) => r.env.p50)), p99: Math.min(...runs.map((r) => r.env.p99)) };
    const db = { p50: Math.min(...runs.map((r) => r.db.p50)), p99: Math.min(...runs.map((r) => r.db.p99)) };
    console.log(
      `| ${name} | ${env.p50.toFixed(1)} / ${env.p99.toFixed(1)} | ${db.p50.toFixed(1)} / ${db.p99.toFixed(1)} | ${((db.p99 - env.p99) / 1000).toFixed(3)} ms |`,
    );
  }

  // Votes: distinct members on distinct answers, with one vote in five a change of an earlier one.
  const seconds = 3;
  const vote = (i: number) => ({
    guildId: GUILD,
    messageId: String(1_000_000 + Math.floor(i / 5)),
    roleIds: ["office-manager", "operations-manager"],
    aspect: "salary",
    memberId: String(i % 5 === 4 ? i - 4 : i),
    vote: i % 2 ? (1 as const) : (-1 as const),
  });
  const sustained = async (write: (i: number) => Promise<void> | void): Promise<number> => {
    let count = 0;
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      // 50 clicks in flight, as a busy shard would have.
      await Promise.all(Array.from({ length: 50 }, () => Promise.resolve(write(count++))));
    }
    return count / seconds;
  };
  const viaStore = await sustained((i) => store.recordVote(vote(i)));
  await open.close();

  const Database = (await import("better-sqlite3")).default;
  const raw = new Database(join(folder, "bench.sqlite"));
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  const upsert = raw.prepare(
    "insert into votes (guild_id, message_id, role_ids, aspect, member_hash, vote, reason, voted_at) values (?, ?, ?, ?, ?, ?, null, ?) " +
      "on conflict (message_id, role_ids, aspect, member_hash) do update set vote = excluded.vote, reason = null, voted_at = excluded.voted_at",
  );
  const viaRaw = await sustained((i) => {
    const v = vote(i + 10_000_000);
    upsert.run(v.guildId, v.messageId, v.roleIds.join(","), v.aspect, `raw-${v.memberId}`, v.vote, Date.now());
  });
  raw.close();
  console.log(`\nVotes on SQLite, sustained for ${seconds} s each (goal: >= 1,000/s):`);
  console.log(`| GuildStore.recordVote (Kysely, salted hash, WAL) | ${Math.round(viaStore).toLocaleString("en-US")} votes/s |`);
  console.log(`| baseline: raw prepared upsert, no hashing | ${Math.round(viaRaw).toLocaleString("en-US")} votes/s |`);
  console.log(`| ratio store / raw | ${(viaStore / viaRaw).toFixed(2)} |`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
