// A role named as the one being left ("get out of nursing", "quit my job as a cook"), or moved on
// from ("what can a nurse move on to"): its career answers the question, not how to become it.
import { describe, expect, it } from "vitest";
import { isNounModifier } from "../../src/understanding/everyday-word-use.js";
import { asksWhatCredentialOpens, asksWhereItLeads, leavesForOtherWork, leavesRole, movesOnFrom, workedAs } from "../../src/understanding/leaving-role.js";

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
    ["quitting my job as a paralegal", "paralegal", true],
    ["my job as a paralegal is fine", "paralegal", false],
    // "the" after a leaving word is one particular person; "out of the" still leaves the job.
    ["leaving the host a tip", "host", false],
    ["how do i get out of the nurse field", "nurse", true],
    ["how do i become a nurse", "nurse", false],
    ["from cashier to bookkeeper", "bookkeeper", false],
    ["the best of nurse pay", "nurse", false],
  ])("%s: leaves %s, %s", (text, role, leaves) => {
    const { tokens, start } = at(text, role);
    expect(leavesRole(tokens, start)).toBe(leaves);
  });
});

describe("leavesForOtherWork", () => {
  it.each<[string, string, boolean]>([
    ["how do i switch from cashier to an office job", "cashier", true],
    ["how do i go from cashier to something better", "cashier", true],
    ["how to go from teacher to a corporate role", "teacher", true],
    ["how do i transition from nurse into a desk job", "nurse", true],
    // A role moved to is no other work: the path to it is asked.
    ["how do i go from cashier to bookkeeper", "cashier", false],
    ["how do i become a cashier to get a job", "cashier", false],
    ["from cashier to an office", "cashier", false],
  ])("%s: leaves %s, %s", (text, role, leaves) => {
    const { tokens, start, end } = at(text, role);
    expect(leavesForOtherWork(tokens, { start, end })).toBe(leaves);
  });
});

describe("asksWhatCredentialOpens", () => {
  it.each<[string, string, boolean]>([
    ["what can i do with a cna", "cna", true],
    ["what can you do with a cna license", "cna", true],
    ["what jobs can i get with my emt", "emt", true],
    // A full title ending the question is a person, not a credential held.
    ["what can i do with a nurse", "nurse", false],
    ["what can i do with a cna at home", "cna", false],
  ])("%s: %s", (text, role, opens) => {
    const { tokens, start, end } = at(text, role);
    expect(asksWhatCredentialOpens(tokens, { start, end })).toBe(opens);
  });
});

describe("a title before 'move on' is no noun modifier", () => {
  it("'nurse move on' is the verb; 'nurse move' alone may still be a kind of move", () => {
    const plainNoun = () => true;
    expect(isNounModifier("what can a nurse move on to".split(" "), 3, plainNoun)).toBe(false);
    expect(isNounModifier("a nurse moving on to teaching".split(" "), 1, plainNoun)).toBe(false);
    expect(isNounModifier("the nurse move was smart".split(" "), 1, plainNoun)).toBe(true);
    // "nurse vs doctor pros and cons" (canonical tokens), "is being a plumber right for me": what the job is like.
    expect(isNounModifier("nurse versus doctor pro and con".split(" "), 2, plainNoun)).toBe(false);
    expect(isNounModifier("is being a plumber right for me".split(" "), 3, plainNoun)).toBe(false);
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

describe("asksWhereItLeads", () => {
  it.each<[string, string, "up" | "out" | null]>([
    ["what jobs can a cashier move up to", "cashier", "up"],
    ["i am a cashier, what jobs can i move up to", "cashier", "up"],
    ["where can a teller go from here", "teller", "up"],
    ["what is the next step after teller", "teller", "up"],
    ["next step for a cashier", "cashier", "up"],
    ["what is the career path for a paralegal", "paralegal", "up"],
    ["pediatrician career path", "pediatrician", "up"],
    ["what is the career path to become a paralegal", "paralegal", null],
    ["i am a nurse, how do i switch career", "nurse", "out"],
    ["what are exit option for a developer", "developer", "out"],
    // The role is the goal, not where the member is.
    ["how do i move up to manager", "manager", null],
    ["what is the next step to become a nurse", "nurse", null],
    ["cashier salary", "cashier", null],
    // What else its worker could do; what it can become; jobs for its former workers.
    ["what job can teacher do", "teacher", "out"],
    ["what other job can a nurse do", "nurse", "out"],
    ["what do teacher do", "teacher", null],
    ["what can a paralegal become", "paralegal", "up"],
    ["best job for former teacher", "teacher", "out"],
  ])("%s (%s): %s", (text, role, direction) => {
    const { tokens, start, end } = at(text, role);
    expect(asksWhereItLeads(tokens, { start, end })).toBe(direction);
  });
});

describe("workedAs", () => {
  it("reads 'as (a)' right before the role", () => {
    expect(workedAs("how to move up as a nurse".split(" "), 6)).toBe(true);
    expect(workedAs("how to move up as nurse".split(" "), 5)).toBe(true);
    expect(workedAs("how to become a nurse".split(" "), 4)).toBe(false);
  });
});
