// "what does cna stand for", "what does lpn mean", "whats rn short for": a title's letters (or a
// title) asked to be spelled out. The title inside is read as "what is a <title>" would read it.

/** The question, with the title it asks about: "what does (a) X stand for / mean / mean in nursing". */
const MEANING =
  /^(?:what|wat|wht|waht)(?: does| do| dose|s|'s| is)? (?:an? |the )?([a-z][a-z0-9 .'&/-]{0,38}?) (?:stand for|stands for|mean|means|short for|abbreviation for|acronym for)(?: in [a-z ]{1,20})?\s*[?!.]*$/i;

/** The title whose meaning is asked, or null. */
export function askedMeaning(text: string): string | null {
  return MEANING.exec(text.trim())?.[1]?.trim() ?? null;
}
