// Removes what a member did not ask themselves before parsing: code blocks, quoted lines, mentions,
// links and custom emoji. Triggers firing on pasted code or quotes is a classic bot annoyance.
export function cleanMessage(text: string): string {
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
