// "How many nurses are there in the us", "how many people work as electricians": the jobs BLS counts
// for each role in its Employment Projections, and where the count is projected to go.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";
import { formatPercentChange, formatThousands } from "./format-figures.js";
import { occupationOf, projectionsRelease } from "./role-evidence.js";

/** "Registered Nurse: about 3,391,000 jobs in 2024, projected 3,557,100 in 2034 (+4.9%)", or null without a count. */
function countLine(entry: RoleEntry, firstYear: string, lastYear: string): string | null {
  const p = occupationOf(entry)?.projection;
  if (!p || p.employment2024 === null) return null;
  const later =
    p.employment2034 === null
      ? ""
      : `, projected ${formatThousands(p.employment2034)} in ${lastYear}${p.changePercent === null ? "" : ` (${formatPercentChange(p.changePercent)})`}`;
  // An aggregate row counts several occupations together: said so, with its title.
  const counted = p.aggregate ? ` (counted with the rest of ${p.title})` : "";
  return `${entry.title}: about ${formatThousands(p.employment2024)} jobs in ${firstYear}${later}${counted}`;
}

export function headcountVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): Verdict {
  const release = projectionsRelease(knowledge);
  // "2024–34": the base year and the year projected to.
  const [first, last] = release.split("–");
  const lastYear = last && first ? `${first.slice(0, first.length - last.length)}${last}` : "";
  const lines = entries.map((e) => countLine(e, first ?? "", lastYear));
  if (lines.every((l) => l === null)) return { text: "The data has no count of jobs for this role.", basis: "none" };
  const missing = entries.filter((_, i) => lines[i] === null).map((e) => `${e.title}: no count`);
  return { text: `In the US, ${[...lines.filter((l) => l !== null), ...missing].join("; ")} (BLS projections ${release}).`, basis: "data" };
}
