// `npm run validate-data [dir]`: loads data/ exactly as the bot does (the curated roles and, when
// imported, the occupations under them) and prints a summary of both layers, or every problem with
// its file and field. Exit code 1 on any problem, so CI and editors can rely on it.
import "./exit-on-closed-pipe.js";
import { loadKnowledge, DEFAULT_DATA_DIR } from "../knowledge/load-knowledge.js";
import { KnowledgeError } from "../knowledge/knowledge-error.js";
import { knowledgeStats } from "../knowledge/knowledge-stats.js";

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
try {
  const kb = await loadKnowledge(dataDir, { validation: "full" });
  const s = knowledgeStats(kb);
  console.log(`data OK: ${s.curatedRoles} roles, ${s.aliases} aliases, ${s.comparisons} comparisons, ${s.salaryFigures} salary figures`);
  if (s.occupations > 0) {
    console.log(`imported: ${s.occupations} occupations; ${s.titles} titles in all, ${s.sharedTitles} shared by more than one role (they resolve by evidence)`);
    console.log(`releases: ${s.releases.join("; ")}`);
  } else {
    console.log(`imported: none (the bot knows the curated roles only; run \`npm run import-occupations -- --from <folder>\` to add every occupation, see the README)`);
  }
  for (const [family, roles] of kb.rolesByFamily()) {
    const ids = roles.map((r) => r.id);
    console.log(`  ${kb.familyLabel(family)}: ${ids.length > 12 ? `${ids.length} roles` : ids.join(", ")}`);
  }
} catch (error) {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
