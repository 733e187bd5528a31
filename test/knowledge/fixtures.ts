// Helpers for loader tests: a minimal valid role to mutate per case, and a throwaway data/ folder
// written as YAML (the same format editors write) in a temp dir.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { stringify } from "yaml";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import type { RoleInput } from "../../src/knowledge/schema.js";

/** The smallest role the schema accepts. Each call returns a fresh copy, safe to mutate. */
export function validRole(id = "test-clerk", title = "Test Clerk"): RoleInput {
  return {
    id,
    title,
    code: null,
    aliases: [],
    family: "administrative",
    summary: "Does a small job that exists only in the test suite.",
    duties: ["Keeps the test records tidy"],
    requirements: {
      education: { typical: "high-school" },
      experience: { minYears: 0 },
      bullets: ["No experience needed"],
    },
    environment: {
      settings: ["office"],
      schedule: "Regular weekday hours.",
      travel: "none",
      bullets: ["Works at a desk"],
    },
    skills: ["Patience"],
    salary: {
      figures: [{ source: "test-source", year: 2024, region: "US", currency: "USD", period: "annual", median: 40000 }],
    },
    career: { level: "entry", reportsTo: ["Test manager"] },
    sources: [{ id: "test-source", kind: "article", title: "A test source", url: "https://example.com/test", year: 2024 }],
  };
}

export function validComparison(a: string, b: string): Record<string, unknown> {
  return {
    roles: [a, b],
    differences: { overview: `The ${a} and the ${b} differ in a way only the tests care about.` },
  };
}

/** Sets (or, with `undefined`, deletes) a value at a dotted path such as "salary.figures.0.median". */
export function setPath(target: object, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** File contents: an object is dumped to YAML, a string is written as is (for syntax errors). */
export type FileContent = object | string;

export interface DataSpec {
  roles?: Record<string, FileContent>;
  comparisons?: Record<string, FileContent>;
}

const dirs: string[] = [];

/** Writes roles/<name>.yaml and comparisons/<name>.yaml into a new temp dir and returns the dir. */
export async function writeData(spec: DataSpec): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "rolecompare-data-"));
  dirs.push(dir);
  for (const kind of ["roles", "comparisons"] as const) {
    const files = spec[kind];
    if (!files) continue;
    await mkdir(join(dir, kind));
    for (const [name, content] of Object.entries(files)) {
      const fileName = /\.(ya?ml|json)$/.test(name) ? name : `${name}.yaml`;
      await writeFile(join(dir, kind, fileName), typeof content === "string" ? content : stringify(content));
    }
  }
  return dir;
}

export async function removeDataDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** Loads `dir`, expecting a KnowledgeError, and returns its problems. */
export async function loadProblems(dir: string): Promise<readonly string[]> {
  const error = await loadKnowledge(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "loadKnowledge should have rejected the data").toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).problems;
}

/** The problem reported for `file` (e.g. "roles/a.yaml") that starts with `field` and contains `text`. */
export function expectProblem(problems: readonly string[], file: string, field: string, text = ""): void {
  const match = problems.find((p) => p.includes(`${file}: ${field}`) && p.includes(text));
  expect(match, `expected a problem "${file}: ${field}…${text}…" among:\n${problems.join("\n")}`).toBeDefined();
}
