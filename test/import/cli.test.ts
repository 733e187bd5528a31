// `npm run import-occupations` as a user runs it: a real process, its output and exit code.
import { mkdtemp, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOccupations } from "../../src/knowledge/load-occupations.js";
import { runTsx, type Run } from "../support/run-tsx.js";
import { buildFixtureSources } from "./fixture-sources.js";
import { serveFolder, type StaticServer } from "./static-server.js";

const run = (args: readonly string[]) => runTsx("src/import/main.ts", args);

let dir: string;
let server: StaticServer;
let ok: Run, missing: Run, noArgs: Run, downloaded: Run;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "import-cli-"));
  const sources = await buildFixtureSources(join(dir, "src"));
  const broken = await buildFixtureSources(join(dir, "broken"));
  await unlink(join(broken, "onet-29.9", "Related Occupations.xlsx"));
  server = await serveFolder(sources);
  const url = server.url;
  [ok, missing, noArgs, downloaded] = await Promise.all([
    run(["--from", sources, "--out", join(dir, "out", "occupations.json")]),
    run(["--from", broken, "--out", join(dir, "broken.json")]),
    run([]),
    run([
      "--download",
      "--cache",
      join(dir, "cache"),
      "--out",
      join(dir, "downloaded.json"),
      "--onet-version",
      "29.9",
      "--oews-year",
      "2031",
      "--onet-base",
      `${url}/onet-29.9/`,
      "--bls-base",
      `${url}/bls/`,
      "--ep-base",
      `${url}/bls/`,
      "--soc-base",
      `${url}/soc-2018/`,
      "--esco-base",
      `${url}/esco-1.2/`,
    ]),
  ]);
}, 90_000);
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("import-occupations command", () => {
  it("imports, prints plain progress lines off a terminal and a summary", async () => {
    expect(ok.stderr).toBe(
      ok.stderr
        .split("\n")
        .filter((l) => l === "" || /^\[\d+\/\d+\] /.test(l))
        .join("\n"),
    );
    expect(ok.stderr).toMatch(/\[3\/\d+\] onet-29\.9\/Task Statements\.xlsx/);
    expect(ok.stdout).toMatch(/^Imported 5 occupations \(4 with O\*NET ratings\) in [\d.]+ s/);
    expect(ok.stdout).toContain("2 on the broad series");
    expect(ok.code).toBe(0);
    await loadOccupations(join(dir, "out", "occupations.json"), "occupations.json", "full");
  });

  it("exits 1 with one message and no stack trace on bad input", () => {
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing "Related Occupations.xlsx"');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(noArgs.code).toBe(1);
    expect(noArgs.stderr).toContain("--from <folder>");
  });

  it("downloads with base URLs from flags, then imports", async () => {
    expect(downloaded.stderr).toContain("downloading O*NET 29.9 Excel release");
    expect(downloaded.code).toBe(0);
    const file = (await loadOccupations(join(dir, "downloaded.json"), "downloaded.json", "full"))!;
    expect(file.sources.esco?.release).toBe("v1.2");
    expect(server.requests).toContain("/esco-1.2/occupations_en.csv");
  });
});
