// Chat shorthand with a slash, written out before the words are split: split at the slash, "b/w"
// would read as "b with" ("w" is a listed variant of "with") and "w/o" as "with o", the opposite; and
// "rn/lpn" as two words side by side, where the member set two jobs against each other.

const SHORTHAND: readonly [RegExp, string][] = [
  [/\bb\/[wt]\b/gi, "between"],
  [/\bw\/o\b/gi, "without"],
  // "w/ 5 years", "w/experience"; not "w/e" (whatever).
  [/\bw\/(?=\s|[a-z]{2})/gi, "with "],
];

/**
 * Words joined by slashes: "rn / lpn / cna", "nursing/teaching/accounting" (each two letters or more),
 * and the word after the chain, if any.
 */
const SLASH_CHAIN = /\b[a-z]{2,}(?: ?\/ ?[a-z]{2,}\b)+(?!\/)(?= *([a-z]+)?)/gi;
/** Periods after an amount ("25/hr", "60k/yr") and "and/or": never a choice. */
const NOT_A_CHOICE = /\/ ?(hr|hrs|hour|hours|hourly|yr|yrs|year|years|mo|mos|month|months|wk|wks|week|weeks|day|days|annum)\b|\band ?\/ ?or\b/i;
/**
 * ...a choice between jobs when the chain ends the phrase: at the end, before a mark, or before a
 * question or pay word ("rn/lpn salary", "medical assistant/phlebotomist which is better"). Before
 * another noun the slash is inside one title: "HR/payroll clerk", "tractor/farm equipment operator".
 */
const AFTER_A_CHOICE = new Set([
  "which",
  "what",
  "whats",
  "who",
  "vs",
  "versus",
  "or",
  "is",
  "are",
  "pay",
  "pays",
  "salary",
  "salaries",
  "wage",
  "wages",
  "comparison",
  "compare",
  "difference",
  "diff",
  "pros",
  "better",
  "best",
  "more",
  "worth",
  "for",
  "in",
]);

/** A chain of slashed words that sets jobs side by side, written with "or" ("rn or lpn or cna"). */
function slashesAsChoices(text: string): string {
  return text.replace(SLASH_CHAIN, (chain: string, next: string | undefined, at: number) => {
    if (NOT_A_CHOICE.test(chain)) return chain;
    const after = text.slice(at + chain.length);
    const endsPhrase = next === undefined ? after.trim() === "" || /^\s*[^\s\w]/.test(after) : AFTER_A_CHOICE.has(next.toLowerCase());
    return endsPhrase ? chain.replace(/ ?\/ ?/g, " or ") : chain;
  });
}

/** Symbols members type for words: an arrow for a move ("lpn -> rn"), the VS emoji, dollar signs for pay ("rn vs lpn $$$"). */
const SYMBOLS = /->|→|=>|🆚|\$\$/;

function symbolsWritten(text: string): string {
  return text
    .replace(/\s*(-+>|→|=>)\s*/g, " to ")
    .replace(/🆚/g, " vs ")
    .replace(/\${2,}/g, " pay ");
}

/**
 * `text` with arrows, the VS emoji and dollar signs written as words, and "b/w", "b/t", "w/o", "w/" and a
 * slash between words written out; text with none of them is returned as it is.
 */
export function expandShorthand(text: string): string {
  const written = SYMBOLS.test(text) ? symbolsWritten(text) : text;
  if (!written.includes("/")) return written;
  let out = written;
  for (const [pattern, words] of SHORTHAND) out = out.replace(pattern, words);
  return slashesAsChoices(out);
}
