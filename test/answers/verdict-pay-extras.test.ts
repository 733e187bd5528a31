// What the pay figures count, asked about: BLS's wages include tips and commissions and leave out
// overtime and shift differentials, and count employees only, so the answer says which before the pay. On invented occupations
// (test/knowledge/occupation-fixtures.ts): a Widget Inspector earns a median of $50,000, a Widget Tuner $80,000.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { OEWS_PAY_TERMS, OEWS_SCOPE } from "../../src/answers/verdict-pay-extras.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

const engine = createEngine(createKnowledgeBase([], [], occupationsFile()));
const answerTo = (question: string) => engine.ask(question).answer;

describe("what the pay figures count", () => {
  it("overtime: left out of BLS's figures, so the data can't say what it adds; the straight-time median follows, with the pay terms cited", () => {
    const answer = answerTo("do widget inspectors get paid overtime");
    expect(answer.verdict?.text).toBe(
      "BLS's wage figures are straight-time pay: they leave out overtime and shift differentials, so the data can't say how much overtime adds. Without it, Widget Inspector earns a median of $50,000 a year (BLS, May 2098).",
    );
    expect(answer.aspect).toBe("salary");
    expect(answer.sources.map((s) => s.url)).toContain(OEWS_PAY_TERMS.url);
    expect(answerTo("does the salary include overtime for widget inspectors").verdict?.text).toMatch(/^BLS's wage figures are straight-time pay/);
  });

  it("tips and commissions: counted in the median", () => {
    expect(answerTo("how much does a widget inspector make with tips").verdict?.text).toBe(
      "BLS's wage figures count tips and commissions. Widget Inspector earns a median of $50,000 a year with them (BLS, May 2098).",
    );
  });

  it("between roles: what the figures count, then which pays more", () => {
    expect(answerTo("which pays more with tips, widget inspector or widget tuner").verdict?.text).toMatch(
      /^BLS's wage figures count tips and commissions\. Widget Tuner earns more: median \$80,000 vs \$50,000/,
    );
    expect(answerTo("widget inspector vs widget tuner, which has better overtime pay").verdict?.text).toMatch(
      /so the data can't say how much overtime adds\. On straight-time pay: Widget Tuner earns more/,
    );
  });

  it("freelance or self-employed work: not in BLS's figures, which count employees; what employees earn follows, with the survey's scope cited", () => {
    const answer = answerTo("how much do widget inspectors make freelance");
    expect(answer.verdict?.text).toBe(
      "BLS's wage figures count employees only, not the self-employed or freelancers, so the data can't say what freelance work pays. What employees earn: Widget Inspector earns a median of $50,000 a year (BLS, May 2098).",
    );
    expect(answer.sources.map((s) => s.url)).toContain(OEWS_SCOPE.url);
    expect(answerTo("self employed widget tuner pay").verdict?.text).toMatch(/^BLS's wage figures count employees only/);
  });

  it("overtime as hours and tips as advice are not about the pay figures", () => {
    expect(answerTo("do widget inspectors work a lot of overtime").verdict?.text ?? "").not.toMatch(/straight-time/);
    expect(answerTo("any tips for becoming a widget inspector").sources.map((s) => s.url)).not.toContain(OEWS_PAY_TERMS.url);
  });
});
