// The parser compares its word lists with canonical tokens (singular, abbreviations expanded), so an
// entry in any other form ("whats", "vs", "teams") can never match, and a repeated entry is noise.
import { describe, expect, it } from "vitest";
import { ASPECTS, ASPECT_IDS } from "../../src/knowledge/aspects.js";
import { canonicalPhrase, canonicalTokens } from "../../src/understanding/canonical-tokens.js";
// Importing the parser loads every module that registers a word list (and the task verdict, in answers/).
import "../../src/understanding/parse-question.js";
import "../../src/answers/verdict-tasks.js";
import { registeredWordLists } from "../../src/understanding/word-list.js";

const lists = [...registeredWordLists()];

/** Entries listed more than once. */
const repeated = (entries: readonly string[]) => entries.filter((e, i) => entries.indexOf(e) !== i);

describe("parser word lists", () => {
  it("are all registered", () => {
    const names = lists.map(([name]) => name);
    for (const name of [
      "STOPWORDS",
      "KNOWN_WORDS",
      "GENERIC_ROLE_WORDS",
      "OCCUPATION_HEADS",
      "QUESTION_WORDS",
      "REQUEST_PHRASES",
      "HELP_WORDS",
      "COMPARE_WORDS",
      "JOINERS",
      "ROLE_VERBS",
      "JOB_WORDS",
      "SENIORITY_WORDS",
    ]) {
      expect(names).toContain(name);
    }
    expect(lists.length).toBeGreaterThanOrEqual(25);
  });

  it.each(lists)("%s: every entry is in canonical form", (_name, { kind, entries }) => {
    const notCanonical = entries.filter((e) => canonicalPhrase(e) !== e || (kind === "words" && canonicalTokens(e).length !== 1));
    expect(notCanonical).toEqual([]);
  });

  it.each(lists)("%s: every entry is listed once", (_name, { entries }) => {
    expect(repeated(entries)).toEqual([]);
  });

  it("the check catches a plural, an abbreviation, a contraction and a phrase in a word list", () => {
    const bad = ["teams", "vs", "whats", "how to use", "ok"];
    expect(bad.filter((e) => canonicalPhrase(e) !== e || canonicalTokens(e).length !== 1)).toEqual(["teams", "vs", "whats", "how to use"]);
  });
});

describe("aspect synonyms", () => {
  // Synonyms are canonicalised when the aspect table is built, so "duties" may be written as people
  // type it; but two that canonicalise alike in one aspect are one entry written twice.
  it.each([...ASPECT_IDS])("%s: no two synonyms (strong or weak) mean the same canonical phrase", (id) => {
    const phrases = [...ASPECTS[id].synonyms, ...ASPECTS[id].weakSynonyms].map(canonicalPhrase);
    expect(phrases.filter((p) => p === "")).toEqual([]);
    expect(repeated(phrases)).toEqual([]);
  });
});
