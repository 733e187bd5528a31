// Run by run-bench.ts in a fresh process with the bot's memory flags: loads the full knowledge,
// answers one question, then every question of the mix once (the cold pass) and again (the warm
// pass), then autocomplete over sampled titles. Prints one JSON object on stdout.
//
// It times the compiled dist/, what `npm start` runs (`npm run bench` builds it first): tsx's
// transform of src/ adds helpers to every function that the bot does not run.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRandom } from "./random.js";
import { labelledSets, questionMix } from "./question-mix.js";
import type { Timing } from "./measure.js";
import { threadClock } from "./thread-cpu.js";

const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url);
if (!existsSync(dist("engine.js"))) {
  console.error("bench/cold-probe.ts times dist/: run `npm run build` first.");
  process.exit(1);
}
const { loadKnowledge } = (await import(dist("knowledge/load-knowledge.js").href)) as typeof import("../src/knowledge/load-knowledge.js");
const { createEngine } = (await import(dist("engine.js").href)) as typeof import("../src/engine.js");
const { entryNames } = (await import(dist("knowledge/role-entry.js").href)) as typeof import("../src/knowledge/role-entry.js");
const { answerEmbeds } = (await import(dist("render/discord/answer-embeds.js").href)) as typeof import("../src/render/discord/answer-embeds.js");
const { CustomIdCodec } = (await import(dist("render/discord/custom-ids.js").href)) as typeof import("../src/render/discord/custom-ids.js");
const { warmUpBot } = (await import(dist("discord/warm-up.js").href)) as typeof import("../src/discord/warm-up.js");

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const AUTOCOMPLETE_SAMPLES = 3000;
const MB = 1024 * 1024;
const now = () => process.hrtime.bigint();
const us = (from: bigint) => Number(now() - from) / 1000;

// The bot holds discord.js too: loaded first, so the RSS figures include it.
await import("discord.js");
const mix = questionMix(labelledSets(ROOT), createRandom(20260601));
const random = createRandom(7);

const t0 = now();
const knowledge = await loadKnowledge();
const loadMs = us(t0) / 1000;
const t1 = now();
const engine = createEngine(knowledge);
const indexMs = us(t1) / 1000;
// What the first member's question costs, before and after the warm-up the bot runs once online.
const firstCold = now();
answerEmbeds(engine.ask("registerd nurse or lpn, which pays more").answer);
const firstQuestionColdMs = us(firstCold) / 1000;
// Exactly what the bot runs once online (src/discord/start-bot.ts).
const warmUp = await warmUpBot(engine, new CustomIdCodec(engine.roleIds));
const t2 = now();
answerEmbeds(engine.ask("rn vs lpn pay").answer);
const firstQuestionMs = us(t2) / 1000;
const rssAfterStartMB = process.memoryUsage().rss / MB;

const mainThread = threadClock();

/**
 * Per question: wall time (on a shared machine it includes waiting for a CPU), CPU time of the
 * process (every thread), and CPU time of the main thread alone (null off Linux; see thread-cpu.ts).
 */
function pass(order: readonly { q: string; kind: string }[]) {
  const times: Timing[] = [];
  for (const { q, kind } of order) {
    const main = mainThread?.now();
    const cpu = process.cpuUsage();
    const start = now();
    answerEmbeds(engine.ask(q).answer);
    const wall = us(start);
    const used = process.cpuUsage(cpu);
    const mainUs = mainThread && main !== undefined ? Math.max(0, mainThread.now() - main - mainThread.overheadUs) : null;
    times.push({ kind, us: wall, cpuUs: used.user + used.system, mainUs });
  }
  return times;
}
const cold = pass(random.shuffle(mix));
const warm = pass(random.shuffle(mix));

const names = knowledge.roleList.flatMap((r) => entryNames(r).map((n) => n.name));
const autocomplete: number[] = [];
const autocompleteCpu: number[] = [];
const firstAutocompleteStart = now();
engine.suggestRoles(names[0]!.slice(0, 3));
const firstAutocompleteMs = us(firstAutocompleteStart) / 1000;
for (let i = 0; i < AUTOCOMPLETE_SAMPLES; i++) {
  const name = names[random.int(names.length)]!;
  const prefix = name.slice(0, 1 + random.int(name.length));
  const cpu = process.cpuUsage();
  const start = now();
  engine.suggestRoles(prefix);
  autocomplete.push(us(start));
  const used = process.cpuUsage(cpu);
  autocompleteCpu.push(used.user + used.system);
}

console.log(
  JSON.stringify({
    loadMs,
    indexMs,
    firstQuestionMs,
    firstQuestionColdMs,
    warmUpMs: warmUp.wallMs,
    warmUpCpuMs: warmUp.cpuMs,
    warmUpQuestions: warmUp.questions,
    rssAfterStartMB,
    rssAfterRunMB: process.memoryUsage().rss / MB,
    heapUsedMB: process.memoryUsage().heapUsed / MB,
    names: names.length,
    cold,
    warm,
    firstAutocompleteMs,
    autocomplete,
    autocompleteCpu,
  }),
);
