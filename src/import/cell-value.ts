// exceljs hands back cells as numbers, strings, rich text, formula results, hyperlinks or dates;
// the importer only wants plain text or numbers.
export type Cell = string | number | null;

export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if ("result" in v) return plainCell(v.result);
    if (v.text !== undefined) return plainCell(v.text);
  }
  return null;
}

export function textOf(cell: Cell): string {
  return cell === null ? "" : String(cell).trim();
}

/** A number, or null for blanks and the publishers' "not available" marks. */
export function numberOf(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") {
    const n = Number(cell.replace(/,/g, "").trim());
    return cell.trim() !== "" && Number.isFinite(n) ? n : null;
  }
  return null;
}
