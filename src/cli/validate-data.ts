// `npm run validate-data [dir]`: loads data/ exactly as the bot does (the curated roles and, when
// imported, the occupations under them) and prints a summary of both layers, or every problem with
// its file and field. Exit code 1 on any problem, so CI and editors can rely on it.
import "./exit-on-closed-pipe.js";
import { KnowledgeError, loadEngine } from "../engine.js";

try {
  const engine = await loadEngine(process.argv[2], { validation: "full" });
  const s = engine.summary;
  console.log(`data OK: ${s.curatedRoles} roles, ${s.aliases} aliases, ${s.comparisons} comparisons, ${s.salaryFigures} salary figures`);
  if (s.occupations > 0) {
    console.log(`imported: ${s.occupations} occupations; ${s.titles} titles in all, ${s.sharedTitles} shared by more than one role (they resolve by evidence)`);
    console.log(`releases: ${s.releases.join("; ")}`);
  } else {
    console.log(
      `imported: none (the bot knows the curated roles only; run \`npm run import-occupations -- --from <folder>\` to add every occupation, see the README)`,
    );
  }
  for (const family of engine.listRoles().families) {
    const ids = family.roles.map((r) => r.roleId);
    console.log(`  ${family.label}: ${ids.length > 12 ? `${ids.length} roles` : ids.join(", ")}`);
  }
} catch (error) {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
