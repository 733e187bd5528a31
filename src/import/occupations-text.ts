// The compiled occupations file as written: one ASCII JSON line with what a start-up needs (its
// own length, the header, every occupation's codes and title count, the small parts of the name
// index), then one line per occupation with its details, then one per occupation with its titles,
// each in the order of the occupations, which the loader parses on first use
// (knowledge/occupation-details.ts). The name index's lists go in a binary file beside it
// (knowledge/name-index-file.ts).
import { randomBytes } from "node:crypto";
import { FIRST_LINE_BYTES_FIELD, LINE_BYTES_FIELD, splitOccupation } from "../knowledge/occupation-details.js";
import { splitNameIndex } from "../knowledge/name-index-file.js";
import type { OccupationsFile } from "../knowledge/occupations-schema.js";
import { asciiJson } from "./ascii-json.js";

/** The text of the occupations file, and the bytes of its name index's lists file (null for a file without a name index). */
export function occupationsText(file: OccupationsFile): { text: string; names: Buffer | null } {
  const cores: object[] = [];
  const sections: string[][] = [];
  for (const occupation of file.occupations) {
    const { core, lines } = splitOccupation(occupation);
    cores.push(core);
    lines.forEach((line, s) => (sections[s] ??= []).push(asciiJson(line)));
  }
  const codes = file.occupations.map((o) => o.code);
  // A new stamp each time: lists left from another import never pass for this one's.
  const names = file.nameIndex ? splitNameIndex(file.nameIndex, codes, randomBytes(16).toString("hex")) : null;
  // The length of each line after the first (ASCII: one byte a character), so the loader finds them without a scan.
  const lineBytes = sections.flatMap((lines) => lines.map((line) => line.length));
  const first = { ...file, occupations: cores, ...(names ? { nameIndex: names.written } : {}), [LINE_BYTES_FIELD]: lineBytes };
  return { text: withLength(asciiJson(first)) + sections.map((lines) => lines.join("")).join(""), names: names?.bytes ?? null };
}

/** Digits of the first line's length, padded with spaces (JSON allows them after a number) so the length does not depend on itself. */
const LENGTH_WIDTH = 12;

/** The first line, starting with its own length in bytes (newline included), which the loader reads first. */
function withLength(line: string): string {
  const note = (length: number) => `{"${FIRST_LINE_BYTES_FIELD}":${String(length).padEnd(LENGTH_WIDTH)},`;
  const length = line.length - 1 + note(0).length; // ASCII: one byte a character; the note replaces the "{"
  return note(length) + line.slice(1);
}
