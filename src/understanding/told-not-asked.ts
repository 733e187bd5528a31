// A long message that tells and asks nothing: a dream, a game night, a channel's rules. Titles in it
// ("I was a pilot, a chef and a lawyer", "our goalie is an ER doctor") are its story, not a question.
import { normalizeWords } from "../text/normalize.js";
import { splitSentences } from "./token-view.js";

/** Fewer sentences than this and a message may be a bare request typed without a question mark: "nurse vs teacher pay". */
const MIN_TOLD_SENTENCES = 3;

/** A sentence that opens as a question or a request, with or without its question mark. */
const SENTENCE_ASKS =
  /^(how|what|whats|which|who|whos|why|where|when|is|are|am|was|were|do(?! not)|does|did|can|could|would|should|will|wondering|curious|anyone|any|tell|explain|compare|give|help|pls|please|thoughts|advice|tips|info|looking for|need|idk if|not sure (if|whether|what|how|which))\b/;

/** Anywhere in the message, words that ask or compare: "X vs Y", "i want to know", "the difference between". */
const ASKS_ANYWHERE =
  /\b(vs|versus|compare|comparison|compared|difference|differences|differ|want to know|wanna know|need to know|like to know|wondering|curious|tell me|let me know|advice|recommend|thoughts on|info on|insight|rundown|worth it|should i|which (one|is|pays|job|career))\b/;

/**
 * Whether `text` is three or more sentences with no question mark, none of them asking, nothing compared
 * or requested, and none of the titles read in it (`titles`, as typed) in its last sentence, where a
 * question typed without its mark stands ("… anyway. hvac working conditions").
 */
export function toldNotAsked(text: string, titles: readonly string[]): boolean {
  if (text.includes("?")) return false;
  const sentences = splitSentences(text);
  if (sentences.length < MIN_TOLD_SENTENCES) return false;
  if (ASKS_ANYWHERE.test(normalizeWords(text))) return false;
  const last = ` ${normalizeWords(sentences.at(-1)!)} `;
  if (titles.some((t) => last.includes(` ${normalizeWords(t)} `))) return false;
  return sentences.every((s) => !SENTENCE_ASKS.test(normalizeWords(s)));
}
