import { normalizeWords } from "../text/normalize.js";
import { canonicalWord } from "./canonical-tokens.js";

export interface TokenView {
  /** Canonical tokens of the question. */
  tokens: string[];
  /** The typed word each token came from (for "interpreted as" notes). */
  typed: string[];
  /** Which sentence each token is in, and which sentences end in a question mark. */
  sentence: number[];
  questionSentences: Set<number>;
}

/** Canonical tokens, each remembering the word it was typed as and the sentence it sits in. */
export function toTokenView(cleaned: string): TokenView {
  const view: TokenView = { tokens: [], typed: [], sentence: [], questionSentences: new Set() };
  // Split after . ! ? and line breaks, keeping the mark so questions can be told from statements.
  const sentences = cleaned.split(/(?<=[.!?\n])\s+|\n/);
  sentences.forEach((text, index) => {
    if (/\?\s*$/.test(text) || text.includes("?")) view.questionSentences.add(index);
    for (const word of normalizeWords(text).split(" ")) {
      if (!word) continue;
      for (const token of canonicalWord(word)) {
        view.tokens.push(token);
        view.typed.push(word);
        view.sentence.push(index);
      }
    }
  });
  return view;
}
