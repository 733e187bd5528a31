// The one sentence an answer leads with: curated in data/comparisons when an editor wrote one,
// otherwise derived from the facts (pay gap, seniority gap, education gap).
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { EDUCATION_LEVELS, SENIORITY_LEVELS } from "../knowledge/schema.js";
import type { FigureView, KeyDifference, PayPeriod, RoleFacts } from "./answer.js";
import { EDUCATION_LABELS, LEVEL_LABELS, SAME_PAY_PERCENT, figureAttribution, formatMoney, percentDifference } from "./format-figures.js";
import { outlookDifference, overviewFromData, skillsDifference, type PayGap } from "./derived-difference.js";
import { figuresOf, headlineFigure } from "./role-facts.js";
import { comparablePeriod, indicativeComparison, periodsApart, shortAttribution } from "./role-evidence.js";

/** Figures are comparable when they come from one release: every wage table of one publisher and year, or one other source. */
function releaseKey(figure: FigureView): string {
  return figure.source.kind === "wage-table" ? `wages|${figure.source.publisher ?? ""}|${figure.year ?? ""}` : `source|${figure.source.id}`;
}

/** Medians comparable across roles: the same release for every role, preferring a dated one. */
export function comparableMedians(
  knowledge: KnowledgeBase,
  roles: readonly RoleFacts[],
  period: PayPeriod = "annual",
): { role: RoleFacts; figure: FigureView }[] | null {
  // ("nurse an hour vs a teacher": by the year, as teachers are paid.)
  const entries = roles.map((r) => knowledge.getRole(r.roleId)!);
  const compared = comparablePeriod(knowledge, entries, period);
  const perRole = entries.map((entry) => figuresOf(knowledge, entry, compared).filter((f) => f.median !== undefined));
  const keys = perRole[0]?.map(releaseKey) ?? [];
  const shared = keys.filter((key) => perRole.every((figs) => figs.some((f) => releaseKey(f) === key)));
  const dated = shared.find((key) => perRole[0]!.find((f) => releaseKey(f) === key)!.year !== null);
  const key = dated ?? shared[0];
  if (!key) return null;
  return roles.map((role, i) => ({ role, figure: perRole[i]!.find((f) => releaseKey(f) === key)! }));
}

/** "pharmacist vs pharmacy tech hourly pay": the medians in the period the cards show. */
function salaryDifference(knowledge: KnowledgeBase, roles: readonly RoleFacts[], period: PayPeriod): string {
  const medians = comparableMedians(knowledge, roles, period);
  // (In the period compared, which is the year when one role has no hourly figure.)
  const unit = medians?.[0]?.figure.period === "hourly" ? " an hour" : period === "hourly" ? " a year" : "";
  if (!medians) {
    const parts = roles.map((r) => {
      const f = headlineFigure(figuresOf(knowledge, knowledge.getRole(r.roleId)!));
      return f?.median !== undefined ? `${r.title} ${formatMoney(f.median, f.currency)} (${figureAttribution(f)})` : `${r.title}: no figure`;
    });
    return `Median pay from different sources: ${parts.join("; ")}.`;
  }
  const apart = periodsApart(
    knowledge,
    medians.map((m) => ({ title: m.role.title, figure: m.figure })),
  );
  if (apart) return apart;
  const series = medians.map((m) => m.figure.series?.code);
  if (series[0] && series.every((s) => s === series[0])) {
    return `${medians[0]!.figure.source.publisher ?? "The source"} counts ${roles.map((r) => r.title).join(" and ")} in one series (${series[0]}), so its median of ${formatMoney(medians[0]!.figure.median!)} cannot tell them apart; the role facts below show the real difference.`;
  }
  const sorted = [...medians].sort((a, b) => b.figure.median! - a.figure.median!);
  const top = sorted[0]!;
  const attribution = shortAttribution(knowledge, top.figure);
  const loose = indicativeComparison(medians.map((m) => ({ title: m.role.title, figure: m.figure })));
  if (sorted.length === 2) {
    const low = sorted[1]!;
    const gap = top.figure.median! - low.figure.median!;
    if (gap === 0) return `${top.role.title} and ${low.role.title} have the same median pay (${formatMoney(top.figure.median!)}, ${attribution}).`;
    // A gap of a few percent is within the survey's error: "earns more" would overstate it.
    if (percentDifference(top.figure.median!, low.figure.median!) < SAME_PAY_PERCENT)
      return `Median pay is about the same: ${top.role.title} ${formatMoney(top.figure.median!)}, ${low.role.title} ${formatMoney(low.figure.median!)} (${attribution}).${loose}`;
    return `${top.role.title} earns more: a median of ${formatMoney(top.figure.median!)} vs ${formatMoney(low.figure.median!)}${unit} for ${low.role.title}, ${formatMoney(gap)} (${percentDifference(top.figure.median!, low.figure.median!)}%) higher (${attribution}).${loose}`;
  }
  return `${top.role.title} pays best: medians ${sorted.map((m) => `${m.role.title} ${formatMoney(m.figure.median!)}`).join(", ")} (${attribution}).${loose}`;
}

/** The overview's short pay line: "Registered Nurse earns about 51% more (BLS, May 2025)"; the cards show the medians. */
function payGapSentence(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): PayGap | null {
  const medians = comparableMedians(knowledge, roles);
  if (!medians || new Set(medians.map((m) => m.figure.series?.code ?? m.role.roleId)).size < medians.length) return null;
  // (A median by the hour against one by the year is no gap: "music teacher vs musician".)
  if (new Set(medians.map((m) => m.figure.period === "hourly")).size > 1) return null;
  const sorted = [...medians].sort((a, b) => b.figure.median! - a.figure.median!);
  const [top, next] = [sorted[0]!, sorted[1]!];
  const gap = percentDifference(top.figure.median!, next.figure.median!);
  if (gap < SAME_PAY_PERCENT) return { text: `Median pay is about the same (${shortAttribution(knowledge, top.figure)}).`, percent: 0 };
  return { text: `${top.role.title} earns about ${gap}% more than ${next.role.title} (median, ${shortAttribution(knowledge, top.figure)}).`, percent: gap };
}

function requirementsDifference(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): string {
  const parts = roles.map((r) => {
    const entry = knowledge.getRole(r.roleId)!;
    const education = r.education ? EDUCATION_LABELS[r.education] : "no stated level of education";
    if (entry.kind === "curated") {
      const years = entry.role.requirements.experience.minYears;
      return `${r.title} usually asks for ${education}${years > 0 ? ` and ${years}+ years' experience` : ""}`;
    }
    const experience = entry.occupation.projection?.workExperience;
    const years = experience && !/^none$/i.test(experience) ? ` and ${experience.toLowerCase()} of related experience` : "";
    return `${r.title} usually starts with ${education}${years} (BLS)`;
  });
  const levels = roles.map((r) => (r.education ? EDUCATION_LEVELS.indexOf(r.education) : -1));
  const spread = levels.includes(-1) ? -1 : Math.max(...levels) - Math.min(...levels);
  return `${parts.join("; ")}${spread === 0 ? " — the same level of schooling" : ""}.`;
}

function careerDifference(roles: readonly RoleFacts[]): string | null {
  if (roles.some((r) => r.level === null)) return null;
  const rank = (r: RoleFacts) => SENIORITY_LEVELS.indexOf(r.level!);
  const ranked = [...roles].sort((a, b) => rank(b) - rank(a));
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  if (top.level === bottom.level)
    return `${roles.map((r) => r.title).join(" and ")} sit at about the same level (${LEVEL_LABELS[top.level!]}); scope and reporting lines differ more than rank.`;
  return `${top.title} is the more senior role (${LEVEL_LABELS[top.level!]}) compared with ${ranked
    .slice(1)
    .map((r) => `${r.title} (${LEVEL_LABELS[r.level!]})`)
    .join(" and ")}.`;
}

/** A full stop and the space after it: where a summary's first sentence ends. */
const SENTENCE_BREAK = /\.\s/;

/** A summary's first sentence: found once, not by splitting a long description at every sentence. */
function firstSentence(text: string): string {
  const end = SENTENCE_BREAK.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

function overviewDifference(roles: readonly RoleFacts[]): string {
  return roles.map((r) => `${r.title}: ${firstSentence(r.summary)}`).join(" ");
}

/** An editor's sentence from data/comparisons for a pair of roles and this aspect, if one applies. */
export function curatedDifference(knowledge: KnowledgeBase, roles: readonly RoleFacts[], aspect: AspectId): KeyDifference | null {
  if (roles.length !== 2) return null;
  const differences = knowledge.getComparison(roles[0]!.roleId, roles[1]!.roleId)?.differences;
  // With the import present, pay comes from one newer release: an editor's pay sentence quotes the older one.
  const payFromImport = aspect === "salary" && knowledge.imported !== null;
  const curated = differences && aspect !== "outlook" && !payFromImport ? differences[aspect] : undefined;
  return curated ? { text: curated, origin: "curated" } : null;
}

export function keyDifference(
  knowledge: KnowledgeBase,
  roles: readonly RoleFacts[],
  aspect: AspectId,
  period: PayPeriod = "annual",
  payAside = false,
): KeyDifference | null {
  if (roles.length < 2) return null;
  const curated = curatedDifference(knowledge, roles, aspect);
  if (curated) return curated;
  switch (aspect) {
    case "salary":
      return { text: salaryDifference(knowledge, roles, period), origin: "derived" };
    case "requirements":
      return { text: requirementsDifference(knowledge, roles), origin: "derived" };
    case "career": {
      const text = careerDifference(roles);
      return text ? { text, origin: "derived" } : { text: overviewDifference(roles), origin: "derived" };
    }
    case "outlook": {
      const text = outlookDifference(knowledge, roles);
      return { text: text ?? "BLS projections are not available for every one of these roles, so their outlook cannot be compared.", origin: "derived" };
    }
    // ("what does an electrician do that a plumber doesnt": what each job is, in O*NET's words; the
    // cards list the tasks. Importance gaps of skills read as "leans more on Persuasion" here.)
    case "duties":
      return { text: overviewDifference(roles), origin: "derived" };
    case "skills":
    case "overview": {
      // ("lpn vs cna besides pay": the pay gap set aside, the largest of the others leads.)
      const pay = payAside ? null : payGapSentence(knowledge, roles);
      const fromData = aspect === "overview" ? overviewFromData(knowledge, roles, pay) : skillsDifference(knowledge, roles);
      // An overview's cards carry each summary already: no lead rather than the summaries twice.
      if (!fromData && aspect === "overview") return null;
      return { text: fromData ?? overviewDifference(roles), origin: "derived" };
    }
    default:
      // Overview, and duties, skills and environment (lists): without an editor's sentence, the summaries say it best.
      return { text: overviewDifference(roles), origin: "derived" };
  }
}
