// The sentence a long message asks in: its last ("… steady money sounds amazing right now. do video
// editors make more than photographers?"). A story's sentences before it ask nothing.

/** The last sentence of `text` (split after . ! or ?), or `text` where it has none. */
export function askedSentence(text: string): string {
  return (
    text
      .split(/[.!?]+\s+/)
      .filter((sentence) => sentence.trim())
      .at(-1) ?? text
  );
}
