// "becoming an electrician at 30", "becoming a dental hygienist with no experience": a message that
// is only a heading about becoming one asks what "how to become an electrician at 30" asks. News
// ("becoming a nurse was the best thing i did", "becoming a nurse soon!") stays as it is.

const HEADING = /^becoming (an?) (.+)$/i;
const CLOSING_MARKS = /[?.]+$/;
/** Words that start what the heading adds after the title: an age, a background, a way in. */
const TAIL_STARTS = new Set(["at", "in", "after", "with", "without", "as", "over", "past", "later", "from", "by", "before", "while", "when", "if"]);
/** What such a tail may hold besides numbers ("at 30", "in my 40s", "with no experience", "without a degree"). */
const TAIL_WORDS = new Set([
  ...TAIL_STARTS,
  "a",
  "an",
  "the",
  "my",
  "age",
  "ages",
  "old",
  "older",
  "late",
  "life",
  "mid",
  "no",
  "any",
  "little",
  "experience",
  "degree",
  "diploma",
  "college",
  "school",
  "high",
  "ged",
  "background",
  "career",
  "change",
  "changer",
  "second",
  "adult",
  "parent",
  "mom",
  "dad",
  "woman",
  "man",
  "veteran",
  "student",
  "online",
  "fast",
  "quickly",
]);
/** Words that make the heading news or a feeling, not a question. */
const NEWS_WORDS = new Set([
  "was",
  "is",
  "has",
  "had",
  "made",
  "changed",
  "soon",
  "finally",
  "officially",
  "tomorrow",
  "today",
  "next",
  "yay",
  "lol",
  "lmao",
  "excited",
  "happy",
  "proud",
  "sucks",
  "hard",
  "weird",
  "scary",
  "amazing",
  "awesome",
  "great",
  "fun",
  "crazy",
  "tough",
  "rough",
]);
/** The title itself: at most this many words before the tail. */
const MAX_TITLE_WORDS = 4;
const AGE = /^\d{1,2}s?$/;

/** The question a "becoming a …" heading asks, as "how to become a …", or `text` as it is. */
export function readBecomingHeading(text: string): string {
  const match = HEADING.exec(text);
  if (!match || text.includes("!")) return text;
  const words = match[2]!.toLowerCase().replace(CLOSING_MARKS, "").split(" ");
  if (words.some((w) => NEWS_WORDS.has(w))) return text;
  const tailAt = words.findIndex((w) => TAIL_STARTS.has(w));
  const titleWords = tailAt === -1 ? words.length : tailAt;
  if (titleWords === 0 || titleWords > MAX_TITLE_WORDS) return text;
  if (tailAt !== -1 && !words.slice(tailAt).every((w) => TAIL_WORDS.has(w) || AGE.test(w))) return text;
  return `how to become ${match[1]} ${match[2]}`;
}
