// Hours, physical demands and where the work is done: nothing in the imported data measures them
// (O*NET's work-context file is not in the release), so an answer gives what an editor recorded: the
// Occupational Outlook Handbook's notes in data/conditions.yaml, or a curated role's schedule; and
// says what the data lacks where neither is recorded.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Conditions } from "../knowledge/schema.js";
import type { QuestionTopic } from "../understanding/detect-topic.js";
import type { Verdict } from "./answer.js";
import { editorSource } from "./editor-sentence.js";
import { spokenList } from "../text/spoken-list.js";

/** Which of an occupation's recorded conditions answers each topic. */
const NOTED: Partial<Record<QuestionTopic, "hours" | "physical" | "setting">> = { balance: "hours", physical: "physical", setting: "setting" };

/** What the data does not measure, in the topic's words. */
function unmeasured(topic: QuestionTopic): string {
  return topic === "balance" ? "work-life balance or hours" : topic === "physical" ? "physical demands or danger" : "where and how the work is done";
}

/** A note that names no one ("They spend …", "Most work …"), which needs its job's title before it. */
const NAMES_NO_ONE =
  /^(they|their|the (work|job)|because|in)\b|^(most|many|nearly all|some|few|half|more than half|about half) (work|works|spend|are|have|do|need|keep)\b/i;
/** Work from home asked: "can a medical coder work from home", "which can be remote". */
const REMOTE_ASKED = /\b(remote|remotely|wfh|(work|working|works|done) (from|at) home|telework|telecommute|hybrid)\b/i;
/** Travel asked: "which requires more travel", "do consultants travel a lot". */
const TRAVEL_ASKED = /\btravel/i;
/** A curated role's travel, as said. */
const TRAVEL_SAID: Record<"none" | "occasional" | "frequent", string> = { none: "is rare", occasional: "is occasional", frequent: "is frequent" };
/** A note that speaks to it. */
const REMOTE_NOTED = /\b(remote|remotely|from home|telework|telecommut)/i;

/** "… holidays." → "… holidays (BLS, Occupational Outlook Handbook).": cited where said, as pay is. */
function cited(text: string): string {
  return `${text.replace(/\.$/, "")} (BLS, Occupational Outlook Handbook).`;
}

interface Note {
  entry: RoleEntry;
  said: string;
  recorded?: Conditions;
}

/** What an editor recorded of `entry` for the topic: the Handbook's note, else a curated role's schedule. */
function noteOn(knowledge: KnowledgeBase, entry: RoleEntry, topic: QuestionTopic, text: string): Note | null {
  const field = NOTED[topic];
  const recorded = field && entry.code ? knowledge.conditionsFor(entry.code) : undefined;
  // Where the Handbook has no setting for it, a curated role's own: "which requires more travel, program
  // manager or product manager" how much its editor says it travels, "can accountants work remote" the
  // settings its editor listed.
  if (entry.kind === "curated" && topic === "setting" && !recorded?.setting) {
    const { travel, settings } = entry.role.environment;
    if (TRAVEL_ASKED.test(text)) return { entry, said: `Travel ${TRAVEL_SAID[travel]}.` };
    if (settings.length > 0) return { entry, said: `Works in settings such as ${spokenList(settings)}.` };
  }
  // A curated role's own schedule answers its hours (the editor wrote it for the role, not the occupation).
  if (entry.kind === "curated" && (topic === "balance" || !recorded?.[field!])) return { entry, said: entry.role.environment.schedule };
  const said = field ? recorded?.[field] : undefined;
  return said ? { entry, said, recorded: recorded! } : null;
}

/**
 * Whether the Handbook's note answers before an O*NET rating that stands in for it: on hours and physical
 * demands it does; where the work is done, a rating of independence answers "which has more autonomy" better.
 */
export function noteAnswersFirst(noted: Verdict, topic: QuestionTopic): boolean {
  return noted.source !== undefined && topic !== "setting";
}

/**
 * "do nurses work nights", "which trade is least likely to wreck my body", "can a medical coder work from
 * home": each role's recorded conditions on the topic, cited; what the data lacks where none are.
 */
export function conditionsVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], topic: QuestionTopic, text = ""): Verdict {
  const notes = entries.map((e) => noteOn(knowledge, e, topic, text)).filter((n): n is Note => n !== null);
  const remoteAsked = topic === "setting" && REMOTE_ASKED.test(text);
  const lacks = remoteAsked ? "The data doesn't say which jobs can be done remotely." : `The data doesn't measure ${unmeasured(topic)} directly.`;
  // (Said in the member's words: which files the import has is no answer.)
  if (!notes.length) return { text: `${lacks} Nothing is recorded on it for ${spokenList(entries.map((e) => e.title))}.`, basis: "none" };
  const handbook = notes.filter((n) => n.recorded);
  if (!handbook.length) return { text: `${lacks} What the role notes say: ${notes.map((n) => `${n.entry.title}: ${n.said}`).join(" ")}`, basis: "indirect" };
  const alone = notes.length === 1 && entries.length === 1 && !NAMES_NO_ONE.test(notes[0]!.said);
  const said = alone ? cited(notes[0]!.said) : notes.map((n) => `${n.entry.title}: ${n.recorded ? cited(n.said) : n.said}`).join(" ");
  const missing = entries.filter((e) => !notes.some((n) => n.entry === e));
  const gap = missing.length ? ` Nothing is recorded on this for ${spokenList(missing.map((e) => e.title))}.` : "";
  // ("can a medical coder work from home": where the work is done, when no note says whether it can be done at home.)
  const remoteUnsaid = remoteAsked && !notes.some((n) => REMOTE_NOTED.test(n.said));
  const lead = remoteUnsaid ? "The data doesn't say which jobs can be done remotely. Where the work is done: " : "";
  const sources = [...new Map(handbook.map((n) => [n.recorded!.source.id, editorSource(n.recorded!)] as const)).values()];
  return { text: `${lead}${said}${gap}`, basis: "indirect", source: sources[0]!, ...(sources.length > 1 ? { alsoCited: sources.slice(1) } : {}) };
}

/** Employers asked: "what industries hire logistics managers", "which sectors employ analysts". */
const INDUSTRIES_ASKED = /\b(industr(y|ies)|sectors?|who hires|employers?)\b/i;
/** Hours asked in a general question about the conditions: "what's the typical shift pattern like", "the schedule". */
const HOURS_FIRST = /\b(shifts?|schedules?|hours|rota|rotas|roster|nights|weekends|pattern)\b/i;

/**
 * "what's the working environment like for radiographers": where the work is done and its hours, as an
 * editor recorded them from the Handbook (hours first where they are asked), or a curated role's own
 * settings and schedule; null where neither is recorded.
 */
export function environmentLead(knowledge: KnowledgeBase, entry: RoleEntry, text: string): Verdict | null {
  const recorded = entry.code ? knowledge.conditionsFor(entry.code) : undefined;
  if (!recorded?.setting && !recorded?.hours) {
    if (entry.kind !== "curated") return null;
    const { settings, schedule, industries } = entry.role.environment;
    const where = settings.length ? ` Settings: ${settings.join(", ")}.` : "";
    // ("what industries hire logistics managers": who employs them, as its editor listed.)
    const employers = INDUSTRIES_ASKED.test(text) && industries.length ? ` Industries: ${industries.join(", ")}.` : "";
    return { text: `${entry.title}: ${schedule}${where}${employers}`, basis: "data", fromCards: true };
  }
  const notes = HOURS_FIRST.test(text) ? [recorded.hours, recorded.setting] : [recorded.setting, recorded.hours];
  const said = notes
    .filter((n): n is string => n !== undefined)
    .map((n) => n.replace(/\.$/, ""))
    .join(". ");
  const named = NAMES_NO_ONE.test(said) ? `${entry.title}: ${said}` : said;
  // (The card cites the same Handbook page: nothing beyond it to cite.)
  return { text: cited(named), basis: "indirect", source: editorSource(recorded), fromCards: true };
}
