// Pay figures for any role, as FigureViews. Curated roles keep their sourced figures, except that a
// wage-table figure is refreshed from the imported OEWS release when the import is present, so no
// answer compares one release with another. Imported occupations get their OEWS series.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { wageFloor, type WageBand, type WageSeries, type WageValue } from "../knowledge/occupations-schema.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Role, Source } from "../knowledge/schema.js";
import type { Fact, FigureView, PayPeriod, SourceView } from "./answer.js";
import { figureAttribution, formatMoney } from "./format-figures.js";
import { oewsSource } from "./imported-sources.js";
import { madeOnce } from "./made-once.js";
import { titleStems } from "../text/word-stems.js";

/** A source's view is the same in every answer that cites it: made once per source, frozen as answers share it. */
const sourceViews = new WeakMap<Source, SourceView>();

export function toSourceView(source: Source): SourceView {
  return madeOnce(sourceViews, source, makeSourceView);
}

function makeSourceView(source: Source): SourceView {
  return {
    id: source.id,
    kind: source.kind,
    title: source.title,
    url: source.url,
    year: source.year,
    ...(source.yearIs === "accessed" ? { accessed: true } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
  };
}

type Percentiles = NonNullable<FigureView["percentiles"]>;

function percentilesOf(band: WageBand): Percentiles {
  const out: Percentiles = {};
  for (const key of ["p10", "p25", "p75", "p90"] as const) {
    const value = band[key];
    if (value !== null) out[key] = value;
  }
  return out;
}

/** Median and mean of a band; a top-coded median is kept as its floor and flagged. */
function centreOf(band: WageBand): Pick<FigureView, "median" | "medianAtLeast" | "mean"> {
  const value = (v: WageValue | null) => (v === null ? undefined : wageFloor(v));
  const median = value(band.median);
  const mean = typeof band.mean === "number" ? band.mean : undefined;
  return {
    ...(median !== undefined ? { median } : {}),
    ...(band.median !== null && typeof band.median === "object" ? { medianAtLeast: true } : {}),
    ...(mean !== undefined ? { mean } : {}),
  };
}

/**
 * One OEWS series as a figure: annual, unless hourly is asked for or BLS publishes only hourly rates
 * for it (and annual where it publishes only annual figures: teachers, pilots).
 */
export function seriesFigure(
  knowledge: KnowledgeBase,
  roleId: string,
  series: WageSeries,
  extra: Partial<FigureView> = {},
  asked: PayPeriod = "annual",
): FigureView {
  const imported = knowledge.imported!;
  const period = series.hourlyOnly || (asked === "hourly" && !series.annualOnly) ? "hourly" : "annual";
  const band = period === "hourly" ? series.hourly : series.annual;
  return {
    roleId,
    source: oewsSource(imported, series.code, series.title),
    year: imported.sources.oews.year,
    region: "US",
    currency: "USD",
    period,
    series: { code: series.code, title: series.title },
    indicative: false,
    ...centreOf(band),
    percentiles: percentilesOf(band),
    ...extra,
  };
}

function curatedFigures(knowledge: KnowledgeBase, role: Role, period: PayPeriod): FigureView[] {
  const release = knowledge.imported?.sources.oews;
  return role.salary.figures.map((f) => {
    const source = role.sources.find((s) => s.id === f.source)!; // cross-checked at load time
    const fresh = release && source.kind === "wage-table" && f.series ? knowledge.wageSeries(f.series.code) : undefined;
    if (fresh) {
      // The same series from the imported release: the editor's judgement (indicative, note) stays.
      return seriesFigure(
        knowledge,
        role.id,
        fresh,
        {
          indicative: f.indicative ?? false,
          ...(f.basis ? { basis: f.basis.replace(/May \d{4}/, release!.release) } : {}),
          ...(f.note ? { note: f.note } : {}),
        },
        period,
      );
    }
    return {
      roleId: role.id,
      source: toSourceView(source),
      year: f.year,
      region: f.region,
      currency: f.currency,
      period: f.period,
      indicative: f.indicative ?? false,
      ...(f.basis ? { basis: f.basis } : {}),
      ...(f.series ? { series: f.series } : {}),
      ...(f.median !== undefined ? { median: f.median } : {}),
      ...(f.mean !== undefined ? { mean: f.mean } : {}),
      ...(f.entry ? { entry: f.entry } : {}),
      ...(f.experienced ? { experienced: f.experienced } : {}),
      ...(f.percentiles ? { percentiles: f.percentiles } : {}),
      ...(f.note ? { note: f.note } : {}),
    };
  });
}

/**
 * A role's figures depend on the role and the period only, and one answer asks for them several times
 * (facts, sources, notes, key difference): made once per role and period, frozen since answers share them.
 */
const figuresByEntry = new WeakMap<RoleEntry, { annual?: readonly FigureView[]; hourly?: readonly FigureView[] }>();

/** A role's pay figures, per year unless `period` asks per hour (where the source has hourly rates). */
export function figuresOf(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod = "annual"): readonly FigureView[] {
  let made = figuresByEntry.get(entry);
  if (!made) figuresByEntry.set(entry, (made = {}));
  return (made[period] ??= Object.freeze(makeFigures(knowledge, entry, period).map((f) => Object.freeze(f))));
}

/** A catch-all group's series title: "Computer Occupations, All Other". */
export const CATCH_ALL = /,? all other$/i;

/**
 * Where the figures are another occupation's: a broad group's ("29-2010"), or for one of O*NET's
 * specialties the occupation it is filed under, when its title shares no word with it (Clinical
 * Research Coordinators under Natural Sciences Managers: a manager's pay, not a coordinator's;
 * Acute Care Nurses under Registered Nurses need no note).
 */
function borrowedSeriesNote(entry: RoleEntry & { kind: "occupation" }, series: WageSeries): { indicative: true; note: string } | Record<string, never> {
  const { occupation } = entry;
  if (occupation.wages?.fallback === "broad")
    return { indicative: true, note: `BLS publishes no wages for this occupation alone; these are for the broader group ${series.code} ${series.title}.` };
  if (occupation.code.endsWith(".00")) return {};
  const own = titleStems(occupation.singular);
  if ([...titleStems(series.title)].some((w) => own.has(w))) return {};
  return {
    indicative: true,
    note: `BLS publishes no wages for ${occupation.title} alone; these are for ${CATCH_ALL.test(series.title) ? "the catch-all group " : ""}${series.code} ${series.title}, the occupation O*NET files it under, so they are only indicative.`,
  };
}

function makeFigures(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): FigureView[] {
  if (entry.kind === "curated") return curatedFigures(knowledge, entry.role, period);
  const wages = entry.occupation.wages;
  const series = wages && knowledge.wageSeries(wages.series);
  if (!series) return [];
  return [seriesFigure(knowledge, entry.id, series, borrowedSeriesNote(entry, series), period)];
}

/** The overview's "Median pay" fact from the headline figure: "≥" for a top-coded median, "an hour" for an hourly one. */
export function medianPayFact(figures: readonly FigureView[]): Fact | null {
  const headline = headlineFigure(figures);
  if (headline?.median === undefined) return null;
  const amount = `${headline.medianAtLeast ? "≥ " : ""}${formatMoney(headline.median, headline.currency)}${headline.period === "hourly" ? " an hour" : ""}`;
  // A loose series is flagged wherever its figure is shown, not only on the pay view.
  return { label: "Median pay", value: `${amount} (${headline.region}, ${figureAttribution(headline)}${headline.indicative ? ", indicative" : ""})` };
}

/** The figure to lead with: a dated, sourced median (the statistics agency's) before an undated one. */
export function headlineFigure(figures: readonly FigureView[]): FigureView | undefined {
  const withMedian = figures.filter((f) => f.median !== undefined);
  return withMedian.find((f) => f.year !== null) ?? withMedian[0] ?? figures[0];
}
