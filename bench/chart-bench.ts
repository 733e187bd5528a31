// `npm run bench:chart`: pay chart rendering speed, beside naive baselines in the same run.
// - uncached: one render of a pair not drawn before (spec -> canvas -> PNG), stage by stage; one
//   long-lived Vega View per chart shape gets each chart's data, the PNG is drawn every time;
// - before: the previous pipeline on the same pairs (Vega's SVG string -> resvg, which parses the
//   font files again for every picture);
// - naive: parsing the Vega specification afresh for every chart (a fresh View on a fresh
//   runtime), with no PNG cache;
// - cached: the renderer's (roles, release, units) cache, every request a hit;
// - a request mix where popular pairs are asked again and again: naive vs the cached renderer.
// Wall time and this process's CPU time are both printed: on a shared machine wall time includes
// waiting for a core. Goal: uncached p99 <= 50 ms. Never fails on a number (exit 0 either way).
import { availableParallelism, loadavg } from "node:os";
import type { Canvas } from "@napi-rs/canvas";
import type { Runtime } from "vega";
import type { Answer } from "../src/answers/answer.js";
import { loadEngine } from "../src/engine.js";
import { createPayChartRenderer, drawPayChart } from "../src/render/chart/pay-chart-renderer.js";
import { payChartSpec, type PayChartSpec } from "../src/render/chart/pay-chart-spec.js";
import { payChartVega } from "../src/render/chart/pay-chart-vega.js";
import { canvasToPng, PNG_SCALE } from "../src/render/chart/canvas-to-png.js";
import { warmUpSpecs } from "../src/render/chart/chart-warm-up.js";
import { parseChartSpec, createView, drawView, type ChartView } from "../src/render/chart/vega-to-canvas.js";
import { drawSvg, svgToPng } from "./chart/resvg-baseline.js";
import { percentile } from "./measure.js";
import { createRandom } from "./random.js";

const GOAL_P99_MS = 50;
const WARMUP = 15;
const UNCACHED = 120;
const MIX_REQUESTS = 400;

// The curated roles: their pairs are the pay answers members ask for most.
const engine = await loadEngine(undefined, { occupationsFile: null });
const random = createRandom(1207);
const ids = [...engine.roleIds];
const pairs: Answer[] = [];
for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push(engine.compare([ids[i]!, ids[j]!], "salary"));
const answers = random.shuffle(pairs);

interface Sample {
  wall: number;
  cpu: number;
}
async function time(work: () => unknown): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
function stats(values: readonly number[]): { p50: number; p99: number } {
  const sorted = Float64Array.from(values).sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
function row(name: string, samples: readonly Sample[]): { p50: number; p99: number } {
  const wall = stats(samples.map((s) => s.wall));
  const cpu = stats(samples.map((s) => s.cpu));
  console.log(`${name.padEnd(46)} wall p50 ${ms(wall.p50)} p99 ${ms(wall.p99)}   cpu p50 ${ms(cpu.p50)} p99 ${ms(cpu.p99)}`);
  return wall;
}
const sum = (samples: readonly Sample[]) => samples.reduce((a, s) => a + s.wall, 0);

async function naiveDraw(spec: PayChartSpec): Promise<Buffer> {
  const chart = payChartVega(spec);
  return canvasToPng(await drawView(createView(parseChartSpec(chart.spec)), chart.data, PNG_SCALE, chart.signals));
}

console.log(
  `Pay chart rendering: ${UNCACHED} pairs not drawn before; a ${MIX_REQUESTS}-request mix over 60 popular pairs. Load average ${loadavg()[0]!.toFixed(1)} on this machine.`,
);
for (const answer of answers.slice(0, WARMUP)) await drawPayChart(payChartSpec(answer));

// What the renderer does, stage by stage: one long-lived View (with its canvas) per chart shape.
const views = new Map<string, ChartView>();
const viewFor = (chart: ReturnType<typeof payChartVega>) => {
  const key = JSON.stringify(chart.spec);
  return views.get(key) ?? views.set(key, createView(parseChartSpec(chart.spec))).get(key)!;
};
// As the bot does once online (chart-warm-up.ts): every shape's View is built before members ask.
for (const spec of warmUpSpecs()) {
  const chart = payChartVega(spec);
  await canvasToPng(await drawView(viewFor(chart), chart.data, PNG_SCALE, chart.signals));
}
const stages = { spec: [] as Sample[], draw: [] as Sample[], png: [] as Sample[], total: [] as Sample[] };
const before = { svg: [] as Sample[], png: [] as Sample[], total: [] as Sample[] };
const runtimes = new Map<string, Runtime>();
const pngBytes = { now: [] as number[], before: [] as number[] };
for (const answer of answers.slice(WARMUP, WARMUP + UNCACHED)) {
  let spec!: PayChartSpec;
  let canvas!: Canvas;
  let png!: Buffer;
  const parts = [
    await time(() => (spec = payChartSpec(answer))),
    await time(async () => {
      const chart = payChartVega(spec);
      canvas = await drawView(viewFor(chart), chart.data, PNG_SCALE, chart.signals);
    }),
    await time(async () => (png = await canvasToPng(canvas))),
  ];
  stages.spec.push(parts[0]!);
  stages.draw.push(parts[1]!);
  stages.png.push(parts[2]!);
  stages.total.push({ wall: parts.reduce((a, p) => a + p.wall, 0), cpu: parts.reduce((a, p) => a + p.cpu, 0) });
  pngBytes.now.push(png.byteLength);

  // The previous pipeline on the same chart: runtime compiled once per shape, a fresh View per chart.
  const chart = payChartVega(spec);
  const key = JSON.stringify(chart.spec);
  const runtime = runtimes.get(key) ?? runtimes.set(key, parseChartSpec(chart.spec)).get(key)!;
  let svg = "";
  const old = [
    await time(async () => (svg = await drawSvg(runtime, chart.data, chart.signals))),
    await time(() => pngBytes.before.push(svgToPng(svg).byteLength)),
  ];
  before.svg.push(old[0]!);
  before.png.push(old[1]!);
  before.total.push({ wall: parts[0]!.wall + old[0]!.wall + old[1]!.wall, cpu: parts[0]!.cpu + old[0]!.cpu + old[1]!.cpu });
}
const naiveUncached: Sample[] = [];
for (const answer of answers.slice(WARMUP + UNCACHED, WARMUP + 2 * UNCACHED)) naiveUncached.push(await time(() => naiveDraw(payChartSpec(answer))));

const popular = answers.slice(0, 60);
const mix = Array.from({ length: MIX_REQUESTS }, () => popular[Math.floor(popular.length * random.next() ** 3)]!);
const naiveMix: Sample[] = [];
for (const answer of mix) naiveMix.push(await time(() => naiveDraw(payChartSpec(answer))));
const renderer = createPayChartRenderer();
const cachedMix: Sample[] = [];
for (const answer of mix) cachedMix.push(await time(() => renderer.render(answer)));
const hits: Sample[] = [];
for (const answer of mix) hits.push(await time(() => renderer.render(answer)));

const uncached = row("uncached render (spec -> canvas -> PNG)", stages.total);
row("  stage: chart spec from the answer", stages.spec);
row("  stage: Vega -> canvas (View per shape)", stages.draw);
row("  stage: canvas -> PNG (Skia, off the main thread)", stages.png);
const old = row("before: spec -> SVG -> PNG (resvg)", before.total);
row("  stage: Vega -> SVG (runtime per shape)", before.svg);
row("  stage: SVG -> PNG (resvg, fonts parsed each time)", before.png);
const naive = row("naive uncached (compile + parse every chart)", naiveUncached);
row("cached render (every request a hit)", hits);
row("request mix, naive: draw every request", naiveMix);
row("request mix, bounded cache from cold", cachedMix);
console.log(`Load average at the end: ${loadavg()[0]!.toFixed(1)} (1 min), ${loadavg()[1]!.toFixed(1)} (5 min), on ${availableParallelism()} cores.`);
console.log(`goal uncached wall p99 <= ${GOAL_P99_MS} ms: ${uncached.p99 <= GOAL_P99_MS ? "met" : "NOT met"} (${uncached.p99.toFixed(1)} ms)`);
const kb = (values: number[]) => `${(stats(values).p50 / 1024).toFixed(0)} KB`;
console.log(`PNG size p50: ${kb(pngBytes.now)} (now), ${kb(pngBytes.before)} (before: resvg)`);
console.log(`uncached vs before: ${(old.p50 / uncached.p50).toFixed(1)}x faster at p50, ${(old.p99 / uncached.p99).toFixed(1)}x at p99`);
console.log(
  `uncached vs naive: ${(naive.p50 / uncached.p50).toFixed(1)}x faster at p50; request mix: ${(sum(naiveMix) / sum(cachedMix)).toFixed(1)}x less time in total`,
);
