// "Can a medical assistant give injections", "do paralegals go to court": whether the work asked
// about is among the role's tasks (O*NET's task statements, or the editor's duties for a curated
// role without an occupation), quoted as data. When none mentions it there is no verdict: a list of
// tasks that leaves something out is no evidence the role never does it, and many such questions
// ask where or when the work is done, not what it is.
import type { RoleEntry } from "../knowledge/role-entry.js";
import { canonicalTokens } from "../understanding/canonical-tokens.js";
import { ARTICLES, STOPWORDS } from "../understanding/lexicon.js";
import { toTokenView } from "../understanding/token-view.js";
import type { ParsedQuestion } from "../understanding/types.js";
import { wordSet } from "../understanding/word-list.js";
import type { Verdict } from "./answer.js";
import { withArticle } from "./indefinite-article.js";
import { occupationOf } from "./role-evidence.js";

/** Words before the role that ask whether it does something: "can a nurse…", "do paralegals…". */
const ACTION_ASKS = wordSet("ACTION_ASKS", ["can", "could", "do", "does", "will", "would", "must", "should", "may"]);
/**
 * Verbs too general to find a task by ("give injections", "go to court", "work with kids"): the
 * words after them say what the work is.
 */
const GENERAL_VERBS = wordSet(
  "GENERAL_VERBS",
  `give get go make take have need use work help deal handle ever usually actually really also typically normally
  allowed able legally job role day daily`,
);
/** Shorthand for work that task statements write out: "can an lpn give iv meds" is "medications" and "intravenous". */
const WRITTEN_OUT: ReadonlyMap<string, readonly string[]> = new Map([
  ["iv", ["intravenous"]],
  ["ivs", ["intravenous"]],
  ["med", ["medication"]],
  ["meds", ["medication"]],
  ["shot", ["injection"]],
  ["vital", ["vital", "sign"]],
  ["vitals", ["vital", "sign"]],
  ["bp", ["blood", "pressure"]],
  ["ekg", ["electrocardiogram"]],
  ["ecg", ["electrocardiogram"]],
  ["rx", ["prescription"]],
]);
/** An asked word as task statements write it: "meds" → "medication", "vitals" → "vital", "sign". */
const writtenOut = (word: string): readonly string[] => WRITTEN_OUT.get(word) ?? [word];

/** Fewer asked words than this left after the general ones: too little to look a task up by. */
const MIN_ASKED_WORDS = 1;
/** A task quoted in full up to this length; longer ones are cut at a word. */
const TASK_QUOTE_MAX = 220;

/**
 * The verdict on whether the one role asked about does the work named after it, or null when the
 * question is not of that shape ("can a nurse work nights" is, "is a nurse a doctor" is not).
 */
export function taskVerdict(entry: RoleEntry, parsed: ParsedQuestion): Verdict | null {
  const asked = askedWork(parsed);
  if (!asked) return null;
  const found = taskNaming(entry, asked);
  // No task naming it proves nothing ("can UX designers work remotely" is no task at all): the card answers.
  return found ? { text: `Yes: ${found.source}: "${quote(found.task)}"`, basis: "data" } : null;
}

/**
 * "psychologist or psychiatrist, which one prescribes meds": which of two roles has the work asked
 * about among its tasks, or null when the question is not of that shape or the tasks do not settle it.
 */
export function whichDoesVerdict(entries: readonly RoleEntry[], parsed: ParsedQuestion): Verdict | null {
  // Pay, schooling, stress, seniority...: a verdict of their own, not work to look up.
  if (entries.length !== 2 || parsed.topic || (parsed.aspect !== "overview" && parsed.aspect !== "duties")) return null;
  const asked = askedWorkOfWhich(parsed);
  if (!asked) return null;
  const [a, b] = entries.map((entry) => taskNaming(entry, asked));
  if (a && b) return { text: `Both: ${a.source}: "${quote(a.task)}"; and among those of ${withArticle(b.entry.title)}: "${quote(b.task)}"`, basis: "data" };
  const [doer, other] = a ? [a, entries[1]!] : [b, entries[0]!];
  // Neither: a list of tasks that leaves something out is no evidence either way.
  if (!doer) return null;
  return {
    text: `${doer.entry.title}: ${doer.source}: "${quote(doer.task)}"; none of those listed for ${withArticle(other.title)} mention it.`,
    basis: "data",
  };
}

/** The role's first task (or curated duty) holding every asked word, with where it is listed. */
function taskNaming(entry: RoleEntry, asked: readonly string[]): { entry: RoleEntry; task: string; source: string } | null {
  const occupation = occupationOf(entry);
  const tasks = occupation?.tasks.length ? occupation.tasks : entry.kind === "curated" ? entry.role.duties : [];
  // Every asked word in the task ("draw blood" is not "monitor blood pressure"), as a word of the same
  // stem: "vaccines" are in "administer vaccinations".
  const task = tasks.find((text) => {
    const words = canonicalTokens(text);
    return asked.every((w) => words.some((t) => sameStem(w, t)));
  });
  if (!task) return null;
  const source = occupation?.tasks.length
    ? `O*NET lists it among the tasks of ${withArticle(entry.title)}`
    : `the role notes list it among the duties of ${withArticle(entry.title)}`;
  return { entry, task, source };
}

/** A word that says what the work is: no function word, general verb or number. */
const isWorkWord = (w: string) => !STOPWORDS.has(w) && !GENERAL_VERBS.has(w) && !/^\d+$/.test(w);

const WHICH = /\bwhich\b/i;
/** Words between "which" and the work asked about: "which one", "which of them". */
const WHICH_FILLERS = wordSet("WHICH_FILLERS", ["one", "of", "them", "the", "two", "these", "those", "job", "role"]);
/** Someone after "which should": the member deciding ("which should i start with"), not a role doing the work. */
const PERSONS = wordSet("PERSONS", ["i", "you", "we", "they", "he", "she", "it", "me"]);
/** A comparison ("which earns more", "which is harder") is a verdict of its own, not a task. */
const COMPARISON_WORDS = /\b(more|less|better|worse|best|most|least|higher|lower|than)\b|\w(er|est)$/;

/** The content words after "which (one)" in a question naming two roles, or null when it asks none. */
function askedWorkOfWhich(parsed: ParsedQuestion): string[] | null {
  // Most questions naming two roles have no "which": tell before tokenizing the question again.
  if (!WHICH.test(parsed.cleaned)) return null;
  const { tokens, typed } = toTokenView(parsed.cleaned);
  const which = tokens.indexOf("which");
  if (which < 0) return null;
  let from = which + 1;
  while (WHICH_FILLERS.has(tokens[from] ?? "")) from++;
  // The verb of the one doing it: "which one prescribes", "which can prescribe"; not "which should i start with".
  if (ACTION_ASKS.has(tokens[from] ?? "")) from++;
  else if (!typed[from]?.endsWith("s")) return null;
  if (PERSONS.has(tokens[from] ?? "")) return null;
  const inRole = (i: number) => parsed.roles.some((r) => i >= r.start && i < r.end);
  const words: string[] = [];
  for (let i = from; i < tokens.length && !inRole(i); i++) {
    const w = tokens[i]!;
    if (COMPARISON_WORDS.test(w)) return null;
    if (isWorkWord(w) && !ACTION_ASKS.has(w)) words.push(...writtenOut(w));
  }
  // The words long enough to look a task up by: "prescribe" of "prescribe meds" (a stem of "meds"
  // would be too short to tell "medications" from "media").
  const long = words.filter((w) => w.length >= MIN_STEM);
  return long.length > 0 ? long : null;
}

/**
 * The content words of the work asked about after the role ("injection" of "can a medical
 * assistant give injections"), or null when the role is not the subject of such a question.
 */
export function askedWork(parsed: ParsedQuestion): string[] | null {
  const role = parsed.roles[0];
  if (!role || parsed.roles.length !== 1) return null;
  const { tokens } = toTokenView(parsed.cleaned);
  let before = role.start - 1;
  if (ARTICLES.has(tokens[before] ?? "")) before--;
  if (!ACTION_ASKS.has(tokens[before] ?? "")) return null;
  const words = tokens.slice(role.end).filter(isWorkWord).flatMap(writtenOut);
  return words.length >= MIN_ASKED_WORDS ? words : null;
}

/** Shortest shared start for two words of one stem: "vaccin" of vaccine and vaccination. */
const MIN_STEM = 5;
/** How many letters of the shorter word a shared start may leave off: "inject" of injection. */
const STEM_SLACK = 3;

/** How many more letters the longer word may have: "vaccines" of "vaccinations", not "stand" of "standardization". */
const LENGTH_SLACK = 5;

/** The same word, or two words sharing a start long enough to be one stem ("injection", "inject"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_STEM || Math.abs(a.length - b.length) > LENGTH_SLACK) return false;
  let shared = 0;
  while (shared < shorter && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared >= Math.max(MIN_STEM, shorter - STEM_SLACK);
}

/** A task quoted whole up to TASK_QUOTE_MAX characters, longer ones cut at a word. */
export function quote(task: string): string {
  if (task.length <= TASK_QUOTE_MAX) return task;
  const cut = task.lastIndexOf(" ", TASK_QUOTE_MAX - 1);
  return `${task.slice(0, cut > 0 ? cut : TASK_QUOTE_MAX - 1)}…`;
}
