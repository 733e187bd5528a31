import { createEngine } from "../src/engine.js";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
const engine = createEngine(await loadKnowledge());
for (const q of process.argv.slice(2)) { const { parsed: p, answer: a } = engine.ask(q); console.log(JSON.stringify(p.cleaned), p.kind, p.aspect, p.topic, "| verdict:", a.verdict?.text?.slice(0, 80)); }
