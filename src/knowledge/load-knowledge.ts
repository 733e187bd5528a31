// Loads data/ once: reads every role and comparison file, validates each with zod, cross-checks
// them, and either returns a complete knowledge base or throws one KnowledgeError listing every
// problem. Never a half-loaded base.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, extname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { crossCheck, type Located } from "./cross-check.js";
import { formatIssue } from "./format-issue.js";
import { createKnowledgeBase, type KnowledgeBase } from "./knowledge-base.js";
import { KnowledgeError } from "./knowledge-error.js";
import { loadOccupations } from "./load-occupations.js";
import { ParsedYamlCache } from "./parsed-yaml-cache.js";
import { DATA_EXTENSIONS, readDataFile } from "./read-data-file.js";
import {
  comparisonSchema,
  conditionsSchema,
  licencesSchema,
  routesSchema,
  roleSchema,
  titlePreferencesSchema,
  type Comparison,
  type Conditions,
  type Licence,
  type Route,
  type Role,
  type TitlePreference,
} from "./schema.js";

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

interface FileReader {
  display: (file: string) => string;
  cache: ParsedYamlCache;
  dataDir: string;
}

async function loadFiles<T>(files: readonly string[], schema: z.ZodType<T>, reader: FileReader, problems: string[]): Promise<Located<T>[]> {
  const { display, cache, dataDir } = reader;
  const loaded: Located<T>[] = [];
  const results = await Promise.all(
    files.map(async (file) => {
      try {
        return { file, raw: await readDataFile(file, cache, relative(dataDir, file)) };
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

/** A file of data/ that may be absent (title preferences, licences, routes, conditions): loaded and checked where it exists. */
async function loadOptionalFile<T>(name: string, schema: z.ZodType<T>, reader: FileReader, problems: string[]): Promise<Located<T> | undefined> {
  const file = join(reader.dataDir, name);
  return (await loadFiles(existsSync(file) ? [file] : [], schema, reader, problems))[0];
}

/** Where the importer writes the compiled occupations, inside a data folder (ignored by git). */
export function defaultOccupationsFile(dataDir: string = DEFAULT_DATA_DIR): string {
  return join(dataDir, "imported", "occupations.json");
}

export interface LoadOptions {
  /** The compiled occupations file; null loads the curated roles alone. Default: <dataDir>/imported/occupations.json when present. */
  occupationsFile?: string | null;
  /** "full" checks every imported occupation against the schema (validate-data); start-up checks the header. */
  validation?: "full" | "header";
}

export async function loadKnowledge(dataDir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Promise<KnowledgeBase> {
  const display = (file: string) => relative(process.cwd(), file) || basename(file);
  const occupationsFile = options.occupationsFile === undefined ? defaultOccupationsFile(dataDir) : options.occupationsFile;
  // Started in parallel with the role files; its own errors are thrown as they are (they name the file).
  // Settled into a value at once, so a broken file is not an unhandled rejection while the roles load.
  const importedPromise = (occupationsFile ? loadOccupations(occupationsFile, display(occupationsFile), options.validation) : Promise.resolve(null)).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const problems: string[] = [];
  const cache = new ParsedYamlCache(dataDir);
  const cacheRead = cache.read();
  const reader: FileReader = { display, cache, dataDir };
  const roleFiles = await listDataFiles(join(dataDir, "roles"));
  if (roleFiles.length === 0) throw new KnowledgeError([`${display(join(dataDir, "roles"))}: no role files (.yaml or .json) found`], `${display(dataDir)}/`);
  const comparisonFiles = await listDataFiles(join(dataDir, "comparisons"));
  await cacheRead;

  const roles = await loadFiles<Role>(roleFiles, roleSchema, reader, problems);
  for (const { file, value } of roles) {
    const expected = basename(file, extname(file));
    if (value.id !== expected) problems.push(`${file}: id: "${value.id}" should equal the file name "${expected}"`);
  }
  // Role files that exist but did not load: their problems are already listed, so other files'
  // links to them should not add a misleading "not a known role id" on top.
  const loadedFiles = new Set(roles.map((r) => r.file));
  const unvalidatedIds = new Set(roleFiles.filter((f) => !loadedFiles.has(display(f))).map((f) => basename(f, extname(f))));
  const comparisons = await loadFiles<Comparison>(comparisonFiles, comparisonSchema, reader, problems);
  problems.push(...crossCheck(roles, comparisons, unvalidatedIds));
  const optional = <T>(name: string, schema: z.ZodType<T>) => loadOptionalFile(name, schema, reader, problems);
  const preferences = await optional("title-preferences.yaml", titlePreferencesSchema as z.ZodType<{ preferences: TitlePreference[] }>);
  const licences = await optional("licences.yaml", licencesSchema as z.ZodType<{ licences: Licence[] }>);
  const routes = await optional("routes.yaml", routesSchema as z.ZodType<{ routes: Route[] }>);
  const conditions = await optional("conditions.yaml", conditionsSchema as z.ZodType<{ conditions: Conditions[] }>);
  await cache.write();
  const settled = await importedPromise;
  if ("error" in settled) throw settled.error;
  const imported = settled.value;
  if (imported) {
    const codes = new Set(imported.occupations.map((o) => o.code));
    const release = `the imported O*NET ${imported.sources.onet.version} release`;
    for (const { file, value } of roles) {
      if (value.code && !codes.has(value.code)) problems.push(`${file}: code: "${value.code}" is not an occupation in ${release}`);
    }
    preferences?.value.preferences.forEach((p, i) => {
      if (!codes.has(p.code)) problems.push(`${preferences.file}: preferences[${i}].code: "${p.code}" (${p.title}) is not an occupation in ${release}`);
    });
    // An editor's file names occupations by code: each one must be in this release.
    const checkCodes = (file: string, field: string, named: readonly string[] | undefined) =>
      named?.forEach((code, k) => {
        if (!codes.has(code)) problems.push(`${file}: ${field}[${k}]: "${code}" is not an occupation in ${release}`);
      });
    licences?.value.licences.forEach((l, i) => checkCodes(licences.file, `licences[${i}].codes`, l.codes));
    routes?.value.routes.forEach((r, i) => (["to", "from"] as const).forEach((field) => checkCodes(routes.file, `routes[${i}].${field}`, r[field])));
    conditions?.value.conditions.forEach((c, i) => checkCodes(conditions.file, `conditions[${i}].codes`, c.codes));
  }

  if (problems.length > 0) throw new KnowledgeError(problems, `${display(dataDir)}/`);
  return createKnowledgeBase(
    roles.map((r) => r.value),
    comparisons.map((c) => c.value),
    imported,
    imported ? (preferences?.value.preferences ?? []) : [],
    licences?.value.licences ?? [],
    routes?.value.routes ?? [],
    conditions?.value.conditions ?? [],
  );
}
