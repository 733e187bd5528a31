// The shipped data/ folder: it loads, covers the agreed roles and comparisons, and keeps the
// founding article's facts.
import { curatedRoles, loadCuratedKnowledge } from "../support/curated-knowledge.js";
import type { CuratedEntry } from "../../src/knowledge/role-entry.js";
import { access } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ASPECT_IDS } from "../../src/knowledge/aspects.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { DEFAULT_DATA_DIR } from "../../src/knowledge/load-knowledge.js";
import type { Role, SalaryFigure } from "../../src/knowledge/schema.js";

/** The 32 roles the knowledge base covers (one file each in data/roles/). */
const ROLE_IDS = [
  "accountant",
  "administrative-assistant",
  "administrative-services-manager",
  "bookkeeper",
  "business-analyst",
  "chief-operating-officer",
  "customer-service-manager",
  "executive-assistant",
  "facilities-manager",
  "general-manager",
  "human-resources-manager",
  "logistics-manager",
  "office-administrator",
  "office-assistant",
  "office-clerk",
  "office-coordinator",
  "office-director",
  "office-manager",
  "operations-analyst",
  "operations-coordinator",
  "operations-director",
  "operations-manager",
  "practice-manager",
  "product-manager",
  "production-manager",
  "program-manager",
  "project-manager",
  "receptionist",
  "secretary",
  "store-manager",
  "supply-chain-manager",
  "warehouse-manager",
] as const;

/** Curated comparisons that must exist, as [a, b] = file name a__b. */
const COMPARISONS: readonly (readonly [string, string])[] = [
  ["office-manager", "operations-manager"],
  ["office-coordinator", "office-manager"],
  ["office-manager", "receptionist"],
  ["office-coordinator", "office-administrator"],
  ["practice-manager", "office-manager"],
  ["administrative-assistant", "executive-assistant"],
  ["secretary", "receptionist"],
  ["general-manager", "operations-manager"],
  ["project-manager", "program-manager"],
  ["project-manager", "product-manager"],
  ["bookkeeper", "accountant"],
  ["supply-chain-manager", "logistics-manager"],
  ["chief-operating-officer", "operations-director"],
  ["operations-analyst", "business-analyst"],
  ["office-administrator", "office-manager"],
];

const FOUNDING_ARTICLE_URL = "megainterview.com/office-manager-vs-operations-manager";

let kb: KnowledgeBase | undefined;
let loadError: unknown;

beforeAll(async () => {
  try {
    kb = await loadCuratedKnowledge();
  } catch (error) {
    loadError = error;
  }
});

function knowledge(): KnowledgeBase {
  if (kb) return kb;
  throw loadError instanceof KnowledgeError ? new Error(loadError.message) : loadError;
}

function role(id: string): Role {
  const found = knowledge().getRole(id);
  expect(found?.kind, `role ${id}`).toBe("curated");
  return (found as CuratedEntry).role;
}

function foundingFigure(r: Role): SalaryFigure {
  const source = r.sources.find((s) => s.url.includes(FOUNDING_ARTICLE_URL));
  expect(source, `${r.id} cites the founding article`).toBeDefined();
  const figure = r.salary.figures.find((f) => f.source === source!.id);
  expect(figure, `${r.id} has a salary figure from the founding article`).toBeDefined();
  return figure!;
}

describe("real data/", () => {
  it("loads without problems", () => {
    if (loadError instanceof KnowledgeError) expect.fail(loadError.message);
    expect(loadError).toBeUndefined();
  });

  it("has exactly the agreed 32 roles", () => {
    expect(ROLE_IDS).toHaveLength(32);
    expect([...knowledge().roles.keys()].sort()).toEqual([...ROLE_IDS].sort());
  });

  it("gives every role at least one source with a url and a year", () => {
    for (const r of curatedRoles(knowledge())) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.url, `${r.id} / ${s.id}`).toMatch(/^https?:\/\/\S+\.\S+/);
        expect(Number.isInteger(s.year), `${r.id} / ${s.id}`).toBe(true);
        expect(s.title.length, `${r.id} / ${s.id}`).toBeGreaterThan(2);
      }
    }
  });

  it("ties every salary figure to one of its role's sources, or explains the gap in a note", () => {
    for (const r of curatedRoles(knowledge())) {
      const ids = new Set(r.sources.map((s) => s.id));
      for (const f of r.salary.figures) expect(ids.has(f.source), `${r.id}: ${f.source}`).toBe(true);
      expect(r.salary.figures.length > 0 || Boolean(r.salary.note), `${r.id}: figures or a note`).toBe(true);
    }
  });

  it("keeps the founding article's office-manager facts", () => {
    const r = role("office-manager");
    const f = foundingFigure(r);
    expect(f.median).toBe(51000);
    expect(f.entry).toEqual({ low: 40000, high: 45000 });
    expect(f.experienced).toEqual({ low: 60000, high: 90000 });
    expect(f.currency).toBe("USD");
    expect(r.requirements.education.typical).toBe("high-school");
    expect(r.requirements.experience.minYears).toBe(2);
  });

  it("keeps the founding article's operations-manager facts", () => {
    const r = role("operations-manager");
    const f = foundingFigure(r);
    expect(f.median).toBe(67000);
    expect(f.entry).toEqual({ low: 50000, high: 65000 });
    expect(f.experienced).toEqual({ low: 80000, high: 110000 });
    expect(f.currency).toBe("USD");
    expect(r.requirements.education.typical).toBe("bachelor");
    expect(r.requirements.experience.minYears).toBe(5);
  });
});

describe("real data/ comparisons", () => {
  it.each(COMPARISONS.map(([a, b]) => [`${a}__${b}`, a, b] as const))("%s exists with all seven aspects", async (name, a, b) => {
    await expect(access(join(DEFAULT_DATA_DIR, "comparisons", `${name}.yaml`)), `data/comparisons/${name}.yaml`).resolves.toBeUndefined();
    const c = knowledge().getComparison(a, b);
    expect(c?.roles).toEqual([a, b]);
    // Outlook comes from the imported projections, not from editors.
    for (const aspect of ASPECT_IDS.filter((id) => id !== "outlook")) expect(c?.differences[aspect], `${name}: ${aspect}`).toBeTruthy();
  });

  it("names concrete figures with a source and year in every salary difference", () => {
    for (const [a, b] of COMPARISONS) {
      const salary = knowledge().getComparison(a, b)?.differences.salary ?? "";
      expect(salary, `${a}__${b}`).toMatch(/\$\d{1,3}(,\d{3})+/);
      expect(salary, `${a}__${b}`).toMatch(/\b(BLS|Bureau of Labor Statistics)\b/);
      expect(salary, `${a}__${b}`).toMatch(/\b20\d\d\b/);
    }
  });
});
