// User text echoed into a message is escaped (markdown, mentions), on top of allowedMentions: { parse: [] }.
import { escapeMarkdown } from "discord.js";

export function escapeUserText(text: string, max = 100): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  // A zero-width space after @ defuses @everyone/@here even where allowedMentions is not applied.
  return escapeMarkdown(short)
    .replace(/@/g, "@\u200b")
    .replace(/<(@|#)/g, "<\u200b$1");
}

/** Text from the data ("O*NET rates…", task statements) shown inside our own markdown: its asterisks are literal. */
export function escapeDataText(text: string): string {
  return escapeMarkdown(text);
}
