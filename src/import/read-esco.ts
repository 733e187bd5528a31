// ESCO English occupations (occupations_en.csv: quoted fields, altLabels separated by newlines
// inside the quotes, so a real CSV parser is used) and the ESCO -> O*NET-SOC crosswalk workbook.
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { readTable } from "./read-workbook.js";
import { ImportError } from "./import-error.js";

const CSV_COLUMNS = ["preferredLabel", "altLabels", "code"] as const;
const CROSSWALK_CODE = "ESCO/ISCO Code";
const CROSSWALK_TITLE = "ESCO/ISCO Title";
const CROSSWALK_ONET = "O*NET-SOC 2019 Code";

interface EscoOccupation {
  preferred: string;
  alternatives: string[];
}

export async function readEscoOccupations(file: string, label: string): Promise<Map<string, EscoOccupation>> {
  const byCode = new Map<string, EscoOccupation>();
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true }));
  let checked = false;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      if (!checked) {
        const missing = CSV_COLUMNS.filter((c) => !(c in record));
        if (missing.length > 0)
          throw new ImportError(`${label} does not have the expected columns: ${CSV_COLUMNS.join(", ")} (missing ${missing.join(", ")}).`);
        checked = true;
      }
      const code = (record.code ?? "").trim();
      if (!code) continue;
      const alternatives = (record.altLabels ?? "")
        .split(/\r?\n/)
        .map((s) => s.replace(/\s+/g, " ").trim())
        .filter(Boolean);
      byCode.set(code, { preferred: (record.preferredLabel ?? "").trim(), alternatives });
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${label} could not be read as CSV (${(error as Error).message}).`);
  }
  if (byCode.size === 0) throw new ImportError(`${label} has no occupations: expected a CSV with the columns ${CSV_COLUMNS.join(", ")}.`);
  return byCode;
}

/**
 * O*NET-SOC code -> ESCO English labels (preferred, then alternatives) of the ESCO occupations the
 * crosswalk maps to it. Rows naming an ISCO group (a code without a dot) are skipped: they are
 * groups, not ESCO occupations. A code missing from this ESCO version keeps the crosswalk's title.
 */
export async function readEscoCrosswalk(
  file: string,
  label: string,
  esco: Map<string, EscoOccupation>,
): Promise<{ labels: Map<string, string[]>; unmatched: number }> {
  const labels = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  let unmatched = 0;
  await readTable(file, label, [CROSSWALK_CODE, CROSSWALK_TITLE, CROSSWALK_ONET], (row) => {
    const escoCode = row.text(CROSSWALK_CODE);
    const onet = row.text(CROSSWALK_ONET);
    if (!escoCode.includes(".") || !/^\d{2}-\d{4}\.\d{2}$/.test(onet)) return;
    const occupation = esco.get(escoCode);
    if (!occupation) unmatched++;
    const found = occupation ? [occupation.preferred, ...occupation.alternatives] : [row.text(CROSSWALK_TITLE)];
    let list = labels.get(onet);
    let keys = seen.get(onet);
    if (!list || !keys) {
      labels.set(onet, (list = []));
      seen.set(onet, (keys = new Set()));
    }
    for (const text of found) {
      const key = text.toLowerCase();
      if (text && !keys.has(key)) {
        keys.add(key);
        list.push(text);
      }
    }
  });
  return { labels, unmatched };
}
