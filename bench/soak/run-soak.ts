// `npm run soak`: the real bot, started as production starts it (a compiled child process), driven
// through the local Discord stand-in by 10,000 mixed gateway events. Prints, per way of starting it:
// spawn-to-IDENTIFY, resident memory at 0/1k/5k/10k events (the bot's, its pay chart renderer
// process's, both added up, and both as proportional set size, which counts the pages they share,
// such as the node binary's code, once), interactions acknowledged, acknowledgement times, and
// whether anything the bot started was still running after it stopped. The naive baseline in the
// same run is the old start: tsx on the sources with Node's default options. Numbers are printed, never asserted (shared machines are noisy).
//   npm run soak -- [--events 10000] [--starts 3] [--only compiled,tsx] [--with="<node options>"]... [--baseline-dir <old checkout>]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { join } from "node:path";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { loadSettings } from "../../src/config/load-settings.js";
import { deployCommands } from "../../src/discord/register-commands.js";
import { npmScript } from "../../test/support/deploy-files.js";
import { ensureBuilt, ROOT } from "../../test/support/ensure-built.js";
import { startFakeDiscord, type FakeDiscord } from "../../test/support/fake-discord/index.js";
import { median, percentile } from "../measure.js";
import { createRandom } from "../random.js";
import { startBotProcess } from "./bot-process.js";
import { createEventMix } from "./event-mix.js";

const { values: options } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    starts: { type: "string", default: "3" },
    only: { type: "string" },
    "no-charts": { type: "boolean", default: false },
    "baseline-dir": { type: "string" },
    /** Extra node options for the bot (NODE_OPTIONS), e.g. "--heapsnapshot-signal=SIGUSR2" to look inside. */
    "node-options": { type: "string" },
    /** Send the bot SIGUSR2 at each checkpoint (with --node-options=--heapsnapshot-signal=SIGUSR2). */
    "snapshot-signal": { type: "boolean", default: false },
    /** Also soak the compiled bot with these Node options (repeatable), e.g. --with="--max-semi-space-size=4". */
    with: { type: "string", multiple: true, default: [] },
    /** Extra environment for the bot (repeatable), e.g. --env MALLOC_TRIM_THRESHOLD_=131072, to try allocator settings. */
    env: { type: "string", multiple: true, default: [] },
    /** The curated roles alone (OCCUPATIONS_FILE=off), as the foundations issue measures; default: whatever is imported. */
    curated: { type: "boolean", default: false },
  },
});
const EVENTS = Number(options.events);
const CHECKPOINTS = [1_000, 5_000, 10_000].filter((n) => n <= EVENTS);
if (!CHECKPOINTS.includes(EVENTS)) CHECKPOINTS.push(EVENTS);
const onlyWords = options.only
  ?.split(",")
  .map((w) => w.trim())
  .filter(Boolean);
/** Interactions awaiting their acknowledgement at once: a busy server, not a flood. */
const MAX_IN_FLIGHT = 4;
const ACK_TIMEOUT_MS = 15_000;
/** So .env in the project folder (a real token) is never read. */
const NO_DOTENV = { DOTENV_CONFIG_PATH: join(ROOT, ".soak-no-dotenv") };

interface Variant {
  name: string;
  command: string[];
  cwd: string;
}

const startCommand = npmScript("start")
  .replace(/^exec\s+/, "")
  .split(/\s+/);
const variants: Variant[] = [
  { name: "tsx on src/, node defaults (the old npm start)", command: ["node", "--import", "tsx", "src/discord/main.ts"], cwd: ROOT },
  { name: "compiled, node defaults", command: ["node", "dist/discord/main.js"], cwd: ROOT },
  { name: `npm start (${startCommand.join(" ")})`, command: startCommand, cwd: ROOT },
  ...options.with.map((flags) => ({ name: `compiled, ${flags}`, command: ["node", ...flags.split(/\s+/), "dist/discord/main.js"], cwd: ROOT })),
].filter((v, i, all) => all.findIndex((o) => o.command.join(" ") === v.command.join(" ")) === i);
if (options["baseline-dir"])
  variants.unshift({
    name: `before: tsx in ${options["baseline-dir"]}`,
    command: ["node", "--import", "tsx", "src/discord/main.ts"],
    cwd: options["baseline-dir"],
  });
const selected = onlyWords ? variants.filter((v) => onlyWords.some((word) => v.name.includes(word))) : variants;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const titles = [...(await loadKnowledge(undefined, options.curated ? { occupationsFile: null } : {})).roles.values()].map((role) => role.title);

async function withFake<T>(run: (fake: FakeDiscord) => Promise<T>): Promise<T> {
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 10_000 });
  try {
    await deployCommands(
      loadSettings({
        env: { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, DISCORD_CLIENT_ID: fake.ids.application, DISCORD_GUILD_ID: fake.ids.guild },
        dotenv: false,
      }),
    );
    return await run(fake);
  } finally {
    await fake.close();
  }
}

function botEnv(fake: FakeDiscord): Record<string, string> {
  return {
    ...NO_DOTENV,
    ...(options["node-options"] ? { NODE_OPTIONS: options["node-options"] } : {}),
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    ASK_CHANNEL_IDS: fake.ids.otherTextChannel,
    LOG_LEVEL: "warn",
    ...(options.curated ? { OCCUPATIONS_FILE: "off" } : {}),
    ...(options["no-charts"] ? { PAY_CHARTS: "off" } : {}),
    ...Object.fromEntries(options.env.map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)])),
  };
}

/** Milliseconds from spawn to the gateway IDENTIFY, then a clean stop. */
async function timeToIdentify(variant: Variant): Promise<number> {
  return withFake(async (fake) => {
    const started = performance.now();
    const bot = startBotProcess(variant.command, { cwd: variant.cwd, env: botEnv(fake) });
    await fake.waitUntil(() => fake.identifies >= 1, 60_000, "IDENTIFY");
    const ms = performance.now() - started;
    await bot.stop();
    return ms;
  });
}

interface SoakResult {
  rssMb: Map<number, number>;
  /** The processes the bot started (the pay chart renderer), added up, at the same checkpoints. */
  childRssMb: Map<number, number>;
  /** Proportional set size of the bot and its processes together (shared pages counted once). */
  pssMb: Map<number, number>;
  leftRunning: number[];
  /** CPU seconds spent on the events (from the 0 checkpoint to the last): the bot's, and its renderer's. */
  cpu: { bot: number; children: number };
  interactions: number;
  acked: number;
  ackMs: number[];
  exitCode: number | null;
  problems: string[];
}

async function soak(variant: Variant): Promise<SoakResult> {
  return withFake(async (fake) => {
    const bot = startBotProcess(variant.command, { cwd: variant.cwd, env: botEnv(fake) });
    await fake.waitUntil(() => fake.identifies >= 1 && fake.connected, 60_000, "IDENTIFY");
    const warm = fake.dispatchInteraction(fake.chatInputInteraction({ name: "help" }));
    await fake.waitForInteractionCallback(warm.id, 60_000);
    fake.clearRequests();
    await sleep(1_000);
    const rssMb = new Map([[0, bot.rssMb()]]);
    const childRssMb = new Map([[0, bot.childrenRssMb()]]);
    const pssMb = new Map([[0, bot.totalPssMb()]]);
    const cpuAtStart = bot.cpuSeconds();
    let cpu = { bot: 0, children: 0 };

    const buttonIds: string[] = [];
    const next = createEventMix({ fake, random: createRandom(7), titles, buttonIds, askChannelId: fake.ids.otherTextChannel });
    let inFlight = 0;
    let settled: () => void = () => {};
    const ackMs: number[] = [];
    let interactions = 0;
    const drain = async (limit: number) => {
      while (inFlight > limit) await new Promise<void>((resolve) => (settled = resolve));
    };
    for (let i = 1; i <= EVENTS; i++) {
      await drain(MAX_IN_FLIGHT - 1);
      const event = next();
      if (event.kind === "interaction") {
        const payload = event.build();
        const sent = performance.now();
        fake.dispatchInteraction(payload);
        interactions++;
        inFlight++;
        fake
          .waitForInteractionCallback(payload.id, ACK_TIMEOUT_MS)
          .then((callback) => {
            ackMs.push(performance.now() - sent);
            const rows = (callback.body as { data?: { components?: { components?: { custom_id?: string }[] }[] } }).data?.components ?? [];
            for (const id of rows.flatMap((row) => row.components ?? []).map((c) => c.custom_id)) if (id && buttonIds.length < 300) buttonIds.push(id);
          })
          .catch(() => {}) // counted as not acknowledged
          .finally(() => {
            inFlight--;
            settled();
          });
      } else {
        event.send();
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (i % 100 === 0) fake.clearRequests(); // waiters are registered; the log itself is not needed
      if (CHECKPOINTS.includes(i)) {
        await drain(0);
        await sleep(1_000);
        rssMb.set(i, bot.rssMb());
        childRssMb.set(i, bot.childrenRssMb());
        pssMb.set(i, bot.totalPssMb());
        const now = bot.cpuSeconds();
        cpu = { bot: now.bot - cpuAtStart.bot, children: now.children - cpuAtStart.children };
        if (options["snapshot-signal"]) bot.child.kill("SIGUSR2");
        process.stderr.write(`  ${variant.name}: ${i} events, RSS ${rssMb.get(i)!.toFixed(0)} MB + renderer ${childRssMb.get(i)!.toFixed(0)} MB\n`);
      }
    }
    const exitCode = await bot.stop();
    return { rssMb, childRssMb, pssMb, cpu, leftRunning: bot.leftRunning(), interactions, acked: ackMs.length, ackMs, exitCode, problems: bot.problems() };
  });
}

ensureBuilt();
const STARTS = Number(options.starts);
console.log(
  `Soak: ${EVENTS} mixed gateway events per run, at most ${MAX_IN_FLIGHT} interactions awaiting acknowledgement at once; spawn-to-IDENTIFY median of ${STARTS} starts.`,
);
const rows: string[][] = [];
for (const variant of selected) {
  const identify: number[] = [];
  for (let i = 0; i < STARTS; i++) identify.push(await timeToIdentify(variant));
  const result = await soak(variant);
  const sorted = Float64Array.from(result.ackMs).sort();
  rows.push([
    variant.name,
    STARTS ? `${(median(identify) / 1000).toFixed(2)} s` : "-",
    ...[0, ...CHECKPOINTS].map((n) => {
      const bot = result.rssMb.get(n);
      const renderer = result.childRssMb.get(n) ?? 0;
      const pss = result.pssMb.get(n) ?? 0;
      return bot === undefined ? "?" : `${bot.toFixed(0)} + ${renderer.toFixed(0)} = ${(bot + renderer).toFixed(0)} (PSS ${pss.toFixed(0)})`;
    }),
    `${result.acked}/${result.interactions}`,
    `${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} ms`,
    `${result.cpu.bot.toFixed(1)} / ${result.cpu.children.toFixed(1)} s`,
    `${result.exitCode}${result.leftRunning.length ? `, ${result.leftRunning.length} left running` : ", none left"}`,
  ]);
  if (result.problems.length) console.log(`${variant.name}: ${result.problems.length} warnings/errors logged, first: ${result.problems[0]!.slice(0, 300)}`);
}
const header = [
  "start",
  "spawn→IDENTIFY",
  ...[0, ...CHECKPOINTS].map((n) => `RSS MB @${n / 1000}k: bot + renderer = sum (PSS of both)`),
  "interactions acked",
  "ack p50 / p99",
  "CPU over the events: bot / renderer",
  "exit on SIGTERM, processes left",
];
console.log(`\n| ${header.join(" | ")} |\n| ${header.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("\nGoal (issue 7): RSS <= 150 MB after 10,000 events with every interaction acknowledged (the bot's; the total is shown beside it).");
