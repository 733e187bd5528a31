// The parsed-YAML cache (src/knowledge/parsed-yaml-cache.ts): a start-up whose data files have not
// changed reads what the parser made of them last time; an edited file is parsed again, a broken one
// still fails naming the file, and a missing, damaged or unwritable cache only means parsing.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { expectProblem, loadProblems, removeDataDirs, validRole, writeData } from "./fixtures.js";

afterEach(removeDataDirs);

const cacheFile = (dir: string) => join(dir, ".cache", "parsed-yaml.json");
type Cache = { parser: string; files: Record<string, { sha256: string; value: { title?: string } }> };
const readCache = async (dir: string) => JSON.parse(await readFile(cacheFile(dir), "utf8")) as Cache;

async function clerkData(): Promise<string> {
  return writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
}

describe("parsed-YAML cache", () => {
  it("is written on the first load, one entry per YAML file, and read on the next", async () => {
    const dir = await clerkData();
    await loadKnowledge(dir);
    const cache = await readCache(dir);
    expect(Object.keys(cache.files)).toEqual([join("roles", "test-clerk.yaml")]);
    // A value the parser never produced, under the file's own hash: served, so the file was not parsed.
    cache.files[join("roles", "test-clerk.yaml")]!.value.title = "Cached Clerk";
    await writeFile(cacheFile(dir), JSON.stringify(cache));
    expect((await loadKnowledge(dir)).getRole("test-clerk")?.title).toBe("Cached Clerk");
  });

  it("parses an edited file again", async () => {
    const dir = await clerkData();
    await loadKnowledge(dir);
    await writeFile(join(dir, "roles", "test-clerk.yaml"), stringify(validRole("test-clerk", "Edited Clerk")));
    expect((await loadKnowledge(dir)).getRole("test-clerk")?.title).toBe("Edited Clerk");
    expect((await readCache(dir)).files[join("roles", "test-clerk.yaml")]!.value.title).toBe("Edited Clerk");
  });

  it("still reports a broken file with its line, and a schema fault with its field, after a good version was cached", async () => {
    const dir = await clerkData();
    await loadKnowledge(dir);
    const file = join(dir, "roles", "test-clerk.yaml");
    await writeFile(file, "id: test-clerk\ntitle: [unclosed\n");
    expectProblem(await loadProblems(dir), join("roles", "test-clerk.yaml"), "not valid YAML (line");
    const role = validRole("test-clerk", "Test Clerk") as Record<string, unknown>;
    delete role.summary;
    await writeFile(file, stringify(role));
    await loadProblems(dir); // cached now, and still refused
    expectProblem(await loadProblems(dir), join("roles", "test-clerk.yaml"), "summary");
  });

  it("ignores a damaged cache or one from another parser, and rewrites it", async () => {
    const dir = await clerkData();
    await loadKnowledge(dir);
    await writeFile(cacheFile(dir), "{ not json");
    expect((await loadKnowledge(dir)).getRole("test-clerk")?.title).toBe("Test Clerk");
    const cache = await readCache(dir);
    cache.parser = "yaml@0.0.0";
    cache.files[join("roles", "test-clerk.yaml")]!.value.title = "Stale Clerk";
    await writeFile(cacheFile(dir), JSON.stringify(cache));
    expect((await loadKnowledge(dir)).getRole("test-clerk")?.title).toBe("Test Clerk");
    expect((await readCache(dir)).parser).not.toBe("yaml@0.0.0");
  });

  it("loads where the cache cannot be written", async () => {
    const dir = await clerkData();
    await writeFile(join(dir, ".cache"), "a file where the folder would go");
    expect((await loadKnowledge(dir)).getRole("test-clerk")?.title).toBe("Test Clerk");
  });

  it("keeps out values JSON cannot carry, and drops the entries of removed files", async () => {
    const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk"), "test-odd": "id: test-odd\nscore: .nan\n" } });
    await loadProblems(dir);
    expect(Object.keys((await readCache(dir)).files)).toEqual([join("roles", "test-clerk.yaml")]);
    await writeFile(join(dir, "roles", "test-odd.yaml"), stringify(validRole("test-odd", "Test Odd")));
    await loadKnowledge(dir);
    expect(Object.keys((await readCache(dir)).files).sort()).toEqual([join("roles", "test-clerk.yaml"), join("roles", "test-odd.yaml")]);
    await rm(join(dir, "roles", "test-odd.yaml"));
    await loadKnowledge(dir);
    expect(Object.keys((await readCache(dir)).files)).toEqual([join("roles", "test-clerk.yaml")]);
  });
});
