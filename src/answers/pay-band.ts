// Starting and senior pay. BLS publishes pay by percentile, not by years of experience, so the
// 10th-25th percentile band stands in for starting pay and the 75th-90th for experienced pay, and the
// line says so. An editor's sourced "starting" or "experienced" range is used where there is one.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayBand } from "../understanding/detect-pay-band.js";
import type { FigureView, PayPeriod, Verdict } from "./answer.js";
import { formatPercentile, formatRange } from "./format-figures.js";
import { figuresOf } from "./role-figures.js";
import { shortAttribution } from "./role-evidence.js";

const BANDS: Record<PayBand, { low: "p10" | "p75"; high: "p25" | "p90"; label: string; range: "entry" | "experienced" }> = {
  entry: { low: "p10", high: "p25", label: "Starting pay", range: "entry" },
  senior: { low: "p75", high: "p90", label: "Experienced pay", range: "experienced" },
};

function bandOf(knowledge: KnowledgeBase, figure: FigureView, band: PayBand): { text: string; percentile: boolean } | null {
  const spec = BANDS[band];
  const range = figure[spec.range];
  if (range) return { text: `${formatRange(range, figure.currency)} (${shortAttribution(knowledge, figure)})`, percentile: false };
  const low = figure.percentiles?.[spec.low];
  const high = figure.percentiles?.[spec.high];
  if (low === undefined || high === undefined) return null;
  return {
    text: `${formatPercentile(low, figure.currency)}–${formatPercentile(high, figure.currency)} (${spec.low.slice(1)}th–${spec.high.slice(1)}th percentile, ${shortAttribution(knowledge, figure)})`,
    percentile: true,
  };
}

export function payBandVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], band: PayBand, period: PayPeriod): Verdict {
  const spec = BANDS[band];
  const parts: string[] = [];
  let percentile = false;
  let unit = "a year";
  for (const entry of entries) {
    const figures = figuresOf(knowledge, entry, period);
    const found = figures.map((f) => ({ f, b: bandOf(knowledge, f, band) })).find((x) => x.b);
    if (!found) {
      parts.push(`${entry.title}: no figure`);
      continue;
    }
    if (found.f.period === "hourly") unit = "an hour";
    percentile ||= found.b!.percentile;
    parts.push(`${entry.title} ${found.b!.text}`);
  }
  const caveat = percentile ? " BLS publishes pay by percentile, not by years of experience, so this band stands in for it." : "";
  return { text: `${spec.label}, ${unit}: ${parts.join("; ")}.${caveat}`, basis: percentile ? "indirect" : "data" };
}
