// "my son wants to be an electrician, how does he start", "my daughter wants to be a nurse, does she
// need a degree": a parent or friend asking for someone else asks what a member would ask for
// themselves. The question's "he"/"she" is read as "I", so every rule that knows "how do i start" or
// "do i need a degree" reads it; the roles and the rest of the message stay as typed.

/** Someone close to the member, after "my" or "our". */
const CLOSE = String.raw`(?:my|our) (?:son|daughter|kid|kids|child|boy|girl|teen|teenager|brother|sister|husband|wife|partner|boyfriend|girlfriend|bf|gf|friend|cousin|nephew|niece|grandson|granddaughter|stepson|stepdaughter|mom|mum|mother|dad|father|fiance|fiancee)`;
/** ...named in the message: only then is "he" or "she" the one the question is for. */
const SOMEONE_CLOSE = new RegExp(String.raw`\b${CLOSE}\b`, "i");

/** "does he", "can she", "should he": the question asked of them. */
const ASKED_OF_THEM = /\b(does|do|can|could|should|would|will|did)( s?he)\b/gi;

/** "my son wants to", "she wants to": their wish, read as the member's ("i want to be an electrician"). */
const WANTS_TO = new RegExp(String.raw`\b(?:${CLOSE}|s?he|(and))(?: is \d{1,2},?(?: and)?)? wants to\b`, "gi");

/** The message with "does he/she …" read as "do i …" and "my son wants to" as "i want to", when someone close to the member is named. */
export function askedAsForOneself(text: string): string {
  if (!SOMEONE_CLOSE.test(text)) return text;
  return text
    .replace(WANTS_TO, (_, and?: string) => (and ? "and i want to" : "i want to"))
    .replace(ASKED_OF_THEM, (_, verb: string) => `${verb.toLowerCase() === "does" ? "do" : verb} i`);
}
