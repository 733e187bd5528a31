import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { createBaseline } from "../baseline.js";
import { accuracy, readLabelled } from "../score.js";
const kb = await loadKnowledge("/work/main/data");
const dev = readLabelled("/work/shared/eval/dev.jsonl");
const held = readLabelled("/work/main/test/eval/heldout.jsonl");
for (let t = 0.2; t <= 0.61; t += 0.05) {
  const b = createBaseline(kb, t);
  const t0 = performance.now();
  const a = accuracy(dev, b.ask); const h = accuracy(held, b.ask);
  console.log(t.toFixed(2), a.right, h.right, ((performance.now()-t0)/(dev.length+held.length)).toFixed(3), "ms/q", b.names);
}
