// Every name of every role, claimed (name-claims.ts): from the importer's claims when the file has
// usable ones (precomputed-entries.ts), else by claiming every name here, folding the names the
// importer did not fold (editors' names, preferred titles, a file folded under other rules).
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { NameIndex } from "../knowledge/occupations-schema.js";
import { forEachEntryName, nameKeyCount } from "../knowledge/role-entry.js";
import { canonicalFormsFingerprint, canonicalPhrase } from "./canonical-tokens.js";
import { importedNameFilter, NameClaims, tieBreak } from "./name-claims.js";
import { entriesFromClaims, madeEntries, type ClaimedEntries } from "./precomputed-entries.js";

export interface NameEntries extends ClaimedEntries {
  /** The importer's phrases and their words, when `keys` number phrases as the file does and its word lists fit. */
  folded?: FoldedWords;
}

/** The importer's words of each phrase: `phraseWords` from `starts[key]` up to the -1 at `starts[key + 1] - 1`. */
export interface FoldedWords {
  words: readonly string[];
  phraseWords: Int32Array;
  starts: Int32Array;
}

/**
 * Where each phrase's words start, and where the words of a phrase after the last would, when the
 * lists fit the phrases (one -1 after each, numbers in range).
 */
function foldedWords(index: NameIndex): FoldedWords | undefined {
  const { words, phraseWords, phraseWordStarts } = index;
  // The importer's starts, used as they are when their ends fit (its file is tied to its lists by a stamp): no walk over 315,000 numbers.
  const count = index.phrases.length;
  if (phraseWordStarts?.length === count + 1 && phraseWordStarts[0] === 0 && phraseWordStarts[count] === phraseWords.length && phraseWords.at(-1) === -1)
    return { words, phraseWords, starts: phraseWordStarts };
  const starts = new Int32Array(index.phrases.length + 1);
  starts[index.phrases.length] = phraseWords.length;
  let p = 0;
  for (let at = 0, start = 0; at < phraseWords.length; at++) {
    const id = phraseWords[at]!;
    if (id === -1) {
      if (p === starts.length - 1 || at === start) return undefined;
      starts[p++] = start;
      start = at + 1;
    } else if (id >= words.length) return undefined;
  }
  return p === starts.length - 1 && phraseWords.at(-1) === -1 ? { words, phraseWords, starts } : undefined;
}

/** Whether every phrase number (a name with parts as -(key + 1)) is below `count`. */
function inRange(keys: Int32Array, count: number): boolean {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if ((key < 0 ? -key - 1 : key) >= count) return false;
  }
  return true;
}

export function buildNameEntries(knowledge: KnowledgeBase): NameEntries {
  const precomputed = knowledge.imported?.nameIndex?.canonicalForms === canonicalFormsFingerprint() ? knowledge.imported.nameIndex : undefined;
  const precomputedCount = precomputed?.phrases.length ?? 0;
  /** An occupation's precomputed phrase numbers, when there is a list of the right length for its names. */
  const keysByRole = knowledge.roleList.map((role) => {
    const keys = precomputed && role.kind === "occupation" ? precomputed.keys[role.id] : undefined;
    const aligned = keys && role.kind === "occupation" && nameKeyCount(role.occupation, keys) === keys.length && inRange(keys, precomputedCount);
    return aligned ? keys : undefined;
  });
  const folded = precomputed && foldedWords(precomputed);
  const claimed = precomputed && folded ? entriesFromClaims(knowledge, precomputed, keysByRole, folded) : undefined;
  if (claimed) return { ...claimed, folded };

  // About 160,000 names at occupation scale: every phrase gets a number first, so the claims work
  // on arrays. Names the importer folded ahead of time come with their number; the others are folded
  // here, once each.
  const phrases: string[] = precomputed ? [...precomputed.phrases] : [];
  const foldedNames = new Map<string, number>(); // name -> phrase number
  const keyOfPhrase = new Map<string, number>();
  const foldedPhrases: string[] = [];
  for (const [r, role] of knowledge.roleList.entries()) {
    const keys = keysByRole[r];
    if (keys && (role.kind !== "occupation" || role.preferredTitles.length === 0)) continue;
    forEachEntryName(
      role,
      (name, _weight, _isTitle, key) => {
        if (key >= 0 || foldedNames.has(name)) return;
        const phrase = canonicalPhrase(name);
        let number = keyOfPhrase.get(phrase);
        if (number === undefined) keyOfPhrase.set(phrase, (number = -1 - foldedPhrases.push(phrase)));
        foldedNames.set(name, number);
      },
      keys,
    );
  }
  // A folded phrase the importer also folded takes its number; the rest are numbered after them.
  const renumber = new Map<number, number>();
  if (keyOfPhrase.size) phrases.forEach((phrase, key) => void (keyOfPhrase.has(phrase) && renumber.set(keyOfPhrase.get(phrase)!, key)));
  for (const [phrase, number] of keyOfPhrase) if (!renumber.has(number)) renumber.set(number, phrases.push(phrase) - 1);
  for (const [name, number] of foldedNames) foldedNames.set(name, renumber.get(number)!);

  // One entry per phrase, holding its strongest claim; weaker claims of other roles become its alternatives.
  const claims = new NameClaims(phrases, importedNameFilter());
  knowledge.roleList.forEach((role, r) => {
    claims.begin(role, tieBreak(knowledge, role));
    forEachEntryName(
      role,
      (name, weight, isTitle, number) => claims.claim(name, weight, isTitle, number >= 0 ? number : foldedNames.get(name)!),
      keysByRole[r],
    );
  });
  claims.finish();
  return { ...madeEntries(claims.entries, claims.keys, phrases), ...(folded ? { folded } : {}) };
}
