// The Answer: plain data every renderer (terminal, JSON, Discord) draws from. No formatting markup.
import type { AspectId } from "../knowledge/aspects.js";
import type { EducationLevel, SeniorityLevel, SourceKind } from "../knowledge/schema.js";
import type { SmallTalk } from "../understanding/detect-small-talk.js";
import type { Intent } from "../understanding/types.js";

export interface SourceView {
  id: string;
  kind: SourceKind;
  title: string;
  url: string;
  year: number;
  /** True when the page shows no date and `year` is when it was read. */
  accessed?: boolean;
  publisher?: string;
}

export interface FigureView {
  roleId: string;
  source: SourceView;
  /** Reference year of the figure; null when the source gives none. */
  year: number | null;
  region: string;
  currency: string;
  period: "annual" | "hourly";
  basis?: string;
  series?: { code: string; title: string };
  indicative: boolean;
  median?: number;
  /** BLS top-codes its highest wages: the median is "at least" this much. */
  medianAtLeast?: boolean;
  mean?: number;
  entry?: { low: number; high: number };
  experienced?: { low: number; high: number };
  percentiles?: Partial<Record<"p10" | "p25" | "p75" | "p90", number | { atLeast: number }>>;
  note?: string;
}

/** Pay per year (the default) or per hour ("what's the hourly rate"). */
export type PayPeriod = "annual" | "hourly";

export interface Fact {
  label: string;
  value: string;
}

export interface RoleFacts {
  roleId: string;
  /** O*NET-SOC code, null for a curated role that names none. */
  code: string | null;
  /** "curated" roles were written by an editor; "occupation" ones come from the O*NET/BLS import. */
  origin: "curated" | "occupation";
  title: string;
  family: string;
  /** Seniority, where the data says (curated roles). */
  level: SeniorityLevel | null;
  /** Typical entry education (curated roles: the editor's; occupations: BLS's), null where unknown. */
  education: EducationLevel | null;
  summary: string;
  /** The aspect's bullets for this role, in the project's own words. */
  bullets: string[];
  /** Short structured facts for the aspect (education, schedule, reports to ...). */
  facts: Fact[];
  figures: readonly FigureView[];
}

export interface KeyDifference {
  text: string;
  origin: "curated" | "derived";
}

/**
 * The first line of a verdict, yes-or-no or path answer: the question answered in the member's
 * words, from the data. `indirect` when the data does not measure the thing asked (stress,
 * work-life balance) and the line says what it does show instead.
 */
export interface Verdict {
  text: string;
  basis: "data" | "indirect" | "none";
  /** The verdict only says whether the roles are one ("is a medical assistant the same as a CNA"): the key difference still follows. */
  differenceFollows?: true;
  /** Where what the verdict says comes from, when that is not a source of the cards' figures (what BLS's wages count). */
  source?: SourceView;
  /** Further sources when it quotes more than one ("rn or rad tech, which has better hours": each job's Handbook page). */
  alsoCited?: readonly SourceView[];
  /** The verdict sums up what the cards show ("what a paralegal does"): it cites no source beyond theirs. */
  fromCards?: true;
}

/** How to get from one role to another (or into one): the route and the gaps, each a labelled line. */
export interface PathView {
  from: RoleRef | null;
  to: RoleRef;
  steps: Fact[];
}

export interface RoleRef {
  roleId: string;
  title: string;
}

export interface FamilyListing {
  family: string;
  label: string;
  roles: RoleRef[];
}

/** A median one source gives, for a "sources disagree" note. */
export interface SourcedMedian {
  /** The publisher, or the title when the source names none. */
  source: string;
  amount: number;
  currency: string;
}

/**
 * Something the reader should know beside the facts. Plain data, never prose: each renderer words it,
 * and the Discord renderer escapes what a member typed (`typed`).
 */
export type AnswerNote =
  /** A typo or loose name read as a known role. */
  | { kind: "interpreted-as"; typed: string; roleId: string; title: string }
  /** A title several occupations share, read as the one the evidence favours; the others can be switched to. */
  | { kind: "shared-title"; typed: string; roleId: string; title: string; alternatives: RoleRef[] }
  /** A shared title nothing in the question decides between: the answer asks which one was meant. */
  /** A toss-up between occupations sharing a title; asked about pay, each choice's median ("$62,780 a year"). */
  | { kind: "ambiguous-title"; typed: string; choices: (RoleRef & { median?: string })[] }
  /** A role the bot does not know, left out of an answer about the roles it does know. */
  /** A title not known, left out; `broad` where it is a broad word ("engineer") rather than an unknown title. */
  | { kind: "left-out"; typed: string; broad?: true }
  /** Known roles named beyond the three an answer compares. */
  | { kind: "skipped"; titles: string[] }
  /** Beside an unknown role: the roles in the question the bot does know. */
  | { kind: "known-roles"; titles: string[] }
  /** Two titles typed beside other roles that the data files as one occupation ("data analyst" and "data scientist"). */
  | { kind: "one-occupation"; typed: string[]; title: string }
  /** Roles whose figures come from one statistics series, so they are identical by construction. */
  | { kind: "shared-series"; titles: string[]; code: string }
  /** A role whose statistics series is only a loose match. */
  | { kind: "indicative"; title: string }
  /** A broad title ("engineers") answered over its group: the commonest kinds, to pick one instead. */
  | { kind: "broad-title"; head: string; choices: RoleRef[]; against: string | null }
  /** A place named in the question: the figures are US national ones. */
  | { kind: "us-only"; place: string }
  /** A role whose sources give medians more than 15% apart. */
  | { kind: "sources-disagree"; title: string; medians: SourcedMedian[] };

export type AnswerNoteKind = AnswerNote["kind"];

export interface Answer {
  intent: Intent;
  aspect: AspectId | null;
  /** A one-line heading, e.g. "Office Manager vs Operations Manager: Salary". */
  heading: string;
  /** The answer to a verdict, yes-or-no or path question, before anything else; null for plain facts. */
  verdict: Verdict | null;
  /** For path questions: the route and the gaps to close. */
  path: PathView | null;
  keyDifference: KeyDifference | null;
  roles: RoleFacts[];
  /** Things the reader should know: interpretations, shared statistics series, unknown roles. */
  notes: AnswerNote[];
  sources: readonly SourceView[];
  /** Credit lines the data's licences ask for (O*NET CC BY 4.0...), shown with the sources. */
  credits: readonly string[];
  unknownRoles: string[];
  /** For unknown answers: every unknown name is one broad word ("manager", "technician"), so the suggestions are the commonest roles it heads. */
  tooBroad?: boolean;
  suggestions: RoleRef[];
  /** For list answers: every role, grouped by family. */
  families: readonly FamilyListing[];
  /** For help answers and as follow-ups: example questions. */
  examples: string[];
  /** The shape of answer the question wants (facts, which, path, yes-no); null for list, help and chat. */
  kind: "facts" | "which" | "path" | "yes-no" | null;
  /** "hourly" when the question asked per hour: figures and charts follow it. */
  payPeriod?: PayPeriod;
  /** Set when the parser was unsure and the answer should be offered as a choice, not posted. */
  needsConfirmation: boolean;
  /** The roles the parser was unsure of: a choice replaces these and keeps the others. */
  uncertainRoleIds: string[];
  /** For intent "none": thanks, a greeting or other chat, for a bot that was addressed to answer in kind. */
  smallTalk?: SmallTalk;
}

/** What broad words alone ("manager", "tech") do, for the "which one?" answer: worded for one or several. */
export function fitManyRoles(words: number): string {
  return `on ${words > 1 ? "their own fit" : "its own fits"} many roles`;
}

/** How the first line or a note opens when a place is named ("in London"): the figures are national US ones. */
export const US_FIGURES_ONLY = "I only have US national figures";
/** How a way in, schooling or licence answer opens when a place outside the US is named ("in the uk", "in ontario"). */
export const US_ROUTES_ONLY = "This is the US picture";
