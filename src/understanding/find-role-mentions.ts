// Finds known roles in a question: longest exact match over word n-grams first, then the same scan
// over typo-corrected words. A lone generic word ("office", "manager") never becomes a role.
import { isPartOfOccupation, NAME_WEIGHTS } from "../knowledge/role-entry.js";
import { canonicalPhrase, canonicalTokens } from "./canonical-tokens.js";
import { chainSettings } from "./detect-employer.js";
import { swappedNeighbours } from "./edit-distance.js";
import { preferCorrectionsThatCompleteNames } from "./phrase-corrections.js";
import { readTitlesAtWorkplaces } from "./role-at-workplace.js";
import {
  ARTICLES,
  AUXILIARY_STARTS,
  beforeArticle,
  COMPARATIVE_ADJECTIVES,
  FORMER_WORDS,
  GENERIC_ROLE_WORDS,
  JOB_WORDS,
  OCCUPATION_HEADS,
  STOPWORDS,
  WORKPLACE_PREPOSITIONS,
} from "./lexicon.js";
import type { Correction, NameEntry, RoleIndex } from "./role-index.js";
import type { SharedTitleEvidence } from "./shared-title-evidence.js";
import { insideAny, spanPhrase, typedPhrase, type TokenView } from "./token-view.js";
import {
  ALL_WORDS_CORRECTED_PENALTY,
  MIN_LONE_CORRECTED_WORD,
  MIN_LONE_TWO_TYPO_WORD,
  SHARED_TITLE_CONTEXT_AFTER,
  SHARED_TITLE_CONTEXT_BEFORE,
} from "./tuning.js";
import { roleMention, type RoleMention } from "./types.js";
import { wordSet } from "./word-list.js";

/** Chains members name as where they work, by their canonical words ("mcdonalds" reads "mcdonald"), and the kind of place each is (detect-employer.ts). */
const CHAIN_SETTINGS: ReadonlyMap<string, readonly string[]> = new Map(chainSettings().map(([words, setting]) => [canonicalPhrase(words), setting]));

/** Words right after a title in "nurce salary", "lawer vs paralegal": the word before them is a title asked about. */
const TITLE_FRAME_AFTER = wordSet("TITLE_FRAME_AFTER", "salary pay wage income paycheck versus");
/** The shortest lone typo a title frame makes a title, one edit away. */
const MIN_FRAMED_TYPO = 5;
/** The shortest lone typo a title frame makes a title two edits away, sharing its first letters ("electrian"). */
const MIN_FRAMED_TWO_TYPOS = 7;
const SHARED_START = 3;

/**
 * "nurce salary", "how much do nurces make", "how to become a plumer": a short word the index only
 * knows as a slip, in a frame that asks about a title. Alone in chat ("the nurce"), such a word is
 * too thin to guess a role from; here the frame says a title was meant. (Words are canonical: "vs"
 * reads "versus".)
 */
function framedAsTitle(words: readonly string[], typed: string, at: number, fix: Correction): boolean {
  // ("inspection vs gate warden pay": "inspection" is a word for the work, not a slip for "inspector".)
  const reach =
    fix.distance === 1
      ? typed.length >= MIN_FRAMED_TYPO
      : fix.distance === 2 && typed.length >= MIN_FRAMED_TWO_TYPOS && fix.word.startsWith(typed.slice(0, SHARED_START)) && !namesTheWork(typed, fix.word);
  if (!reach) return false;
  const before = words[at - 1] ?? "";
  const after = words[at + 1] ?? "";
  // ("how much does an actuarie make": the verb's subject, after its article.)
  const verbBefore = before === "a" || before === "an" ? (words[at - 2] ?? "") : before;
  return (
    TITLE_FRAME_AFTER.has(after) ||
    before === "versus" ||
    ((verbBefore === "do" || verbBefore === "does") && (after === "make" || after === "earn" || (after === "do" && verbBefore === "does"))) ||
    ((before === "a" || before === "an") && (words[at - 2] === "become" || words[at - 2] === "becoming")) ||
    // "is a nurce a good job": a title judged.
    ((before === "a" || before === "an") && (words[at - 2] === "is" || words[at - 2] === "being") && (after === "a" || after === "an"))
  );
}

/**
 * Two typos in one long word ("electrition" -> "electrician"), but not a word for the work where
 * the title names the worker ("instruction" -> "instructor", "inspection" -> "inspector").
 */
function longTwoTypos(typed: string, fix: Correction): boolean {
  return fix.distance === 2 && typed.length >= MIN_LONE_TWO_TYPO_WORD && !namesTheWork(typed, fix.word);
}

/** "instruction" for "instructor", "inspection" for "inspector": the work's own word, two edits from its worker's. */
function namesTheWork(typed: string, title: string): boolean {
  return typed.endsWith("ion") && /[ts]or$/.test(title);
}

/**
 * "promoted" -> "promoter", "searched" -> "searcher", "organise" -> "organiser" or "organist": the verb
 * a worker is named after is a word of its own, not a slip in the worker's title.
 */
export function verbOfAgent(typed: string, fixed: string): boolean {
  // "organise(s)" is not a typo for "organist", nor "specialize" for "specialist".
  if (fixed.endsWith("ist")) {
    const stem = fixed.slice(0, -3);
    return (typed.startsWith(`${stem}is`) || typed.startsWith(`${stem}iz`)) && ["e", "es", "ed", "ing"].includes(typed.slice(stem.length + 2));
  }
  if (!fixed.endsWith("er") && !fixed.endsWith("or")) return false;
  const stem = fixed.slice(0, -2);
  // ...and "broken" is no "broker": the participle in -en.
  return fixed === `${typed}r` || typed === `${stem}ed` || typed === `${stem}ing` || typed === `${stem}${fixed.at(-2)}d` || typed === `${stem}en`;
}

export const MAX_ROLES = 3;

const JOINERS = wordSet("JOINERS", ["versus", "or", "and"]);

/**
 * "supply chain vs logistics manager", "office or operations manager": the first role's head noun
 * is left out. Complete it with the head of the role named right after the joiner.
 */
function findElidedHeads(index: RoleIndex, words: readonly string[], mentions: readonly RoleMention[]): RoleMention[] {
  const found: RoleMention[] = [];
  const covered = (i: number) => insideAny(mentions, i) || insideAny(found, i);
  const anyCovered = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (covered(i)) return true;
    return false;
  };
  for (const next of mentions) {
    let end = next.start - 1;
    if (end < 1 || !JOINERS.has(words[end]!)) continue;
    const head = words[next.end - 1]!;
    // The role after the joiner has a modifier of its own, which the first one stands in for: "nursing
    // or teacher" (a field read as its worker beside another) is no "nursing teacher".
    if (next.end - next.start < 2) continue;
    // Walk back through a list: "project, program and product manager" (commas are gone by now).
    while (end >= 1) {
      let matched: RoleMention | undefined;
      // Only words that names use can be in one: the run of them before the joiner bounds the lookups.
      let run = 0;
      while (run < end && index.isNameWord(words[end - 1 - run]!)) run++;
      for (let length = Math.min(index.maxPhraseLength - 1, end, run); length >= 1 && !matched; length--) {
        const start = end - length;
        if (anyCovered(start, end) || isAfterWorkplacePreposition(words, start)) continue;
        // ("truck driving or forklift operator": a line of work named with its own modifier is no "driving operator".)
        if (length < run && words[start]!.endsWith("ing")) continue;
        const entry = index.names.get([...words.slice(start, end), head].join(" "));
        if (entry) matched = roleMention(entry.roleId, `${words.slice(start, end).join(" ")} (${head})`, start, end, 1);
      }
      if (!matched) break;
      found.push(matched);
      end = matched.start;
      if (end >= 1 && JOINERS.has(words[end - 1]!)) end--;
    }
  }
  return found;
}

/** "cook at a school cafeteria vs restaurant cook": "school cafeteria" is a place, not "school cafeteria cook". */
function isAfterWorkplacePreposition(words: readonly string[], start: number): boolean {
  const before = words[start - 1] ?? "";
  return WORKPLACE_PREPOSITIONS.has(before) || (ARTICLES.has(before) && WORKPLACE_PREPOSITIONS.has(words[start - 2] ?? ""));
}

/**
 * "technician at a vet clinic", "dental assistant at a dentist office": a name right after "at a"
 * following a role says where that role works. Its words stay in the question as the role's context.
 */
function dropWorkplaces(words: readonly string[], mentions: RoleMention[], entries: NameEntry[]): void {
  for (let k = mentions.length - 1; k > 0; k--) {
    // Most neighbouring roles have no preposition between them: nothing to slice and look at.
    const gapStart = mentions[k - 1]!.end;
    if (mentions[k]!.start === gapStart || !WORKPLACE_PREPOSITIONS.has(words[gapStart]!)) continue;
    const gap = words.slice(gapStart, mentions[k]!.start);
    // "at a", "in the", "at a school": the preposition, maybe an article, maybe one describing word.
    const rest = gap.slice(1).filter((w, i) => i > 0 || !ARTICLES.has(w));
    const atPlace = gap.length >= 1 && WORKPLACE_PREPOSITIONS.has(gap[0]!) && rest.length <= 1 && !rest.some((w) => JOINERS.has(w) || ARTICLES.has(w));
    if (!atPlace) continue;
    mentions.splice(k, 1);
    entries.splice(k, 1);
  }
}

/** "PT (personal trainer)": brackets after an abbreviation spell out which role it means. */
function spelledOut(m: RoleMention, named: readonly BracketedName[]): boolean {
  if (named.length !== 1 || !named[0]!.fills || m.end - m.start !== 1 || m.typed.length > 3) return false;
  m.roleId = named[0]!.roleId;
  return true;
}

/** Where "in construction", "at a hospital" starts, when it ends the message in at most three words; otherwise past the end. */
function placeEndingMessage(words: readonly string[]): number {
  for (let at = Math.max(0, words.length - 4); at < words.length - 1; at++)
    if (WORKPLACE_PREPOSITIONS.has(words[at]!) && !words.slice(at + 1).some((w) => JOINERS.has(w))) return at + 1;
  return words.length;
}

/**
 * A title several roles share goes to the one the evidence favours (see shared-title-evidence.ts),
 * weighing the question's words around it, up to the neighbouring role or a joiner.
 */
function resolveSharedTitles(
  evidence: SharedTitleEvidence,
  words: readonly string[],
  mentions: RoleMention[],
  entries: readonly NameEntry[],
  restated: readonly BracketedName[][],
): void {
  const trailingPlace = placeEndingMessage(words);
  mentions.forEach((m, k) => {
    const entry = entries[k]!;
    if (entry.alternatives.length === 0) {
      spelledOut(m, restated[k]!);
      return;
    }
    const context: string[] = [];
    const from = Math.max(mentions[k - 1]?.end ?? 0, m.start - SHARED_TITLE_CONTEXT_BEFORE);
    for (let i = m.start - 1; i >= from && !JOINERS.has(words[i]!); i--) context.push(words[i]!);
    // After it, up to a joiner: the next mention's words too ("superintendent salary construction",
    // where "construction" is a field word beside the role, not a second role).
    const to = Math.min(words.length, m.end + SHARED_TITLE_CONTEXT_AFTER);
    for (let i = m.end; i < to && !JOINERS.has(words[i]!); i++) context.push(words[i]!);
    // "superintendent vs project manager in construction": where the work is, ending the message, is every role's.
    if (m.end <= trailingPlace) for (let i = trailingPlace; i < words.length; i++) if (!context.includes(words[i]!)) context.push(words[i]!);
    // "how much do cooks make at mcdonalds": a chain's name says what kind of place it is.
    for (let i = context.length - 1; i >= 0; i--) {
      const setting = CHAIN_SETTINGS.get(context[i]!);
      if (setting) context.push(...setting);
    }
    const candidates = [entry.roleId, ...entry.alternatives];
    // "midwife (nurse midwife)": the bracketed name says which of the title's occupations is meant.
    const named = restated[k]!.find((b) => candidates.includes(b.roleId));
    if (named) {
      m.roleId = named.roleId;
      return;
    }
    if (spelledOut(m, restated[k]!)) return;
    const choice = evidence.choose(candidates, entry.phrase, context);
    m.roleId = choice.roleId;
    if (!choice.ownName && choice.alternatives.length > 0) m.alternatives = choice.alternatives;
    if (choice.tossUp) m.tossUp = true;
  });
}

/**
 * "midwife (nurse midwife)", "truck driver (18 wheeler, OTR)": names in parentheses right after a role
 * qualify it rather than add a role. They leave the list (their words stay covered by the role);
 * returns, per remaining mention, the roles its brackets named.
 */
interface BracketedName {
  roleId: string;
  /** The name is all the brackets hold, right after the role. */
  fills: boolean;
}

/** Whether tokens `from` to `to` (at least one) were all typed inside parentheses. */
function allInParens(inParens: readonly boolean[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!inParens[i]) return false;
  return to > from;
}

function foldParentheticals(inParens: readonly boolean[], mentions: RoleMention[], entries: NameEntry[]): BracketedName[][] {
  const restated: BracketedName[][] = [];
  for (let k = 0; k < mentions.length; k++) {
    const outer = mentions[k]!;
    const named: BracketedName[] = [];
    restated.push(named);
    if (inParens[outer.end - 1]) continue;
    // Every following name inside the brackets that open right after the outer role.
    while (k + 1 < mentions.length) {
      const inner = mentions[k + 1]!;
      if (!allInParens(inParens, outer.end, inner.end)) break;
      // Only a name that fills the brackets spells out an abbreviation: "PT (personal trainer)", not "MD (family medicine)".
      named.push({ roleId: inner.roleId, fills: inner.start === outer.end && !inParens[inner.end] });
      outer.alsoAt = [...(outer.alsoAt ?? []), { start: inner.start, end: inner.end }];
      mentions.splice(k + 1, 1);
      entries.splice(k + 1, 1);
    }
  }
  return restated;
}

/**
 * "film producer vs director", "widget tuner or inspector": the second role's modifier is left out.
 * A lone word after the joiner that names a role with the first role's modifier is that role.
 */
function findElidedModifiers(index: RoleIndex, words: readonly string[], typed: readonly string[], mentions: readonly RoleMention[]): RoleMention[] {
  const found: RoleMention[] = [];
  const covered = (i: number) => insideAny(mentions, i);
  for (const m of mentions) {
    const at = m.end + 1;
    if (m.end - m.start < 2 || !JOINERS.has(words[m.end] ?? "") || at >= words.length || covered(at)) continue;
    const modifier = words.slice(m.start, m.end - 1).join(" ");
    const entry = index.names.get(`${modifier} ${words[at]}`);
    if (entry) found.push(roleMention(entry.roleId, `(${typed.slice(m.start, m.end - 1).join(" ")}) ${typed[at]}`, at, at + 1, 1));
  }
  return found;
}

/**
 * "get into real estate as an agent", "in sales as a manager": the line of work named before "as (a)"
 * says which role the title is, when the two words make a name of their own ("real estate agent").
 */
function readFieldBeforeAs(index: RoleIndex, words: readonly string[], typed: readonly string[], mentions: RoleMention[], entries: NameEntry[]): void {
  mentions.forEach((m, k) => {
    const asAt = beforeArticle(words, m.start);
    // ("get a job as a developer": "job" names no line of work, and "job developer" is a counselor's title.)
    if (words[asAt] !== "as" || JOB_WORDS.has(words[asAt - 1] ?? "")) return;
    const title = spanPhrase(words, m.start, m.end);
    for (let n = Math.min(2, asAt); n >= 1; n--) {
      const from = asAt - n;
      if (insideAny(mentions, from) || STOPWORDS.has(words[from]!)) continue;
      const entry = index.names.get(`${spanPhrase(words, from, asAt)} ${title}`);
      if (!entry) continue;
      mentions[k] = roleMention(entry.roleId, `(${typedPhrase(typed, from, asAt)}) ${m.typed}`, m.start, m.end, m.confidence);
      entries[k] = entry;
      return;
    }
  });
}

/**
 * "apprentice electrician": a one-word title right before another, where O*NET names the pair the
 * other way round ("Electrician Apprentice"), is that one role, not two.
 */
function mergeReversedNames(index: RoleIndex, words: readonly string[], typed: readonly string[], mentions: RoleMention[], entries: NameEntry[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k]!, mentions[k + 1]!];
    if (a.end - a.start !== 1 || b.start !== a.end) continue;
    const entry = index.names.get(`${spanPhrase(words, b.start, b.end)} ${words[a.start]}`);
    if (!entry) continue;
    mentions.splice(k, 2, roleMention(entry.roleId, typedPhrase(typed, a.start, b.end), a.start, b.end, Math.min(a.confidence, b.confidence)));
    entries.splice(k, 2, entry);
  }
}

/**
 * "police shift supervisor": a one-word title right before another role whose occupation's title
 * holds that word ("First-Line Supervisors of Police and Detectives") says which one is meant; it
 * is no role of its own.
 */
function absorbQualifiers(index: RoleIndex, words: readonly string[], typed: readonly string[], mentions: RoleMention[], entries: NameEntry[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k]!, mentions[k + 1]!];
    if (a.end - a.start !== 1 || b.start !== a.end) continue;
    const role = index.knowledge.getRole(b.roleId);
    if (role?.kind !== "occupation" || !canonicalTokens(role.occupation.title).includes(words[a.start]!)) continue;
    b.start = a.start;
    b.typed = typedPhrase(typed, a.start, b.end);
    mentions.splice(k, 1);
    entries.splice(k, 1);
  }
}

/**
 * "prompt engineer": a one-word name only a loose label gives its role ("prompt" is a reported title of
 * actors), right before a head noun no role covers, modifies a title the data does not know; it is no
 * mention of that role, so the whole title is asked about as unknown.
 */
function dropLooseModifiers(evidence: SharedTitleEvidence, words: readonly string[], mentions: RoleMention[], entries: NameEntry[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end - m.start !== 1 || !OCCUPATION_HEADS.has(words[m.end] ?? "") || insideAny(mentions, m.end)) continue;
    if (evidence.claimWeight(m.roleId, words[m.start]!) >= NAME_WEIGHTS.title) continue;
    mentions.splice(k, 1);
    entries.splice(k, 1);
  }
}

/**
 * "a zorblax wrangler", "a quokka wrangler": a word the index has never seen (no title, aspect or
 * function word, and no typo of one) right after an article, before a one-word name only a reported
 * or looser title gives its role ("wrangler" is a reported title of farmworkers), makes a title the
 * data does not know. The mention is dropped and the two words are given to `unseen`, so the question
 * names the title as unknown instead of silently answering about the farmworker. (A role's own title
 * keeps its mention: "a meme curator" is still read as the curator.)
 */
function dropUnseenModifiers(
  index: RoleIndex,
  evidence: SharedTitleEvidence,
  words: readonly string[],
  corrected: readonly (Correction | null)[],
  mentions: RoleMention[],
  entries: NameEntry[],
  unseen: { start: number; end: number }[],
): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const at = m.start - 1;
    const modifier = words[at] ?? "";
    if (m.end - m.start !== 1 || at < 1 || !ARTICLES.has(words[at - 1]!) || insideAny(mentions, at)) continue;
    if (!UNSEEN_SHAPE.test(modifier) || corrected[at] || index.isSettled(modifier)) continue;
    if (evidence.claimWeight(m.roleId, words[m.start]!) > NAME_WEIGHTS.reported) continue;
    dropAsUnseen(k, at, mentions, entries, unseen);
  }
}

/** Drops mention `k` (and its entry), and gives its words from `start` to `unseen`: a title the data does not know. */
function dropAsUnseen(k: number, start: number, mentions: RoleMention[], entries: NameEntry[], unseen: { start: number; end: number }[]): void {
  unseen.push({ start, end: mentions[k]!.end });
  mentions.splice(k, 1);
  entries.splice(k, 1);
}

/**
 * "a dragon trainer", "ghost hunter salary", "wizard consultants", "zombie apocalypse survival
 * instructor": a word of fiction or a joke within three words before a title makes a title no one
 * holds; it is asked about as unknown, not answered as the animal trainer or the management analyst.
 * Canonical, singular words.
 */
const FICTIONAL_WORDS: ReadonlySet<string> = new Set(
  "dragon unicorn wizard witch warlock sorcerer ghost zombie vampire werewolf pirate spaceship starship alien jedi sith superhero mermaid fairy elf goblin hobbit ninja demon vibe potion dinosaur intergalactic interdimensional galactic".split(
    " ",
  ),
);
/** How far before a title a word of fiction is read as part of it. */
const FICTIONAL_REACH = 3;

function dropFictionalModifiers(
  index: RoleIndex,
  tokens: readonly string[],
  mentions: RoleMention[],
  entries: NameEntry[],
  unseen: { start: number; end: number }[],
): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    for (let at = m.start - 1; at >= Math.max(0, m.start - FICTIONAL_REACH) && !insideAny(mentions, at) && !ARTICLES.has(tokens[at]!); at--) {
      // ("ghost writer": one word of a title, "ghostwriter", typed as two.)
      if (!FICTIONAL_WORDS.has(tokens[at]!) || index.isNameWord(`${tokens[at]}${tokens[at + 1]}`)) continue;
      dropAsUnseen(k, at, mentions, entries, unseen);
      break;
    }
  }
}

/** A plain word of four letters or more: "zorblax", not "3d" or "ai". */
const UNSEEN_SHAPE = /^[a-z]{4,}$/;

/** The next meaning must hold the title in at least this share of the names the first meaning does. */
const ALTERNATIVE_DENSITY_SHARE = 2;

/**
 * "x-ray tech vs ultrasound tech": a shared title read as the role another title in the question
 * already names means its next meaning instead, when that occupation claims the title more strongly,
 * or as strongly and about as often (an editor's preference never moves: "software engineer vs software developer" stays one role).
 * Moves the mention and returns true when it did.
 */
function takeAlternative(index: RoleIndex, evidence: SharedTitleEvidence | undefined, m: RoleMention, taken: readonly RoleMention[]): boolean {
  if (!evidence || !m.alternatives?.length) return false;
  const phrase = canonicalPhrase(m.typed);
  const { weight, density } = evidence.claimOn(m.roleId, phrase);
  if (weight === 0 || weight >= NAME_WEIGHTS.preferred) return false;
  const next = m.alternatives.find((alt) => !taken.some((t) => t !== m && sameRole(index, t.roleId, alt)));
  if (!next) return false;
  // ...and, as strongly, about as often: "fitness instructor vs personal trainer" are one occupation's
  // titles, though athletic trainers report "personal trainer" a few times too.
  const claim = evidence.claimOn(next, phrase);
  if (claim.weight < weight || (claim.weight === weight && claim.density * ALTERNATIVE_DENSITY_SHARE < density)) return false;
  m.alternatives = [m.roleId, ...m.alternatives.filter((alt) => alt !== next)];
  m.roleId = next;
  return true;
}

/** Whether `word` may open a title: a name starts with it, and it is no function word ("do", "vs"). */
function startsTitle(index: RoleIndex, word: string | undefined): boolean {
  return word !== undefined && !STOPWORDS.has(word) && word !== "vs" && word !== "versus" && index.longestNameFrom(word) > 0;
}

/** The most words on either side of "or" in a title typed as two ("heating, air conditioning or refrigeration mechanic" is one). */
const MAX_SPLIT_SIDE = 2;

/** Whether the words from `start` to `end` are two short names of the one role, joined by "or" ("paralegal or legal assistant"). */
function splitsIntoTwoNames(index: RoleIndex, words: readonly string[], start: number, end: number, roleId: string): boolean {
  const k = words.indexOf("or", start + 1);
  if (k < 0 || k >= end - 1 || k - start > MAX_SPLIT_SIDE || end - k - 1 > MAX_SPLIT_SIDE) return false;
  return index.nameOf(words, start, k)?.roleId === roleId && index.nameOf(words, k + 1, end)?.roleId === roleId;
}

/**
 * The same role, or a curated role and the imported occupation of its code ("accountant", "auditor"),
 * unless the curated role is only part of that occupation ("coo", "ceo").
 */
function sameRole(index: RoleIndex, a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [index.knowledge.getRole(a), index.knowledge.getRole(b)];
  return Boolean(x?.code) && x?.code === y?.code && x?.kind !== y?.kind && !isPartOfOccupation(x!) && !isPartOfOccupation(y!);
}

/**
 * The roles named in a question. `unseen` receives the spans of titles made of a word the index has
 * never seen and a loose name ("a zorblax wrangler"), which the caller reports as unknown.
 */
export function findRoleMentions(
  index: RoleIndex,
  view: Pick<TokenView, "tokens" | "typed"> & Partial<Pick<TokenView, "inParens" | "clause">>,
  evidence?: SharedTitleEvidence,
  unseen: { start: number; end: number }[] = [],
): RoleMention[] {
  const { tokens, typed } = view;
  // A typo in a plural ("servies") singularises badly ("servy"): try the typed word minus its "s" too.
  const corrected = tokens.map(
    (t, i) => index.correct(t) ?? (!index.isSettled(t) && typed[i] !== t && typed[i]!.endsWith("s") ? index.correct(typed[i]!.slice(0, -1)) : null),
  );
  preferCorrectionsThatCompleteNames(index, tokens, corrected);
  const words = tokens.map((t, i) => corrected[i]?.word ?? t);
  const mentions: RoleMention[] = [];
  const entries: NameEntry[] = [];
  // Only a run of words that names use, no longer than the longest name starting with its first
  // word, can be a name: other spans are not looked up (nameOf rules out most of the rest).
  let runEnd = 0; // where the run of name words at i ends
  const clause = view.clause;
  let i = 0;
  while (i < words.length) {
    let matched = false;
    if (runEnd <= i) {
      runEnd = i;
      // A name never runs across a sentence or clause break: "is journalism a dying field? reporters outlook".
      while (runEnd < words.length && index.isNameWord(words[runEnd]!) && (!clause || clause[runEnd] === clause[i])) runEnd++;
    }
    // "Is director of operations a C-level role": a question's opening verb is not the "IS" of "IS Director".
    const openingVerb = AUXILIARY_STARTS.has(words[i]!) && (i === 0 || (clause !== undefined && clause[i - 1] !== clause[i]));
    // "pharmacist or nurse practitioner": "or" joins two roles; it does not open O*NET's "OR Nurse".
    const joiner = words[i] === "or";
    const longest = Math.min(openingVerb || joiner ? 1 : index.maxPhraseLength, runEnd - i, index.longestNameFrom(words[i]!));
    for (let length = longest; length >= 1; length--) {
      const entry = index.nameOf(words, i, i + length);
      if (!entry) continue;
      // "paralegal or legal assistant, same thing?": O*NET's "X or Y" title typed as two titles set side by side.
      if (length > 2 && splitsIntoTwoNames(index, words, i, i + length, entry.roleId)) continue;
      // The span's corrected words: how many, and the first.
      let fixCount = 0;
      let firstFix: Correction | null = null;
      for (let k = i; k < i + length; k++) {
        if (!corrected[k]) continue;
        fixCount++;
        firstFix ??= corrected[k]!;
      }
      // A single corrected word is too thin to guess a role from unless it is long and distinctive,
      // or two of the title's letters swapped ("nures", "pilto"), a slip that seldom makes a word.
      // One word with two typos ("zookeeper" -> "bookkeeper") is more likely another word altogether.
      // "which takes longer" is not a typo for "logger": comparatives are words of their own.
      if (
        length === 1 &&
        (GENERIC_ROLE_WORDS.has(entry.phrase) ||
          (firstFix &&
            (COMPARATIVE_ADJECTIVES.has(tokens[i]!) ||
              verbOfAgent(tokens[i]!, firstFix.word) ||
              (((tokens[i]!.length < MIN_LONE_CORRECTED_WORD && !swappedNeighbours(typed[i]!, firstFix.word)) ||
                (firstFix.distance > 1 && !longTwoTypos(tokens[i]!, firstFix))) &&
                !framedAsTitle(words, tokens[i]!, i, firstFix)))))
      )
        continue;
      // "a former teacher", "im a former paralegal": "former" (O*NET's forming-machine title) right before a title says when, not who.
      if (length === 1 && FORMER_WORDS.has(words[i]!) && startsTitle(index, words[i + 1])) continue;
      let confidence = 1;
      for (let k = i; k < i + length; k++) {
        const fix = corrected[k];
        if (fix) confidence = Math.min(confidence, 1 - fix.distance / Math.max(tokens[k]!.length, fix.word.length));
      }
      if (fixCount === length && length > 1) confidence *= ALL_WORDS_CORRECTED_PENALTY;
      mentions.push(roleMention(entry.roleId, typedPhrase(typed, i, i + length), i, i + length, confidence));
      entries.push(entry);
      i += length;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  mergeReversedNames(index, words, typed, mentions, entries);
  readTitlesAtWorkplaces(index, evidence, words, typed, view.inParens, mentions, entries);
  dropWorkplaces(words, mentions, entries);
  readFieldBeforeAs(index, words, typed, mentions, entries);
  const restated = view.inParens ? foldParentheticals(view.inParens, mentions, entries) : mentions.map(() => []);
  if (evidence) resolveSharedTitles(evidence, words, mentions, entries, restated);
  absorbQualifiers(index, words, typed, mentions, entries);
  if (evidence) dropLooseModifiers(evidence, words, mentions, entries);
  if (evidence) dropUnseenModifiers(index, evidence, words, corrected, mentions, entries, unseen);
  // (The words as typed: "ghost" is no slip of "host" here.)
  dropFictionalModifiers(index, tokens, mentions, entries, unseen);
  mentions.push(...findElidedHeads(index, words, mentions), ...findElidedModifiers(index, words, typed, mentions));
  mentions.sort((a, b) => a.start - b.start);
  // The same role named twice ("office manager ... the office manager") counts once; two different
  // titles of one role ("plumber vs pipefitter") are remembered, since the question compares them.
  const unique: RoleMention[] = [];
  for (const m of mentions) {
    const first = unique.find((u) => sameRole(index, u.roleId, m.roleId));
    if (!first) unique.push(m);
    else if (
      !first.typed.includes(m.typed) &&
      !m.typed.includes(first.typed) &&
      (takeAlternative(index, evidence, m, unique) || takeAlternative(index, evidence, first, [...unique, m]))
    ) {
      unique.push(m);
    } else {
      // "auditor vs accountant": the curated Accountant carries the occupation "Accountants and Auditors".
      if (index.knowledge.getRole(m.roleId)?.kind === "curated") first.roleId = m.roleId;
      first.alsoAt = [...(first.alsoAt ?? []), { start: m.start, end: m.end }];
      // ("a UK electrician … what do electricians earn": one title, once singular and once plural, is no second title.)
      const another = (typed: string) => canonicalPhrase(typed) !== canonicalPhrase(m.typed);
      if (another(first.typed) && (first.alsoTyped ?? []).every(another)) first.alsoTyped = [...(first.alsoTyped ?? []), m.typed];
    }
  }
  return unique;
}
