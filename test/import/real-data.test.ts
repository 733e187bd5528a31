// The import of the real files in ../shared/reference/occupations/ (CI has them). Reads the output
// that .ci/run already wrote when its content hash matches the inputs, else imports into a temp folder.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OccupationsFile, type Occupation } from "../../src/knowledge/occupations-schema.js";
import { loadOccupations } from "../../src/knowledge/load-occupations.js";
import { DEFAULT_OUTPUT, runImport } from "../../src/import/run-import.js";
import { contentHash } from "../../src/import/content-hash.js";
import { inputFiles, locateSources } from "../../src/import/source-layout.js";
import { readOews } from "../../src/import/read-oews.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REFERENCE = join(ROOT, "..", "shared", "reference", "occupations");
const present = existsSync(join(REFERENCE, "README.md"));
const title = present ? "import of the real O*NET and BLS files" : "import of the real files (skipped: ../shared/reference/occupations/ is absent)";

let file: OccupationsFile;
let temp: string | undefined;
const occupation = (code: string): Occupation => {
  const found = file.occupations.find((o) => o.code === code);
  if (!found) throw new Error(`${code} is not in the import`);
  return found;
};

describe.skipIf(!present)(title, () => {
  beforeAll(async () => {
    const sources = locateSources(REFERENCE);
    const hash = await contentHash(sources.root, inputFiles(sources));
    const existing = join(ROOT, DEFAULT_OUTPUT);
    if (existsSync(existing)) {
      const existingFile = await loadOccupations(existing, existing, "full").catch(() => null);
      if (existingFile?.contentHash === hash) file = existingFile;
    }
    if (!file) {
      temp = await mkdtemp(join(tmpdir(), "import-real-"));
      file = (await runImport({ from: REFERENCE, out: join(temp, "occupations.json") })).file;
    }
  }, 180_000);
  afterAll(() => (temp ? rm(temp, { recursive: true, force: true }) : undefined));

  it("holds every O*NET-SOC occupation, stamped with the releases", () => {
    expect(file.occupations).toHaveLength(1016);
    expect(file.occupations.filter((o) => o.hasRatings)).toHaveLength(923);
    expect(file.sources.onet.version).toBe("29.3");
    expect(file.sources.oews).toMatchObject({ year: 2025, release: "May 2025" });
    expect(file.sources.projections.release).toBe("2024–34");
    expect(Object.keys(file.majorGroups)).toHaveLength(23);
  });

  it("knows Software Developers: 2025 median pay and a 2024-34 projection", () => {
    const developers = occupation("15-1252.00");
    expect(developers).toMatchObject({
      title: "Software Developers",
      singular: "Software Developer",
      majorGroup: "15",
      wages: { series: "15-1252", fallback: "none" },
    });
    expect(file.wageSeries["15-1252"]!.annual.median).toEqual(expect.any(Number));
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- expect.any() is typed any
    expect(developers.projection).toMatchObject({ code: "15-1252", aggregate: false, changePercent: expect.any(Number), openingsPerYear: expect.any(Number) });
    expect(developers.tasks.length).toBeGreaterThan(5);
    expect(developers.hotTechnologies.length).toBeGreaterThan(5);
  });

  it("gives registered nurses and their specialisations the 29-1141 series", () => {
    expect(occupation("29-1141.00")).toMatchObject({ singular: "Registered Nurse", wages: { series: "29-1141", fallback: "none" } });
    expect(occupation("29-1141.01").wages).toEqual({ series: "29-1141", fallback: "none" });
  });

  it("marks the broad wage fallback and EP aggregates, and leaves gaps empty", () => {
    expect(occupation("21-1011.00").wages).toEqual({ series: "21-1010", fallback: "broad" });
    expect(occupation("21-1011.00").projection).toMatchObject({ code: "21-1018", aggregate: true });
    expect(occupation("53-1043.00").projection).toMatchObject({ code: "53-1047", aggregate: true });
    expect(occupation("11-1031.00").wages).toBeNull();
    expect(occupation("45-3031.00").wages).toBeNull();
    expect(occupation("55-3016.00").projection).toBeNull();
  });

  it("aligns ratings and distributions to the element and category lists", () => {
    const nurses = occupation("29-1141.00");
    expect(nurses.skills).toHaveLength(file.elements.skills.length);
    expect(nurses.education).toHaveLength(12);
    expect(file.categories.education[5]).toBe("Bachelor's degree");
    expect(nurses.skills.filter(Boolean).length).toBeGreaterThan(20);
    expect(nurses.titles.myNextMove.length).toBeGreaterThan(0);
    expect(nurses.titles.esco.length).toBeGreaterThan(0);
  });

  it("keeps top-coded OEWS values as 'at least' (the May 2024 file has them)", async () => {
    const may2024 = await readOews(join(REFERENCE, "bls", "national_M2024_dl.xlsx"), "bls/national_M2024_dl.xlsx", 2024);
    expect(may2024.series["11-1011"]!.annual.p90).toEqual({ atLeast: 239200 });
    expect(may2024.series["11-1011"]!.hourly.p90).toEqual({ atLeast: 115 });
    expect(may2024.series["27-2011"]).toMatchObject({ hourlyOnly: true, annual: { median: null } });
    expect(may2024.topCoded).toBeGreaterThan(100);
  });
});
