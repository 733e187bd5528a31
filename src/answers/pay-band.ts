// Starting and senior pay. BLS publishes pay by percentile, not by years of experience, so the
// 10th-25th percentile band stands in for starting pay and the 75th-90th for experienced pay, and the
// line says so. An editor's sourced "starting" or "experienced" range is used where there is one.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayBand } from "../understanding/detect-pay-band.js";
import type { FigureView, PayPeriod, Verdict } from "./answer.js";
import { SAME_PAY_PERCENT, formatPercentile, formatRange, percentDifference } from "./format-figures.js";
import { figuresOf } from "./role-figures.js";
import { shortAttribution } from "./role-evidence.js";

/** One band of the two a question may ask for together. */
type OneBand = Exclude<PayBand, "both">;

const BANDS: Record<OneBand, { low: "p10" | "p75"; high: "p25" | "p90"; label: string; range: "entry" | "experienced" }> = {
  entry: { low: "p10", high: "p25", label: "Starting pay", range: "entry" },
  senior: { low: "p75", high: "p90", label: "Experienced pay", range: "experienced" },
};

/** A role's band as text, and its top figure (null when BLS gives only a floor, "≥ $239,200") to rank roles by. */
function bandOf(knowledge: KnowledgeBase, figure: FigureView, band: OneBand): { text: string; percentile: boolean; top: number | null } | null {
  const spec = BANDS[band];
  const range = figure[spec.range];
  if (range) return { text: `${formatRange(range, figure.currency)} (${shortAttribution(knowledge, figure)})`, percentile: false, top: range.high };
  const low = figure.percentiles?.[spec.low];
  const high = figure.percentiles?.[spec.high];
  if (low === undefined || high === undefined) return null;
  return {
    text: `${formatPercentile(low, figure.currency)}–${formatPercentile(high, figure.currency)} (${spec.low.slice(1)}th–${spec.high.slice(1)}th percentile, ${shortAttribution(knowledge, figure)})`,
    percentile: true,
    top: typeof high === "number" ? high : null,
  };
}

/** A role's band, as bandLeader ranks it: by its top figure, in one period and currency. */
interface RankedBand {
  title: string;
  top: number | null;
  period: string;
  currency: string | undefined;
}

/** "Electrician starts higher. ": which role's band tops the others', when they differ by more than the survey's error. */
function bandLeader(band: OneBand, ranked: readonly RankedBand[]): string {
  if (ranked.length < 2 || ranked.some((r) => r.top === null || r.period !== ranked[0]!.period || r.currency !== ranked[0]!.currency)) return "";
  const sorted = [...ranked].sort((a, b) => b.top! - a.top!);
  if (percentDifference(sorted[0]!.top!, sorted[1]!.top!) < SAME_PAY_PERCENT) return "";
  return `${sorted[0]!.title} ${band === "entry" ? "starts higher" : "pays more with experience"}. `;
}

/** BLS publishes no pay by experience: said once, after the band or bands read from its percentiles. */
const PERCENTILE_CAVEAT = "BLS publishes pay by percentile, not by years of experience, so";

export function payBandVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], band: PayBand, period: PayPeriod): Verdict {
  if (band !== "both") {
    const one = bandLine(knowledge, entries, band, period);
    return { text: `${one.text}${one.percentile ? ` ${PERCENTILE_CAVEAT} this band stands in for it.` : ""}`, basis: one.percentile ? "indirect" : "data" };
  }
  // "entry level vs senior": starting pay, then experienced pay, the caveat once.
  const [entry, senior] = [bandLine(knowledge, entries, "entry", period), bandLine(knowledge, entries, "senior", period)];
  const percentile = entry.percentile || senior.percentile;
  return {
    text: `${entry.text} ${senior.text}${percentile ? ` ${PERCENTILE_CAVEAT} these bands stand in for it.` : ""}`,
    basis: percentile ? "indirect" : "data",
  };
}

/** "Starting pay, a year: Electrician $42,640–$49,430 (10th–25th percentile, BLS, May 2025).", and whether a percentile band stands in. */
function bandLine(knowledge: KnowledgeBase, entries: readonly RoleEntry[], band: OneBand, period: PayPeriod): { text: string; percentile: boolean } {
  const spec = BANDS[band];
  const parts: string[] = [];
  const ranked: RankedBand[] = [];
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
    ranked.push({ title: entry.title, top: found.b!.top, period: found.f.period, currency: found.f.currency });
  }
  const leader = ranked.length === entries.length ? bandLeader(band, ranked) : "";
  return { text: `${leader}${spec.label}, ${unit}: ${parts.join("; ")}.`, percentile };
}
