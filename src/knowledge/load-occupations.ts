// Reads the compiled occupations file that `npm run import-occupations` writes: its first line at
// once, each occupation's details when first used. Absent file: the bot runs on the curated roles alone. A file of another format version or with a broken shape stops
// start-up with a message that says to import again, never a half-loaded base.
import { isAscii } from "node:buffer";
import { open, readFile, type FileHandle } from "node:fs/promises";
import { formatIssue } from "./format-issue.js";
import { KnowledgeError } from "./knowledge-error.js";
import { joinNameIndex, namesFileOf, writtenNameIndexSchema } from "./name-index-file.js";
import { attachDetails, FIRST_LINE_BYTES_FIELD, LINE_BYTES_FIELD } from "./occupation-details.js";
import { OCCUPATIONS_FORMAT, occupationsFileSchema, type NameIndex, type OccupationsFile } from "./occupations-schema.js";

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
  // Read beside the occupations file, needed once its first line names a stamp (settled into a value at once: no unhandled rejection).
  const names = readFile(namesFileOf(file)).then(
    (bytes) => ({ bytes }),
    (error: NodeJS.ErrnoException) => ({ error }),
  );
  let lines: { head: Buffer; rest: Buffer };
  try {
    lines = await readLines(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new KnowledgeError([`${display}: cannot be read (${(error as Error).message})`], display);
  }
  const { head, rest } = lines;
  let raw: unknown;
  let lineBytes: unknown;
  try {
    // The importer writes ASCII (see import/ascii-json.ts): read as one-byte text, the fast path.
    raw = JSON.parse(head.toString(isAscii(head) ? "latin1" : "utf8"));
    // The writer's notes of the lines' lengths (see import/occupations-text.ts), not part of the shape.
    if (typeof raw === "object" && raw !== null) {
      const notes = raw as Record<string, unknown>;
      lineBytes = notes[LINE_BYTES_FIELD];
      delete notes[FIRST_LINE_BYTES_FIELD];
      delete notes[LINE_BYTES_FIELD];
    }
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
    attachDetails((raw as { occupations: object[] }).occupations, rest, display, REIMPORT, lineBytes);
    const body = raw as { nameIndex?: unknown; occupations: { code?: unknown }[] };
    if (body.nameIndex !== undefined) body.nameIndex = await readNameIndex(body.nameIndex, body.occupations, await names, display);
  }
  const parsed = validation === "full" && header.success ? occupationsFileSchema.safeParse(raw) : header;
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => `${display}: ${formatIssue(issue)}`);
    problems.push(`${display}: the file does not match what this version expects; ${REIMPORT}`);
    throw new KnowledgeError(problems, display);
  }
  return parsed.data;
}

/** The name index from the first line's part of it and the lists file beside it; a KnowledgeError naming the file when they do not go together. */
async function readNameIndex(
  written: unknown,
  occupations: readonly { code?: unknown }[],
  names: { bytes: Buffer } | { error: NodeJS.ErrnoException },
  display: string,
): Promise<NameIndex> {
  const namesDisplay = namesFileOf(display);
  const checked = writtenNameIndexSchema.safeParse(written);
  if (!checked.success) throw new KnowledgeError([`${display}: nameIndex: ${formatIssue(checked.error.issues[0]!)}; ${REIMPORT}`], display);
  if ("error" in names) {
    const why = names.error.code === "ENOENT" ? "missing (it holds the name index of " + display + ")" : `cannot be read (${names.error.message})`;
    throw new KnowledgeError([`${namesDisplay}: ${why}; ${REIMPORT}`], namesDisplay);
  }
  const joined = joinNameIndex(
    checked.data,
    names.bytes,
    occupations.map((o) => String(o.code)),
  );
  if (typeof joined === "string") throw new KnowledgeError([`${namesDisplay}: ${joined}; it does not go with ${display}, so ${REIMPORT}`], namesDisplay);
  return joined;
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

/** How the writer starts the file: the first line's length in bytes, newline included, padded with spaces. */
const FIRST_LINE_BYTES = new RegExp(`^\\{"${FIRST_LINE_BYTES_FIELD}":(\\d{1,15}) *,`);

/**
 * The file's first line (without its newline) and the lines after it, in buffers of their own: the
 * first line's bytes are dropped once parsed while the other lines are kept for later. The writer
 * notes the first line's length at its start, so the two are read apart without scanning or copying
 * the 15 MB; a file without that note (or with a wrong one) is read whole and split at its first newline.
 */
async function readLines(file: string): Promise<{ head: Buffer; rest: Buffer }> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const start = Buffer.alloc(Math.min(size, 64));
    await readFully(handle, start, 0);
    const noted = FIRST_LINE_BYTES.exec(start.toString("latin1"));
    const length = noted ? Number(noted[1]) : 0;
    if (length > 0 && length <= size) {
      const head = Buffer.allocUnsafeSlow(length);
      await readFully(handle, head, 0);
      if (head[length - 1] === 10) {
        const rest = Buffer.allocUnsafeSlow(size - length);
        await readFully(handle, rest, length);
        return { head: head.subarray(0, length - 1), rest };
      }
    }
    const bytes = Buffer.allocUnsafeSlow(size);
    await readFully(handle, bytes, 0);
    const end = bytes.indexOf(10);
    // A copy of the lines after the first, so the bytes of the first line can be freed.
    return end === -1 ? { head: bytes, rest: Buffer.alloc(0) } : { head: bytes.subarray(0, end), rest: Buffer.from(bytes.subarray(end + 1)) };
  } finally {
    await handle.close();
  }
}

async function readFully(handle: FileHandle, into: Buffer, position: number): Promise<void> {
  for (let done = 0; done < into.length;) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error("the file ended while it was read (was it replaced?)");
    done += bytesRead;
  }
}
