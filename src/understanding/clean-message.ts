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

/** Every removal, in order: what cleanMessage does to a message that has something to remove. */
export function cleanEveryStep(text: string): string {
  return text
    .replace(/```[\s\S]*?(```|$)/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n")
    .replace(/<@[!&]?\d+>|<#\d+>|<\/[\w -]+:\d+>/g, " ")
    .replace(/<a?:\w+:\d+>/g, " ")
    .replace(/@(everyone|here)\b/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
