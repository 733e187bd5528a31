// The in-memory, read-only knowledge base the engine answers from. Built once by loadKnowledge.
import type { Comparison, Role } from "./schema.js";
import { FAMILY_IDS, type FamilyId } from "./families.js";

export interface KnowledgeBase {
  readonly roles: ReadonlyMap<string, Role>;
  /** Roles in a stable order (by family, then title), for listings. */
  readonly roleList: readonly Role[];
  getRole(id: string): Role | undefined;
  /** Curated differences for a pair, whichever order the pair is asked in. */
  getComparison(a: string, b: string): Comparison | undefined;
  rolesByFamily(): ReadonlyMap<FamilyId, readonly Role[]>;
  readonly comparisonCount: number;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}__${b}` : `${b}__${a}`;
}

export function createKnowledgeBase(roles: readonly Role[], comparisons: readonly Comparison[]): KnowledgeBase {
  const roleMap = new Map(roles.map((r) => [r.id, r] as const));
  const comparisonMap = new Map(comparisons.map((c) => [pairKey(c.roles[0], c.roles[1]), c] as const));
  const byTitle = [...roles].sort((a, b) => a.title.localeCompare(b.title));
  const families = new Map<FamilyId, Role[]>();
  for (const family of FAMILY_IDS) {
    const members = byTitle.filter((r) => r.family === family);
    if (members.length > 0) families.set(family, members);
  }
  const roleList = [...families.values()].flat();
  return {
    roles: roleMap,
    roleList,
    getRole: (id) => roleMap.get(id),
    getComparison: (a, b) => comparisonMap.get(pairKey(a, b)),
    rolesByFamily: () => families,
    comparisonCount: comparisonMap.size,
  };
}
