// Role-like phrases the knowledge base does not cover: an occupation head noun ("engineer",
// "teacher", "manager") with up to two modifiers in front ("data engineer", "marketing manager").
import { canonicalTokens } from "./canonical-tokens.js";
import {
  AUXILIARY_STARTS,
  GENERIC_ROLE_WORDS,
  IMPERATIVE_STARTS,
  INDEFINITE_ARTICLES,
  KNOWN_WORDS,
  LETTERS_ONLY,
  OCCUPATION_HEADS,
  pastAdverb,
  POSSESSIVES,
  QUESTION_WORDS,
  STOPWORDS,
  VERB_ADVERBS,
} from "./lexicon.js";
import { MIN_TITLE_SUFFIX_WORD } from "./tuning.js";
import { typedPhrase } from "./token-view.js";
import { wordSet } from "./word-list.js";

/** Job-title endings beyond the listed heads: zookeeper, dietitian, cardiologist, photographer, locksmith. */
const OCCUPATION_SUFFIX = /(keeper|ician|itian|ologist|grapher|smith|wright|ist)$/;
/** Words ending in "ist" that name no worker: "list", "assist", "exist". */
const NOT_A_WORKER_ENDING = /(list|sist|xist)$/;

export function isOccupationWord(token: string): boolean {
  if (OCCUPATION_HEADS.has(token)) return true;
  return (
    token.length >= MIN_TITLE_SUFFIX_WORD &&
    OCCUPATION_SUFFIX.test(token) &&
    !NOT_A_WORKER_ENDING.test(token) &&
    !KNOWN_WORDS.has(token) &&
    !STOPWORDS.has(token)
  );
}

/** "manager", "tech": one generic word that heads many titles, too broad to be one role. */
export function isBroadRoleWord(phrase: string): boolean {
  const words = canonicalTokens(phrase);
  return words.length === 1 && GENERIC_ROLE_WORDS.has(words[0]!);
}

/** Aspect words that also work as the first word of a job title ("software engineer", "training manager"). */
const MODIFIER_WORDS = wordSet("MODIFIER_WORDS", ["software", "tool", "training", "school", "medical", "senior", "junior", "head", "lead", "travel", "data"]);

/** Degrees as members type them ("a masters", "a master's"), which end like job heads ("master"). */
const DEGREES = new Set(["masters", "bachelors", "associates", "master", "bachelor"]);
/** Words after a degree's name that make it one: "associates in business", "bachelors degree". */
const DEGREE_AFTER = new Set(["in", "degree", "of"]);

export interface UnknownPhrase {
  phrase: string;
  start: number;
  end: number;
  /** Found by a frame that asks about it as a job ("is dropshipper a real career"), so no article is needed before it. */
  asJob?: true;
}

export function findUnknownRolePhrases(
  tokens: readonly string[],
  typed: readonly string[],
  covered: (i: number) => boolean,
  isAspectWord: (i: number) => boolean,
  clause?: readonly number[],
): UnknownPhrase[] {
  const found: UnknownPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (covered(i) || !isOccupationWord(token)) continue;
    // A head followed by another head is a modifier ("assistant manager"): take the last one.
    if (i + 1 < tokens.length && isOccupationWord(tokens[i + 1]!) && !covered(i + 1)) continue;
    let start = i;
    while (start > 0 && i - start < 2) {
      const prev = tokens[start - 1]!;
      if (
        covered(start - 1) ||
        (isAspectWord(start - 1) && !MODIFIER_WORDS.has(prev)) ||
        STOPWORDS.has(prev) ||
        POSSESSIVES.has(prev) ||
        QUESTION_WORDS.has(prev) ||
        // "what skills do you need to be a good manager": the quality asked of it is no part of the title.
        QUALITY_ADJECTIVES.has(prev)
      )
        break;
      if (AUXILIARY_STARTS.has(prev) || IMPERATIVE_STARTS.has(prev) || !LETTERS_ONLY.test(prev)) break;
      // "which has more travel, consultant or sales rep": no title runs across a comma.
      if (clause && clause[start - 1] !== clause[i]) break;
      start--;
    }
    // "can I be a PA without a masters": a degree, not a master of something; so is "an old associates in
    // business", whatever words come before it; "an associate degree" too ("an associate" alone is a job).
    if ((DEGREES.has(typed[i]!) && (start === i || DEGREE_AFTER.has(tokens[i + 1] ?? ""))) || (typed[i] === "associate" && tokens[i + 1] === "degree"))
      continue;
    found.push({ phrase: typedPhrase(typed, start, i + 1), start, end: i + 1 });
  }
  const question: QuestionWords = { tokens, typed, covered, isAspectWord };
  found.push(...findTemplateRoles(question, found));
  found.push(...findJobFrames(question, found));
  found.push(...setAgainstRole(question, found));
  return found;
}

/** What the frames below read: the question's words as folded and as typed, and which of them roles or aspects already take. */
interface QuestionWords {
  tokens: readonly string[];
  typed: readonly string[];
  covered: (i: number) => boolean;
  isAspectWord: (i: number) => boolean;
}

/** Whether a span overlaps any of `spans`. A loop, not a callback: a callback reading the loop's variables costs a context per word. */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const span of spans) if (span.start < end && span.end > start) return true;
  return false;
}

/** Qualities said of a worker before a title: "a good manager", "a successful engineer". */
export const QUALITY_ADJECTIVES = wordSet("QUALITY_ADJECTIVES", ["good", "great", "better", "best", "successful", "effective", "excellent", "decent", "bad"]);

/** "how to become a better person", "a good leader", "an adult": a quality or a stage of life one grows into, not a title. */
const QUALITY_WORDS = wordSet("QUALITY_WORDS", [
  "better",
  "best",
  "good",
  "great",
  "strong",
  "stronger",
  "happier",
  "healthier",
  "more",
  "real",
  "true",
  "whole",
  "new",
  "adult",
  "grownup",
  "parent",
  "mom",
  "dad",
  "mother",
  "father",
  "person",
  "morning",
  "millionaire",
]);

/** "the average …", "a typical …": one of a job's workers, as "a" is. */
const TYPICAL_ONE = new Set(["the average", "an average", "a typical", "the typical"]);

/** Verbs that end "what does a X do", "how much does an X make", "what does an X need". */
const ROLE_VERBS = wordSet("ROLE_VERBS", ["do", "make", "earn", "need", "get", "work", "study"]);

/**
 * Role-shaped phrases outside the word lists: the X in "what does an astronaut do" or "how to
 * become a sommelier". Only in these frames, so ordinary nouns elsewhere are left alone.
 */
function findTemplateRoles({ tokens, typed, covered, isAspectWord }: QuestionWords, already: readonly UnknownPhrase[]): UnknownPhrase[] {
  const found: UnknownPhrase[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // ("how much does the average youtuber make": a typical one of them.)
    const typical = TYPICAL_ONE.has(`${tokens[i - 1]} ${tokens[i]}`) && tokens[i - 2] === "does";
    const afterDoes = ((tokens[i - 1] === "does" || tokens[i - 1] === "become") && (tokens[i] === "a" || tokens[i] === "an")) || typical;
    if (!afterDoes || QUALITY_WORDS.has(tokens[i + 1]!)) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      end - (i + 1) < 3 &&
      !ROLE_VERBS.has(tokens[end]!) &&
      !VERB_ADVERBS.has(tokens[end]!) &&
      !STOPWORDS.has(tokens[end]!) &&
      !covered(end) &&
      !isAspectWord(end) &&
      LETTERS_ONLY.test(tokens[end]!)
    )
      end++;
    // ("what does a vtuber actually earn": an adverb before the verb.)
    const closes = end === tokens.length || ROLE_VERBS.has(tokens[pastAdverb(tokens, end)] ?? "");
    if (end === i + 1 || !closes || overlapsAny(already, i + 1, end)) continue;
    found.push({ phrase: typedPhrase(typed, i + 1, end), start: i + 1, end });
  }
  return found;
}

/** "a real career", "a legit job", "an actual thing": what the frames below judge the phrase before them to be. */
const JUDGED_AS_JOB = /^(an? )(real|legit|legitimate|actual) (job|career|profession|trade|gig|thing)\b/;
/** "… jobs, are those legit", "… gigs, are they real": the kind of work named before, judged. */
const THOSE_JUDGED =
  /^(jobs?|gigs?|work|positions?|roles?),? (are|is) (those|these|they|it|that|this)( even| actually| really)? (legit|legitimate|real|worth it|a scam|scams|good|decent)\b/;
/** "… is that still a real job", "… as a career", "… what does that job involve": what follows a phrase opening a message, asking of it as work. */
const OPENING_JUDGED =
  /^((is|are) (that|this|it|they|those)( still| even| actually| really)? (an? )?(real|legit|legitimate|actual|paid) (job|jobs|career|careers|profession|trade|gig|thing)\b|as an? (career|job|profession|living)\b|(what|whats) (does |do )?(that|this|the) (job|gig|role|work) (involve|entail|pay|look like)\b)/;
/** The nouns THOSE_JUDGED opens with (the words are read in the singular): tested first, as most words are none of them. */
const WORK_NOUNS = new Set(["job", "jobs", "gig", "gigs", "work", "position", "positions", "role", "roles"]);
/** A word for someone who does something: "cuddler", "mermaid", "bridesmaid", "stylist", "comedian". */
const WORKER_ENDING = /(er|or|ist|ian|maid)s?$/;
/** A plural agent noun, the workers of a job nobody has listed: "mukbangers", "streamers", "youtubers". */
const AGENT_PLURAL = /^[a-z]{3,}(ers|ors|ists)$/;
/** A noun in the plural: "mermaids", "sitters" (not "its", "this"). */
const PLURAL_NOUN = /^[a-z]{3,}[^s']s$/;
/** "… actually make money", "… really earn a living", "… get paid". */
const EARNS = /^((actually|really|even|still) )?(make|earn|get paid)\b/;
/** Pay and prospects asked "for" workers: "what's the salary for a chief dreamer", "job outlook for crypto shamans". */
const ASKED_FOR = wordSet("ASKED_FOR", ["salary", "pay", "wage", "outlook", "demand"]);
/** Chat words that may close a message after the title: "… crypto shamans lol". */
const CLOSING_CHAT = wordSet("CLOSING_CHAT", ["lol", "lmao", "haha", "fr", "tbh", "ngl", "rn"]);
/** People by where they stand, not by a job: "the salary for a beginner", "pay for new grads". */
const STANDING_WORDS = wordSet("STANDING_WORDS", [
  "beginner",
  "newbie",
  "newcomer",
  "starter",
  "grad",
  "graduate",
  "student",
  "fresher",
  "teen",
  "teenager",
  "adult",
  "person",
  "people",
  "family",
  "woman",
  "women",
  "man",
  "men",
  "kid",
  "senior",
  "junior",
  "veteran",
  "immigrant",
  "foreigner",
]);
/** Where a title asked "for" ends: the message's end, a place or employer after it ("at a startup"), or a question word. */
const ENDS_TITLE_FOR = wordSet("ENDS_TITLE_FOR", ["at", "in", "with", "and", "or", "these", "today", "now"]);
/** The most words a phrase the frames below read as a title may have: "tiktok shop affiliates". */
const MAX_FRAMED_WORDS = 3;

/**
 * Titles nothing else finds, in frames that ask about them as jobs: "is dropshipper a real career",
 * "how do people become tiktok shop affiliates", "data annotator jobs, are those legit". The phrase is
 * one to three plain words no known role or aspect takes.
 */
function findJobFrames({ tokens, typed, covered, isAspectWord }: QuestionWords, already: readonly UnknownPhrase[]): UnknownPhrase[] {
  const found: UnknownPhrase[] = [];
  const plain = (k: number) =>
    k >= 0 &&
    k < tokens.length &&
    !covered(k) &&
    !isAspectWord(k) &&
    !STOPWORDS.has(tokens[k]!) &&
    !QUESTION_WORDS.has(tokens[k]!) &&
    LETTERS_ONLY.test(tokens[k]!);
  const add = (start: number, end: number) => {
    if (end > start && !overlapsAny(already, start, end) && !overlapsAny(found, start, end))
      found.push({ phrase: typedPhrase(typed, start, end), start, end, asJob: true });
  };
  const rest = (k: number) => tokens.slice(k, k + 6).join(" ");
  let named: boolean | undefined;
  const namesRole = () => (named ??= tokens.some((_, k) => covered(k)));
  for (let i = 0; i < tokens.length; i++) {
    // "is dropshipper a real career", "is being a sneaker reseller a legit job".
    if (tokens[i] === "is" || tokens[i] === "are") {
      let start = i + 1;
      if (tokens[start] === "being") start++;
      if (INDEFINITE_ARTICLES.has(tokens[start] ?? "")) start++;
      let end = start;
      while (end - start < MAX_FRAMED_WORDS && plain(end) && !(INDEFINITE_ARTICLES.has(tokens[end]!) && JUDGED_AS_JOB.test(rest(end)))) end++;
      if (end > start && INDEFINITE_ARTICLES.has(tokens[end] ?? "") && JUDGED_AS_JOB.test(rest(end))) add(start, end);
    }
    // "how do people become tiktok shop affiliates": workers named in the plural, no article.
    if (tokens[i] === "become" && !INDEFINITE_ARTICLES.has(tokens[i + 1] ?? "")) {
      let end = i + 1;
      while (end - (i + 1) < MAX_FRAMED_WORDS && plain(end) && !QUALITY_WORDS.has(tokens[end]!)) end++;
      const closes = end === tokens.length || ROLE_VERBS.has(tokens[end]!) || STOPWORDS.has(tokens[end]!);
      if (end > i + 1 && closes && typed[end - 1]!.endsWith("s") && typed[end - 1]!.length > 3) add(i + 1, end);
    }
    // "do mukbangers actually make money", "can streamers earn a living": workers named by an agent noun, asked what they earn.
    // (Not beside a job named: "what do top earners make as electricians" asks about some of its workers.)
    if ((tokens[i] === "do" || tokens[i] === "can") && i + 1 < tokens.length && !namesRole()) {
      let end = i + 1;
      while (end - (i + 1) < MAX_FRAMED_WORDS - 1 && plain(end)) end++;
      const last = typed[end - 1] ?? "";
      // ("how much do professional mermaids make": asked how much, any workers named in the plural.)
      const howMuch = tokens[i] === "do" && tokens[i - 1] === "much" && tokens[i - 2] === "how" && PLURAL_NOUN.test(last);
      if (end > i + 1 && (AGENT_PLURAL.test(last) || howMuch) && EARNS.test(rest(end))) add(i + 1, end);
    }
    // "what does a growth ninja get paid", "what does an nft flipper make": one worker named, asked what they earn.
    if (tokens[i] === "does" && INDEFINITE_ARTICLES.has(tokens[i + 1] ?? "") && !namesRole()) {
      let end = i + 2;
      while (end - (i + 2) < MAX_FRAMED_WORDS && plain(end)) end++;
      if (end > i + 2 && EARNS.test(rest(end))) add(i + 2, end);
    }
    // "what's the salary for a chief dreamer at a startup", "whats the job outlook for crypto shamans lol":
    // pay or prospects asked for one worker (after "a") or for workers (in the plural).
    if (ASKED_FOR.has(tokens[i]!) && tokens[i + 1] === "for" && !namesRole()) {
      const article = INDEFINITE_ARTICLES.has(tokens[i + 2] ?? "");
      const start = i + (article ? 3 : 2);
      let end = start;
      while (end - start < MAX_FRAMED_WORDS && plain(end) && !CLOSING_CHAT.has(tokens[end]!) && !ENDS_TITLE_FOR.has(tokens[end]!)) end++;
      const closes = end === tokens.length || CLOSING_CHAT.has(tokens[end]!) || ENDS_TITLE_FOR.has(tokens[end]!);
      const worker = end > start && !STANDING_WORDS.has(tokens[end - 1]!);
      if (worker && closes && (article || PLURAL_NOUN.test(typed[end - 1]!))) add(start, end);
    }
    // "town crier: is that still a real job", "vtuber as a career??": the phrase that opens the message, judged after it.
    if (i === 0) {
      let end = 0;
      while (end < MAX_FRAMED_WORDS && plain(end)) end++;
      if (end > 0 && OPENING_JUDGED.test(rest(end))) add(0, end);
    }
    // "what qualifications do you need to be a professional mermaid", "professional bridesmaid - how do you
    // get into that": a worker no title names, made a job by "professional" ("professional help" is no worker).
    if (tokens[i] === "professional" && plain(i + 1) && !plain(i + 2) && WORKER_ENDING.test(tokens[i + 1]!)) add(i, i + 2);
    // "data annotator jobs, are those legit".
    if (WORK_NOUNS.has(tokens[i]!) && THOSE_JUDGED.test(rest(i))) {
      let start = i;
      while (i - start < MAX_FRAMED_WORDS - 1 && plain(start - 1)) start--;
      if (start < i && (start === 0 || STOPWORDS.has(tokens[start - 1]!))) add(start, i);
    }
  }
  return found;
}

/** The word that sets two roles against each other: "paralegal vs lawer" ("vs" reads as "versus"). */
const VERSUS = "versus";

/**
 * "paralegal vs zorblax", "lawer vs paralegal", "nurse vs zorblax pay": one word set by "vs" against a
 * role the bot knows, in a message that is only that comparison (and aspect or question words), is the
 * other role asked about, whatever it looks like: a title not known is said, never dropped.
 */
function setAgainstRole(words: QuestionWords, already: readonly UnknownPhrase[]): UnknownPhrase[] {
  // ("nurse vs teacher vs zorblax": the word may be set against the roles at any "vs" of a chain.)
  for (let at = words.tokens.indexOf(VERSUS); at >= 0; at = words.tokens.indexOf(VERSUS, at + 1)) {
    const found = setAgainstRoleAt(words, already, at);
    if (found) return [found];
  }
  return [];
}

function setAgainstRoleAt({ tokens, typed, covered, isAspectWord }: QuestionWords, already: readonly UnknownPhrase[], at: number): UnknownPhrase | null {
  if (at < 1 || at + 1 >= tokens.length) return null;
  const other = covered(at - 1) ? at + 1 : covered(at + 1) ? at - 1 : -1;
  if (other < 0 || covered(other) || isAspectWord(other) || STOPWORDS.has(tokens[other]!) || !LETTERS_ONLY.test(tokens[other]!)) return null;
  // Every other word is the known role's, an aspect's, or a question's: "is nurse vs zorblax better paid";
  // and no known role is on the word's own side ("teacher for adults vs …", "… vs regular police officer").
  // ("nurse vs zorblax vs teacher": a role past the next "vs" of a chain is another side, not the word's.)
  const onTheWordsSide = (k: number) => k < at === other < at && !tokens.slice(Math.min(k, other) + 1, Math.max(k, other)).includes(VERSUS);
  for (let k = 0; k < tokens.length; k++) {
    if (k === at || k === other || isAspectWord(k) || tokens[k] === VERSUS) continue;
    if (covered(k) ? onTheWordsSide(k) : !STOPWORDS.has(tokens[k]!) && !QUESTION_WORDS.has(tokens[k]!) && !AUXILIARY_STARTS.has(tokens[k]!)) return null;
  }
  return overlapsAny(already, other, other + 1) ? null : { phrase: typedPhrase(typed, other, other + 1), start: other, end: other + 1 };
}
