// "best paying remote jobs", "what jobs have good benefits", "which jobs have the most job security":
// what members want of jobs that the data does not record. A ranking asked with one says so first, then
// ranks what the data has; asked alone, nothing is ranked (a list of surgeons is no answer to "jobs
// with good work-life balance"), except job security, for which projected growth stands in.
import { normalizeWords } from "../text/normalize.js";

/** A thing asked of jobs that the data does not record, and what ranks in its place. */
export interface UnmeasuredCriterion {
  /** What the data lacks, as the answer opens: "The data doesn't say which jobs can be done remotely". */
  lacks: string;
  /** What that means for a list ranked on something else: "the list below is not limited to them". */
  forTheList: string;
  /** The measure that stands in for it, when one does ("job security": growth). */
  standIn?: "growth";
}

const NOT_LIMITED = "the list below is not limited to them";
const NOT_WEIGHED = "the list below does not weigh them";

const CRITERIA: readonly [RegExp, UnmeasuredCriterion][] = [
  [
    /\b(remote|remotely|wfh|(work|working) (from|at) home|from home|home based)\b/,
    { lacks: "The data doesn't say which jobs can be done remotely", forTheList: NOT_LIMITED },
  ],
  [
    /\b(let|lets|letting) (you|me|them) travel\b|\b(travel|travels|travelling|traveling) (a lot|the world|for work|often)\b|\bjobs? (that|where|with) (you )?travel\b/,
    { lacks: "The data doesn't say which jobs involve travel", forTheList: NOT_LIMITED },
  ],
  [
    /\b(good|great|best|better|the most) benefits\b|\b(pension|pensions|401k|health insurance|retirement plan)\b/,
    { lacks: "The data doesn't cover benefits such as pensions or health insurance", forTheList: NOT_WEIGHED },
  ],
  [
    /\bwork ?life balance\b|\b(flexible|normal|regular|good|best) (hours|schedules?)\b|\b9 (to|2) 5\b|\b(most|more|best) (time off|vacation|days off)\b/,
    { lacks: "The data doesn't measure work-life balance or hours", forTheList: NOT_WEIGHED },
  ],
  [
    /\b(job security|most secure|stable|most stable|stability|recession proof|never be (fired|laid off))\b/,
    { lacks: "The data doesn't measure job security; projected growth is a fair sign of it", forTheList: "", standIn: "growth" },
  ],
];

/** The first thing asked of jobs that the data does not record, or null. */
export function unmeasuredCriterion(text: string): UnmeasuredCriterion | null {
  const words = normalizeWords(text);
  return CRITERIA.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/** The verdict's opening sentence: what the data lacks, and what that means for the list that follows. */
export function unmeasuredLead(criterion: UnmeasuredCriterion): string {
  return criterion.forTheList ? `${criterion.lacks}, so ${criterion.forTheList}.` : `${criterion.lacks}.`;
}

/** The whole verdict when nothing else is asked: what the data lacks, and what it can rank instead. */
export function unmeasuredAlone(criterion: UnmeasuredCriterion): string {
  return `${criterion.lacks}, so I can't rank jobs on it. What I can rank them by: pay, projected growth, openings, schooling, stress and work with people (try "least stressful jobs that pay well").`;
}
