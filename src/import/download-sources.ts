// --download: fetches the source files from the publishers into a cache folder laid out like
// ../shared/reference/occupations/, so the import then reads them exactly as with --from.
// O*NET and BLS OEWS publish zips: each is tried as a plain file first where a mirror serves one,
// then as the publisher's zip, extracted with fflate. Every failure names the file, the URL and the
// page where a person can download it by hand.
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { join, dirname, basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { unzipSync } from "fflate";
import { ImportError } from "./import-error.js";
import { ONET_FILES, ESCO_FILES } from "./source-layout.js";
import type { Progress } from "./progress.js";
import { writeFileAtomic } from "./write-atomic.js";

export interface DownloadBases {
  onet: string;
  oews: string;
  projections: string;
  soc: string;
  /** ESCO has no stable file URL (its site builds the download on request): empty means skip ESCO. */
  esco: string;
}

export const DEFAULT_BASES = {
  onetVersion: "29.3",
  oewsYear: 2025,
  /** {version} becomes 29_3. */
  onet: "https://www.onetcenter.org/dl_files/database/db_{version}_excel/",
  oews: "https://www.bls.gov/oes/special-requests/",
  projections: "https://www.bls.gov/emp/ind-occ-matrix/",
  soc: "https://www.bls.gov/soc/2018/",
  esco: "",
} as const;

/** Where a person can download each dataset by hand. */
export const MANUAL_PAGES = {
  onet: "https://www.onetcenter.org/database.html",
  oews: "https://www.bls.gov/oes/tables.htm",
  projections: "https://www.bls.gov/emp/tables.htm",
  soc: "https://www.bls.gov/soc/2018/",
  esco: "https://esco.ec.europa.eu/en/use-esco/download",
} as const;

export interface DownloadOptions {
  cache: string;
  bases: DownloadBases;
  onetVersion: string;
  oewsYear: number;
  escoVersion?: string;
  progress?: Progress;
  /** Notes for the person running the import (for example that ESCO was skipped). */
  note?: (text: string) => void;
}

class NotFound extends Error {}

export async function downloadSources(options: DownloadOptions): Promise<string> {
  const { cache, bases } = options;
  const version = options.onetVersion;
  const onetBase = withSlash(bases.onet.replace("{version}", version.replace(/\./g, "_")));
  const onetDir = join(cache, `onet-${version}`);
  const oewsName = `national_M${options.oewsYear}_dl.xlsx`;
  const oewsZip = `oesm${String(options.oewsYear).slice(-2)}nat.zip`;
  const epPeriod = `${options.oewsYear - 1}-${String(options.oewsYear + 9).slice(-2)}`;
  const escoDir = join(cache, `esco-${options.escoVersion ?? "1.2"}`);

  const jobs: [string, () => Promise<void>][] = [
    [`O*NET ${version} Excel release`, () => fetchOnet(onetBase, onetDir)],
    [`BLS OEWS May ${options.oewsYear}`, () => fetchWithZipFallback("oews", withSlash(bases.oews), oewsName, oewsZip, join(cache, "bls", oewsName))],
    [
      `BLS Employment Projections ${epPeriod}`,
      () =>
        fetchFirst(
          "projections",
          withSlash(bases.projections),
          ["occupation.xlsx", `ep-${epPeriod}-occupation.xlsx`],
          join(cache, "bls", `ep-${epPeriod}-occupation.xlsx`),
        ),
    ],
    ["SOC 2018 structure", () => fetchFirst("soc", withSlash(bases.soc), ["soc_structure_2018.xlsx"], join(cache, "soc-2018", "soc_structure_2018.xlsx"))],
  ];
  if (bases.esco) {
    for (const name of Object.values(ESCO_FILES)) jobs.push([`ESCO ${name}`, () => fetchFirst("esco", withSlash(bases.esco), [name], join(escoDir, name))]);
  } else {
    options.note?.(
      `ESCO titles skipped: ESCO has no fixed download URL. Download the ESCO v1.2 English CSV from ${MANUAL_PAGES.esco}, then put ${ESCO_FILES.occupations} and ${ESCO_FILES.crosswalk} in ${escoDir}/ (or pass --esco-base <url>) and import again.`,
    );
  }
  options.progress?.start(jobs.length);
  try {
    for (const [label, job] of jobs) {
      options.progress?.step(`downloading ${label}`);
      await job();
    }
  } finally {
    options.progress?.stop();
  }
  return cache;
}

/** The O*NET release: the publisher's zip (base without its trailing slash + ".zip"), else each file under the base. */
async function fetchOnet(base: string, dir: string): Promise<void> {
  const names = Object.values(ONET_FILES);
  if (await allExist(names.map((n) => join(dir, n)))) return;
  const zipUrl = `${base.replace(/\/$/, "")}.zip`;
  const zipFile = join(dir, basename(new URL(zipUrl).pathname));
  try {
    await fetchTo(zipUrl, zipFile);
  } catch (error) {
    if (!(error instanceof NotFound)) throw failure("onet", basename(zipFile), zipUrl, error);
    for (const name of names) {
      const url = base + encodeURIComponent(name);
      try {
        await fetchTo(url, join(dir, name));
      } catch (e) {
        throw failure("onet", name, url, e, `(the release zip ${zipUrl} was not found either)`);
      }
    }
    return;
  }
  await extract(zipFile, zipUrl, "onet", new Set(names), dir);
}

/** A file served as is, else the publisher's zip holding it. */
async function fetchWithZipFallback(dataset: keyof typeof MANUAL_PAGES, base: string, name: string, zipName: string, target: string): Promise<void> {
  if (await exists(target)) return;
  try {
    await fetchTo(base + name, target);
    return;
  } catch (error) {
    if (!(error instanceof NotFound)) throw failure(dataset, name, base + name, error);
  }
  const zipFile = join(dirname(target), zipName);
  try {
    await fetchTo(base + zipName, zipFile);
  } catch (error) {
    throw failure(dataset, name, base + zipName, error, `(${base + name} was not found either)`);
  }
  await extract(zipFile, base + zipName, dataset, new Set([name]), dirname(target));
}

/** The first of several names the base serves (publisher's name first, then the mirror layout's). */
async function fetchFirst(dataset: keyof typeof MANUAL_PAGES, base: string, names: string[], target: string): Promise<void> {
  if (await exists(target)) return;
  const tried: string[] = [];
  for (const name of names) {
    const url = base + encodeURIComponent(name);
    try {
      await fetchTo(url, target);
      return;
    } catch (error) {
      tried.push(url);
      if (!(error instanceof NotFound) || tried.length === names.length)
        throw failure(dataset, basename(target), url, error, tried.length > 1 ? `(also tried ${tried.slice(0, -1).join(", ")})` : "");
    }
  }
}

async function fetchTo(url: string, target: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { "user-agent": "RoleCompare occupation importer" }, redirect: "follow" });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(cause?.code ?? cause?.message ?? (error as Error).message);
  }
  if (response.status === 404) throw new NotFound("HTTP 404 Not Found");
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.part`;
  try {
    await pipeline(Readable.fromWeb(response.body), createWriteStream(temp));
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function extract(zipFile: string, url: string, dataset: keyof typeof MANUAL_PAGES, wanted: Set<string>, dir: string): Promise<void> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(await readFile(zipFile)), { filter: (f) => wanted.has(basename(f.name)) });
  } catch (error) {
    await unlink(zipFile).catch(() => undefined);
    throw failure(dataset, basename(zipFile), url, new Error(`not a readable zip (${(error as Error).message})`));
  }
  const found = new Set<string>();
  for (const [path, bytes] of Object.entries(files)) {
    const name = basename(path);
    found.add(name);
    await writeFileAtomic(join(dir, name), bytes);
  }
  const missing = [...wanted].filter((n) => !found.has(n));
  if (missing.length > 0) throw failure(dataset, basename(zipFile), url, new Error(`the zip does not contain ${missing.map((m) => `"${m}"`).join(", ")}`));
  await unlink(zipFile).catch(() => undefined);
}

function failure(dataset: keyof typeof MANUAL_PAGES, file: string, url: string, error: unknown, extra = ""): ImportError {
  return new ImportError(
    `Could not download ${file} from ${url}: ${(error as Error).message}${extra ? ` ${extra}` : ""}. ` +
      `Download it by hand from ${MANUAL_PAGES[dataset]} and import with --from <folder> (layout: onet-<version>/, bls/, soc-2018/, esco-<version>/).`,
  );
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

async function allExist(files: string[]): Promise<boolean> {
  for (const f of files) if (!(await exists(f))) return false;
  return true;
}
