// The compiled occupations file as written: one ASCII JSON line with what a start-up needs (the
// header, every occupation's codes and titles, the name index), then one line per occupation with
// its details, in the same order, which the loader parses on first use (knowledge/occupation-details.ts).
import { splitDetails } from "../knowledge/occupation-details.js";
import type { OccupationsFile } from "../knowledge/occupations-schema.js";
import { asciiJson } from "./ascii-json.js";

export function occupationsText(file: OccupationsFile): string {
  const cores: object[] = [];
  const lines: string[] = [];
  for (const occupation of file.occupations) {
    const { core, details } = splitDetails(occupation);
    cores.push(core);
    lines.push(asciiJson(details));
  }
  return asciiJson({ ...file, occupations: cores }) + lines.join("");
}
