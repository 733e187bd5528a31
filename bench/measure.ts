// Timing and memory helpers for the benchmark: per-ask latencies with process.hrtime.bigint, rounds,
// medians, percentiles and heap after a forced GC.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Random } from "./random.js";

/** The forced GC: `node --expose-gc`, or switched on at run time when the flag was not given. */
export function getGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

const gc = getGc();

/** heapUsed in bytes after two forced collections (the second frees what finalizers released). */
export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** One question's times, in µs: wall, CPU of the process (every thread), CPU of the main thread (null off Linux; see thread-cpu.ts). */
export interface Timing {
  kind: string;
  us: number;
  cpuUs: number;
  mainUs: number | null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LatencyStats {
  /** Asks timed, over all rounds. */
  asks: number;
  rounds: number;
  /** Median over rounds of asks / round wall time. */
  qps: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  maxUs: number;
  /** Lowest and highest per-round p99: how stable the p99 is. */
  p99RangeUs: [number, number];
  /** Percentiles are medians of per-round values, or pooled over all rounds when rounds are too short for a p99. */
  percentilesFrom: "round medians" | "pooled";
  /** Per question class (when a classifier is given): asks and pooled p50/p99. */
  byClass: Record<string, { asks: number; p50Us: number; p99Us: number }>;
}

export interface RoundOptions {
  rounds: number;
  /** A round ends after this many asks... */
  asksPerRound: number;
  /** ...or after this long, whichever comes first (slow systems still finish in time). */
  maxSecondsPerRound: number;
}

/**
 * Asks the questions in a fresh shuffled order each round, cycling through them, timing every ask.
 * Throughput is asks over the round's wall time (timer overhead included, about 0.1 µs an ask).
 */
export function measureAsks(
  ask: (q: string) => unknown,
  questions: readonly string[],
  options: RoundOptions,
  random: Random,
  classify?: (q: string) => string,
): LatencyStats {
  const perRound: { asks: number; qps: number; p50: number; p99: number; p999: number; max: number }[] = [];
  const pooled: number[] = [];
  const classOf = new Map(classify ? questions.map((q) => [q, classify(q)] as const) : []);
  const byClass = new Map<string, number[]>();
  let sink = 0;
  for (let round = 0; round < options.rounds; round++) {
    const order = random.shuffle(questions);
    const latencies = new Float64Array(options.asksPerRound);
    const deadline = BigInt(Math.round(options.maxSecondsPerRound * 1e9));
    gc();
    const roundStart = process.hrtime.bigint();
    let n = 0;
    while (n < options.asksPerRound) {
      const start = process.hrtime.bigint();
      const result = ask(order[n % order.length]!);
      const end = process.hrtime.bigint();
      if (result) sink++;
      latencies[n++] = Number(end - start);
      if (end - roundStart > deadline) break;
    }
    const seconds = Number(process.hrtime.bigint() - roundStart) / 1e9;
    if (classify) {
      for (let i = 0; i < n; i++) {
        const name = classOf.get(order[i % order.length]!)!;
        const list = byClass.get(name) ?? [];
        list.push(latencies[i]!);
        byClass.set(name, list);
      }
    }
    const sorted = latencies.subarray(0, n).sort();
    for (const v of sorted) pooled.push(v);
    perRound.push({ asks: n, qps: n / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), p999: percentile(sorted, 99.9), max: sorted[n - 1]! });
  }
  if (sink < 0) console.log(sink);
  const asks = pooled.length;
  // A per-round p99.9 needs at least a thousand asks in every round.
  const roundsLongEnough = perRound.every((r) => r.asks >= 1000);
  const all = Float64Array.from(pooled).sort();
  const us = (ns: number) => ns / 1000;
  const pick = (key: "p50" | "p99" | "p999", p: number) => us(roundsLongEnough ? median(perRound.map((r) => r[key])) : percentile(all, p));
  const p99s = perRound.map((r) => us(r.p99));
  return {
    asks,
    rounds: options.rounds,
    qps: median(perRound.map((r) => r.qps)),
    p50Us: pick("p50", 50),
    p99Us: pick("p99", 99),
    p999Us: pick("p999", 99.9),
    maxUs: us(all[all.length - 1] ?? NaN),
    p99RangeUs: [Math.min(...p99s), Math.max(...p99s)],
    percentilesFrom: roundsLongEnough ? "round medians" : "pooled",
    byClass: Object.fromEntries(
      [...byClass].map(([name, values]) => {
        const sortedValues = Float64Array.from(values).sort();
        return [name, { asks: values.length, p50Us: us(percentile(sortedValues, 50)), p99Us: us(percentile(sortedValues, 99)) }];
      }),
    ),
  };
}

/** Asks every question once, in order, right after start-up: the cost of lazily built indices and cold caches. */
export function firstPass(ask: (q: string) => unknown, questions: readonly string[]): { totalMs: number; maxUs: number } {
  let max = 0;
  const start = process.hrtime.bigint();
  for (const q of questions) {
    const s = process.hrtime.bigint();
    ask(q);
    max = Math.max(max, Number(process.hrtime.bigint() - s));
  }
  return { totalMs: Number(process.hrtime.bigint() - start) / 1e6, maxUs: max / 1000 };
}
