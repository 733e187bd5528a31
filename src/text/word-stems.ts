// The first letters of words, to tell whether two phrases share a word's stem: "Nursing Assistant"
// and "Registered Nurse" share "nurs", "a nursing degree" and "Registered Nurse" too.

/** How many first letters make a stem; shorter words have none. */
const STEM = 4;

/** The stems of `words` (each already split and lower-cased). */
export function wordStems(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length >= STEM).map((w) => w.slice(0, STEM)));
}

/** The stems of a title's words: "Nursing Assistant" and "Registered Nurse" share "nurs". */
export function titleStems(title: string): Set<string> {
  return wordStems(title.toLowerCase().split(/[^a-z]+/));
}
