// A broad title's pay over the group it stands for, on invented occupations: four "tuners" paid
// $40,000 to $100,000, and a Widget Inspector ($50,000) to set against them.
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { groupPayCards, groupPayVerdict } from "../../src/answers/group-pay.js";
import type { RankRequest } from "../../src/understanding/ranked-question.js";
import { occupation, occupationsFile } from "../knowledge/occupation-fixtures.js";

const base = occupationsFile();
const tuners = [
  ["91-3011", "Oak Tuner", 100_000],
  ["91-3012", "Pine Tuner", 70_000],
  ["91-3013", "Elm Tuner (except bonsai)", 60_000],
  ["91-3014", "Ash Tuner", 40_000],
] as const;
const inspector = base.occupations.find((o) => o.code === "91-2022.00")!;
const kb = createKnowledgeBase([], [], {
  ...base,
  occupations: [
    ...tuners.map(([code, singular]) => occupation(`${code}.00`, `${singular}s`, singular)),
    // Same SOC group, another head: not a tuner.
    occupation("91-3015.00", "Tuning Clerks", "Tuning Clerk"),
    inspector,
  ],
  wageSeries: {
    ...base.wageSeries,
    ...Object.fromEntries(
      [...tuners.map(([code, , median]) => [code, median] as const), ["91-3015", 200_000] as const].map(([code, median]) => [
        code,
        { ...base.wageSeries["91-1011"]!, code, annual: { ...base.wageSeries["91-1011"]!.annual, median } },
      ]),
    ),
  },
});
const request = (against: string | null): RankRequest => ({
  measure: "pay",
  field: { label: "tuning occupations", codes: ["91-3"], head: "tuner" },
  maxEducation: null,
  group: { against, choices: [] },
});

describe("a broad title's pay, over its group", () => {
  it("alone: the spread of the group's medians, lowest to highest, and the middle", () => {
    expect(groupPayVerdict(kb, request(null)).text).toBe(
      "It depends on the kind of tuner: the medians of 4 tuning occupations run from $40,000 a year (Ash Tuner) to $100,000 (Oak Tuner); half are above $60,000 (BLS, May 2098).",
    );
    expect(groupPayCards(kb, request(null)).map((e) => e.title)).toEqual(["Oak Tuner", "Elm Tuner (except bonsai)", "Ash Tuner"]);
  });

  it("beside a role: how many of the group have a higher median than it", () => {
    expect(groupPayVerdict(kb, request("91-2022.00")).text).toBe(
      "Most tuners earn more: 3 of the 4 tuning occupations have a higher median than Widget Inspector ($50,000 a year); their medians run from $40,000 a year (Ash Tuner) to $100,000 (Oak Tuner) (BLS, May 2098).",
    );
    expect(groupPayCards(kb, request("91-2022.00")).map((e) => e.title)).toEqual(["Widget Inspector", "Oak Tuner", "Ash Tuner"]);
  });

  it("a group too small to describe says so", () => {
    const few: RankRequest = { ...request(null), field: { label: "clerk occupations", codes: ["91-3"], head: "clerk" } };
    expect(groupPayVerdict(kb, few)).toMatchObject({ basis: "none" });
  });
});
