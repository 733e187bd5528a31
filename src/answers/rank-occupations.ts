// "Which trade pays the most": the occupations of a field ranked by median pay, openings or projected
// growth from the imported BLS figures, within the schooling the member means to take. The top few are
// named in the verdict; the top three become the cards, so the answer reads as a comparison of them.
import { wageFloor } from "../knowledge/occupations-schema.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { EducationLevel } from "../knowledge/schema.js";
import { withArticle } from "./indefinite-article.js";
import type { DegreeSubject } from "../understanding/degree-subject.js";
import type { PayAmount } from "../understanding/detect-pay-amount.js";
import type { RankField, RankRequest } from "../understanding/ranked-question.js";
import { fieldFigures } from "./field-figures.js";
import type { Verdict } from "./answer.js";
import { unmeasuredAlone, unmeasuredLead } from "./unmeasured-lines.js";
import { fieldsVerdict } from "./fields-side-by-side.js";
import { fieldOutlookSentence } from "./field-outlook.js";
import { titleEndsIn } from "./title-ends-in.js";
import { EDUCATION_LABELS, formatMoney, formatPercentChange, roughCount } from "./format-figures.js";
import { blsEducationLevel } from "./occupation-facts.js";
import { averageGrowth, rankedRating, sweptProjection } from "./all-occupations.js";
import { inCodePrefixes, rankableOccupations, rowMedian, type RankableOccupation } from "./rankable-occupations.js";
import {
  educationRank,
  entryEducation,
  headlineMedian,
  occupationOf,
  ownAnnualMedian,
  payAtShare,
  projectionsRelease,
  shortAttribution,
} from "./role-evidence.js";

/** Occupations named in the verdict; the first CARDS of them are also compared side by side. */
const NAMED = 5;
export const RANKED_CARDS = 3;

/** How the schooling limit reads after the field: "healthcare occupations that need no degree". */
const SCHOOLING_LIMITS: Partial<Record<EducationLevel, string>> = {
  none: "that usually need no formal education",
  "high-school": "open with a high-school diploma or less",
  "some-college": "that usually need no degree",
  bachelor: "that usually need no graduate degree",
  master: "that usually need no doctoral or professional degree",
};

/**
 * Scores that rank by something else first and break ties on pay (under ten million): the ease score
 * (schooling in ranks of ten zones, then the job zone) and a rating's (in tenths, as shown).
 */
const PAY_TIEBREAK_SCALE = 10_000_000;
const EASE_ZONES = 10;
/** "High paying": the top quarter of occupations by median pay. */
const WELL_PAID_SHARE = 0.75;
/** A subject's knowledge area, O*NET importance: where it matters most (used when enough occupations reach it), and at least somewhat. */
const SUBJECT_MOST = 4;
const SUBJECT_SOME = 3.5;
/** ...and for one kept away from ("jobs with no math"): at most somewhat important (2 of 5 is "somewhat"). */
const SUBJECT_LITTLE = 2.5;
/** "25-2" of 25-2031.00: the SOC minor group, occupations of one kind of work. */
const SOC_MINOR_GROUP = 4;
/** SOC 25-1000: postsecondary teachers, one per subject. */
const POSTSECONDARY_TEACHERS = "25-1";

export interface Ranked {
  entry: RoleEntry;
  value: number;
  /** BLS top-codes its highest wages: the median is "at least" the value. */
  atLeast: boolean;
  /** How much the occupation draws on the subject's knowledge area asked about (O*NET importance, 1-5). */
  drawsOn?: number;
}

/** Openings a year (thousands, BLS projections) that make a job a common one: "jobs for teens that pay the most". */
const COMMON_OPENINGS = 20;

const rankings = new WeakMap<KnowledgeBase, Map<string, Ranked[]>>();

/**
 * A subject's jobs over every occupation where none in the field named would be ranked: "an associates
 * in business" names the business field by the subject's own word, and no business and financial
 * occupation that opens with one draws on business much; over every occupation, some do. (Not a
 * subject's own field, "criminal justice"'s law enforcement.)
 */
export function rankableRequest(knowledge: KnowledgeBase, asked: RankRequest): RankRequest {
  const request = withoutEmptyAssumption(knowledge, leavingRequest(knowledge, asked));
  if (!request.subject || request.subject.field || !request.field || request.unranked || rankOccupations(knowledge, request).length > 0) return request;
  const everywhere = { ...request, field: null };
  return rankOccupations(knowledge, everywhere).length > 0 ? everywhere : request;
}

/** "highest paying entry level tech jobs": a schooling limit assumed, not asked, is dropped where it leaves no job to rank. */
function withoutEmptyAssumption(knowledge: KnowledgeBase, request: RankRequest): RankRequest {
  if (!request.schoolingAssumed || rankOccupations(knowledge, request).length > 0) return request;
  const { schoolingAssumed: _assumed, ...rest } = request;
  return { ...rest, maxEducation: null };
}

/**
 * "electrician to an office job": the field's jobs that start with no more schooling than the member's
 * own job does (BLS's typical entry education), the job itself left out.
 */
function leavingRequest(knowledge: KnowledgeBase, request: RankRequest): RankRequest {
  const entry = request.from ? knowledge.getRole(request.from) : undefined;
  if (!entry) return request;
  // (At least a high-school diploma: a server or cashier moving to an office usually has one.)
  const own = entryEducation(entry);
  const level = own && educationRank(own) > educationRank("high-school") ? own : "high-school";
  // (Ranked by the way in, "fast food to tech": the shortest ways into the field, whatever schooling they take.)
  return request.maxEducation || request.measure === "ease" ? request : { ...request, maxEducation: level };
}

/** The field's occupations, best first by the measure asked, one per BLS series; empty without the import. */
export function rankOccupations(knowledge: KnowledgeBase, request: RankRequest): Ranked[] {
  if (request.unranked) return [];
  if (request.measure === "overall") return overallRanking(knowledge, request).ranked;
  // "is psychology a good major": the jobs the degree opens, where enough do (the verdict and the cards alike).
  const opened = openedByDegree(request);
  if (opened) {
    const ranked = rankOccupations(knowledge, opened);
    if (ranked.length >= NAMED) return ranked;
  }
  let memo = rankings.get(knowledge);
  if (!memo) rankings.set(knowledge, (memo = new Map<string, Ranked[]>()));
  const key = `${request.measure}|${request.field?.codes.join(",") ?? "*"}|${request.field?.head ?? ""}|${request.maxEducation ?? ""}|${request.least ? "least" : ""}|${request.wellPaid ? "paid" : ""}|${request.subject?.element ?? ""}${request.subject?.held === "avoided" ? "-" : ""}|${request.paysAtLeast ? annualAmount(request.paysAtLeast) : ""}|${request.excluding?.roleIds.join(",") ?? ""}|${request.noExperience ? "new" : ""}|${request.outside?.codes.join(",") ?? ""}|${request.from ?? ""}|${request.common ? "common" : ""}|${request.field?.minEducation ?? ""}`;
  const known = memo.get(key);
  if (known) return known;
  // "low stress high paying jobs": the top quarter of occupations by median pay.
  const paidAtLeast = request.wellPaid ? (payAtShare(knowledge, WELL_PAID_SHARE) ?? Infinity) : null;
  const seen = new Set<string>();
  let ranked: Ranked[] = [];
  // Detailed occupations only (".00"), members apply for (no catch-all nor supervisor's).
  // (Indexed loops, no callbacks: a ranking question's code runs cold, where each would allocate per row.)
  const table = rankableOccupations(knowledge);
  for (let i = 0; i < table.length; i++) {
    const row = table[i]!;
    if (!row.appliedFor) continue;
    const { entry, occupation: o } = row;
    if (request.field && !inCodePrefixes(o.code, request.field.codes)) continue;
    if (request.field?.head && !titleEndsIn(entry.title, request.field.head)) continue;
    if (request.excluding?.roleIds.includes(entry.id)) continue;
    if (request.from === entry.id) continue;
    if (request.common && (row.projection?.openingsPerYear ?? 0) < COMMON_OPENINGS) continue;
    if (request.outside && inCodePrefixes(o.code, request.outside.codes)) continue;
    if (request.maxEducation && (!row.level || educationRank(row.level) > educationRank(request.maxEducation))) continue;
    if (request.field?.minEducation && (!row.level || educationRank(row.level) < educationRank(request.field.minEducation))) continue;
    if (request.noExperience && !row.noExperience) continue;
    // "low stress high paying jobs" (the top quarter), "jobs that pay over 100k" (the amount).
    const floor = Math.max(paidAtLeast ?? 0, request.paysAtLeast ? annualAmount(request.paysAtLeast) : 0);
    if (floor > 0) {
      const median = rowMedian(row);
      if (median === null || (typeof median === "number" && median < floor)) continue;
    }
    // "jobs with a psychology degree": the occupations that draw on its knowledge area at least somewhat
    // (not its postsecondary teachers: every subject's rates it 5 of 5 and would fill the list).
    // ("jobs that don't require math": those that draw little on it.)
    const drawsOn = request.subject ? rankedRating(knowledge, request.subject.element, entry.id) : null;
    const avoided = request.subject?.held === "avoided";
    if (request.subject && (drawsOn === null || (avoided ? drawsOn > SUBJECT_LITTLE : drawsOn < SUBJECT_SOME) || o.code.startsWith(POSTSECONDARY_TEACHERS)))
      continue;
    const measured = measureOf(knowledge, row, request);
    // One occupation per published series: several O*NET codes can share one BLS row.
    const series = request.measure === "openings" || request.measure === "growth" ? row.projection?.code : o.wages?.series;
    if (measured === null || !series || seen.has(series)) continue;
    seen.add(series);
    const one: Ranked = typeof measured === "number" ? { entry, value: measured, atLeast: false } : { entry, value: measured.atLeast, atLeast: true };
    if (drawsOn !== null) one.drawsOn = drawsOn;
    ranked.push(one);
  }
  // Where the knowledge area matters most, when enough occupations have it so.
  const most = ranked.filter((r) => (r.drawsOn ?? 0) >= SUBJECT_MOST);
  if (request.subject && request.subject.held !== "avoided" && most.length >= NAMED) ranked = most;
  ranked.sort(request.least ? (a, b) => a.value - b.value : (a, b) => b.value - a.value);
  // "best jobs for people who like helping others": a rating ties many occupations of one group (the
  // postsecondary and school teachers all rate 7 of 7) that would fill the list; over all occupations
  // the best paid of each group stands for the rest. (Within a field, only the postsecondary teachers.)
  if (RATED_MEASURES[request.measure]) ranked = onePerGroup(ranked, request.field === null);
  memo.set(key, ranked);
  return ranked;
}

/**
 * "best trades to learn": the best paid of those projected to grow at least as fast as all jobs; where
 * too few do (a shrinking field), the best paid, and `growingOnly` says which.
 */
function overallRanking(knowledge: KnowledgeBase, request: RankRequest): { ranked: Ranked[]; growingOnly: boolean } {
  const byPay = rankOccupations(knowledge, { ...request, measure: "pay" });
  const average = averageGrowth(knowledge);
  const growing = average === null ? [] : byPay.filter(({ entry }) => (growthOf(knowledge, entry) ?? -Infinity) >= average);
  return growing.length >= NAMED ? { ranked: growing, growingOnly: true } : { ranked: byPay, growingOnly: false };
}

/** An occupation's own projected growth, 2024-34 (not an aggregate's), or null. */
function growthOf(knowledge: KnowledgeBase, entry: RoleEntry): number | null {
  const p = sweptProjection(knowledge, entry.id);
  return p && !p.aggregate ? p.changePercent : null;
}

/** The first occupation of each SOC minor group ("25-2": preschool, primary and secondary teachers), or only of the postsecondary teachers. */
function onePerGroup(ranked: readonly Ranked[], everyGroup: boolean): Ranked[] {
  const groups = new Set<string>();
  return ranked.filter(({ entry }) => {
    if (entry.kind !== "occupation") return true;
    const group = entry.occupation.code.slice(0, SOC_MINOR_GROUP);
    if (!everyGroup && group !== POSTSECONDARY_TEACHERS) return true;
    if (groups.has(group)) return false;
    groups.add(group);
    return true;
  });
}

function measureOf(knowledge: KnowledgeBase, row: RankableOccupation, request: RankRequest): number | { atLeast: number } | null {
  const { entry, occupation: o } = row;
  // From the wage table itself: no card figures built (and kept) for every occupation.
  if (request.measure === "pay") return rowMedian(row);
  // ("what kinds of jobs are there in healthcare": those employing the most, from the occupation's own series.)
  if (request.measure === "workers") return row.wages?.employment ?? null;
  if (request.measure === "ease") {
    // The least schooling first, then the least preparation (O*NET job zone), then the best paid.
    const median = rowMedian(row);
    if (!row.level || o.jobZone === null || typeof median !== "number") return null;
    // ("the hardest job to get into": the most schooling first, and still the best paid first among equals.)
    return -(educationRank(row.level) * EASE_ZONES + o.jobZone) * PAY_TIEBREAK_SCALE + (request.least ? -median : median);
  }
  const element = rankedElement(request);
  if (element) {
    // The rating first; among equal ratings the best paid first, whichever end is asked.
    const rating = rankedRating(knowledge, element, entry.id);
    const median = rowMedian(row);
    if (rating === null || median === null) return null;
    const pay = wageFloor(median);
    return Math.round(rating * 10) * PAY_TIEBREAK_SCALE + (request.least ? -pay : pay);
  }
  const p = row.projection;
  // Aggregate projections cover several occupations at once: no one occupation's figure.
  if (!p || p.aggregate) return null;
  return request.measure === "openings" ? (p.openingsPerYear !== null ? p.openingsPerYear * 1000 : null) : p.changePercent;
}

/** "Among skilled trades open without a degree, the highest median pay: …": the top occupations with their figures. */
export function rankingVerdict(knowledge: KnowledgeBase, request: RankRequest): Verdict {
  // "jobs with good work-life balance": nothing the data records was asked.
  if (request.unmeasured && request.unranked) return { text: unmeasuredAlone(request.unmeasured), basis: "none" };
  const verdict = fromLine(knowledge, request, measuredVerdict(knowledge, request));
  // "best paying remote jobs": what the data does not record is said first, then what it ranks.
  if (!request.unmeasured) return verdict;
  return { text: `${unmeasuredLead(request.unmeasured)} ${verdict.text}`, basis: verdict.basis === "data" ? "indirect" : verdict.basis };
}

/** The member's own job's median after a ranking of the work they would move to ("… Electrician: $63,190 a year."). */
function fromLine(knowledge: KnowledgeBase, request: RankRequest, verdict: Verdict): Verdict {
  const entry = request.from ? knowledge.getRole(request.from) : undefined;
  const occupation = entry ? occupationOf(entry) : null;
  const median = occupation ? ownAnnualMedian(knowledge, occupation) : null;
  if (!entry || typeof median !== "number") return verdict;
  return { ...verdict, text: `${verdict.text} For comparison, ${entry.title} earns a median of ${formatMoney(median)} a year.` };
}

function measuredVerdict(knowledge: KnowledgeBase, request: RankRequest): Verdict {
  if (request.standing && request.paysAtLeast) return standingVerdict(knowledge, request, request.paysAtLeast);
  if (request.middlePay) return middlePayVerdict(knowledge, request);
  if (request.subject) return subjectVerdict(knowledge, request, request.subject);
  if (request.versus && request.field) return fieldsVerdict(knowledge, request.measure, request.field, request.versus);
  if (request.paysAtLeast && request.measure === "pay") return paysAtLeastVerdict(knowledge, request, request.paysAtLeast);
  if (request.measure === "overall") return overallVerdict(knowledge, request);
  const ranked = rankOccupations(knowledge, request).slice(0, NAMED);
  const among = amongWhat(request);
  if (!ranked.length) return { text: `The data has no occupations to rank among ${among}.`, basis: "none" };
  const rated = RATED_MEASURES[request.measure];
  const figure = request.measure === "pay" || request.measure === "workers" || rated ? headlineMedian(knowledge, ranked[0]!.entry, "annual") : null;
  const release = projectionsRelease(knowledge);
  const shown = namedWithValues(knowledge, request, ranked);
  const perGroup = request.field === null ? ", one per occupation group" : "";
  const what = rated
    ? `the ${request.least ? "lowest" : "highest"} rating, best paid first among equals${perGroup}`
    : request.least && request.measure === "pay"
      ? "the lowest median pay"
      : request.least && request.measure === "growth"
        ? "the steepest projected decline"
        : request.least && request.measure === "ease"
          ? "the longest way in (BLS's typical entry education, then O*NET's job zone), best paid first"
          : MEASURE_WORDING[request.measure];
  const wages = figure ? shortAttribution(knowledge, figure) : null;
  const cite = rated ? `O*NET${wages ? `; ${wages}` : ""}` : (wages ?? (request.measure === "ease" ? `BLS, ${release}; O*NET` : `BLS projections ${release}`));
  // ("best jobs for people who like helping others": the same rating, highest first, led by who asked.)
  const lead = request.burnout ? BURNOUT_LEAD : request.contact ? CONTACT_LEAD : !request.least && rated?.mostLead ? rated.mostLead : rated?.lead;
  if (rated) return { text: `${lead} Among ${among}, ${what}: ${shown} (${cite}).`, basis: "indirect" };
  // "what jobs are safe from AI": no such measure, said first; the growth stands in.
  if (request.automation)
    return {
      text: `The data doesn't rate how exposed jobs are to AI; BLS projections weigh expected changes in technology, so growth is a fair sign. Among ${among}, ${what}: ${shown} (${cite}).`,
      basis: "indirect",
    };
  // "the hardest job to get into": how hard a job is to land is not measured; the way in stands in.
  if (request.least && request.measure === "ease")
    return {
      text: `The data doesn't measure how hard a job is to land (applicants, openings filled); how long the way in is, is a fair sign. Among ${among}, ${what}: ${shown} (${cite}).`,
      basis: "indirect",
    };
  return { text: `Among ${among}, ${what}: ${shown} (${cite}).`, basis: "data" };
}

/** "Best depends on what matters to you. Among skilled trades, the best paid of those projected to grow at least as fast as all jobs …". */
function overallVerdict(knowledge: KnowledgeBase, request: RankRequest): Verdict {
  const { ranked, growingOnly } = overallRanking(knowledge, request);
  const top = ranked.slice(0, NAMED);
  const among = amongWhat(request);
  if (!top.length) return { text: `The data has no figures to rank ${among} by.`, basis: "none" };
  const release = projectionsRelease(knowledge);
  const average = averageGrowth(knowledge);
  const what =
    growingOnly && average !== null
      ? `the best paid of those projected to grow at least as fast as all jobs (${formatPercentChange(average)} over ${release})`
      : "the highest median pay";
  const shown = namedWithValues(knowledge, request, top);
  const figure = headlineMedian(knowledge, top[0]!.entry, "annual");
  const cite = `${figure ? `${shortAttribution(knowledge, figure)}; ` : ""}BLS projections ${release}`;
  // "what can i do with a nursing degree": the field's own jobs stand in for the degree's.
  // ("is healthcare a good field": the field's own outlook first.)
  const lead =
    (request.fieldOutlook && request.field && fieldOutlookSentence(knowledge, request.field)) ||
    (request.fieldDegree ? "The data doesn't link degrees to jobs; what it has are the field's own jobs." : "Best depends on what matters to you.");
  return { text: `${lead} Among ${among}, ${what}: ${shown} (${cite}).`, basis: "data" };
}

/** Hours in a working year, for an hourly amount: 40 a week, 52 weeks (as BLS annualises hourly wages). */
const HOURS_A_YEAR = 2080;
const annualAmount = (amount: PayAmount) => (amount.period === "hourly" ? amount.value * HOURS_A_YEAR : amount.value);

/** "skilled trades … open with a high-school diploma or less": the field and limits a ranking is among. */
function amongWhat(request: RankRequest): string {
  // (A field that starts at the limit says it already: "jobs that usually start with a master's degree".)
  const schooling =
    request.maxEducation && request.field?.minEducation !== request.maxEducation
      ? ` ${SCHOOLING_LIMITS[request.maxEducation] ?? `that usually start with ${EDUCATION_LABELS[request.maxEducation]} or less`}`
      : "";
  // Beside another measure ("least stressful jobs that pay 80k"); a pay ranking says the amount itself.
  const paid = request.paysAtLeast && request.measure !== "pay" ? ` with a median of ${amountText(request.paysAtLeast)} or more` : "";
  // "but not as a teacher": what was left out, in the member's word.
  const leftOut = request.excluding ? ` other than "${request.excluding.typed}"` : "";
  // ("open with a high-school diploma or less and no work experience…": each schooling limit ends in what it needs.)
  const common = request.common ? ` with at least ${COMMON_OPENINGS},000 openings a year` : "";
  const newcomers = request.noExperience ? `${schooling ? " and" : " that need"} no work experience in a related job (BLS)` : "";
  // ("but not in healthcare": the field left out, said.)
  const outside = request.outside ? ` outside ${request.outside.label}` : "";
  return `${request.field?.label ?? "all occupations"}${outside}${leftOut}${request.wellPaid ? " in the top quarter by median pay" : ""}${common}${paid}${schooling}${newcomers}`;
}

/** "$40 an hour ($83,200 a year)", "$50,000 a year": an amount in the member's unit. */
function amountText(asked: PayAmount): string {
  return asked.period === "hourly" ? `${formatMoney(asked.value)} an hour (${formatMoney(annualAmount(asked))} a year)` : `${formatMoney(asked.value)} a year`;
}

/**
 * "Is 50k a good salary": the share of workers (in the field asked, if any) whose occupation's median
 * is lower, from the employment BLS publishes with each series (a count of occupations would put
 * $50,000 below most jobs: many small occupations pay well). Led as payStanding leads a role's median;
 * whether it is good for the member depends on the job and the place, which the answer says.
 */
function standingVerdict(knowledge: KnowledgeBase, request: RankRequest, asked: PayAmount): Verdict {
  const { standing: _s, unranked: _u, paysAtLeast: _p, ...all } = request;
  const value = annualAmount(asked);
  let workers = 0;
  let paidLess = 0;
  const ranked = rankOccupations(knowledge, all);
  for (const r of ranked) {
    const series = r.entry.kind === "occupation" && r.entry.occupation.wages ? knowledge.wageSeries(r.entry.occupation.wages.series) : undefined;
    if (!series?.employment) continue;
    workers += series.employment;
    if (!r.atLeast && r.value < value) paidLess += series.employment;
  }
  const among = amongWhat(all);
  if (ranked.length < STANDING_MINIMUM || workers === 0)
    return { text: `The data has too few pay figures to place ${amountText(asked)} among ${among}.`, basis: "none" };
  const share = Math.round((paidLess / workers) * 100);
  const lead = share >= 60 ? "Above most jobs" : share <= 40 ? "Below most jobs" : "About the middle";
  const figure = headlineMedian(knowledge, ranked[0]!.entry, "annual");
  const workersOf = request.field ? `workers in ${among}` : "US workers";
  const every = request.field ? `every one of the ${among}` : "every occupation";
  // (BLS top-codes the highest medians: "at least $239,200" is never counted as paid less.)
  const shown = share >= 100 ? "over 99" : share <= 0 ? "under 1" : String(share);
  const standing =
    paidLess === 0
      ? `is less than the median pay of ${every}`
      : paidLess === workers
        ? `is more than the median pay of ${every}`
        : `is more than the median pay of the occupations that employ ${shown}% of ${workersOf}`;
  return {
    text: `${lead}: ${amountText(asked)} ${standing} (${figure ? shortAttribution(knowledge, figure) : "BLS"}). Whether it is good depends on the job and the place: ask with a job ("is it good for a paralegal?") to see where it falls in that job's pay.`,
    basis: "data",
  };
}
/** Every occupation, as a field whose figures are summed (field-figures.ts): every code starts with "". */
const ALL_OCCUPATIONS: RankField = { label: "all occupations", codes: [""] };

/**
 * "What's the average salary in the us": BLS publishes each occupation's median, not one figure for
 * every job here; counting each occupation's workers, the median of the occupation the middle worker
 * is in, then the occupations employing the most, each with its median.
 */
function middlePayVerdict(knowledge: KnowledgeBase, request: RankRequest): Verdict {
  const field = request.field ?? ALL_OCCUPATIONS;
  const figures = fieldFigures(knowledge, field);
  const among = amongWhat(request);
  if (figures.medianPay === null) return { text: `The data has no pay figures for ${among}.`, basis: "none" };
  const largest = rankOccupations(knowledge, request).slice(0, NAMED);
  const shown = largest.map((r) => {
    const median = r.entry.kind === "occupation" ? ownAnnualMedian(knowledge, r.entry.occupation) : null;
    return `${r.entry.title} (${typeof median === "number" ? formatMoney(median) : "no median"})`;
  });
  const wages = knowledge.imported?.sources.oews.release;
  const who = request.field ? `worker in ${among}` : "US worker";
  const commonest = shown.length ? ` The occupations employing the most: ${shown.join("; ")}.` : "";
  return {
    text: `The data has each occupation's median pay, not one average over all jobs: counting each occupation's workers, the middle ${who} is in an occupation with a median of ${formatMoney(figures.medianPay)} a year (BLS${wages ? `, ${wages}` : ""}).${commonest}`,
    basis: "indirect",
  };
}

/** Fewer occupations than this with a median: no share worth giving. */
const STANDING_MINIMUM = 10;

/** "What jobs pay over 100k without a degree": how many have a median of at least that and the best paid; where none has, so said, with the best paid there are. */
function paysAtLeastVerdict(knowledge: KnowledgeBase, request: RankRequest, asked: PayAmount): Verdict {
  const over = rankOccupations(knowledge, request);
  const { paysAtLeast: _, ...anyPay } = request;
  const ranked = (over.length ? over : rankOccupations(knowledge, anyPay)).slice(0, NAMED);
  const amount = amountText(asked);
  const among = amongWhat(request);
  if (!ranked.length) return { text: `The data has no occupations to rank among ${among}.`, basis: "none" };
  const figure = headlineMedian(knowledge, ranked[0]!.entry, "annual");
  const shown = namedWithValues(knowledge, request, ranked);
  const lead = over.length
    ? `Among ${among}, ${over.length === 1 ? "one has" : `${over.length} have`} a median of ${amount} or more; the best paid`
    : `Among ${among}, none has a median of ${amount} or more; the best paid there are`;
  return { text: `${lead}: ${shown} (${figure ? shortAttribution(knowledge, figure) : "BLS"}).`, basis: "data" };
}

/**
 * "is psychology a good major", "how much can i make with a biology degree": the jobs a bachelor's
 * degree opens (not the psychiatrist's, nor the radiologist's); "is an mba worth it", "a masters in
 * psychology": a master's. Null when the question names its own schooling, or asks neither worth nor
 * pay of a degree held.
 */
function openedByDegree(asked: RankRequest): RankRequest | null {
  const subject = asked.subject;
  const paid = asked.measure === "pay" && subject?.held === "degree";
  if (!(subject?.worth || paid) || asked.maxEducation) return null;
  // ("a phd in physics": every level is open to it.)
  const level = subject.degree?.level ?? subject.level ?? "bachelor";
  return level === "doctorate" ? null : { ...asked, maxEducation: level };
}

/**
 * "What jobs can you get with a psychology degree": the data links no degree to jobs, and the verdict
 * says so first; then the occupations that draw most on the subject's O*NET knowledge area, each with
 * its usual entry education (often more than the degree) and median.
 */
function subjectVerdict(knowledge: KnowledgeBase, asked: RankRequest, subject: DegreeSubject): Verdict {
  // "is psychology a good major": the jobs a bachelor's degree opens (not the psychiatrist's), where
  // enough do; "is an mba worth it": a master's. (The same for a degree's pay.)
  const opened = openedByDegree(asked);
  const request = opened && rankOccupations(knowledge, opened).length >= NAMED ? opened : asked;
  // "is engineering a good major": the jobs' pay and growth (see overallRanking).
  const overall = request.measure === "overall" ? overallRanking(knowledge, request) : null;
  const all = overall?.ranked ?? rankOccupations(knowledge, request);
  const ranked = all.slice(0, NAMED);
  const missing = subject.held === "liking" ? "what people like or are good at to jobs" : "degrees to jobs";
  const avoided = subject.held === "avoided";
  const worth = subject.worth
    ? `Whether ${withArticle(subject.label)}${subject.degree ? "" : " degree"} pays off depends on the work it leads to, and the data doesn't link degrees to jobs`
    : avoided
      ? `The data doesn't measure how much a job calls for ${subject.label}`
      : null;
  const lead = `${worth ?? `The data doesn't link ${missing}`}; what it has is how much each occupation draws on ${subject.element} ${knowledge.imported?.elements.knowledge.includes(subject.element) === false ? "skill" : "knowledge"} (O*NET importance, 1–5).`;
  if (!ranked.length)
    return {
      text: `${lead} No occupation${request.field ? ` among ${request.field.label}` : ""} draws on it ${avoided ? "that little" : "much"}.`,
      basis: "none",
    };
  const threshold = all.every((r) => (r.drawsOn ?? 0) >= SUBJECT_MOST) ? SUBJECT_MOST : SUBJECT_SOME;
  const figure = headlineMedian(knowledge, ranked[0]!.entry, "annual");
  const cite = `O*NET${figure ? `; ${shortAttribution(knowledge, figure)}` : ""}`;
  const shown = ranked
    .map((r) => {
      const o = r.entry.kind === "occupation" ? r.entry.occupation : null;
      const level = o ? blsEducationLevel(o) : null;
      const median = o ? ownAnnualMedian(knowledge, o) : null;
      const growth = overall ? growthOf(knowledge, r.entry) : null;
      const figures = [
        (request.measure === "related" || avoided) && r.drawsOn !== undefined ? `${r.drawsOn.toFixed(1)} of 5` : null,
        level ? EDUCATION_LABELS[level] : null,
        typeof median === "number" ? formatMoney(median) : null,
        growth === null ? null : `${formatPercentChange(growth)} growth`,
      ].filter(Boolean);
      return `${r.entry.title} (${figures.join("; ")})`;
    })
    .join("; ");
  const among = request.field ? `Among ${request.field.label}, those` : "Those";
  // "i have a bachelors in biology": the degree held.
  const starting = request.maxEducation ? `usually start with ${EDUCATION_LABELS[request.maxEducation]} or less` : null;
  const average = averageGrowth(knowledge);
  const what = avoided
    ? `${request.field ? `Among ${request.field.label} where` : "Where"} it rates ${SUBJECT_LITTLE} or less (somewhat important at most)${request.maxEducation ? ` and the job usually starts with ${EDUCATION_LABELS[request.maxEducation]} or less` : ""}, the highest median pay`
    : request.measure === "pay"
      ? `${request.field ? `Among ${request.field.label} where` : "Where"} it rates ${threshold} or more${starting ? `, among jobs that ${starting}` : ""}, the highest median pay`
      : overall?.growingOnly && average !== null
        ? `${request.field ? `Among ${request.field.label}, of` : "Of"} the jobs that draw on it most${starting ? ` and ${starting}` : ""}, the best paid of those projected to grow at least as fast as all jobs (${formatPercentChange(average)} over ${projectionsRelease(knowledge)})`
        : `${among} that draw on it most${starting ? ` and ${starting}` : ""}${request.excluding ? `, other than ${request.excluding.typed}` : ""}, best paid first${overall ? "" : " among equals"}`;
  const cited = overall ? `${cite}; BLS projections ${projectionsRelease(knowledge)}` : cite;
  return { text: `${lead} ${what}: ${shown} (${cited}).`, basis: "indirect" };
}

const MEASURE_WORDING: Record<RankRequest["measure"], string> = {
  pay: "the highest median pay",
  openings: "the most openings a year",
  growth: "the fastest projected growth",
  ease: "the shortest way in (BLS's typical entry education, then O*NET's job zone), best paid first",
  stress: "",
  people: "",
  handsOn: "",
  related: "",
  overall: "",
  workers: "those employing the most",
};

/** Burnout asked: the same rating stands in, said of burnout. */
const BURNOUT_LEAD =
  "The data doesn't measure burnout or stress directly; O*NET's Stress Tolerance rating (how much the work calls for handling stress) is a fair sign.";

/** Contact with patients or customers asked: the same rating stands in, said of contact. */
const CONTACT_LEAD =
  "The data doesn't measure contact with patients or customers directly; O*NET's Social interest rating (how much the work is helping, teaching or serving people) is a fair sign.";

/**
 * Measures the data has no figure for, ranked by the O*NET rating that is a fair sign of them; the
 * verdict says so first. Stress: the Stress Tolerance work style (1–5); work with people ("jobs for
 * introverts"): the Social interest (1–7); hands-on, physical or outdoor work: the Realistic interest (1–7).
 */
const RATED_MEASURES: Partial<Record<RankRequest["measure"], { element: string; scale: number; lead: string; mostLead?: string }>> = {
  stress: {
    element: "Stress Tolerance",
    scale: 5,
    lead: "The data doesn't measure stress directly; O*NET's Stress Tolerance rating (how much the work calls for handling stress) is a fair sign.",
  },
  people: {
    element: "Social",
    scale: 7,
    lead: "The data doesn't measure what suits introverts; O*NET's Social interest rating (how much the work is helping, teaching or serving people) is a fair sign.",
    mostLead:
      "The data doesn't measure who likes working with people; O*NET's Social interest rating (how much the work is helping, teaching or serving people) is a fair sign.",
  },
  handsOn: {
    element: "Realistic",
    scale: 7,
    lead: "The data doesn't measure hands-on, physical or outdoor work directly; O*NET's Realistic interest rating (building or repairing things, physical activity, working outdoors) is a fair sign.",
  },
};

/** The O*NET element a rated measure ranks by: the subject's knowledge area ("related"), or the table's; null for the others. */
function rankedElement(request: RankRequest): string | null {
  return request.measure === "related" ? (request.subject?.element ?? null) : (RATED_MEASURES[request.measure]?.element ?? null);
}

/** "Electrician ($63,190); Plumber ($63,800)": each ranked occupation with its figures; semicolons, as titles have commas of their own ("Welder, Cutter, Solderer or Brazer"). */
function namedWithValues(knowledge: KnowledgeBase, request: RankRequest, ranked: readonly Ranked[]): string {
  return ranked.map((r) => `${r.entry.title} (${shownValue(knowledge, request, r)})`).join("; ");
}

function shownValue(knowledge: KnowledgeBase, request: RankRequest, { entry, value, atLeast }: Ranked): string {
  if (request.measure === "pay") return `${atLeast ? "at least " : ""}${formatMoney(value)}`;
  if (request.measure === "overall") {
    const growth = growthOf(knowledge, entry);
    return `${atLeast ? "at least " : ""}${formatMoney(value)}${growth === null ? "" : `, ${formatPercentChange(growth)}`}`;
  }
  if (request.measure === "ease" && entry.kind === "occupation") {
    // The score mixes schooling, zone and pay: each is shown from the occupation itself.
    const o = entry.occupation;
    const level = blsEducationLevel(o);
    const median = ownAnnualMedian(knowledge, o);
    return `${level ? EDUCATION_LABELS[level] : "no entry education listed"}${typeof median === "number" ? `, ${formatMoney(median)}` : ""}`;
  }
  if (request.measure === "openings") return `about ${Math.round(value).toLocaleString("en-US")}`;
  if (request.measure === "workers") return `about ${roughCount(value)} workers`;
  const rated = RATED_MEASURES[request.measure];
  if (rated) {
    const rating = rankedRating(knowledge, rated.element, entry.id);
    const median = entry.kind === "occupation" ? ownAnnualMedian(knowledge, entry.occupation) : null;
    return `${rating === null ? "not rated" : `${rating.toFixed(1)} of ${rated.scale}`}${typeof median === "number" ? `, ${formatMoney(median)}` : ""}`;
  }
  return formatPercentChange(value);
}
