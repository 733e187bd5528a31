// Pay asked per month or week: worked out from the annual median (BLS publishes a year and an hour), on the
// invented Widget Tuner ($80,000) and Widget Inspector ($50,000); and how a question asks for it.
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { payPerPeriodVerdict } from "../../src/answers/pay-per-period.js";
import { askedPayPer } from "../../src/understanding/detect-pay-period.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

const kb = createKnowledgeBase([], [], occupationsFile());
const tuner = kb.getRole("91-1011.00")!;
const inspector = kb.getRole("91-2022.00")!;

describe("pay a month or a week", () => {
  it("one role: the annual median divided by 12, to the nearest ten dollars, saying so", () => {
    expect(payPerPeriodVerdict(kb, [tuner], "month")?.text).toBe(
      "Widget Tuner earns a median of about $6,670 a month: $80,000 a year divided by 12 (BLS, May 2098).",
    );
  });

  it("two roles: the better paid first, each a month", () => {
    expect(payPerPeriodVerdict(kb, [inspector, tuner], "month")?.text).toBe(
      "Widget Tuner earns more: median pay a month Widget Tuner about $6,670, Widget Inspector about $4,170, the annual median divided by 12 (BLS, May 2098).",
    );
  });

  it("a week: the annual median divided by 52, to the nearest five dollars", () => {
    expect(payPerPeriodVerdict(kb, [tuner], "week")?.text).toBe(
      "Widget Tuner earns a median of about $1,540 a week: $80,000 a year divided by 52 (BLS, May 2098).",
    );
  });

  it("two weeks (a US pay cheque): the annual median divided by 26, to the nearest ten dollars", () => {
    expect(payPerPeriodVerdict(kb, [tuner], "two weeks")?.text).toBe(
      "Widget Tuner earns a median of about $3,080 every two weeks: $80,000 a year divided by 26 (BLS, May 2098).",
    );
  });

  it.each([
    ["salary of a data scientist per month", "month"],
    ["nurse vs teacher monthly salary", "month"],
    ["what do welders make a month", "month"],
    ["nurse pay /mo", "month"],
    ["cna weekly pay", "week"],
    ["how much do truckers make a week", "week"],
    ["welder pay /wk", "week"],
    ["how much does a cna make biweekly", "two weeks"],
    ["rn vs lpn bi weekly pay", "two weeks"],
    ["nurse pay per paycheck", "two weeks"],
    ["what do welders make every 2 weeks", "two weeks"],
    ["what do welders make a year", null],
    ["i start next month as a welder, pay?", null],
    ["i start next week as a welder, pay?", null],
  ])("asked per month or week: %s", (question, asked) => {
    expect(askedPayPer(question)).toBe(asked);
  });
});
