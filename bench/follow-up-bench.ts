// `node --import tsx bench/follow-up-bench.ts`: what reading a message in the context of a previous
// answer costs. Each follow-up ("what about pay?" after office manager vs operations manager salary)
// is timed against its baseline: the same question typed in full, with no context, which gets the
// same answer. The difference is the follow-up merge (a second look at the words for aspect and
// cue words). Prints numbers; never fails.
import { performance } from "node:perf_hooks";
import { loadEngine, type FollowUpContext } from "../src/engine.js";
import { median } from "./measure.js";

const CONTEXT: FollowUpContext = { roleIds: ["office-manager", "operations-manager"], aspect: "salary" };
/** A follow-up and the question a member would otherwise have typed for the same answer. */
const PAIRS: [followUp: string, inFull: string][] = [
  ["what about pay?", "office manager vs operations manager pay?"],
  ["and the skills?", "office manager vs operations manager skills?"],
  ["which pays more?", "office manager or operations manager, which pays more?"],
  ["what about a receptionist?", "office manager vs receptionist salary?"],
  ["vs a bookkeeper?", "office manager vs operations manager vs bookkeeper salary?"],
  ["what about a receptionist instead of the office manager?", "receptionist vs operations manager salary?"],
];
const ROUNDS = 5;
const ASKS_PER_ROUND = 3000;

const engine = await loadEngine();

// Same answers both ways, or the comparison would mean nothing.
for (const [followUp, inFull] of PAIRS) {
  const a = engine.ask(followUp, { context: CONTEXT }).answer;
  const b = engine.ask(inFull).answer;
  if (a.heading !== b.heading) console.log(`note: "${followUp}" -> ${a.heading}; "${inFull}" -> ${b.heading}`);
}

function timeRound(ask: (i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < ASKS_PER_ROUND; i++) ask(i % PAIRS.length);
  return ((performance.now() - start) * 1000) / ASKS_PER_ROUND;
}

function measure(label: string, ask: (i: number) => unknown): number {
  timeRound(ask); // warm-up
  const perAskUs = median(Array.from({ length: ROUNDS }, () => timeRound(ask)));
  console.log(`${label.padEnd(48)} ${perAskUs.toFixed(1).padStart(7)} µs per ask (median of ${ROUNDS} rounds of ${ASKS_PER_ROUND})`);
  return perAskUs;
}

console.log(`Full knowledge: ${engine.summary.roles.toLocaleString("en-US")} roles; ${PAIRS.length} follow-ups in turn.`);
const inFull = measure("baseline: the question typed in full", (i) => engine.ask(PAIRS[i]![1]));
const followUp = measure("the follow-up, with the answer's context", (i) => engine.ask(PAIRS[i]![0], { context: CONTEXT }));
console.log(`Follow-up vs typed in full: ${(followUp - inFull).toFixed(1)} µs per message (${((followUp / inFull - 1) * 100).toFixed(0)}%).`);
