// Which aspect a question is about, from the synonym table in knowledge/aspects.ts. Phrases weigh
// by their meaningful words ("how much experience" beats "how much"); words in the sentence that
// carries the question mark count double; a few sentence shapes settle known clashes.
import { ASPECTS, ASPECT_IDS, type AspectId } from "../knowledge/aspects.js";
import { canonicalTokens } from "./canonical-tokens.js";
import { ARTICLES, JOB_WORDS, MOVE_TO, STOPWORDS } from "./lexicon.js";
import { spanPhrase, type TokenView } from "./token-view.js";
import { BACKSTORY_SENTENCE_WEIGHT, FUNCTION_WORD_PHRASE_WEIGHT, QUESTION_SENTENCE_WEIGHT, WEAK_ASPECT_WEIGHT, WHAT_DO_DUTIES_WEIGHT } from "./tuning.js";
import { wordSet } from "./word-list.js";

const SENIORITY_WORDS = wordSet("SENIORITY_WORDS", ["junior", "senior"]);
/** "during residency", "while in school": a time of training that pay may be asked of. */
const DURING = new Set(["during", "while", "through"]);
/** Words of the career phrases that ask for other jobs like one ("similar jobs", "jobs like", "other jobs"). */
const SIMILAR_JOB_WORDS = wordSet("SIMILAR_JOB_WORDS", ["similar", "related", "like", "other", "alternative"]);

/** Whether a career hit asks for jobs like one role ("jobs like paralegal"): a question about two roles asks how they compare instead. */
function asksSimilarJobs(tokens: readonly string[], hit: AspectHit): boolean {
  if (hit.aspect !== "career") return false;
  for (let i = hit.start; i < hit.end; i++) if (SIMILAR_JOB_WORDS.has(tokens[i]!)) return true;
  return false;
}

/** Whether a role's span starts at `at`, or right after an article there. */
function roleStartsAt(roleSpans: readonly { start: number; end: number }[], tokens: readonly string[], at: number) {
  const start = ARTICLES.has(tokens[at] ?? "") ? at + 1 : at;
  return roleSpans.some((r) => r.start === start);
}

interface AspectPhrase {
  aspect: AspectId;
  weight: number;
}

export interface AspectTable {
  phrases: Map<string, AspectPhrase[]>;
  maxLength: number;
  /** Per first word, how many words its longest phrase has: other spans are not looked up. */
  longestFrom: Map<string, number>;
}

export function buildAspectTable(): AspectTable {
  const phrases = new Map<string, AspectPhrase[]>();
  const longestFrom = new Map<string, number>();
  let maxLength = 1;
  const add = (text: string, aspect: AspectId, weak: boolean) => {
    const tokens = canonicalTokens(text);
    if (tokens.length === 0) return;
    const meaningful = tokens.filter((t) => !STOPWORDS.has(t)).length;
    const weight = aspect === "overview" || weak ? WEAK_ASPECT_WEIGHT : meaningful === 0 ? FUNCTION_WORD_PHRASE_WEIGHT : meaningful;
    const key = tokens.join(" ");
    const list = phrases.get(key) ?? [];
    if (!list.some((p) => p.aspect === aspect)) list.push({ aspect, weight });
    phrases.set(key, list);
    maxLength = Math.max(maxLength, tokens.length);
    longestFrom.set(tokens[0]!, Math.max(longestFrom.get(tokens[0]!) ?? 0, tokens.length));
  };
  for (const id of ASPECT_IDS) {
    for (const synonym of ASPECTS[id].synonyms) add(synonym, id, false);
    for (const synonym of ASPECTS[id].weakSynonyms) add(synonym, id, true);
  }
  return { phrases, maxLength, longestFrom };
}

/** Words around "outlook" that make it Microsoft's mail app. */
const MAIL_APP_AFTER = new Set(["app", "email", "mail", "calendar", "inbox", "account", "crashed", "crashing", "crash", "keep", "down", "wont", "isnt", "not"]);
const MAIL_APP_BEFORE = new Set(["microsoft", "in", "open", "my", "your", "our"]);

function isMailApp(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? "";
  return MAIL_APP_BEFORE.has(tokens[i - 1] ?? "") || MAIL_APP_AFTER.has(next) || (next === "is" && MAIL_APP_AFTER.has(tokens[i + 2] ?? ""));
}

export interface AspectHit {
  aspect: AspectId;
  start: number;
  end: number;
  weight: number;
}

/** Every aspect phrase in the tokens (longest first), skipping spans that belong to role names. */
export function findAspectHits(table: AspectTable, tokens: readonly string[], blocked: (i: number) => boolean): AspectHit[] {
  const hits: AspectHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let advanced = 1;
    const longest = Math.min(table.maxLength, tokens.length - i, table.longestFrom.get(tokens[i]!) ?? 0);
    if (longest > 0 && !blocked(i)) {
      // A span may not reach into a role name.
      let open = 1;
      while (open < longest && !blocked(i + open)) open++;
      for (let length = open; length >= 1; length--) {
        const found = table.phrases.get(length === 1 ? tokens[i]! : spanPhrase(tokens, i, i + length));
        if (!found) continue;
        // "outlook is down again", "check your outlook email": the mail app, no prospects.
        if (length === 1 && tokens[i] === "outlook" && isMailApp(tokens, i)) break;
        for (const { aspect, weight } of found) hits.push({ aspect, start: i, end: i + length, weight });
        advanced = length;
        break;
      }
    }
    i += advanced;
  }
  return hits;
}

export interface AspectContext {
  view: Pick<TokenView, "tokens" | "sentence" | "clause" | "questionSentences">;
  /** Token spans of the roles (known or unknown) the question names, in order. */
  roleSpans: readonly { start: number; end: number }[];
  /** How many titles it names, two of one role counted apart ("data analysts and data scientists"); roleSpans.length by default. */
  titleCount?: number;
}

/** After "in", the words that make it "in respect of": "in terms of", "in regards to". */
const IN_RESPECT_OF = wordSet("IN_RESPECT_OF", ["term", "regard"]);

/** A word in "at a …" or "in a …" right after a role says where the role works. */
function isWorkplaceWord(tokens: readonly string[], at: number, roleSpans: readonly { start: number; end: number }[]): boolean {
  for (let p = at - 1; p >= Math.max(0, at - 3); p--) {
    if (tokens[p] !== "at" && tokens[p] !== "in") continue;
    // ("rn vs lpn in terms of schooling", "in regards to school": the respect compared in, no place.)
    return roleSpans.some((r) => r.end === p) && !IN_RESPECT_OF.has(tokens[p + 1] ?? "");
  }
  return false;
}

/**
 * The first token from `from` (up to `to`) that is `word` and in sentence `sentence`, or -1. A loop,
 * not a findIndex callback: a callback reading the role being looked at costs a context per role.
 */
function findInSentence(view: AspectContext["view"], word: string, sentence: number | undefined, from: number, to: number): number {
  for (let i = Math.max(0, from); i < to; i++) if (view.tokens[i] === word && view.sentence[i] === sentence) return i;
  return -1;
}

const DO_VERBS = new Set(["do", "does"]);

/** Whether the word before `at` is "any", opening its clause: "…, any tips?". */
function opensClauseWithAny(view: AspectContext["view"], at: number): boolean {
  return view.tokens[at - 1] === "any" && (at === 1 || view.clause[at - 2] !== view.clause[at - 1]);
}
/** Whether the word at `at` is its clause, alone: "…, tips?" (not "…, tips included"). */
function opensClause(view: AspectContext["view"], at: number): boolean {
  return (at === 0 || view.clause[at - 1] !== view.clause[at]) && (at + 1 === view.tokens.length || view.clause[at + 1] !== view.clause[at]);
}
/** Words between a pay word and the setting it is earned in: "make working from home", "earn from home". */
const MAX_WORDS_PAY_TO_SETTING = 1;

/** Someone close to the member, opening a clause: "my son is a math major". */
const CLOSE_PEOPLE = wordSet(
  "CLOSE_PEOPLE",
  "son daughter kid child boy girl brother sister husband wife partner friend mom dad mother father cousin nephew niece stepson stepdaughter grandson granddaughter boyfriend girlfriend",
);
const THEIR = wordSet("THEIR", ["my", "our"]);

/** Whether token `i` is in a clause that opens with someone close to the member ("my son …") and names no role. */
function asideClause(view: AspectContext["view"], roleSpans: readonly { start: number }[], i: number): boolean {
  const c = view.clause[i];
  let start = i;
  while (start > 0 && view.clause[start - 1] === c) start--;
  return THEIR.has(view.tokens[start] ?? "") && CLOSE_PEOPLE.has(view.tokens[start + 1] ?? "") && !roleSpans.some((r) => view.clause[r.start] === c);
}

export function chooseAspect(hits: readonly AspectHit[], context: AspectContext): AspectId {
  const { view, roleSpans } = context;
  const { tokens } = view;
  const titleCount = context.titleCount ?? roleSpans.length;
  const scores = new Map<AspectId, { score: number; first: number }>();
  const add = (aspect: AspectId, weight: number, at: number) => {
    const current = scores.get(aspect) ?? { score: 0, first: at };
    current.score += weight;
    current.first = Math.min(current.first, at);
    scores.set(aspect, current);
  };
  const inQuestion = (i: number) => view.questionSentences.has(view.sentence[i] ?? -1);
  const anyQuestion = view.questionSentences.size > 0;
  // A backstory counts only when the question itself names no aspect: its words, however many times
  // repeated ("happier with her schedule" in every line), do not outvote "who earns more?".
  const askedAspect = anyQuestion && hits.some((h) => h.aspect !== "overview" && inQuestion(h.start));
  const backstoryWeight = askedAspect ? 0 : BACKSTORY_SENTENCE_WEIGHT;
  const sentenceWeight = (i: number) => (!anyQuestion ? 1 : inQuestion(i) ? QUESTION_SENTENCE_WEIGHT : backstoryWeight);
  let similarJobs = false;
  // ("what does an actuary make, my son is a math major": a clause about someone close, with no role in
  // it, says who asks; the aspect is the one asked in the other clauses, when they ask one.)
  const aside = (i: number) => asideClause(view, roleSpans, i);
  const askedElsewhere = hits.some((h) => h.aspect !== "overview" && !aside(h.start));
  for (const hit of hits) {
    if (askedElsewhere && aside(hit.start)) continue;
    // "junior accountant", "senior buyer": a seniority word in front of a role is part of the title.
    if (hit.aspect === "career" && SENIORITY_WORDS.has(tokens[hit.start]!) && roleSpans.some((r) => r.start === hit.end)) continue;
    // "master electrician pay": a trade's licence level in front of a role says which, not a master's degree.
    if (hit.aspect === "requirements" && tokens[hit.start] === "master" && hit.end - hit.start === 1 && roleSpans.some((r) => r.start === hit.end)) continue;
    // "travel nurse salary", "remote developer pay": a setting word in front of a role says which kind
    // of the role; the other aspect word is what is asked.
    if (
      hit.aspect === "environment" &&
      view.clause[hit.start] === view.clause[hit.end] &&
      roleSpans.some((r) => r.start === hit.end) &&
      hits.some((h) => h.aspect !== "environment" && h.aspect !== "overview")
    )
      continue;
    // "just got into nursing school, any tips?": advice asked, not a waiter's tips ("do bartenders get any tips" is pay).
    // ("combat vet looking for a job in hr, tips?": "tips" alone in its clause is advice too.)
    if (
      hit.aspect === "salary" &&
      hit.end - hit.start === 1 &&
      tokens[hit.start] === "tip" &&
      (opensClauseWithAny(view, hit.start) || opensClause(view, hit.start))
    )
      continue;
    // "what does a medical coder make working from home": the setting says how the pay asked is earned.
    if (
      hit.aspect === "environment" &&
      hits.some(
        (h) => h.aspect === "salary" && h.end <= hit.start && hit.start - h.end <= MAX_WORDS_PAY_TO_SETTING && view.clause[h.start] === view.clause[hit.start],
      )
    )
      continue;
    // ("medical coder remote salary", "customer service from home pay": a setting between the role and
    // the pay word says which kind of the role's pay is asked.)
    if (
      hit.aspect === "environment" &&
      roleSpans.some((r) => r.end === hit.start) &&
      hits.some((h) => h.aspect === "salary" && h.start === hit.end && view.clause[h.start] === view.clause[hit.start])
    )
      continue;
    if (asksSimilarJobs(tokens, hit)) {
      if (titleCount > 1) continue;
      similarJobs = true;
    }
    // "jobs like paralegal" asks for other jobs; "what's the job like" asks about the work.
    if (hit.aspect === "environment" && tokens[hit.end - 1] === "like" && roleStartsAt(roleSpans, tokens, hit.end)) continue;
    let aspect = hit.aspect;
    // "can a receptionist become an office manager" is a career move; "how to become one" is about requirements.
    // "I'm a receptionist, how do I become a medical secretary": the same move, asked as "how do I become".
    const becoming = tokens[hit.start] === "become" || (aspect === "requirements" && tokens[hit.end - 1] === "become");
    // "maths teacher at a secondary school", "cook at a school cafeteria": the workplace, not schooling
    // or a setting (place words are the aspect words a workplace can hold; "skills" after it still counts).
    if ((aspect === "requirements" || aspect === "environment") && isWorkplaceWord(tokens, hit.start, roleSpans)) continue;
    if (becoming) {
      aspect = roleSpans.some((r) => r.end <= hit.start) && roleSpans.some((r) => r.start >= hit.end) ? "career" : "requirements";
    }
    add(aspect, hit.weight * sentenceWeight(hit.start), hit.start);
  }
  // "apprenticeship pay", "residency salary": the pay word heads the compound, the training names whose pay.
  // "what do doctors make during residency": pay asked of a time of training.
  for (const pay of hits) {
    if (pay.aspect === "salary" && hits.some((h) => h.aspect === "requirements" && (h.end === pay.start || DURING.has(tokens[h.start - 1] ?? ""))))
      add("salary", pay.weight * sentenceWeight(pay.start), pay.start);
  }
  // "from receptionist to office manager": a move between roles.
  for (let k = 1; k < roleSpans.length; k++) {
    const a = roleSpans[k - 1]!;
    const b = roleSpans[k]!;
    if (tokens[a.start - 1] === "from" && MOVE_TO.has(tokens[b.start - 1] ?? "")) add("career", 1, a.start);
  }
  // "what jobs are similar to a graphic designer": other jobs like the one role named.
  if (titleCount === 1) {
    const similar = tokens.indexOf("similar");
    if (similar > 0 && tokens[similar + 1] === "to" && roleStartsAt(roleSpans, tokens, similar + 2) && tokens.slice(0, similar).some((t) => JOB_WORDS.has(t))) {
      add("career", 2 * sentenceWeight(similar), similar);
      similarJobs = true;
    }
  }
  // "what other jobs can a pharmacist do" asks for jobs, not duties.
  if (similarJobs) return bestAspect(scores);
  // "X vs Y, what do they actually do": a "what do ... do" question after the roles.
  const whatDo = tokens.findIndex((t, i) => t === "what" && DO_VERBS.has(tokens[i + 1] ?? ""));
  if (whatDo >= 0 && !scores.has("salary") && roleSpans.every((r) => r.end <= whatDo)) {
    const verb = findInSentence(view, "do", view.sentence[whatDo], whatDo + 2, tokens.length);
    if (verb >= 0) add("duties", WHAT_DO_DUTIES_WEIGHT * sentenceWeight(verb), verb);
  }
  // "what does an X do", "what do accountants actually do": duties, unless pay was asked ("what does X earn").
  for (const role of roleSpans) {
    const sentence = view.sentence[role.start];
    const asksWhat = findInSentence(view, "what", sentence, 0, role.start) >= 0;
    // "tell me what a scrum master does": "does" after the role, as "do" is after "what does an X".
    let doAfter = findInSentence(view, "do", sentence, role.end, tokens.length);
    if (doAfter < 0) doAfter = findInSentence(view, "does", sentence, role.end, tokens.length);
    // ("what skills do ops managers need that office managers don't": a negated verb's "do", no duties.)
    if (asksWhat && doAfter >= 0 && !scores.has("salary") && tokens[doAfter + 1] !== "not") {
      add("duties", WHAT_DO_DUTIES_WEIGHT * sentenceWeight(doAfter), role.end);
      break;
    }
  }
  return bestAspect(scores);
}

/** The aspect with the highest score; on a tie, the one named first. */
function bestAspect(scores: ReadonlyMap<AspectId, { score: number; first: number }>): AspectId {
  let best: AspectId = "overview";
  let bestScore = 0;
  let bestFirst = Infinity;
  for (const [aspect, { score, first }] of scores) {
    if (score > bestScore || (score === bestScore && first < bestFirst)) {
      best = aspect;
      bestScore = score;
      bestFirst = first;
    }
  }
  return best;
}
