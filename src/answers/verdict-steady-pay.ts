// "loan officer or real estate agent, which is the more stable income": no dataset here says how steady
// a paycheck is from month to month. What BLS does publish is how far pay spreads between workers of a
// job (its 25th and 75th percentiles), which is said as that, before the medians.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { askedSentence } from "../text/asked-sentence.js";
import { normalizeWords } from "../text/normalize.js";
import { spokenList } from "../text/spoken-list.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { formatMoney } from "./format-figures.js";
import { withArticle } from "./indefinite-article.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

/** Steady pay asked: "more stable income", "pays more consistently", "a steady paycheck", "reliable pay". */
const STEADY_PAY =
  /\b(stable|steady|steadier|steadiest|consistent|reliable|predictable|guaranteed|secure) (income|pay|paycheck|paychecks|paycheque|wages?|salary|money)\b|\b(pays?|paid|income|money) (more |most )?(consistently|steadily|reliably|predictably)\b|\b(income|pay) (stability|security|consistency)\b/;

/** Whether the question asked (a long message's last sentence: a story's "steady money sounds amazing" asks nothing) is about steady pay. */
export function asksSteadyPay(text: string): boolean {
  return STEADY_PAY.test(normalizeWords(askedSentence(text)));
}

export const LACKS_STEADINESS = "The data doesn't say how steady a paycheck is from month to month";

/**
 * The spread of each role's pay, middle half (25th to 75th percentile) as a share of the median, with
 * the widest named; then `payText`, the medians compared. Without percentiles for every role, what
 * the data lacks and the medians.
 */
export function steadyPayVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], period: PayPeriod, payText: string): Verdict {
  const rows = entries.map((entry) => {
    const figure = headlineMedian(knowledge, entry, period);
    const p25 = figure?.percentiles?.p25;
    const p75 = figure?.percentiles?.p75;
    // (A top-coded percentile, "at least $239,200", has no spread to set beside the others.)
    if (!figure?.median || typeof p25 !== "number" || typeof p75 !== "number") return null;
    return { entry, figure, p25, p75, spread: (p75 - p25) / figure.median };
  });
  if (rows.some((r) => r === null) || rows.length < 2) return { text: `${LACKS_STEADINESS}. On pay, which it has: ${payText}`, basis: "none" };
  const spreads = rows as NonNullable<(typeof rows)[number]>[];
  const unit = spreads.every((r) => r.figure.period === "hourly") ? "an hour" : "a year";
  const ranges = spreads.map((r) => `${formatMoney(r.p25, r.figure.currency)} to ${formatMoney(r.p75, r.figure.currency)} as ${withArticle(r.entry.title)}`);
  const attributions = [...new Set(spreads.map((r) => shortAttribution(knowledge, r.figure)))];
  const widest = [...spreads].sort((a, b) => b.spread - a.spread);
  // Spreads within a tenth of the median of each other are alike.
  const alike = widest[0]!.spread - widest[widest.length - 1]!.spread < 0.1;
  const which = alike ? "the spreads are much alike" : `${widest[0]!.entry.title}'s pay varies ${spreads.length === 2 ? "more" : "most"} from worker to worker`;
  return {
    text: `${LACKS_STEADINESS}; what it has is how widely pay varies between workers. The middle half of workers earn ${spokenList(ranges)} ${unit} (${attributions.join("; ")}): ${which}. ${payText}`,
    basis: "indirect",
  };
}
