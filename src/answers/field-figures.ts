// "IT or healthcare", "tech vs finance, which has more jobs": two fields of work set side by side. Each
// field's figures are summed over every occupation in it from the imported BLS tables: how many work
// in it, the pay of the middle worker's occupation, the projected growth and the openings a year.
import { wageFloor } from "../knowledge/occupations-schema.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { RankField } from "../understanding/ranked-question.js";
import { inCodePrefixes, rankableOccupations } from "./rankable-occupations.js";
import { educationRank } from "./role-evidence.js";
import { titleEndsIn } from "./title-ends-in.js";

export interface FieldFigures {
  /** Workers in the field's occupations (OEWS employment); 0 without wage figures. */
  workers: number;
  /** The median annual pay of the occupation the field's middle worker is in; null without pay figures. */
  medianPay: number | null;
  /** Projected change in the field's employment, percent, over the projections period. */
  growth: number | null;
  /** Openings a year, 10-year average, in thousands. */
  openings: number | null;
  /** The occupation that employs the most people in the field (not a catch-all nor a supervisor's). */
  largest: RoleEntry | null;
}

const computed = new WeakMap<KnowledgeBase, Map<string, FieldFigures>>();

/** The field's figures, summed once per knowledge base (each BLS series counted once). */
export function fieldFigures(knowledge: KnowledgeBase, field: RankField): FieldFigures {
  let known = computed.get(knowledge);
  if (!known) computed.set(knowledge, (known = new Map<string, FieldFigures>()));
  const key = `${field.codes.join(",")}|${field.minEducation ?? ""}|${field.head ?? ""}`;
  const cached = known.get(key);
  if (cached) return cached;
  const figures = sumField(knowledge, field);
  known.set(key, figures);
  return figures;
}

function sumField(knowledge: KnowledgeBase, field: RankField): FieldFigures {
  const paid: { median: number; workers: number }[] = [];
  const wageSeen = new Set<string>();
  const projectionSeen = new Set<string>();
  let workers = 0;
  let base = 0;
  let projected = 0;
  let openings = 0;
  let largest: { entry: RoleEntry; workers: number } | null = null;
  // Detailed occupations only: O*NET's specialties (".01") share their parent's figures.
  const table = rankableOccupations(knowledge);
  for (let i = 0; i < table.length; i++) {
    const row = table[i]!;
    const { entry, occupation: o, projection: p } = row;
    if (!inCodePrefixes(o.code, field.codes)) continue;
    // ("engineers": the engineering occupations whose title ends in "engineer".)
    if (field.head && !titleEndsIn(entry.title, field.head)) continue;
    // ("college or trade school": college's side is the jobs that usually start with a degree.)
    if (field.minEducation && (row.level === null || educationRank(row.level) < educationRank(field.minEducation))) continue;
    const series = row.wages;
    if (series?.employment && !wageSeen.has(o.wages!.series)) {
      wageSeen.add(o.wages!.series);
      workers += series.employment;
      const median = series.annual.median;
      // (BLS top-codes the highest medians: "at least $239,200" counts at that amount.)
      if (median !== null) paid.push({ median: wageFloor(median), workers: series.employment });
      // (The largest shown is a job members apply for: not "Laborers, All Other" nor a supervisor.)
      if (row.appliedFor && (!largest || series.employment > largest.workers)) largest = { entry, workers: series.employment };
    }
    if (p && !projectionSeen.has(p.code) && p.employment2024 !== null && p.employment2034 !== null) {
      projectionSeen.add(p.code);
      base += p.employment2024;
      projected += p.employment2034;
      openings += p.openingsPerYear ?? 0;
    }
  }
  return {
    workers,
    medianPay: middleWorkersMedian(paid),
    growth: base > 0 ? ((projected - base) / base) * 100 : null,
    openings: projectionSeen.size ? openings : null,
    largest: largest?.entry ?? null,
  };
}

/** The median of the occupation the middle worker is in, counting each occupation's workers. */
function middleWorkersMedian(paid: { median: number; workers: number }[]): number | null {
  const total = paid.reduce((sum, p) => sum + p.workers, 0);
  if (total === 0) return null;
  paid.sort((a, b) => a.median - b.median);
  let seen = 0;
  for (const p of paid) {
    seen += p.workers;
    if (seen * 2 >= total) return p.median;
  }
  return paid.at(-1)!.median;
}
