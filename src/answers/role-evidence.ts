// Numbers a verdict weighs, read from whichever layer a role comes from: pay (one release),
// growth and openings (BLS projections), entry education (the editor's or BLS's), the share of
// workers O*NET surveyed who say a level of education is required, and O*NET work-style ratings.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation, WageSeries } from "../knowledge/occupations-schema.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { EDUCATION_LEVELS, type EducationLevel } from "../knowledge/schema.js";
import type { FigureView, PayPeriod } from "./answer.js";
import { figureAttribution, formatMoney, perUnit } from "./format-figures.js";
import { normalizeWords } from "../text/normalize.js";
import { hasPhrase } from "../understanding/phrase-match.js";
import { blsEducationLevel } from "./occupation-facts.js";
import { figuresOf, headlineFigure } from "./role-figures.js";

export function occupationOf(entry: RoleEntry): Occupation | null {
  return entry.occupation ?? null;
}

/** "ceo" for "Chief executive officer". */
export function initials(text: string): string {
  return normalizeWords(text)
    .split(" ")
    .map((w) => w[0])
    .join("");
}

/** The item of a curated role's reporting line that names `boss` by its title ("Chief executive officer" for Chief Executive), if any. */
export function reportsTo(report: RoleEntry, boss: RoleEntry, accept: (item: string) => boolean = () => true): string | undefined {
  if (report.kind !== "curated") return undefined;
  const title = normalizeWords(boss.title);
  return report.role.career.reportsTo.find((item) => hasPhrase(normalizeWords(item), title) && accept(item));
}

/** The figure a verdict quotes for a role: its headline median, per year unless hourly was asked. */
export function headlineMedian(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod = "annual"): FigureView | null {
  const figure = headlineFigure(figuresOf(knowledge, entry, period));
  return figure?.median !== undefined ? figure : null;
}

/**
 * The period roles can be compared in: per hour only where every one has an hourly median to show,
 * otherwise by the year (BLS publishes teachers' pay by the year only: "nurse vs teacher per hour" is
 * never an hourly median against a yearly one). By the hour, too, where one has no yearly figure and
 * every one an hourly one (BLS gives dancers' and actors' pay by the hour only: "dancer vs fitness
 * instructor" is their hourly medians).
 */
export function comparablePeriod(knowledge: KnowledgeBase, entries: readonly RoleEntry[], period: PayPeriod): PayPeriod {
  const hourlyForAll = entries.every((e) => headlineMedian(knowledge, e, "hourly")?.period === "hourly");
  if (period === "hourly") return hourlyForAll ? "hourly" : "annual";
  return hourlyForAll && entries.some((e) => headlineMedian(knowledge, e, "annual")?.period === "hourly") ? "hourly" : "annual";
}

/**
 * Where medians in different periods are all there is ("music teacher vs musician": BLS gives
 * teachers' pay by the year only, musicians' by the hour only), what can be said: each in its own
 * unit, and that the two cannot be set against each other. Null when the periods agree.
 */
export function periodsApart(knowledge: KnowledgeBase, rows: readonly { title: string; figure: FigureView }[]): string | null {
  const hourly = rows.filter((r) => r.figure.period === "hourly");
  if (hourly.length === 0 || hourly.length === rows.length) return null;
  // (Yearly may be only what the others share: "actor vs teacher vs nurse" shows the nurse by the year
  // too, so the yearly side is never said to be "by the year only".)
  const yearly = rows.filter((r) => r.figure.period !== "hourly");
  const names = (items: readonly { title: string }[]) => items.map((r) => r.title).join(" and ");
  const amounts = (items: readonly { title: string; figure: FigureView }[]) => items.map((r) => `${r.title} ${medianAmount(r.figure)}`).join(", ");
  const against = yearly.length === 1 ? `${yearly[0]!.title}'s yearly median` : "the others' yearly medians";
  return `BLS gives ${names(hourly)} pay by the hour only, so ${hourly.length === 1 ? "it" : "theirs"} can't be set against ${against}: ${amounts(hourly)}; ${amounts(yearly)} (${shortAttribution(knowledge, rows[0]!.figure)}).`;
}

/** Whether a figure comes from BLS's wage survey (OEWS), imported or cited by an editor. */
export function isBlsWage(figure: FigureView): boolean {
  return figure.source.kind === "wage-table" && /Bureau of Labor Statistics/.test(figure.source.publisher ?? "");
}

/** The Employment Projections period the figures come from ("2024–34"), the one imported or the current default. */
export function projectionsRelease(knowledge: KnowledgeBase): string {
  return knowledge.imported?.sources.projections.release ?? "2024–34";
}

/** "BLS, May 2025" for the imported wage release, the usual "publisher, year" otherwise. */
export function shortAttribution(knowledge: KnowledgeBase, figure: FigureView): string {
  const release = knowledge.imported?.sources.oews;
  if (release && isBlsWage(figure) && figure.year === release.year) return `BLS, ${release.release}`;
  return figureAttribution(figure);
}

/** "Bartender earns a median of $34,340 a year (BLS, May 2025)", with `qualifier` after the amount (" with them"). */
export function earnsMedian(knowledge: KnowledgeBase, entry: RoleEntry, figure: FigureView, qualifier = ""): string {
  return `${entry.title} earns a median of ${medianAmount(figure)}${qualifier} (${shortAttribution(knowledge, figure)})`;
}

/** A figure's median in its unit, "at least" where BLS top-codes it: "$62,780 a year", "at least $115.00 an hour". */
export function medianAmount(figure: FigureView): string {
  return `${figure.medianAtLeast ? "at least " : ""}${formatMoney(figure.median!, figure.currency)} ${perUnit(figure.period)}`;
}

/** BLS's typical on-the-job training as published ("Apprenticeship"), or null where there is none or no projection. */
export function blsTraining(occupation: Occupation | null): string | null {
  const training = occupation?.projection?.onTheJobTraining;
  return training && !/^none$/i.test(training) ? training : null;
}

export function entryEducation(entry: RoleEntry): EducationLevel | null {
  if (entry.kind === "curated") return entry.role.requirements.education.typical;
  return blsEducationLevel(entry.occupation);
}

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Index of the first O*NET "required level of education" category at or above a level. */
const CATEGORY_FROM: Partial<Record<EducationLevel, number>> = { associate: 4, bachelor: 5, master: 7, doctorate: 9 };

/** Percent of workers O*NET surveyed who say the job requires at least `level`; null without survey data. */
export function shareRequiringAtLeast(occupation: Occupation | null, level: EducationLevel): number | null {
  const from = CATEGORY_FROM[level];
  if (!occupation?.education || from === undefined) return null;
  return Math.round(occupation.education.slice(from).reduce((sum, p) => sum + p, 0));
}

/** A work style's importance (1-5) for an occupation, e.g. "Stress Tolerance"; null where not rated. */
export function workStyle(knowledge: KnowledgeBase, occupation: Pick<Occupation, "workStyles"> | null, name: string): number | null {
  const index = knowledge.imported?.elements.workStyles.indexOf(name) ?? -1;
  return occupation && index >= 0 ? (occupation.workStyles[index] ?? null) : null;
}

export interface Rating {
  name: string;
  value: number;
  /** The top of the element's scale: 5 for importance, 7 for interests. */
  scale: 5 | 7;
}

/** What a rating is read from: an occupation, or its core flag beside details read without keeping them. */
export type RatedOccupation = Pick<Occupation, "hasRatings" | "skills" | "knowledge" | "interests" | "workStyles">;

/** A skill, knowledge area, interest or work style's rating for an occupation, by its O*NET name. */
export function elementRating(knowledge: KnowledgeBase, occupation: RatedOccupation | null, name: string): Rating | null {
  const elements = knowledge.imported?.elements;
  if (!elements || !occupation || !occupation.hasRatings) return null;
  const skill = elements.skills.indexOf(name);
  const value =
    skill >= 0
      ? occupation.skills[skill]?.[0]
      : elements.knowledge.includes(name)
        ? occupation.knowledge[elements.knowledge.indexOf(name)]?.[0]
        : elements.interests.includes(name)
          ? occupation.interests[elements.interests.indexOf(name)]
          : workStyle(knowledge, occupation, name);
  if (value === null || value === undefined) return null;
  return { name, value, scale: elements.interests.includes(name) ? 7 : 5 };
}

const payRanks = new WeakMap<KnowledgeBase, number[]>();

/** The wage series BLS publishes for the occupation itself (not a broader one it falls back on), or undefined. */
export function ownWageSeries(knowledge: KnowledgeBase, occupation: Occupation): WageSeries | undefined {
  return occupation.wages?.fallback === "none" ? knowledge.wageSeries(occupation.wages.series) : undefined;
}

/**
 * The annual median BLS publishes for the occupation's own series (not a broader one it falls back
 * on), read from the wage table: no card figure is built. Top-coded medians are `{ atLeast }`.
 */
export function ownAnnualMedian(knowledge: KnowledgeBase, occupation: Occupation): number | { atLeast: number } | null {
  return ownWageSeries(knowledge, occupation)?.annual.median ?? null;
}

/** Every occupation's own published annual median, lowest first. */
function sortedMedians(knowledge: KnowledgeBase): number[] {
  let medians = payRanks.get(knowledge);
  if (!medians) {
    medians = [];
    for (const entry of knowledge.roleList) {
      const m = entry.kind === "occupation" ? ownAnnualMedian(knowledge, entry.occupation) : null;
      if (typeof m === "number") medians.push(m);
    }
    medians.sort((a, b) => a - b);
    payRanks.set(knowledge, medians);
  }
  return medians;
}

/** Percent of the occupations with a published annual median that pay less than `median`. */
export function payPercentile(knowledge: KnowledgeBase, median: number): number | null {
  const medians = sortedMedians(knowledge);
  if (medians.length < 50) return null;
  return Math.round((medians.filter((m) => m < median).length / medians.length) * 100);
}

/** The annual median that a share (0–1) of the occupations with one are paid less than; null with too few. */
export function payAtShare(knowledge: KnowledgeBase, share: number): number | null {
  const medians = sortedMedians(knowledge);
  return medians.length < 50 ? null : medians[Math.min(medians.length - 1, Math.floor(medians.length * share))]!;
}

/** Physicians' and surgeons' O*NET-SOC codes start with this. */
const PHYSICIAN_CODES = "29-12";

/** Whether the role is a physician or surgeon (SOC 29-12xx), by its code (a curated role's too). */
export function isPhysician(entry: RoleEntry): boolean {
  return entry.code?.startsWith(PHYSICIAN_CODES) === true;
}

/**
 * " BLS has no pay figures for Clinical Research Coordinator alone, so the comparison is only
 * indicative.": after a comparison of medians where one is another occupation's (a broad group's, or
 * the occupation a specialty is filed under); "" where every figure is the role's own.
 */
export function indicativeComparison(rows: readonly { title: string; figure: FigureView }[]): string {
  const loose = rows.filter((r) => r.figure.indicative).map((r) => r.title);
  if (!loose.length) return "";
  const named = loose.length === 1 ? loose[0] : `${loose.slice(0, -1).join(", ")} and ${loose.at(-1)}`;
  return ` BLS has no pay figures for ${named} alone, so the comparison is only indicative.`;
}
