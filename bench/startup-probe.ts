// The start-up part of cold-probe.ts alone, with CPU time beside wall clock (a shared machine's
// wall clock includes waiting): load, index, first question, RSS. One JSON line on stdout.
// Run with the bot's flags: node --max-semi-space-size=1 --max-old-space-size=320 --heap-growing-percent=20 --import tsx bench/startup-probe.ts
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { createEngine } from "../src/engine.js";
import { answerEmbeds } from "../src/render/discord/answer-embeds.js";

const MB = 1024 * 1024;
const now = () => process.hrtime.bigint();
const ms = (from: bigint) => Number(now() - from) / 1e6;
const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

await import("discord.js");
let cpu = process.cpuUsage();
let t = now();
const knowledge = await loadKnowledge();
const loadMs = ms(t);
const loadCpuMs = cpuMs(cpu);
cpu = process.cpuUsage();
t = now();
const engine = createEngine(knowledge);
const indexMs = ms(t);
const indexCpuMs = cpuMs(cpu);
cpu = process.cpuUsage();
t = now();
answerEmbeds(engine.ask("rn vs lpn pay").answer);
const firstQuestionMs = ms(t);
const firstQuestionCpuMs = cpuMs(cpu);
cpu = process.cpuUsage();
t = now();
engine.suggestRoles("reg");
const firstAutocompleteMs = ms(t);
const firstAutocompleteCpuMs = cpuMs(cpu);
cpu = process.cpuUsage();
t = now();
engine.ask("registerd nurse vs liscensed practical nurse");
const firstTypoMs = ms(t);
const firstTypoCpuMs = cpuMs(cpu);
const rssAfterStartMB = process.memoryUsage().rss / MB;
console.log(
  JSON.stringify({
    loadMs,
    loadCpuMs,
    indexMs,
    indexCpuMs,
    firstQuestionMs,
    firstQuestionCpuMs,
    firstAutocompleteMs,
    firstAutocompleteCpuMs,
    firstTypoMs,
    firstTypoCpuMs,
    rssAfterStartMB,
  }),
);
