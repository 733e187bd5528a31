// A small compiled occupations file with invented occupations, in the importer's output format, for
// tests of the layers, answers and understanding at occupation scale without the real datasets.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createEngine, type Engine } from "../../src/engine.js";
import { writeOccupationsFiles } from "../../src/import/write-occupations.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { OCCUPATIONS_FORMAT, type Occupation, type OccupationsFile, type WageSeries } from "../../src/knowledge/occupations-schema.js";
import { validRole, writeData } from "./fixtures.js";

const band = (median: number, spread = 0.3) => ({
  mean: Math.round(median * 1.05),
  p10: Math.round(median * (1 - spread * 1.5)),
  p25: Math.round(median * (1 - spread * 0.7)),
  median,
  p75: Math.round(median * (1 + spread)),
  p90: Math.round(median * (1 + spread * 2)),
});

function series(code: string, title: string, median: number, employment: number): WageSeries {
  return {
    code,
    title,
    group: "detailed",
    employment,
    annual: band(median),
    hourly: band(Math.round((median / 2080) * 100) / 100),
    annualOnly: false,
    hourlyOnly: false,
  };
}

export function occupation(code: string, title: string, singular: string, extra: Partial<Occupation> = {}): Occupation {
  return {
    code,
    title,
    singular,
    majorGroup: code.slice(0, 2),
    description: `${title} look after invented widgets. They work only in tests.`,
    tasks: [`Calibrate the ${singular.toLowerCase()}'s widget gauges.`, "Log widget readings in the register.", "Train new staff on widget safety."],
    hasRatings: true,
    skills: [
      [4.5, 5],
      [2.0, 2],
      [3.0, 3],
    ],
    knowledge: [
      [3.5, 4],
      [1.5, 1],
    ],
    workStyles: [4.2, 3.1],
    workValues: [5.5, 3.0],
    interests: [6.0, 2.0],
    hotTechnologies: ["WidgetCAD"],
    education: [0, 10, 0, 0, 20, 70],
    experience: [30, 70],
    training: [60, 40],
    jobZone: 4,
    wages: { series: code.slice(0, 7), fallback: "none" },
    projection: {
      code: code.slice(0, 7),
      title,
      aggregate: false,
      employment2024: 100,
      employment2034: 110,
      changePercent: 10,
      changeNumeric: 10,
      openingsPerYear: 9.5,
      entryEducation: "Bachelor's degree",
      workExperience: "None",
      onTheJobTraining: "None",
    },
    related: [],
    titles: { alternate: [], short: [], reported: [], myNextMove: [], esco: [] },
    ...extra,
  };
}

/** Three invented occupations: two share the alternate title "widget analyst"; one is the code a curated fixture role names. */
export function occupationsFile(): OccupationsFile {
  const tuner = occupation("91-1011.00", "Widget Tuners", "Widget Tuner", {
    titles: {
      alternate: ["Widget Analyst", "Gauge Tuner"],
      short: ["WT"],
      reported: ["Senior Widget Tuner"],
      myNextMove: ["Widget Tuner"],
      esco: ["widget fettler"],
    },
    related: [{ code: "91-2022.00", tier: "Primary-Short" }],
  });
  const inspector = occupation("91-2022.00", "Widget Inspectors", "Widget Inspector", {
    skills: [
      [2.0, 2],
      [4.8, 5],
      [3.0, 3],
    ],
    titles: { alternate: ["Widget Analyst", "Quality Checker"], short: [], reported: [], myNextMove: [], esco: [] },
    projection: {
      ...occupation("91-2022.00", "x", "x").projection!,
      changePercent: -4,
      employment2034: 96,
      openingsPerYear: 3.2,
      entryEducation: "High school diploma or equivalent",
    },
  });
  const clerk = occupation("43-1011.00", "Test Clerk Supervisors", "Test Clerk Supervisor");
  return {
    format: OCCUPATIONS_FORMAT,
    generatedAt: "2026-01-01T00:00:00.000Z",
    contentHash: "0".repeat(64),
    sources: {
      onet: { name: "O*NET", release: "May 2099", version: "99.9" },
      oews: { name: "OEWS", release: "May 2098", year: 2098 },
      projections: { name: "EP", release: "2097–2107" },
      soc: { name: "SOC", release: "2018" },
      esco: null,
    },
    elements: {
      skills: ["Widget Sense", "Inspection", "Writing"],
      knowledge: ["Widgetry", "Law"],
      workStyles: ["Stress Tolerance", "Patience"],
      workValues: ["Achievement", "Independence"],
      interests: ["Realistic", "Artistic"],
    },
    categories: {
      education: ["Less than high school", "High school diploma", "Post-secondary certificate", "Some college", "Associate's degree", "Bachelor's degree"],
      experience: ["None", "Up to 1 year"],
      training: ["None", "Up to 1 month"],
    },
    jobZones: [{ zone: 4, name: "Job Zone Four: Considerable Preparation Needed", education: "a degree", experience: "years", training: "some" }],
    majorGroups: { "91": "Widget Occupations", "43": "Office and Administrative Support Occupations" },
    wageSeries: {
      "91-1011": series("91-1011", "Widget Tuners", 80000, 5000),
      "91-2022": series("91-2022", "Widget Inspectors", 50000, 20000),
      "43-1011": series("43-1011", "Test Clerk Supervisors", 60000, 1000),
    },
    occupations: [tuner, inspector, clerk],
  };
}

/** An occupation's title lists, empty but for those given. */
export const occupationTitles = (t: Partial<Occupation["titles"]>): Occupation["titles"] => ({
  alternate: [],
  short: [],
  reported: [],
  myNextMove: [],
  esco: [],
  ...t,
});

/** The fixture file with more invented occupations, each paid like the Widget Tuners (its own series code). */
export function occupationsFileWith(extra: readonly Occupation[]): OccupationsFile {
  const file = occupationsFile();
  for (const o of extra) file.wageSeries[o.code.slice(0, 7)] = { ...file.wageSeries["91-1011"]!, code: o.code.slice(0, 7), title: o.title };
  return { ...file, occupations: [...file.occupations, ...extra] };
}

/** Writes the file where the loader looks for it inside a data folder: <dir>/imported/occupations.json. */
export async function writeOccupations(dataDir: string, file: object = occupationsFile()): Promise<string> {
  await mkdir(join(dataDir, "imported"), { recursive: true });
  const path = join(dataDir, "imported", "occupations.json");
  await writeOccupationsFiles(path, file as OccupationsFile);
  return path;
}

/** A data folder with one curated role ("Test Clerk"), the invented occupations and an editor's file (data/licences.yaml, routes.yaml…) holding `text`. */
export async function dataWithEditorFile(name: string, text: string): Promise<string> {
  const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
  await writeOccupations(dir, occupationsFile());
  await writeFile(join(dir, name), text);
  return dir;
}

/** An engine over curated test roles (one by default) and `file`'s invented occupations (the data folder goes with removeDataDirs). */
export async function engineWithOccupations(file: OccupationsFile, roles: Record<string, object> = { "test-clerk": validRole() }): Promise<Engine> {
  const dir = await writeData({ roles });
  await writeOccupations(dir, file);
  return createEngine(await loadKnowledge(dir));
}

/**
 * The knowledge of a data folder with one curated role, "Test Clerk" (code 43-1011.00, with
 * `aliases`), `file`'s occupations and, when given, a title-preferences file (the folder goes with
 * removeDataDirs).
 */
export async function knowledgeWithTestClerk(file: object, aliases: string[], preferences?: string): Promise<KnowledgeBase> {
  const role = validRole("test-clerk", "Test Clerk");
  role.aliases = aliases;
  role.code = "43-1011.00";
  const dir = await writeData({ roles: { "test-clerk": role } });
  if (preferences) await writeFile(join(dir, "title-preferences.yaml"), preferences);
  await writeOccupations(dir, file);
  return loadKnowledge(dir);
}
