// What the importer works out once so every start-up need not: the canonical phrase of every
// occupation name (numbered, each phrase stored once) and its words, the occupations' claims on
// those phrases and their claims on shared titles, and ESCO labels dropped where they only repeat a name the occupation already has.
import type { NameIndex, Occupation, OccupationsFile } from "../knowledge/occupations-schema.js";
import { forEachEntryName, occupationEntry } from "../knowledge/role-entry.js";
import { aliasKey } from "../text/normalize.js";
import { canonicalFormsFingerprint, canonicalPhrase } from "../understanding/canonical-tokens.js";
import { claimOccupationNames } from "../understanding/precomputed-entries.js";
import { precomputeTitleClaims } from "./precompute-title-claims.js";

/** As forEachEntryName splits "CEO (Chief Executive Officer)". */
const WITH_PARTS = /^(.+?)\s*\(([^()]+)\)\s*$/;

/**
 * An ESCO label (the weakest claim, visited last) whose folded form the occupation already has
 * claims nothing the earlier name did not: about 5,000 of 83,000 labels. Labels with parts stay,
 * since their parts may be new.
 */
export function dropRepeatedEscoLabels(occupation: Occupation): Occupation {
  const seen = new Set<string>();
  const { esco, ...others } = occupation.titles;
  for (const name of [occupation.singular, occupation.title, ...Object.values(others).flat()]) {
    seen.add(aliasKey(name));
    const parts = WITH_PARTS.exec(name);
    if (parts) seen.add(aliasKey(parts[1]!)).add(aliasKey(parts[2]!));
  }
  const kept = esco.filter((label) => {
    if (WITH_PARTS.test(label)) return true;
    const key = aliasKey(label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.length === esco.length ? occupation : { ...occupation, titles: { ...occupation.titles, esco: kept } };
}

/**
 * The phrase numbers of every occupation's names, in the order the role index visits them, their
 * words, the occupations' claims on them, and each occupation's claim on each of its names' phrases.
 */
export function buildNameIndex(body: Omit<OccupationsFile, "format" | "generatedAt" | "contentHash" | "sources" | "nameIndex">): NameIndex {
  const numbers = new Map<string, number>();
  const phrases: string[] = [];
  const lists: Record<string, number[]> = {};
  for (const occupation of body.occupations) {
    const list: number[] = [];
    forEachEntryName(occupationEntry(occupation), (name, _weight, _isTitle, _key, parts) => {
      const phrase = canonicalPhrase(name);
      let key = numbers.get(phrase);
      if (key === undefined) {
        key = phrases.length;
        numbers.set(phrase, key);
        phrases.push(phrase);
      }
      list.push(parts ? -key - 1 : key);
    });
    lists[occupation.code] = list;
  }
  // Numbered in sorted order, so a start-up finds a phrase by binary search.
  const order = phrases.map((_, key) => key).sort((a, b) => (phrases[a]! < phrases[b]! ? -1 : phrases[a]! > phrases[b]! ? 1 : 0));
  const sortedNumber = new Int32Array(phrases.length);
  order.forEach((key, number) => (sortedNumber[key] = number));
  const sorted = order.map((key) => phrases[key]!);
  const keys: Record<string, Int32Array> = {};
  for (const [code, list] of Object.entries(lists)) keys[code] = Int32Array.from(list, (key) => (key < 0 ? -sortedNumber[-key - 1]! - 1 : sortedNumber[key]!));
  const wordNumbers = new Map<string, number>();
  const words: string[] = [];
  const phraseWords: number[] = [];
  const phraseWordStarts = new Int32Array(sorted.length + 1);
  for (const [p, phrase] of sorted.entries()) {
    phraseWordStarts[p] = phraseWords.length;
    for (const word of phrase.split(" ")) {
      let number = wordNumbers.get(word);
      if (number === undefined) wordNumbers.set(word, (number = words.push(word) - 1));
      phraseWords.push(number);
    }
    phraseWords.push(-1);
  }
  phraseWordStarts[sorted.length] = phraseWords.length;
  const folded = { canonicalForms: canonicalFormsFingerprint(), phrases: sorted, keys, words, phraseWords: Int32Array.from(phraseWords), phraseWordStarts };
  const claims = claimOccupationNames(body, folded);
  return { ...folded, claims, titleClaims: precomputeTitleClaims(body.occupations, { ...folded, claims }) };
}
