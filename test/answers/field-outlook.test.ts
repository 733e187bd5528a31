// "is healthcare a good field": a field's own outlook from the figures summed over its occupations,
// before the ranking of its best jobs. On invented occupations (test/knowledge/occupation-fixtures.ts):
// in 91-, Widget Tuners (5,000 workers, $80,000, 100 -> 110 thousand jobs, 9,500 openings) and Widget
// Inspectors (20,000 workers, $50,000, 100 -> 96, 3,200 openings); in 43-, Test Clerk Supervisors.
import { describe, expect, it } from "vitest";
import { fieldOutlookSentence } from "../../src/answers/field-outlook.js";
import { outlookLead } from "../../src/answers/outlook-lead.js";
import { rankingVerdict } from "../../src/answers/rank-occupations.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { RankField } from "../../src/understanding/ranked-question.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

const kb = createKnowledgeBase([], [], occupationsFile());
const widgets: RankField = { label: "widget occupations", codes: ["91-"] };

describe("a field's outlook", () => {
  it("its summed growth against all jobs', its openings and its middle worker's pay, cited", () => {
    // All jobs: (110 + 96 + 110) / 300 = +5.3%; the widgets: (110 + 96) / 200 = +3%.
    expect(fieldOutlookSentence(kb, widgets)).toBe(
      "The job market is growing slowly for widget occupations: jobs are projected to change +3% over 2097–2107 (all jobs: +5.3%), with about 13,000 openings a year; the occupation of its middle worker has a median pay of $50,000 a year (BLS, May 2098; BLS projections 2097–2107; summed over every occupation in it).",
    );
    expect(fieldOutlookSentence(kb, { label: "sea occupations", codes: ["99-"] })).toBeNull();
  });

  it("leads the best of the field, in place of 'best depends on what matters to you'", () => {
    const request = { measure: "overall", field: widgets, maxEducation: null } as const;
    expect(rankingVerdict(kb, { ...request, fieldOutlook: true }).text).toMatch(
      /^The job market is growing slowly for widget occupations: .* Among widget occupations, (the best paid|the highest median pay)/,
    );
    expect(rankingVerdict(kb, request).text).toMatch(/^Best depends on what matters to you\. Among widget occupations/);
  });

  it("the outlook's words: growth against all jobs', within a point is about average", () => {
    expect(outlookLead(-0.5, 3.1)).toBe("The job market is shrinking");
    expect(outlookLead(4.2, 3.1)).toBe("The outlook is good");
    expect(outlookLead(3.9, 3.1)).toBe("The outlook is about average");
    expect(outlookLead(1.5, 3.1)).toBe("The job market is growing slowly");
    expect(outlookLead(1.5, null)).toBe("The job market is growing");
  });
});
