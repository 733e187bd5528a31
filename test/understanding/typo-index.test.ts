// The typo index (typo-index.ts) must find exactly the vocabulary words a scan with the edit
// distance finds: every word within one edit, and within two for words long enough to be filed so.
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/understanding/edit-distance.js";
import { TypoIndex } from "../../src/understanding/typo-index.js";

const WORDS = [
  "manager",
  "manger",
  "nurse",
  "nursery",
  "accountant",
  "assistant",
  "engineer",
  "engineering",
  "welder",
  "wielder",
  "data",
  "date",
  "dairy",
  "diary",
  "aaab",
  "abaa",
  "carpenter",
  "receptionist",
  "lpn",
];

function found(index: TypoIndex, word: string, max: 1 | 2): string[] {
  const out: string[] = [];
  index.forEachWithin(word, max, (n, distance) => {
    expect(distance).toBe(editDistance(word, WORDS[n]!));
    out.push(WORDS[n]!);
  });
  return out.sort();
}

function scanned(word: string, max: 1 | 2): string[] {
  return WORDS.filter((w) => editDistance(word, w, max) <= max && (max === 1 || w.length >= 6 || editDistance(word, w, 1) <= 1)).sort();
}

describe("TypoIndex", () => {
  const index = new TypoIndex(WORDS);
  const typos = [
    "managr",
    "mnager",
    "amnager",
    "manageer",
    "nurs",
    "nruse",
    "acountent",
    "accuontant",
    "enginere",
    "egnineer",
    "wleder",
    "dta",
    "dairy",
    "daiyr",
    "aaba",
    "carpentr",
    "recepsionist",
    "lnp",
    "xyz",
    "receptionist",
  ];

  it.each(typos)("finds the words within one edit of %s", (typo) => expect(found(index, typo, 1)).toEqual(scanned(typo, 1)));
  it.each(typos)("finds the words within two edits of %s", (typo) => expect(found(index, typo, 2)).toEqual(scanned(typo, 2)));

  it("finds two-edit typos of long words, swaps included", () => {
    expect(found(index, "acountent", 2)).toEqual(["accountant"]);
    expect(found(index, "recpetionsit", 2)).toEqual(["receptionist"]);
  });
});
