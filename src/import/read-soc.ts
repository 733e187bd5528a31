// SOC structure (soc_structure_<year>.xlsx): its header sits several rows down, and the title
// column has no header of its own, so a row's title is its last text cell after the codes.
import { readTable } from "./read-workbook.js";
import { textOf } from "./cell-value.js";
import { ImportError } from "./import-error.js";

const LEVELS = ["Major Group", "Minor Group", "Broad Group", "Detailed Occupation"] as const;

export interface SocStructure {
  /** "15" -> "Computer and Mathematical Occupations". */
  majorGroups: Record<string, string>;
  /** Detailed code -> title. */
  detailed: Map<string, string>;
}

export async function readSocStructure(file: string, label: string): Promise<SocStructure> {
  const majorGroups: Record<string, string> = {};
  const detailed = new Map<string, string>();
  await readTable(file, label, LEVELS, (row) => {
    const texts = row.cells.map(textOf);
    const title = [...texts].reverse().find((t) => t && !/^\d{2}-\d{4}$/.test(t)) ?? "";
    const major = row.text("Major Group");
    const code = row.text("Detailed Occupation");
    if (/^\d{2}-0000$/.test(major)) majorGroups[major.slice(0, 2)] = title;
    if (/^\d{2}-\d{4}$/.test(code)) detailed.set(code, title);
  });
  if (Object.keys(majorGroups).length === 0) throw new ImportError(`${label} lists no major groups: expected codes like 11-0000 under "Major Group".`);
  return { majorGroups, detailed };
}
