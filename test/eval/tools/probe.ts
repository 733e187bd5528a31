// Prints how the parser reads each question (one per argument): intent, roles with the words they
// came from and the other roles sharing that name, aspect, kind, unknown roles and suggestions.
import { createEngine } from "../../../src/engine.js";
import { loadKnowledge } from "../../../src/knowledge/load-knowledge.js";

const knowledge = await loadKnowledge();
const engine = createEngine(knowledge);
const questions = process.argv.slice(2);
for (const q of questions) {
  const { parsed, answer } = engine.ask(q);
  const roles = parsed.roles.map((r) => {
    const entry = knowledge.getRole(r.roleId);
    return `${r.roleId} ${entry?.title} <- "${r.typed}" c=${r.confidence.toFixed(2)}`;
  });
  console.log(
    `${q}\n  ${parsed.intent} ${parsed.aspect} ${parsed.kind ?? ""} tier=${parsed.tier}\n  ${roles.join("\n  ")}\n  unknown=${JSON.stringify(parsed.unknownRoles)} sugg=${JSON.stringify(parsed.suggestions)} notes=${JSON.stringify(answer.notes)}`,
  );
}
