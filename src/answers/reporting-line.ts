// "does a cna report to the rn", "is a vet tech under the vet", "sous chef vs executive chef, who's
// higher": occupations have no ranks in the data, but O*NET's task statements often say who directs
// whom ("… under direction of nurse or physician", "Direct and coordinate the activities of cooks").
// Such a task, quoted, answers who reports to whom better than any rank the figures could suggest.
import type { RoleEntry } from "../knowledge/role-entry.js";
import { canonicalTokens } from "../understanding/canonical-tokens.js";
import { REPORTING_WORDS } from "../understanding/lexicon.js";
import { wordSet } from "../understanding/word-list.js";
import type { Verdict } from "./answer.js";
import { withArticle } from "./indefinite-article.js";
import { occupationOf } from "./role-evidence.js";
import { quote } from "./verdict-tasks.js";

/** "under direction of nurse or physician", "under the general supervision of a radiologist": who directs the work. */
const UNDER_DIRECTION = /\bunder (the )?(general |direct |close |immediate )?(direction|supervision|guidance) of ([^,.;]+)/i;
/** "Direct and coordinate the activities of cooks", "supervise less-skilled nursing personnel": who the work directs. */
const DIRECTS = /\b(supervise|supervises|supervising|direct|directs|oversee|oversees|assign|delegate)\b([^.;]{0,90})/i;
/** Words of a title that say nothing of whose work it is: "Nursing Assistant" is told by "nursing". */
const GENERIC_TITLE_WORDS = wordSet("GENERIC_TITLE_WORDS", [
  "assistant",
  "aide",
  "worker",
  "technician",
  "technologist",
  "specialist",
  "clerk",
  "operator",
  "other",
  "all",
  "and",
  "or",
  "of",
  "the",
  "except",
  "first",
  "line",
  "supervisor",
  "manager",
  "general",
  "head",
  "staff",
  "related",
  "licensed",
  "registered",
]);

/** The words that say whose work a title is: "nurse" of Registered Nurse, "nursing" of Nursing Assistant, "cook" of "Cook, Restaurant". */
function telling(entry: RoleEntry): string[] {
  return canonicalTokens(entry.title).filter((w) => !GENERIC_TITLE_WORDS.has(w) && w.length > 2);
}

/** Words that may follow a title's word where it ends the noun it names: "cooks or workers", "nurse, physician". */
const AFTER_NOUN = wordSet("AFTER_NOUN", ["or", "and", "in", "engaged", "who", "to", "for", "at", "on", "with", "as", "during"]);

/** A role's title as words: all of them, and those that say whose work it is (`telling`). */
interface TitleWords {
  own: readonly string[];
  telling: readonly string[];
}

function titleWords(entry: RoleEntry): TitleWords {
  return { own: canonicalTokens(entry.title), telling: telling(entry) };
}

/**
 * Whether `phrase` names the workers whose title's words are `title`: one of its telling words, ending its
 * noun ("cooks or workers", "legal assistants"), not describing another ("nurses' aides", "veterinary students").
 */
function names(title: TitleWords, phrase: string): boolean {
  const tokens = canonicalTokens(phrase);
  return tokens.some((w, i) => {
    if (!title.telling.includes(w)) return false;
    const next = tokens[i + 1];
    return next === undefined || AFTER_NOUN.has(next) || title.own.includes(next);
  });
}

export interface ReportingLine {
  boss: RoleEntry;
  report: RoleEntry;
  /** The task that says so, and whose tasks it is among. */
  task: string;
  among: RoleEntry;
}

/** Who directs whom among two or more roles, by a task of either, or null where no task says. */
export function reportingLineFromTasks(entries: readonly RoleEntry[]): ReportingLine | null {
  const words = entries.map(titleWords);
  for (const [r, report] of entries.entries())
    for (const [b, boss] of entries.entries()) {
      if (boss === report || boss.code === report.code) continue;
      const bossWords = words[b]!;
      const reportWords = words[r]!;
      if (!bossWords.telling.length || !reportWords.telling.length) continue;
      const underBoss = (occupationOf(report)?.tasks ?? []).find((t) => {
        const under = UNDER_DIRECTION.exec(t);
        return under !== null && names(bossWords, under[4]!);
      });
      if (underBoss) return { boss, report, task: underBoss, among: report };
      const directsReport = (occupationOf(boss)?.tasks ?? []).find((t) => {
        const directs = DIRECTS.exec(t);
        return directs !== null && names(reportWords, directs[2]!);
      });
      if (directsReport) return { boss, report, task: directsReport, among: boss };
    }
  return null;
}

/** "the more senior role: O*NET lists among the tasks of a Nursing Assistant: "…"" said of `line`. */
export function taskEvidence(line: ReportingLine): string {
  return `O*NET lists among the tasks of ${withArticle(line.among.title)}: "${quote(line.task)}"`;
}

/** "does a cna report to the rn", "do vet techs work under the vet", "is a paralegal supervised by the lawyer". */
const REPORTS_ASKED = new RegExp(String.raw`\b(${REPORTING_WORDS})\b`);

/** The first role named asked to be in charge of the other: "is an lpn the boss of a cna", "does a chef supervise cooks". */
const BOSS_FIRST = /\b(boss of|supervises?|directs?|oversees?|in charge of|manages?)\b/;

/**
 * "who does a cna report to", "who do vet techs work under": the one role's task that names who directs
 * its work, quoted; null where the question asks no such thing or no task says.
 */
export function reportsToWhomVerdict(entry: RoleEntry, words: string): Verdict | null {
  if (!/\bwho\b/.test(words) || !REPORTS_ASKED.test(words)) return null;
  const task = (occupationOf(entry)?.tasks ?? []).find((t) => UNDER_DIRECTION.test(t));
  return task ? { text: `By the data: O*NET lists among the tasks of ${withArticle(entry.title)}: "${quote(task)}"`, basis: "data" } : null;
}

/**
 * Whether the first role named reports to another named, answered by a task that says who directs whom:
 * "Yes: O*NET lists among the tasks of a Nursing Assistant: "…under direction of nurse or physician."",
 * or null where the question asks no such thing or no task says.
 */
export function reportsToVerdict(entries: readonly RoleEntry[], words: string): Verdict | null {
  if (entries.length < 2 || !REPORTS_ASKED.test(words)) return null;
  const line = reportingLineFromTasks(entries);
  if (!line) return null;
  const [first, ...others] = entries;
  // ("does a medical assistant report to the nurse or the doctor": which of the others, by name.)
  if (others.length > 1 && line.report === first) return { text: `To the ${line.boss.title.toLowerCase()}, by the data: ${taskEvidence(line)}`, basis: "data" };
  // ("is an lpn the boss of a cna", "does a chef supervise line cooks": the first named asked to be the one in charge.)
  const bossFirst = BOSS_FIRST.test(words);
  const [asked, over] = bossFirst ? [line.boss, line.report] : [line.report, line.boss];
  const yes = asked === first && over === others[0];
  const no = over === first;
  if (!yes && !no) return null;
  return { text: `${yes ? "Yes" : "No, the other way round"}: ${taskEvidence(line)}`, basis: "data" };
}
