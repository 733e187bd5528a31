import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../../src/engine.js";
import { readLabelled } from "../score.js";
import { createRandom } from "../random.js";
import { writeGeneratedKnowledge } from "../generate-knowledge.js";
const which = process.argv[2] ?? "real";
const dev = readLabelled("/work/shared/eval/dev.jsonl");
const held = readLabelled("/work/main/test/eval/heldout.jsonl");
let dir = "/work/main/data";
if (which === "big") { dir = await mkdtemp(join(tmpdir(), "rc-p6-")); await writeGeneratedKnowledge({ realDataDir: "/work/main/data", outDir: dir, totalRoles: 1000, random: createRandom(20240601), avoidPhrasesIn: [...dev, ...held].map(x => x.q) }); }
const e = await loadEngine(dir);
const unknown = [...dev, ...held].filter(x => e.parser.parse(x.q).intent === "unknown").map(x => x.q);
for (const q of unknown) e.ask(q);
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 8000) { for (const q of unknown) { e.ask(q); n++; } }
console.log(which, "unknown questions:", unknown.length, "mean us per unknown ask", ((performance.now() - t0) * 1000 / n).toFixed(0));
// split: searchNames vs similarRoles total
const idx = e.parser.index;
const phrases = unknown.flatMap(q => e.parser.parse(q).unknownRoles);
let t = performance.now(); for (let i = 0; i < 20; i++) for (const p of phrases) idx.searchNames(p, 9); const sn = (performance.now() - t) * 1000 / (20 * phrases.length);
t = performance.now(); for (let i = 0; i < 20; i++) for (const p of phrases) idx.similarRoles(p, 3); const sr = (performance.now() - t) * 1000 / (20 * phrases.length);
console.log("per unknown phrase: searchNames(…, 9) us", sn.toFixed(0), " similarRoles(…, 3) us", sr.toFixed(0), "names", idx.entries.length);
if (which === "big") await rm(dir, { recursive: true });
