// The sentence-level signals that tell a question for the bot from chat: question shape, comparison
// words, aspect words, possessives, statements about someone's day, talk addressed to other members.
import type { AspectHit } from "./detect-aspect.js";
import {
  ADDRESSING_OTHERS,
  AUXILIARY_STARTS,
  GREETINGS,
  IMPERATIVE_STARTS,
  JOB_WORDS,
  POSSESSIVES,
  QUESTION_WORDS,
  RELATIVE_WORDS,
  STOPWORDS,
} from "./lexicon.js";
import { ASPECT_CUE_WEIGHT } from "./tuning.js";
import { phraseList, wordSet } from "./word-list.js";

/** Words that ask for a comparison on their own, and words that only do so when two roles are named ("same", "than"). */
const COMPARE_WORDS = wordSet("COMPARE_WORDS", ["versus", "compare", "compared", "comparison", "difference", "contrast"]);
const PAIR_WORDS = wordSet("PAIR_WORDS", ["different", "differ", "same", "similar", "between", "than", "or"]);

/** "than", "or", "same": a word that sets two roles side by side, once two are named (one may be a title the bot doesn't know). */
export function hasPairWord(tokens: readonly string[]): boolean {
  return tokens.some((t) => PAIR_WORDS.has(t));
}
/** "how long", "how fast": the adverbs a question of time or degree opens with. */
const HOW_ADVERBS = wordSet("HOW_ADVERBS", [
  "long",
  "fast",
  "quickly",
  "soon",
  "hard",
  "often",
  "much",
  "many",
  "easy",
  "big",
  "bad",
  "different",
  "stressful",
  "competitive",
  "rough",
  "tough",
  "brutal",
  "dangerous",
  "demanding",
  "physical",
  "realistic",
  "common",
  "safe",
  "risky",
]);
/** Words that follow a question word in a real question: "what does", "how much", "which one". */
const QUESTION_FOLLOWERS = wordSet("QUESTION_FOLLOWERS", [
  "does",
  "do",
  "is",
  "are",
  "much",
  "many",
  "can",
  "should",
  "would",
  "one",
  "kind",
  "sort",
  "type",
  "role",
  "job",
  "career",
  "work",
  "exactly",
  "did",
  "hard",
  "easy",
  "difficult",
  "long",
]);
/**
 * "i am a nurse, how to become a nurse practitioner", "i am paralegal now, how to go", "i am a security
 * guard what else i can do", "i am a bartender now want to be a real estate agent": a move asked, in
 * the forms many members write it (no "do i", the plan said as a want).
 */
const MOVE_ASKED =
  /\b(how to|how can i|how i can|how should i) (become|be an?|get into|go into|move into|switch|transition|go|get there|start)\b|\bwhat else (can i|i can|could i|i could|should i|i should) do\b|\b(now|currently) (want|wanna|wanting) to (be|become|move|switch|get)\b|\b(want|wanna|wanting) to move into\b/i;
/** "i'm a warehouse worker, could i become an electrician": a question after a lead-in clause. */
const CLAUSE_QUESTION = /[,.;:!]\s*(is|are|can|could|should|would|will|do|does|did)\s+(i|you|we|it|they|he|she|someone|one|this|that|my)\b/i;
/** After a clause, "what's the …" asks: "im a ma, whats the first step toward becoming a pa". */
const CLAUSE_WHATS = /[,.;:!?]\s*(whats|what's|what is|hows|how's)\s+(the|a|an|my|it|that)\b/i;
/** "my parents want me to be a doctor but i want to do graphic design. which pays more": a sentence opening with a question word asks. */
const SENTENCE_ASKING =
  /[.;:!?]\s+(which|how|what|whats|what's|why|where)\s+(pays?|is|are|has|have|does|do|should|would|makes?|earns?|one)\b|[.;:!?]\s+how\s+(\w+\s+){1,2}(is|are|was|does|do|did|can|will|would)\b/i;
/** "plumber and electrician, who makes more": which of the roles named is paid more (parse-question.ts frames the roles by it). */
export const WHICH_EARNS_MORE = /\b(who|which( one)?) (make|makes|earn|earns|pay|pays|get paid|gets paid|is paid) (more|less|better|the most|the least)\b/;
/**
 * "my wife is a nurse and i'm a welder, who makes more": after a comma, that comparison ending the
 * message asks (a relative clause goes on: "a welder, who makes more than me").
 */
const WHO_EARNS_MORE_TAIL = new RegExp(`,\\s*${WHICH_EARNS_MORE.source}\\s*[?!.]*\\s*(lol|lmao|haha)?\\s*$`, "i");
/** "anyone know what a plumber makes": a question put to the channel without its mark. */
const WHO_KNOWS =
  /^(\w+ ){0,2}(anyone|anybody|someone|somebody|any1|some1|does anyone|do you guys|u guys|you guys) (know|knows|have any idea)( of)? (what|how|where|which|if|whether|why)\b/i;
/**
 * "yall think being an actuary is worth it", "someone explain what a business analyst does": a
 * question about a job put to the room, which the bot may answer.
 */
export const ROOM_ASKED_ABOUT_JOB =
  /^(do |does )?(yall|y all|you guys|u guys|anyone|anybody|everyone|people) (think|reckon|feel like) (that )?(being|becoming|doing|going into) |^(someone|somebody|anyone|anybody|some1|any1) (pls |please |plz )?(explain|describe|break down|tell me) (what|how|why)\b/;
/** "i'm a barista, what's a better paying job": "what's a" asks as "what is a" does ("what a day" exclaims). */
const WHATS_A = /\bwhat'?s an? /i;
/** An auxiliary opening a clause after a lead-in, whatever follows it. */
export const CLAUSE_AUXILIARY = /[,.;:!]\s*(is|are|would|should|does|do)\s+\w/i;
/** A request for a route without a question word: "fastest way to become a nurse", "steps to become an RN". */
const ROUTE_REQUEST =
  /\b(((best|fastest|quickest|easiest|cheapest|simplest|shortest) (way|route|path)|steps|path|route) (into|to (become|becoming|be|get|getting|break|start|switch|go|work|land|qualify))|(roadmap|pathway|career path) (to|into))\b|\b(best|fastest|quickest|easiest|cheapest|simplest|shortest) (way|route|path)( there)?\s*[?!.]*\s*$/i;
/** A question asked at the end, after a clause: "customer service manager wanting to become a store manager, how", "…, how long". */
const TRAILING_ASK = /[,;:-]\s*(how( long| much| hard)?|why|what|which|steps|requirements|tips|advice)\s*[?!.]*\s*$/i;
/** "i quit my job as a nurse, what now", "left my job as a paralegal. now what": advice asked at the end. */
const WHAT_NOW_TAIL = /[,;:.!-]\s*(what now|now what|what next|what'?s next)\s*[?!.]*\s*$/i;
/** "what's the next step to office manager": asking for the next move on a route. */
const NEXT_STEP = /\bnext (step|move)s? (to|into|towards|up to|for becoming)\b/i;
/** A career plan stated as a thought: "i'm thinking of switching to…", "considering becoming a paralegal", or alone: "i want to be a nurse". */
const CAREER_THOUGHT =
  /\b(thinking (of|about)|considering|planning on|want to|wanna|wanting to|looking to|hoping to)( \w+)? (becoming|switching|switch|going into|getting into|moving into|changing|retraining|training|studying|pursuing|applying|transitioning|pivoting|become|a career)\b|\b(want to|wanna) be an? \w+( \w+)? but\b|^(i )?(really |still |kinda |seriously )?(want to|wanna) be an? (?!.*\b(this|next|today|tonight|tomorrow|lol|lmao|jk|haha)\b)\w+( \w+){0,2}( someday| one day| eventually)?\s*[.!]*$|\b(want to|wanna|wanting to|looking to|hoping to|trying to|planning to) (go|move|switch|transition|get|step|pivot|make the (jump|switch|move)) (up )?from\b/i;
/** "theres a guy who comes in to do windshields": a person in the member's story, not the channel addressed ("you guys", "hey guys"). */
const STORY_PERSON_BEFORE = wordSet("STORY_PERSON_BEFORE", ["a", "the", "this", "that", "some", "one"]);
/** "everyone in my family is a cop", "everybody at our school", "everyone i know": a group in the member's story, not the channel ("everyone in the chat"). */
const GROUP_TOLD = /^(in|at|from|on) (my|our)\b|^i (know|met|work with)\b/;
function aPersonTold(tokens: readonly string[], i: number): boolean {
  if ((tokens[i] === "everyone" || tokens[i] === "everybody") && GROUP_TOLD.test(tokens.slice(i + 1, i + 4).join(" "))) return true;
  return tokens[i] === "guy" && STORY_PERSON_BEFORE.has(tokens[i - 1] ?? "");
}
/** Words before "someone" that make it a kind of person, not the members asked: "for someone who", "to somebody with". */
const HYPOTHETICAL_BEFORE = wordSet("HYPOTHETICAL_BEFORE", ["for", "to", "with", "like"]);
/** "how does someone become a nurse", "what would somebody need": anyone at all, the subject of a question word's verb, not the members. */
const GENERIC_ASKED = /^(how|what|where|why|when) (do|does|did|would|could|can|should|will)$/;
const CAREER_VERBS = wordSet("CAREER_VERBS", ["become", "get", "go", "break", "start", "need", "train", "qualify", "learn", "make", "switch", "move", "be"]);
function asksOfAnyone(tokens: readonly string[], i: number): boolean {
  return (
    (tokens[i] === "someone" || tokens[i] === "somebody") &&
    GENERIC_ASKED.test(`${tokens[i - 2] ?? ""} ${tokens[i - 1] ?? ""}`) &&
    CAREER_VERBS.has(tokens[i + 1] ?? "")
  );
}
/** A condition, then the question: "if i become a police officer can i later become a detective". */
const IF_THEN_QUESTION =
  /^if (i|you|someone|one) .+ (can|could|would|will|should) (i|you|they|someone|one)( \w+)? (become|be|move|switch|transition|work|apply|go)\b/i;
/** Whether the member can still make a move, asked after a lead-in with no comma: "i am 45 can i still become nurse". */
const CAN_I_BECOME =
  /\b(can|could|should) (i|someone|one) (still |ever |really |realistically |even )?(become|be an?|switch to|get into|go into|break into)\b/i;
/** A doubt after the plan, without a comma: "becoming a pilot at 35 is it too late". */
/** "nurse is good job or not": a yes-or-no question asked by its tail, without a mark. */
/** "accountant for introverts", "nursing for shy people, thoughts?": a job put to a kind of person, asked. */
export const FOR_A_KIND_OF_PERSON =
  /\bfor (an? )?(introverts?|extroverts?|introverted people|extroverted people|shy people|people persons?)( thoughts| opinions)?\s*[?!.]*\s*$/i;
const YES_NO_TAIL = /\b(or not|or nah|yes or no)\s*[.!]*\s*$/i;
/** "cna to rn do my credits transfer", "will my hours count": what the member has, asked to count, no mark needed. */
const CARRIES_OVER_ASKED =
  /\b(do|does|will|would|can) (my|any|the|your|all) (\w+ )?(credits?|hours?|years?|yrs|experience|training|schooling) (\w+ )?(transfer|carry over|count|apply)\b/i;
/** "need a degree to be a construction manager or will my experience do": a second choice asked after "or", no mark needed. */
const OR_ASKED = /\bor (is|are|can|could|should|would|will|do|does) (i|you|my|it|experience)\b/i;
/** "leaving teaching for instructional design, anyone done it?": others' experience of the move, which the data can speak to. */
const WHO_MADE_THE_MOVE =
  /\b(any ?one|anybody|someone|somebody) (here |else )?(done|made|gone|did|switched|moved) (it|this|that|the (switch|jump|move|change|transition))\b/i;
/** "is there a lawyer here", "can a doctor here tell me…", "are there any welders on here": someone in the channel asked for. */
const ASKS_WHO_IS_HERE = /^(is there|are there|can|could|would|will) (a |an |any |some )?(\w+ ){1,3}(here|on here|in here)\b(?! in\b)/;
const DOUBT_TAIL = /\b(is it|is that|am i|would it be) (too late|too old|worth it|possible|realistic|a good idea|smart|doable)\b/i;
/** "i make 65k as a machinist is that low": a judgment asked at the end, with no mark or comma before it. */
const JUDGED_TAIL =
  /\b(is|am) (that|this|it|i) (good|bad|low|high|normal|fair|enough|decent|underpaid|overpaid|ok|okay|average|reasonable|competitive|a lot|too low|too little|too much|bad pay|good pay|below average|above average|being underpaid|getting underpaid)\s*[?!.]*\s*$/i;
/** "army vet to lineman", "marine veteran into police work": a veteran's move to a job, asked without a question word. */
export const VETERAN_MOVE =
  /^((ex |former )?(army|navy|marine|marines|military|air force|coast guard|usmc|combat|disabled|national guard) )+(vet|veteran|vets|veterans) (to|into|wanting to be|looking to become|becoming|going into)\b/i;
/** "my mom wants me to be a lawyer but i want to be a teacher": a choice between two jobs, told as a dilemma. */
export const PARENTS_WANT =
  /\b(mom|mum|dad|parents?|family|mother|father) (wants?|want|expects?|is pushing|are pushing|keeps? pushing) me (to be|to become|to do|to go into|into|towards?)\b.*\bbut i\b/i;
/** Who a greeting is to, besides the members: "hi all", "morning team". */
const GREETED = wordSet("GREETED", ["all", "team", "friend", "there"]);
/** Chat words that may open a question without changing it: "tbh is nursing worth it", "ngl how hard is…". */
const LEAD_INS = wordSet("LEAD_INS", [
  "tbh",
  "ngl",
  "lowkey",
  "honestly",
  "so",
  "ok",
  "okay",
  "btw",
  "imo",
  "yo",
  "bro",
  "anyway",
  "random",
  "seriously",
  "genuinely",
  "quick",
  "question",
  // "pls explain the day to day of a hospice social worker": please, before the request.
  "pls",
  "plz",
  "please",
  "kindly",
]);
const MAX_LEAD_INS = 3;

/** First-person and news words: with no question shape they mark a statement about someone's day. */
const STATEMENT_MARKERS = wordSet("STATEMENT_MARKERS", [
  "i",
  "im",
  "ive",
  "we",
  "weve",
  "my",
  "our",
  "just",
  "finally",
  "yesterday",
  "today",
  "tomorrow",
  // "congrats bro on becoming a senior dev": good wishes, not a question.
  "congrat",
  "congratulation",
]);
/** "the pm on site said the pour is delayed", "the engineer on call isn't answering": someone's doings told, in the past or as they happen. */
const NARRATED_OPENERS = new Set(["the", "that", "this", "their", "his", "her"]);
const NARRATED =
  /^(the|that|this|their|his|her) (\w+ ){1,4}(said|says|told|tells|was|were|wasnt|isnt|is not|arent|did|didnt|called|fixed|missed|showed|gave|came|left|quit|yelled)\b(?! (it|you|u|they|he|she|there)\b)/;
/** ...unless the statement is a request in disguise: "i want to know what an office manager earns". */
const REQUEST_PHRASES = phraseList("REQUEST_PHRASES", [
  "want to know",
  "wondering",
  "curious",
  "like to know",
  "need to know",
  "tell me",
  "looking for info",
  "looking for information",
  // "info on glaziers pls", "give me the rundown on being an emergency management director": asked for, without a mark.
  "info on",
  "info about",
  "information on",
  "information about",
  "rundown on",
  "rundown of",
  "lowdown on",
  "breakdown of",
  // "my student asked me what a food scientist does": a question relayed to the channel.
  "asked me what",
  "asked me how",
  "any idea",
  "wonder",
  "torn between",
  "confused between",
  "deciding between",
  "cant decide",
  // "pros and cons of being a pharmacist", "worst part about being a teacher": a request for the job weighed.
  "pro and con",
  "worst part",
  "best part",
  "hardest part",
  "toughest part",
  "worst thing about",
  "best thing about",
  // "cons of being an electrician", "drawbacks of nursing": the same, without its mark.
  "con of",
  "drawback of",
  "drawback to",
  "disadvantage of",
  "downside of",
  "downside to",
]);

/** The request phrases between spaces, as they are looked for in the question's words. */
const SPACED_REQUEST_PHRASES = REQUEST_PHRASES.map((p) => ` ${p} `);

function hasRequestPhrase(tokens: readonly string[]): boolean {
  const words = ` ${tokens.join(" ")} `;
  return SPACED_REQUEST_PHRASES.some((p) => words.includes(p));
}

/** People a member tells about, after whom "who" starts a clause about them: "my sister who is a nurse". */
const PERSON_NOUNS = wordSet("PERSON_NOUNS", [
  "sister",
  "brother",
  "mom",
  "dad",
  "mother",
  "father",
  "wife",
  "husband",
  "friend",
  "cousin",
  "aunt",
  "uncle",
  "boyfriend",
  "girlfriend",
  "partner",
  "coworker",
  "neighbor",
  "guy",
  "lady",
  "girl",
  "kid",
  "son",
  "daughter",
]);

/** The subject after an opening auxiliary that makes it a question: "do i", "can you", "are we", "is it". */
const ASKED_SUBJECTS = wordSet("ASKED_SUBJECTS", ["i", "you", "we", "yall", "it", "they", "there", "this", "that"]);

/** "any web developers online to help", "any electricians around": members called on, as "anyone" does. */
const PRESENT_WORDS = wordSet("PRESENT_WORDS", ["here", "online", "around", "awake"]);

export interface QuestionSignals {
  questionMark: boolean;
  /** A question mark, a question word or auxiliary first, or "what does" / "how much" anywhere. */
  questionShape: boolean;
  compareCue: boolean;
  /** A real aspect word; weak ones ("office", "know") do not make a sentence a question. */
  aspectCue: boolean;
  /** Nothing but role names, aspect words and filler: "receptionist salary", "office manager". */
  telegraphic: boolean;
  /** "just got promoted to project manager": news, not a question. */
  statement: boolean;
  /** "the engineer on call isn't answering": someone's doings told (a statement of the kind with no "i" or "my"). */
  narrated: boolean;
  /** "does anyone know...", "can someone ask...": talk among members. */
  addressingOthers: boolean;
  /** "my office manager": the role is someone's colleague, not a topic. */
  possessed: (span: { start: number }) => boolean;
}

export function readQuestionSignals(input: {
  tokens: readonly string[];
  cleaned: string;
  roleCount: number;
  inRole: (i: number) => boolean;
  aspectHits: readonly AspectHit[];
  isAspectWord: (i: number) => boolean;
}): QuestionSignals {
  const { tokens, cleaned, roleCount, inRole, aspectHits, isAspectWord } = input;
  // "hey guys, is it worth…": the question starts after a greeting to the channel.
  let opening = 0;
  if (GREETINGS.has(tokens[0] ?? "")) opening = ADDRESSING_OTHERS.has(tokens[1] ?? "") || GREETED.has(tokens[1] ?? "") ? 2 : 1;
  // "tbh is nursing even worth it", "ngl how hard is…": a chat lead-in before the question.
  while (opening < MAX_LEAD_INS && LEAD_INS.has(tokens[opening] ?? "")) opening++;
  const first = tokens[opening] ?? "";
  const questionMark = cleaned.includes("?");
  // A question may follow a lead-in ("my sister asked me this but what does a bookkeeper do").
  // ...or ask about a thing first ("i'm an admin assistant, what skills do i need to become an EA").
  // ...or be "what's the <aspect>" ("my sister is a nurse, what's the pay"), read as "what the pay".
  const embeddedQuestion = tokens.some(
    (t, i) =>
      QUESTION_WORDS.has(t) &&
      i > 0 &&
      // ("the dentist who did my filling …", "my sister who is a nurse …": "who" after a person begins a clause about them, no question.)
      !(t === "who" && (inRole(i - 1) || PERSON_NOUNS.has(tokens[i - 1]!))) &&
      (QUESTION_FOLLOWERS.has(tokens[i + 1] ?? "") ||
        (t === "what" && (QUESTION_FOLLOWERS.has(tokens[i + 2] ?? "") || (tokens[i + 1] === "the" && isAspectWord(i + 2)))) ||
        // ("plumber, electrician, hvac, which trade is hardest on the body": "which" and its noun, then the verb.)
        (t === "which" && roleCount >= 2 && QUESTION_FOLLOWERS.has(tokens[i + 2] ?? "")) ||
        // ("…, how fast can i get certified", "…, how long does it take": "how", its adverb, then the verb.)
        (t === "how" && roleCount >= 1 && HOW_ADVERBS.has(tokens[i + 1] ?? "") && QUESTION_FOLLOWERS.has(tokens[i + 2] ?? ""))),
  );
  // "roofers how brutal is the heat", "tax preparers do you only work in tax season", "interior designer do i
  // need a license": the job's workers called on, or the job named as a heading, then the question.
  let afterTitle = opening;
  while (afterTitle < tokens.length && inRole(afterTitle)) afterTitle++;
  const askedAfterTitle =
    afterTitle > opening &&
    // ("teachers who yell at kids are the worst": "who" or "which" after a title opens a clause about them.)
    ((QUESTION_WORDS.has(tokens[afterTitle] ?? "") && !RELATIVE_WORDS.has(tokens[afterTitle]!)) ||
      (AUXILIARY_STARTS.has(tokens[afterTitle] ?? "") && ASKED_SUBJECTS.has(tokens[afterTitle + 1] ?? "")));
  // The word checks first: the patterns and the joined words are read only when they all fail.
  const questionShape =
    questionMark ||
    embeddedQuestion ||
    QUESTION_WORDS.has(first) ||
    askedAfterTitle ||
    // "any downsides to being an electrician", "any advice on becoming a paralegal": asked without its mark.
    // ("any cooks in the chat…" calls on members: the role right after "any" is who is called.)
    (first === "any" && roleCount > 0 && !inRole(opening + 1)) ||
    AUXILIARY_STARTS.has(first) ||
    IMPERATIVE_STARTS.has(first) ||
    CLAUSE_QUESTION.test(cleaned) ||
    SENTENCE_ASKING.test(cleaned) ||
    CLAUSE_WHATS.test(cleaned) ||
    // "i work retail, is bank teller any better": a clause that opens with an auxiliary, about a role named.
    (roleCount > 0 && CLAUSE_AUXILIARY.test(cleaned)) ||
    ROUTE_REQUEST.test(cleaned) ||
    WHATS_A.test(cleaned) ||
    WHO_KNOWS.test(cleaned) ||
    NEXT_STEP.test(cleaned) ||
    TRAILING_ASK.test(cleaned) ||
    (roleCount > 0 && WHAT_NOW_TAIL.test(cleaned)) ||
    WHO_EARNS_MORE_TAIL.test(cleaned) ||
    CAREER_THOUGHT.test(cleaned) ||
    DOUBT_TAIL.test(cleaned) ||
    JUDGED_TAIL.test(cleaned) ||
    VETERAN_MOVE.test(cleaned) ||
    PARENTS_WANT.test(cleaned) ||
    (roleCount > 0 && WHO_MADE_THE_MOVE.test(cleaned)) ||
    YES_NO_TAIL.test(cleaned) ||
    OR_ASKED.test(cleaned) ||
    CARRIES_OVER_ASKED.test(cleaned) ||
    FOR_A_KIND_OF_PERSON.test(cleaned) ||
    CAN_I_BECOME.test(cleaned) ||
    ROOM_ASKED_ABOUT_JOB.test(tokens.join(" ")) ||
    MOVE_ASKED.test(cleaned) ||
    IF_THEN_QUESTION.test(cleaned) ||
    hasRequestPhrase(tokens);
  const compareCue = tokens.some((t) => COMPARE_WORDS.has(t)) || (roleCount >= 2 && hasPairWord(tokens));
  // (Only a message that opens with "the", "that", "this", "their", "his" or "her" may tell someone's doings.)
  const narrated = !questionShape && !compareCue && NARRATED_OPENERS.has(tokens[0] ?? "") && NARRATED.test(tokens.join(" "));
  return {
    questionMark,
    questionShape,
    compareCue,
    aspectCue: aspectHits.some((h) => h.aspect !== "overview" && h.weight >= ASPECT_CUE_WEIGHT),
    // "surveyor job", "actuary career": a job word right after the title only says it is the job.
    telegraphic: tokens.every((t, i) => inRole(i) || isAspectWord(i) || STOPWORDS.has(t) || (JOB_WORDS.has(t) && i > 0 && inRole(i - 1))),
    statement: !questionShape && !compareCue && (tokens.some((t) => STATEMENT_MARKERS.has(t)) || narrated),
    narrated,
    // "hey guys, …" greets the channel; "does anyone know…" asks the others.
    // ...but "good for someone who likes people" names a kind of person, not the channel.
    addressingOthers:
      (tokens.some(
        (t, i) =>
          ADDRESSING_OTHERS.has(t) && i >= opening && !HYPOTHETICAL_BEFORE.has(tokens[i - 1] ?? "") && !asksOfAnyone(tokens, i) && !aPersonTold(tokens, i),
      ) &&
        !WHO_MADE_THE_MOVE.test(cleaned)) ||
      (tokens[opening] === "any" && tokens.some((t) => PRESENT_WORDS.has(t))) ||
      ASKS_WHO_IS_HERE.test(tokens.join(" ")),
    possessed: (span) => POSSESSIVES.has(tokens[span.start - 1] ?? "") || POSSESSIVES.has(tokens[span.start - 2] ?? ""),
  };
}
