// A role named as the one being left ("get out of nursing", "quit my job as a cook"), or moved on
// from ("what can a nurse move on to"): its career answers the question, not how to become it.
import { describe, expect, it } from "vitest";
import { isNounModifier } from "../../src/understanding/everyday-word-use.js";
import { leavesRole, movesOnFrom } from "../../src/understanding/leaving-role.js";

/** The tokens of `text` and where the role `role` (one token) starts and ends in them. */
function at(text: string, role: string): { tokens: string[]; start: number; end: number } {
  const tokens = text.split(" ");
  const start = tokens.indexOf(role);
  return { tokens, start, end: start + 1 };
}

describe("leavesRole", () => {
  it.each<[string, string, boolean]>([
    ["how do i get out of nurse", "nurse", true],
    ["thinking of leaving teacher", "teacher", true],
    ["should i quit my cook job", "cook", true],
    ["how to transition out of teacher", "teacher", true],
    ["time to move on from cashier", "cashier", true],
    ["how do i become a nurse", "nurse", false],
    ["from cashier to bookkeeper", "bookkeeper", false],
    ["the best of nurse pay", "nurse", false],
  ])("%s: leaves %s, %s", (text, role, leaves) => {
    const { tokens, start } = at(text, role);
    expect(leavesRole(tokens, start)).toBe(leaves);
  });
});

describe("a title before 'move on' is no noun modifier", () => {
  it("'nurse move on' is the verb; 'nurse move' alone may still be a kind of move", () => {
    const plainNoun = () => true;
    expect(isNounModifier("what can a nurse move on to".split(" "), 3, plainNoun)).toBe(false);
    expect(isNounModifier("a nurse moving on to teaching".split(" "), 1, plainNoun)).toBe(false);
    expect(isNounModifier("the nurse move was smart".split(" "), 1, plainNoun)).toBe(true);
  });
});

describe("movesOnFrom", () => {
  it("reads 'move on' or 'moving on' just after the role", () => {
    expect(movesOnFrom(...endOf("what can a nurse move on to", "nurse"))).toBe(true);
    expect(movesOnFrom(...endOf("cashier moving on to what", "cashier"))).toBe(true);
    expect(movesOnFrom(...endOf("nurse salary then move on", "nurse"))).toBe(false);
    expect(movesOnFrom(...endOf("can a nurse move to canada", "nurse"))).toBe(false);
  });
});

function endOf(text: string, role: string): [string[], number] {
  const { tokens, end } = at(text, role);
  return [tokens, end];
}
