// "why did i become a teacher again lmao", "who even becomes an accountant for fun lol", "why are
// recruiters like this", "any nurses in here, how was your shift", "which teacher do you have", "the
// referee was blind", "truckers should get paid more", "… sorry for the rant", "who else is a night guard
// bored rn", "when you're the only welder on site and …": venting, a joke about a job's people, small talk
// to the members, one person judged, an opinion. A job is named, but nothing is asked of the bot; it
// stays out, as it does for chat.

/** The member regretting their own pick: "why did i become a nurse lol", "what was i thinking becoming a chef". */
const OWN_PICK_REGRETTED = /^(why (did|do) i (ever |even )?(become|choose|chose|pick|picked|go into|get into|think|decide)|what was i thinking)\b/;
/** A joke about who would do a job: "who even becomes a lawyer for fun", "who actually likes being a manager". */
const WHO_WOULD = /^who (even|actually|tf|the hell|in their right mind|willingly) (becomes?|likes?|wants?|chooses?|enjoys?|goes into|would)\b/;
/** A habit of a job's people wondered at: "why are recruiters like this", "why do accountants love spreadsheets so much". */
const WHY_THEY_ARE_LIKE = /^why (are|do|is|does) (the |my |our |all |these |those )?\w+( \w+){0,3} (always|so|like this|like that|never|such)\b/;
/** The members asked who shares a job: "who else is an overnight security guard bored out of their mind rn". */
const WHO_ELSE = /^who else (is|s|here is|works as|is working as|is stuck as)\b/;
/** A meme's set-up, told not asked: "when you're the only welder on site and they ask you to fix the coffee machine", "pov: you're a nurse". */
const MEME_SETUP = /^(when|that moment when|me when|pov) (you|u|ur|youre|your|you are|you re|ya|the|your boss|my boss)\b/;
/** A question asked inside such a line after all: "when you're a welder do you need your own tools", "… what do you learn first". */
const QUESTION_INSIDE = /\b(do|does|did|can|could|should|would|will|is|are)\s+(you|u|i|we|they|it|there)\b|\b(what|how|which|where|why)\b/;
/** A complaint about all of a job's people: "why does every recruiter on linkedin call me a rockstar ninja". */
const WHY_EVERY = /^why (does|do|is|are) (every|all|each) \w+/;
/** Small talk to the members: "how was your shift", "hows everyone s day". */
const MEMBERS_SMALL_TALK =
  /\bhow (was|is|s|were) (your|ur|ya|everyone s|everyones|yall s|yalls) (shift|shifts|day|week|weekend|night|morning|clinical|clinicals|rotation)\b/;
/** A member asked about their own: "which teacher do you have for chem this year", "what doctor did you get". */
const WHICH_ONE_YOU_HAVE = /^(which|what) (\w+ ){1,2}(do|did) (you|u|yall|ya|you guys) (have|get|got)\b/;
/** One particular person judged, ending the line: "the referee was blind", "the ship captain on below deck is so dramatic". */
const ONE_JUDGED =
  /\b(the|our|their|that|this|my) (\w+ ){1,5}(was|is|were|are) (so |literally |totally |completely |straight up |actually |kinda |lowkey )?(blind|trash|garbage|awful|terrible|horrible|useless|rude|clueless|drunk|biased|goated|cracked|washed|mid|dramatic|annoying|toxic|hilarious)( (lol|lmao|haha|fr|ngl|tbh|honestly|today|again|tonight))*$/;
/** Exasperation told: "exam week is making me want to become a hermit", "retail makes me wanna be a monk". */
const DRIVEN_TO =
  /\b(make|makes|making|made) me (want to|wanna|wish i (was|were|could be)) (just )?((quit|drop out|run away|move away) and )?(become|be|go be)\b/;
/** Pay words: "why are nurses so underpaid", "why do doctors make so much" still ask about pay. */
const PAY_WORDS = /\b(underpaid|overpaid|paid|pay|make|makes|earn|earns|salary|salaries|money|wages?)\b/;
/** An opinion on pay: "retail workers deserve hazard pay", "truckers should get paid more". */
const PAY_OPINION = /\b(deserve|deserves|should (get|be) paid|should (make|earn)|need to (get|be) paid)\b/;

/** A post that says it is venting: "honestly just need to vent", "sorry for the rant", "thanks for letting me dump this here". */
const VENTING_SAID =
  /\b(need|needed|want|wanted|had) to vent\b|\b(i am|im|i m) not (asking|looking) for (advice|answers|help|solutions)\b|\bno advice (needed|wanted|please)\b|\b(sorry|apologies) for the (rant|vent|long post|essay|wall of text)\b|\bjust venting\b|\brant over\b|\bthanks for letting me (vent|rant|dump)\b/;

/**
 * Whether a line naming a job asks the bot nothing. `words`: normalized words; `asked`: the line has a
 * question mark or a question's shape; `questionMark`: it has a question mark ("when you're a …" has a
 * question's shape without one).
 */
export function isRhetoricalLine(words: string, asked: boolean, questionMark = asked): boolean {
  if (OWN_PICK_REGRETTED.test(words) || WHO_WOULD.test(words) || MEMBERS_SMALL_TALK.test(words) || WHICH_ONE_YOU_HAVE.test(words) || ONE_JUDGED.test(words))
    return true;
  if (WHO_ELSE.test(words)) return true;
  if (DRIVEN_TO.test(words) && !questionMark) return true;
  if (MEME_SETUP.test(words) && !questionMark && !QUESTION_INSIDE.test(words)) return true;
  if ((WHY_THEY_ARE_LIKE.test(words) || WHY_EVERY.test(words)) && !PAY_WORDS.test(words)) return true;
  return PAY_OPINION.test(words) && !asked;
}

/** "PSA for anyone job hunting: …", "reminder: resume review is thursday", "heads up, …": a notice to the channel. */
const NOTICE_OPENS = /^(psa|reminder|announcement|heads up|friendly reminder|quick reminder)\b/;

/**
 * Whether a post says it is venting, or opens as a notice to the channel, and asks nothing ("… i'm not
 * quitting, it's just a lot. thanks for letting me dump this here", "PSA: a fake recruiter is offering
 * data entry jobs at $60/hr, report them").
 */
export function isVentingPost(words: string, questionMark: boolean): boolean {
  return !questionMark && (VENTING_SAID.test(words) || NOTICE_OPENS.test(words));
}
