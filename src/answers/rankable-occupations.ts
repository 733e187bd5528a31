// The detailed occupations a ranking or a field's summed figures read, each with what their filters
// and measures look at (its BLS projection, typical entry education, own wage series), in one flat
// table built once per knowledge base. A ranking question then filters about 870 rows instead of
// reading every occupation's details line and wage series again while the member waits.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation, WageSeries } from "../knowledge/occupations-schema.js";
import type { OccupationEntry } from "../knowledge/role-entry.js";
import type { EducationLevel } from "../knowledge/schema.js";
import { sweptProjection } from "./all-occupations.js";
import { isCatchAllOrSupervisor } from "./applied-for.js";
import { educationLevelOf } from "./occupation-facts.js";
import { ownWageSeries } from "./role-evidence.js";

export interface RankableOccupation {
  entry: OccupationEntry;
  occupation: Occupation;
  /** Neither a catch-all ("Therapists, All Other") nor a first-line supervisor's: a job members apply for. */
  appliedFor: boolean;
  /** BLS's projection (null where it projects none), read without keeping the occupation's details. */
  projection: Occupation["projection"];
  /** BLS's typical entry education, or null where none is listed. */
  level: EducationLevel | null;
  /** BLS lists no work experience in a related job as needed. */
  noExperience: boolean;
  /** The wage series BLS publishes for the occupation itself, not a broader one (see ownWageSeries). */
  wages: WageSeries | undefined;
}

const tables = new WeakMap<KnowledgeBase, RankableOccupation[]>();

/** Every detailed occupation (".00": O*NET's specialties share their parent's figures), in the knowledge's order. */
export function rankableOccupations(knowledge: KnowledgeBase): readonly RankableOccupation[] {
  let table = tables.get(knowledge);
  if (table) return table;
  table = [];
  for (const entry of knowledge.roleList) {
    if (entry.kind !== "occupation" || !entry.occupation.code.endsWith(".00")) continue;
    const occupation = entry.occupation;
    const projection = sweptProjection(knowledge, entry.id) ?? null;
    table.push({
      entry,
      occupation,
      appliedFor: !isCatchAllOrSupervisor(occupation.title),
      projection,
      level: educationLevelOf(projection?.entryEducation),
      noExperience: projection?.workExperience?.trim().toLowerCase() === "none",
      wages: ownWageSeries(knowledge, occupation),
    });
  }
  tables.set(knowledge, table);
  return table;
}

/** The annual median of the occupation's own series (top-coded ones as `{ atLeast }`), or null: ownAnnualMedian, from the table. */
export const rowMedian = (row: RankableOccupation): number | { atLeast: number } | null => row.wages?.annual.median ?? null;

/** Whether an O*NET code is in one of a field's code prefixes ("47-", "29-1"): a loop, no callback per occupation (a ranking runs cold). */
export function inCodePrefixes(code: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (code.startsWith(prefixes[i]!)) return true;
  return false;
}
