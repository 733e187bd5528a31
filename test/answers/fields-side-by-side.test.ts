// "IT or healthcare": two fields set side by side on figures summed over every occupation in each. On
// invented occupations (test/knowledge/occupation-fixtures.ts): in 91-, Widget Tuners (5,000 workers,
// $80,000, 100 -> 110 thousand jobs, 9,500 openings) and Widget Inspectors (20,000 workers, $50,000,
// 100 -> 96, 3,200 openings); in 43-, Test Clerk Supervisors (1,000 workers, $60,000, 100 -> 110, 9,500).
import { describe, expect, it } from "vitest";
import { fieldFigures } from "../../src/answers/field-figures.js";
import { fieldsCards, fieldsVerdict } from "../../src/answers/fields-side-by-side.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { RankField } from "../../src/understanding/ranked-question.js";
import { occupation, occupationsFile } from "../knowledge/occupation-fixtures.js";

const widgets: RankField = { label: "widget occupations", codes: ["91-"] };
const office: RankField = { label: "office occupations", codes: ["43-"] };

function knowledge() {
  const file = occupationsFile();
  // A specialty shares its parent's figures: counted once.
  file.occupations.push(occupation("91-1011.01", "Widget Tuning Specialists", "Widget Tuning Specialist"));
  return createKnowledgeBase([], [], file);
}
const kb = knowledge();

describe("a field's figures", () => {
  it("sums workers, growth and openings once per series; the pay is the middle worker's occupation's", () => {
    const figures = fieldFigures(kb, widgets);
    expect(figures).toMatchObject({ workers: 25_000, medianPay: 50_000, openings: 12.7 });
    expect(figures.growth).toBeCloseTo(3, 5);
    // The most workers, not the best paid.
    expect(figures.largest?.title).toBe("Widget Inspector");
  });
});

describe("two fields side by side", () => {
  it("with no measure asked: better depends, then every figure, grouped by the field ahead", () => {
    expect(fieldsVerdict(kb, "overall", widgets, office)).toEqual({
      text: "Better depends on what matters to you. On the data: Office occupations pay more (a median of $60,000 vs $50,000 a year, for the occupation of the middle worker in each) and are projected to grow faster (+10% vs +3% over 2097–2107); widget occupations have more openings (about 13,000 vs 10,000 a year) and employ more people (about 25,000 vs 1,000) (BLS, May 2098; BLS projections 2097–2107; summed over every occupation in each). The largest occupation of each, side by side below: Widget Inspector and Test Clerk Supervisor.",
      basis: "data",
    });
  });

  it("the measure asked first, with the other figures of the field ahead on it", () => {
    expect(fieldsVerdict(kb, "openings", office, widgets).text).toMatch(
      /^Widget occupations have more openings \(about 13,000 vs 10,000 a year\) and employ more people \(about 25,000 vs 1,000\); office occupations pay more/,
    );
  });

  it("college's side: the jobs that usually start with a bachelor's degree or more, over every field; the schooling itself not in the data", () => {
    const college: RankField = { label: "jobs that usually start with a bachelor's degree or more", codes: [""], minEducation: "bachelor" };
    // The widget tuners and the clerk supervisors start with a bachelor's; the inspectors with a high-school diploma.
    expect(fieldFigures(kb, college)).toMatchObject({ workers: 6_000, medianPay: 80_000 });
    expect(fieldsVerdict(kb, "overall", college, widgets).text).toMatch(
      /^Better depends on what matters to you\. On the data: Jobs that usually start with a bachelor's degree or more pay more \(a median of \$80,000 vs \$50,000 a year.* The data compares the work each way leads to; what the schooling costs and how long it takes are not in it\./,
    );
    expect(fieldsVerdict(kb, "overall", office, widgets).text).not.toContain("schooling costs");
  });

  it("the cards are the largest occupation of each, in the order the fields were named", () => {
    expect(fieldsCards(kb, { measure: "overall", field: office, versus: widgets, maxEducation: null }).map((e) => e.title)).toEqual([
      "Test Clerk Supervisor",
      "Widget Inspector",
    ]);
  });
});
