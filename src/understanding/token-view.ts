import { writeNormalizedWords } from "../text/normalize.js";
import { writeCanonicalWord } from "./canonical-tokens.js";

export interface TokenView {
  /** Canonical tokens of the question. */
  tokens: string[];
  /** The typed word each token came from (for "interpreted as" notes). */
  typed: string[];
  /** Which sentence each token is in, and which sentences end in a question mark. */
  sentence: number[];
  /** Which clause each token is in: sentences split further at commas, semicolons and colons. A title never spans two. */
  clause: number[];
  questionSentences: Set<number>;
  /** Whether each token was typed inside parentheses: "midwife (nurse midwife)" qualifies the role before it. */
  inParens: boolean[];
}

/** Where a clause ends inside a sentence: a title never spans one. */
export const CLAUSE_BREAK = /[,;:]/;

/** Splitting at parentheses and clause breaks only where there are some saves an array and a regex split per sentence. */
const PARENS = /[()]/;
const SPLIT_AT_PARENS = /([()])/;
/** "RNs", "LPNs", "CNAs": an abbreviation's plural. */
const ABBREVIATION_PLURAL = /\b([A-Z]{2,5})s\b/g;

/**
 * The view's parallel lists are filled here first, then copied out at their exact length: pushing
 * to five fresh lists would grow (and copy) each of them several times per question.
 */
const scratch = { tokens: [] as string[], typed: [] as string[], sentence: [] as number[], clause: [] as number[], inParens: [] as boolean[] };
/** The words of one clause, before they become tokens: reused in the same way. */
const clauseWords: string[] = [];

/** Canonical tokens, each remembering the word it was typed as and the sentence it sits in. */
export function toTokenView(cleaned: string): TokenView {
  const questionSentences = new Set<number>();
  const { tokens, typed, sentence, clause: clauses, inParens } = scratch;
  let count = 0;
  let clause = 0;
  const sentences = splitSentences(cleaned);
  for (let index = 0; index < sentences.length; index++) {
    const text = sentences[index]!;
    if (text.includes("?")) questionSentences.add(index);
    // Parentheses are not word characters, so words never span one: fold each stretch on its own.
    let depth = 0;
    for (const part of PARENS.test(text) ? text.split(SPLIT_AT_PARENS) : [text]) {
      if (part === "(" || part === ")") {
        depth = Math.max(0, depth + (part === "(" ? 1 : -1));
        continue;
      }
      // "years of school, psychologist", "more senior: operations manager": a clause break ends a title.
      for (const piece of CLAUSE_BREAK.test(part) ? part.split(CLAUSE_BREAK) : [part]) {
        clause++;
        // "RNs", "LPNs", "CNAs": an abbreviation's plural is the abbreviation ("rns" would be a new word).
        const words = writeNormalizedWords(piece.replace(ABBREVIATION_PLURAL, "$1"), clauseWords, 0);
        for (let w = 0; w < words; w++) {
          const word = clauseWords[w]!;
          const first = count;
          count = writeCanonicalWord(word, tokens, count);
          for (let t = first; t < count; t++) {
            typed[t] = word;
            sentence[t] = index;
            clauses[t] = clause;
            inParens[t] = depth > 0;
          }
        }
      }
    }
  }
  return {
    tokens: tokens.slice(0, count),
    typed: typed.slice(0, count),
    sentence: sentence.slice(0, count),
    clause: clauses.slice(0, count),
    questionSentences,
    inParens: inParens.slice(0, count),
  };
}

/** Whether token `i` is inside one of `spans`. A loop, not a callback: one reading `i` would cost a context per word. */
export function insideAny(spans: readonly { start: number; end: number }[], i: number): boolean {
  for (const span of spans) if (i >= span.start && i < span.end) return true;
  return false;
}

/** `words[start..end)` joined by spaces, without the slice and array a join needs. */
export function spanPhrase(words: readonly string[], start: number, end: number): string {
  let phrase = words[start]!;
  for (let k = start + 1; k < end; k++) phrase += ` ${words[k]!}`;
  return phrase;
}

/**
 * The words typed for tokens `start` to `end`, joined by spaces: a word that became several tokens
 * ("hr" -> "human resources") is written once.
 */
export function typedPhrase(typed: readonly string[], start: number, end: number): string {
  let phrase = "";
  for (let k = start; k < end; k++) {
    if (k > start && typed[k] === typed[k - 1]) continue;
    phrase = k === start ? typed[k]! : `${phrase} ${typed[k]!}`;
  }
  return phrase;
}

/** Abbreviations whose full stop does not end a sentence ("a Sr. analyst", "Asst. manager"). */
const ABBREVIATIONS = new Set([
  "sr",
  "jr",
  "asst",
  "supv",
  "dir",
  "mgr",
  "mgmt",
  "dept",
  "vs",
  "etc",
  "eg",
  "ie",
  "st",
  "mr",
  "mrs",
  "ms",
  "dr",
  "coord",
  "admin",
  "exec",
  "approx",
  "no",
  "inc",
  "ltd",
  "co",
  "corp",
]);

const SENTENCE_END = /[.!?]\s/;
const SENTENCE_SPLIT = /(?<=[.!?])\s+|\n/;
/** The word a sentence piece ends with before its full stop: "Sr." in "a Sr." */
const LAST_WORD_BEFORE_STOP = /([A-Za-z.]+)\.$/;
const FULL_STOPS = /\./g;

/** Splits after . ! ? and at line breaks, keeping the mark so questions can be told from statements. */
export function splitSentences(text: string): string[] {
  // Most questions are one sentence: no line break, no . ! ? before a space.
  if (!text.includes("\n") && !SENTENCE_END.test(text)) return [text];
  const sentences: string[] = [];
  let current = "";
  for (const part of text.split(SENTENCE_SPLIT)) {
    current = current ? `${current} ${part}` : part;
    const lastWord = LAST_WORD_BEFORE_STOP.exec(part)?.[1]?.replace(FULL_STOPS, "").toLowerCase();
    if (lastWord && ABBREVIATIONS.has(lastWord)) continue;
    sentences.push(current);
    current = "";
  }
  if (current) sentences.push(current);
  return sentences;
}
