// How long each level of schooling usually takes, as BLS defines its entry-education categories:
// "how long is nursing school" asks for a length the occupation data does not hold, but the level
// it does hold has one by definition.
import type { EducationLevel } from "../knowledge/schema.js";
import type { SourceView } from "./answer.js";
import { EDUCATION_LABELS } from "./format-figures.js";

/** BLS's definitions of its education categories, behind the lengths below. */
export const BLS_EDUCATION_MEASURES: SourceView = Object.freeze({
  id: "bls-ep-education-measures",
  kind: "article",
  title: "Employment Projections: Measures of education and training",
  url: "https://www.bls.gov/emp/documentation/education/tech.htm",
  year: 2026,
  accessed: true,
  publisher: "U.S. Bureau of Labor Statistics",
});

/** Levels with a length of their own; a diploma, some college or no formal education has none to give. */
const LENGTHS: Partial<Record<EducationLevel, string>> = {
  "postsecondary-certificate": "a few weeks to about 2 years",
  associate: "usually at least 2 years of full-time study",
  bachelor: "usually 4 to 5 years of full-time study",
  master: "usually 1 or 2 years of full-time study after a bachelor's degree",
  doctorate: "usually at least 3 years of full-time study after a bachelor's degree",
};

/** "BLS describes a bachelor's degree as usually 4 to 5 years of full-time study.", or null. */
export function schoolingLengthSentence(level: EducationLevel): string | null {
  const length = LENGTHS[level];
  if (!length) return null;
  // (BLS's category is "doctoral or professional degree": law and medical school are professional degrees.)
  const what =
    level === "postsecondary-certificate"
      ? "a postsecondary certificate program as lasting"
      : level === "doctorate"
        ? "a doctoral or professional degree as"
        : `${EDUCATION_LABELS[level]} as`;
  return `BLS describes ${what} ${length}.`;
}

/**
 * The same lengths, short, after a level named as the typical entry: "a doctorate is the typical entry
 * (usually at least 3 years after a bachelor's degree of 4 to 5)". Not a master's: BLS's "1 or 2
 * years" understates the programs members ask about most (a physician assistant's runs longer).
 */
const SHORT_LENGTHS: Partial<Record<EducationLevel, string>> = {
  "postsecondary-certificate": "a few weeks to about 2 years",
  associate: "usually at least 2 years",
  bachelor: "usually 4 to 5 years",
  doctorate: "usually at least 3 years after a bachelor's degree of 4 to 5",
};

/** " (usually 4 to 5 years)" after a level, or "" for one with no length of its own. */
export function schoolingLengthNote(level: EducationLevel): string {
  const length = SHORT_LENGTHS[level];
  return length ? ` (${length})` : "";
}

/**
 * How long BLS's typical on-the-job training categories last, by their definitions: "long-term
 * on-the-job training" is more than 12 months, an apprenticeship 3 to 5 years.
 */
const TRAINING_LENGTHS: readonly [RegExp, string][] = [
  [/^apprenticeship/i, "usually 3 to 5 years"],
  [/^long-term on-the-job training/i, "more than 12 months"],
  [/^moderate-term on-the-job training/i, "1 to 12 months"],
  [/^short-term on-the-job training/i, "a month or less"],
];

/** "more than 12 months" for BLS's training category, or null for one with no length of its own. */
export function trainingLength(training: string): string | null {
  return TRAINING_LENGTHS.find(([pattern]) => pattern.test(training))?.[1] ?? null;
}
