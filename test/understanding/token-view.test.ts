// The token view keeps, for each canonical token, the word it was typed as, its sentence and clause,
// and whether it sat in parentheses. Its lists are filled in shared scratch space and copied out:
// a view must never see another question's tokens, before or after.
import { describe, expect, it } from "vitest";
import { spanPhrase, splitSentences, toTokenView, typedPhrase } from "../../src/understanding/token-view.js";
import { normalizedWordList, writeNormalizedWords } from "../../src/text/normalize.js";

describe("toTokenView", () => {
  it("gives each token its typed word, sentence, clause and brackets", () => {
    const view = toTokenView("Is a midwife (nurse midwife) paid more than RNs? Asking, honestly.");
    expect(view.tokens).toEqual(["is", "a", "midwife", "nurse", "midwife", "paid", "more", "than", "rn", "asking", "honestly"]);
    expect(view.typed).toEqual(["is", "a", "midwife", "nurse", "midwife", "paid", "more", "than", "rn", "asking", "honestly"]);
    expect(view.sentence).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(view.clause).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5]);
    expect(view.inParens).toEqual([false, false, false, true, true, false, false, false, false, false, false]);
    expect([...view.questionSentences]).toEqual([0]);
  });

  it("keeps each question's view its own, however long the one before or after", () => {
    const long = toTokenView("so I have been working in retail for years and my manager keeps adding shifts. ".repeat(20));
    const longTokens = [...long.tokens];
    const short = toTokenView("rn vs lpn");
    expect(short.tokens).toEqual(["rn", "versus", "lpn"]);
    for (const list of [short.typed, short.sentence, short.clause, short.inParens]) expect(list).toHaveLength(3);
    toTokenView("welder or plumber, which pays more?");
    expect(long.tokens).toEqual(longTokens);
    expect(short.tokens).toEqual(["rn", "versus", "lpn"]);
  });
});

describe("splitSentences", () => {
  it("splits after . ! ? before a space and at line breaks, not after an abbreviation; one sentence is returned as it is", () => {
    expect(splitSentences("rn vs lpn pay?")).toEqual(["rn vs lpn pay?"]);
    expect(splitSentences("what does a nurse earn\nand a welder")).toEqual(["what does a nurse earn", "and a welder"]);
    expect(splitSentences("Hi! Is a Sr. analyst paid more? ok.")).toEqual(["Hi!", "Is a Sr. analyst paid more?", "ok."]);
    expect(splitSentences("v1.2 of the app?")).toEqual(["v1.2 of the app?"]);
    expect(splitSentences("")).toEqual([""]);
  });
});

describe("spanPhrase and typedPhrase: a span's words joined without slicing", () => {
  it("joins the words of a span by single spaces", () => {
    expect(spanPhrase(["is", "office", "manager", "paid"], 1, 3)).toBe("office manager");
    expect(spanPhrase(["nurse"], 0, 1)).toBe("nurse");
  });

  it("writes a typed word that became several tokens once", () => {
    const view = toTokenView("hr mgr vs nurse nurse");
    expect(view.tokens).toEqual(["human", "resource", "manager", "versus", "nurse", "nurse"]);
    expect(typedPhrase(view.typed, 0, 3)).toBe("hr mgr");
    expect(typedPhrase(view.typed, 1, 2)).toBe("hr");
    // Only neighbours repeat a typed word: the same as slice, drop a word equal to the one before, join.
    expect(typedPhrase(view.typed, 4, 6)).toBe("nurse");
    expect(typedPhrase(["a", "b", "a"], 0, 3)).toBe("a b a");
  });
});

describe("writeNormalizedWords", () => {
  it("writes normalizedWordList's words into a reused list from a place, over what was there", () => {
    const out = ["keep", "x", "y", "z", "w", "v"];
    expect(writeNormalizedWords("Registered Nurses (RNs) vs LPNs?", out, 1)).toBe(6);
    expect(out).toEqual(["keep", ...normalizedWordList("Registered Nurses (RNs) vs LPNs?")]);
    expect(writeNormalizedWords("  ", out, 1)).toBe(1);
  });
});
