// "slp salary", "how much do welders make": the figure asked for, first. The card below has the
// whole band, the entry and experienced pay and the sources; the first line says the median and
// where the middle half of workers fall, in the period asked ("an hour" when the hourly rate was).
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { formatMoney } from "./format-figures.js";
import { earnsMedian, headlineMedian } from "./role-evidence.js";

/** "Welder earns a median of $53,750 a year; the middle half earn $44,680–$64,040 (BLS, May 2025).", or null without a median. */
export function payFactsVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict | null {
  const figure = headlineMedian(knowledge, entry, period);
  if (!figure) return null;
  const { p25, p75 } = figure.percentiles ?? {};
  // (A top-coded quartile is no band to quote: BLS gives only "at least".)
  const half =
    typeof p25 === "number" && typeof p75 === "number"
      ? `; the middle half earn ${formatMoney(p25, figure.currency)}–${formatMoney(p75, figure.currency)}`
      : "";
  const median = earnsMedian(knowledge, entry, figure);
  // earnsMedian ends with its attribution: the band goes before it.
  const at = median.lastIndexOf(" (");
  // ("border patrol pay": a broader group's figures say so.)
  const borrowed = figure.indicative && figure.note ? ` ${figure.note}` : "";
  return { text: `${median.slice(0, at)}${half}${median.slice(at)}.${borrowed}`, basis: figure.indicative ? "indirect" : "data" };
}
