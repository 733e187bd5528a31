// `npm run bench`: speed and memory of the engine, against a naive fuse.js baseline, on (a) the real
// knowledge base and (b) a generated one of 1,000 roles. It prints numbers and the goals beside
// them; it never fails on a number (exit 0 either way). Runs in about a minute on two cores.
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEngine, type Engine } from "../src/engine.js";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { renderJson } from "../src/render/render-json.js";
import { createBaseline, type Baseline } from "./baseline.js";
import { writeGeneratedKnowledge } from "./generate-knowledge.js";
import { generateQuestions } from "./generate-questions.js";
import { firstPass, heapAfterGc, measureAsks, median, type LatencyStats, type RoundOptions } from "./measure.js";
import { createRandom } from "./random.js";
import { accuracy, readLabelled, type Accuracy, type LabelledQuestion, type Prediction } from "./score.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REAL_DATA = join(ROOT, "data");
const DEV = readLabelled(join(ROOT, "..", "shared", "eval", "dev.jsonl"));
const HELDOUT = readLabelled(join(ROOT, "test", "eval", "heldout.jsonl"));

const GENERATED_ROLES = 1000;
const GENERATED_QUESTIONS = 2000;
const STARTUP_RUNS = 5;
/** Engine: 5 x 5,000 = 25,000 timed asks per knowledge base, unless a round runs past 4 s. */
const ENGINE_ROUNDS: RoundOptions = { rounds: 5, asksPerRound: 5000, maxSecondsPerRound: 4 };
/** The engine on the 1,000-role base with the real questions (dev + heldout), briefly. */
const OTHER_MIX_ROUNDS: RoundOptions = { rounds: 3, asksPerRound: 2000, maxSecondsPerRound: 2 };
/** The baseline is orders of magnitude slower: its rounds are cut by time. */
const BASELINE_ROUNDS: RoundOptions = { rounds: 5, asksPerRound: 5000, maxSecondsPerRound: 1.5 };

const GOALS = {
  p99RealUs: 1000,
  p99GeneratedUs: 2000,
  speedupGenerated: 20,
};

/** Shuffles; the generated knowledge base and questions have their own seed, so they never change. */
const random = createRandom(20240601);
const generatorRandom = createRandom(1000);
const MB = 1024 * 1024;

function enginePrediction(engine: Engine) {
  return (q: string): Prediction => {
    const { parsed, answer } = engine.ask(q);
    const json = renderJson(q, parsed, answer);
    return { intent: json.intent, roles: json.roles, aspect: json.aspect };
  };
}

interface SideResult {
  startupMs: number;
  /** The untimed JIT-warming run: for (a), the first load in a fresh process. */
  startupFirstMs: number;
  startupRunsMs: number[];
  /** Process heapUsed after a forced GC, with the engine (or baseline) loaded. */
  heapUsedAfterLoadMB: number;
  /** What the loaded engine (or baseline) itself retains. */
  retainedAfterLoadMB: number;
  /** ...and after warm-up, with its lazily built indices and caches. */
  retainedAfterWarmupMB?: number;
  /** Largest single ask while asking every question once right after start-up (lazy indices, cold caches). */
  firstPassMaxUs?: number;
  latency: LatencyStats;
  accuracy: Record<string, Accuracy>;
}

interface KbResult {
  label: string;
  roles: number;
  names: number;
  questions: number;
  /** Share of the mix the engine reads as naming an unknown role. */
  unknownShare: number;
  engine: SideResult;
  baseline: SideResult;
  speedup: number;
  otherMixLatency?: LatencyStats;
}

/**
 * One timed load, with heapUsed (after forced GC) just before and just after it. The result goes
 * to `holder`, never into a local of a suspended async frame: a local there would keep the previous
 * run's result alive and hide it from the heap figures.
 */
const holder: { value?: unknown } = {};
async function timedLoad(load: () => Promise<unknown>): Promise<{ ms: number; before: number; after: number }> {
  holder.value = undefined;
  const before = heapAfterGc();
  const start = process.hrtime.bigint();
  holder.value = await load();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, before, after: heapAfterGc() };
}

/**
 * Start-up: the median of STARTUP_RUNS, after one untimed run that warms the JIT. Heap: heapUsed with
 * the last run's result loaded, and what it retains (that minus the heap just before loading it, the
 * previous one already dropped and the JIT warm, so compiled code and module state are not counted).
 */
async function startups(load: () => Promise<unknown>): Promise<{ runs: number[]; firstMs: number; heapUsed: number; retained: number }> {
  const first = await timedLoad(load);
  const runs: number[] = [];
  let last = first;
  for (let i = 0; i < STARTUP_RUNS; i++) {
    last = await timedLoad(load);
    runs.push(last.ms);
  }
  return { runs, firstMs: first.ms, heapUsed: last.after, retained: last.after - last.before };
}

/** The last loaded engine or baseline, handed over once. */
function takeLoaded<T>(): T {
  const value = holder.value as T;
  holder.value = undefined;
  return value;
}

async function benchKnowledge(
  label: string,
  dataDir: string,
  mix: readonly string[],
  labelled: Record<string, readonly LabelledQuestion[]>,
  baselineLabelled: Record<string, readonly LabelledQuestion[]>,
  /** Another mix to time the engine on, more briefly (the real questions against the big base). */
  otherMix?: readonly string[],
): Promise<KbResult> {
  process.stderr.write(`[bench] ${label}: engine start-up\n`);
  // Engine: load + validate + cross-check + build the parser index.
  const engineStartup = await startups(() => loadEngine(dataDir));
  let engine: Engine | undefined = takeLoaded<Engine>();
  const first = firstPass((q) => engine!.ask(q), mix);
  const warmup = { rounds: 1, asksPerRound: Math.max(3000, mix.length * 2), maxSecondsPerRound: 3 };
  measureAsks((q) => engine!.ask(q), mix, warmup, random);
  // What asking adds (lazily built fuse indices, the typo cache): measured on a fresh engine, once
  // the JIT has compiled the ask path, so compiled code is not counted. It is the one timed below.
  engine = undefined;
  engine = await loadEngine(dataDir);
  const heapCold = heapAfterGc();
  measureAsks((q) => engine!.ask(q), mix, warmup, random);
  const warmupGrowth = heapAfterGc() - heapCold;
  // Unknown-role questions take a different, slower path (suggestions): timed as their own class too.
  const classes = new Map(mix.map((q) => [q, engine!.ask(q).parsed.intent === "unknown" ? "unknown" : "other"] as const));
  const classify = (q: string) => classes.get(q)!;
  process.stderr.write(`[bench] ${label}: engine asks\n`);
  const engineLatency = measureAsks((q) => engine!.ask(q), mix, ENGINE_ROUNDS, random, classify);
  const otherMixLatency = otherMix ? measureAsks((q) => engine!.ask(q), otherMix, OTHER_MIX_ROUNDS, random) : undefined;
  const engineAccuracy: Record<string, Accuracy> = {};
  for (const [name, items] of Object.entries(labelled)) engineAccuracy[name] = accuracy(items, enginePrediction(engine));
  const { roles, names } = engine.summary;
  engine = undefined;

  process.stderr.write(`[bench] ${label}: baseline\n`);
  // Baseline: the same loading, then one fuse.js index over titles and aliases.
  const baselineStartup = await startups(async () => createBaseline(await loadKnowledge(dataDir)));
  let baseline: Baseline | undefined = takeLoaded<Baseline>();
  measureAsks((q) => baseline!.ask(q), mix, { rounds: 1, asksPerRound: mix.length, maxSecondsPerRound: 1 }, random);
  const baselineLatency = measureAsks((q) => baseline!.ask(q), mix, BASELINE_ROUNDS, random, classify);
  const baselineAccuracy: Record<string, Accuracy> = {};
  for (const [name, items] of Object.entries(baselineLabelled)) baselineAccuracy[name] = accuracy(items, baseline.ask);
  baseline = undefined;

  return {
    label,
    roles,
    names,
    questions: mix.length,
    unknownShare: [...classes.values()].filter((c) => c === "unknown").length / mix.length,
    engine: {
      startupMs: median(engineStartup.runs),
      startupFirstMs: engineStartup.firstMs,
      startupRunsMs: engineStartup.runs,
      heapUsedAfterLoadMB: engineStartup.heapUsed / MB,
      retainedAfterLoadMB: engineStartup.retained / MB,
      retainedAfterWarmupMB: (engineStartup.retained + warmupGrowth) / MB,
      firstPassMaxUs: first.maxUs,
      latency: engineLatency,
      accuracy: engineAccuracy,
    },
    baseline: {
      startupMs: median(baselineStartup.runs),
      startupFirstMs: baselineStartup.firstMs,
      startupRunsMs: baselineStartup.runs,
      heapUsedAfterLoadMB: baselineStartup.heapUsed / MB,
      retainedAfterLoadMB: baselineStartup.retained / MB,
      latency: baselineLatency,
      accuracy: baselineAccuracy,
    },
    speedup: engineLatency.qps / baselineLatency.qps,
    ...(otherMixLatency ? { otherMixLatency } : {}),
  };
}

// ---------------------------------------------------------------------------------------------- run

const started = Date.now();
const load = loadavg()[0]!;
const results: KbResult[] = [];

results.push(
  await benchKnowledge(
    "(a) real data",
    REAL_DATA,
    [...DEV, ...HELDOUT].map((i) => i.q),
    { dev: DEV, heldout: HELDOUT },
    { dev: DEV, heldout: HELDOUT },
  ),
);

const tempDir = await mkdtemp(join(tmpdir(), "rolecompare-bench-"));
try {
  process.stderr.write(`[bench] generating ${GENERATED_ROLES} roles in ${tempDir}\n`);
  const generated = await writeGeneratedKnowledge({
    realDataDir: REAL_DATA,
    outDir: tempDir,
    totalRoles: GENERATED_ROLES,
    random: generatorRandom,
    avoidPhrasesIn: [...DEV, ...HELDOUT].map((i) => i.q),
  });
  const questions = generateQuestions(generated.roles, GENERATED_QUESTIONS, generatorRandom);
  results.push(
    await benchKnowledge(
      `(b) ${GENERATED_ROLES} roles`,
      tempDir,
      [...questions.map((i) => i.q), ...DEV.map((i) => i.q)],
      { dev: DEV, heldout: HELDOUT, generated: questions },
      // The baseline takes a quarter of a second a question here: a sample keeps the run short.
      { generated: questions.slice(0, 40) },
      [...DEV, ...HELDOUT].map((i) => i.q),
    ),
  );
} finally {
  await rm(tempDir, { recursive: true, force: true });
}

// -------------------------------------------------------------------------------------------- print

const [real, big] = results as [KbResult, KbResult];
const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const pct = (a: Accuracy | undefined) => (a ? `${(a.accuracy * 100).toFixed(1)}% (${a.right}/${a.total})` : "-");
const verdict = (ok: boolean) => (ok ? "goal met" : "goal MISSED");

const classP = (s: SideResult, name: string, key: "p50Us" | "p99Us") => f1(s.latency.byClass[name]?.[key] ?? NaN);
const rows: [string, (s: SideResult) => string][] = [
  ["start-up ms (median of 5)", (s) => f1(s.startupMs)],
  ["start-up ms, first run", (s) => f1(s.startupFirstMs)],
  ["heapUsed after load MB", (s) => f1(s.heapUsedAfterLoadMB)],
  ["  retained by it MB", (s) => f1(s.retainedAfterLoadMB)],
  ["  retained after warm-up MB", (s) => (s.retainedAfterWarmupMB === undefined ? "-" : f1(s.retainedAfterWarmupMB))],
  ["questions / second", (s) => f0(s.latency.qps)],
  ["p50 µs", (s) => f1(s.latency.p50Us)],
  ["p99 µs", (s) => f1(s.latency.p99Us)],
  ["p99 µs, range over rounds", (s) => `${f0(s.latency.p99RangeUs[0])}-${f0(s.latency.p99RangeUs[1])}`],
  ["p99.9 µs", (s) => f1(s.latency.p999Us)],
  ["max µs", (s) => f0(s.latency.maxUs)],
  ["unknown-role qs: p50 µs", (s) => classP(s, "unknown", "p50Us")],
  ["other qs: p99 µs", (s) => classP(s, "other", "p99Us")],
  ["first pass, max µs", (s) => (s.firstPassMaxUs === undefined ? "-" : f0(s.firstPassMaxUs))],
  ["asks timed", (s) => `${f0(s.latency.asks)}${s.latency.percentilesFrom === "pooled" ? " (pooled)" : ""}`],
  ["accuracy dev", (s) => pct(s.accuracy.dev)],
  ["accuracy heldout", (s) => pct(s.accuracy.heldout)],
  ["accuracy generated", (s) => pct(s.accuracy.generated)],
];

const W = [28, 19, 19, 19, 19];
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(W[i]!) : c.padStart(W[i]!))).join(" ");
const out: string[] = [];
out.push(`RoleCompare benchmark: node ${process.version}, ${availableParallelism()} CPUs, load average ${load.toFixed(2)} at start`);
const unknownPct = (r: KbResult) => `${(r.unknownShare * 100).toFixed(1)}% unknown-role`;
out.push(`(a) ${real.roles} roles, ${real.names} names; mix = dev + heldout (${real.questions} questions, ${unknownPct(real)})`);
out.push(
  `(b) ${big.roles} roles (${big.roles - real.roles} generated), ${big.names} names; mix = ${GENERATED_QUESTIONS} generated (20% chit-chat, typos, aliases) + dev (${big.questions} questions, ${unknownPct(big)})`,
);
out.push("");
out.push(line(["", "(a) engine", "(a) baseline", "(b) engine", "(b) baseline"]));
for (const [name, get] of rows) out.push(line([name, get(real.engine), get(real.baseline), get(big.engine), get(big.baseline)]));
out.push(line(["engine / baseline qps", `${f1(real.speedup)}x`, "", `${f1(big.speedup)}x`, ""]));
const other = big.otherMixLatency;
if (other) {
  out.push(
    `(b) engine on the (a) mix, dev + heldout (${(real.unknownShare * 100).toFixed(1)}% unknown-role): ${f0(other.qps)} q/s, p50 ${f1(other.p50Us)} µs, ` +
      `p99 ${f1(other.p99Us)} µs (${f0(other.asks)} asks${other.percentilesFrom === "pooled" ? ", pooled" : ""}) -> p99 goal at ${big.roles} roles ${other.p99Us < GOALS.p99GeneratedUs ? "met" : "MISSED"} on this mix`,
  );
}
out.push("");
out.push("Goals");
out.push(`  p99 < ${GOALS.p99RealUs} µs on the real data:        ${f1(real.engine.latency.p99Us)} µs  ${verdict(real.engine.latency.p99Us < GOALS.p99RealUs)}`);
out.push(
  `  p99 < ${GOALS.p99GeneratedUs} µs at ${big.roles} roles:          ${f1(big.engine.latency.p99Us)} µs  ${verdict(big.engine.latency.p99Us < GOALS.p99GeneratedUs)}`,
);
out.push(`  engine >= ${GOALS.speedupGenerated}x baseline at ${big.roles} roles:  ${f1(big.speedup)}x  ${verdict(big.speedup >= GOALS.speedupGenerated)}`);
out.push("");
out.push(
  `Notes: latencies are engine.ask (parse + compose answer) and baseline.ask, per ask with process.hrtime.bigint; medians of ${ENGINE_ROUNDS.rounds} rounds. ` +
    `Baseline rounds stop after ${BASELINE_ROUNDS.maxSecondsPerRound} s, so its percentiles are pooled over few asks; its (b) accuracy is on the first 40 generated questions only; it keeps only its index (it composes no answer). ` +
    `"Retained" is heapUsed (after forced GC) with it loaded minus the same just before loading it, JIT warm. Total run ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(out.join("\n"));

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const side = (s: SideResult) => ({
  startupMs: round(s.startupMs),
  startupFirstMs: round(s.startupFirstMs),
  startupRunsMs: s.startupRunsMs.map((n) => round(n)),
  heapUsedAfterLoadMB: round(s.heapUsedAfterLoadMB, 2),
  retainedAfterLoadMB: round(s.retainedAfterLoadMB, 2),
  ...(s.retainedAfterWarmupMB === undefined ? {} : { retainedAfterWarmupMB: round(s.retainedAfterWarmupMB, 2) }),
  ...(s.firstPassMaxUs === undefined ? {} : { firstPassMaxUs: round(s.firstPassMaxUs) }),
  qps: round(s.latency.qps),
  p50Us: round(s.latency.p50Us),
  p99Us: round(s.latency.p99Us),
  p99RangeUs: s.latency.p99RangeUs.map((n) => round(n)),
  p999Us: round(s.latency.p999Us),
  maxUs: round(s.latency.maxUs),
  asks: s.latency.asks,
  percentilesFrom: s.latency.percentilesFrom,
  byClass: Object.fromEntries(Object.entries(s.latency.byClass).map(([k, c]) => [k, { asks: c.asks, p50Us: round(c.p50Us), p99Us: round(c.p99Us) }])),
  accuracy: Object.fromEntries(Object.entries(s.accuracy).map(([k, a]) => [k, { accuracy: round(a.accuracy, 3), right: a.right, total: a.total }])),
});
const json = {
  bench: "rolecompare",
  node: process.version,
  cpus: availableParallelism(),
  loadAverage: round(load, 2),
  date: new Date().toISOString(),
  totalSeconds: round((Date.now() - started) / 1000),
  goals: {
    p99RealUs: { goal: GOALS.p99RealUs, value: round(real.engine.latency.p99Us), met: real.engine.latency.p99Us < GOALS.p99RealUs },
    p99GeneratedUs: { goal: GOALS.p99GeneratedUs, value: round(big.engine.latency.p99Us), met: big.engine.latency.p99Us < GOALS.p99GeneratedUs },
    speedupGenerated: { goal: GOALS.speedupGenerated, value: round(big.speedup), met: big.speedup >= GOALS.speedupGenerated },
  },
  real: {
    roles: real.roles,
    names: real.names,
    questions: real.questions,
    unknownShare: round(real.unknownShare, 3),
    engine: side(real.engine),
    baseline: side(real.baseline),
    speedup: round(real.speedup),
  },
  generated: {
    roles: big.roles,
    names: big.names,
    questions: big.questions,
    unknownShare: round(big.unknownShare, 3),
    engine: side(big.engine),
    baseline: side(big.baseline),
    speedup: round(big.speedup),
    ...(other
      ? {
          engineOnRealMix: {
            qps: round(other.qps),
            p50Us: round(other.p50Us),
            p99Us: round(other.p99Us),
            p999Us: round(other.p999Us),
            asks: other.asks,
            percentilesFrom: other.percentilesFrom,
          },
        }
      : {}),
  },
};
console.log(`BENCH_JSON ${JSON.stringify(json)}`);
