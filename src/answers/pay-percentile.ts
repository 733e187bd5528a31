// "top 10% of lawyers", "bottom 25% of cashiers", "90th percentile rn salary": a percentile of pay asked
// by name, answered with that percentile (never the 75th-90th band that stands in for experienced pay).
// BLS publishes the 10th, 25th, median, 75th and 90th: a share beyond them ("top 5%") gets the nearest,
// said so.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { AskedPercentile } from "../understanding/detect-pay-band.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { formatPercentile, perUnit } from "./format-figures.js";
import { figuresOf } from "./role-figures.js";
import { shortAttribution } from "./role-evidence.js";

/** "the top 10%", "the lowest-paid quarter": the workers a share bounds. */
function whom(side: AskedPercentile["side"], share: number): string {
  const part = share === 25 ? "quarter" : `${share}%`;
  return side === "top" ? `the top ${part}` : `the lowest-paid ${part}`;
}

/** Each role's asked percentile, "at least" (top) or "less than" (bottom), with what BLS does not publish said first. */
export function percentileVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], asked: AskedPercentile, period: PayPeriod): Verdict {
  const key = `p${asked.percentile}` as const;
  // The share the published percentile bounds ("top 5%" is answered for the top 10%).
  const published = asked.side === "top" ? 100 - asked.percentile : asked.percentile;
  const lines: string[] = [];
  for (const entry of entries) {
    const figure = figuresOf(knowledge, entry, period).find((f) => f.percentiles?.[key] !== undefined);
    const value = figure?.percentiles?.[key];
    if (!figure || value === undefined) {
      lines.push(`I have no ${asked.percentile}th percentile of pay for ${entry.title}.`);
      continue;
    }
    const amount = formatPercentile(value, figure.currency);
    const bound = asked.side === "top" ? (typeof value === "number" ? "at least " : "") : "less than ";
    lines.push(
      `${entry.title}: ${whom(asked.side, published)} earn ${bound}${amount} ${perUnit(figure.period)} (${asked.percentile}th percentile, ${shortAttribution(knowledge, figure)}).`,
    );
  }
  // ("top 5%": BLS's highest published percentile is the 90th.)
  const nearest =
    asked.share !== published
      ? `BLS publishes pay at the 10th, 25th, 50th, 75th and 90th percentiles, not for ${whom(asked.side, asked.share)}; the nearest it has: `
      : "";
  return { text: `${nearest}${lines.join(" ")}`, basis: "data" };
}
