// Matches O*NET occupations to Employment Projections rows. EP publishes most SOC detailed codes
// as they are, but some only as an aggregate: a SOC broad code (13-1020) or a code SOC does not
// have (21-1018, 25-9045, 53-1047). An aggregate covers the SOC detailed codes of its broad group
// that have no EP row of their own; when two aggregates share a broad group, the closer title wins.
import type { ProjectionRow } from "./read-projections.js";

export interface ProjectionMatch {
  row: ProjectionRow;
  aggregate: boolean;
}

const broadOf = (code: string) => `${code.slice(0, 6)}0`;
const words = (title: string) =>
  new Set(
    title
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2),
  );

export function projectionIndex(rows: readonly ProjectionRow[], socDetailed: ReadonlyMap<string, string>): (socCode: string) => ProjectionMatch | null {
  const direct = new Map<string, ProjectionRow>();
  for (const row of rows) direct.set(row.code, row);
  const aggregates = rows.filter((row) => !socDetailed.has(row.code));
  const covered = new Map<string, { row: ProjectionRow; score: number }>();
  for (const [code, title] of socDetailed) {
    if (direct.has(code)) continue;
    for (const row of aggregates) {
      if (broadOf(row.code) !== broadOf(code)) continue;
      const socWords = words(title);
      const score = [...words(row.title)].filter((w) => socWords.has(w)).length;
      const best = covered.get(code);
      if (!best || score > best.score) covered.set(code, { row, score });
    }
  }
  return (socCode) => {
    const row = direct.get(socCode);
    if (row) return { row, aggregate: !socDetailed.has(row.code) };
    const agg = covered.get(socCode);
    return agg ? { row: agg.row, aggregate: true } : null;
  };
}
