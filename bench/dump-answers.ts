// Prints what the engine makes of every question of the labelled sets and the bench mix (JSON
// answer, terminal text, Discord embeds), one block per question, so a change meant to keep answers
// the same can be checked with a diff of two runs: `node --import tsx bench/dump-answers.ts > a.txt`.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "../src/engine.js";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { answerEmbeds } from "../src/render/discord/answer-embeds.js";
import { renderJson } from "../src/render/render-json.js";
import { renderText } from "../src/render/render-text.js";
import { labelledSets, questionMix, readJsonl } from "./question-mix.js";
import { createRandom } from "./random.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const sets = labelledSets(ROOT);
const questions = new Set<string>();
for (const items of Object.values(sets)) for (const item of items) questions.add(item.q);
for (const item of questionMix(sets, createRandom(20260601))) questions.add(item.q);
// The cross-field set is not in the bench mix: its questions are dumped too.
for (const item of readJsonl(join(ROOT, "test", "eval", "crossfield.jsonl"))) questions.add(item.q);
const engine = createEngine(await loadKnowledge());
const out: string[] = [];
for (const q of questions) {
  const { parsed, answer } = engine.ask(q);
  out.push(JSON.stringify(renderJson(q, parsed, answer)), renderText(answer), JSON.stringify(answerEmbeds(answer)), "");
}
process.stdout.write(out.join("\n"));
process.stderr.write(`${questions.size} questions\n`);
