// Reads the compiled occupations file that `npm run import-occupations` writes: its first line at
// once, each occupation's details when first used. Absent file: the bot runs on the curated roles alone. A file of another format version or with a broken shape stops
// start-up with a message that says to import again, never a half-loaded base.
import { isAscii } from "node:buffer";
import { readFile } from "node:fs/promises";
import { formatIssue } from "./format-issue.js";
import { KnowledgeError } from "./knowledge-error.js";
import { attachDetails } from "./occupation-details.js";
import { OCCUPATIONS_FORMAT, occupationsFileSchema, type OccupationsFile } from "./occupations-schema.js";

const REIMPORT = "re-run `npm run import-occupations -- --from <folder>` (see the README)";

/** The parts of the file the loader checks on every start: the importer validated the whole file before writing it. */
const headerSchema = occupationsFileSchema
  .pick({ format: true, generatedAt: true, contentHash: true, sources: true, elements: true, categories: true, jobZones: true, majorGroups: true })
  .loose();

/**
 * `full` validates every occupation against the schema (validate-data, tests): about half a second
 * on this data. A start-up checks the header and the shape of the lists only, since the importer
 * validated the file before it wrote it and a format version guards against older writers.
 */
export async function loadOccupations(file: string, display: string, validation: "full" | "header" = "header"): Promise<OccupationsFile | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new KnowledgeError([`${display}: cannot be read (${(error as Error).message})`], display);
  }
  // The first line is the start-up's part; the occupations' details lines follow (see import/occupations-text.ts).
  const firstLineEnd = bytes.indexOf(10);
  const head = firstLineEnd === -1 ? bytes : bytes.subarray(0, firstLineEnd);
  let raw: unknown;
  try {
    // The importer writes ASCII (see import/ascii-json.ts): read as one-byte text, the fast path.
    raw = JSON.parse(head.toString(isAscii(head) ? "latin1" : "utf8"));
  } catch (error) {
    throw new KnowledgeError([`${display}: not valid JSON (${(error as Error).message}); ${REIMPORT}`], display);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== OCCUPATIONS_FORMAT) {
    throw new KnowledgeError(
      [
        `${display}: format: expected "${OCCUPATIONS_FORMAT}", got ${JSON.stringify(format ?? null)}; it was written by another version of the importer, so ${REIMPORT}`,
      ],
      display,
    );
  }
  const header = checkHeader(raw);
  if (header.success) {
    // A copy of the details lines alone, so the bytes of the first line can be freed.
    const details = Buffer.from(bytes.subarray(firstLineEnd === -1 ? bytes.length : firstLineEnd + 1));
    attachDetails((raw as { occupations: object[] }).occupations, details, display, REIMPORT);
  }
  const parsed = validation === "full" && header.success ? occupationsFileSchema.safeParse(raw) : header;
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => `${display}: ${formatIssue(issue)}`);
    problems.push(`${display}: the file does not match what this version expects; ${REIMPORT}`);
    throw new KnowledgeError(problems, display);
  }
  return parsed.data;
}

function checkHeader(raw: unknown): ReturnType<typeof occupationsFileSchema.safeParse> {
  const header = headerSchema.safeParse(raw);
  if (!header.success) return header as ReturnType<typeof occupationsFileSchema.safeParse>;
  const body = raw as { occupations?: unknown; wageSeries?: unknown };
  const problems: string[] = [];
  if (!Array.isArray(body.occupations)) problems.push("occupations");
  if (typeof body.wageSeries !== "object" || body.wageSeries === null) problems.push("wageSeries");
  if (problems.length) return occupationsFileSchema.safeParse({ ...(raw as object), occupations: body.occupations ?? null });
  return { success: true, data: raw as OccupationsFile };
}
