// Figures over every occupation (the growth of all jobs, where a rating ranks), from one sweep over
// their details read without keeping them (peekDetails): the first question that needs one would
// otherwise parse and hold every occupation's details line. The bot's warm-up runs the sweep.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { peekDetails } from "../knowledge/occupation-details.js";
import { elementRating } from "./role-evidence.js";

interface Sweep {
  /** Growth of all jobs in the projections, 2024-34, or null without any. */
  growth: number | null;
  /** Each rated element's values over the occupations that rate it, by O*NET name. */
  ratings: Map<string, number[]>;
  /** The ratings occupations are ranked by ("the least stressful jobs"), by O*NET name, then by role id. */
  ranked: Map<string, Map<string, number>>;
}

/** Elements a ranking reads per occupation: kept by role id (about a thousand numbers each). */
export const RANKED_ELEMENTS = ["Stress Tolerance"] as const;

const sweeps = new WeakMap<KnowledgeBase, Sweep>();

function sweep(knowledge: KnowledgeBase): Sweep {
  let done = sweeps.get(knowledge);
  if (done) return done;
  const elements = knowledge.imported?.elements;
  const names = elements ? [...new Set([...elements.skills, ...elements.knowledge, ...elements.interests, ...elements.workStyles])] : [];
  const ratings = new Map<string, number[]>(names.map((name) => [name, []]));
  const ranked = new Map<string, Map<string, number>>(RANKED_ELEMENTS.map((name) => [name, new Map<string, number>()]));
  // Each projection row counted once.
  const seen = new Set<string>();
  let base = 0;
  let target = 0;
  for (const entry of knowledge.roleList) {
    if (entry.kind !== "occupation") continue;
    const details = peekDetails(entry.occupation);
    const p = details.projection;
    if (p && !seen.has(p.code) && p.employment2024 !== null && p.employment2034 !== null) {
      seen.add(p.code);
      base += p.employment2024;
      target += p.employment2034;
    }
    const rated = { ...details, hasRatings: entry.occupation.hasRatings };
    for (const name of names) {
      const rating = elementRating(knowledge, rated, name);
      if (rating) ratings.get(name)!.push(rating.value);
    }
    for (const [name, values] of ranked) {
      const rating = elementRating(knowledge, rated, name);
      if (rating) values.set(entry.id, rating.value);
    }
  }
  done = { growth: base > 0 ? Math.round(((target - base) / base) * 1000) / 10 : null, ratings, ranked };
  sweeps.set(knowledge, done);
  return done;
}

/** Growth of all jobs in the projections, 2024-34: each projection row counted once. */
export function averageGrowth(knowledge: KnowledgeBase): number | null {
  return sweep(knowledge).growth;
}

/** Percent of rated occupations whose rating of `name` is below `value`. */
export function ratingPercentile(knowledge: KnowledgeBase, name: string, value: number): number | null {
  const values = sweep(knowledge).ratings.get(name) ?? [];
  if (values.length < 50) return null;
  return Math.round((values.filter((v) => v < value).length / values.length) * 100);
}

/** An occupation's rating of one of RANKED_ELEMENTS, or null where O*NET has none. */
export function rankedRating(knowledge: KnowledgeBase, name: (typeof RANKED_ELEMENTS)[number], roleId: string): number | null {
  return sweep(knowledge).ranked.get(name)?.get(roleId) ?? null;
}

/** Runs the sweep ahead of the first question that needs it (the bot's warm-up). */
export function sweepAllOccupations(knowledge: KnowledgeBase): void {
  sweep(knowledge);
}
