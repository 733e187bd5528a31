// BLS OEWS national wages (national_M<year>_dl.xlsx): every detailed and broad series, with `#`
// (at or above the top code) kept as "at least" and `*`/`**` (not available) as null.
import { readWorkbook, tableVisitor } from "./read-workbook.js";
import { textOf, type Cell } from "./cell-value.js";
import { ImportError } from "./import-error.js";
import type { WageBand, WageSeries, WageValue } from "../knowledge/occupations-schema.js";

const BANDS = ["MEAN", "PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90"] as const;
const BAND_KEYS = ["mean", "p10", "p25", "median", "p75", "p90"] as const;
export const OEWS_COLUMNS = ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", ...BANDS.flatMap((b) => [`H_${b}`, `A_${b}`]), "ANNUAL", "HOURLY"];

export interface OewsRelease {
  release: string;
  series: Record<string, WageSeries>;
  topCoded: number;
}

const TOP = Symbol("top-coded");
type RawValue = number | null | typeof TOP;

export async function readOews(file: string, label: string, year: number): Promise<OewsRelease> {
  const raw: { series: Omit<WageSeries, "annual" | "hourly">; annual: RawValue[]; hourly: RawValue[] }[] = [];
  let topHourly: number | undefined;
  let topAnnual: number | undefined;
  let release = `May ${year}`;
  let dataSheet: string | undefined;
  await readWorkbook(file, label, (name, index) => {
    if (index === 0) {
      dataSheet = name;
      return tableVisitor(label, OEWS_COLUMNS, (row) => {
        const group = row.text("O_GROUP").toLowerCase();
        if (group !== "detailed" && group !== "broad") return;
        const code = row.text("OCC_CODE");
        if (!/^\d{2}-\d{4}$/.test(code)) throw new ImportError(`${label} row ${row.number}: OCC_CODE "${code}" is not a SOC code (expected like 15-1252).`);
        const employment = row.num("TOT_EMP");
        raw.push({
          series: {
            code,
            title: row.text("OCC_TITLE"),
            group,
            employment: employment === null ? null : Math.round(employment),
            annualOnly: row.text("ANNUAL").toUpperCase() === "TRUE",
            hourlyOnly: row.text("HOURLY").toUpperCase() === "TRUE",
          },
          annual: BANDS.map((b) => wageCell(row.cell(`A_${b}`))),
          hourly: BANDS.map((b) => wageCell(row.cell(`H_${b}`))),
        });
      });
    }
    if (/field descriptions/i.test(name)) {
      return {
        row(cells: Cell[]) {
          for (const cell of cells) {
            const text = textOf(cell);
            const estimates = /^(\w+ \d{4}) OEWS Estimates/i.exec(text);
            if (estimates) release = estimates[1]!;
            // "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year"
            const top = /^#\s*=.*?\$([\d,.]+)\s+per hour.*?\$([\d,.]+)\s+per year/i.exec(text);
            if (top) {
              topHourly = Number(top[1]!.replace(/,/g, ""));
              topAnnual = Number(top[2]!.replace(/,/g, ""));
            }
          }
        },
      };
    }
    return undefined;
  });
  if (!dataSheet) throw new ImportError(`${label} has no sheets: expected the OEWS data sheet with columns ${OEWS_COLUMNS.join(", ")}.`);
  let topCoded = 0;
  const resolve = (values: RawValue[], top: number | undefined): WageBand => {
    const band = {} as Record<(typeof BAND_KEYS)[number], WageValue | null>;
    values.forEach((v, i) => {
      if (v === TOP) {
        if (top === undefined)
          throw new ImportError(
            `${label} marks wages with "#" (at or above the top code) but its Field Descriptions sheet does not give the top code: expected a note like "# = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year".`,
          );
        topCoded++;
        band[BAND_KEYS[i]!] = { atLeast: top };
      } else band[BAND_KEYS[i]!] = v;
    });
    return band;
  };
  const series: Record<string, WageSeries> = {};
  for (const r of raw) series[r.series.code] = { ...r.series, annual: resolve(r.annual, topAnnual), hourly: resolve(r.hourly, topHourly) };
  return { release, series, topCoded };
}

function wageCell(cell: Cell): RawValue {
  if (typeof cell === "number") return cell >= 0 ? cell : null;
  const text = textOf(cell);
  if (text === "#") return TOP;
  if (text === "" || text.startsWith("*")) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) && n >= 0 ? n : null;
}
