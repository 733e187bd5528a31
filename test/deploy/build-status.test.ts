// `npm start` refuses a missing build and warns about a stale one; the tests rebuild when stale.
// Both rely on buildStatus comparing dist/ with src/, checked here on a folder of our own.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildStatus } from "../../scripts/build-status.mjs";

/** The folders made, removed after the tests. */
const made: string[] = [];
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), "rolecompare-build-"));
  made.push(root);
  for (const [path, ageSeconds] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), "");
    const time = Date.now() / 1000 - ageSeconds;
    utimesSync(join(root, path), time, time);
  }
  return root;
}

describe("buildStatus", () => {
  it("is missing without the compiled entry point", () => {
    expect(buildStatus(project({ "src/discord/main.ts": 10 }))).toBe("missing");
  });

  it("is fresh when every source has an output at least as new", () => {
    expect(buildStatus(project({ "src/discord/main.ts": 10, "src/engine.ts": 10, "dist/discord/main.js": 5, "dist/engine.js": 5 }))).toBe("fresh");
  });

  it("is stale when a source changed after its output, or has no output yet", () => {
    expect(buildStatus(project({ "src/discord/main.ts": 10, "src/engine.ts": 1, "dist/discord/main.js": 5, "dist/engine.js": 5 }))).toBe("stale");
    expect(buildStatus(project({ "src/discord/main.ts": 10, "src/new-file.ts": 10, "dist/discord/main.js": 5 }))).toBe("stale");
  });

  it("ignores declaration files and trusts dist/ alone when there is no src/ (a deployed image)", () => {
    expect(buildStatus(project({ "src/discord/main.ts": 10, "src/types.d.ts": 1, "dist/discord/main.js": 5 }))).toBe("fresh");
    expect(buildStatus(project({ "dist/discord/main.js": 5 }))).toBe("fresh");
  });
});
