// What a start-up does not need of an occupation stays unparsed until first used. The compiled file
// keeps two lines per occupation after the start-up's first line (see import/occupations-text.ts):
// its details (description, tasks, ratings, distributions, outlook, related occupations), then, after
// every occupation's details, its titles (a few thousand strings at occupation scale, which the
// importer's name index stands in for at start-up). Each occupation parses a line the first time
// something reads one of its fields. A start-up then parses a fraction of the JSON and holds fewer objects.
import { isAscii } from "node:buffer";
import { KnowledgeError } from "./knowledge-error.js";
import type { Occupation } from "./occupations-schema.js";

/** The fields of an occupation's details line, in the order the schema lists them. */
export const DETAIL_FIELDS = [
  "description",
  "tasks",
  "skills",
  "knowledge",
  "workStyles",
  "workValues",
  "interests",
  "hotTechnologies",
  "education",
  "experience",
  "training",
  "projection",
  "related",
] as const satisfies readonly (keyof Occupation)[];

/** The fields of an occupation's titles line. */
export const TITLE_FIELDS = ["titles"] as const satisfies readonly (keyof Occupation)[];

/** The lazily parsed parts of an occupation, in the order their lines follow the first line. */
export const LAZY_SECTIONS = [
  { name: "details", fields: DETAIL_FIELDS },
  { name: "titles", fields: TITLE_FIELDS },
] as const;

export type DetailField = (typeof DETAIL_FIELDS)[number];
type LazyField = DetailField | (typeof TITLE_FIELDS)[number];
export type OccupationDetails = Pick<Occupation, DetailField>;
export type OccupationCore = Omit<Occupation, LazyField>;

/** First on the first line: its length in bytes, so the loader reads it apart from the lines after it (see load-occupations.ts). */
export const FIRST_LINE_BYTES_FIELD = "firstLineBytes";

/** Last on the first line: the length in bytes of each line after it, in order, so the loader finds them without a scan (see attachDetails). */
export const LINE_BYTES_FIELD = "lineBytes";

/** The title lists, in the order of the schema. */
export const TITLE_LISTS = ["alternate", "short", "reported", "myNextMove", "esco"] as const satisfies readonly (keyof Occupation["titles"])[];
export type TitleList = (typeof TITLE_LISTS)[number];

/** On the first line, beside an occupation's core: how many titles each list of its titles line holds, in TITLE_LISTS order (see titleCounts). */
export const TITLE_COUNTS_FIELD = "titleCounts";

/**
 * How many titles each of an occupation's lists holds, in TITLE_LISTS order: what a start-up reads
 * instead of the titles (the importer's name index stands in for them).
 */
export function titleCounts(occupation: Occupation): readonly number[] {
  const stored = (occupation as Lazy)[TITLE_COUNTS];
  if (Array.isArray(stored)) return stored as number[];
  return TITLE_LISTS.map((list) => occupation.titles[list].length);
}

/** An occupation split into what a start-up reads (with its title count) and the line of each lazy section. */
export function splitOccupation(occupation: Occupation): {
  core: OccupationCore & { [TITLE_COUNTS_FIELD]: readonly number[] };
  lines: Record<string, unknown>[];
} {
  const lazy = new Set<string>(LAZY_SECTIONS.flatMap((s) => s.fields));
  const core: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(occupation)) if (!lazy.has(key)) core[key] = value;
  core[TITLE_COUNTS_FIELD] = titleCounts(occupation);
  const lines = LAZY_SECTIONS.map((section) => Object.fromEntries(section.fields.map((field) => [field, occupation[field]])));
  return { core: core as OccupationCore & { [TITLE_COUNTS_FIELD]: readonly number[] }, lines };
}

/** Where an occupation's line of one section is, and what to say if it turns out broken. */
interface LineSource {
  bytes: Buffer;
  start: number;
  end: number;
  place: number;
  display: string;
  reimport: string;
}

type Section = (typeof LAZY_SECTIONS)[number];
const SOURCES = LAZY_SECTIONS.map((section) => Symbol(`occupation ${section.name}`));
const TITLE_COUNTS = Symbol("occupation title counts");
type Lazy = Record<PropertyKey, unknown> & { code?: unknown };

/** The line of one section, parsed and checked; throws a KnowledgeError naming the file when it is broken. */
function readSection(occupation: Lazy, section: Section, source: LineSource): Record<string, unknown> {
  const { bytes, start, end, place, display, reimport } = source;
  const where = `${display}: occupations[${place}] (${String(occupation.code)})`;
  let parsed: unknown;
  try {
    const line = bytes.subarray(start, end);
    parsed = JSON.parse(line.toString(isAscii(line) ? "latin1" : "utf8"));
  } catch (error) {
    throw new KnowledgeError([`${where}: its ${section.name} are not valid JSON (${(error as Error).message}); ${reimport}`], display);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new KnowledgeError([`${where}: its ${section.name} are not an object; ${reimport}`], display);
  const missing = section.fields.filter((field) => !(field in parsed));
  if (missing.length) throw new KnowledgeError([`${where}.${missing[0]}: missing from its ${section.name} line; ${reimport}`], display);
  return parsed as Record<string, unknown>;
}

function parseSection(occupation: Lazy, section: Section, s: number): Record<string, unknown> {
  const parsed = readSection(occupation, section, occupation[SOURCES[s]!] as LineSource);
  // From now on plain values: the getters are replaced, and the source let go.
  for (const field of section.fields)
    Object.defineProperty(occupation, field, { value: parsed[field], enumerable: true, writable: false, configurable: false });
  occupation[SOURCES[s]!] = undefined;
  return parsed;
}

/**
 * An occupation's details without keeping them: a sweep over every occupation (the growth of all
 * jobs, where a rating ranks) reads each line once and lets it go, so the heap does not end up
 * holding every occupation's details after one such question. Details already read are returned as they are.
 */
export function peekDetails(occupation: object): OccupationDetails {
  const source = (occupation as Lazy)[SOURCES[0]!] as LineSource | undefined;
  return (source ? readSection(occupation as Lazy, LAZY_SECTIONS[0], source) : occupation) as OccupationDetails;
}

/** Where the tasks end in a details line: the next field's key (the writer keeps DETAIL_FIELDS' order). */
const AFTER_TASKS = Buffer.from(`,"${DETAIL_FIELDS[2]}":`);

/**
 * An occupation's description and tasks without keeping them, and without parsing the rest of its
 * details (the ratings and distributions are most of a line): what a sweep over every occupation's
 * words reads (described-job.ts). Falls back to the whole line where it is not laid out as written.
 */
export function peekDescriptionAndTasks(occupation: object): Pick<OccupationDetails, "description" | "tasks"> {
  const source = (occupation as Lazy)[SOURCES[0]!] as LineSource | undefined;
  if (!source) return occupation as OccupationDetails;
  const cut = source.bytes.indexOf(AFTER_TASKS, source.start);
  if (cut === -1 || cut > source.end) return peekDetails(occupation);
  const head = source.bytes.subarray(source.start, cut);
  try {
    const parsed = JSON.parse(`${head.toString(isAscii(head) ? "latin1" : "utf8")}}`) as Partial<OccupationDetails>;
    if (typeof parsed.description === "string" && Array.isArray(parsed.tasks)) return { description: parsed.description, tasks: parsed.tasks };
  } catch {
    // (Not the writer's layout: the whole line, checked as a first read checks it.)
  }
  return peekDetails(occupation);
}

/** One getter per lazy field, shared by every occupation: the first read parses the occupation's line of that section. */
const LAZY_FIELDS: PropertyDescriptorMap = Object.fromEntries(
  LAZY_SECTIONS.flatMap((section, s) =>
    section.fields.map((field) => [
      field,
      {
        get(this: Lazy) {
          return parseSection(this, section, s)[field];
        },
        enumerable: true,
        configurable: true,
      },
    ]),
  ),
);

/**
 * Where each line ends (its newline), from the writer's lengths: undefined unless there is one
 * length per line, they add up to the bytes, and every line is an object ended by a newline.
 */
function notedLineEnds(lineBytes: unknown, lines: number, bytes: Buffer): Int32Array | undefined {
  if (!Array.isArray(lineBytes) || lineBytes.length !== lines) return undefined;
  const ends = new Int32Array(lines);
  let start = 0;
  for (let line = 0; line < lines; line++) {
    const length = lineBytes[line] as unknown;
    if (typeof length !== "number" || !(length >= 2)) return undefined;
    const end = start + length - 1;
    if (end >= bytes.length || bytes[start] !== 0x7b || bytes[end - 1] !== 0x7d || bytes[end] !== 10) return undefined;
    ends[line] = end;
    start = end + 1;
  }
  return start === bytes.length ? ends : undefined;
}

/**
 * Gives each occupation core its lazy fields, read from `bytes` (every occupation's details line, in
 * the order of the occupations, then every occupation's titles line) on first use. `lineBytes`, the
 * writer's note of each line's length, spares a scan of the 9 MB for newlines; without it, or when
 * it does not fit the bytes (a file edited by hand), the lines are found by scanning. Throws a
 * KnowledgeError naming the file when the lines and the occupations do not pair up.
 */
export function attachDetails(cores: readonly object[], bytes: Buffer, display: string, reimport: string, lineBytes?: unknown): void {
  const ends = notedLineEnds(lineBytes, cores.length * LAZY_SECTIONS.length, bytes);
  let start = 0;
  let line = 0;
  LAZY_SECTIONS.forEach((section, s) => {
    for (let place = 0; place < cores.length; place++) {
      const end = ends ? ends[line++]! : bytes.indexOf(10, start);
      // A line per occupation, each a JSON object: anything else is a file cut short or mixed up.
      if (end === -1 || bytes[start] !== 0x7b || bytes[end - 1] !== 0x7d)
        throw new KnowledgeError(
          [`${display}: occupations[${place}]: no ${section.name} line for it (the file ends early or is damaged); ${reimport}`],
          display,
        );
      // Not enumerable: a spread or a deep comparison of an occupation sees its fields only.
      Object.defineProperty(cores[place], SOURCES[s]!, { value: { bytes, start, end, place, display, reimport }, writable: true, enumerable: false });
      start = end + 1;
    }
  });
  if (start !== bytes.length) throw new KnowledgeError([`${display}: more lines than occupations (the file is damaged); ${reimport}`], display);
  for (const core of cores as Lazy[]) {
    const counts = core[TITLE_COUNTS_FIELD];
    delete core[TITLE_COUNTS_FIELD];
    // Kept only when it is what the writer makes: five counts (a hand-made file without them counts the titles).
    if (Array.isArray(counts) && counts.length === TITLE_LISTS.length) Object.defineProperty(core, TITLE_COUNTS, { value: counts, enumerable: false });
    Object.defineProperties(core, LAZY_FIELDS);
  }
}
