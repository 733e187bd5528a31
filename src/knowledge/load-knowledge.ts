// Loads data/ once: reads every role and comparison file, validates each with zod, cross-checks
// them, and either returns a complete knowledge base or throws one KnowledgeError listing every
// problem. Never a half-loaded base.
import { readdir } from "node:fs/promises";
import { join, relative, extname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { crossCheck, type Located } from "./cross-check.js";
import { formatIssue } from "./format-issue.js";
import { createKnowledgeBase, type KnowledgeBase } from "./knowledge-base.js";
import { KnowledgeError } from "./knowledge-error.js";
import { DATA_EXTENSIONS, readDataFile } from "./read-data-file.js";
import { comparisonSchema, roleSchema, type Comparison, type Role } from "./schema.js";

/** The data/ folder shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

async function listDataFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((n) => (DATA_EXTENSIONS as readonly string[]).includes(extname(n)) && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
}

async function loadFiles<T>(
  files: readonly string[],
  schema: z.ZodType<T>,
  display: (file: string) => string,
  problems: string[],
): Promise<Located<T>[]> {
  const loaded: Located<T>[] = [];
  const results = await Promise.all(
    files.map(async (file) => {
      try {
        return { file, raw: await readDataFile(file) };
      } catch (error) {
        problems.push(`${display(file)}: ${(error as Error).message}`);
        return undefined;
      }
    }),
  );
  for (const result of results) {
    if (!result) continue;
    const parsed = schema.safeParse(result.raw, { reportInput: true });
    if (parsed.success) loaded.push({ file: display(result.file), value: parsed.data });
    else for (const issue of parsed.error.issues) problems.push(`${display(result.file)}: ${formatIssue(issue)}`);
  }
  return loaded;
}

export async function loadKnowledge(dataDir: string = DEFAULT_DATA_DIR): Promise<KnowledgeBase> {
  const display = (file: string) => relative(process.cwd(), file) || basename(file);
  const problems: string[] = [];
  const roleFiles = await listDataFiles(join(dataDir, "roles"));
  if (roleFiles.length === 0) throw new KnowledgeError([`${display(join(dataDir, "roles"))}: no role files (.yaml or .json) found`], `${display(dataDir)}/`);
  const comparisonFiles = await listDataFiles(join(dataDir, "comparisons"));

  const roles = await loadFiles<Role>(roleFiles, roleSchema, display, problems);
  for (const { file, value } of roles) {
    const expected = basename(file, extname(file));
    if (value.id !== expected) problems.push(`${file}: id: "${value.id}" should equal the file name "${expected}"`);
  }
  // Role files that exist but did not load: their problems are already listed, so other files'
  // links to them should not add a misleading "not a known role id" on top.
  const loadedFiles = new Set(roles.map((r) => r.file));
  const unvalidatedIds = new Set(roleFiles.filter((f) => !loadedFiles.has(display(f))).map((f) => basename(f, extname(f))));
  const comparisons = await loadFiles<Comparison>(comparisonFiles, comparisonSchema, display, problems);
  problems.push(...crossCheck(roles, comparisons, unvalidatedIds));

  if (problems.length > 0) throw new KnowledgeError(problems, `${display(dataDir)}/`);
  return createKnowledgeBase(
    roles.map((r) => r.value),
    comparisons.map((c) => c.value),
  );
}
