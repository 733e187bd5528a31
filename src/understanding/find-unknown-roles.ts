// Role-like phrases the knowledge base does not cover: an occupation head noun ("engineer",
// "teacher", "manager") with up to two modifiers in front ("data engineer", "marketing manager").
import { AUXILIARY_STARTS, IMPERATIVE_STARTS, KNOWN_WORDS, OCCUPATION_HEADS, POSSESSIVES, QUESTION_WORDS, STOPWORDS } from "./lexicon.js";

/** Job-title endings beyond the listed heads: zookeeper, dietitian, cardiologist, photographer, locksmith. */
const OCCUPATION_SUFFIX = /(keeper|ician|itian|ologist|grapher|smith|wright|ist)$/;

export function isOccupationWord(token: string): boolean {
  if (OCCUPATION_HEADS.has(token)) return true;
  return token.length >= 6 && OCCUPATION_SUFFIX.test(token) && !/(list|sist|xist)$/.test(token) && !KNOWN_WORDS.has(token) && !STOPWORDS.has(token);
}

/** Aspect words that also work as the first word of a job title ("software engineer", "training manager"). */
const MODIFIER_WORDS = new Set(["software", "tool", "training", "school", "medical", "senior", "junior", "head", "lead", "travel", "data"]);

export interface UnknownPhrase {
  phrase: string;
  start: number;
  end: number;
}

export function findUnknownRolePhrases(
  tokens: readonly string[],
  typed: readonly string[],
  covered: (i: number) => boolean,
  isAspectWord: (i: number) => boolean,
): UnknownPhrase[] {
  const found: UnknownPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (covered(i) || !isOccupationWord(token)) continue;
    // A head followed by another head is a modifier ("assistant manager"): take the last one.
    if (i + 1 < tokens.length && isOccupationWord(tokens[i + 1]!) && !covered(i + 1)) continue;
    let start = i;
    while (start > 0 && i - start < 2) {
      const prev = tokens[start - 1]!;
      if (covered(start - 1) || (isAspectWord(start - 1) && !MODIFIER_WORDS.has(prev)) || STOPWORDS.has(prev) || POSSESSIVES.has(prev) || QUESTION_WORDS.has(prev)) break;
      if (AUXILIARY_STARTS.has(prev) || IMPERATIVE_STARTS.has(prev) || !/^[a-z]+$/.test(prev)) break;
      start--;
    }
    const words = typed.slice(start, i + 1).filter((w, k, all) => w !== all[k - 1]);
    found.push({ phrase: words.join(" "), start, end: i + 1 });
  }
  return found;
}
