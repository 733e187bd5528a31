// normalizedWordList splits plain text in one pass: it must equal normalizeWords, split.
import { describe, expect, it } from "vitest";
import { foldCase, normalizedWordList, normalizeWords } from "../../src/text/normalize.js";
import { canonicalTokens, canonicalWord } from "../../src/understanding/canonical-tokens.js";

function randomStrings(alphabet: string, count: number, maxLength: number, seed: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * (maxLength + 1)) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""),
  );
}

const SAMPLES = [
  "",
  "   ",
  "Registered Nurses (RNs) vs LPNs?",
  "Sr. Ops Mgr, $50k + 10% bonus",
  "what's the diff b/w a CNA & an RN",
  "co-ordinator's assistants' pay",
  "we're wondering: they'll hire?",
  "Café — Managers’ “pay”",
  "line\nbreak\ttab",
  "A_B*C`D~E|F\\G",
];

/** normalizeWords as it was written before its rewrites were skipped when their character is absent. */
const CONTRACTIONS: Record<string, string> = { re: "are", m: "am", ve: "have", ll: "will", d: "would" };
function referenceNormalizeWords(text: string): string {
  return foldCase(text)
    .replace(/\bco-(?=ordinat)/g, "co")
    .replace(/&/g, " and ")
    .replace(/\b(i|you|we|they|he|she|it|that|there|who|what)'(re|m|ve|ll|d)\b/g, (_, w: string, c: string) => `${w} ${CONTRACTIONS[c]}`)
    .replace(/n't\b/g, " not")
    .replace(/(\w)'s\b/g, "$1")
    .replace(/(\w)s'(?=\s|$)/g, "$1s")
    .replace(/'/g, "")
    .replace(/[^a-z0-9$%+]+/g, " ")
    .trim();
}

describe("normalizeWords", () => {
  it("equals the rewrites written out in full", () => {
    const texts = [...SAMPLES, ...randomStrings("aco-rdint &'’é sAB\n", 3000, 14, 5), "co-ordinator's", "we're they'd it's isn't", "bosses' pay", "R&D"];
    for (const text of texts) expect(normalizeWords(text), JSON.stringify(text)).toBe(referenceNormalizeWords(text));
  });

  it("equals them for plain text, which copies whole stretches of single-spaced words", () => {
    const texts = [...randomStrings("ab Z9  $%+.,?!", 3000, 16, 6), "rn vs lpn, which pays more?", "  two  spaces  ", "one", "?!", "a b c d e f g"];
    for (const text of texts) expect(normalizeWords(text), JSON.stringify(text)).toBe(referenceNormalizeWords(text));
  });
});

describe("normalizedWordList", () => {
  it("equals normalizeWords(text).split(' ').filter(Boolean)", () => {
    // Plain characters (the fast path) and ones it leaves to normalizeWords (- & ' and non-ASCII).
    const texts = [...SAMPLES, ...randomStrings("aZ9 $%+.,()?!_/:;", 1500, 12, 3), ...randomStrings("ab -&'’é\n", 800, 10, 4)];
    for (const text of texts) expect(normalizedWordList(text), JSON.stringify(text)).toEqual(normalizeWords(text).split(" ").filter(Boolean));
  });

  it("canonicalTokens equals normalizeWords then canonicalWord per word", () => {
    for (const text of [...SAMPLES, "Ops Mgrs and HR reps", "Boxes, Watches, Companies", "mech eng vs elec eng"])
      expect(canonicalTokens(text), text).toEqual(normalizeWords(text).split(" ").filter(Boolean).flatMap(canonicalWord));
  });
});
