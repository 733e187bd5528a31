// normalizedWordList splits plain text in one pass: it must equal normalizeWords, split.
import { describe, expect, it } from "vitest";
import { normalizedWordList, normalizeWords } from "../../src/text/normalize.js";
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
