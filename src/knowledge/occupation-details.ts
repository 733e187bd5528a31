// The heavy parts of an occupation (description, tasks, ratings, distributions, outlook, related
// occupations) are what a start-up does not need: the compiled file keeps them on lines of their
// own (see occupations-text.ts), and each occupation parses its line the first time an answer reads
// one of these fields. A start-up then parses a third less JSON and holds fewer objects.
import { isAscii } from "node:buffer";
import { KnowledgeError } from "./knowledge-error.js";
import type { Occupation } from "./occupations-schema.js";

/** The fields of an occupation parsed on first use, in the order the schema lists them. */
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

export type DetailField = (typeof DETAIL_FIELDS)[number];
export type OccupationDetails = Pick<Occupation, DetailField>;
export type OccupationCore = Omit<Occupation, DetailField>;

/** An occupation split into what a start-up reads and what it leaves for later. */
export function splitDetails(occupation: Occupation): { core: OccupationCore; details: OccupationDetails } {
  const core: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(occupation)) ((DETAIL_FIELDS as readonly string[]).includes(key) ? details : core)[key] = value;
  return { core: core as OccupationCore, details: details as OccupationDetails };
}

/** Where an occupation's details line is, and what to say if it turns out broken. */
interface DetailsSource {
  bytes: Buffer;
  start: number;
  end: number;
  place: number;
  display: string;
  reimport: string;
}

const SOURCE = Symbol("occupation details");
type Lazy = Record<PropertyKey, unknown> & { [SOURCE]?: DetailsSource; code?: unknown };

/** The occupation's details line, parsed and checked; throws a KnowledgeError naming the file when it is broken. */
function readDetails(occupation: Lazy, source: DetailsSource): Record<string, unknown> {
  const { bytes, start, end, place, display, reimport } = source;
  const where = `${display}: occupations[${place}] (${String(occupation.code)})`;
  let details: unknown;
  try {
    const line = bytes.subarray(start, end);
    details = JSON.parse(line.toString(isAscii(line) ? "latin1" : "utf8"));
  } catch (error) {
    throw new KnowledgeError([`${where}: its details are not valid JSON (${(error as Error).message}); ${reimport}`], display);
  }
  if (typeof details !== "object" || details === null || Array.isArray(details))
    throw new KnowledgeError([`${where}: its details are not an object; ${reimport}`], display);
  const missing = DETAIL_FIELDS.filter((field) => !(field in details));
  if (missing.length) throw new KnowledgeError([`${where}.${missing[0]}: missing from its details line; ${reimport}`], display);
  return details as Record<string, unknown>;
}

function parseDetails(occupation: Lazy): Record<string, unknown> {
  const details = readDetails(occupation, occupation[SOURCE]!);
  // From now on plain values: the getters are replaced, and the source let go.
  for (const field of DETAIL_FIELDS)
    Object.defineProperty(occupation, field, { value: details[field], enumerable: true, writable: false, configurable: false });
  occupation[SOURCE] = undefined;
  return details;
}

/**
 * An occupation's details without keeping them: a sweep over every occupation (the growth of all
 * jobs, where a rating ranks) reads each line once and lets it go, so the heap does not end up
 * holding every occupation's details after one such question. Details already read are returned as they are.
 */
export function peekDetails(occupation: object): OccupationDetails {
  const source = (occupation as Lazy)[SOURCE];
  return (source ? readDetails(occupation as Lazy, source) : occupation) as OccupationDetails;
}

/** One getter per detail field, shared by every occupation: the first read parses the occupation's line. */
const LAZY_FIELDS: PropertyDescriptorMap = Object.fromEntries(
  DETAIL_FIELDS.map((field) => [
    field,
    {
      get(this: Lazy) {
        return parseDetails(this)[field];
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/**
 * Gives each occupation core its detail fields, read from `bytes` (the details lines, in the order
 * of the occupations) on first use. Throws a KnowledgeError naming the file when the lines and the
 * occupations do not pair up.
 */
export function attachDetails(cores: readonly object[], bytes: Buffer, display: string, reimport: string): void {
  let start = 0;
  for (let place = 0; place < cores.length; place++) {
    const end = bytes.indexOf(10, start);
    // A line per occupation, each a JSON object: anything else is a file cut short or mixed up.
    if (end === -1 || bytes[start] !== 0x7b || bytes[end - 1] !== 0x7d)
      throw new KnowledgeError([`${display}: occupations[${place}]: no details line for it (the file ends early or is damaged); ${reimport}`], display);
    const occupation = cores[place] as Lazy;
    // Not enumerable: a spread or a deep comparison of an occupation sees its fields only.
    Object.defineProperty(occupation, SOURCE, { value: { bytes, start, end, place, display, reimport }, writable: true, enumerable: false });
    Object.defineProperties(occupation, LAZY_FIELDS);
    start = end + 1;
  }
  if (start !== bytes.length) throw new KnowledgeError([`${display}: more details lines than occupations (the file is damaged); ${reimport}`], display);
}
