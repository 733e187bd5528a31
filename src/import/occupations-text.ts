// The compiled occupations file as written: one ASCII JSON line with what a start-up needs (its
// own length, the header, every occupation's codes and title count, the name index), then one line per occupation
// with its details, then one per occupation with its titles, each in the order of the occupations,
// which the loader parses on first use (knowledge/occupation-details.ts).
import { FIRST_LINE_BYTES_FIELD, splitOccupation } from "../knowledge/occupation-details.js";
import type { OccupationsFile } from "../knowledge/occupations-schema.js";
import { asciiJson } from "./ascii-json.js";

export function occupationsText(file: OccupationsFile): string {
  const cores: object[] = [];
  const sections: string[][] = [];
  for (const occupation of file.occupations) {
    const { core, lines } = splitOccupation(occupation);
    cores.push(core);
    lines.forEach((line, s) => (sections[s] ??= []).push(asciiJson(line)));
  }
  return withLength(asciiJson({ ...file, occupations: cores })) + sections.map((lines) => lines.join("")).join("");
}

/** Digits of the first line's length, padded with spaces (JSON allows them after a number) so the length does not depend on itself. */
const LENGTH_WIDTH = 12;

/** The first line, starting with its own length in bytes (newline included), which the loader reads first. */
function withLength(line: string): string {
  const note = (length: number) => `{"${FIRST_LINE_BYTES_FIELD}":${String(length).padEnd(LENGTH_WIDTH)},`;
  const length = line.length - 1 + note(0).length; // ASCII: one byte a character; the note replaces the "{"
  return note(length) + line.slice(1);
}
