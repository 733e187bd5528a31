// `npx tsx bench/typo-index-check.ts`: does the typo index (src/understanding/typo-index.ts) correct
// words as the fuse.js search it replaced did? Runs the old rule (fuse.js over the vocabulary words
// of length ±2, its best 8 candidates confirmed by the edit distance) beside RoleIndex.correct on
// generated typos of every vocabulary word and on every word of the labelled questions, and prints
// each difference. Needs the import (data/imported); without it, the curated knowledge alone.
import Fuse from "fuse.js";
import { readFileSync, existsSync } from "node:fs";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { canonicalTokens } from "../src/understanding/canonical-tokens.js";
import { editDistance, withinEdits } from "../src/understanding/edit-distance.js";
import { KNOWN_WORDS, OCCUPATION_HEADS, STOPWORDS } from "../src/understanding/lexicon.js";
import { RoleIndex } from "../src/understanding/role-index.js";
import { createRandom } from "./random.js";

const FUSE_THRESHOLD = 0.4;
const FUSE_CANDIDATES = 8;
const TWO_EDIT_WORD_LENGTH = 8;

const index = new RoleIndex(await loadKnowledge());
const vocabulary = [...index.vocabulary];
const uses = new Map<string, number>();
for (const entry of index.entries) for (const word of new Set(entry.phrase.split(" "))) uses.set(word, (uses.get(word) ?? 0) + 1);
const usesOf = (word: string) => uses.get(word) ?? 0;
const byLength = new Map<number, string[]>();
for (const word of vocabulary) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
const fuseByLength = new Map<number, Fuse<string>>();
const fuseFor = (length: number) => {
  let fuse = fuseByLength.get(length);
  if (!fuse) {
    const words: string[] = [];
    for (let l = length - 2; l <= length + 2; l++) words.push(...(byLength.get(l) ?? []));
    fuseByLength.set(length, (fuse = new Fuse(words, { threshold: FUSE_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 })));
  }
  return fuse;
};
const hasNeighbour = (word: string, max: number, minUses = 0) => {
  for (let l = word.length - max; l <= word.length + max; l++)
    for (const c of byLength.get(l) ?? []) if (c !== word && usesOf(c) >= minUses && withinEdits(word, c, max)) return true;
  return false;
};

/** The rule before the typo index, as role-index.ts had it. */
function oldCorrect(word: string): string | null {
  if (word.length < 4 || STOPWORDS.has(word) || KNOWN_WORDS.has(word) || OCCUPATION_HEADS.has(word) || /\d/.test(word)) return null;
  if (index.vocabulary.has(word) && usesOf(word) > 1) return null;
  const max = word.length >= TWO_EDIT_WORD_LENGTH ? 2 : 1;
  if (index.vocabulary.has(word)) {
    // A rare variant (see RoleIndex.isRareVariant) is corrected; any other vocabulary word is settled.
    const rare =
      hasNeighbour(word, 1, 20) &&
      fuseFor(word.length)
        .search(word, { limit: FUSE_CANDIDATES })
        .some((c) => c.item !== word && usesOf(c.item) >= 20 && editDistance(word, c.item, 1) <= 1);
    if (!rare) return null;
  }
  if (!hasNeighbour(word, max)) return null;
  let best: { word: string; distance: number } | null = null;
  for (const c of fuseFor(word.length).search(word, { limit: FUSE_CANDIDATES })) {
    if (c.item === word) continue;
    const distance = editDistance(word, c.item, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && usesOf(c.item) > usesOf(best.word))) best = { word: c.item, distance };
  }
  return best?.word ?? null;
}

const random = createRandom(7);
const letters = "abcdefghijklmnopqrstuvwxyz";
const edit = (word: string): string => {
  const i = random.int(word.length);
  const letter = letters[random.int(26)]!;
  switch (random.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + letter + word.slice(i);
    case 2:
      return word.slice(0, i) + letter + word.slice(i + 1);
    default:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word;
  }
};
const words = new Set<string>();
for (const word of vocabulary) {
  if (word.length < 4) continue;
  words.add(edit(word));
  if (word.length >= TWO_EDIT_WORD_LENGTH) words.add(edit(edit(word)));
}
for (const file of [
  "../shared/eval/dev.jsonl",
  "../shared/eval/dev-occupations.jsonl",
  "test/eval/occupations.jsonl",
  "test/eval/kinds.jsonl",
  "test/eval/chitchat.jsonl",
])
  if (existsSync(file))
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean))
      for (const token of canonicalTokens((JSON.parse(line) as { q: string }).q)) words.add(token);
for (const word of vocabulary) if (usesOf(word) <= 1) words.add(word); // the rare-variant rule

let same = 0;
const tally = { fuseMissed: 0, indexMissed: 0, closer: 0, moreUses: 0, other: 0 };
const differences: string[] = [];
for (const word of words) {
  const before = oldCorrect(word);
  const after = index.correct(word)?.word ?? null;
  if (before === after) {
    same++;
    continue;
  }
  differences.push(`${word}: fuse ${before ?? "-"} (uses ${before ? usesOf(before) : 0}), index ${after ?? "-"} (uses ${after ? usesOf(after) : 0})`);
  if (!before) tally.fuseMissed++;
  else if (!after) tally.indexMissed++;
  else if (editDistance(word, after) < editDistance(word, before)) tally.closer++;
  else if (editDistance(word, after) === editDistance(word, before) && usesOf(after) > usesOf(before)) tally.moreUses++;
  else tally.other++;
}
console.log(`${vocabulary.length} vocabulary words; ${words.size} words checked: ${same} corrected alike, ${differences.length} differ`);
console.log(
  `  fuse.js found no candidate within reach: ${tally.fuseMissed}; the index found none: ${tally.indexMissed}; the index's word is fewer edits away: ${tally.closer}; as close and used by more names: ${tally.moreUses}; other: ${tally.other}`,
);
for (const d of differences) console.log(`  ${d}`);
