// "does a graphic designer need to know photoshop", "what software do accountants use": the
// technologies O*NET lists as in demand for the occupation (the ones employers' job postings name most
// often), quoted as data. A tool missing from that list proves nothing, so a named tool that is not
// there gets no verdict of its own.
import type { RoleEntry } from "../knowledge/role-entry.js";
import { canonicalTokens } from "../understanding/canonical-tokens.js";
import type { ParsedQuestion } from "../understanding/types.js";
import { wordSet } from "../understanding/word-list.js";
import type { Verdict } from "./answer.js";
import { withArticle } from "./indefinite-article.js";
import { occupationOf } from "./role-evidence.js";
import { askedWork } from "./verdict-tasks.js";

/** Technologies named in a first line: the card lists them too. */
const LISTED = 5;
/** Words of technology names that tell no one tool apart ("Microsoft Excel" is named by "excel"). */
const GENERIC_TECH_WORDS = wordSet(
  "GENERIC_TECH_WORDS",
  `microsoft adobe software system office google apple oracle sap ibm autodesk intuit suite cloud creative language markup
  structured query database management web data enterprise resource planning business program application tool platform
  service professional pro online`,
);

function technologiesOf(entry: RoleEntry): readonly string[] {
  return occupationOf(entry)?.hotTechnologies ?? [];
}

/** The listed technology the asked words name by a word of its own ("photoshop", "excel", "python"), or null. */
function namedTechnology(entry: RoleEntry, asked: readonly string[]): string | null {
  for (const tech of technologiesOf(entry)) {
    const own = canonicalTokens(tech).filter((t) => t.length >= 3 && !GENERIC_TECH_WORDS.has(t));
    if (own.some((t) => asked.includes(t))) return tech;
  }
  return null;
}

/** "does a graphic designer need to know photoshop": yes, when the tool named is among the role's in-demand technologies. */
export function technologyVerdict(entry: RoleEntry, parsed: ParsedQuestion): Verdict | null {
  const asked = askedWork(parsed);
  const tech = asked ? namedTechnology(entry, asked) : null;
  if (!tech) return null;
  return {
    text: `Yes: ${tech} is among the in-demand technologies O*NET lists for ${withArticle(entry.title)}, the ones job postings name most often.`,
    basis: "data",
  };
}

/** "what software do accountants use": the role's in-demand technologies, or null when O*NET lists none. */
export function toolsLine(entry: RoleEntry): Verdict | null {
  const techs = technologiesOf(entry);
  if (!techs.length) return null;
  // O*NET's list is alphabetical: a few of a long list are named as some of them, not the top ones.
  const what = `in-demand technologies for ${withArticle(entry.title)} (the ones job postings name most often)`;
  const text =
    techs.length > LISTED
      ? `O*NET lists ${techs.length} ${what}, among them ${techs.slice(0, LISTED).join(", ")}.`
      : `O*NET lists these ${what}: ${techs.join(", ")}.`;
  return { text, basis: "data" };
}
