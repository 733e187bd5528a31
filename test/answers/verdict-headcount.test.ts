// "How many nurses are there in the us": the jobs BLS counts for each role, on invented occupations
// (test/knowledge/occupation-fixtures.ts): Widget Tuners 100 -> 110 thousand jobs (+10%), Widget
// Inspectors 100 -> 96 thousand (-4%).
import { describe, expect, it } from "vitest";
import { headcountVerdict } from "../../src/answers/verdict-headcount.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

const kb = createKnowledgeBase([], [], occupationsFile());
const entry = (code: string) => kb.getRole(code)!;

describe("headcountVerdict", () => {
  it("the jobs counted in the base year and projected to the last, for each role", () => {
    expect(headcountVerdict(kb, [entry("91-1011.00"), entry("91-2022.00")])).toEqual({
      text: "In the US, Widget Tuner: about 100,000 jobs in 2097, projected 110,000 in 2107 (+10%); Widget Inspector: about 100,000 jobs in 2097, projected 96,000 in 2107 (-4%) (BLS projections 2097–2107).",
      basis: "data",
    });
  });

  it("says so when no role has a count", () => {
    const file = occupationsFile();
    file.occupations = file.occupations.map((o) => ({ ...o, projection: null }));
    const bare = createKnowledgeBase([], [], file);
    expect(headcountVerdict(bare, [bare.getRole("91-1011.00")!]).basis).toBe("none");
  });
});
