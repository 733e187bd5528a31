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
