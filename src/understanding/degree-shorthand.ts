// "an associate's in business", "associate's vs bachelor's": the degree named by its possessive alone.
// Folded, "associate's" would be "associate", a title word ("sales associate"), and the degree an unknown role.

/**
 * "associate's", or "an associates" (no one is "an" associates), not already followed by "degree" but
 * by what a degree is for or set beside. Not "sales associates or cashiers": people, plural.
 */
const ASSOCIATES_ALONE = /\b(an associates|associate's)(?! degree)(?=\s+(in|for|vs|versus|or|and|is|program|enough|worth)\b|\s*[?.!,]|\s*$)/gi;

/** `text` with an associate's degree named by its possessive alone written out; other text as it is. */
export function expandDegreeShorthand(text: string): string {
  if (!text.includes("ssociate")) return text;
  return text.replace(ASSOCIATES_ALONE, (named) => (/^an /i.test(named) ? `${named.slice(0, 3)}associate degree` : "associate degree"));
}
