// "my dad was a machinist for 30 years and wants me to follow him. i'm more into art tbh. what do floral
// designers make?": a sentence about someone else (a parent, a partner, a counselor, "the attorneys")
// sets the scene; their job is not the one asked about. Long posts have their asking sentences read
// alone (question-part.ts); a short one has these sentences left out, for the parser to read without them.
import { splitSentences } from "./token-view.js";

/** Someone in the member's life, after "my" or "our" and a word that says which ("my older brother", "my journalism professor"): family, friends, people at work or school. */
const SOMEONE_ELSE = String.raw`(?:my|our) (?:older |younger |big |little |step |twin |guidance |school |high school |\w+ )?(?:son|daughter|kids?|child|boy|girl|teen|teenager|brother|sister|husband|wife|partner|spouse|boyfriend|girlfriend|bf|gf|friends?|best friend|cousin|nephew|niece|mom|mum|mother|dad|father|parents|family|uncle|aunt|grandpa|grandma|grandfather|grandmother|fiance|fiancee|roommate|neighbor|neighbour|boss|manager|supervisor|coworkers?|co workers?|counselor|counsellor|teacher|professor|advisor|adviser|mentor|clients?|students?|mentees?)|(?:a|one) (?:\w+ )?(?:client|student|mentee|friend|coworker|co worker|colleague)s? (?:of (?:mine|ours)|i (?:coach|mentor|teach|work with))|(?:a|one) (?:\w+ )?(?:client|mentee)\b|one of (?:my|our) (?:\w+ )?(?:clients|students|mentees|kids|friends|coworkers)`;
/** Someone else as the subject, at the start of a sentence or of a clause after a comma: "my mom was …", "junior in hs here, my counselor keeps …". */
const ABOUT_SOMEONE_ELSE = new RegExp(
  String.raw`(?:^|,\s*)(?:so |well |also |btw |and )?(?:${SOMEONE_ELSE}\b|(?:the|all the) \w+s (?:keep|keeps|kept|always) (?:telling|saying|pushing|asking)\b|(?:everyone|everybody|people) (?:says|say|keeps saying|tells me|told me)\b)`,
  "i",
);
/** The member's own job told in the same sentence ("my wife is a nurse and i'm a welder"): a sentence that is about them too. */
const OWN_JOB = /\b(i am|i'm|im|i m|i was|i work as|i worked as|i've been|i have been) (an?|working as)\b/i;

/** What someone else asks, relayed by the member: "… and wants to know", "… asked me". */
const RELAYED_ASK = /\b(?:and )?(?:wants|wanted|would like|needs) to know\b|\b(?:and )?(?:asked|asks) me\b|\b(?:and )?(?:is|was) wondering\b/i;

/** Whether `text` opens about someone else in the member's life: "a client of mine …", "my son …". */
export function opensAboutSomeoneElse(text: string): boolean {
  return ABOUT_SOMEONE_ELSE.exec(text.trimStart())?.index === 0;
}

/**
 * `text` without its sentences about someone else, or null when it has none, or when nothing would be
 * left to ask. A sentence with a question mark is always kept: it asks, whoever it names.
 */
export function withoutOthersStory(text: string): string | null {
  const sentences = splitSentences(text).map((s) => s.trim());
  // ("my sister is a nurse and wants to know what nurse anesthetists make": what they ask, relayed, is the question.)
  if (sentences.length === 1 && ABOUT_SOMEONE_ELSE.test(sentences[0]!)) {
    const relayed = RELAYED_ASK.exec(sentences[0]!);
    return relayed ? sentences[0]!.slice(relayed.index + relayed[0].length).trim() || null : null;
  }
  if (sentences.length < 2) return null;
  const kept = sentences.filter((s) => s.includes("?") || !ABOUT_SOMEONE_ELSE.test(s) || OWN_JOB.test(s));
  if (kept.length === sentences.length || kept.length === 0) return null;
  return kept.join(" ");
}

/**
 * Words in what is left that point back at the story's job: "should i do that too", "become one too", "the same job",
 * "would i make more than him", "follow in her footsteps".
 */
export const POINTS_AT_THEIR_JOB =
  /\b(one too|same|(that|this|his|her|their) (job|career|field|work|trade|line of work)|(do|doing|be|become|becoming|follow|following|join|joining) (that|him|her|them|it)|footsteps|like (him|her|them|my)|than (him|her|them|my))\b/;
