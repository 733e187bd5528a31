// `npm run validate-data [dir]`: loads data/ exactly as the bot does and prints a summary, or every
// problem with its file and field. Exit code 1 on any problem, so CI and editors can rely on it.
import "./exit-on-closed-pipe.js";
import { KnowledgeError, loadEngine } from "../engine.js";

try {
  const engine = await loadEngine(process.argv[2]);
  const { roles, aliases, comparisons, salaryFigures } = engine.summary;
  console.log(`data OK: ${roles} roles, ${aliases} aliases, ${comparisons} comparisons, ${salaryFigures} salary figures`);
  for (const family of engine.listRoles().families) console.log(`  ${family.label}: ${family.roles.map((r) => r.roleId).join(", ")}`);
} catch (error) {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
