// Writes the compiled occupations file and its name index's lists file, each atomically. The lists
// go first: a crash between the two leaves the old occupations file with new lists, whose stamps
// differ, so the loader asks for a new import instead of reading lists that do not fit.
import { unlink } from "node:fs/promises";
import { namesFileOf } from "../knowledge/name-index-file.js";
import type { OccupationsFile } from "../knowledge/occupations-schema.js";
import { occupationsText } from "./occupations-text.js";
import { writeFileAtomic } from "./write-atomic.js";

/** Writes `file` to `path` (and its lists beside it); returns how many bytes the two hold. */
export async function writeOccupationsFiles(path: string, file: OccupationsFile): Promise<number> {
  const { text, names } = occupationsText(file);
  const namesPath = namesFileOf(path);
  if (names) await writeFileAtomic(namesPath, names);
  else await unlink(namesPath).catch(() => undefined); // a file without a name index: no lists left over to confuse anyone
  await writeFileAtomic(path, text);
  return Buffer.byteLength(text) + (names?.length ?? 0);
}
