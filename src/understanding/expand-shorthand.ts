// Chat shorthand with a slash, written out before the words are split: split at the slash, "b/w"
// would read as "b with" ("w" is a listed variant of "with") and "w/o" as "with o", the opposite.

const SHORTHAND: readonly [RegExp, string][] = [
  [/\bb\/[wt]\b/gi, "between"],
  [/\bw\/o\b/gi, "without"],
  // "w/ 5 years", "w/experience"; not "w/e" (whatever).
  [/\bw\/(?=\s|[a-z]{2})/gi, "with "],
];

/** `text` with "b/w", "b/t", "w/o" and "w/" written out; text without a slash is returned as it is. */
export function expandShorthand(text: string): string {
  if (!text.includes("/")) return text;
  let out = text;
  for (const [pattern, words] of SHORTHAND) out = out.replace(pattern, words);
  return out;
}
