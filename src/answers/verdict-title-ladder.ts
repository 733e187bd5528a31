// "sdr to account executive", "recruiter to hr business partner", "staff accountant to senior
// accountant": a move between two titles the data files as one occupation. It has no route or time
// between them; what it does have is how pay spreads within the occupation, from its starting band
// to its experienced one, which is the step such a move is usually after.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { capitalised } from "../text/capitalised.js";
import { formatPercentile, perUnit } from "./format-figures.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

/** A title as typed, an abbreviation (no vowel: "sdr", "hrbp") in capitals, the first word capitalised to open a sentence. */
function asTyped(title: string, opens: boolean): string {
  if (/^[b-df-hj-np-tv-z]{2,4}$/.test(title)) return title.toUpperCase();
  return opens ? capitalised(title) : title;
}

/** "SDR → account executive: the data counts both titles as one occupation (…), so it shows no route or time between them. …" */
export function titleLadderVerdict(knowledge: KnowledgeBase, entry: RoleEntry, from: string, to: string, period: PayPeriod): Verdict {
  const lead = `${asTyped(from, true)} → ${asTyped(to, false)}: the data counts both titles as one occupation (${entry.title}), so it shows no route or time between them.`;
  const figure = headlineMedian(knowledge, entry, period);
  const p = figure?.percentiles;
  const [p10, p25, p75, p90] = [p?.p10, p?.p25, p?.p75, p?.p90].map((v) => (v === undefined ? null : formatPercentile(v, figure?.currency ?? "USD")));
  if (!figure || !p10 || !p25 || !p75 || !p90) return { text: lead, basis: "none" };
  return {
    text: `${lead} Within it, pay runs from ${p10}–${p25} ${perUnit(figure.period)} at the start (10th–25th percentile) to ${p75}–${p90} for the experienced (75th–90th) (${shortAttribution(knowledge, figure)}).`,
    basis: "indirect",
  };
}
