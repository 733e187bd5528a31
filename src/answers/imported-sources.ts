// Source views and credit lines for what the O*NET/BLS import brought in. Built from the releases
// stamped in the compiled file, so an answer always names the release its figures come from.
import type { ImportedData } from "../knowledge/knowledge-base.js";
import type { SourceView } from "./answer.js";
import { madeOnce } from "./made-once.js";

const BLS = "U.S. Bureau of Labor Statistics";

/** "May 2025" -> 2025; a release name without a year falls back to the given one. */
function yearOf(release: string, fallback: number): number {
  const match = /\b(19|20)\d{2}\b/.exec(release);
  return match ? Number(match[0]) : fallback;
}

/** One view per import and kind, made on first use: every answer about an occupation cites them. */
const onetViews = new WeakMap<ImportedData, SourceView>();
const projectionsViews = new WeakMap<ImportedData, SourceView>();

export function onetSource(imported: ImportedData): SourceView {
  return madeOnce(onetViews, imported, makeOnetSource);
}

export function projectionsSource(imported: ImportedData): SourceView {
  return madeOnce(projectionsViews, imported, makeProjectionsSource);
}

function makeOnetSource(imported: ImportedData): SourceView {
  const { version, release } = imported.sources.onet;
  return {
    id: "onet",
    kind: "occupation-database",
    title: `O*NET ${version} Database`,
    url: "https://www.onetcenter.org/database.html",
    year: yearOf(release, imported.sources.oews.year),
    publisher: "USDOL/ETA",
  };
}

export function oewsSource(imported: ImportedData, seriesCode: string, seriesTitle: string): SourceView {
  const { year, release } = imported.sources.oews;
  return {
    id: `bls-oews-${year}-${seriesCode}`,
    kind: "wage-table",
    title: `Occupational Employment and Wages, ${release}: ${seriesCode} ${seriesTitle}`,
    url: `https://www.bls.gov/oes/${year}/may/oes${seriesCode.replace("-", "")}.htm`,
    year,
    publisher: BLS,
  };
}

function makeProjectionsSource(imported: ImportedData): SourceView {
  const { release } = imported.sources.projections;
  // BLS publishes projections from base year N (the "2024" of "2024–34") in the autumn of N + 1.
  return {
    id: "bls-ep",
    kind: "projections",
    title: `Employment Projections ${release}: occupational projections and worker characteristics (table 1.2)`,
    url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
    year: yearOf(release, imported.sources.oews.year - 1) + 1,
    publisher: BLS,
  };
}
