// `npm run validate-data [dir]`: loads data/ exactly as the bot does and prints a summary, or every
// problem with its file and field. Exit code 1 on any problem, so CI and editors can rely on it.
import "./exit-on-closed-pipe.js";
import { loadKnowledge, DEFAULT_DATA_DIR } from "../knowledge/load-knowledge.js";
import { KnowledgeError } from "../knowledge/knowledge-error.js";
import { FAMILIES } from "../knowledge/families.js";

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
try {
  const kb = await loadKnowledge(dataDir);
  const aliases = kb.roleList.reduce((n, r) => n + r.aliases.length, 0);
  const figures = kb.roleList.reduce((n, r) => n + r.salary.figures.length, 0);
  console.log(`data OK: ${kb.roles.size} roles, ${aliases} aliases, ${kb.comparisonCount} comparisons, ${figures} salary figures`);
  for (const [family, roles] of kb.rolesByFamily()) console.log(`  ${FAMILIES[family]}: ${roles.map((r) => r.id).join(", ")}`);
} catch (error) {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
