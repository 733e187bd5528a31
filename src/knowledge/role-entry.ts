// One role the bot can answer about, whichever layer it comes from: a curated role written by an
// editor (data/roles), or an occupation imported from O*NET and BLS. A curated role that names its
// O*NET-SOC code also carries that occupation, so it gains outlook and pay from the same release.
import { TITLE_LISTS as LISTS_IN_FILE, titleCounts, type TitleList } from "./occupation-details.js";
import type { Occupation } from "./occupations-schema.js";
import type { Role } from "./schema.js";

interface EntryBase {
  /** Curated roles: their kebab-case id. Imported occupations: their O*NET-SOC code. */
  id: string;
  /** Display title, singular ("Registered Nurse"). */
  title: string;
  /** Family id: a curated family ("operations") or an SOC major group ("soc-29"). */
  family: string;
  /** O*NET-SOC code, null for a curated role that names none. */
  code: string | null;
}

export interface CuratedEntry extends EntryBase {
  kind: "curated";
  role: Role;
  /** The imported occupation of the role's code, when the import is present. */
  occupation: Occupation | null;
}

export interface OccupationEntry extends EntryBase {
  kind: "occupation";
  occupation: Occupation;
  /** Titles an editor says usually mean this occupation (data/title-preferences.yaml). */
  preferredTitles: readonly string[];
}

export type RoleEntry = CuratedEntry | OccupationEntry;

/** SOC major groups become families "soc-15", "soc-29"... beside the curated families. */
export function socFamilyId(majorGroup: string): string {
  return `soc-${majorGroup}`;
}

export function curatedEntry(role: Role, occupation: Occupation | null): CuratedEntry {
  return { kind: "curated", id: role.id, title: role.title, family: role.family, code: role.code, role, occupation };
}

/** O*NET's catch-all occupations ("Therapists, All Other"), which gather the rest of a group. */
const CATCH_ALL = /\bAll Other\b/;

/** Whether an O*NET title is a catch-all's: no job anyone applies for, nor a worker to read a field's word as. */
export function isCatchAllTitle(title: string): boolean {
  return CATCH_ALL.test(title);
}

/** A curated role that is one of the jobs its occupation counts: the occupation's own titles are another role. */
export function isPartOfOccupation(entry: RoleEntry): boolean {
  return entry.kind === "curated" && entry.role.occupationScope === "part";
}

export function occupationEntry(occupation: Occupation, preferredTitles: readonly string[] = []): OccupationEntry {
  return {
    kind: "occupation",
    id: occupation.code,
    title: occupation.singular,
    family: socFamilyId(occupation.majorGroup),
    code: occupation.code,
    occupation,
    preferredTitles,
  };
}

/** How strongly a name points at its role, when several roles share it: the strongest claim wins. */
export const NAME_WEIGHTS = {
  /** An editor's title or alias: curated roles claim their names before any imported occupation. */
  curated: 1000,
  /** An editor's preference for a shared or abbreviated title (data/title-preferences.yaml). */
  preferred: 500,
  /** The occupation's own title, singular or plural. */
  title: 100,
  /** A reported title O*NET shows in My Next Move: its own sign of the usual title. */
  myNextMove: 60,
  short: 40,
  reported: 30,
  alternate: 20,
  esco: 10,
} as const;

export interface EntryName {
  name: string;
  weight: number;
  isTitle: boolean;
}

/** "CEO (Chief Executive Officer)" is also "CEO" and "Chief Executive Officer". */
const WITH_PARTS = /^(.+?)\s*\(([^()]+)\)\s*$/;

/** An occupation's title lists in the order (and with the weight) their names claim a phrase. */
const TITLE_LISTS = [
  ["myNextMove", NAME_WEIGHTS.myNextMove],
  ["short", NAME_WEIGHTS.short],
  ["reported", NAME_WEIGHTS.reported],
  ["alternate", NAME_WEIGHTS.alternate],
  ["esco", NAME_WEIGHTS.esco],
] as const;

/**
 * Receives every name of an entry. `key` is the name's precomputed phrase number (see
 * NameKeys), or -1 when there is none; `parts` is 2 for a name whose two parts follow it.
 */
export type NameVisitor = (name: string, weight: number, isTitle: boolean, key: number, parts: number) => void;

function visitWithParts(name: string, weight: number, visit: NameVisitor): void {
  // Most names have no brackets: skip the pattern, whose lazy start backtracks through the whole name.
  const match = name.includes("(") ? WITH_PARTS.exec(name) : null;
  if (!match) return visit(name, weight, false, -1, 0);
  visit(name, weight, false, -1, 2);
  visit(match[1]!, weight, false, -1, 0);
  visit(match[2]!, weight, false, -1, 0);
}

/**
 * How many phrase keys an occupation's names take (a name with parts takes three): a key list of
 * another length was written for other names and is not used.
 */
export function nameKeyCount(occupation: Occupation, keys: ArrayLike<number>): number {
  // The loaded file's counts of the titles, not the titles themselves: a start-up leaves those unparsed.
  let count = 2;
  for (const listed of titleCounts(occupation)) count += listed;
  for (let k = 0; k < keys.length; k++) if (keys[k]! < 0) count += 2;
  return count;
}

/**
 * Every name a member could type for the entry, in a fixed order, with the weight of its claim.
 * `keys` are the phrase numbers the importer computed for an occupation's own names (a name with
 * parts stored as -(key + 1)); the editor's preferred titles never have one.
 */
export function forEachEntryName(entry: RoleEntry, visit: NameVisitor, keys?: ArrayLike<number>): void {
  if (entry.kind === "curated") {
    const { role } = entry;
    visit(role.title, NAME_WEIGHTS.curated, true, -1, 0);
    visit(role.id.replace(/-/g, " "), NAME_WEIGHTS.curated, false, -1, 0);
    for (const name of role.aliases) visit(name, NAME_WEIGHTS.curated, false, -1, 0);
    return;
  }
  const o = entry.occupation;
  visit(o.singular, NAME_WEIGHTS.title, true, keys ? keys[0]! : -1, 0);
  visit(o.title, NAME_WEIGHTS.title, false, keys ? keys[1]! : -1, 0);
  for (const name of entry.preferredTitles) visitWithParts(name, NAME_WEIGHTS.preferred, visit);
  let k = 2;
  for (const [list, weight] of TITLE_LISTS) {
    for (const name of o.titles[list]) {
      if (!keys) {
        visitWithParts(name, weight, visit);
        continue;
      }
      const key = keys[k++]!;
      if (key >= 0) {
        visit(name, weight, false, key, 0);
        continue;
      }
      const [, first, second] = WITH_PARTS.exec(name) ?? [name, name, name];
      visit(name, weight, false, -key - 1, 2);
      visit(first, weight, false, keys[k++]!, 0);
      visit(second, weight, false, keys[k++]!, 0);
    }
  }
}

/**
 * An occupation's own names (not the editor's preferred titles) in the order forEachEntryName visits
 * them with `keys`, and the weight of each: `names[v]` is the name whose phrase number is `keys[v]`.
 * A tight loop for start-up, which looks names up by their place.
 */
export function occupationNames(o: Occupation, keys: ArrayLike<number>): { names: string[]; weights: number[] } {
  const names = [o.singular, o.title];
  const weights: number[] = [NAME_WEIGHTS.title, NAME_WEIGHTS.title];
  for (const [list, weight] of TITLE_LISTS) {
    for (const name of o.titles[list]) {
      names.push(name);
      weights.push(weight);
      if (keys[names.length - 1]! >= 0) continue;
      const [, first, second] = WITH_PARTS.exec(name) ?? [name, name, name];
      names.push(first, second);
      weights.push(weight, weight);
    }
  }
  return { names, weights };
}

/**
 * The weight of each of an occupation's own names, as `occupationNames` lists them, from the counts
 * of its title lists and `keys` alone: a start-up re-claiming a few phrases leaves the titles unparsed.
 */
export function ownNameWeights(o: Occupation, keys: ArrayLike<number>): number[] {
  const counts = titleCounts(o);
  const weights: number[] = [NAME_WEIGHTS.title, NAME_WEIGHTS.title];
  for (const [list, weight] of TITLE_LISTS) {
    const count = counts[LIST_PLACE[list]]!;
    for (let i = 0; i < count; i++) {
      weights.push(weight);
      if (keys[weights.length - 1]! < 0) weights.push(weight, weight);
    }
  }
  return weights;
}

/** Where each title list's count sits among titleCounts. */
const LIST_PLACE = Object.fromEntries(LISTS_IN_FILE.map((list, i) => [list, i])) as Record<TitleList, number>;

/** The editor's preferred titles of an occupation, as forEachEntryName visits them (a name with parts, then its parts). */
export function forEachPreferredName(entry: OccupationEntry, visit: NameVisitor): void {
  for (const name of entry.preferredTitles) visitWithParts(name, NAME_WEIGHTS.preferred, visit);
}

/** Every name a member could type for the entry, with the weight of its claim. */
export function entryNames(entry: RoleEntry): EntryName[] {
  const out: EntryName[] = [];
  forEachEntryName(entry, (name, weight, isTitle) => out.push({ name, weight, isTitle }));
  return out;
}
