// "Which trade pays the most": the occupations of a field ranked by median pay, openings or projected
// growth from the imported BLS figures, within the schooling the member means to take. The top few are
// named in the verdict; the top three become the cards, so the answer reads as a comparison of them.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { EducationLevel } from "../knowledge/schema.js";
import type { RankRequest } from "../understanding/ranked-question.js";
import type { Verdict } from "./answer.js";
import { EDUCATION_LABELS, formatMoney, formatPercentChange } from "./format-figures.js";
import { blsEducationLevel } from "./occupation-facts.js";
import { educationRank, headlineMedian, ownAnnualMedian, shortAttribution } from "./role-evidence.js";

/** Occupations named in the verdict; the first CARDS of them are also compared side by side. */
const NAMED = 5;
export const RANKED_CARDS = 3;
/** O*NET's catch-all occupations ("Therapists, All Other") are no job anyone applies for. */
const CATCH_ALL = /\bAll Other\b/;
/** First-line supervisors (xx-1011 and the like) lead a field's workers rather than do its work. */
const SUPERVISOR = /^First-Line Supervisors?\b/;

/** How the schooling limit reads after the field: "healthcare occupations that need no degree". */
const SCHOOLING_LIMITS: Partial<Record<EducationLevel, string>> = {
  "high-school": "open with a high-school diploma or less",
  "some-college": "that usually need no degree",
};

/** The ease score: schooling first (ranks of ten zones), then the job zone; pay (under ten million) only breaks ties. */
const EASE_ZONES = 10;
const EASE_PAY_SCALE = 10_000_000;

interface Ranked {
  entry: RoleEntry;
  value: number;
  /** BLS top-codes its highest wages: the median is "at least" the value. */
  atLeast: boolean;
}

const rankings = new WeakMap<KnowledgeBase, Map<string, Ranked[]>>();

/** The field's occupations, best first by the measure asked, one per BLS series; empty without the import. */
export function rankOccupations(knowledge: KnowledgeBase, request: RankRequest): Ranked[] {
  let memo = rankings.get(knowledge);
  if (!memo) rankings.set(knowledge, (memo = new Map<string, Ranked[]>()));
  const key = `${request.measure}|${request.field?.codes.join(",") ?? "*"}|${request.maxEducation ?? ""}`;
  const known = memo.get(key);
  if (known) return known;
  const seen = new Set<string>();
  const ranked: Ranked[] = [];
  for (const entry of knowledge.roleList) {
    if (entry.kind !== "occupation") continue;
    const o = entry.occupation;
    // Detailed occupations only (".00"): O*NET's specialties share their parent's figures.
    if (!o.code.endsWith(".00") || CATCH_ALL.test(o.title) || SUPERVISOR.test(o.title)) continue;
    if (request.field && !request.field.codes.some((prefix) => o.code.startsWith(prefix))) continue;
    if (request.maxEducation) {
      const level = blsEducationLevel(o);
      if (!level || educationRank(level) > educationRank(request.maxEducation)) continue;
    }
    const measured = measureOf(knowledge, entry, request);
    // One occupation per published series: several O*NET codes can share one BLS row.
    const series = request.measure === "pay" || request.measure === "ease" ? o.wages?.series : o.projection?.code;
    if (measured === null || !series || seen.has(series)) continue;
    seen.add(series);
    ranked.push(typeof measured === "number" ? { entry, value: measured, atLeast: false } : { entry, value: measured.atLeast, atLeast: true });
  }
  ranked.sort((a, b) => b.value - a.value);
  memo.set(key, ranked);
  return ranked;
}

function measureOf(knowledge: KnowledgeBase, entry: RoleEntry & { kind: "occupation" }, request: RankRequest): number | { atLeast: number } | null {
  const o = entry.occupation;
  // From the wage table itself: no card figures built (and kept) for every occupation.
  if (request.measure === "pay") return ownAnnualMedian(knowledge, o);
  if (request.measure === "ease") {
    // The least schooling first, then the least preparation (O*NET job zone), then the best paid.
    const level = blsEducationLevel(o);
    const median = ownAnnualMedian(knowledge, o);
    if (!level || o.jobZone === null || typeof median !== "number") return null;
    return -(educationRank(level) * EASE_ZONES + o.jobZone) * EASE_PAY_SCALE + median;
  }
  const p = o.projection;
  // Aggregate projections cover several occupations at once: no one occupation's figure.
  if (!p || p.aggregate) return null;
  return request.measure === "openings" ? (p.openingsPerYear !== null ? p.openingsPerYear * 1000 : null) : p.changePercent;
}

/** "Among skilled trades open without a degree, the highest median pay: …": the top occupations with their figures. */
export function rankingVerdict(knowledge: KnowledgeBase, request: RankRequest): Verdict {
  const ranked = rankOccupations(knowledge, request).slice(0, NAMED);
  const among = `${request.field?.label ?? "all occupations"}${request.maxEducation ? ` ${SCHOOLING_LIMITS[request.maxEducation] ?? `that usually start with ${EDUCATION_LABELS[request.maxEducation]} or less`}` : ""}`;
  if (!ranked.length) return { text: `The data has no figures to rank ${among} by.`, basis: "none" };
  const figure = request.measure === "pay" ? headlineMedian(knowledge, ranked[0]!.entry, "annual") : null;
  const release = knowledge.imported?.sources.projections.release ?? "2024–34";
  // Semicolons: titles have commas of their own ("Welder, Cutter, Solderer or Brazer").
  const shown = ranked.map((r) => `${r.entry.title} (${shownValue(knowledge, request, r)})`).join("; ");
  const what = MEASURE_WORDING[request.measure];
  const cite = figure ? shortAttribution(knowledge, figure) : request.measure === "ease" ? `BLS, ${release}; O*NET` : `BLS projections ${release}`;
  return { text: `Among ${among}, ${what}: ${shown} (${cite}).`, basis: "data" };
}

const MEASURE_WORDING: Record<RankRequest["measure"], string> = {
  pay: "the highest median pay",
  openings: "the most openings a year",
  growth: "the fastest projected growth",
  ease: "the shortest way in (BLS's typical entry education, then O*NET's job zone), best paid first",
};

function shownValue(knowledge: KnowledgeBase, request: RankRequest, { entry, value, atLeast }: Ranked): string {
  if (request.measure === "pay") return `${atLeast ? "at least " : ""}${formatMoney(value)}`;
  if (request.measure === "ease" && entry.kind === "occupation") {
    // The score mixes schooling, zone and pay: each is shown from the occupation itself.
    const o = entry.occupation;
    const level = blsEducationLevel(o);
    const median = ownAnnualMedian(knowledge, o);
    return `${level ? EDUCATION_LABELS[level] : "no entry education listed"}${typeof median === "number" ? `, ${formatMoney(median)}` : ""}`;
  }
  if (request.measure === "openings") return `about ${Math.round(value).toLocaleString("en-US")}`;
  return formatPercentChange(value);
}
