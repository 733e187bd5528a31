// A phrase opening a sentence: "computer and IT occupations" -> "Computer and IT occupations".

/** `text` with its first letter in capitals, the rest as it is. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
