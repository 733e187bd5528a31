// Streams an .xlsx workbook with exceljs (rows are never all held in memory at once) and maps rows
// to records by their header names, so a release that moves columns still reads, and one that
// renames or drops a column fails naming the file and the columns it expected.
import ExcelJS from "exceljs";
import { assertCompleteZip } from "./check-zip.js";
import { ImportError } from "./import-error.js";
import { plainCell, textOf, numberOf, type Cell } from "./cell-value.js";

export interface SheetVisitor {
  row(cells: Cell[], rowNumber: number): void;
  /** Called when the sheet has been read to the end. */
  end?(): void;
}

/** Reads every sheet; `pick` returns a visitor for the sheets wanted. Returns the sheet names seen. */
export async function readWorkbook(file: string, label: string, pick: (sheetName: string, index: number) => SheetVisitor | undefined): Promise<string[]> {
  await assertCompleteZip(file, label);
  const names: string[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const visitor = pick(name, names.length);
      names.push(name);
      for await (const row of worksheet) {
        if (!visitor) continue;
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
        try {
          visitor.row(cells, row.number);
        } catch (error) {
          throw new VisitorError(error);
        }
      }
      try {
        visitor?.end?.();
      } catch (error) {
        throw new VisitorError(error);
      }
    }
  } catch (error) {
    if (error instanceof VisitorError) throw error.original;
    if (error instanceof ImportError) throw error;
    // exceljs's streaming reader fails on workbooks whose sheets come before the workbook part in
    // the zip (some writers order them so); such a workbook is read whole instead.
    if (names.length === 0 && /reading 'sheets'/.test((error as Error).message)) return readWholeWorkbook(file, label, pick);
    throw new ImportError(`${label} could not be read as an Excel workbook (${(error as Error).message}). The file may be corrupt: download it again.`);
  }
  return names;
}

async function readWholeWorkbook(file: string, label: string, pick: (sheetName: string, index: number) => SheetVisitor | undefined): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new ImportError(`${label} could not be read as an Excel workbook (${(error as Error).message}). The file may be corrupt: download it again.`);
  }
  const names: string[] = [];
  for (const worksheet of workbook.worksheets) {
    const visitor = pick(worksheet.name, names.length);
    names.push(worksheet.name);
    if (!visitor) continue;
    worksheet.eachRow((row, rowNumber) => {
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
      visitor.row(cells, rowNumber);
    });
    visitor.end?.();
  }
  return names;
}

/** An error from our own row handling, passed through as it is rather than blamed on the file. */
class VisitorError extends Error {
  constructor(readonly original: unknown) {
    super("row handler failed");
  }
}

/** One data row, read by column name. */
export interface Row {
  cell(column: string): Cell;
  readonly cells: readonly Cell[];
  text(column: string): string;
  num(column: string): number | null;
  readonly number: number;
}

/** A column by its exact header, or by a pattern (for headers that carry a release's years), read under `key`. */
export type Column = string | { key: string; match: RegExp };

/**
 * A visitor that finds the header row (the first of the first `searchRows` rows holding every
 * required column) and hands each later row to `onRow`, until `stopWhen` says the table ended.
 */
export function tableVisitor(
  where: string,
  required: readonly Column[],
  onRow: (row: Row) => void,
  options: { searchRows?: number; optional?: readonly Column[]; onHeader?: (names: string[]) => void } = {},
): SheetVisitor & { readonly found: boolean } {
  const searchRows = options.searchRows ?? 12;
  let header: Map<string, number> | undefined;
  let seen = 0;
  let firstRow: string[] = [];
  const normal = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  const wanted = [...required, ...(options.optional ?? [])];
  const declared = new Set(wanted.map((c) => (typeof c === "string" ? c : c.key)));
  return {
    get found() {
      return header !== undefined;
    },
    row(cells, rowNumber) {
      if (!header) {
        seen++;
        const names = cells.map((c) => normal(textOf(c)));
        if (firstRow.length === 0 && names.some(Boolean)) firstRow = cells.map(textOf).filter(Boolean);
        // Each column takes the first header cell it matches that no earlier column took, so two
        // columns can share a pattern ("Employment, 2024" and "Employment, 2034").
        const resolve = (cols: readonly Column[]) => {
          const used = new Set<number>();
          return cols.map((col) => {
            const at = names.findIndex((n, i) => !used.has(i) && (typeof col === "string" ? n === normal(col) : col.match.test(n)));
            if (at >= 0) used.add(at);
            return at;
          });
        };
        if (resolve(required).every((at) => at >= 0)) {
          header = new Map();
          resolve(wanted).forEach((at, i) => {
            const col = wanted[i]!;
            if (at >= 0) header!.set(typeof col === "string" ? col : col.key, at);
          });
          options.onHeader?.(cells.map(textOf));
        } else if (seen >= searchRows) {
          throw missingColumns(where, required, firstRow);
        }
        return;
      }
      const map = header;
      const cell = (column: string): Cell => {
        const at = map.get(column);
        if (at === undefined) {
          // An optional column this release does not have reads as blank.
          if (declared.has(column)) return null;
          throw new Error(`column ${column} was not declared for ${where}`);
        }
        return cells[at] ?? null;
      };
      onRow({ cell, cells, text: (c) => textOf(cell(c)), num: (c) => numberOf(cell(c)), number: rowNumber });
    },
    end() {
      if (!header) throw missingColumns(where, required, firstRow);
    },
  };
}

function missingColumns(where: string, required: readonly Column[], found: string[]): ImportError {
  const shown = found.length > 0 ? ` First row found: ${found.slice(0, 12).join(", ")}.` : " The sheet is empty.";
  const names = required.map((c) => (typeof c === "string" ? c : c.key));
  return new ImportError(`${where} does not have the expected columns: ${names.join(", ")}.${shown}`);
}

/** Reads the first sheet of a workbook (or the sheet named `sheet`) as a table with the required columns. */
export async function readTable(
  file: string,
  label: string,
  required: readonly Column[],
  onRow: (row: Row) => void,
  options: { sheet?: string; searchRows?: number; optional?: readonly Column[]; onHeader?: (names: string[]) => void } = {},
): Promise<void> {
  let visited = false;
  const sheetNames = await readWorkbook(file, label, (name, index) => {
    if (visited || (options.sheet ? name !== options.sheet : index !== 0)) return undefined;
    visited = true;
    return tableVisitor(options.sheet ? `${label}, sheet "${name}",` : label, required, onRow, options);
  });
  if (!visited) {
    const expected = options.sheet ? `a sheet named "${options.sheet}"` : "at least one sheet";
    throw new ImportError(`${label} does not have ${expected} (sheets found: ${sheetNames.join(", ") || "none"}).`);
  }
}
