// `npm run bench`: speed and memory at occupation scale (the full imported knowledge plus the
// curated roles), beside the naive baseline at the same scale in the same run. It prints numbers,
// medians and ratios; it never fails on a number. A few minutes on two cores.
//
//   1. spawn to first answer: `node dist/cli/ask.js "rn vs lpn pay"` (after `npm run build`);
//   2. a fresh process with the bot's memory flags (bench/cold-probe.ts, on the compiled dist/): in-process
//      load and index build, the first question, the bot's warm-up, every question of the mix once (cold) and again (warm), each
//      timed as parse + answer + Discord render, autocomplete over sampled titles;
//   2b. RSS after start, from plain node on dist/ without tsx (bench/start-rss-probe.mjs);
//   3. the baseline (bench/ngram-baseline.ts) on a time-bounded sample, with its accuracy, and the
//      engine's accuracy on the same sample and on every labelled set.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine, type Engine } from "../src/engine.js";
import { defaultOccupationsFile, loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { renderJson } from "../src/render/render-json.js";
import { median, percentile, type Timing } from "./measure.js";
import { createNgramBaseline, HIT_THRESHOLDS, type BaselinePrediction } from "./ngram-baseline.js";
import { labelledSets, questionMix, type LabelledItem } from "./question-mix.js";
import { createRandom } from "./random.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SPAWN_RUNS = 3;
/** The baseline takes up to seconds a question at this scale: it stops after this long. */
const BASELINE_SECONDS = 150;
/** One long message is searched for at most this long; the rest of its n-grams are projected at the measured rate, and said to be. */
const LONG_SECONDS = 20;
/** npm start's node flags (package.json), with MALLOC_ARENA_MAX=2 in the environment. */
const BOT_FLAGS = ["--max-semi-space-size=1", "--max-old-space-size=320", "--heap-growing-percent=20"];
const GOALS = { loadIndexMs: 400, spawnMs: 1000, coldP99Us: 1000, coldP50Us: 100, firstQuestionMs: 20, autocompleteP99Ms: 20, rssMB: 200 };

const started = Date.now();
const loadAverage = loadavg()[0]!;
const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
if (!existsSync(defaultOccupationsFile())) {
  console.log("No imported knowledge (data/imported/occupations.json): run `npm run import-occupations -- --from <folder>` first. Nothing measured.");
  process.exit(0);
}

// ------------------------------------------------------------------ 1. spawn to first answer
function spawnToFirstAnswer(): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(ROOT, "dist/cli/ask.js"), "rn vs lpn pay"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let first: number | undefined;
    child.stdout.on("data", () => (first ??= Number(process.hrtime.bigint() - start) / 1e6));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 && first !== undefined ? resolve(first) : reject(new Error(`ask exited with ${code}`))));
  });
}
const distAsk = join(ROOT, "dist/cli/ask.js");
const distFresh = existsSync(distAsk) && statSync(distAsk).mtimeMs >= statSync(join(ROOT, "src/understanding/role-index.ts")).mtimeMs;
const spawnRuns: number[] = [];
if (distFresh) {
  log("spawn to first answer");
  for (let i = 0; i < SPAWN_RUNS; i++) spawnRuns.push(await spawnToFirstAnswer());
} else log("dist/ is missing or older than src/: run `npm run build` to measure spawn to first answer");

// ------------------------------------------------------------------ 2. the cold process
log("fresh process: load, first question, cold and warm passes, autocomplete");
const probe = spawnSync(process.execPath, [...BOT_FLAGS, "--import", "tsx", join(ROOT, "bench/cold-probe.ts")], {
  cwd: ROOT,
  env: { ...process.env, MALLOC_ARENA_MAX: "2" },
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  stdio: ["ignore", "pipe", "inherit"],
});
if (probe.status !== 0) throw new Error(`bench/cold-probe.ts failed (${probe.status})`);
const cold = JSON.parse(probe.stdout) as {
  loadMs: number;
  indexMs: number;
  firstQuestionMs: number;
  firstQuestionColdMs: number;
  warmUpMs: number;
  warmUpCpuMs: number;
  warmUpQuestions: number;
  rssAfterStartMB: number;
  rssAfterRunMB: number;
  heapUsedMB: number;
  names: number;
  cold: Timing[];
  warm: Timing[];
  firstAutocompleteMs: number;
  autocomplete: number[];
  autocompleteCpu: number[];
};

// ------------------------------------------------------------------ 2b. RSS after start, as the bot has it
const RSS_RUNS = 3;
log(`RSS after start: plain node on dist/ with the bot's flags, ${RSS_RUNS} fresh processes`);
const startRss = Array.from({ length: RSS_RUNS }, () => {
  const run = spawnSync(process.execPath, [...BOT_FLAGS, join(ROOT, "bench/start-rss-probe.mjs")], {
    cwd: ROOT,
    env: { ...process.env, MALLOC_ARENA_MAX: "2" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) throw new Error(`bench/start-rss-probe.mjs failed (${run.status})`);
  return (JSON.parse(run.stdout) as { rssAfterStartMB: number }).rssAfterStartMB;
});
const startRssMedian = median(startRss);

// ------------------------------------------------------------------ 3. accuracy, and the baseline
log("accuracy of the engine on every labelled set");
const sets = labelledSets(ROOT);
const knowledge = await loadKnowledge();
const engine = createEngine(knowledge);
const enginePredict = (e: Engine) => (q: string) => {
  const { parsed, answer } = e.ask(q);
  return renderJson(q, parsed, answer) as unknown as BaselinePrediction;
};

function isRight(item: LabelledItem, got: BaselinePrediction): boolean {
  if (![item.intent, ...(item.accept ?? [])].includes(got.intent)) return false;
  if (got.intent !== "compare" && got.intent !== "profile") return true;
  const have = got.codes.filter((c): c is string => Boolean(c)).map((c) => c.slice(0, 7));
  const rolesOk = item.codes
    ? [...new Set(item.codes)].every((c) => have.includes(c)) && have.length <= item.codes.length
    : [...(item.roles ?? [])].sort().join() === [...got.roles].sort().join();
  return rolesOk && got.aspect === item.aspect;
}
const score = (items: readonly LabelledItem[], predict: (q: string) => BaselinePrediction) =>
  items.filter((i) => isRight(i, predict(i.q.replace(/\n/g, " ")))).length;

const engineAccuracy = Object.entries(sets)
  .filter(([, items]) => items.length)
  .map(([name, items]) => ({ name, right: score(items, enginePredict(engine)), total: items.length }));

log(`baseline: one fuse.js index over every distinct title, every 1-3-word n-gram (stops after ${BASELINE_SECONDS} s)`);
const baselineBuild = process.hrtime.bigint();
const baseline = createNgramBaseline(knowledge);
const baselineBuildMs = Number(process.hrtime.bigint() - baselineBuild) / 1e6;
// A sample of the labelled questions, dev and dev-occupations taking turns so both are in it however
// far the time goes. The searches are the cost; the decision on their hits is then tuned: the
// threshold that scores best on the questions asked (generous to the baseline) is the one reported.
const random = createRandom(99);
const interleave = <T>(a: readonly T[], b: readonly T[]) =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]])
    .flat()
    .filter((x): x is T => x !== undefined);
const sample = [...interleave(random.shuffle(sets.dev!), random.shuffle(sets["dev-occupations"]!)), ...random.shuffle(sets.occupations!)];
const baselineTimes: number[] = [];
const baselineCpu: number[] = [];
const asked: LabelledItem[] = [];
const searches: ReturnType<typeof baseline.search>[] = [];
const deadline = Date.now() + BASELINE_SECONDS * 1000;
for (let i = 0; i < sample.length && Date.now() < deadline; i++) {
  const item = sample[i]!;
  const start = process.hrtime.bigint();
  const found = baseline.search(item.q.replace(/\n/g, " "));
  baseline.decide(found, 0.2);
  baselineTimes.push(Number(process.hrtime.bigint() - start) / 1000);
  baselineCpu.push(found.costUs);
  asked.push(item);
  searches.push(found);
}
const tuning = HIT_THRESHOLDS.map((threshold) => ({
  threshold,
  right: asked.filter((item, i) => isRight(item, baseline.decide(searches[i]!, threshold))).length,
}));
const tuned = tuning.reduce((best, t) => (t.right > best.right ? t : best));
const baselineRight = tuned.right;
// One 2,000-character message, searched for at most LONG_SECONDS: its n-grams are a thousand fuse.js searches.
const longOne = questionMix(sets, createRandom(20260601)).find((m) => m.kind === "long")!;
const longStart = Date.now();
const longSearch = baseline.search(longOne.q, longStart + LONG_SECONDS * 1000);
const longWallMs = Date.now() - longStart;
const longCpuMs = longSearch.costUs / 1000;
const engineOnSample = score(asked, enginePredict(engine));

// ------------------------------------------------------------------ print
const sorted = (values: readonly number[]) => Float64Array.from(values).sort();
const stats = (values: readonly number[]) => {
  const s = sorted(values);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
};
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : "-");
const mark = (ok: boolean) => (ok ? "met" : "MISSED");
const coldAll = stats(cold.cold.map((t) => t.us));
const warmAll = stats(cold.warm.map((t) => t.us));
const coldCpu = stats(cold.cold.map((t) => t.cpuUs));
const warmCpu = stats(cold.warm.map((t) => t.cpuUs));
const mainOf = (times: readonly Timing[]) => stats(times.flatMap((t) => (t.mainUs === null ? [] : [t.mainUs])));
const coldMain = mainOf(cold.cold);
const warmMain = mainOf(cold.warm);
const auto = stats(cold.autocomplete.map((u) => u / 1000));
const autoCpu = stats(cold.autocompleteCpu.map((u) => u / 1000));
const baseAll = stats(baselineTimes);
const baseCpu = stats(baselineCpu);
const longProjectedS = longSearch.complete ? longWallMs / 1000 : ((longCpuMs / 1000) * longSearch.total) / Math.max(1, longSearch.searched);
const kinds = [...new Set(cold.cold.map((t) => t.kind))];
const loadIndex = cold.loadMs + cold.indexMs;
const spawnMedian = spawnRuns.length ? median(spawnRuns) : NaN;

const out: string[] = [];
out.push(`RoleCompare benchmark at occupation scale: node ${process.version}, ${availableParallelism()} CPUs, load average ${loadAverage.toFixed(2)} at start`);
out.push(
  `knowledge: ${knowledge.roles.size} roles (${knowledge.occupationCount} occupations, ${knowledge.curatedCount} curated), ${engine.summary.names} names in the index, ${cold.names} raw names`,
);
out.push(`mix: ${cold.cold.length} distinct questions (${kinds.map((k) => `${cold.cold.filter((t) => t.kind === k).length} ${k}`).join(", ")})`);
out.push("");
out.push("Start-up");
out.push(
  `  spawn to first answer, node dist/cli/ask.js (median of ${SPAWN_RUNS}): ${f1(spawnMedian)} ms  [${spawnRuns.map(f1).join(", ")}]  goal <= ${GOALS.spawnMs}: ${spawnRuns.length ? mark(spawnMedian <= GOALS.spawnMs) : "not measured"}`,
);
out.push(
  `  in process, bot flags: load ${f1(cold.loadMs)} ms + index ${f1(cold.indexMs)} ms = ${f1(loadIndex)} ms  goal <= ${GOALS.loadIndexMs}: ${mark(loadIndex <= GOALS.loadIndexMs)}`,
);
out.push(
  `  first question after start (parse + answer + render): ${f1(cold.firstQuestionMs)} ms  goal <= ${GOALS.firstQuestionMs}: ${mark(cold.firstQuestionMs <= GOALS.firstQuestionMs)}` +
    ` (after the warm-up the bot runs in the background once online: ${cold.warmUpQuestions} questions, ${f1(cold.warmUpMs)} ms wall, ${f1(cold.warmUpCpuMs)} ms CPU; a typo question before it: ${f1(cold.firstQuestionColdMs)} ms)`,
);
out.push(
  `  RSS after start and warm-up, plain node on dist/ (median of ${RSS_RUNS}): ${f1(startRssMedian)} MB  [${startRss.map(f1).join(", ")}]  goal <= ${GOALS.rssMB}: ${mark(startRssMedian <= GOALS.rssMB)}`,
);
out.push(
  `  in the bench process, which carries tsx's loader: ${f1(cold.rssAfterStartMB)} MB after start, ${f1(cold.rssAfterRunMB)} MB after the passes and autocomplete (heap used ${f1(cold.heapUsedMB)} MB)`,
);
out.push("");
out.push("Per question, parse + answer + Discord render (µs). main: CPU time of the main thread, what a member waits for on an idle machine;");
out.push(
  "  cpu: CPU time of the process, every thread, where V8's compiler and GC threads' time lands on a question in lumps of a scheduler tick (4 ms); wall: includes waiting for a CPU",
);
out.push(
  `  ${"".padEnd(50)} ${"n".padStart(5)} ${"main p50".padStart(9)} ${"main p99".padStart(9)} ${"cpu p50".padStart(9)} ${"cpu p99".padStart(9)} ${"wall p50".padStart(9)} ${"wall p99".padStart(9)} ${"wall max".padStart(9)}`,
);
const noMain = stats([]);
const row = (label: string, m: ReturnType<typeof stats>, c: ReturnType<typeof stats>, w: ReturnType<typeof stats>) =>
  `  ${label.padEnd(50)} ${String(w.n).padStart(5)} ${f1(m.p50).padStart(9)} ${f1(m.p99).padStart(9)} ${f1(c.p50).padStart(9)} ${f1(c.p99).padStart(9)} ${f1(w.p50).padStart(9)} ${f1(w.p99).padStart(9)} ${f1(w.max).padStart(9)}`;
const ofKind = (times: readonly Timing[], kind: string) => times.filter((t) => t.kind === kind);
out.push(row("engine, cold pass (each question the first time)", coldMain, coldCpu, coldAll));
for (const kind of kinds) {
  const some = ofKind(cold.cold, kind);
  out.push(row(`  ${kind}`, mainOf(some), stats(some.map((t) => t.cpuUs)), stats(some.map((t) => t.us))));
}
out.push(row("engine, warm pass (the same questions again)", warmMain, warmCpu, warmAll));
out.push(row("baseline, labelled sample (wall: with its n-gram memo)", noMain, baseCpu, baseAll));
out.push(
  `  baseline, one 2,000-character message: ${longSearch.searched} of its ${longSearch.total} n-gram searches in ${f1(longCpuMs / 1000)} s CPU (${f1(longWallMs / 1000)} s wall)${longSearch.complete ? "" : `; at that rate the whole message takes about ${f1(longProjectedS)} s CPU (projected, not measured)`}`,
);
out.push(
  `  goals, cold pass: p99 <= ${GOALS.coldP99Us} µs: main thread ${coldMain.n ? mark(coldMain.p99 <= GOALS.coldP99Us) : "not measured"}, process CPU ${mark(coldCpu.p99 <= GOALS.coldP99Us)}, wall ${mark(coldAll.p99 <= GOALS.coldP99Us)}; p50 <= ${GOALS.coldP50Us} µs: main thread ${coldMain.n ? mark(coldMain.p50 <= GOALS.coldP50Us) : "not measured"}, process CPU ${mark(coldCpu.p50 <= GOALS.coldP50Us)}, wall ${mark(coldAll.p50 <= GOALS.coldP50Us)}`,
);
out.push(`  baseline / engine (cold, CPU): p50 ${f1(baseCpu.p50 / coldCpu.p50)}x, p99 ${f1(baseCpu.p99 / coldCpu.p99)}x`);
out.push("");
out.push(
  `Autocomplete (engine.suggestRoles, ${auto.n} random prefixes of the ${cold.names} raw names): CPU p50 ${f3(autoCpu.p50)} ms, p99 ${f3(autoCpu.p99)} ms; wall p50 ${f3(auto.p50)} ms, p99 ${f3(auto.p99)} ms, max ${f3(auto.max)} ms; first call ${f1(cold.firstAutocompleteMs)} ms  goal p99 <= ${GOALS.autocompleteP99Ms}: ${mark(auto.p99 <= GOALS.autocompleteP99Ms)} (CPU ${mark(autoCpu.p99 <= GOALS.autocompleteP99Ms)})`,
);
out.push("");
out.push("Accuracy");
for (const a of engineAccuracy) out.push(`  engine ${a.name.padEnd(16)} ${f3(a.right / a.total)} (${a.right}/${a.total})`);
out.push(
  `  on the baseline's sample (${asked.length} labelled questions, dev and dev-occupations first): engine ${f3(engineOnSample / asked.length)}, baseline ${f3(baselineRight / asked.length)} (its hit threshold tuned on this sample: ${tuned.threshold})`,
);
out.push(`  baseline by hit threshold: ${tuning.map((t) => `${t.threshold} ${f3(t.right / asked.length)}`).join(", ")}`);
out.push(`  baseline: ${baseline.titles} distinct titles, index built in ${f1(baselineBuildMs)} ms`);
out.push("");
out.push(
  `Notes: one fresh process for the passes (node --max-semi-space-size=1 --max-old-space-size=320 --heap-growing-percent=20, MALLOC_ARENA_MAX=2, as npm start); it runs the compiled dist/ that npm start runs (npm run bench builds it first), and module loading is excluded. Accuracy scored as test/eval/score-set.ts (without acceptAspects/kinds). Total run ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs (wall figures include waiting for a CPU; CPU figures do not).`,
);
console.log(out.join("\n"));
const round = (n: number) => Number(n.toFixed(3));
console.log(
  `BENCH_JSON ${JSON.stringify({
    loadAverage: round(loadAverage),
    spawnToFirstAnswerMs: spawnRuns.map(round),
    loadMs: round(cold.loadMs),
    indexMs: round(cold.indexMs),
    firstQuestionMs: round(cold.firstQuestionMs),
    firstQuestionColdMs: round(cold.firstQuestionColdMs),
    warmUpMs: round(cold.warmUpMs),
    warmUpCpuMs: round(cold.warmUpCpuMs),
    rssAfterStartMB: round(startRssMedian),
    rssAfterStartRunsMB: startRss.map(round),
    rssInBenchProcessMB: round(cold.rssAfterStartMB),
    cold: coldAll,
    coldCpu,
    coldMain,
    warm: warmAll,
    warmCpu,
    warmMain,
    autocompleteMs: auto,
    autocompleteCpuMs: autoCpu,
    baseline: {
      ...baseAll,
      cpu: baseCpu,
      longSearched: longSearch.searched,
      longTotal: longSearch.total,
      longCpuMs: round(longCpuMs),
      longProjectedS: round(longProjectedS),
      threshold: tuned.threshold,
      asked: asked.length,
      accuracy: round(baselineRight / asked.length),
      engineAccuracy: round(engineOnSample / asked.length),
    },
    engineAccuracy,
  })}`,
);
