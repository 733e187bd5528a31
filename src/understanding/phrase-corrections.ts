// A typo's nearest vocabulary word is not always the one the member meant: in "licensed practicle
// nurse" the nearest is "practice", but only "practical" completes a known title. Among the words
// within reach of the typo, take the one that makes the longest name with its neighbours.
import type { Correction, RoleIndex } from "./role-index.js";

/** Names are looked up in spans of at most this many words around the corrected one. */
const MAX_SPAN = 4;

/** The most words of a known name that the span through `at` covers, with `words[at]` as given (0: none). */
function longestNameThrough(index: RoleIndex, words: readonly string[], at: number): number {
  let longest = 0;
  const limit = Math.min(MAX_SPAN, index.maxPhraseLength);
  for (let start = Math.max(0, at - limit + 1); start <= at; start++) {
    for (let end = Math.max(at + 1, start + 2); end <= Math.min(words.length, start + limit); end++) {
      if (end - start > longest && index.names.get(words.slice(start, end).join(" "))) longest = end - start;
    }
  }
  return longest;
}

/**
 * Replaces a correction by another word within reach when that word completes a longer name than
 * the nearest one does. Only corrected words are looked at, so messages without typos cost nothing.
 */
export function preferCorrectionsThatCompleteNames(index: RoleIndex, tokens: readonly string[], corrected: (Correction | null)[]): void {
  for (let at = 0; at < tokens.length; at++) {
    const nearest = corrected[at];
    if (!nearest) continue;
    const words = tokens.map((t, k) => corrected[k]?.word ?? t);
    let best = longestNameThrough(index, words, at);
    for (const other of index.otherCorrections(tokens[at]!, nearest)) {
      words[at] = other.word;
      const length = longestNameThrough(index, words, at);
      if (length > best) {
        best = length;
        corrected[at] = other;
      }
    }
  }
}
