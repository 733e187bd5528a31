// "what does a meteorologist make and do you need a masters", "do you need a license to be a makeup
// artist? and what does one earn": two questions of one job in a message, its pay and whether a degree
// or a licence is needed, each answered in the order asked.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { withSentence } from "./editor-sentence.js";
import { payFactsVerdict } from "./verdict-pay-facts.js";
import { askedLevel, yesNoVerdict } from "./verdict-yes-no.js";
import { capitalised } from "../text/capitalised.js";

/** Pay asked in a question of its own: "what does a … make", "how much do … earn", "the salary". */
const PAY_PART = /\b(what|how much)\b( \w+){0,6} (make|makes|earn|earns|get paid|gets paid)\b|\b(salary|salaries)\b/;
/** A degree asked as yes or no beside it: "and do you need a masters", "do they need a degree". */
const DEGREE_YES_NO_PART =
  /\b(do|does|would|will) (you|they|u|i|one|he|she|it) (need|require|have to have) (a |an )?(degree|college|masters|master s|bachelors|bachelor s|phd|doctorate|associates?( degree)?)\b/;

/** A licence asked as yes or no beside it: "do you need a license", "do they need a certification". */
const LICENCE_YES_NO_PART =
  /\b(do|does|would|will) (you|they|u|i|one|he|she|it) (need|require|have to have) (a |an |any )?(license|licence|licensing|certification|certificate|cert)\b/;

/** Both answers, or null where the message does not ask both (`words`: normalized, without the role's name). */
export function payAndDegreeVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod, words: string, text: string): Verdict | null {
  const payAsked = PAY_PART.exec(words);
  if (!payAsked) return null;
  const degree = DEGREE_YES_NO_PART.exec(words);
  const licence = degree ? null : LICENCE_YES_NO_PART.exec(words);
  const other = degree ?? licence;
  if (!other) return null;
  const pay = payFactsVerdict(knowledge, entry, period, words);
  const needed = yesNoVerdict(knowledge, entry, degree ? "education" : "credential", text, period);
  if (!pay || !needed) return null;
  if (payAsked.index > other.index) return withSentence(needed, pay.text);
  // (Said second, the yes or no names what it answers: "… (BLS, May 2025). A master's degree? Often not: …")
  // ("College?" where college was asked; else the degree as the degree answer names it: "A master's degree?")
  const named = !degree ? "A licence" : degree[5] === "college" ? "College" : capitalised(askedLevel(degree[5]!).label);
  return withSentence(pay, `${named}? ${needed.text}`);
}
