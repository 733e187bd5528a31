// One role the bot can answer about, whichever layer it comes from: a curated role written by an
// editor (data/roles), or an occupation imported from O*NET and BLS. A curated role that names its
// O*NET-SOC code also carries that occupation, so it gains outlook and pay from the same release.
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
function withParts(name: string): string[] {
  const match = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(name);
  return match ? [name, match[1]!, match[2]!] : [name];
}

/** Every name a member could type for the entry, with the weight of its claim. */
export function entryNames(entry: RoleEntry): EntryName[] {
  if (entry.kind === "curated") {
    const { role } = entry;
    return [
      { name: role.title, weight: NAME_WEIGHTS.curated, isTitle: true },
      { name: role.id.replace(/-/g, " "), weight: NAME_WEIGHTS.curated, isTitle: false },
      ...role.aliases.map((name) => ({ name, weight: NAME_WEIGHTS.curated, isTitle: false })),
    ];
  }
  const o = entry.occupation;
  const out: EntryName[] = [
    { name: o.singular, weight: NAME_WEIGHTS.title, isTitle: true },
    { name: o.title, weight: NAME_WEIGHTS.title, isTitle: false },
  ];
  const add = (names: readonly string[], weight: number) => {
    for (const name of names) for (const part of withParts(name)) out.push({ name: part, weight, isTitle: false });
  };
  add(entry.preferredTitles, NAME_WEIGHTS.preferred);
  add(o.titles.myNextMove, NAME_WEIGHTS.myNextMove);
  add(o.titles.short, NAME_WEIGHTS.short);
  add(o.titles.reported, NAME_WEIGHTS.reported);
  add(o.titles.alternate, NAME_WEIGHTS.alternate);
  add(o.titles.esco, NAME_WEIGHTS.esco);
  return out;
}
