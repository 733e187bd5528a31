// Where each source file lives in a folder laid out like ../shared/reference/occupations/:
// onet-<version>/ (the O*NET Excel release, its own file names), bls/ (OEWS national_M<year>_dl.xlsx,
// the newest one wins, and the EP occupation workbook), soc-<year>/ and, optionally, esco-<version>/.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ImportError } from "./import-error.js";

/** The O*NET Excel release files the importer reads, by their published names. */
export const ONET_FILES = {
  readMe: "Read Me.txt",
  occupations: "Occupation Data.xlsx",
  tasks: "Task Statements.xlsx",
  skills: "Skills.xlsx",
  knowledge: "Knowledge.xlsx",
  workStyles: "Work Styles.xlsx",
  workValues: "Work Values.xlsx",
  interests: "Interests.xlsx",
  education: "Education, Training, and Experience.xlsx",
  educationCategories: "Education, Training, and Experience Categories.xlsx",
  jobZones: "Job Zones.xlsx",
  jobZoneReference: "Job Zone Reference.xlsx",
  related: "Related Occupations.xlsx",
  alternateTitles: "Alternate Titles.xlsx",
  reportedTitles: "Sample of Reported Titles.xlsx",
  technology: "Technology Skills.xlsx",
} as const;
export type OnetFile = keyof typeof ONET_FILES;

export const ESCO_FILES = { occupations: "occupations_en.csv", crosswalk: "ESCO_to_ONET-SOC.xlsx" } as const;

export interface SourceFiles {
  root: string;
  onetFolder: string;
  onet: Record<OnetFile, string>;
  oews: string;
  oewsYear: number;
  projections: string;
  soc: string;
  socYear: string;
  esco: { occupations: string; crosswalk: string; version: string } | null;
}

const OEWS_FILE = /^national_M(\d{4})_dl\.xlsx$/;
const EP_FILE = /^ep-.*occupation.*\.xlsx$/i;
const SOC_FILE = /^soc_structure_(\d{4})\.xlsx$/;

export function locateSources(root: string): SourceFiles {
  if (!isDir(root))
    throw new ImportError(`The source folder ${root} does not exist. Pass --from <folder> laid out like ../shared/reference/occupations/, or use --download.`);
  const rel = (p: string) => relative(root, p) || p;

  const onetFolder = newestVersioned(root, /^onet-(\d+(?:\.\d+)*)$/);
  if (!onetFolder)
    throw new ImportError(`No O*NET folder in ${root}: expected a folder named onet-<version> (for example onet-29.3/) holding the O*NET Excel release.`);
  const onetDir = join(root, onetFolder);
  const onet = {} as Record<OnetFile, string>;
  const missing: string[] = [];
  for (const [key, name] of Object.entries(ONET_FILES) as [OnetFile, string][]) {
    onet[key] = join(onetDir, name);
    if (!isFile(onet[key])) missing.push(name);
  }
  if (missing.length > 0) {
    const expected = new Set<string>(Object.values(ONET_FILES));
    const unexpected = readdirSync(onetDir).filter((f) => /\.(xlsx|txt)$/i.test(f) && !expected.has(f));
    throw new ImportError(
      `The O*NET release in ${rel(onetDir)} is missing ${missing.map((m) => `"${m}"`).join(", ")}. ` +
        `The importer expects the O*NET Excel release's file names (${Object.values(ONET_FILES).join("; ")}).` +
        (unexpected.length > 0 ? ` Files there that it does not know: ${unexpected.join(", ")} (renamed in this release?).` : ""),
    );
  }

  const blsDir = join(root, "bls");
  if (!isDir(blsDir))
    throw new ImportError(
      `No bls/ folder in ${root}: expected bls/national_M<year>_dl.xlsx (OEWS) and bls/ep-<years>-occupation.xlsx (Employment Projections).`,
    );
  const blsFiles = readdirSync(blsDir);
  const oewsCandidates = blsFiles.map((f) => OEWS_FILE.exec(f)).filter((m): m is RegExpExecArray => m !== null);
  if (oewsCandidates.length === 0)
    throw new ImportError(`No OEWS national wage file in ${rel(blsDir)}: expected national_M<year>_dl.xlsx (for example national_M2025_dl.xlsx).`);
  const newest = oewsCandidates.sort((a, b) => Number(b[1]) - Number(a[1]))[0]!;
  const ep = blsFiles
    .filter((f) => EP_FILE.test(f))
    .sort()
    .reverse()[0];
  if (!ep)
    throw new ImportError(
      `No Employment Projections occupation workbook in ${rel(blsDir)}: expected ep-<years>-occupation.xlsx (for example ep-2024-34-occupation.xlsx).`,
    );

  const socFolder = newestVersioned(root, /^soc-(\d{4})$/);
  const socDir = socFolder ? join(root, socFolder) : undefined;
  const socFile = socDir ? readdirSync(socDir).find((f) => SOC_FILE.test(f)) : undefined;
  if (!socDir || !socFile)
    throw new ImportError(`No SOC structure file in ${root}: expected soc-<year>/soc_structure_<year>.xlsx (for example soc-2018/soc_structure_2018.xlsx).`);

  const escoFolder = newestVersioned(root, /^esco-(\d+(?:\.\d+)*)$/);
  let esco: SourceFiles["esco"] = null;
  if (escoFolder) {
    const dir = join(root, escoFolder);
    const files = { occupations: join(dir, ESCO_FILES.occupations), crosswalk: join(dir, ESCO_FILES.crosswalk) };
    const gone = Object.values(files).filter((f) => !isFile(f));
    if (gone.length > 0)
      throw new ImportError(
        `The ESCO folder ${rel(dir)} is missing ${gone.map((g) => `"${rel(g)}"`).join(", ")}: expected ${Object.values(ESCO_FILES).join(" and ")} (or no esco-<version>/ folder at all, to import without ESCO titles).`,
      );
    esco = { ...files, version: escoFolder.slice("esco-".length) };
  }

  return {
    root,
    onetFolder,
    onet,
    oews: join(blsDir, newest[0]),
    oewsYear: Number(newest[1]),
    projections: join(blsDir, ep),
    soc: join(socDir, socFile),
    socYear: socFolder!.slice("soc-".length),
    esco,
  };
}

/** The sub-folder matching `pattern` with the highest version number (compared part by part). */
function newestVersioned(root: string, pattern: RegExp): string | undefined {
  const found = readdirSync(root)
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter((x) => x.m && isDir(join(root, x.name)))
    .map((x) => ({ name: x.name, parts: x.m![1]!.split(".").map(Number) }));
  found.sort((a, b) => {
    for (let i = 0; i < Math.max(a.parts.length, b.parts.length); i++) {
      const d = (b.parts[i] ?? 0) - (a.parts[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return found[0]?.name;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Every input file, in the fixed order the content hash uses. */
export function inputFiles(sources: SourceFiles): string[] {
  const files = [...Object.values(sources.onet), sources.oews, sources.projections, sources.soc];
  if (sources.esco) files.push(sources.esco.occupations, sources.esco.crosswalk);
  return files;
}
