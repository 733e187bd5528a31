// "Salary of a data scientist per month", "cna weekly pay", "biweekly": BLS publishes pay a year and an
// hour, not a month or a week, so the month (two weeks, a week) is the annual median divided by 12 (26,
// 52), rounded, and the line says so.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPer } from "../understanding/types.js";
import type { Verdict } from "./answer.js";
import { SAME_PAY_PERCENT, formatMoney, percentDifference } from "./format-figures.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

/** Periods in a year, the rounding of an estimate (a month or two weeks to ten dollars, a week to five), and how the line names the period. */
const PERIODS: Record<PayPer, { inYear: number; roundTo: number; named: string }> = {
  month: { inYear: 12, roundTo: 10, named: "a month" },
  "two weeks": { inYear: 26, roundTo: 10, named: "every two weeks" },
  week: { inYear: 52, roundTo: 5, named: "a week" },
};

/** "Data Scientist earns a median of about $10,020 a month: $120,230 a year divided by 12 (BLS, May 2025)", or two roles side by side. */
export function payPerPeriodVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], per: PayPer): Verdict | null {
  const rows = entries.map((entry) => ({ entry, figure: headlineMedian(knowledge, entry, "annual") }));
  if (rows.some((r) => !r.figure || r.figure.period !== "annual" || r.figure.medianAtLeast)) return null;
  const { inYear, roundTo, named } = PERIODS[per];
  const share = (annual: number) => Math.round(annual / inYear / roundTo) * roundTo;
  const sorted = [...rows].sort((a, b) => b.figure!.median! - a.figure!.median!);
  const money = (r: (typeof rows)[number], amount: number) => formatMoney(amount, r.figure!.currency);
  const cite = [...new Set(rows.map((r) => shortAttribution(knowledge, r.figure!)))].join("; ");
  if (sorted.length === 1) {
    const [one] = sorted as [(typeof rows)[number]];
    return {
      text: `${one.entry.title} earns a median of about ${money(one, share(one.figure!.median!))} ${named}: ${money(one, one.figure!.median!)} a year divided by ${inYear} (${cite}).`,
      basis: "data",
    };
  }
  const shares = sorted.map((r) => `${r.entry.title} about ${money(r, share(r.figure!.median!))}`).join(", ");
  const top = sorted[0]!;
  const low = sorted.at(-1)!;
  const lead = percentDifference(top.figure!.median!, low.figure!.median!) < SAME_PAY_PERCENT ? "About the same" : `${top.entry.title} earns more`;
  return { text: `${lead}: median pay ${named} ${shares}, the annual median divided by ${inYear} (${cite}).`, basis: "data" };
}

/** A shift's pay rounded to five dollars: an estimate from the hourly median. */
const SHIFT_ROUND_TO = 5;

/**
 * "how much do nurses make in a 12 hour shift": the hourly median times the hours, rounded, for each
 * role with an hourly median; null when one has none (BLS publishes some occupations by the year only).
 * BLS's figures leave out overtime and shift differentials, which the line says.
 */
export function payPerShiftVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], hours: number): Verdict | null {
  const rows = entries.map((entry) => ({ entry, figure: headlineMedian(knowledge, entry, "hourly") }));
  if (rows.some((r) => !r.figure || r.figure.period !== "hourly" || r.figure.medianAtLeast)) return null;
  const shift = (hourly: number) => Math.round((hourly * hours) / SHIFT_ROUND_TO) * SHIFT_ROUND_TO;
  const cite = [...new Set(rows.map((r) => shortAttribution(knowledge, r.figure!)))].join("; ");
  // "an 8-hour shift", "an 11-hour shift": the number as it is said.
  const article = hours === 8 || hours === 11 || hours === 18 ? "an" : "a";
  const each = rows
    .map(
      (r) =>
        `${r.entry.title} earns a median of ${formatMoney(r.figure!.median!, r.figure!.currency)} an hour, about ${formatMoney(shift(r.figure!.median!), r.figure!.currency)} for ${article} ${hours}-hour shift`,
    )
    .join("; ");
  return { text: `${each} (${cite}), before overtime or shift differentials, which BLS's figures leave out.`, basis: "data" };
}
