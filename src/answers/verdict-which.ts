// Verdicts between two or three roles ("which pays more", "which needs more school", "which is more
// stressful"): one sentence that names the answer first, with the figures and their source.
// Where the data does not measure the thing asked, the sentence says so and what it does show.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { type EducationLevel, SENIORITY_LEVELS } from "../knowledge/schema.js";
import { fearVerdict } from "./verdict-fear.js";
import { reportingLineFromTasks, taskEvidence } from "./reporting-line.js";
import { normalizeWords } from "../text/normalize.js";
import { spokenList } from "../text/spoken-list.js";
import { RECORD_WORDS, type QuestionTopic } from "../understanding/detect-topic.js";
import { AVERSION_WORDS } from "../understanding/lexicon.js";
import { HOW_MUCH_MORE } from "../understanding/detect-kind.js";
import { hasPhrase } from "../understanding/phrase-match.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { elementCue } from "./element-cues.js";
import { interestVerdict } from "./verdict-interest.js";
import { payExtrasVerdict } from "./verdict-pay-extras.js";
import { asksSteadyPay, steadyPayVerdict } from "./verdict-steady-pay.js";
import { toolsLine } from "./verdict-tools.js";
import { asksHowLong, trainingTime } from "./training-time.js";
import { routeInto, withEditorSentence } from "./editor-sentence.js";
import { conditionsVerdict, noteAnswersFirst } from "./verdict-conditions.js";
import {
  EDUCATION_LABELS,
  LEVEL_LABELS,
  SAME_PAY_PERCENT,
  formatMoney,
  formatPercentChange as signed,
  formatThousands,
  percentDifference,
} from "./format-figures.js";
import {
  blsTraining,
  comparablePeriod,
  periodsApart,
  educationRank,
  elementRating,
  entryEducation,
  headlineMedian,
  indicativeComparison,
  initials,
  occupationOf,
  projectionsRelease,
  type Rating,
  reportsTo,
  shareRequiringAtLeast,
  shortAttribution,
} from "./role-evidence.js";

/** Growth closer than this (percentage points) is "about the same". */
const SAME_GROWTH_POINTS = 1;
/** Ratings closer than this (on a 5-point scale) are "about the same". */
const SAME_RATING = 0.25;

const rate = (r: Rating) => `${r.value.toFixed(1)} of ${r.scale}`;

/** "how much more does an rn make than an lpn" (the gap's size, as detect-kind reads it), "… in dollars": the gap asked as an amount. */
const GAP_ASKED = new RegExp(`${HOW_MUCH_MORE.source}|\\bin dollars\\b|\\b(dollar|pay) (gap|difference)\\b`);

/** Which pays more; `text` (the question) asks the gap as an amount too where it says so. */
export function payVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], period: PayPeriod, text = ""): Verdict {
  const rows = entries.map((entry) => ({ entry, figure: headlineMedian(knowledge, entry, period) }));
  const missing = rows.filter((r) => !r.figure).map((r) => r.entry.title);
  if (missing.length) return { text: `I have no pay figure for ${spokenList(missing)}, so I can't say which pays more.`, basis: "none" };
  // ("nurse or teacher, which pays more per hour": by the year, as teachers are paid; "dancer or
  // fitness instructor": by the hour, as dancers are.)
  const compared = comparablePeriod(knowledge, entries, period);
  if (compared !== period) return payVerdict(knowledge, entries, compared, text);
  const apart = periodsApart(
    knowledge,
    rows.map((r) => ({ title: r.entry.title, figure: r.figure! })),
  );
  if (apart) return { text: apart, basis: "none" };
  const unit = rows.every((r) => r.figure!.period === "hourly") ? "an hour" : "a year";
  const series = rows.map((r) => r.figure!.series?.code);
  if (series[0] && series.every((s) => s === series[0])) {
    const f = rows[0]!.figure!;
    return {
      text: `The data can't tell them apart on pay: BLS counts ${spokenList(entries.map((e) => e.title))} in one series (${series[0]}), median ${formatMoney(f.median!, f.currency)} ${unit} (${shortAttribution(knowledge, f)}).`,
      basis: "none",
    };
  }
  const sorted = [...rows].sort((a, b) => b.figure!.median! - a.figure!.median!);
  const top = sorted[0]!;
  const attributions = [...new Set(rows.map((r) => shortAttribution(knowledge, r.figure!)))];
  const cite = attributions.length === 1 ? ` (${attributions[0]})` : "";
  const amount = (r: (typeof rows)[number]) => `${r.figure!.medianAtLeast ? "≥ " : ""}${formatMoney(r.figure!.median!, r.figure!.currency)}`;
  const sourced = (r: (typeof rows)[number]) => (cite ? amount(r) : `${amount(r)} (${shortAttribution(knowledge, r.figure!)})`);
  const low = sorted[sorted.length - 1]!;
  const loose = indicativeComparison(rows.map((r) => ({ title: r.entry.title, figure: r.figure! })));
  if (percentDifference(top.figure!.median!, low.figure!.median!) < SAME_PAY_PERCENT)
    return { text: `About the same: median ${sorted.map((r) => `${r.entry.title} ${sourced(r)}`).join(", ")} ${unit}${cite}.${loose}`, basis: "data" };
  if (sorted.length === 2) {
    const gap = percentDifference(top.figure!.median!, low.figure!.median!);
    // ("how much more does an rn make than an lpn": the amount, then the share.)
    const amount =
      GAP_ASKED.test(normalizeWords(text)) && !top.figure!.medianAtLeast && top.figure!.currency === low.figure!.currency
        ? `${formatMoney(top.figure!.median! - low.figure!.median!, top.figure!.currency)} ${unit} (${gap}%) more`
        : `about ${gap}% more`;
    return {
      text: `${top.entry.title} earns more: median ${sourced(top)} vs ${sourced(low)} ${unit} for ${low.entry.title}, ${amount}${cite}.${loose}`,
      basis: "data",
    };
  }
  const medians = `median ${sorted.map((r) => `${r.entry.title} ${sourced(r)}`).join(", ")} ${unit}${cite}.${loose}`;
  // ("truck driver vs delivery driver vs bus driver, which pays best": $410 apart at the top is no one job paying the most.)
  const tied = sorted.filter((r) => percentDifference(top.figure!.median!, r.figure!.median!) < SAME_PAY_PERCENT);
  if (tied.length > 1) {
    const rest = sorted.filter((r) => !tied.includes(r)).map((r) => r.entry.title);
    return { text: `${spokenList(tied.map((r) => r.entry.title))} pay about the same, more than ${spokenList(rest)}: ${medians}`, basis: "data" };
  }
  return { text: `${top.entry.title} earns the most: ${medians}`, basis: "data" };
}

export function outlookVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): Verdict {
  const rows = entries.map((entry) => ({ entry, p: occupationOf(entry)?.projection ?? null }));
  const missing = rows.filter((r) => r.p?.changePercent == null).map((r) => r.entry.title);
  if (missing.length) return { text: `BLS projections don't cover ${spokenList(missing)}, so I can't compare the outlook.`, basis: "none" };
  const release = projectionsRelease(knowledge);
  const sorted = [...rows].sort((a, b) => b.p!.changePercent! - a.p!.changePercent!);
  const top = sorted[0]!;
  const growth = sorted.map((r) => `${r.entry.title} ${signed(r.p!.changePercent!)}`).join(", ");
  const openings = rows.every((r) => r.p!.openingsPerYear !== null)
    ? `; openings a year: ${sorted.map((r) => `${r.entry.title} about ${formatThousands(r.p!.openingsPerYear!)}`).join(", ")}`
    : "";
  const spread = top.p!.changePercent! - sorted[sorted.length - 1]!.p!.changePercent!;
  const lead = spread < SAME_GROWTH_POINTS ? "Their outlooks are much alike" : `${top.entry.title} has the better outlook`;
  return { text: `${lead}: projected job growth ${growth} (BLS, ${release})${openings}.`, basis: "data" };
}

/** "which one needs the least schooling", "which is quickest to get into": the job asking least, asked for. */
const LEAST_ASKED = /\b(least|fewest|less|shortest|quickest|fastest|minimum|lowest)\b/;

/** Which needs more schooling; where `text` (the question) asks which needs least, that one. */
export function educationVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], text = ""): Verdict {
  const rows = entries.map((entry) => ({ entry, level: entryEducation(entry) }));
  const missing = rows.filter((r) => !r.level).map((r) => r.entry.title);
  if (missing.length) return { text: `The data gives no entry education for ${spokenList(missing)}, so I can't compare the schooling.`, basis: "none" };
  const sorted = [...rows].sort((a, b) => educationRank(b.level!) - educationRank(a.level!));
  const top = sorted[0]!;
  const occupations = rows.map((r) => occupationOf(r.entry));
  const shares = occupations.map((o) => shareRequiringAtLeast(o, "bachelor"));
  const surveyed = shares.every((s) => s !== null)
    ? ` ${shares.map((s, i) => `${s}% of ${rows[i]!.entry.title} workers`).join(" and ")} surveyed by O*NET say a bachelor's or more is required.`
    : "";
  if (sorted.every((r) => r.level === top.level))
    return { text: `About the same schooling: each usually starts with ${EDUCATION_LABELS[top.level!]}.${surveyed}`, basis: "data" };
  const typical = (order: typeof sorted) => order.map((r) => `${EDUCATION_LABELS[r.level!]} for ${r.entry.title}`).join(" vs ");
  const bottom = sorted.at(-1)!;
  const at = (level: EducationLevel) => sorted.filter((r) => r.level === level).map((r) => r.entry.title);
  const need = (titles: readonly string[]) => `${spokenList(titles)} ${titles.length > 1 ? "need" : "needs"}`;
  // ("electrician, plumber or hvac, which one needs the least schooling": the least first. Jobs at one
  // level are named together: never one of two equal levels said to need more.)
  if (LEAST_ASKED.test(normalizeWords(text))) {
    const least = sorted.length > 2 ? "the least" : "less";
    return {
      text: `${need(at(bottom.level!))} ${least} schooling: typically ${typical([...rows].sort((a, b) => educationRank(a.level!) - educationRank(b.level!)))}.${surveyed}`,
      basis: "data",
    };
  }
  return { text: `${need(at(top.level!))} more schooling: typically ${typical(sorted)}.${surveyed}`, basis: "data" };
}

/** "Which takes longer to get into": preparation (O*NET Job Zone), education and experience together. */
export function preparationVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): Verdict {
  const zones = entries.map((e) => occupationOf(e)?.jobZone ?? null);
  if (zones.some((z) => z === null)) return educationVerdict(knowledge, entries);
  const rows = entries.map((entry, i) => ({ entry, zone: zones[i]!, level: entryEducation(entry) }));
  const sorted = [...rows].sort((a, b) => b.zone - a.zone || (b.level && a.level ? educationRank(b.level) - educationRank(a.level) : 0));
  const top = sorted[0]!;
  const zonesText = sorted.map((r) => `${r.entry.title} Job Zone ${r.zone}`).join(" vs ");
  const sameLevel = rows.every((r) => r.level === rows[0]!.level);
  const schooling = !rows.every((r) => r.level)
    ? ""
    : sameLevel
      ? `; typical entry ${EDUCATION_LABELS[rows[0]!.level!]} for each (BLS)`
      : `; typical entry ${sorted.map((r) => EDUCATION_LABELS[r.level!]).join(" vs ")} (BLS)`;
  if (sorted.every((r) => r.zone === top.zone && r.level === top.level))
    return {
      text: `About the same preparation: O*NET puts each in Job Zone ${top.zone} of 5${schooling}.${trainingTimesApart(knowledge, entries)}`,
      basis: "data",
    };
  // One job zone, different schooling: the schooling is the difference ("Job Zone 3 vs Job Zone 3" says nothing).
  if (sorted.every((r) => r.zone === top.zone) && top.level) {
    // ...unless the less schooled one starts with an apprenticeship, years of paid training the other
    // does not ask ("is hvac easier than electrician to get into": a certificate against an apprenticeship).
    const training = (r: (typeof rows)[number]) => blsTraining(occupationOf(r.entry));
    const apprenticed = (r: (typeof rows)[number]) => /apprenticeship/i.test(training(r) ?? "");
    if (!apprenticed(top) && sorted.some((r) => r !== top && apprenticed(r))) {
      const then = (r: (typeof rows)[number]) => (apprenticed(r) ? "an apprenticeship" : training(r)?.toLowerCase());
      const starts = sorted.map((r) => `${EDUCATION_LABELS[r.level!]}${then(r) ? `, then ${then(r)},` : ""} for ${r.entry.title}`);
      return {
        text: `About the same preparation, by different routes: O*NET puts each in Job Zone ${top.zone} of 5; the typical start is ${starts.join(" vs ")} (BLS).`,
        basis: "data",
      };
    }
    const starts = `${sorted.map((r) => `${EDUCATION_LABELS[r.level!]} for ${r.entry.title}`).join(" vs ")} (BLS); O*NET puts each in Job Zone ${top.zone} of 5.`;
    // ("dental assistant, medical assistant or pharmacy tech, which can i start fastest": two tied at the
    // top are no one job that takes more; the one that asks least is the answer.)
    const bottom = sorted.at(-1)!;
    const topTied = sorted.filter((r) => r.level === top.level).length > 1;
    if (topTied && sorted.filter((r) => r.level === bottom.level).length === 1)
      return { text: `${bottom.entry.title} asks the least schooling to start: ${starts}`, basis: "data" };
    return { text: `${top.entry.title} usually takes more schooling to start: ${starts}`, basis: "data" };
  }
  return { text: `${top.entry.title} takes more preparation: O*NET ${zonesText} of 5${schooling}.`, basis: "data" };
}

/**
 * " Once hired, the on-the-job training O*NET's surveyed workers report (the middle answer): up to 1 month
 * for Nursing Assistant vs 1 to 3 months for Medical Assistant." where the schooling is the same and the
 * training differs ("cna or medical assistant, which is quicker"), or "".
 */
function trainingTimesApart(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): string {
  const times = entries.map((e) => trainingTime(knowledge, occupationOf(e)));
  if (times.some((t) => t === null) || times.every((t) => t!.middle === times[0]!.middle)) return "";
  const each = entries.map((e, i) => `${times[i]!.middle} for ${e.title}`).join(" vs ");
  return ` Once hired, the on-the-job training O*NET's surveyed workers report (the middle answer): ${each}.`;
}

export function seniorityVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], text: string): Verdict {
  const levels = entries.map((e) => (e.kind === "curated" ? e.role.career.level : null));
  if (levels.every((l) => l !== null)) {
    const rank = (i: number) => SENIORITY_LEVELS.indexOf(levels[i]!);
    const order = entries.map((_, i) => i).sort((a, b) => rank(b) - rank(a));
    const top = order[0]!;
    if (order.every((i) => levels[i] === levels[top]))
      return { text: `About the same level: ${spokenList(entries.map((e) => e.title))} are each ${LEVEL_LABELS[levels[top]!]} roles.`, basis: "data" };
    return {
      text: `${entries[top]!.title} is the more senior role: ${order.map((i) => `${entries[i]!.title} ${LEVEL_LABELS[levels[i]!]}`).join(", ")}.`,
      basis: "data",
    };
  }
  const line = reportingLine(entries, text);
  if (line) return { text: `${line.boss.title} is the more senior role: ${line.report.title} usually reports to the ${line.as.toLowerCase()}.`, basis: "data" };
  // ("sous chef vs line cook, who's higher": a task that says who directs whom.)
  const directs = reportingLineFromTasks(entries);
  if (directs) return { text: `${directs.boss.title} is the more senior role: ${taskEvidence(directs)}`, basis: "data" };
  // Occupations have no ranks in the data: preparation and pay are the nearest signs.
  const prep = preparationVerdict(knowledge, entries);
  const pay = payVerdict(knowledge, entries, "annual");
  return {
    text: `The data ranks occupations by preparation, not seniority. ${prep.text}${pay.basis === "data" ? ` ${pay.text}` : ""}`,
    basis: "indirect",
  };
}

/**
 * "CEO vs COO": a curated role whose reporting line names another role asked about ("Chief executive
 * officer"), as the question names it: "cfo" is filed under Chief Executives too, but a COO does not
 * report to the CFO.
 */
function reportingLine(entries: readonly RoleEntry[], question: string): { boss: RoleEntry; report: RoleEntry; as: string } | null {
  const asked = normalizeWords(question);
  for (const report of entries) {
    if (report.kind !== "curated") continue;
    for (const boss of entries) {
      if (boss === report) continue;
      const named = hasPhrase(asked, normalizeWords(boss.title));
      const as = reportsTo(report, boss, (item) => named || hasPhrase(asked, initials(item)) || hasPhrase(asked, normalizeWords(item)));
      if (as) return { boss, report, as };
    }
  }
  return null;
}

/** A quality rated by O*NET elements ("more math", "more stressful"): the ratings, never a verdict on the word. */
export function ratingVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], text: string): Verdict | null {
  const cue = elementCue(text);
  if (!cue) return null;
  const indirect = cue.unmeasured ? `The data doesn't measure ${cue.unmeasured} directly. ` : "";
  const labelOf = (name: string, rating: Rating) => (rating.scale === 7 ? `the ${name} interest` : name);
  // O*NET has not rated every occupation ("Financial and Investment Analysts" has no skill ratings):
  // the first element some roles are rated on, kept in case none is rated for every role.
  let partly: { name: string; ratings: (Rating | null)[] } | null = null;
  for (const name of cue.elements) {
    const ratings = entries.map((e) => elementRating(knowledge, occupationOf(e), name));
    if (ratings.some((r) => !r)) {
      if (!partly && ratings.some((r) => r)) partly = { name, ratings };
      continue;
    }
    const order = entries.map((_, i) => i).sort((a, b) => ratings[b]!.value - ratings[a]!.value);
    // "for introverts": the role rated lowest is the answer.
    const top = cue.fewer ? order[order.length - 1]! : order[0]!;
    const values = order.map((i) => `${entries[i]!.title} ${rate(ratings[i]!)}`).join(", ");
    const label = labelOf(name, ratings[0]!);
    const spread = ((ratings[order[0]!]!.value - ratings[order[order.length - 1]!]!.value) * 5) / ratings[0]!.scale;
    if (spread < SAME_RATING) return { text: `${indirect}O*NET rates ${label} about the same for each (${values}).`, basis: "indirect" };
    return { text: `${indirect}${entries[top]!.title} ${cue.fewer ?? cue.more}: O*NET rates ${label} ${values}.`, basis: "indirect" };
  }
  // The ratings there are, and which roles have none, not "no ratings" for all of them.
  if (partly) {
    const { name, ratings } = partly;
    const rated = entries.flatMap((e, i) => (ratings[i] ? [`${rate(ratings[i])} for ${e.title}`] : []));
    const unrated = entries.filter((_, i) => !ratings[i]).map((e) => e.title);
    const firstRated = ratings.find((r) => r !== null)!;
    const label = labelOf(name, firstRated);
    return {
      text: `${indirect}O*NET rates ${label} ${rated.join(", ")}, but has no rating of it for ${spokenList(unrated)}, so the data can't compare them on ${cue.quality}.`,
      basis: "none",
    };
  }
  return { text: `The data doesn't rate ${cue.quality} for ${spokenList(entries.map((e) => e.title))}.`, basis: "none" };
}

/** A criminal record, named in the member's words. */
const CRIMINAL_RECORD = new RegExp(String.raw`\b(${RECORD_WORDS}|criminal)\b`);
/** A fear or a reaction of the member's ("i faint at blood", "afraid of heights"): theirs to weigh against the work. */
const FEAR_OR_REACTION = new RegExp(String.raw`\b(faint(s|ing)?|squeamish|scared|afraid|fear|terrified|${AVERSION_WORDS})\b`);

/** A condition of the member's body ("a bad back", "bad knees"): theirs to weigh against what the work asks of the body. */
const BODY_CONDITION = /\b(bad|injured|weak|hurt|messed up) (back|knees?|joints|wrists?|shoulders?|hips?)|back (problems|injury|issues|pain)|arthritis\b/;
const BODY_CONDITION_LEAD =
  "The data doesn't cover health conditions: whether one stands in the way is for you (and a doctor) to weigh against what the work asks of the body.";

/** A physical standard asked about ("a height requirement", "bad eyesight", "too short"): set by employers, not measured. */
const PHYSICAL_STANDARD =
  /\b(eyesight|vision|eyes|height|weight|too short|too tall|tall enough|overweight|colou?r ?blind(ness)?|glasses|deaf|hard of hearing)\b/;

/**
 * Whether a criminal record (or tattoos, a health condition…) bars the way in: no dataset here says;
 * the usual way in follows where there is one.
 */
export function recordVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], text = ""): Verdict {
  // ("hvac or welding, i have a bad back": what each job asks of the body, where the Handbook notes it.)
  if (BODY_CONDITION.test(normalizeWords(text))) {
    const body = conditionsVerdict(knowledge, entries, "physical");
    if (body.source) return { ...body, text: `${BODY_CONDITION_LEAD} ${body.text}` };
  }
  // ("carpenter vs roofer, i don't love heights": what the Handbook's notes say of it, job by job.)
  const fear = FEAR_OR_REACTION.test(normalizeWords(text)) ? fearVerdict(knowledge, entries, text) : null;
  if (fear) return fear;
  const ways = entries.flatMap((e) => {
    const level = entryEducation(e);
    return level ? [`${e.title}: ${EDUCATION_LABELS[level]}`] : [];
  });
  const usual = ways.length ? ` The usual way in, ${ways.join("; ")} (BLS).` : "";
  const lead =
    !text || CRIMINAL_RECORD.test(normalizeWords(text))
      ? "The data doesn't cover criminal records: whether one stands in the way is up to licensing boards and employers, and the rules vary by state."
      : PHYSICAL_STANDARD.test(normalizeWords(text))
        ? "The data doesn't cover physical or medical standards such as height, eyesight or hearing: employers, and for some jobs licensing or medical boards, set them."
        : FEAR_OR_REACTION.test(normalizeWords(text))
          ? "The data doesn't cover fears or reactions like that: whether one would get in the way is yours to weigh against what the job involves."
          : "The data doesn't cover personal circumstances like that: whether one stands in the way is up to employers and, for some jobs, licensing or medical standards.";
  return { text: `${lead}${usual}`, basis: "none" };
}

/** Benefits are not in BLS's wage tables or O*NET: said first, before the pay it does have (or a ranking). */
export const LACKS_BENEFITS = "The data doesn't cover benefits such as pensions or health insurance";
export const NO_BENEFITS = `${LACKS_BENEFITS}.`;
/** Nor the member's age: one sentence wherever it is said (compose-verdict.ts says it only once a verdict lacks it). */
export const LACKS_AGE = "The data doesn't track age";
export const NO_AGE = `${LACKS_AGE}.`;
/** Nor how or when the pay comes: said first, before what workers earn, which it has. */
export const NO_PAY_BASIS =
  "The data doesn't say how or when workers are paid (hourly or salaried, by the mile, every week or over the summer): BLS reports what they earn, whatever the basis.";
/** Nor how hard a program is to get into: said first, before the schooling it does have. */
export const NO_ADMISSIONS = "The data doesn't cover admissions or acceptance rates for schools or programs.";
/** Nor is what schooling costs: said first, before the schooling and pay it does have. */
export const NO_COSTS = "The data doesn't cover what schooling costs or student debt.";

/** Pay asked beside hours or danger: "who earns more and which is more dangerous". */
const PAY_ASKED_TOO = /\b(pay|pays|paying|paid|salary|salaries|earn|earns|earning|money|wages?|income)\b/;

/** "Which is better": no single answer; the figures that usually decide it, side by side. */
export function overallVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], period: PayPeriod): Verdict {
  const parts = [payVerdict(knowledge, entries, period), outlookVerdict(knowledge, entries), educationVerdict(knowledge, entries)]
    .filter((v) => v.basis === "data")
    .map((v) => v.text);
  if (!parts.length) return { text: "Better depends on what matters to you, and the data has too little on these roles to weigh them.", basis: "none" };
  return { text: `Better depends on what matters to you. On the data: ${parts.join(" ")}`, basis: "data" };
}

/**
 * "cna, phlebotomy or medical assistant, which can i finish quickest": asked how long, how long each
 * one's programs take where an editor recorded it (data/routes.yaml), after the level compared.
 */
function withProgramLengths(knowledge: KnowledgeBase, entries: readonly RoleEntry[], verdict: Verdict, text: string): Verdict {
  if (!asksHowLong(text)) return verdict;
  const routes = [...new Set(entries.map((e) => routeInto(knowledge, e)).filter((r) => r !== undefined))];
  return routes.reduce((said, route) => withEditorSentence(said, route, route.route), verdict);
}

export function whichVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], topic: QuestionTopic, text: string, period: PayPeriod): Verdict {
  // ("which is the more stable income", "… i want a steady paycheck not commission": how widely each one's
  // pay varies, before the medians; commission named is the reason, not the question.)
  if ((topic === "pay" || topic === "extras") && asksSteadyPay(text))
    return steadyPayVerdict(knowledge, entries, period, payVerdict(knowledge, entries, period, text).text);
  switch (topic) {
    case "pay":
      return payVerdict(knowledge, entries, period, text);
    case "benefits":
      return { text: `${NO_BENEFITS} On pay, which it has: ${payVerdict(knowledge, entries, period).text}`, basis: "none" };
    case "payBasis":
      return { text: `${NO_PAY_BASIS} On pay, which it has: ${payVerdict(knowledge, entries, period).text}`, basis: "none" };
    case "cost":
      return {
        text: `${NO_COSTS} On schooling and pay, which it has: ${educationVerdict(knowledge, entries).text} ${payVerdict(knowledge, entries, period).text}`,
        basis: "none",
      };
    case "admissions":
      return { text: `${NO_ADMISSIONS} On the schooling, which it has: ${educationVerdict(knowledge, entries).text}`, basis: "none" };
    case "extras":
      return payExtrasVerdict(knowledge, entries, text, period, payVerdict(knowledge, entries, period).text);
    case "prospects":
      return outlookVerdict(knowledge, entries);
    case "education":
    case "credential":
      return withProgramLengths(knowledge, entries, educationVerdict(knowledge, entries, text), text);
    case "ease":
      return withProgramLengths(knowledge, entries, preparationVerdict(knowledge, entries), text);
    case "seniority":
      return seniorityVerdict(knowledge, entries, text);
    case "interest":
      return ratingVerdict(knowledge, entries, text) ?? interestVerdict(knowledge, entries);
    case "stress":
    case "skills":
    case "work":
      return ratingVerdict(knowledge, entries, text) ?? conditionsVerdict(knowledge, entries, topic, text);
    case "balance":
    case "physical":
    case "setting": {
      const conditions = conditionsVerdict(knowledge, entries, topic, text);
      const rated = noteAnswersFirst(conditions, topic) ? null : ratingVerdict(knowledge, entries, text);
      if (rated) return rated;
      // ("lineman vs electrician, which is more dangerous": what the data lacks, then the pay it has, never a refusal alone.)
      // ("which is more risky and paying": the pay asked too is answered on its own, not twice.)
      if (conditions.basis !== "none" || PAY_ASKED_TOO.test(text.toLowerCase())) return conditions;
      const pay = payVerdict(knowledge, entries, period);
      return pay.basis === "data" ? { text: `${conditions.text} On pay, which it has: ${pay.text}`, basis: "none" } : conditions;
    }
    case "general":
      return overallVerdict(knowledge, entries, period);
    case "record":
      return recordVerdict(knowledge, entries, text);
    case "tools": {
      // Each role's in-demand technologies: the data has no measure of which uses "more".
      const lines = entries.flatMap((e) => toolsLine(e)?.text ?? []);
      return lines.length ? { text: lines.join(" "), basis: "data" } : { text: "O*NET lists no in-demand technologies for these roles.", basis: "none" };
    }
  }
}
