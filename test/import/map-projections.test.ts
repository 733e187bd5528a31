import { describe, it, expect } from "vitest";
import { projectionIndex } from "../../src/import/map-projections.js";
import type { ProjectionRow } from "../../src/import/read-projections.js";

const row = (code: string, title: string): ProjectionRow => ({
  code,
  title,
  employmentStart: 1,
  employmentEnd: 2,
  changeNumeric: 1,
  changePercent: 100,
  openingsPerYear: 0.1,
  entryEducation: null,
  workExperience: null,
  onTheJobTraining: null,
});

describe("projectionIndex", () => {
  const soc = new Map([
    ["93-1011", "Puddle Surveyors"],
    ["93-1021", "Rain Gauge Readers"],
    ["93-1022", "Snow Gauge Readers"],
    ["93-1023", "Hail Counters"],
    ["93-2011", "Frost Painters"],
    ["93-2012", "Ice Sculptors"],
    ["93-3011", "Wind Chimers"],
  ]);
  const lookup = projectionIndex(
    [
      row("93-1011", "Puddle surveyors"),
      row("93-1023", "Hail counters"),
      row("93-1028", "Rain and snow gauge readers"),
      row("93-2010", "Frost and ice artists"),
    ],
    soc,
  );

  it("matches SOC detailed codes directly", () => {
    expect(lookup("93-1011")).toMatchObject({ row: { code: "93-1011" }, aggregate: false });
  });
  it("maps codes SOC does not have to the uncovered detailed codes of their broad group", () => {
    expect(lookup("93-1021")).toMatchObject({ row: { code: "93-1028" }, aggregate: true });
    expect(lookup("93-1022")).toMatchObject({ row: { code: "93-1028" }, aggregate: true });
    expect(lookup("93-1023")).toMatchObject({ row: { code: "93-1023" }, aggregate: false });
  });
  it("maps broad codes to their detailed codes", () => {
    expect(lookup("93-2012")).toMatchObject({ row: { code: "93-2010" }, aggregate: true });
  });
  it("returns null where EP publishes nothing", () => {
    expect(lookup("93-3011")).toBeNull();
  });
  it("picks the aggregate with the closer title when two share a broad group", () => {
    const two = projectionIndex([row("93-1028", "Rain gauge readers"), row("93-1029", "Snow gauge readers, all other")], soc);
    expect(two("93-1021")?.row.code).toBe("93-1028");
    expect(two("93-1022")?.row.code).toBe("93-1029");
  });
});
