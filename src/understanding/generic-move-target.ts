// "How do I go from cashier to manager", "can a waiter become a supervisor": a bare rank word after a
// move from the one role named means the kind of role that one leads to (a cashier's manager runs a
// store), not every manager. It is read from the role's own career links (the editor's, then O*NET's
// related occupations, closest first), then from a title made of a word of the role and the rank word
// ("nurse manager"). With nothing found, the question stays about the one role.
import { careerSteps } from "../knowledge/career-steps.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { normalizeWords } from "../text/normalize.js";
import { ARTICLES } from "./lexicon.js";
import type { RoleIndex } from "./role-index.js";
import { roleMention, type RoleMention } from "./types.js";
import { wordSet } from "./word-list.js";

/** Rank words a move may end in, with no field of their own. */
const RANK_WORDS = wordSet("RANK_WORDS", ["manager", "supervisor", "lead", "director"]);
/** Rank words a first-line supervisor answers to: a store's "manager" is O*NET's retail supervisor. */
const FIRST_LINE_RANKS = wordSet("FIRST_LINE_RANKS", ["manager", "supervisor", "lead"]);
const FIRST_LINE = /^first ?line supervisors?\b/;
/** Words between the role and the rank word: "to", "to become a", "become the". */
const MOVE_WORDS = wordSet("MOVE_WORDS", ["to", "into", "become", "becoming"]);
/** Other roles of that rank offered beside the first. */
const MAX_ALTERNATIVES = 3;
/** A reading, not a title the member typed: answered with a note saying how "manager" was read (the fuzzy tier). */
const RANK_TARGET_CONFIDENCE = 0.9;

/**
 * The role a rank word after `from` stands for, as a mention of its tokens (other candidates as its
 * alternatives), or null when the words after `from` are no move to a bare rank word.
 */
export function genericMoveTarget(index: RoleIndex, tokens: readonly string[], typed: readonly string[], from: RoleMention): RoleMention | null {
  const i = movedToRankWord(tokens, from);
  if (i === null) return null;
  const rank = tokens[i]!;
  const { knowledge } = index;
  const entry = knowledge.getRole(from.roleId);
  if (!entry) return null;
  const found = ranksLedTo(knowledge, entry, rank);
  if (found.length === 0) {
    // "nurse manager", "construction manager": a word of the role's title with the rank word.
    for (let w = from.end - 1; w >= from.start && found.length === 0; w--) {
      const named = index.names.get(`${tokens[w]} ${rank}`);
      if (named && named.roleId !== entry.id) found.push(named.roleId);
    }
  }
  if (found.length === 0) return null;
  const mention = roleMention(found[0]!, typed[i]!, i, i + 1, RANK_TARGET_CONFIDENCE);
  if (found.length > 1) mention.alternatives = found.slice(1, 1 + MAX_ALTERNATIVES);
  return mention;
}

/** Where the bare rank word of a move right after `from` stands ("cashier to manager", "become a supervisor"), or null. */
export function movedToRankWord(tokens: readonly string[], from: { end: number }): number | null {
  let i = from.end;
  let moved = false;
  while (MOVE_WORDS.has(tokens[i] ?? "")) {
    moved = true;
    i++;
  }
  if (ARTICLES.has(tokens[i] ?? "")) i++;
  const rank = tokens[i];
  // "cashier to manager of a store": a longer title, left to the name lookup.
  if (!moved || rank === undefined || !RANK_WORDS.has(rank) || tokens[i + 1] === "of") return null;
  return i;
}

/** The roles of rank `rank` that `entry` leads to, closest first. */
function ranksLedTo(knowledge: KnowledgeBase, entry: RoleEntry, rank: string): string[] {
  const out: string[] = [];
  const codes = new Set<string>();
  for (const step of careerSteps(knowledge, entry)) {
    if (step.id === entry.id || (step.code !== null && step.code === entry.code) || out.includes(step.id)) continue;
    if (step.code !== null && codes.has(step.code)) continue;
    if (!hasRank(step, rank)) continue;
    out.push(step.id);
    if (step.code !== null) codes.add(step.code);
  }
  return out;
}

/** Whether a role's title is of that rank: its own word ("Food Service Managers"), or a first-line supervisor for a manager or lead. */
function hasRank(step: RoleEntry, rank: string): boolean {
  const title = normalizeWords(step.occupation?.title ?? step.title);
  if (FIRST_LINE_RANKS.has(rank) && FIRST_LINE.test(title)) return true;
  return normalizeWords(step.title)
    .split(" ")
    .some((w) => w === rank || w === `${rank}s`);
}
