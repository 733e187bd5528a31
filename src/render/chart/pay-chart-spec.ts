// Answer -> the pay chart's data: one row per role (its percentile range and median) plus the other
// sources' medians as their own points, and the footer line. Built from the Answer's figures only,
// so curated roles and imported occupations chart the same way. Plain data: tests assert on this.
import type { Answer, FigureView } from "../../answers/answer.js";
import { figureAttribution } from "../../answers/format-figures.js";
import type { PayPeriod } from "../../answers/answer.js";

export type ChartPeriod = PayPeriod;

/** A percentile as charted: BLS top-codes the highest wages ("$239,200 or more"), kept as a flag. */
export interface ChartValue {
  value: number;
  atLeast: boolean;
}

export interface PayChartRow {
  roleId: string;
  title: string;
  p10?: ChartValue;
  p25?: ChartValue;
  median?: number;
  p75?: ChartValue;
  p90?: ChartValue;
  /** Who published the range, e.g. "U.S. Bureau of Labor Statistics, 2024". */
  attribution: string | null;
  indicative: boolean;
}

/** Another source's median for a role (the founding article's figures): its own marked point. */
export interface PayChartPoint {
  roleId: string;
  title: string;
  value: number;
  /** Who published it, short: "Megainterview". */
  source: string;
  /** With its year: "Megainterview, year not stated". */
  attribution: string;
}

export interface PayChartSpec {
  period: ChartPeriod;
  currency: string;
  rows: PayChartRow[];
  points: PayChartPoint[];
  /** The source and release of every charted figure, in one line. */
  footer: string;
  /** What the figures are: source id and year of each, sorted; part of the cache key. */
  release: string;
}

const PERCENTILES = ["p10", "p25", "p75", "p90"] as const;

/** Pay answers are the ones that carry figures: the salary aspect (and pay verdicts, which use it). */
export function isPayAnswer(answer: Answer): boolean {
  return (
    answer.aspect === "salary" &&
    (answer.intent === "compare" || answer.intent === "profile") &&
    !answer.needsConfirmation &&
    answer.roles.some((r) => r.figures.length > 0)
  );
}

/** The period to chart: the one asked for when the answer has figures for it, else annual, else hourly. */
export function chartPeriod(answer: Answer, requested?: ChartPeriod | null): ChartPeriod {
  const periods = new Set(answer.roles.flatMap((r) => r.figures.map((f) => f.period)));
  if (requested && periods.has(requested)) return requested;
  return periods.has("annual") || periods.size === 0 ? "annual" : "hourly";
}

function chartValue(value: number | { atLeast: number } | undefined): ChartValue | undefined {
  if (value === undefined) return undefined;
  return typeof value === "number" ? { value, atLeast: false } : { value: value.atLeast, atLeast: true };
}

/** The range to draw: percentiles from a dated source first, then any percentiles, then a dated median. */
function rangeFigure(figures: readonly FigureView[]): FigureView | undefined {
  const withPercentiles = figures.filter((f) => f.percentiles && Object.keys(f.percentiles).length > 0);
  const withMedian = figures.filter((f) => f.median !== undefined);
  return withPercentiles.find((f) => f.year !== null) ?? withPercentiles[0] ?? withMedian.find((f) => f.year !== null) ?? withMedian[0];
}

export function payChartSpec(answer: Answer, options: { period?: ChartPeriod | null } = {}): PayChartSpec {
  const period = chartPeriod(answer, options.period);
  const all = answer.roles.flatMap((r) => r.figures.filter((f) => f.period === period));
  const currency = all[0]?.currency ?? "USD";
  const rows: PayChartRow[] = [];
  const points: PayChartPoint[] = [];
  const charted: FigureView[] = [];
  for (const role of answer.roles) {
    const figures = role.figures.filter((f) => f.period === period && f.currency === currency);
    const range = rangeFigure(figures);
    const row: PayChartRow = {
      roleId: role.roleId,
      title: role.title,
      attribution: range ? figureAttribution(range) : null,
      indicative: range?.indicative ?? false,
    };
    if (range) {
      charted.push(range);
      for (const key of PERCENTILES) {
        const value = chartValue(range.percentiles?.[key]);
        if (value) row[key] = value;
      }
      if (range.median !== undefined) row.median = range.median;
    }
    rows.push(row);
    for (const other of figures) {
      if (other === range || other.median === undefined) continue;
      charted.push(other);
      points.push({
        roleId: role.roleId,
        title: role.title,
        value: other.median,
        source: other.source.publisher ?? other.source.title,
        attribution: figureAttribution(other),
      });
    }
  }
  const rangeSources = [...new Set(rows.flatMap((r) => (r.attribution ? [r.attribution] : [])))];
  const pointSources = [...new Set(points.map((p) => p.attribution))];
  const footer = [rangeSources.length ? `Ranges: ${rangeSources.join("; ")}` : "", pointSources.length ? `◆ ${pointSources.join("; ")}` : ""]
    .filter(Boolean)
    .join(" · ");
  const release = [...new Set(charted.map((f) => `${f.source.id}@${f.year ?? "undated"}${f.series ? `/${f.series.code}` : ""}`))].sort().join(",");
  return { period, currency, rows, points, footer, release };
}

/** (roles, release, units): two answers with the same key draw the same picture. */
export function payChartKey(spec: PayChartSpec): string {
  return [spec.rows.map((r) => r.roleId).join("+"), spec.release, `${spec.currency}/${spec.period}`].join("|");
}
