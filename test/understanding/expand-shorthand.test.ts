// Slash shorthand written out before the words are split ("b/w" would read as "b with").
import { describe, expect, it } from "vitest";
import { expandShorthand } from "../../src/understanding/expand-shorthand.js";

describe("expandShorthand", () => {
  it.each([
    ["diff b/w an LPN and an RN", "diff between an LPN and an RN"],
    ["diff B/W a CNA and an RN", "diff between a CNA and an RN"],
    ["what's the gap b/t pharmacists and techs", "what's the gap between pharmacists and techs"],
    ["can I be a PA w/o a masters", "can I be a PA without a masters"],
    ["RN w/ 5 years", "RN with  5 years"],
    ["nurse w/experience", "nurse with experience"],
  ])("%s", (typed, written) => expect(expandShorthand(typed)).toBe(written));

  it.each([
    ["rn / lpn / cna pay comparison", "rn or lpn or cna pay comparison"],
    ["nursing/teaching/accounting which is best?", "nursing or teaching or accounting which is best?"],
    ["medical assistant/phlebotomist which is better", "medical assistant or phlebotomist which is better"],
    ["rn/lpn", "rn or lpn"],
  ])("a slash ending a phrase sets jobs side by side: %s", (typed, written) => expect(expandShorthand(typed)).toBe(written));

  it.each([
    ["lpn -> rn", "lpn to rn"],
    ["medical assistant→rn", "medical assistant to rn"],
    ["cashier => manager?", "cashier to manager?"],
    ["nurse 🆚 teacher", "nurse  vs  teacher"],
    ["rn vs lpn $$$", "rn vs lpn  pay "],
  ])("symbols typed for words: %s", (typed, written) => expect(expandShorthand(typed)).toBe(written));

  it("leaves other slashes and text without one as they are", () => {
    // (A slash before another noun is inside one title; an amount's period is no choice.)
    for (const text of [
      "24/7 support tech",
      "and/or",
      "HR/payroll clerk",
      "tractor/farm equipment operator",
      "cabin crew / flight attendant",
      "make 20/hr",
      "80k/yr",
      "w/e, the printer broke",
      "office manager vs ops manager",
      "pay is $20 an hour",
    ])
      expect(expandShorthand(text)).toBe(text);
  });
});
