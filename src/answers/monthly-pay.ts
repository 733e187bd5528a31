// "Salary of a data scientist per month": BLS publishes pay a year and an hour, not a month, so the
// month is the annual median divided by twelve, rounded to ten dollars, and the line says so.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";
import { SAME_PAY_PERCENT, formatMoney, percentDifference } from "./format-figures.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

const MONTHS = 12;
/** A month's pay is an estimate: to the nearest ten dollars. */
const ROUND_TO = 10;

const perMonth = (annual: number) => Math.round(annual / MONTHS / ROUND_TO) * ROUND_TO;

/** "Data Scientist earns a median of about $10,020 a month: $120,230 a year divided by 12 (BLS, May 2025)", or two roles side by side. */
export function monthlyPayVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): Verdict | null {
  const rows = entries.map((entry) => ({ entry, figure: headlineMedian(knowledge, entry, "annual") }));
  if (rows.some((r) => !r.figure || r.figure.period !== "annual" || r.figure.medianAtLeast)) return null;
  const sorted = [...rows].sort((a, b) => b.figure!.median! - a.figure!.median!);
  const money = (r: (typeof rows)[number], amount: number) => formatMoney(amount, r.figure!.currency);
  const cite = [...new Set(rows.map((r) => shortAttribution(knowledge, r.figure!)))].join("; ");
  const how = `the annual median divided by 12 (${cite})`;
  if (sorted.length === 1) {
    const [one] = sorted as [(typeof rows)[number]];
    return {
      text: `${one.entry.title} earns a median of about ${money(one, perMonth(one.figure!.median!))} a month: ${money(one, one.figure!.median!)} a year divided by 12 (${cite}).`,
      basis: "data",
    };
  }
  const months = sorted.map((r) => `${r.entry.title} about ${money(r, perMonth(r.figure!.median!))}`).join(", ");
  const top = sorted[0]!;
  const low = sorted.at(-1)!;
  const lead = percentDifference(top.figure!.median!, low.figure!.median!) < SAME_PAY_PERCENT ? "About the same" : `${top.entry.title} earns more`;
  return { text: `${lead}: median pay a month ${months}, ${how}.`, basis: "data" };
}
