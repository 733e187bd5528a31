// The allocation-free string tests must answer exactly as the string-building expressions they replace.
import { describe, expect, it } from "vitest";
import { hasPhrase, includesLowerCase } from "../../src/understanding/phrase-match.js";

/** Deterministic random strings over an alphabet. */
function randomStrings(alphabet: string, count: number, maxLength: number, seed: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * (maxLength + 1)) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""),
  );
}

describe("includesLowerCase", () => {
  it("equals text.toLowerCase().includes(part)", () => {
    const texts = [...randomStrings("aAbB nN-İK\u212Aé", 1500, 10, 1), "Registered Nurses", "NURSE", "Café Manager", "\u212Aelvin", "İstanbul guide"];
    const parts = ["", "a", "ab", "b a", "nurs", "k", "i", "é", "kelv", "ist"];
    for (const text of texts)
      for (const part of parts)
        expect(includesLowerCase(text, part), `${JSON.stringify(text)} ${JSON.stringify(part)}`).toBe(text.toLowerCase().includes(part));
  });
});

describe("hasPhrase", () => {
  it("equals ` ${text} `.includes(` ${phrase} `)", () => {
    const texts = randomStrings("ab ", 800, 8, 2);
    const phrases = ["", " ", "a", "ab", "a b", "b a", " a", "a ", "aa", "ab ab"];
    for (const text of [...texts, "nurse", "nurse midwife", "registered nurse", "nursery worker"])
      for (const phrase of [...phrases, "nurse"])
        expect(hasPhrase(text, phrase), `${JSON.stringify(text)} ${JSON.stringify(phrase)}`).toBe(` ${text} `.includes(` ${phrase} `));
  });
});
