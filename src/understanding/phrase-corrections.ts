// A typo's nearest vocabulary word is not always the one the member meant: in "licensed practicle
// nurse" the nearest is "practice", but only "practical" completes a known title. Among the words
// within reach of the typo, take the one that makes the longest name with its neighbours.
import { isCatchAllTitle } from "../knowledge/role-entry.js";
import { swappedNeighbours } from "./edit-distance.js";
import type { Correction, RoleIndex } from "./role-index.js";

/** Names are looked up in spans of at most this many words around the corrected one. */
const MAX_SPAN = 4;
/** A title is typed in a short question; a long message keeps each typo's nearest word (the work per message stays bounded). */
const MAX_WORDS = 40;
/** A typo read as a one-word title over an equally near other word is at least this long. */
const LONE_TITLE_TYPO_LENGTH = 7;
/** Between two names as long and as near, the other word's role must employ this many times more to win. */
const WEIGHT_MARGIN = 3;

/**
 * The most words of a known name that a span through `at` covers, with `words[at]` as given (0:
 * none), and how many people work in the role of the likeliest such name ("polic officer"
 * makes "police officer" and "policy officer" alike, and police officers are far more). Only spans
 * of words that names use are looked up: each lookup builds a string.
 */
function longestNameThrough(index: RoleIndex, words: readonly string[], at: number): { length: number; weight: number } {
  const limit = Math.min(MAX_SPAN, index.maxPhraseLength);
  let first = at;
  while (first > 0 && at - first + 1 < limit && index.isNameWord(words[first - 1]!)) first--;
  let last = at;
  while (last + 1 < words.length && last - at + 1 < limit && index.isNameWord(words[last + 1]!)) last++;
  let longest = 0;
  let weight = 0;
  for (let start = first; start <= at; start++) {
    for (let end = Math.min(last + 1, start + limit); end >= Math.max(at + 1, start + 2) && end - start >= longest; end--) {
      const name = index.nameOf(words, start, end);
      if (!name) continue;
      const role = index.knowledge.getRole(name.roleId);
      const roleWeight = role ? index.employmentOf(role) : 0;
      if (end - start > longest || roleWeight > weight) weight = roleWeight;
      longest = end - start;
    }
  }
  return { length: longest, weight };
}

function isOneWordName(index: RoleIndex, word: string): boolean {
  return index.nameOf([word], 0, 1) !== undefined;
}

/**
 * How many work in the role a one-word name stands for: -1 for no name, or none counted for that
 * role; 0 for a catch-all ("Production Workers, All Other"), whose count is of many other jobs.
 */
function oneWordNameWeight(index: RoleIndex, word: string): number {
  const name = index.nameOf([word], 0, 1);
  const role = name && index.knowledge.getRole(name.roleId);
  if (!role) return -1;
  return isCatchAllTitle(role.title) ? 0 : index.employmentOf(role) || -1;
}

/**
 * Replaces a correction by another word within reach when that word completes a longer name than
 * the nearest one does. Only corrected words beside another word that names use are looked at, so
 * messages without typos, and typos among everyday words, cost next to nothing.
 */
export function preferCorrectionsThatCompleteNames(index: RoleIndex, tokens: readonly string[], corrected: (Correction | null)[]): void {
  if (tokens.length > MAX_WORDS) return;
  let words: string[] | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const nearest = corrected[at];
    if (!nearest) continue;
    words ??= tokens.map((t, k) => corrected[k]?.word ?? t);
    const besideName = (at > 0 && index.isNameWord(words[at - 1]!)) || (at + 1 < words.length && index.isNameWord(words[at + 1]!));
    const through = besideName ? longestNameThrough(index, words, at) : { length: 0, weight: 0 };
    let best = through.length;
    let bestWeight = through.weight;
    if (besideName) {
      for (const other of index.otherCorrections(tokens[at]!, nearest)) {
        words[at] = other.word;
        const { length, weight } = longestNameThrough(index, words, at);
        // A longer name; or, as near as the nearest word, a name as long of a role many more work in.
        if (length > best || (length === best && length > 0 && other.distance === nearest.distance && weight > bestWeight * WEIGHT_MARGIN)) {
          best = length;
          bestWeight = weight;
          corrected[at] = other;
        }
      }
    }
    // "how much do electricans make": "electrical" and "electrician" are each one edit away; with no
    // longer name through it, a long word whose start is the title's is likelier the title ("matter"
    // is no slip for "hatter"). So is a title two swapped letters away, whatever the nearest word
    // ("laywer": "layer", a loose name of production workers, and "lawyer").
    const typo = tokens[at]!;
    if (best === 0 && !swappedNeighbours(typo, nearest.word)) {
      const long = typo.length >= LONE_TITLE_TYPO_LENGTH && !isOneWordName(index, nearest.word);
      const title = index
        .otherCorrections(typo, nearest)
        .find(
          (o) =>
            o.distance === nearest.distance &&
            ((long && o.word.startsWith(typo.slice(0, 3))) || swappedNeighbours(typo, o.word)) &&
            isOneWordName(index, o.word),
        );
      if (title) corrected[at] = title;
      // ("lawer": "layer", a loose name of production workers, and "lawyer", each one edit away; far
      // more work as lawyers.)
      else {
        const nearestWeight = oneWordNameWeight(index, nearest.word);
        const heavier =
          nearestWeight >= 0 &&
          index
            .otherCorrections(typo, nearest)
            .find((o) => o.distance === nearest.distance && oneWordNameWeight(index, o.word) > nearestWeight * WEIGHT_MARGIN);
        if (heavier) corrected[at] = heavier;
      }
    }
    words[at] = corrected[at]!.word;
  }
}
