import { normalizeWords } from "../text/normalize.js";
import { canonicalWord } from "./canonical-tokens.js";
import type { TokenView } from "./find-role-mentions.js";

/** Canonical tokens, each remembering the word it was typed as. */
export function toTokenView(cleaned: string): TokenView {
  const tokens: string[] = [];
  const typed: string[] = [];
  for (const word of normalizeWords(cleaned).split(" ")) {
    if (!word) continue;
    for (const token of canonicalWord(word)) {
      tokens.push(token);
      typed.push(word);
    }
  }
  return { tokens, typed };
}
