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
  const occupation = occupationOf(entry);
  const tasks = occupation?.tasks.length ? occupation.tasks : entry.kind === "curated" ? entry.role.duties : [];
  if (tasks.length === 0) return null;
  const source = occupation?.tasks.length
    ? `O*NET lists it among the tasks of ${withArticle(entry.title)}`
    : `the role notes list it among the duties of ${withArticle(entry.title)}`;
  // Every asked word in the task ("draw blood" is not "monitor blood pressure"), as a word of the same
  // stem: "vaccines" are in "administer vaccinations".
  const found = tasks.find((task) => {
    const words = canonicalTokens(task);
    return asked.every((w) => words.some((t) => sameStem(w, t)));
  });
  // No task naming it proves nothing ("can UX designers work remotely" is no task at all): the card answers.
  return found ? { text: `Yes: ${source}: "${quote(found)}"`, basis: "data" } : null;
}

/**
 * The content words of the work asked about after the role ("injection" of "can a medical
 * assistant give injections"), or null when the role is not the subject of such a question.
 */
function askedWork(parsed: ParsedQuestion): string[] | null {
  const role = parsed.roles[0];
  if (!role || parsed.roles.length !== 1) return null;
  const { tokens } = toTokenView(parsed.cleaned);
  let before = role.start - 1;
  if (ARTICLES.has(tokens[before] ?? "")) before--;
  if (!ACTION_ASKS.has(tokens[before] ?? "")) return null;
  const words = tokens.slice(role.end).filter((w) => !STOPWORDS.has(w) && !GENERAL_VERBS.has(w) && !/^\d+$/.test(w));
  return words.length >= MIN_ASKED_WORDS ? words : null;
}

/** Shortest shared start for two words of one stem: "vaccin" of vaccine and vaccination. */
const MIN_STEM = 5;
/** How many letters of the shorter word a shared start may leave off: "inject" of injection. */
const STEM_SLACK = 3;

/** The same word, or two words sharing a start long enough to be one stem ("injection", "inject"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_STEM) return false;
  let shared = 0;
  while (shared < shorter && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared >= Math.max(MIN_STEM, shorter - STEM_SLACK);
}

function quote(task: string): string {
  if (task.length <= TASK_QUOTE_MAX) return task;
  const cut = task.lastIndexOf(" ", TASK_QUOTE_MAX - 1);
  return `${task.slice(0, cut > 0 ? cut : TASK_QUOTE_MAX - 1)}…`;
}
