// "To become an Electrician, …; O*NET rates Installation and Troubleshooting higher for it than for
// most jobs": the skills that set an occupation apart. The skills O*NET rates most important are much
// the same for most jobs (Active Listening, Speaking, Reading Comprehension), so a way in names the
// important skills an occupation is rated furthest above the average occupation on.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import { madeOnce } from "./made-once.js";

/** Only a skill at least this important to the occupation (O*NET's 1–5 importance) is named. */
const IMPORTANT = 3;
/** …and rated at least this far above the average occupation's importance. */
const ABOVE_AVERAGE = 0.5;

/** The average importance of each skill over every occupation rated on it, once per import. */
const averagesByImport = new WeakMap<object, readonly number[]>();

function averageImportance(knowledge: KnowledgeBase, imported: object, count: number): readonly number[] {
  return madeOnce(averagesByImport, imported, () => {
    const sums = new Array<number>(count).fill(0);
    const rated = new Array<number>(count).fill(0);
    for (const entry of knowledge.roleList) {
      if (entry.kind !== "occupation") continue;
      entry.occupation.skills.forEach((rating, i) => {
        if (!rating) return;
        sums[i]! += rating[0];
        rated[i]!++;
      });
    }
    return sums.map((sum, i) => (rated[i] ? sum / rated[i] : 0));
  });
}

/** Up to `limit` skills `occupation` is rated furthest above the average occupation on, among those important to it; [] where none stand out. */
export function skillsAboveMost(knowledge: KnowledgeBase, occupation: Occupation, limit: number): string[] {
  const imported = knowledge.imported;
  if (!imported) return [];
  const names = imported.elements.skills;
  const averages = averageImportance(knowledge, imported, names.length);
  return occupation.skills
    .flatMap((rating, i) =>
      rating && rating[0] >= IMPORTANT && rating[0] - averages[i]! >= ABOVE_AVERAGE ? [{ name: names[i]!, above: rating[0] - averages[i]! }] : [],
    )
    .sort((a, b) => b.above - a.above)
    .slice(0, limit)
    .map((s) => s.name);
}
