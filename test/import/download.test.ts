// --download against a local stand-in for the publishers' sites: plain files, the publishers' zips,
// and failures that name the file, the URL and the page to download it by hand.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtemp, rm, mkdir, readFile, readdir, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { downloadSources, type DownloadOptions } from "../../src/import/download-sources.js";
import { runImport } from "../../src/import/run-import.js";
import { importErrorMessage } from "./import-error-message.js";
import { ONET_FILES } from "../../src/import/source-layout.js";
import { buildFixtureSources } from "./fixture-sources.js";
import { serveFolder, type StaticServer } from "./static-server.js";

let base: string;
let mirror: string;
let zipped: string;
let server: StaticServer;
let zipServer: StaticServer;
let n = 0;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), "import-download-"));
  // A mirror laid out like ../shared/reference/occupations/.
  mirror = await buildFixtureSources(join(base, "mirror"));
  server = await serveFolder(mirror);
  // The publishers' own packaging: the O*NET release and the OEWS file as zips.
  zipped = await buildFixtureSources(join(base, "zipped"));
  const onetEntries: Record<string, Uint8Array> = {};
  for (const name of Object.values(ONET_FILES)) onetEntries[`db_29_9_excel/${name}`] = await readFile(join(zipped, "onet-29.9", name));
  await mkdir(join(zipped, "dl"), { recursive: true });
  await writeBytes(join(zipped, "dl", "db_29_9_excel.zip"), zipSync(onetEntries));
  await rm(join(zipped, "onet-29.9"), { recursive: true });
  await writeBytes(
    join(zipped, "bls", "oesm31nat.zip"),
    zipSync({ "oesm31nat/national_M2031_dl.xlsx": await readFile(join(zipped, "bls", "national_M2031_dl.xlsx")) }),
  );
  await rm(join(zipped, "bls", "national_M2031_dl.xlsx"));
  await rename(join(zipped, "bls", "ep-2030-40-occupation.xlsx"), join(zipped, "bls", "occupation.xlsx"));
  zipServer = await serveFolder(zipped);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await zipServer?.close();
  await rm(base, { recursive: true, force: true });
});

async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(file, bytes);
}

function mirrorOptions(url: string, extra: Partial<DownloadOptions> = {}): DownloadOptions {
  return {
    cache: join(base, `cache-${++n}`),
    onetVersion: "29.9",
    oewsYear: 2031,
    bases: { onet: `${url}/onet-29.9/`, oews: `${url}/bls/`, projections: `${url}/bls/`, soc: `${url}/soc-2018/`, esco: `${url}/esco-1.2/` },
    ...extra,
  };
}

function downloadError(options: DownloadOptions): Promise<string> {
  return importErrorMessage(downloadSources(options));
}

describe("--download", () => {
  it("fetches a mirror's plain files into the cache and imports them like --from", async () => {
    const options = mirrorOptions(server.url);
    const cache = await downloadSources(options);
    expect((await readdir(join(cache, "onet-29.9"))).sort()).toEqual(Object.values(ONET_FILES).sort());
    expect((await readdir(join(cache, "bls"))).sort()).toEqual(["ep-2030-40-occupation.xlsx", "national_M2031_dl.xlsx"]);
    const result = await runImport({ from: cache, out: join(base, "from-mirror.json") });
    const direct = await runImport({ from: mirror, out: join(base, "from-folder.json") });
    expect(result.file.contentHash).toBe(direct.file.contentHash);
    expect(result.file.occupations).toEqual(direct.file.occupations);
    expect(server.requests).toContain("/onet-29.9.zip"); // the zip was tried first, then each file
  });

  it("downloads the O*NET and OEWS zips and extracts them", async () => {
    const options = mirrorOptions(zipServer.url, {});
    options.bases.onet = `${zipServer.url}/dl/db_{version}_excel/`;
    const cache = await downloadSources(options);
    expect((await readdir(join(cache, "onet-29.9"))).sort()).toEqual(Object.values(ONET_FILES).sort());
    expect(await readdir(join(cache, "bls"))).toEqual(expect.arrayContaining(["national_M2031_dl.xlsx", "ep-2030-40-occupation.xlsx"]));
    expect(zipServer.requests).toEqual(expect.arrayContaining(["/dl/db_29_9_excel.zip", "/bls/oesm31nat.zip", "/bls/occupation.xlsx"]));
    const result = await runImport({ from: cache, out: join(base, "from-zips.json") });
    expect(result.file.occupations).toHaveLength(5);
  });

  it("uses what is already in the cache", async () => {
    const options = mirrorOptions(server.url);
    await downloadSources(options);
    const before = server.requests.length;
    await downloadSources(options);
    expect(server.requests.length).toBe(before);
  });

  it("skips ESCO with a note when no ESCO base URL is set", async () => {
    const notes: string[] = [];
    const options = mirrorOptions(server.url, { note: (t) => notes.push(t) });
    options.bases.esco = "";
    const cache = await downloadSources(options);
    expect(notes.join(" ")).toContain("https://esco.ec.europa.eu/en/use-esco/download");
    expect((await runImport({ from: cache, out: join(base, "no-esco.json") })).file.sources.esco).toBeNull();
  });

  it("names the file, the URL and the manual download page when a file is missing", async () => {
    const options = mirrorOptions(server.url);
    options.bases.soc = `${server.url}/nowhere/`;
    const message = await downloadError(options);
    expect(message).toContain(`Could not download soc_structure_2018.xlsx from ${server.url}/nowhere/soc_structure_2018.xlsx: HTTP 404`);
    expect(message).toContain("https://www.bls.gov/soc/2018/");
  });

  it("reports a server error on the O*NET zip with the O*NET download page", async () => {
    server.fail.set("/onet-29.9.zip", 503);
    try {
      const message = await downloadError(mirrorOptions(server.url));
      expect(message).toContain(`Could not download onet-29.9.zip from ${server.url}/onet-29.9.zip: HTTP 503`);
      expect(message).toContain("https://www.onetcenter.org/database.html");
    } finally {
      server.fail.delete("/onet-29.9.zip");
    }
  });

  it("reports a missing OEWS file and zip with the OEWS page, and a refused connection", async () => {
    const options = mirrorOptions(server.url);
    options.bases.oews = `${server.url}/empty/`;
    const message = await downloadError(options);
    expect(message).toContain(`${server.url}/empty/oesm31nat.zip`);
    expect(message).toContain("https://www.bls.gov/oes/tables.htm");

    const closed = await serveFolder(mirror);
    const url = closed.url;
    await closed.close();
    const refused = await downloadError(mirrorOptions(url));
    expect(refused).toContain(`${url}/onet-29.9.zip`);
    expect(refused).toMatch(/ECONNREFUSED/);
  });

  it("says when a downloaded zip is not a zip", async () => {
    const bad = join(base, "badzip");
    await mkdir(join(bad, "dl"), { recursive: true });
    await writeBytes(join(bad, "dl", "db_29_9_excel.zip"), new TextEncoder().encode("<html>maintenance page</html>"));
    const badServer = await serveFolder(bad);
    try {
      const options = mirrorOptions(badServer.url);
      options.bases.onet = `${badServer.url}/dl/db_{version}_excel/`;
      const message = await downloadError(options);
      expect(message).toContain("db_29_9_excel.zip");
      expect(message).toContain("not a readable zip");
      expect(message).toContain("https://www.onetcenter.org/database.html");
    } finally {
      await badServer.close();
    }
  });
});
