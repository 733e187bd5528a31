// Starting and senior pay. BLS publishes pay by percentile, not by years of experience, so the
// 10th-25th percentile band stands in for starting pay and the 75th-90th for experienced pay, and the
// line says so. An editor's sourced "starting" or "experienced" range is used where there is one.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { OneBand, PayBand } from "../understanding/detect-pay-band.js";
import type { FigureView, PayPeriod, Verdict } from "./answer.js";
import { SAME_PAY_PERCENT, formatPercentile, formatRange, percentDifference } from "./format-figures.js";
import { figuresOf } from "./role-figures.js";
import { shortAttribution } from "./role-evidence.js";

/** Each band's percentiles, and the editor's sourced range that takes its place where there is one. */
const BANDS: Record<OneBand, { low: "p10" | "p25" | "p75"; high: "p25" | "p75" | "p90"; label: string; range?: "entry" | "experienced" }> = {
  entry: { low: "p10", high: "p25", label: "Starting pay", range: "entry" },
  // ("journeyman electrician pay": the middle half of the workers, no editor's range.)
  middle: { low: "p25", high: "p75", label: "Middle pay", range: undefined },
  senior: { low: "p75", high: "p90", label: "Experienced pay", range: "experienced" },
};

/** A role's band as text, and its top figure (null when BLS gives only a floor, "≥ $239,200") to rank roles by. */
function bandOf(knowledge: KnowledgeBase, figure: FigureView, band: OneBand): { text: string; percentile: boolean; top: number | null } | null {
  const spec = BANDS[band];
  const range = spec.range ? figure[spec.range] : undefined;
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
  return `${sorted[0]!.title} ${band === "entry" ? "starts higher" : band === "middle" ? "pays more in the middle" : "pays more with experience"}. `;
}

/** BLS publishes no pay by experience: said once, after the band or bands read from its percentiles. */
const PERCENTILE_CAVEAT = "BLS publishes pay by percentile, not by years of experience, so";
/** ...nor by a trade's licence level, when the middle band stands for the journeyman's. */
const LEVEL_CAVEAT = "BLS publishes pay by percentile, not by licence level or years of experience, so";

export function payBandVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], band: PayBand, period: PayPeriod): Verdict {
  // "entry level vs senior": starting pay, then experienced pay; "journeyman vs master": the middle, then experienced; the caveat once.
  const bands = (band === "both" ? ["entry", "senior"] : band.split("+")) as OneBand[];
  const lines = bands.map((one) => bandLine(knowledge, entries, one, period));
  const percentile = lines.some((line) => line.percentile);
  const caveat = bands.includes("middle") ? LEVEL_CAVEAT : PERCENTILE_CAVEAT;
  const stand = lines.length > 1 ? "these bands stand" : "this band stands";
  return {
    text: `${lines.map((line) => line.text).join(" ")}${percentile ? ` ${caveat} ${stand} in for it.` : ""}`,
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
