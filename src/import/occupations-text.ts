// The compiled occupations file as written: one ASCII JSON line with what a start-up needs (the
// header, every occupation's codes and title count, the name index), then one line per occupation
// with its details, then one per occupation with its titles, each in the order of the occupations,
// which the loader parses on first use (knowledge/occupation-details.ts).
import { splitOccupation } from "../knowledge/occupation-details.js";
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
  return asciiJson({ ...file, occupations: cores }) + sections.map((lines) => lines.join("")).join("");
}
