// Figures over every occupation (the growth of all jobs, where a rating ranks, each one's projection),
// from one sweep over their details read without keeping them (peekDetails): the first question that
// needs one would otherwise parse and hold every occupation's details line. The bot's warm-up runs the sweep.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { peekDetails } from "../knowledge/occupation-details.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import { elementRating } from "./role-evidence.js";

interface Sweep {
  /** Growth of all jobs in the projections, 2024-34, or null without any. */
  growth: number | null;
  /** Each rated element's values over the occupations that rate it, by O*NET name. */
  ratings: Map<string, number[]>;
  /** Each occupation's place in the ranked ratings below, by role id. */
  places: Map<string, number>;
  /** The ratings occupations are ranked by, by O*NET name: one number per place (NaN where not rated). */
  ranked: Map<string, Float32Array>;
  /** Each occupation's BLS projection, by place (null where BLS projects none). */
  projections: Occupation["projection"][];
}

/**
 * Elements rankings read per occupation: Stress Tolerance ("the least stressful jobs"), the Social
 * interest ("jobs for introverts"), the Realistic interest ("jobs for people who like working with
 * their hands"), the Programming skill and the knowledge areas ("jobs with a psychology degree"), a thousand numbers each.
 */
function rankedElements(knowledge: KnowledgeBase): string[] {
  // (The Programming skill: "i like coding, what job".)
  return ["Stress Tolerance", "Social", "Realistic", "Programming", ...(knowledge.imported?.elements.knowledge ?? [])];
}

const sweeps = new WeakMap<KnowledgeBase, Sweep>();

function sweep(knowledge: KnowledgeBase): Sweep {
  let done = sweeps.get(knowledge);
  if (done) return done;
  const elements = knowledge.imported?.elements;
  const names = elements ? [...new Set([...elements.skills, ...elements.knowledge, ...elements.interests, ...elements.workStyles])] : [];
  const ratings = new Map<string, number[]>(names.map((name) => [name, []]));
  const occupations = knowledge.roleList.filter((e) => e.kind === "occupation");
  const places = new Map(occupations.map((e, i) => [e.id, i] as const));
  const ranked = new Map(rankedElements(knowledge).map((name) => [name, new Float32Array(occupations.length).fill(Number.NaN)] as const));
  const projections: Occupation["projection"][] = [];
  // Each projection row counted once.
  const seen = new Set<string>();
  let base = 0;
  let target = 0;
  for (const entry of knowledge.roleList) {
    if (entry.kind !== "occupation") continue;
    const details = peekDetails(entry.occupation);
    const p = details.projection;
    projections.push(p);
    if (p && !seen.has(p.code) && p.employment2024 !== null && p.employment2034 !== null) {
      seen.add(p.code);
      base += p.employment2024;
      target += p.employment2034;
    }
    const rated = { ...details, hasRatings: entry.occupation.hasRatings };
    const place = places.get(entry.id)!;
    for (const name of names) {
      const rating = elementRating(knowledge, rated, name);
      if (!rating) continue;
      ratings.get(name)!.push(rating.value);
      // The ranked elements are among the names: their rating is kept by occupation as well.
      const values = ranked.get(name);
      if (values) values[place] = rating.value;
    }
  }
  done = { growth: base > 0 ? Math.round(((target - base) / base) * 1000) / 10 : null, ratings, places, ranked, projections };
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

/** The average rating of `name` over the occupations that rate it, or null where none do. */
export function averageRating(knowledge: KnowledgeBase, name: string): number | null {
  const swept = sweep(knowledge);
  let averages = averagesBySweep.get(swept);
  if (!averages) averagesBySweep.set(swept, (averages = new Map<string, number>()));
  let average = averages.get(name);
  if (average === undefined) {
    const values = swept.ratings.get(name) ?? [];
    average = values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : Number.NaN;
    averages.set(name, average);
  }
  return Number.isNaN(average) ? null : average;
}
const averagesBySweep = new WeakMap<Sweep, Map<string, number>>();

/** An occupation's rating of Stress Tolerance, an interest or a knowledge area (see rankedElements), or null where O*NET has none. */
export function rankedRating(knowledge: KnowledgeBase, name: string, roleId: string): number | null {
  const { places, ranked } = sweep(knowledge);
  const place = places.get(roleId);
  const value = place === undefined ? undefined : ranked.get(name)?.[place];
  // Stored as 32-bit floats: rounded back to the ratings' two decimals.
  return value === undefined || Number.isNaN(value) ? null : Math.round(value * 100) / 100;
}

/** An occupation's BLS projection, read in the sweep (its details are not kept); null where none, undefined for a role not an occupation. */
export function sweptProjection(knowledge: KnowledgeBase, roleId: string): Occupation["projection"] | undefined {
  const { places, projections } = sweep(knowledge);
  const place = places.get(roleId);
  return place === undefined ? undefined : projections[place];
}

/** Runs the sweep ahead of the first question that needs it (the bot's warm-up). */
export function sweepAllOccupations(knowledge: KnowledgeBase): void {
  sweep(knowledge);
}
