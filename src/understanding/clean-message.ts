// Removes what a member did not ask themselves before parsing: code blocks, quoted lines, mentions,
// links and custom emoji. Triggers firing on pasted code or quotes is a classic bot annoyance.

/** A character or prefix one of the removals below needs: without any, only spaces change. */
const REMOVABLE = /[`<>@\n]|https?:\/\//;
/** Whitespace the last two steps would change inside the text: a run of two, or any but a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;
const SPACE_RUN = /\s+/g;

export function cleanMessage(text: string): string {
  // Most messages are one plain line: the same result without a string per step.
  if (!REMOVABLE.test(text)) return UNEVEN_SPACE.test(text) ? text.replace(SPACE_RUN, " ").trim() : text.trim();
  return cleanEveryStep(text);
}

/**
 * Where the member's own words start after a quote on the same line, as a quote reaches the bot when a
 * message's lines are run together ("> you should be an office manager my mentor said this but what
 * does an office manager do"): words that point back at the quote.
 */
const OWN_WORDS_AFTER_QUOTE =
  /\b((my|a|the) \w+ (said|says|told me|asked) (this|that)|(someone|somebody|people|they|he|she) (said|says|asked|asks|ask|posted) (this|that)|saw (someone|somebody|people) (say|ask|post)|(but )?my (actual |real )?question is|what i (actually |really )?want to know is)\b/i;

/** A quoted line removed; a message of one line only up to the member's own words pointing back at it. */
function withoutQuote(line: string, _: number, lines: readonly string[]): string {
  if (!/^\s*>/.test(line)) return line;
  const own = lines.length === 1 ? OWN_WORDS_AFTER_QUOTE.exec(line) : null;
  return own ? line.slice(own.index) : "";
}

const INLINE_CODE = /`([^`\n]*)`/g;
/** Inline code that is a few plain words ("`data analyst` vs `data scientist`"), set off for emphasis, not code. */
const WORDS_IN_CODE = /^[a-z][a-z '/-]{0,38}$/i;

/** Every removal, in order: what cleanMessage does to a message that has something to remove. */
export function cleanEveryStep(text: string): string {
  const withoutBlocks = text.replace(/```[\s\S]*?(```|$)/g, " ");
  // (Only where the member wrote words around it: a message of inline code alone is still code.)
  const wordsAround = /[a-z]/i.test(withoutBlocks.replace(INLINE_CODE, " "));
  return withoutBlocks
    .replace(INLINE_CODE, (_, inside: string) => (wordsAround && WORDS_IN_CODE.test(inside) ? ` ${inside} ` : " "))
    .split("\n")
    .map(withoutQuote)
    .join("\n")
    .replace(/<@[!&]?\d+>|<#\d+>|<\/[\w -]+:\d+>/g, " ")
    .replace(/<a?:\w+:\d+>/g, " ")
    .replace(/@(everyone|here)\b/gi, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
