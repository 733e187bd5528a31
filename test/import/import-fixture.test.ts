// The whole import on a small invented source folder: every field of the compiled file.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runImport, type ImportResult } from "../../src/import/run-import.js";
import { OCCUPATIONS_FORMAT, type Occupation } from "../../src/knowledge/occupations-schema.js";
import { loadOccupations } from "../../src/knowledge/load-occupations.js";
import { buildFixtureSources, FIXTURE } from "./fixture-sources.js";

let dir: string;
let result: ImportResult;
const occupation = (code: string): Occupation => result.file.occupations.find((o) => o.code === code)!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "import-fixture-"));
  await buildFixtureSources(join(dir, "src"));
  result = await runImport({ from: join(dir, "src"), out: join(dir, "out", "occupations.json") });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("import of an invented release", () => {
  it("writes a file that the committed schema accepts, stamped with each release", async () => {
    const written = (await loadOccupations(join(dir, "out", "occupations.json"), "occupations.json", "full"))!;
    expect(written.format).toBe(OCCUPATIONS_FORMAT);
    expect(written.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(written.sources.onet).toMatchObject({ version: "29.9", release: "January 2031", file: "onet-29.9" });
    expect(written.sources.oews).toMatchObject({ year: 2031, release: "May 2031", file: "bls/national_M2031_dl.xlsx" });
    expect(written.sources.projections.release).toBe("2030–40");
    expect(written.sources.esco?.release).toBe("v1.2");
  });

  it("keeps every occupation with its singular title, family and description", () => {
    expect(result.file.occupations.map((o) => o.code)).toEqual([FIXTURE.inspector, FIXTURE.calibrator, FIXTURE.gardener, FIXTURE.keeper, FIXTURE.archivist]);
    expect(occupation(FIXTURE.keeper).singular).toBe("Lantern Keeper or Lamp Trimmer (except harbor)");
    expect(occupation(FIXTURE.archivist)).toMatchObject({ majorGroup: "92", description: "File dreams by theme.", hasRatings: false, tasks: [] });
    expect(result.file.majorGroups).toEqual({ "91": "Imaginary Occupations", "92": "Invented Service Occupations" });
  });

  it("orders tasks Core first, then by incumbents responding", () => {
    expect(occupation(FIXTURE.inspector).tasks).toEqual(["Reject bent widgets.", "Count widget teeth.", "Polish the widget lens.", "Log widget moods."]);
  });

  it("aligns skills and knowledge to the element lists, dropping suppressed values", () => {
    expect(result.file.elements.skills).toEqual(["Widget Sense", "Cloud Reading"]);
    expect(occupation(FIXTURE.inspector).skills).toEqual([
      [2, 3],
      [2.1, 3.1],
    ]);
    expect(occupation(FIXTURE.gardener).skills[1]).toBeNull(); // Recommend Suppress = Y on importance
    expect(occupation(FIXTURE.keeper).skills[0]).toEqual([5, null]); // level Not Relevant = Y
    expect(occupation(FIXTURE.archivist).skills).toEqual([null, null]);
    expect(occupation(FIXTURE.inspector).knowledge).toEqual([[3, 4]]);
  });

  it("keeps work styles, work values (EX) and interests (OI) only", () => {
    expect(result.file.elements).toMatchObject({ workStyles: ["Patience With Fog"], workValues: ["Quiet Rooms"], interests: ["Realistic", "Artistic"] });
    expect(occupation(FIXTURE.calibrator).workStyles).toEqual([3.25]);
    expect(occupation(FIXTURE.inspector).workValues).toEqual([5.5]);
    expect(occupation(FIXTURE.inspector).interests).toEqual([6.25, 1.5]);
    expect(occupation(FIXTURE.gardener).interests).toEqual([null, null]);
  });

  it("gives education, experience and training as percents per short category label", () => {
    expect(result.file.categories).toEqual({
      education: ["Less than a cloud diploma", "Cloud diploma", "Post-cloud certificate"],
      experience: ["None", "1 to 3 months"],
      training: ["None or short demonstration", "Up to 1 month"],
    });
    expect(occupation(FIXTURE.inspector)).toMatchObject({ education: [0, 60.5, 39.5], experience: [100, 0], training: null });
    expect(occupation(FIXTURE.gardener).training).toEqual([100, 0]); // a category flagged Recommend Suppress is kept as published
    expect(occupation(FIXTURE.archivist).education).toBeNull();
  });

  it("lists job zones, related occupations in index order and hot technologies in demand first", () => {
    expect(result.file.jobZones).toHaveLength(5);
    expect(result.file.jobZones[1]).toEqual({
      zone: 2,
      name: "Job Zone 2: invented",
      education: "education 2",
      experience: "experience 2",
      training: "training 2",
    });
    expect(occupation(FIXTURE.inspector).jobZone).toBe(2);
    expect(occupation(FIXTURE.archivist).jobZone).toBeNull();
    expect(occupation(FIXTURE.inspector).related).toEqual([
      { code: FIXTURE.calibrator, tier: "Primary-Short" },
      { code: FIXTURE.gardener, tier: "Primary-Long" },
      { code: FIXTURE.keeper, tier: "Supplemental" },
    ]);
    expect(occupation(FIXTURE.inspector).hotTechnologies).toEqual(["SprocketDB", "WidgetCAD"]);
  });

  it("reads wages from the newest OEWS file, with top codes, n/a marks and the broad fallback", () => {
    const series = result.file.wageSeries;
    expect(Object.keys(series).sort()).toEqual(["91-1010", "91-1011", "91-1020"]);
    expect(series["91-1011"]!.annual).toMatchObject({ median: 70000, p90: { atLeast: 239200 } });
    expect(series["91-1011"]!.hourly.p90).toEqual({ atLeast: 115 });
    expect(series["91-1020"]).toMatchObject({ employment: null, annualOnly: true, hourlyOnly: false, hourly: { median: null, mean: null } });
    expect(occupation(FIXTURE.inspector).wages).toEqual({ series: "91-1011", fallback: "none" });
    expect(occupation(FIXTURE.calibrator).wages).toEqual({ series: "91-1011", fallback: "none" });
    expect(occupation(FIXTURE.gardener).wages).toEqual({ series: "91-1020", fallback: "broad" });
    expect(occupation(FIXTURE.archivist).wages).toBeNull();
    expect(result.stats).toMatchObject({ withWages: 4, broadFallbacks: 2, withoutWages: 1, topCodedValues: 2 });
  });

  it("maps projections directly and through EP aggregate codes", () => {
    expect(occupation(FIXTURE.inspector).projection).toEqual({
      code: "91-1011",
      title: "Widget inspectors",
      aggregate: false,
      employment2024: 12.3,
      employment2034: 13.5,
      changePercent: 9.8,
      changeNumeric: 1.2,
      openingsPerYear: 3.5,
      entryEducation: "High school diploma or equivalent",
      workExperience: "None",
      onTheJobTraining: "Short-term on-the-job training",
    });
    expect(occupation(FIXTURE.keeper).projection).toMatchObject({ code: "91-1028", aggregate: true, changeNumeric: -0.5 });
    expect(occupation(FIXTURE.gardener).projection?.code).toBe("91-1028");
    expect(occupation(FIXTURE.archivist).projection).toBeNull();
  });

  it("collects every kind of title, ESCO labels through the crosswalk", () => {
    expect(occupation(FIXTURE.inspector).titles).toEqual({
      alternate: ["Widget Quality Checker", "Sprocket Examiner"],
      short: ["Widget Checker"],
      reported: ["Widget Tester", "Line Widget Aide"],
      myNextMove: ["Widget Tester"],
      esco: ["widget assessor", "widget assessor (trainee)", "widget quality officer"],
    });
    // a crosswalk code missing from this ESCO version keeps the crosswalk's own label
    expect(occupation(FIXTURE.gardener).titles.esco).toEqual(["cloud horticulturist", "retired fog warden"]);
    expect(result.stats.sharedTitles).toBe(1); // "Sprocket Examiner"
  });
});
