// Readers for the O*NET Excel release: each reads one file by its published column names and
// returns plain maps keyed by O*NET-SOC code, for build-occupations.ts to assemble.
import { readFile } from "node:fs/promises";
import { readTable } from "./read-workbook.js";
import { ImportError } from "./import-error.js";
import { ONET_FILES, type OnetFile } from "./source-layout.js";

const CODE = "O*NET-SOC Code";
type Files = Record<OnetFile, string>;
const label = (folder: string, file: OnetFile) => `${folder}/${ONET_FILES[file]}`;

export interface OnetRelease {
  version: string;
  release: string;
}

/** Version ("29.3") and release ("May 2025") from the release's Read Me.txt. */
export async function readOnetRelease(files: Files, folder: string): Promise<OnetRelease> {
  const text = await readFile(files.readMe, "utf8");
  const version = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(text)?.[1];
  if (!version) throw new ImportError(`${label(folder, "readMe")} does not name the release: expected a first line like "O*NET 29.3 Database".`);
  const release = /^\s*([A-Z][a-z]+ \d{4}) Release/m.exec(text)?.[1] ?? "";
  return { version, release };
}

export interface OccupationRow {
  code: string;
  title: string;
  description: string;
}

export async function readOccupationData(files: Files, folder: string): Promise<OccupationRow[]> {
  const out: OccupationRow[] = [];
  await readTable(files.occupations, label(folder, "occupations"), [CODE, "Title", "Description"], (row) => {
    const code = row.text(CODE);
    if (!/^\d{2}-\d{4}\.\d{2}$/.test(code))
      throw new ImportError(`${label(folder, "occupations")} row ${row.number}: "${code}" is not an O*NET-SOC code (expected like 15-1252.00).`);
    out.push({ code, title: row.text("Title"), description: row.text("Description") });
  });
  if (out.length === 0) throw new ImportError(`${label(folder, "occupations")} has no occupations.`);
  return out;
}

export interface TaskRow {
  text: string;
  core: boolean;
  incumbents: number;
}

/** Task statements per occupation, Core before Supplemental, then by Incumbents Responding (most first). */
export async function readTasks(files: Files, folder: string): Promise<Map<string, string[]>> {
  const byCode = new Map<string, TaskRow[]>();
  await readTable(files.tasks, label(folder, "tasks"), [CODE, "Task", "Task Type", "Incumbents Responding"], (row) => {
    const list = getList(byCode, row.text(CODE));
    list.push({ text: row.text("Task"), core: row.text("Task Type").toLowerCase() === "core", incumbents: row.num("Incumbents Responding") ?? -1 });
  });
  const out = new Map<string, string[]>();
  for (const [code, tasks] of byCode) {
    // Array.sort is stable, so equal tasks keep the file's order.
    tasks.sort((a, b) => Number(b.core) - Number(a.core) || b.incumbents - a.incumbents);
    out.set(code, tasks.map((t) => t.text).filter(Boolean));
  }
  return out;
}

export interface ScaleValue {
  value: number;
  /** Recommend Suppress = Y or Not Relevant = Y: O*NET advises against showing the value. */
  unreliable: boolean;
}

export interface ElementTable {
  /** Element names in the order the file first lists them. */
  elements: string[];
  /** code -> element name -> scale id -> value. */
  values: Map<string, Map<string, Map<string, ScaleValue>>>;
}

/** Files with one row per occupation, element and scale (Skills, Knowledge, Work Styles, Work Values, Interests). */
export async function readElementFile(files: Files, folder: string, file: OnetFile, scales: readonly string[]): Promise<ElementTable> {
  const elements: string[] = [];
  const known = new Set<string>();
  const values = new Map<string, Map<string, Map<string, ScaleValue>>>();
  await readTable(
    files[file],
    label(folder, file),
    [CODE, "Element Name", "Scale ID", "Data Value"],
    (row) => {
      const scale = row.text("Scale ID");
      if (!scales.includes(scale)) return;
      const name = row.text("Element Name");
      const value = row.num("Data Value");
      if (value === null) return;
      if (!known.has(name)) {
        known.add(name);
        elements.push(name);
      }
      const unreliable = row.text("Recommend Suppress").toUpperCase() === "Y" || row.text("Not Relevant").toUpperCase() === "Y";
      getMap(getMap(values, row.text(CODE)), name).set(scale, { value, unreliable });
    },
    { optional: ["Recommend Suppress", "Not Relevant"] },
  );
  return { elements, values };
}

/**
 * code -> scale id (RL, RW, OJ) -> category number -> percent. Kept as published: O*NET's Recommend
 * Suppress flag here marks one category's precision (often the largest share), and dropping those
 * would leave distributions that no longer add up, or none at all for most occupations.
 */
export interface Distributions {
  values: Map<string, Map<string, Map<number, number>>>;
}

export const DISTRIBUTION_SCALES = ["RL", "RW", "OJ"] as const;

export async function readEducationTraining(files: Files, folder: string): Promise<Distributions> {
  const values = new Map<string, Map<string, Map<number, number>>>();
  await readTable(files.education, label(folder, "education"), [CODE, "Scale ID", "Category", "Data Value"], (row) => {
    const scale = row.text("Scale ID");
    if (!(DISTRIBUTION_SCALES as readonly string[]).includes(scale)) return;
    const category = row.num("Category");
    const value = row.num("Data Value");
    if (category === null || value === null) return;
    getMap(getMap(values, row.text(CODE)), scale).set(category, value);
  });
  return { values };
}

/** Category descriptions per scale id, by category number. */
export async function readCategories(files: Files, folder: string): Promise<Map<string, Map<number, string>>> {
  const out = new Map<string, Map<number, string>>();
  await readTable(files.educationCategories, label(folder, "educationCategories"), ["Scale ID", "Category", "Category Description"], (row) => {
    const category = row.num("Category");
    if (category === null) return;
    getMap(out, row.text("Scale ID")).set(category, row.text("Category Description"));
  });
  for (const scale of DISTRIBUTION_SCALES) {
    if (!out.get(scale)?.size)
      throw new ImportError(`${label(folder, "educationCategories")} has no categories for scale ${scale}: expected rows for RL, RW and OJ.`);
  }
  return out;
}

export async function readJobZones(files: Files, folder: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await readTable(files.jobZones, label(folder, "jobZones"), [CODE, "Job Zone"], (row) => {
    const zone = row.num("Job Zone");
    if (zone !== null && zone >= 1 && zone <= 5) out.set(row.text(CODE), zone);
  });
  return out;
}

export interface JobZoneInfo {
  zone: number;
  name: string;
  education: string;
  experience: string;
  training: string;
}

export async function readJobZoneReference(files: Files, folder: string): Promise<JobZoneInfo[]> {
  const out: JobZoneInfo[] = [];
  await readTable(files.jobZoneReference, label(folder, "jobZoneReference"), ["Job Zone", "Name", "Experience", "Education", "Job Training"], (row) => {
    const zone = row.num("Job Zone");
    if (zone === null) return;
    out.push({ zone, name: row.text("Name"), education: row.text("Education"), experience: row.text("Experience"), training: row.text("Job Training") });
  });
  return out.sort((a, b) => a.zone - b.zone);
}

/** Related occupations by Relatedness Tier as published, then Index. */
export async function readRelated(files: Files, folder: string): Promise<Map<string, { code: string; tier: string }[]>> {
  const rows = new Map<string, { code: string; tier: string; index: number; order: number }[]>();
  let order = 0;
  await readTable(files.related, label(folder, "related"), [CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"], (row) => {
    getList(rows, row.text(CODE)).push({
      code: row.text("Related O*NET-SOC Code"),
      tier: row.text("Relatedness Tier"),
      index: row.num("Index") ?? Infinity,
      order: order++,
    });
  });
  const out = new Map<string, { code: string; tier: string }[]>();
  for (const [code, list] of rows) {
    list.sort((a, b) => a.index - b.index || a.order - b.order);
    out.set(
      code,
      list.map(({ code: c, tier }) => ({ code: c, tier })),
    );
  }
  return out;
}

export interface TitleLists {
  alternate: Map<string, string[]>;
  short: Map<string, string[]>;
}

export async function readAlternateTitles(files: Files, folder: string): Promise<TitleLists> {
  const alternate = new Map<string, string[]>();
  const short = new Map<string, string[]>();
  await readTable(files.alternateTitles, label(folder, "alternateTitles"), [CODE, "Alternate Title", "Short Title"], (row) => {
    const code = row.text(CODE);
    pushUnique(getList(alternate, code), row.text("Alternate Title"));
    pushUnique(getList(short, code), row.text("Short Title"));
  });
  return { alternate, short };
}

export async function readReportedTitles(files: Files, folder: string): Promise<{ reported: Map<string, string[]>; myNextMove: Map<string, string[]> }> {
  const reported = new Map<string, string[]>();
  const myNextMove = new Map<string, string[]>();
  await readTable(files.reportedTitles, label(folder, "reportedTitles"), [CODE, "Reported Job Title", "Shown in My Next Move"], (row) => {
    const code = row.text(CODE);
    const title = row.text("Reported Job Title");
    pushUnique(getList(reported, code), title);
    if (row.text("Shown in My Next Move").toUpperCase() === "Y") pushUnique(getList(myNextMove, code), title);
  });
  return { reported, myNextMove };
}

/** Hot technologies (Hot Technology = Y), In Demand = Y first, each list in the file's order. */
export async function readHotTechnologies(files: Files, folder: string): Promise<Map<string, string[]>> {
  const rows = new Map<string, { name: string; inDemand: boolean }[]>();
  await readTable(files.technology, label(folder, "technology"), [CODE, "Example", "Hot Technology", "In Demand"], (row) => {
    if (row.text("Hot Technology").toUpperCase() !== "Y") return;
    getList(rows, row.text(CODE)).push({ name: row.text("Example"), inDemand: row.text("In Demand").toUpperCase() === "Y" });
  });
  const out = new Map<string, string[]>();
  for (const [code, list] of rows) {
    const ordered = [...list.filter((t) => t.inDemand), ...list.filter((t) => !t.inDemand)];
    const names: string[] = [];
    for (const t of ordered) pushUnique(names, t.name);
    out.set(code, names);
  }
  return out;
}

function getList<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function getMap<K, V>(map: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map<K, V>()));
  return inner;
}

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}
