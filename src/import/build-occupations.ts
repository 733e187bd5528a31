// Assembles the compiled occupations from what the readers returned: numbers aligned to element
// and category lists, pay series with the broad fallback, projections with EP aggregates mapped.
import type { Occupation, OccupationsFile, WageSeries } from "../knowledge/occupations-schema.js";
import type { Distributions, ElementTable, JobZoneInfo, OccupationRow, TitleLists } from "./read-onet.js";
import type { ProjectionMatch } from "./map-projections.js";
import { DISTRIBUTION_SCALES } from "./read-onet.js";
import { categoryLabel } from "./category-labels.js";
import { singularTitle } from "./singularise.js";
import { withTitleShortForms } from "./title-short-forms.js";

export interface ImportedParts {
  occupations: OccupationRow[];
  tasks: Map<string, string[]>;
  skills: ElementTable;
  knowledge: ElementTable;
  workStyles: ElementTable;
  workValues: ElementTable;
  interests: ElementTable;
  distributions: Distributions;
  categories: Map<string, Map<number, string>>;
  jobZones: Map<string, number>;
  jobZoneReference: JobZoneInfo[];
  related: Map<string, { code: string; tier: string }[]>;
  alternateTitles: TitleLists;
  reportedTitles: { reported: Map<string, string[]>; myNextMove: Map<string, string[]> };
  hotTechnologies: Map<string, string[]>;
  wageSeries: Record<string, WageSeries>;
  projection: (socCode: string) => ProjectionMatch | null;
  majorGroups: Record<string, string>;
  escoLabels: Map<string, string[]> | null;
}

type Body = Pick<OccupationsFile, "elements" | "categories" | "jobZones" | "majorGroups" | "wageSeries" | "occupations">;

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

export function buildOccupations(parts: ImportedParts): Body {
  const categoryNumbers = new Map(DISTRIBUTION_SCALES.map((scale) => [scale, [...(parts.categories.get(scale)?.keys() ?? [])].sort((a, b) => a - b)]));
  const labels = (scale: string) => categoryNumbers.get(scale as never)!.map((n) => categoryLabel(parts.categories.get(scale)!.get(n)!));

  const occupations = parts.occupations.map((row): Occupation => {
    const code = row.code;
    const soc = code.slice(0, 7);
    const projection = parts.projection(soc);
    const singular = singularTitle(row.title);
    return {
      code,
      title: row.title,
      singular,
      majorGroup: code.slice(0, 2),
      description: row.description,
      tasks: parts.tasks.get(code) ?? [],
      hasRatings: parts.tasks.has(code) || parts.skills.values.has(code) || parts.knowledge.values.has(code),
      skills: rated(parts.skills, code),
      knowledge: rated(parts.knowledge, code),
      workStyles: scalar(parts.workStyles, code, "IM"),
      workValues: scalar(parts.workValues, code, "EX"),
      interests: scalar(parts.interests, code, "OI"),
      hotTechnologies: parts.hotTechnologies.get(code) ?? [],
      education: distribution(parts.distributions, code, "RL", categoryNumbers.get("RL")!),
      experience: distribution(parts.distributions, code, "RW", categoryNumbers.get("RW")!),
      training: distribution(parts.distributions, code, "OJ", categoryNumbers.get("OJ")!),
      jobZone: parts.jobZones.get(code) ?? null,
      wages: wageSeriesFor(parts.wageSeries, soc),
      projection: projection && {
        code: projection.row.code,
        title: projection.row.title,
        aggregate: projection.aggregate,
        employment2024: projection.row.employmentStart,
        employment2034: projection.row.employmentEnd,
        changePercent: projection.row.changePercent,
        changeNumeric: projection.row.changeNumeric,
        openingsPerYear: projection.row.openingsPerYear,
        entryEducation: projection.row.entryEducation,
        workExperience: projection.row.workExperience,
        onTheJobTraining: projection.row.onTheJobTraining,
      },
      related: parts.related.get(code) ?? [],
      titles: {
        alternate: withTitleShortForms(parts.alternateTitles.alternate.get(code) ?? [], singular),
        short: parts.alternateTitles.short.get(code) ?? [],
        reported: parts.reportedTitles.reported.get(code) ?? [],
        myNextMove: parts.reportedTitles.myNextMove.get(code) ?? [],
        esco: parts.escoLabels?.get(code) ?? [],
      },
    };
  });

  return {
    elements: {
      skills: parts.skills.elements,
      knowledge: parts.knowledge.elements,
      workStyles: parts.workStyles.elements,
      workValues: parts.workValues.elements,
      interests: parts.interests.elements,
    },
    categories: { education: labels("RL"), experience: labels("RW"), training: labels("OJ") },
    jobZones: parts.jobZoneReference,
    majorGroups: parts.majorGroups,
    wageSeries: parts.wageSeries,
    occupations,
  };
}

/** [importance, level] per element; null where importance is missing or O*NET recommends suppressing it. */
function rated(table: ElementTable, code: string): ([number, number | null] | null)[] {
  const byElement = table.values.get(code);
  return table.elements.map((name) => {
    const scales = byElement?.get(name);
    const importance = scales?.get("IM");
    if (!importance || importance.unreliable) return null;
    const level = scales?.get("LV");
    return [round(importance.value), level && !level.unreliable ? round(level.value) : null];
  });
}

function scalar(table: ElementTable, code: string, scale: string): (number | null)[] {
  const byElement = table.values.get(code);
  return table.elements.map((name) => {
    const value = byElement?.get(name)?.get(scale);
    return value && !value.unreliable ? round(value.value) : null;
  });
}

/** Percent per category; null when the occupation has no rows for the scale. */
function distribution(d: Distributions, code: string, scale: string, categories: number[]): number[] | null {
  const values = d.values.get(code)?.get(scale);
  if (!values) return null;
  return categories.map((n) => Math.min(100, Math.max(0, round(values.get(n) ?? 0))));
}

/** The detailed OEWS series, else the broad one (first 6 characters + "0"), else none. */
function wageSeriesFor(series: Record<string, WageSeries>, soc: string): Occupation["wages"] {
  if (series[soc]) return { series: soc, fallback: "none" };
  const broad = `${soc.slice(0, 6)}0`;
  if (series[broad]) return { series: broad, fallback: "broad" };
  return null;
}
