// Pay asked per month or week: worked out from the annual median (BLS publishes a year and an hour), on the
// invented Widget Tuner ($80,000) and Widget Inspector ($50,000); and how a question asks for it.
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { payPerPeriodVerdict, payPerShiftVerdict } from "../../src/answers/pay-per-period.js";
import { askedPayPer, askedShiftHours } from "../../src/understanding/detect-pay-period.js";
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

  it("a shift: the hourly median times its hours, to the nearest five dollars, saying what BLS leaves out", () => {
    expect(payPerShiftVerdict(kb, [tuner], 12)?.text).toBe(
      "Widget Tuner earns a median of $38.46 an hour, about $460 for a 12-hour shift (BLS, May 2098), before overtime or shift differentials, which BLS's figures leave out.",
    );
    expect(payPerShiftVerdict(kb, [tuner, inspector], 8)?.text).toMatch(
      /^Widget Tuner earns .* for an 8-hour shift; Widget Inspector earns .* for an 8-hour shift \(/,
    );
  });

  it.each([
    ["how much do nurses make in a 12 hour shift", 12],
    ["cna pay per 8 hr shift", 8],
    ["what do welders earn for a ten hour shift", 10],
    ["i work 12 hour shifts as a nurse, is the pay good", null],
    ["the night shift pays more right", null],
    ["how much do nurses make per 99 hour shift", null],
  ])("a shift's pay asked: %s", (question, hours) => {
    expect(askedShiftHours(question)).toBe(hours);
  });
});
