// A long post tells a story, then asks: "… my wife is a nurse … Between software dev, product manager
// and data scientist, which has the best outlook?". The story's jobs (the member's last one, a partner's,
// a parent's) are no targets; the sentences that ask are where the targets are. This finds those
// sentences, for the parser to read on their own and prefer where they name the roles the story crowded out.
// A post that marks its question ("**Do I need a bachelor's …**", "My question: is it smarter …") is
// read at the mark: the member has said which of its questions matters.
import { splitSentences } from "./token-view.js";

/** Shorter posts are read whole: one or two sentences of context rarely crowd a question out. */
const LONG_POST_WORDS = 40;
/** A sentence that asks without a question mark opens like one: "which one pays more and is easier to get into". */
const OPENS_LIKE_A_QUESTION = /^(which|what|whats|how|should|would|could|can|is|are|do|does|will|between)\b/i;
/** Discord's bold: "**…**". */
const BOLD = /\*\*([^*]+)\*\*/g;
/** A label the member puts before the question: "My question:", "The question I really need answered:", "TL;DR:". */
const QUESTION_LABEL =
  /\b(?:my (?:main |real |actual |only )?question(?: is)?|the (?:real |main )?question i (?:really |actually )?(?:need|want) answered(?: is)?|main question|tl;? ?dr|question)\s*[:\-–—]+\s*/i;

/** The sentences of a long post that ask something (a "?", or a question's opening at its end), or null where that is the whole post. */
export function questionPart(text: string, marked = markedQuestionPart(text)): string | null {
  if (marked) return marked;
  if (countWords(text) < LONG_POST_WORDS) return null;
  const sentences = splitSentences(text).map((s) => s.trim());
  if (sentences.length < 2) return null;
  const asked = sentences.filter((s, k) => s.endsWith("?") || (k === sentences.length - 1 && OPENS_LIKE_A_QUESTION.test(s)));
  if (asked.length === 0 || asked.length === sentences.length) return null;
  return asked.join(" ");
}

/** The question a long post marks (see markedQuestion), or null: the parser reads it first and prefers it. */
export function markedQuestionPart(text: string): string | null {
  return countWords(text) < LONG_POST_WORDS ? null : markedQuestion(text);
}

/**
 * The question the member marked: the sentence a bold question stands in ("**Do I need a bachelor's to
 * become a warehouse manager**, or can people …?"), or what follows a label up to its question mark.
 */
function markedQuestion(text: string): string | null {
  const plain = text.replace(BOLD, "$1");
  const label = QUESTION_LABEL.exec(plain);
  if (label) {
    const after = plain.slice(label.index + label[0].length);
    const mark = after.indexOf("?");
    const part = (mark >= 0 ? after.slice(0, mark + 1) : (splitSentences(after)[0] ?? "")).trim();
    if (part && (part.endsWith("?") || OPENS_LIKE_A_QUESTION.test(part))) return part;
  }
  for (const bold of text.matchAll(BOLD)) {
    const inner = bold[1]!.trim();
    if (!inner.endsWith("?") && !OPENS_LIKE_A_QUESTION.test(inner)) continue;
    const sentence = splitSentences(plain).find((s) => s.includes(inner));
    if (sentence) return sentence.trim();
  }
  return null;
}

function countWords(text: string): number {
  let words = 0;
  for (const piece of text.split(/\s+/)) if (piece) words++;
  return words;
}
