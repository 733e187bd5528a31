// "can i transfer my teaching license to another state", "does my rn license transfer to another
// state": whether a licence crosses a state line is each state's call, which no dataset here records.
// The licence rule the data has still follows, without the yes or no it gives to needing one.
import type { Verdict } from "./answer.js";

/** A licence taken to another state (normalized words), or reciprocity named. */
const LICENCE_MOVED =
  /^(?=.*\b(licen[cs]e|licensed|certificate|certification|credential)s?\b)(?=.*\b(transfer|transfers|transferring|move|moving|moved|carry over|carries over|use|work|valid|count)\b)(?=.*\b(to|in|into) (another|other|a different|a new|any) states?\b)|\b(reciprocity|compact states?|multistate licen[cs]e)\b/;
const NO_RECIPROCITY = "Whether a licence carries over to another state is each state's call (some have agreements) and isn't in the data.";
/** A licence verdict's opening yes or no: "Yes: ", "In most states, yes: ". */
const YES_NO_OPENING = /^(yes|no|in most states, yes|usually, yes|usually not|often not|often, yes): /i;

/** `verdict` as it stands, or, where a licence taken to another state is asked, what the data lacks before it. */
export function acrossStates(verdict: Verdict, words: string): Verdict {
  if (!LICENCE_MOVED.test(words)) return verdict;
  return { ...verdict, text: `${NO_RECIPROCITY} ${verdict.text.replace(YES_NO_OPENING, "")}`, basis: "indirect" };
}
