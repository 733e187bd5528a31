// Prints the score and the misses of labelled sets on the full knowledge, as test/eval scores them.
// Usage: npx tsx test/eval/tools/eval-misses.ts [SET.jsonl ...] (default: the four sets issue 9 tracks).
import { createEngine } from "../../../src/engine.js";
import { loadKnowledge } from "../../../src/knowledge/load-knowledge.js";
import { readSet, scoreSet } from "../score-set.js";

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const files = args.filter((a) => !a.startsWith("--"));
const sets =
  files.length > 0 ? files : ["../shared/eval/dev.jsonl", "../shared/eval/dev-occupations.jsonl", "test/eval/occupations.jsonl", "test/eval/chitchat.jsonl"];
const engine = createEngine(await loadKnowledge());
for (const file of sets) {
  const items = readSet(file);
  const { accuracy, right, total, misses } = scoreSet(engine, items);
  // Items labelled with a kind belong to the issue on answer shapes: also score the set without them.
  const unkinded = items.filter((i) => !i.kind);
  const without = unkinded.length < items.length ? scoreSet(engine, unkinded) : null;
  console.log(
    `${file}: ${accuracy.toFixed(3)} (${right}/${total})${without ? `; without its kind items ${without.accuracy.toFixed(3)} (${without.right}/${without.total})` : ""}`,
  );
  if (!quiet) for (const m of misses) console.log(m);
}
