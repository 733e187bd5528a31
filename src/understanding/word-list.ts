// The word lists the parser compares with a question's canonical tokens. Each list is registered by
// name as written, so a test can check every entry is in canonical form (any other form can never
// match) and listed once.
export type WordListKind = "words" | "phrases";

const registry = new Map<string, { kind: WordListKind; entries: readonly string[] }>();

/** Canonical single words, as an array or one whitespace-separated string. */
export function wordSet(name: string, words: string | readonly string[]): ReadonlySet<string> {
  const entries = typeof words === "string" ? words.trim().split(/\s+/) : [...words];
  registry.set(name, { kind: "words", entries });
  return new Set(entries);
}

/** Canonical phrases of one or more words, matched against the tokens joined by single spaces. */
export function phraseList(name: string, phrases: readonly string[]): readonly string[] {
  registry.set(name, { kind: "phrases", entries: phrases });
  return phrases;
}

/** Every list registered so far (a module registers its lists when it is first imported). */
export function registeredWordLists(): ReadonlyMap<string, { kind: WordListKind; entries: readonly string[] }> {
  return registry;
}
