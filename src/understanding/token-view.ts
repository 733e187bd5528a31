import { normalizedWordList } from "../text/normalize.js";
import { pushCanonicalWord } from "./canonical-tokens.js";

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

/** Canonical tokens, each remembering the word it was typed as and the sentence it sits in. */
export function toTokenView(cleaned: string): TokenView {
  const view: TokenView = { tokens: [], typed: [], sentence: [], clause: [], questionSentences: new Set(), inParens: [] };
  let clause = 0;
  const sentences = splitSentences(cleaned);
  sentences.forEach((text, index) => {
    if (/\?\s*$/.test(text) || text.includes("?")) view.questionSentences.add(index);
    // Parentheses are not word characters, so words never span one: fold each stretch on its own.
    let depth = 0;
    for (const part of text.split(/([()])/)) {
      if (part === "(" || part === ")") {
        depth = Math.max(0, depth + (part === "(" ? 1 : -1));
        continue;
      }
      // "years of school, psychologist", "more senior: operations manager": a clause break ends a title.
      for (const piece of part.split(CLAUSE_BREAK)) {
        clause++;
        // "RNs", "LPNs", "CNAs": an abbreviation's plural is the abbreviation ("rns" would be a new word).
        for (const word of normalizedWordList(piece.replace(/\b([A-Z]{2,5})s\b/g, "$1"))) {
          const first = view.tokens.length;
          pushCanonicalWord(word, view.tokens);
          for (let t = first; t < view.tokens.length; t++) {
            view.typed.push(word);
            view.sentence.push(index);
            view.clause.push(clause);
            view.inParens.push(depth > 0);
          }
        }
      }
    }
  });
  return view;
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

/** Splits after . ! ? and at line breaks, keeping the mark so questions can be told from statements. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let current = "";
  for (const part of text.split(/(?<=[.!?])\s+|\n/)) {
    current = current ? `${current} ${part}` : part;
    const lastWord = /([A-Za-z.]+)\.$/.exec(part)?.[1]?.replace(/\./g, "").toLowerCase();
    if (lastWord && ABBREVIATIONS.has(lastWord)) continue;
    sentences.push(current);
    current = "";
  }
  if (current) sentences.push(current);
  return sentences;
}
