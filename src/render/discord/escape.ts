// User text echoed into a message is escaped (markdown, mentions), on top of allowedMentions: { parse: [] }.
import { escapeMarkdown } from "discord.js";

/**
 * The only characters discord.js's escapeMarkdown (default options) changes anything around:
 * \ ` * _ ~ |. Text without them comes back as it is, so it skips the escaper's lookbehind regexes,
 * which cost most of the Discord render (they scan back over the text at every position).
 */
const MARKDOWN_CHARACTER = /[\\`*_~|]/;

/**
 * What makes escapeMarkdown do more than put a backslash before each asterisk: another markdown
 * character, a double asterisk, or a link or emoji (its lookbehinds leave asterisks in them alone).
 */
const BEYOND_LONE_ASTERISKS = /[\\`_~|<]|\*\*|http/;

export function escapeMarkdownText(text: string): string {
  if (!MARKDOWN_CHARACTER.test(text)) return text;
  // "O*NET rates…": lone asterisks only, which escapeMarkdown escapes one by one (its other passes find nothing).
  return BEYOND_LONE_ASTERISKS.test(text) ? escapeMarkdown(text) : text.replaceAll("*", "\\*");
}

export function escapeUserText(text: string, max = 100): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  // A zero-width space after @ defuses @everyone/@here even where allowedMentions is not applied.
  return escapeMarkdownText(short)
    .replace(/@/g, "@\u200b")
    .replace(/<(@|#)/g, "<\u200b$1");
}

/** Data texts with markdown characters ("O*NET rates…") recur in every answer about their role: escaped once each. */
const escapedData = new Map<string, string>();
const ESCAPED_DATA_LIMIT = 4096;

/** Text from the data ("O*NET rates…", task statements) shown inside our own markdown: its asterisks are literal. */
export function escapeDataText(text: string): string {
  if (!MARKDOWN_CHARACTER.test(text)) return text;
  if (!BEYOND_LONE_ASTERISKS.test(text)) return text.replaceAll("*", "\\*");
  let escaped = escapedData.get(text);
  if (escaped === undefined) {
    if (escapedData.size >= ESCAPED_DATA_LIMIT) escapedData.clear();
    escapedData.set(text, (escaped = escapeMarkdown(text)));
  }
  return escaped;
}
