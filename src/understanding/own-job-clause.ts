// "im a cna is it worth going to nursing school", "as a paralegal should i go to law school": a
// member's own job, then a question with no comma between. A comma is put back before the question
// opener that follows the job within a few words, so that "cna is it worth…" does not read as one
// statement about a CNA; the question's clause then reads as it does when the member types one.

/** "im a", "i'm an", "i am a", "i work as a", "as a", "currently a": the member's own job follows. */
const OWN_JOB_OPENING =
  /^(?:(?:i'?m|i am|im)(?: (?:currently|still|just|already|now))? an?|(?:i work|working|currently working) as an?|as an?|currently an?) /i;
/** Two-word openers of a question, after which its clause starts: "is it", "should i", "how do"; or "is law school worth it", "is accounting a good career". */
const QUESTION_OPENER =
  /^(is it|is that|is this|should i|would it|will it|can i|could i|do i|how do|how can|how would|what should|what do|what can|which is|which one|any advice)\b|^is (an? |the )?\w+( \w+)? (school|program|degree|worth|a good|a bad|hard|harder)\b/i;
/** At most this many words of title between the opening and the question. */
const TITLE_WORDS = 4;
/** A mark the member typed after a word: the clause is already set apart. */
const MARK_AFTER = /[,.;:!?)]$/;

/** `text` with a comma before the question that follows the member's own job, or as it is. */
export function separateOwnJobClause(text: string): string {
  const opening = OWN_JOB_OPENING.exec(text);
  if (!opening) return text;
  const words = text.slice(opening[0].length).split(" ");
  for (let k = 1; k <= TITLE_WORDS && k < words.length; k++) {
    if (MARK_AFTER.test(words[k - 1]!)) return text;
    const after = words.slice(k).join(" ");
    if (QUESTION_OPENER.test(after)) return `${opening[0]}${words.slice(0, k).join(" ")}, ${after}`;
  }
  return text;
}
