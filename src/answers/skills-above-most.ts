// "To become an Electrician, …; O*NET rates Installation and Troubleshooting higher for it than for
// most jobs": the skills that set an occupation apart. The skills O*NET rates most important are much
// the same for most jobs (Active Listening, Speaking, Reading Comprehension), so a way in names the
// important skills an occupation is rated furthest above the average occupation on.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import { averageRating } from "./all-occupations.js";

/** Only a skill at least this important to the occupation (O*NET's 1–5 importance) is named. */
const IMPORTANT = 3;
/** …and rated at least this far above the average occupation's importance. */
const ABOVE_AVERAGE = 0.5;

/** Up to `limit` skills `occupation` is rated furthest above the average occupation on, among those important to it; [] where none stand out. */
export function skillsAboveMost(knowledge: KnowledgeBase, occupation: Occupation, limit: number): string[] {
  const names = knowledge.imported?.elements.skills;
  if (!names) return [];
  return occupation.skills
    .flatMap((rating, i) => {
      // (The average over every occupation comes from the one sweep that reads their details without keeping them.)
      const average = rating && rating[0] >= IMPORTANT ? averageRating(knowledge, names[i]!) : null;
      return rating && average !== null && rating[0] - average >= ABOVE_AVERAGE ? [{ name: names[i]!, above: rating[0] - average }] : [];
    })
    .sort((a, b) => b.above - a.above)
    .slice(0, limit)
    .map((s) => s.name);
}
