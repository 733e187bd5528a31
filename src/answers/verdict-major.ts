// "is computer science a good major for becoming a software developer", "best major for a pa": the data
// rates no majors. What it has: the knowledge the work draws on most (O*NET's importance ratings), which
// a major either teaches or not, and the schooling the job usually starts with.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { capitalised } from "../text/capitalised.js";
import { spokenList } from "../text/spoken-list.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { topElements } from "./occupation-facts.js";
import { occupationOf } from "./role-evidence.js";
import { yesNoVerdict } from "./verdict-yes-no.js";

/** How many knowledge areas are named. */
const AREAS_NAMED = 3;

/** A major, minor or field of study asked about: "a good major", "what to major in". */
export const MAJOR_ASKED = /\b(major|majors|majoring|minor in)\b/;

/** "Usually, yes: ", "Yes: ", "Usually not: ": the yes or no a schooling verdict opens with. */
const YES_OR_NO_OPENING = /^(usually,? )?(yes|no|not)[,:] /i;

export function majorVerdict(knowledge: KnowledgeBase, entry: RoleEntry, text: string, period: PayPeriod): Verdict | null {
  const occupation = occupationOf(entry);
  const names = knowledge.imported?.elements.knowledge;
  const areas = occupation && names ? topElements(names, occupation.knowledge, AREAS_NAMED).map((a) => a.name) : [];
  const schooling = yesNoVerdict(knowledge, entry, "education", text, period);
  if (!areas.length && !schooling) return null;
  const drawsOn = areas.length
    ? ` The knowledge ${entry.title} work draws on most, in O*NET's ratings: ${spokenList(areas)}; a major that teaches those fits it.`
    : "";
  // (Its "Usually, yes:" answers whether a degree is needed, which was not asked.)
  const said = schooling ? ` ${capitalised(schooling.text.replace(YES_OR_NO_OPENING, ""))}` : "";
  return { text: `The data doesn't rate majors.${drawsOn}${said}`, basis: "indirect" };
}
