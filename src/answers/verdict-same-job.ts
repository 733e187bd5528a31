// "Is a medical assistant the same as a CNA", "is a paralegal just a glorified legal secretary",
// "is a CNA a nurse": two roles asked about as if they were one. The answer says that the data keeps
// them apart and what each does, in its own words (O*NET's description, or the role notes' summary).
import type { RoleEntry } from "../knowledge/role-entry.js";
import { INDEFINITE_ARTICLES } from "../understanding/lexicon.js";
import { toTokenView } from "../understanding/token-view.js";
import type { ParsedQuestion } from "../understanding/types.js";
import { wordSet } from "../understanding/word-list.js";
import type { Verdict } from "./answer.js";
import { EDUCATION_LABELS } from "./format-figures.js";
import { whatItDoes } from "./facts-lead.js";
import { entryEducation, isPhysician } from "./role-evidence.js";

/**
 * "is a medical assistant the same as a CNA", "are they interchangeable", "a glorified secretary", "a
 * fancier bookkeeper", "basically a teller": asks whether two roles are one. Not "a nurse and a teacher at
 * the same time", "the same hospital": one person, or one place; nor "not the same PT lol", said already.
 */
export const ASKS_SAME =
  /\b(interchangeable|glorified|fancier|(?<!\bnot (the )?)same(?! (time|day|week|year|place|shift|hospital|company|school|city|state)\b))\b|\b(basically|essentially) (an?|the)\b/;

/** Whether the question (folded, normalizeWords) asks if two roles are one. */
export function asksWhetherSame(words: string): boolean {
  return ASKS_SAME.test(words);
}

const IS_ARE = wordSet("IS_ARE", ["is", "are"]);
/** "a real doctor", "just a glorified secretary", "basically a bookkeeper": the same question as "a doctor". */
const AS_IF_ONE_WORDS = wordSet("AS_IF_ONE_WORDS", ["real", "actual", "proper", "just", "basically", "essentially", "glorified", "fancier", "fancy"]);

/** "is a CNA a nurse", "are PAs doctors", "is a paralegal just a glorified legal secretary": the question is only one role named as the other. */
export function asksIsA(parsed: ParsedQuestion): boolean {
  const [a, b] = parsed.roles;
  if (!a || !b || parsed.roles.length !== 2) return false;
  const { tokens } = toTokenView(parsed.cleaned);
  const onlyArticles = (from: number, to: number) => tokens.slice(from, to).every((t) => INDEFINITE_ARTICLES.has(t) || AS_IF_ONE_WORDS.has(t));
  return IS_ARE.has(tokens[0] ?? "") && onlyArticles(1, a.start) && a.end <= b.start && onlyArticles(a.end, b.start) && b.end === tokens.length;
}

/** " Pharmacist usually starts with a doctoral or professional degree, Family Medicine Physician with …" (BLS), or "". */
function startingSchooling(entries: readonly RoleEntry[]): string {
  const levels = entries.map((e) => entryEducation(e));
  if (levels.some((l) => !l)) return "";
  if (levels.every((l) => l === levels[0])) return ` Both usually start with ${EDUCATION_LABELS[levels[0]!]} (BLS).`;
  const each = entries.map((e, i) => `${e.title} ${i === 0 ? "usually starts with" : "with"} ${EDUCATION_LABELS[levels[i]!]}`);
  return ` ${each.join(", ")} (BLS).`;
}

/** What each role does (whatItDoes), in a sentence of its own; "" when one has no description. */
function whatEachDoes(entries: readonly RoleEntry[]): string {
  const said = entries.map(whatItDoes);
  return said.some((s) => !s) ? "" : ` What each does: ${said.join(" ")}`;
}

/** Two roles asked about as if one: say that the data keeps them apart and what each does; the key difference follows. */
export function differentRolesVerdict(entries: readonly RoleEntry[]): Verdict {
  const [first, second] = entries as [RoleEntry, RoleEntry];
  const occupation = first.occupation ?? null;
  // A curated role filed under its occupation with another ("COO" among the chief executives).
  if (entries.length === 2 && first.code && first.code === second.code && occupation)
    return {
      text: `Not quite: the data counts ${first.title} and ${second.title} in one occupation (${occupation.title}), but they are different jobs.${whatEachDoes(entries)}`,
      basis: "data",
      differenceFollows: true,
    };
  const named = entries.map((e) => (e.code ? `${e.title} (O*NET-SOC ${e.code})` : e.title));
  // "is a pa a doctor", "are pharmacists doctors": whether it is a physician, and the schooling each starts with.
  const schooling = isPhysician(second) && !isPhysician(first) ? startingSchooling(entries) : "";
  return {
    text: `No: the data counts them as different occupations, ${named.slice(0, -1).join(", ")} and ${named.at(-1)}.${schooling || whatEachDoes(entries)}`,
    basis: "data",
    differenceFollows: true,
  };
}
