// BLS Employment Projections occupation workbook, Table 1.2: one "Line item" row per occupation
// the projections publish. Column headers carry the projection years, so they are matched by pattern.
import { readTable, type Column } from "./read-workbook.js";
import { ImportError } from "./import-error.js";

export interface ProjectionRow {
  code: string;
  title: string;
  employmentStart: number | null;
  employmentEnd: number | null;
  changeNumeric: number | null;
  changePercent: number | null;
  openingsPerYear: number | null;
  entryEducation: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
}

export const PROJECTIONS_SHEET = "Table 1.2";
const COLUMNS: Column[] = [
  { key: "code", match: /national employment matrix code/ },
  { key: "title", match: /national employment matrix title/ },
  { key: "type", match: /^occupation type$/ },
  { key: "start", match: /^employment, \d{4}$/ },
  { key: "end", match: /^employment, \d{4}$/ },
  { key: "changeNumeric", match: /^employment change, numeric/ },
  { key: "changePercent", match: /^employment change, percent/ },
  { key: "openings", match: /^occupational openings/ },
  { key: "education", match: /^typical education needed for entry/ },
  { key: "experience", match: /^work experience in a related occupation/ },
  { key: "training", match: /^typical on-the-job training/ },
];

export interface Projections {
  release: string;
  rows: ProjectionRow[];
}

export async function readProjections(file: string, label: string): Promise<Projections> {
  const rows: ProjectionRow[] = [];
  let years: number[] = [];
  const published = (text: string) => (text === "" || text === "—" || text === "-" ? null : text);
  await readTable(
    file,
    label,
    COLUMNS,
    (row) => {
      if (row.text("type").toLowerCase() !== "line item") return;
      const code = row.text("code");
      if (!/^\d{2}-\d{4}$/.test(code)) return;
      rows.push({
        code,
        title: row.text("title"),
        employmentStart: row.num("start"),
        employmentEnd: row.num("end"),
        changeNumeric: row.num("changeNumeric"),
        changePercent: row.num("changePercent"),
        openingsPerYear: row.num("openings"),
        entryEducation: published(row.text("education")),
        workExperience: published(row.text("experience")),
        onTheJobTraining: published(row.text("training")),
      });
    },
    {
      sheet: PROJECTIONS_SHEET,
      // "Employment, 2024" / "Employment, 2034": the projection period, e.g. "2024–34".
      onHeader: (names) =>
        (years = names
          .map((n) => /^Employment, (\d{4})$/i.exec(n)?.[1])
          .filter((y): y is string => !!y)
          .map(Number)),
    },
  );
  if (rows.length === 0) throw new ImportError(`${label}, sheet "${PROJECTIONS_SHEET}", has no rows with Occupation type "Line item".`);
  const [start, end] = years;
  return { release: start && end ? `${start}–${String(end).slice(-2)}` : "", rows };
}
