// The in-memory, read-only knowledge base the engine answers from: the curated roles layered over
// the imported occupations (when the import is present). Built once by loadKnowledge.
import { FAMILIES } from "./families.js";
import type { OccupationsFile, WageSeries } from "./occupations-schema.js";
import { curatedEntry, occupationEntry, socFamilyId, type RoleEntry } from "./role-entry.js";
import type { Comparison, Conditions, Licence, Role, Route, TitlePreference } from "./schema.js";

/** What the import brought beside the occupations themselves: releases, element names, wage series. */
export type ImportedData = Omit<OccupationsFile, "occupations">;

export interface KnowledgeBase {
  readonly roles: ReadonlyMap<string, RoleEntry>;
  /** Curated roles first (by family, then title), then occupations (by SOC group, then title), for listings. */
  readonly roleList: readonly RoleEntry[];
  getRole(id: string): RoleEntry | undefined;
  /** Every entry with this O*NET-SOC code: the occupation itself and the curated roles that name it. */
  entriesWithCode(code: string): readonly RoleEntry[];
  /** Curated differences for a pair, whichever order the pair is asked in. */
  getComparison(a: string, b: string): Comparison | undefined;
  rolesByFamily(): ReadonlyMap<string, readonly RoleEntry[]>;
  familyLabel(family: string): string;
  readonly comparisonCount: number;
  readonly curatedCount: number;
  readonly occupationCount: number;
  /** The imported layer's metadata, or null when the bot runs on the curated roles alone. */
  readonly imported: ImportedData | null;
  wageSeries(code: string): WageSeries | undefined;
  /** The licence an occupation (by O*NET-SOC code) requires, from data/licences.yaml, if an editor recorded one. */
  licenceFor(code: string): Licence | undefined;
  /**
   * The way into an occupation (by code) from data/routes.yaml: the bridge program from `fromCode`
   * where an editor recorded one, else how long the usual way in takes, if recorded.
   */
  routeFor(fromCode: string | null, toCode: string): Route | undefined;
  /** An occupation's working conditions (hours, physical demands, setting) from data/conditions.yaml, if an editor recorded them. */
  conditionsFor(code: string): Conditions | undefined;
}

/** An editor's entries by each occupation code they name (a licence, an occupation's conditions). */
function byEachCode<T extends { codes: readonly string[] }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.flatMap((e) => e.codes.map((code) => [code, e] as const)));
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}__${b}` : `${b}__${a}`;
}

export function createKnowledgeBase(
  roles: readonly Role[],
  comparisons: readonly Comparison[],
  imported: OccupationsFile | null = null,
  preferences: readonly TitlePreference[] = [],
  licences: readonly Licence[] = [],
  routes: readonly Route[] = [],
  conditions: readonly Conditions[] = [],
): KnowledgeBase {
  const conditionsByCode = byEachCode(conditions);
  const licenceByCode = byEachCode(licences);
  // (Keyed "from>to" for a bridge, the target's code alone for its usual way in.)
  const routeByKey = new Map(routes.flatMap((r) => r.to.flatMap((to) => (r.from ?? [null]).map((from) => [from ? `${from}>${to}` : to, r] as const))));
  const occupations = imported?.occupations ?? [];
  const occupationByCode = new Map(occupations.map((o) => [o.code, o] as const));
  const curated = roles.map((r) => curatedEntry(r, (r.code && occupationByCode.get(r.code)) || null));
  const preferredByCode = new Map<string, string[]>();
  for (const p of preferences) preferredByCode.set(p.code, [...(preferredByCode.get(p.code) ?? []), p.title]);
  const entries: RoleEntry[] = [...curated, ...occupations.map((o) => occupationEntry(o, preferredByCode.get(o.code)))];
  const roleMap = new Map(entries.map((e) => [e.id, e] as const));
  const byCode = new Map<string, RoleEntry[]>();
  for (const e of entries) if (e.code) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const comparisonMap = new Map(comparisons.map((c) => [pairKey(c.roles[0], c.roles[1]), c] as const));

  const labels = new Map<string, string>(Object.entries(FAMILIES));
  for (const [group, title] of Object.entries(imported?.majorGroups ?? {})) labels.set(socFamilyId(group), title);
  const byTitle = [...entries].sort((a, b) => a.title.localeCompare(b.title));
  const families = new Map<string, RoleEntry[]>();
  for (const family of labels.keys()) {
    const members = byTitle.filter((r) => r.family === family);
    if (members.length > 0) families.set(family, members);
  }
  const roleList = [...families.values()].flat();
  const { occupations: _occupations, ...meta } = imported ?? { occupations: [] };
  return {
    roles: roleMap,
    roleList,
    getRole: (id) => roleMap.get(id),
    entriesWithCode: (code) => byCode.get(code) ?? [],
    getComparison: (a, b) => comparisonMap.get(pairKey(a, b)),
    rolesByFamily: () => families,
    familyLabel: (family) => labels.get(family) ?? family,
    comparisonCount: comparisonMap.size,
    curatedCount: curated.length,
    occupationCount: occupations.length,
    imported: imported ? (meta as ImportedData) : null,
    wageSeries: (code) => imported?.wageSeries[code],
    licenceFor: (code) => licenceByCode.get(code),
    routeFor: (fromCode, toCode) => (fromCode ? routeByKey.get(`${fromCode}>${toCode}`) : undefined) ?? routeByKey.get(toCode),
    conditionsFor: (code) => conditionsByCode.get(code),
  };
}
