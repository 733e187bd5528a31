// A long post tells a story, then asks: "… my wife is a nurse … Between software dev, product manager
// and data scientist, which has the best outlook?". The story's jobs (the member's last one, a partner's,
// a parent's) are no targets; the sentences that ask are where the targets are. This finds those
// sentences, for the parser to read on their own and prefer where they name the roles the story crowded out.
import { splitSentences } from "./token-view.js";

/** Shorter posts are read whole: one or two sentences of context rarely crowd a question out. */
const LONG_POST_WORDS = 40;
/** A sentence that asks without a question mark opens like one: "which one pays more and is easier to get into". */
const OPENS_LIKE_A_QUESTION = /^(which|what|whats|how|should|would|could|can|is|are|do|does|will|between)\b/i;

/** The sentences of a long post that ask something (a "?", or a question's opening at its end), or null where that is the whole post. */
export function questionPart(text: string): string | null {
  if (countWords(text) < LONG_POST_WORDS) return null;
  const sentences = splitSentences(text).map((s) => s.trim());
  if (sentences.length < 2) return null;
  const asked = sentences.filter((s, k) => s.endsWith("?") || (k === sentences.length - 1 && OPENS_LIKE_A_QUESTION.test(s)));
  if (asked.length === 0 || asked.length === sentences.length) return null;
  return asked.join(" ");
}

function countWords(text: string): number {
  let words = 0;
  for (const piece of text.split(/\s+/)) if (piece) words++;
  return words;
}
