// "i'm a nurse lol any ideas for dinner", "i work in retail, what should i get my mom for christmas",
// "the cashier was rude, what should i do": a job named only as where the member stands, or as a person
// in a story, beside a question about something else. The job is context, not the question: the bot
// stays out of it, as it does for chat.
import { wordSet } from "./word-list.js";

/** Words of a question about work, jobs or careers (canonical tokens: singular, lower case). */
const WORK_TALK = wordSet("WORK_TALK", [
  "job",
  "role",
  "position",
  "career",
  "work",
  "working",
  "occupation",
  "trade",
  "profession",
  "field",
  "industry",
  "switch",
  "switching",
  "change",
  "changing",
  "quit",
  "quitting",
  "leave",
  "leaving",
  "move",
  "moving",
  "transition",
  "pivot",
  "next",
  "become",
  "becoming",
  "school",
  "college",
  "university",
  "degree",
  "class",
  "course",
  "program",
  "certificate",
  "certification",
  "cert",
  "license",
  "licence",
  "exam",
  "pay",
  "paid",
  "paying",
  "money",
  "salary",
  "wage",
  "income",
  "raise",
  "promotion",
  "promoted",
  "worth",
  "hire",
  "hiring",
  "hired",
  "interview",
  "resume",
  "cv",
  "hustle",
  "gig",
  "boss",
  "shift",
  "option",
  "path",
  "future",
  "life",
]);
/** Words of the opening that says the job is the member's own: "i work in", "im a", "currently working as a". */
const OWN_JOB_OPENING = wordSet("OWN_JOB_OPENING", [
  "i",
  "im",
  "m",
  "am",
  "work",
  "working",
  "in",
  "at",
  "as",
  "a",
  "an",
  "currently",
  "been",
  "ive",
  "have",
  "was",
  "job",
  "my",
]);
/** How many words before the job its opening may take: "i have been working as a". */
const OPENING_WORDS = 5;

/**
 * Whether nothing in the message, outside the job's own words and the opening that makes it the
 * member's ("i work in", "im a"), is about work: no aspect of a job (`isAspectWord`) and no word of
 * work talk (job, school, pay, switch, next…).
 */
export function asksNothingOfWork(tokens: readonly string[], role: { start: number; end: number }, isAspectWord: (i: number) => boolean): boolean {
  let opening = role.start;
  while (opening > 0 && role.start - opening < OPENING_WORDS && OWN_JOB_OPENING.has(tokens[opening - 1]!)) opening--;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= opening && i < role.end) continue;
    if (isAspectWord(i) || WORK_TALK.has(tokens[i]!)) return false;
  }
  return true;
}
