import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../../src/engine.js";
import { createRandom } from "../random.js";
import { writeGeneratedKnowledge } from "../generate-knowledge.js";
import { generateQuestions } from "../generate-questions.js";
import { readLabelled, accuracy } from "../score.js";
import { renderJson } from "../../src/render/render-json.js";
const dev = readLabelled("/work/shared/eval/dev.jsonl");
const held = readLabelled("/work/main/test/eval/heldout.jsonl");
const dir = await mkdtemp(join(tmpdir(), "rc-bench-"));
const rnd = createRandom(42);
let t = performance.now();
t = performance.now(); const gen = await writeGeneratedKnowledge({ realDataDir: "/work/main/data", outDir: dir, totalRoles: 1000, random: rnd, avoidPhrasesIn: [...dev, ...held].map(x => x.q) });
console.log("gen ms", performance.now() - t, gen.totalRoles, dir);
console.log(gen.roles.slice(0, 15).map(r => `${r.title} | ${r.aliases.join("; ")}`).join("\n"));
t = performance.now();
const e = await loadEngine(dir);
console.log("load ms", performance.now() - t, e.knowledge.roles.size, e.parser.index.entries.length);
const qs = generateQuestions(gen.roles, 2000, createRandom(7));
console.log(qs.slice(0, 20).map(q => `${q.q}  => ${q.intent} ${q.roles ?? ""} ${q.aspect ?? ""}`).join("\n"));
const pred = (q: string) => { const { parsed, answer } = e.ask(q); const j = renderJson(q, parsed, answer); return { intent: j.intent, roles: j.roles, aspect: j.aspect }; };
t = performance.now();
console.log("gen acc", accuracy(qs.slice(0, 500), pred), (performance.now() - t) / 500, "ms/q");
console.log("dev acc", accuracy(dev, pred), "held", accuracy(held, pred));
const all = [...qs.map(q => q.q), ...dev.map(d => d.q)];
for (let i = 0; i < all.length; i++) e.ask(all[i]!);
t = performance.now();
const lat: number[] = [];
for (let i = 0; i < 5000; i++) { const s = performance.now(); e.ask(all[i % all.length]!); lat.push(performance.now() - s); }
lat.sort((a, b) => a - b);
console.log("warm ms/q", (performance.now() - t) / 5000, "p50", lat[2500], "p99", lat[4950]);
// misses sample
let n = 0;
for (const item of qs) { const p = pred(item.q); const ok = p.intent === item.intent && (!["compare","profile"].includes(p.intent) || ([...p.roles].sort().join() === [...(item.roles??[])].sort().join() && p.aspect === item.aspect)); if (!ok && n++ < 25) console.log("MISS", item.q, "| want", item.intent, item.roles, item.aspect, "| got", p.intent, p.roles, p.aspect); }
await rm(dir, { recursive: true });
