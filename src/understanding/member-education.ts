// "i have a bachelor's in psych, how do i become …", "just graduated with an environmental science
// degree", "I've got my MSW": the schooling the member says they have, so a move's answer does not
// tell them they need a degree they hold. Only the member's own, said as theirs.
import { EDUCATION_LEVELS, type EducationLevel } from "../knowledge/schema.js";
import { normalizeWords } from "../text/normalize.js";

/** Degrees by the words members use (lower case; "BA"/"BS" only with "in …" after, "bs" alone is slang). */
const DEGREE_WORDS: readonly [RegExp, EducationLevel][] = [
  [/^(phd|doctorate|md|jd|pharmd|dnp|dpt|psyd)\b/, "doctorate"],
  [/^(masters?|master s|msw|mba|msn|mph|mpa|med|msc)\b( degree)?/, "master"],
  [/^(bachelors?|bachelor s|bsn|bsc|4 year degree|four year degree)\b/, "bachelor"],
  [/^(ba|bs) in \w+/, "bachelor"],
  [/^(associates?|associate s|aas|adn|asn|2 year degree|two year degree)\b/, "associate"],
  [/^(high school|hs|ged)\b/, "high-school"],
  // "a degree in biology", "an environmental science degree": a college degree, said as one.
  [/^(\w+ ){0,2}degree\b/, "bachelor"],
];
/**
 * Said as the member's own: "i have a", "i've got my", "graduated with an", "with my", "my"; or in a
 * question of the way in, "with a chem degree", "when you have a biology degree" (the asker's).
 */
const OWN_SCHOOLING =
  /\b(i have|i ve got|ive got|i got|i hold|i earned|i finished|i completed|graduated with|just graduated with|with my|with an?|i already have|already have|have my|i m finishing|im finishing|finishing my|(when|if) (you|u|i) have|(when|if) (you|u|i) ve got) (an? |my )?/g;
/** "i don't have a degree", "no degree": none said as held. */
const NO_DEGREE = /\b(dont|don t|do not|never|no|without|didnt|didn t) (have )?(an? |my |any )?(degree|college|bachelors?|diploma)\b/;
/** "graduated from college", "college grad": a bachelor's, by the usual reading. */
const COLLEGE_GRADUATE = /\b(graduated (from )?(college|university|uni)|college grad(uate)?|(recent|new) grad with)\b/;

export function memberEducation(text: string): EducationLevel | null {
  const words = normalizeWords(text);
  if (NO_DEGREE.test(words)) return null;
  let best: EducationLevel | null = null;
  for (const said of words.matchAll(OWN_SCHOOLING)) {
    const after = words.slice(said.index + said[0].length);
    const level = DEGREE_WORDS.find(([pattern]) => pattern.test(after))?.[1];
    if (level && (best === null || EDUCATION_LEVELS.indexOf(level) > EDUCATION_LEVELS.indexOf(best))) best = level;
  }
  return best ?? (COLLEGE_GRADUATE.test(words) ? "bachelor" : null);
}
