// "slp salary", "how much do welders make": the figure asked for, first. The card below has the
// whole band, the entry and experienced pay and the sources; the first line says the median and
// where the middle half of workers fall, in the period asked ("an hour" when the hourly rate was).
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { formatMoney, perUnit } from "./format-figures.js";
import { earnsMedian, headlineMedian } from "./role-evidence.js";
import { CATCH_ALL } from "./role-figures.js";

/** Pay asked by a unit BLS does not publish: "substitute teacher pay per day", "adjunct pay per class". */
const UNPUBLISHED_UNIT = /\b(?:per|a|each|by the) (day|class|course|session|lesson|visit|patient|project)\b/;
const DAILY = /\bdaily\b/;

/**
 * "Welder earns a median of $53,750 a year; the middle half earn $44,680–$64,040 (BLS, May 2025).", or
 * null without a median. Asked per hour of a job BLS pays by the year ("hourly pay for a teacher"), or
 * per day or class, it says so first.
 */
/** The mean asked for, or the two set side by side: "mean salary", "average or median", "mean vs median". */
export const MEAN_ASKED =
  /\bmean (annual |hourly |yearly )?(salary|salaries|pay|wage|wages|income|earnings)\b|\b(mean|average) (or|vs|versus) median\b|\bmedian (or|vs|versus) (mean|average)\b|\bthe mean\b/;

export function payFactsVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod, words = ""): Verdict | null {
  const figure = headlineMedian(knowledge, entry, period);
  if (!figure) return null;
  const unit = UNPUBLISHED_UNIT.exec(words)?.[1] ?? (DAILY.test(words) ? "day" : null);
  const yearOnly = period === "hourly" && figure.period === "annual" ? `BLS publishes pay for ${entry.title} by the year only. ` : "";
  const unpublished = unit ? `The data has no pay per ${unit}, only by the year and the hour. ` : "";
  const { p25, p75 } = figure.percentiles ?? {};
  // (A top-coded quartile is no band to quote: BLS gives only "at least".)
  const half =
    typeof p25 === "number" && typeof p75 === "number"
      ? `; the middle half earn ${formatMoney(p25, figure.currency)}–${formatMoney(p75, figure.currency)}`
      : "";
  // ("teaching assistant salary": a broader group's figures say so.)
  // ("pen tester salary": BLS pays penetration testers' wages out under "Computer Occupations, All Other".)
  const catchAll =
    !figure.indicative && figure.series && CATCH_ALL.test(figure.series.title) && !CATCH_ALL.test(entry.title)
      ? ` BLS publishes these for the catch-all group ${figure.series.title}, not for ${entry.title} alone.`
      : "";
  const borrowed = figure.indicative && figure.note ? ` ${figure.note}` : catchAll;
  const said = yearOnly || unpublished;
  // ("mean salary for nurses", "is that average or median": the mean BLS publishes too, beside the median.)
  const mean =
    MEAN_ASKED.test(words) && figure.mean !== undefined
      ? ` The mean (the total paid divided by the number of workers) is ${formatMoney(figure.mean, figure.currency)} ${perUnit(figure.period)}; the median is the middle worker's pay, which a few high earners do not pull up.`
      : "";
  return {
    text: `${said}${earnsMedian(knowledge, entry, figure, half)}.${mean}${borrowed}`,
    basis: figure.indicative || catchAll || said ? "indirect" : "data",
  };
}
