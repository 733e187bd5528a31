// findRoleMentions looks up only spans that could be a name: RoleIndex.longestNameFrom and isNameWord
// must be exactly what the names say, or a name would be skipped.
import { describe, expect, it } from "vitest";
import { RoleIndex } from "../../src/understanding/role-index.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";

describe("RoleIndex.longestNameFrom and isNameWord", () => {
  it("match a scan of every name", async () => {
    const index = new RoleIndex(await loadCuratedKnowledge());
    const longest = new Map<string, number>();
    const used = new Set<string>();
    for (const entry of index.entries) {
      const words = entry.phrase.split(" ");
      longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 0, words.length));
      for (const w of words) used.add(w);
    }
    expect(longest.size).toBeGreaterThan(10);
    for (const word of [...used, "zzzz", "", "the", "nurse", "manager"]) {
      expect(index.longestNameFrom(word), word).toBe(longest.get(word) ?? 0);
      expect(index.isNameWord(word), word).toBe(used.has(word));
    }
    // A multi-word name starting with a word: "office manager" starts with "office".
    expect(index.longestNameFrom("office")).toBeGreaterThanOrEqual(2);
  });
});

describe("RoleIndex.nameOf", () => {
  it("finds every name by its words, and every span the names hold, as a lookup of the joined words would", async () => {
    const index = new RoleIndex(await loadCuratedKnowledge());
    const multi = index.entries.filter((e) => e.phrase.includes(" "));
    expect(multi.length).toBeGreaterThan(20);
    for (const entry of index.entries) expect(index.nameOf(entry.phrase.split(" "), 0, entry.phrase.split(" ").length), entry.phrase).toBe(entry);
    // Every span of names run together, of questions and of names with a word changed or added.
    const texts = [
      ...multi.map((e) => `the ${e.phrase} or ${e.phrase} role`),
      ...multi.map((e) => `${e.phrase.split(" ").reverse().join(" ")} office`),
      ...multi.map((e) => `${e.phrase} manager assistant`),
      "office manager vs operations manager pay",
    ];
    for (const text of texts) {
      const words = text.split(" ");
      for (let start = 0; start < words.length; start++)
        for (let end = start + 1; end <= words.length; end++)
          expect(index.nameOf(words, start, end), words.slice(start, end).join(" ")).toBe(index.names.get(words.slice(start, end).join(" ")));
    }
  });
});
