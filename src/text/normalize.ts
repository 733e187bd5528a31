// Text folding shared by the knowledge base (alias keys) and the question parser, so that an alias
// written in data/ and the same words typed by a member always meet on the same key.

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Printable ASCII: no accents, curly quotes or dashes to fold. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Runs of characters that are not word characters: each becomes one space. */
const NON_WORD_RUN = /[^a-z0-9$%+]+/g;

const CONTRACTIONS: Record<string, string> = { re: "are", m: "am", ve: "have", ll: "will", d: "would" };

/** Lower-case, strip accents, unify quotes and dashes. Keeps punctuation. */
export function foldCase(text: string): string {
  // Plain ASCII (most names and messages) has no accents, curly quotes or dashes to fold.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-").toLowerCase();
}

/**
 * Fold to lower-case words separated by single spaces: possessives dropped ("manager's" -> "manager"),
 * "co-ordinator" -> "coordinator", other punctuation becomes a space. "&" becomes "and".
 */
export function normalizeWords(text: string): string {
  let words = recentlyNormalized.get(text);
  if (words === undefined) {
    words = PLAIN_TEXT.test(text) ? plainWords(text.toLowerCase()) : rewriteBeforeSplit(foldCase(text)).replace(NON_WORD_RUN, " ").trim();
    if (recentlyNormalized.size >= RECENT_LIMIT) recentlyNormalized.clear();
    recentlyNormalized.set(text, words);
  }
  return words;
}

/** A question's detectors (kind, topic, pay period, place, verdicts...) each normalise the same few texts. */
const recentlyNormalized = new Map<string, string>();
const RECENT_LIMIT = 32;

/**
 * normalizeWords' rewrites of folded text before its words are split out. Each rewrite runs only
 * when the character it needs is there (most text has no "-", "&" or "'"): the result is the same.
 */
function rewriteBeforeSplit(folded: string): string {
  let text = folded;
  if (text.includes("co-")) text = text.replace(/\bco-(?=ordinat)/g, "co");
  if (text.includes("&")) text = text.replace(/&/g, " and ");
  if (!text.includes("'")) return text;
  return (
    text
      // Contractions first, so "we're" is "we are" (a statement), not "were" (a question word).
      .replace(/\b(i|you|we|they|he|she|it|that|there|who|what)'(re|m|ve|ll|d)\b/g, (_, w: string, c: string) => `${w} ${CONTRACTIONS[c]}`)
      .replace(/n't\b/g, " not")
      .replace(/(\w)'s\b/g, "$1")
      .replace(/(\w)s'(?=\s|$)/g, "$1s")
      .replace(/'/g, "")
  );
}

/**
 * Printable ASCII without the characters normalizeWords rewrites before splitting (- & '): for such
 * text normalizeWords only lower-cases and turns every run of characters other than a-z 0-9 $ % +
 * into one space.
 */
const PLAIN_TEXT = /^[\x20-\x25\x28-\x2c\x2e-\x7e]*$/;

/** A character normalizeWords keeps in a word: a-z 0-9 $ % +. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 37 || c === 43;
}

/**
 * The words of lower-cased plain text joined by single spaces, as the replacement in normalizeWords
 * makes them; a global replacement builds its result match by match (every space is a match), so
 * this copies whole stretches already in that form instead ("rn vs lpn, which pays more?" is two).
 */
function plainWords(lower: string): string {
  let stretches: string[] | null = null;
  let from = -1; // where the current stretch of words separated by single spaces starts
  let end = -1; // just past its last word character
  for (let i = 0; i < lower.length; i++) {
    if (isWordCode(lower.charCodeAt(i))) {
      if (from === -1) from = i;
      else if (end !== i && !(end === i - 1 && lower.charCodeAt(end) === 32)) {
        // More than one space, or another character, between two words: the stretch ends there.
        (stretches ??= []).push(lower.slice(from, end));
        from = i;
      }
      end = i + 1;
    }
  }
  if (from === -1) return "";
  if (stretches === null) return from === 0 && end === lower.length ? lower : lower.slice(from, end);
  stretches.push(lower.slice(from, end));
  return stretches.join(" ");
}

/**
 * normalizeWords(text).split(" ").filter(Boolean), in one pass for plain text (most names and
 * messages), without the chain of replacements and the joined string in between.
 */
export function normalizedWordList(text: string): string[] {
  const words: string[] = [];
  writeNormalizedWords(text, words, 0);
  return words;
}

/**
 * normalizedWordList, written into `out` from place `at` (over what was there, so a caller can reuse
 * one list); returns the place after the last word.
 */
export function writeNormalizedWords(text: string, out: string[], at: number): number {
  // The same rewrites as normalizeWords; then every run of word characters is a word.
  const lower = PLAIN_TEXT.test(text) ? text.toLowerCase() : rewriteBeforeSplit(foldCase(text));
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordCode(lower.charCodeAt(i));
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      out[at++] = lower.slice(start, i);
      start = -1;
    }
  }
  return at;
}

/** Key used to compare aliases for equality (validation: no alias may map to two roles). */
export function aliasKey(alias: string): string {
  return normalizeWords(alias);
}

/** A word matched as itself inside a pattern. */
const escapedForPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where `phrase` (normalized words, in lower case) was typed in `text`, from `from` on, and how long it
 * was as typed: "emt-b" and "a&e nurse" are typed with signs that normalizing turned into spaces.
 */
export function findPhrase(text: string, phrase: string, from = 0): { at: number; length: number } | null {
  const lower = text.toLowerCase();
  const at = lower.indexOf(phrase, from);
  if (at >= 0) return { at, length: phrase.length };
  if (!phrase.includes(" ")) return null;
  const typed = new RegExp(phrase.split(" ").map(escapedForPattern).join("[^a-z0-9]+"), "g");
  typed.lastIndex = from;
  const found = typed.exec(lower);
  return found ? { at: found.index, length: found[0].length } : null;
}

/** `text` with the first `phrase` in it (any case; `phrase` in lower case) cut out, a space in its place; null when it is not there. */
export function cutPhrase(text: string, phrase: string): string | null {
  const found = findPhrase(text, phrase);
  return found ? `${text.slice(0, found.at)} ${text.slice(found.at + found.length)}` : null;
}
