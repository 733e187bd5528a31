// Bad source folders: each import fails with an ImportError that names the file and what was
// expected, and never leaves a half-written output behind.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { cp, mkdtemp, rm, readFile, writeFile, rename, unlink, readdir, truncate, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runImport } from "../../src/import/run-import.js";
import { importErrorMessage } from "./import-error-message.js";
import { buildFixtureSources, writeWorkbook } from "./fixture-sources.js";

let base: string;
let pristine: string;
let count = 0;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), "import-bad-"));
  pristine = await buildFixtureSources(join(base, "pristine"));
}, 60_000);
afterAll(() => rm(base, { recursive: true, force: true }));

/** A fresh copy of the fixture folder to break. */
async function copy(): Promise<string> {
  const dir = join(base, `case-${++count}`);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

function importError(from: string, out = join(base, `out-${count}.json`)): Promise<string> {
  return importErrorMessage(runImport({ from, out }));
}

describe("bad input", () => {
  it("names a missing O*NET file and the files it expects", async () => {
    const dir = await copy();
    await unlink(join(dir, "onet-29.9", "Skills.xlsx"));
    const message = await importError(dir);
    expect(message).toContain('missing "Skills.xlsx"');
    expect(message).toContain("Occupation Data.xlsx");
  });

  it("names renamed files of a new release", async () => {
    const dir = await copy();
    await rename(join(dir, "onet-29.9", "Occupation Data.xlsx"), join(dir, "onet-29.9", "Occupation_Data.xlsx"));
    const message = await importError(dir);
    expect(message).toContain('missing "Occupation Data.xlsx"');
    expect(message).toContain("Occupation_Data.xlsx");
  });

  it("names the file and the expected columns when a column is renamed", async () => {
    const dir = await copy();
    await writeWorkbook(join(dir, "onet-29.9", "Task Statements.xlsx"), [
      {
        name: "Task Statements",
        rows: [
          ["O*NET-SOC Code", "Title", "Task ID", "Task", "Task Kind", "Incumbents Responding"],
          ["91-1011.00", "x", 1, "y", "Core", 5],
        ],
      },
    ]);
    const message = await importError(dir);
    expect(message).toContain("onet-29.9/Task Statements.xlsx does not have the expected columns: O*NET-SOC Code, Task, Task Type, Incumbents Responding");
    expect(message).toContain("Task Kind");
  });

  it("says a truncated workbook is truncated", async () => {
    const dir = await copy();
    const file = join(dir, "onet-29.9", "Knowledge.xlsx");
    await truncate(file, Math.floor((await stat(file)).size / 2));
    expect(await importError(dir)).toContain("onet-29.9/Knowledge.xlsx is not a complete Excel workbook");
  });

  it("says a file that is not a workbook at all is corrupt", async () => {
    const dir = await copy();
    await writeFile(join(dir, "bls", "national_M2031_dl.xlsx"), "OCC_CODE,OCC_TITLE\n91-1011,a csv file saved as xlsx\n");
    expect(await importError(dir)).toContain("bls/national_M2031_dl.xlsx is not a complete Excel workbook");
  });

  it("names the missing BLS, EP, SOC and ESCO files", async () => {
    let dir = await copy();
    for (const year of [2030, 2031]) await unlink(join(dir, "bls", `national_M${year}_dl.xlsx`));
    expect(await importError(dir)).toMatch(/No OEWS national wage file in bls: expected national_M<year>_dl\.xlsx/);
    dir = await copy();
    await unlink(join(dir, "bls", "ep-2030-40-occupation.xlsx"));
    expect(await importError(dir)).toContain("expected ep-<years>-occupation.xlsx");
    dir = await copy();
    await rm(join(dir, "soc-2018"), { recursive: true });
    expect(await importError(dir)).toContain("expected soc-<year>/soc_structure_<year>.xlsx");
    dir = await copy();
    await unlink(join(dir, "esco-1.2", "ESCO_to_ONET-SOC.xlsx"));
    expect(await importError(dir)).toContain('missing "esco-1.2/ESCO_to_ONET-SOC.xlsx"');
  });

  it("imports without ESCO when there is no esco folder", async () => {
    const dir = await copy();
    await rm(join(dir, "esco-1.2"), { recursive: true });
    const result = await runImport({ from: dir, out: join(base, "no-esco.json") });
    expect(result.file.sources.esco).toBeNull();
    expect(result.stats.titles.esco).toBe(0);
  });

  it("needs the O*NET version in Read Me.txt", async () => {
    const dir = await copy();
    await writeFile(join(dir, "onet-29.9", "Read Me.txt"), "Some other database\n");
    expect(await importError(dir)).toContain('onet-29.9/Read Me.txt does not name the release: expected a first line like "O*NET 29.3 Database"');
  });

  it("needs the EP sheet Table 1.2 and the OEWS top-code note", async () => {
    let dir = await copy();
    await writeWorkbook(join(dir, "bls", "ep-2030-40-occupation.xlsx"), [{ name: "Table 9.9", rows: [["nothing"]] }]);
    expect(await importError(dir)).toContain('bls/ep-2030-40-occupation.xlsx does not have a sheet named "Table 1.2" (sheets found: Table 9.9)');
    dir = await copy();
    const oews = join(dir, "bls", "national_M2031_dl.xlsx");
    const header = [
      "OCC_CODE",
      "OCC_TITLE",
      "O_GROUP",
      "TOT_EMP",
      "H_MEAN",
      "A_MEAN",
      "H_PCT10",
      "H_PCT25",
      "H_MEDIAN",
      "H_PCT75",
      "H_PCT90",
      "A_PCT10",
      "A_PCT25",
      "A_MEDIAN",
      "A_PCT75",
      "A_PCT90",
      "ANNUAL",
      "HOURLY",
    ];
    await writeWorkbook(oews, [
      { name: "data", rows: [header, ["91-1011", "Widget Inspectors", "detailed", 10, 1, 2, 1, 1, 1, 1, "#", 1, 1, 1, 1, 1, null, null]] },
    ]);
    expect(await importError(dir)).toContain('marks wages with "#"');
  });

  it("leaves the previous output untouched and no temporary file when an import fails", async () => {
    const dir = await copy();
    const outDir = join(base, "kept");
    const out = join(outDir, "occupations.json");
    await runImport({ from: dir, out });
    const before = await readFile(out, "utf8");
    const namesBefore = await readFile(join(outDir, "occupations.names.bin"));
    await unlink(join(dir, "onet-29.9", "Interests.xlsx"));
    await importError(dir, out);
    expect(await readFile(out, "utf8")).toBe(before);
    expect((await readFile(join(outDir, "occupations.names.bin"))).equals(namesBefore)).toBe(true);
    expect((await readdir(outDir)).sort()).toEqual(["occupations.json", "occupations.names.bin"]);
  });

  it("gives the same content hash for the same inputs and another one when an input changes", async () => {
    const dir = await copy();
    const first = await runImport({ from: dir, out: join(base, "h1.json") });
    const again = await runImport({ from: dir, out: join(base, "h2.json") });
    expect(again.file.contentHash).toBe(first.file.contentHash);
    await writeFile(join(dir, "onet-29.9", "Read Me.txt"), "O*NET 29.9 Database\nFebruary 2031 Release\n");
    const changed = await runImport({ from: dir, out: join(base, "h3.json") });
    expect(changed.file.contentHash).not.toBe(first.file.contentHash);
  });
});

describe("workbooks written in an unusual part order", () => {
  it("reads a workbook whose sheets come before the workbook part in the zip", async () => {
    const { unzipSync, zipSync } = await import("fflate");
    const dir = await copy();
    const file = join(dir, "onet-29.9", "Job Zones.xlsx");
    const entries = unzipSync(new Uint8Array(await readFile(file)));
    const sheetsFirst: Record<string, Uint8Array> = {};
    // relationships and shared strings, then the sheets, and the workbook part last
    const rank = (name: string) =>
      name === "xl/workbook.xml" ? 3 : name.includes("worksheets/") ? 2 : name.endsWith(".rels") || name.includes("sharedStrings") ? 0 : 1;
    const names = Object.keys(entries).sort((a, b) => rank(a) - rank(b));
    expect(names).toContain("xl/sharedStrings.xml");
    for (const name of names) sheetsFirst[name] = entries[name]!;
    await writeFile(file, zipSync(sheetsFirst));
    const result = await runImport({ from: dir, out: join(base, "order.json") });
    expect(result.file.occupations.find((o) => o.code === "91-1021.00")?.jobZone).toBe(4);
  });
});
