import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { createEngine } from "../src/engine.js";
import { answerEmbeds } from "../src/render/discord/answer-embeds.js";
await import("discord.js");
const k = await loadKnowledge();
const e = createEngine(k);
const t = (label: string, f: () => unknown) => {
  const s = performance.now();
  f();
  console.log(label, (performance.now() - s).toFixed(1), "ms");
};
t("first ask", () => e.ask("rn vs lpn pay"));
t("first render", () => answerEmbeds(e.ask("rn vs lpn pay").answer));
t("second ask other", () => answerEmbeds(e.ask("what does a welder do").answer));
t("typo ask", () => answerEmbeds(e.ask("welderr salary").answer));
