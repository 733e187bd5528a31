// Pay by the degree a worker holds, asked (understanding/pay-by-degree.ts): BLS does not publish it
// (its wages are by occupation, whatever the schooling). Said first, then the one median the data has
// for the job and the schooling it usually starts with.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { earnsMedian, headlineMedian } from "./role-evidence.js";
import { schoolingLine } from "./verdict-yes-no.js";
import { withRouteInto } from "./editor-sentence.js";

/** "The data doesn't break pay down by the degree a worker holds: Registered Nurse earns a median of … For a Registered Nurse, BLS lists …". */
export function payByDegreeVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict {
  const figure = headlineMedian(knowledge, entry, period);
  const pay = figure ? ` ${earnsMedian(knowledge, entry, figure, ", whatever the degree")}.` : "";
  return { text: `The data doesn't break pay down by the degree a worker holds.${pay} ${schoolingLine(entry).text}`, basis: "indirect" };
}

/**
 * "adn vs bsn": the data has no figures by degree held, so the job's are the same for both; then its
 * schooling, and how long its programs take where an editor recorded it ("two to three years for an
 * associate degree …, four years for a bachelor's").
 */
export function degreeChoiceVerdict(knowledge: KnowledgeBase, entry: RoleEntry): Verdict {
  return withRouteInto(knowledge, entry, {
    text: `The data doesn't compare degrees: its figures for ${entry.title} are the same whatever degree a worker holds. ${schoolingLine(entry).text}`,
    basis: "indirect",
  });
}

/** "rn vs bsn": one is the job, the other a degree into it; the data has the job's schooling, not the degree's (and its programs' length). */
export function jobAndDegreeVerdict(knowledge: KnowledgeBase, entry: RoleEntry): Verdict {
  return withRouteInto(knowledge, entry, {
    text: `One is the job, the other a degree that leads to it: the data has the job, not the degree. ${schoolingLine(entry).text}`,
    basis: "indirect",
  });
}
