// Pay asked per month: worked out from the annual median (BLS publishes a year and an hour), on the
// invented Widget Tuner ($80,000) and Widget Inspector ($50,000); and how a question asks for it.
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { monthlyPayVerdict } from "../../src/answers/monthly-pay.js";
import { askedPerMonth } from "../../src/understanding/detect-pay-period.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

const kb = createKnowledgeBase([], [], occupationsFile());
const tuner = kb.getRole("91-1011.00")!;
const inspector = kb.getRole("91-2022.00")!;

describe("pay a month", () => {
  it("one role: the annual median divided by 12, to the nearest ten dollars, saying so", () => {
    expect(monthlyPayVerdict(kb, [tuner])?.text).toBe("Widget Tuner earns a median of about $6,670 a month: $80,000 a year divided by 12 (BLS, May 2098).");
  });

  it("two roles: the better paid first, each a month", () => {
    expect(monthlyPayVerdict(kb, [inspector, tuner])?.text).toBe(
      "Widget Tuner earns more: median pay a month Widget Tuner about $6,670, Widget Inspector about $4,170, the annual median divided by 12 (BLS, May 2098).",
    );
  });

  it.each([
    ["salary of a data scientist per month", true],
    ["nurse vs teacher monthly salary", true],
    ["what do welders make a month", true],
    ["nurse pay /mo", true],
    ["what do welders make a year", false],
    ["i start next month as a welder, pay?", false],
  ])("asked per month: %s", (question, asked) => {
    expect(askedPerMonth(question)).toBe(asked);
  });
});
