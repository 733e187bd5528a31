// Question -> intent, roles, aspect, confidence. Pure: no Discord, no I/O. Built once per knowledge base.
import { managedPlaceRewrite } from "./managed-place.js";
import { cutPhrase, findPhrase, normalizeWords } from "../text/normalize.js";
import { degreeSubject } from "./degree-subject.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { withoutChatLeadIns } from "./chat-lead-ins.js";
import { cleanMessage } from "./clean-message.js";
import { expandDegreeShorthand } from "./degree-shorthand.js";
import { fixMisspellings } from "./fix-misspellings.js";
import { expandShorthand } from "./expand-shorthand.js";
import { readBecomingHeading } from "./becoming-heading.js";
import {
  asksOtherWorkFor,
  asksWhatCredentialOpens,
  asksForBetterPaidJob,
  asksWhereItLeads,
  asksWhatElseTheyCanDo,
  asksWhatToDoInstead,
  asksWhereItLeadsAround,
  opensWornOut,
  leavesForDeskWork,
  leavesForOtherWork,
  leavesRole,
  movesOnFrom,
  PARTICULAR,
  toldAsOwnJob,
  TOLD_WITH_PAY_OR_EMPLOYER,
  workedAs,
} from "./leaving-role.js";
import { asksNothingOfWork } from "./asks-nothing-of-work.js";
import { genericMoveTarget, movedToRankWord } from "./generic-move-target.js";
import { asksNamedCredential } from "./named-credential.js";
import { SET_ASIDE_PAY_GLOBAL, setAsideAt, setsPayAside } from "./set-aside.js";
import { ARROW, detectQuestionKind } from "./detect-kind.js";
import { askedPayPer, askedPayPeriod, askedShiftHours } from "./detect-pay-period.js";
import { askedPayAmount, foreignPayAmount } from "./detect-pay-amount.js";
import { canonicalTokens, singular } from "./canonical-tokens.js";
import {
  asksKindsOf,
  asksWayIntoField,
  broadTitleGroup,
  MEASURE_WORDS,
  namesField,
  namesFieldNotWorker,
  fieldNamed,
  HEALTHCARE,
  OFFICE,
  RATED_RANK_MEASURES,
  rankRequest,
  schoolingLimit,
  type RankRequest,
} from "./ranked-question.js";
import { askedPayBand, askedPercentile, memberYears } from "./detect-pay-band.js";
import { namedEmployer } from "./detect-employer.js";
import { separateOwnJobClause } from "./own-job-clause.js";
import { topicIntoQuestion } from "./topic-first.js";
import { asksByPlace, namedPlace, placeOfTitle } from "./detect-place.js";
import { withoutSecondTitles } from "./second-titles.js";
import { CURRENCY_WORDS, currencyPlace } from "./currencies.js";
import { refineAspect } from "./refine-aspect.js";
import {
  criteriaPair,
  detectTopic,
  LEAVE_VERB_WORDS,
  SCHOOL_HOURS,
  twoCriteria,
  THINK_ABOUT_BEING,
  TOPIC_ASPECTS,
  type QuestionTopic,
} from "./detect-topic.js";
import { oneSlipNoSubstitution } from "./edit-distance.js";
import { markedQuestionPart, questionPart } from "./question-part.js";
import { compoundFromContext } from "./context-compound.js";
import { opensAboutSomeoneElse, POINTS_AT_THEIR_JOB, withoutOthersStory } from "./others-story.js";
import { ownSchool } from "./own-school.js";
import { listedBeforeRole } from "./listed-before-role.js";
import { memberEducation } from "./member-education.js";
import {
  cuedOnlyAsMove,
  EVERYDAY_ING,
  fieldNounRewrites,
  isFieldNoun,
  hasPairingWord,
  setsWorkFieldBeside,
  shortEnoughToRewrite,
  tellsOwnWork,
} from "./field-nouns.js";
import { buildAspectTable, chooseAspect, findAspectHits } from "./detect-aspect.js";
import { asksForGuide, isHelpQuestion, isListQuestion } from "./detect-meta-intent.js";
import { findRoleMentions, MAX_ROLES } from "./find-role-mentions.js";
import { notAboutWork, RELATIONS } from "./not-about-work.js";
import { findUnknownRolePhrases, isBroadRoleWord, QUALITY_ADJECTIVES, type UnknownPhrase } from "./find-unknown-roles.js";
import {
  ADDRESSING_OTHERS,
  AUXILIARY_STARTS,
  CREDENTIAL_NOUNS,
  ARTICLES,
  MAX_ABBREVIATION,
  EVERYDAY_TITLE_WORDS,
  GENERIC_ROLE_WORDS,
  beforeArticle,
  COMPARE_CUES,
  INDEFINITE_ARTICLES,
  JOB_WORDS,
  OTHER_PREPOSITIONS,
  POSSESSIVES,
  QUESTION_WORDS,
  RELATIVE_WORDS,
  COMPARATIVE_ADJECTIVES,
  REPORTING_WORDS,
  FORMER_WORDS,
  routeLeadsTo,
  leftFor,
  GETTING,
  GREETINGS,
  LICENCE_TITLES,
  OWNERS,
  STOPWORDS,
  KNOWN_WORDS,
  LETTERS_ONLY,
  pastAdverb,
  WORKPLACE_PREPOSITIONS,
  makesRank,
  NURSING_DEGREE,
} from "./lexicon.js";
import { hasPairWord, readQuestionSignals, ROOM_ASKED_ABOUT_JOB, WHICH_EARNS_MORE } from "./question-signals.js";
import { RoleIndex } from "./role-index.js";
import { SharedTitleEvidence } from "./shared-title-evidence.js";
import { insideAny, splitSentences, toTokenView, typedPhrase } from "./token-view.js";
import { detectSmallTalk } from "./detect-small-talk.js";
import {
  isHandledThing,
  isNounModifier,
  isParticularOne,
  isPossessiveCompound,
  isStudyField,
  isVerbUse,
  isVeteran,
  PARTICULAR_BEFORE,
} from "./everyday-word-use.js";
import { isCatchAllTitle, NAME_WEIGHTS } from "../knowledge/role-entry.js";
import { tierFor } from "./confidence.js";
import { DescriptionIndex, describedJob, type Description } from "./described-job.js";
import { ASPECT_CUE_WEIGHT, MAX_SUGGESTIONS, MIN_ASPECT_TYPO_WORD } from "./tuning.js";
import type { Intent, ParsedQuestion, RoleMention } from "./types.js";
import { phraseList, wordSet } from "./word-list.js";
import { askedAsForOneself } from "./asked-for-someone.js";
import { askedAboutTheData } from "./data-question.js";
import { askedMeaning } from "./asks-meaning.js";
import { offerAsked, tellsOfferWithPay } from "./offer-told.js";
import { isRhetoricalLine, isVentingPost } from "./rhetorical-line.js";
import { toldNotAsked } from "./told-not-asked.js";

/** A clause opening with a question word or an auxiliary: "…, how long", "… . should i". */
const CLAUSE_ASKS = /[,.;:!]\s*(how|what|which|why|where|when|is|are|should|can|could|do|does)\b/i;
/** Words before "from" that move away from a job: "move up from cna", "move on from rn". */
const MOVED_FROM = wordSet("MOVED_FROM", ["up", "on", "away"]);
/** Letters a rewritten worker's title shares with the field noun it was made from: "part" of "party" and "partist". */
const STEM_PREFIX = 4;
/** "going for my rn": the verbs before "for" that mean getting it. */
const GOING_FOR = wordSet("GOING_FOR", ["go", "going", "went", "gone"]);
/** Verbs that take a credential: "needs a CPC", "get a CDL", "without a PE". */
const CREDENTIAL_VERBS = wordSet("CREDENTIAL_VERBS", ["need", "require", "required", "get", "getting", "have", "has", "hold", "without", "with"]);
/** "get my cna", "getting my cna license": a credential the member is to get ("my cna" alone is a person). */
function getsOwnCredential(tokens: readonly string[], r: { start: number; end: number }): boolean {
  // ("should i go for rn", "is it worth going for rn": an abbreviation right after "go for" is what to get.)
  if (tokens[r.start - 1] === "for" && GOING_FOR.has(tokens[r.start - 2] ?? "") && r.end - r.start === 1 && tokens[r.start]!.length <= MAX_ABBREVIATION)
    return true;
  // ("going for my rn", "go for my cdl": getting it.)
  const getting = GETTING.has(tokens[r.start - 2] ?? "") || (tokens[r.start - 2] === "for" && GOING_FOR.has(tokens[r.start - 3] ?? ""));
  if (!OWNERS.has(tokens[r.start - 1] ?? "") || !getting) return false;
  return (r.end - r.start === 1 && tokens[r.start]!.length <= MAX_ABBREVIATION) || CREDENTIAL_NOUNS.has(tokens[r.end] ?? "");
}

/** "have to be", "need to become": a requirement that one role comes first. */
const MUST_VERBS = wordSet("MUST_VERBS", ["have", "has", "need", "got"]);
/** "what do judges do all day / for a living", "what do drivers make a year": what may follow the "do". */
/** The verb after "what do <role>s": "do", or "make" and "earn" for pay. */
const THEY_DO_VERBS = wordSet("THEY_DO_VERBS", ["do", "make", "earn"]);
/** "what tools do plumbers use", "what software do realtors need": the things a job works with. */
const TOOL_NOUNS = wordSet("TOOL_NOUNS", ["tool", "software", "program", "app", "technology", "equipment"]);
const USE_VERBS = wordSet("USE_VERBS", ["use", "need"]);
const DO_VERBS = wordSet("DO_VERBS", ["do", "does"]);
/** "what a data analyst makes": the job's pay asked after "what" (canonical: "makes" is "make"). */
const PAY_VERBS = wordSet("PAY_VERBS", ["make", "earn", "get", "take"]);
/** "what nurses make in texas a year": at most this many words after the pay verb (not "what models make the best laptops for school"). */
const MAX_WORDS_AFTER_PAY_VERB = 4;
/** The most words a place ending "what do nurses make in …" may have ("new york"). */
const PLACE_WORDS = 2;
const AFTER_WHAT_THEY_DO = wordSet(
  "AFTER_WHAT_THEY_DO",
  // ...and the chat words a line may end with: "what do nurses make lol".
  "all day daily exactly at work job for a living on the to in typical everyday there an per hour year month week usually lol lmao haha fr tbh ngl honestly anyway",
);

/** "… bc i still dont get it", "… because my son wants to be one": why the member asks, after the question. */
const REASON_WORDS = wordSet("REASON_WORDS", ["bc", "because", "cuz", "cause", "since"]);

/** "what do bartenders do besides …": the known part of the job set aside after the "do". */
const DO_ALSO_AFTER = wordSet("DO_ALSO_AFTER", ["beside", "except", "beyond"]);
const DO_ALSO_AFTER_PAIRS = new Set(phraseList("DO_ALSO_AFTER_PAIRS", ["other than", "apart from", "aside from", "outside of"]));

/** Titles that in chat are most often things or game roles: "what do servers do besides crash". */
const THING_TITLES = wordSet(
  "THING_TITLES",
  "server host driver model runner agent monitor printer reader viewer loader tracker handler keeper controller checker tester cutter carrier player captain knight warrior monk priest spy sniper soldier scout guide mate owner super",
);

/** "new grad", "entry level", "experienced": a level of the job between "what do" and its title. */
const LEVEL_WORDS = wordSet("LEVEL_WORDS", "new grad graduate entry level starting experienced senior junior union beginner");
const MAX_LEVEL_WORDS = 2;
/** "… that cnas don't", "… that lpns can't": what the other job's workers do not (canonical "don't" is "do not"). */
const THAT_OTHERS_DONT = /^that( \w+){1,3} (do|does|can|ca|did) not$/;
/** "what do nurses make after a few years", "… starting out", "… with 10 years experience": when in a career pay is asked. */
const PAY_WHEN_WORDS = wordSet(
  "PAY_WHEN_WORDS",
  "after with first starting start out of right straight fresh new grad graduate entry level few couple year experience their when one two three five ten twenty",
);

/** "what time is the AMA with the recruiter", "when's the mock interview": about an event, not a job. */
const EVENT_QUESTION = /^(what time|when is|when s|whens)\b/;
/**
 * "teacher appreciation week is coming up, gift ideas?", "what do i get my kid's nurse as a thank you":
 * a gift, not a job; nor is a costume ("my little sis wants to be a doctor for halloween, costume ideas?").
 */
const GIFT_QUESTION = /\b(gifts?|presents?|appreciation (week|day)|thank you (card|note|gift)s?|costumes?|halloween|dress up as|dressing up as|cosplay\w*)\b/;
/** A thing to buy or use, asked about for a job ("can anyone recommend a good stethoscope for nursing school"), whatever the job's words. */
const THING_TO_BUY =
  /\b(recommend|suggest|suggestions for|best|good)( a| an| some| any)?( good| decent| cheap| comfy| comfortable)? (stethoscopes?|scrubs|shoes|boots|laptops?|backpacks?|watch|watches|pens|calculators?|headphones|study guides?|textbooks?)\b/;
/** How many words of a place may stand between a person's title and what they did: "the nurse at (the) school gave". */
const STORY_PLACE_WORDS = 3;
/** Words that point at one particular thing: "this server", "that host", "our driver". */
const DEMONSTRATIVES = wordSet("DEMONSTRATIVES", ["this", "that", "these", "those", "our", "your", "their"]);
/** "as cook", "become nurse", "work as driver", "currently emt": words that frame the next word as a job. */
const JOB_FRAMES = wordSet("JOB_FRAMES", ["as", "become", "becoming", "hire", "hiring", "currently"]);
/** News told of the member or someone they know: "guess who just got promoted to …", "finally got hired as …". */
// ("got the offer!!! starting as a junior engineer next month": a new job's start, told.)
const NEWS_TOLD =
  /\b(guess who|(just|finally) (got|became|become)|i got (promoted|hired)|got (a|the) (new )?(offer|job|position)|(starting|start|i start) (as an?|my new job|next (week|month|monday))|(my )?first day as an?)\b/;
/** Before "as a …", words that make it a job: "get started as", "work as", "a job as", "a career as". */
const WORK_AS_VERBS = wordSet("WORK_AS_VERBS", [
  "start",
  "started",
  "work",
  "working",
  "worked",
  "job",
  "career",
  "living",
  "employ",
  "employed",
  "hire",
  "hired",
]);
/** Shorter words are too often other words to read as a field noun's slip ("nurse" is no slip of "nursing"). */
const MIN_FIELD_TYPO_LENGTH = 6;
/** Of the signs normalizeWords keeps in a word ("$", "%", "+"), those a pattern reads as its own. */
const PATTERN_SIGNS = /[$+]/g;
/** The schooling that leads to a job, named after its title: "a nurse bridge", "the nurse program". */
const TRAINING_NOUNS = wordSet("TRAINING_NOUNS", ["bridge", "program", "course", "school", "training", "apprenticeship", "pathway"]);
/** Past tenses that tell what someone did: "the guard let us in", "the nurse gave me a shot". */
const PAST_VERBS = wordSet("PAST_VERBS", [
  "quit",
  "put",
  "let",
  "said",
  "gave",
  "told",
  "came",
  "went",
  "got",
  "made",
  "took",
  "wrote",
  "found",
  "left",
  "sent",
  "saw",
  "forgot",
  "brought",
  "kept",
  "ran",
  "was",
  "were",
]);
/** A verb telling what someone did: a listed past form ("was", "put") or a regular one ("charged"). */
function isPastVerb(verb: string): boolean {
  return PAST_VERBS.has(verb) || (verb.length > 4 && verb.endsWith("ed"));
}
/** The member speaking of themself: "i", "im", "ive". */
const FIRST_PERSON = /\b(i|im|ive)\b/;
/** Words that judge a claim true or not: "is that true", "is it correct". */
const JUDGED_TRUE = wordSet("JUDGED_TRUE", ["true", "correct", "accurate", "right", "wrong", "false"]);
/** Around "double" as an amount: "double what i make", "like double", "make double", "almost double the pay". */
const AMOUNT_AFTER_DOUBLE = wordSet("AMOUNT_AFTER_DOUBLE", ["what", "that", "the", "my", "your", "his", "her", "their", "our"]);
const AMOUNT_BEFORE_DOUBLE = wordSet("AMOUNT_BEFORE_DOUBLE", [
  "like",
  "about",
  "almost",
  "nearly",
  "literally",
  "basically",
  "make",
  "made",
  "earn",
  "pay",
  "get",
]);
/** Words a verb follows: its subject, a modal, "to". */
const VERB_LEADS = wordSet("VERB_LEADS", ["i", "you", "we", "they", "he", "she", "to", "can", "could", "would", "should", "will", "gonna", "and", "me"]);
/** Before "ot", overtime: "with OT", "lots of OT", "picking up OT"; before "pt", a patient's therapy or part time (canonical words: "months" is "month"). */
const OVERTIME_BEFORE = wordSet("OVERTIME_BEFORE", [
  "with",
  "plus",
  "incl",
  "including",
  "without",
  "mandatory",
  "lot",
  "extra",
  "some",
  "pick",
  "picking",
  "up",
]);
const THERAPY_SPANS = wordSet("THERAPY_SPANS", ["month", "week", "session"]);
const THERAPY_OR_PART_TIME_BEFORE = wordSet("THERAPY_OR_PART_TIME_BEFORE", ["doing", "did", "after", "working", "work"]);
function isChatAbbreviation(word: string, tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1] ?? "";
  if (word === "ot") return OVERTIME_BEFORE.has(before);
  if (word === "pt") return (before === "of" && THERAPY_SPANS.has(tokens[at - 2] ?? "")) || THERAPY_OR_PART_TIME_BEFORE.has(before);
  // ("like 400 apps, 6 interviews", "sent out 50 apps": job applications counted, not advanced practice providers.)
  if (word === "app") return /^\d/.test(before) || APPLYING_BEFORE.has(before);
  // ("EMT pay is trash rn or is it just me", "money is tight rn lol": right now, after what something is.)
  if (word === "rn") return RIGHT_NOW_AFTER.test(tokens.slice(at + 1, at + 3).join(" ")) && SAID_TO_BE.test(tokens.slice(Math.max(0, at - 3), at).join(" "));
  return false;
}

/** After "rn" meaning right now: the message ends, or goes on as chat ("or is it just me", "lol"). */
const RIGHT_NOW_AFTER = /^$|^(or (is|am|are|was)|lol|lmao|tbh|ngl|fr|tho|though|honestly|and i|but)\b/;
/** Before it, what something is said to be: "is trash", "is so bad", "are tight". */
const SAID_TO_BE =
  /\b(is|are|am|im|was|were|s) (so |really |kinda |lowly |pretty |super )?(?!(a|an|the|my|to|for|from|as|better|worse|more|less|than|like)\b)\w+$/;

/** Before "apps", words that make them job applications: "sent out apps", "more apps". */
const APPLYING_BEFORE = wordSet("APPLYING_BEFORE", ["out", "more", "many", "few", "job", "my", "of", "hundred", "dozen"]);

/**
 * Words that say which of an aspect's figures or sides, right before the aspect's word: "starting pay",
 * "avg salary", "entry level pay", "working conditions", "grad school reqs". After a title they are no
 * noun the title describes ("nurse starting pay" asks the pay, as "nurse pay" does).
 */
const ASPECT_QUALIFIERS = wordSet("ASPECT_QUALIFIERS", [
  "starting",
  "start",
  "entry",
  "level",
  "average",
  "avg",
  "base",
  "median",
  "typical",
  "hourly",
  "annual",
  "yearly",
  "actual",
  "work",
  "working",
  "grad",
  "graduate",
]);
/** What opens a request about one thing: "tell me about (the)", "info on", "information about". */
const ASKED_ABOUT =
  /^(can you |could you |pls |please )?(tell me about|tell me more about|info on|info about|information on|information about|explain)( the| a| an)?$/;
/**
 * "i'm a barista", "working as a cashier", "as a paralegal" opening the message, "i make 18 an hour as a
 * cashier", "i work at target as a cashier": the member's own job.
 */
const OWN_JOB_BEFORE = new RegExp(
  String.raw`(\b(im|i am|ive been|i have been|been|i was|work as|working as|(?<!\b(get|gets|getting|find|finding|land|landing|want|wanna) (a|an|the) )job as|currently)( already)?|^as|\b(?:${TOLD_WITH_PAY_OR_EMPLOYER}))( an?)?$`,
);

/**
 * "I'm a barista … dental hygienist or radiographer, which pays more": the member's own job is where
 * they stand, not one of the choices; the choice is between the others.
 */
function withoutOwnJob(mentioned: readonly RoleMention[], tokens: readonly string[], cleaned: string): readonly RoleMention[] {
  if (mentioned.length < 3) return mentioned;
  const choices = mentioned.filter((m) => !isOwnJob(m, tokens));
  // "currently a warehouse worker. forklift or cdl driver?": a choice put as "A or B" is one too.
  const putAsChoice = choices.length === 2 && SIDE_BY_SIDE.has(tokens[choices[0]!.end] ?? "") && choices[1]!.start === choices[0]!.end + 1;
  return choices.length >= 2 && choices.length < mentioned.length && (putAsChoice || detectQuestionKind(cleaned, choices.length) === "which")
    ? choices
    : mentioned;
}

/** Words that set two roles side by side: "accountant vs engineer", "nurse or an engineer". */
const SIDE_BY_SIDE = wordSet("SIDE_BY_SIDE", ["versus", "or"]);

/** "make more money than a": the most words a "than" comparison spans between two titles. */
const MAX_WORDS_AROUND_THAN = 5;

/** "accountant vs engineer", "engineer or a nurse": a word joined to a named role by a comparing word. */
function comparedWithRole(u: { start: number; end: number }, mentioned: readonly RoleMention[], tokens: readonly string[]): boolean {
  const joinedAt = (at: number) => SIDE_BY_SIDE.has(tokens[at] ?? "");
  const before = beforeArticle(tokens, u.start);
  // "do engineers make more than a nurse": a comparison with "than" a few words between them.
  const thanBetween = (from: number, to: number) => to - from <= MAX_WORDS_AROUND_THAN && tokens.slice(from, to).includes("than");
  return mentioned.some((m) => {
    if (thanBetween(Math.min(m.end, u.end), Math.max(m.start, u.start))) return true;
    if (m.end <= u.start) return joinedAt(before) && before === m.end;
    const after = INDEFINITE_ARTICLES.has(tokens[u.end + 1] ?? "") ? u.end + 2 : u.end + 1;
    return joinedAt(u.end) && m.start === after;
  });
}

/** Words that set two titles apart ("plumbers and pipefitters, whats the difference"), where listing them would not. */
const SET_APART_WORDS = wordSet("SET_APART_WORDS", ["difference", "different", "differ", "same", "versus", "compare", "compared", "between"]);

/** A question whose subject is the sentence before it: "is that realistic", "is it worth it". */
const POINTS_BACK = /^(is|was|would|does|will) (that|this)\b/;

/** The longest message read as two short questions of one role. */
const MAX_TWO_QUESTIONS = 120;

/**
 * "librarian worth it? do u need a masters", "is welding hard on your body? whats the pay": the last two
 * sentences, each asking its own topic, one of them the question's (`first`), in the order asked; or null.
 */
function twoQuestions(
  typed: readonly string[],
  sentence: readonly number[],
  skipped: (i: number) => boolean,
  first: QuestionTopic,
): readonly [QuestionTopic, QuestionTopic] | null {
  const last = sentence[typed.length - 1] ?? 0;
  if (last === 0) return null;
  const words = (s: number) => typed.filter((_, i) => sentence[i] === s && !skipped(i)).join(" ");
  return criteriaPair(detectTopic(words(last - 1)), detectTopic(words(last)), first);
}

/**
 * "my son is choosing between auto mechanic and electrician trade school, which one has a better future":
 * schooling named before the question, the last clause opened by "which", "what" or "how", whose own topic
 * (the outlook, the pay, the stress) is what is asked; null where no such clause names another topic.
 */
function schoolingOnlySaid(
  tokens: readonly string[],
  typed: readonly string[],
  clause: readonly number[],
  skipped: (i: number) => boolean,
): QuestionTopic | null {
  let from = -1;
  for (let i = tokens.length - 1; i > 0 && from < 0; i--) if (clause[i] !== clause[i - 1] && ASKING_OPENERS.has(tokens[i]!)) from = i;
  if (from < 0) return null;
  const topic = detectTopic(typed.filter((_, i) => i >= from && !skipped(i)).join(" "));
  return topic && CLAUSE_TOPICS.has(topic) ? topic : null;
}
const ASKING_OPENERS = wordSet("ASKING_OPENERS", ["which", "what", "how"]);
/** Topics a question's last clause asks in words of their own, over schooling named before it. */
const CLAUSE_TOPICS: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(["prospects", "pay", "stress", "physical"]);

/**
 * "tax preparers do you only work during tax season", "meteorologist need a phd?": a title opening the
 * message, then the question asked of it; the question's shape is read from the words after the title.
 */
function askedAfterOpeningTitle(text: string, roles: readonly RoleMention[], tokens: readonly string[]): string {
  const first = roles[0];
  const next = first && first.start === 0 ? (tokens[first.end] ?? "") : "";
  if (!(AUXILIARY_STARTS.has(next) || (QUESTION_WORDS.has(next) && !RELATIVE_WORDS.has(next)) || next === "need" || next === "needs")) return text;
  const found = findPhrase(text, first!.typed.toLowerCase());
  return found && found.at === 0 ? text.slice(found.length).replace(/^[\s,.:;!-]+/, "") : text;
}

/** "cashier to supervisor": "to" right between two spans, in either order. */
function joinedByTo(a: { start: number; end: number }, b: { start: number; end: number }, tokens: readonly string[]): boolean {
  const [first, second] = a.end <= b.start ? [a, b] : [b, a];
  if (tokens[first.end] !== "to") return false;
  // ("army nurse to civilian nurse", "teacher to a principal": one word may qualify the second.)
  return second.start === first.end + 1 || (second.start === first.end + 2 && AFTER_TO.has(tokens[first.end + 1] ?? ""));
}
/** "lpn then rn", "paramedic and then a pa": the second span right after the first's "then", in either order. */
function thenNext(a: { start: number; end: number }, b: { start: number; end: number }, tokens: readonly string[]): boolean {
  const [first, second] = a.end <= b.start ? [a, b] : [b, a];
  const at = tokens[first.end] === "and" ? first.end + 1 : first.end;
  if (tokens[at] !== "then") return false;
  return second.start === at + 1 || (second.start === at + 2 && AFTER_TO.has(tokens[at + 1] ?? ""));
}
/** Words between "to" and the title moved to: "to civilian nurse", "to a principal". */
const AFTER_TO = wordSet("AFTER_TO", ["a", "an", "the", "civilian"]);

/** "staff nurse to charge nurse": "to" right between a role's two titles. */
function movesBetweenTitles(m: RoleMention, tokens: readonly string[]): boolean {
  return (m.alsoAt ?? []).some((a) => joinedByTo(m, a, tokens));
}

/** "I'm a nurse", "I work as a receptionist", "nurse here, …": the member's own job. */
function isOwnJob(m: RoleMention, tokens: readonly string[]): boolean {
  if (opensWithHere(m, tokens)) return true;
  return OWN_JOB_BEFORE.test(tokens.slice(Math.max(0, m.start - 6), m.start).join(" "));
}

/** Words before a role that make it the one to become: "is it worth becoming an rn". */
const BECOMING = wordSet("BECOMING", ["becoming", "become", "be"]);
/** Whether `m` is the job a member would become: after "becoming", or its school ("lawyer school", a field noun's rewrite). */
function becomesOther(tokens: readonly string[], m: RoleMention): boolean {
  return BECOMING.has(tokens[beforeArticle(tokens, m.start)] ?? "") || tokens[m.end] === "school";
}

/** Right before the job moved to: "can teachers get into (edtech sales)", "switch to". */
const GETS_INTO = /\b(get|getting|move|moving|go|going|break|switch|switching|transition|transitioning) (into|to)$/;

/** "my parents want me to be a doctor but i want to do graphic design": a field wanted instead of the role named. */
const WANTS_INSTEAD = /\b(but|instead) (i|id|i d) (want|wanna|would rather|d rather|rather|prefer)\b/;

/** Before a job, words that tell it was the member's: "ex-chef", "former restaurant gm", "after 14 years as an", "six years in the (marines)", "coming from (teaching)". */
const OWN_JOB_TOLD_BEFORE =
  /(^(ex|former)|\b(years?|yrs?|decades?) (as|in)( the| an?)?|\b(coming|came) from|\b(worked|gigged|served|freelanced|freelancing) as( an?)?)$/;
/** "i've been a patrol cop", "as a mid-career journalist": words describing the member's job, between its article and its title. */
const DESCRIBING_WORDS = /\b(an?)( [a-z]+){1,2}$/;

/** ownJobTyped, or the member's job told by a word before it or by a headline: "ex-chef …", "teacher of 20 years considering …". */
function toldOwnJob(cleaned: string, typed: string): boolean {
  return ownJobTyped(cleaned, typed, true);
}

/**
 * Whether the role typed as `typed` is the member's own job where it stands in `cleaned`: "i'm 28, currently
 * a barista"; with `toldOtherwise`, also "ex-chef", "after 14 years as an …", "teacher of 20 years considering …".
 */
function ownJobTyped(cleaned: string, typed: string, toldOtherwise = false): boolean {
  const words = normalizeWords(cleaned);
  const at = words.indexOf(typed);
  if (at === 0) {
    // "dental assistant here, is hygiene school worth it": the member saying what they do, as isOwnJob reads it.
    const after = words.slice(typed.length);
    return HERE_AFTER.test(after) || (toldOtherwise && OWN_JOB_TOLD_AFTER.test(after));
  }
  if (at < 0) return false;
  const before = words.slice(0, at).trimEnd();
  if (OWN_JOB_BEFORE.test(before)) return true;
  if (!toldOtherwise) return false;
  const described = before.replace(DESCRIBING_WORDS, "$1");
  return OWN_JOB_TOLD_BEFORE.test(before) || (described !== before && OWN_JOB_BEFORE.test(described));
}

/** A nursing degree gone for, after the words that go for it: "wanting my adn", "going for msn". */
const DEGREE_GONE_FOR = String.raw`(wanting|wants|going for|getting) (an? |my |the )?${NURSING_DEGREE}\b`;
/** A nursing degree gone for, right after a title: "lpn to bsn", "cna wanting my adn", "lpn going for msn". */
const NURSING_DEGREE_AFTER = new RegExp(String.raw`^(to (an? |my |the )?${NURSING_DEGREE}\b|${DEGREE_GONE_FOR})`);
/** A level in a typed title: "senior accountant", "junior developer", "entry level analyst", "journeyman lineman", "electrician apprentice". */
const LEVEL_IN_TITLE = /^(senior|junior|entry level|journeyman)\b|\b(apprentices?|trainees?)$/;
/**
 * Level words of job postings, right before a title: "staff software engineer", "sr accountant",
 * "principal data scientist" (a senior level, no school principal), "associate product manager".
 */
const LEVEL_BEFORE: Readonly<Record<string, "entry" | "senior">> = {
  sr: "senior",
  staff: "senior",
  lead: "senior",
  principal: "senior",
  associate: "entry",
  jr: "entry",
  fresher: "entry",
};

/** "principal software engineer": a level word read as a title of its own, right before another title. */
function isLevelOfNext(m: RoleMention, found: readonly RoleMention[], tokens: readonly string[]): boolean {
  return m.end - m.start === 1 && LEVEL_BEFORE[tokens[m.start]!] !== undefined && found.some((n) => n.start === m.end);
}

/** The band a level word right before each title names, where every title has the same one ("lead software engineer salary"). */
function levelBeforeTitles(roles: readonly RoleMention[], tokens: readonly string[]): "entry" | "senior" | null {
  const levels = new Set(roles.map((r) => LEVEL_BEFORE[tokens[r.start - 1] ?? ""]));
  const [level] = levels;
  return roles.length > 0 && levels.size === 1 && level !== undefined ? level : null;
}

/** "here" right after a title that opens the message. */
const HERE_AFTER = /^ here\b/;

/** "cna here, …", "dental assistant here, …": the title opens the message, "here" right after it (the member's own job). */
function opensWithHere(m: { start: number; end: number }, tokens: readonly string[]): boolean {
  // ("exhausted server here, what else pays better": how the member feels may come first.)
  return (m.start === 0 || opensWornOut(tokens, m.start)) && tokens[m.end] === "here";
}

/** After a title opening the message, the member's plan or time in it: "rn wanting to become an np", "cop for 8 yrs thinking about …", "teacher of 20 years considering …". */
const OWN_JOB_TOLD_AFTER =
  /^ (wanting|looking|trying|hoping|planning|thinking) (to|about|of|on|at|into)\b|^ considering\b|^ (for|of|with) \d+ (yrs?|years?|months?)\b|^ (early|mid|late) \d0s\b/;

/** "rn wanting to become a nurse practitioner", "cop for 8 yrs …": the member's own job, told to open a question about another. */
function opensWithOwnJobTold(m: { start: number; end: number }, tokens: readonly string[]): boolean {
  return m.start === 0 && OWN_JOB_TOLD_AFTER.test(` ${tokens.slice(m.end, m.end + 4).join(" ")}`);
}

/** Before "to" and a job moved to: "get to rn", "go to rn", "switch to pt". */
const MOVED_TO_VERBS = wordSet("MOVED_TO_VERBS", ["get", "go", "move", "switch", "transition", "bridge", "upgrade", "advance"]);

/** Whether word `i` is inside one of `mentions` (or another place its title was typed). A plain loop: called for every token by several passes. */
function inMention(mentions: readonly RoleMention[], i: number): boolean {
  for (const r of mentions) if ((i >= r.start && i < r.end) || (r.alsoAt && insideAny(r.alsoAt, i))) return true;
  return false;
}

/** "what can a cna do to make more money": the role asked about is the member's. */
const CAN_DO_TO = /^(what|how) (can|could|should)( an?)?$/;

/**
 * Words that rule the role after them out of a ranking asked for: "but not as a teacher", "other than
 * nursing", "besides a vet", "but dont want to be a vet", "but don't want to go to vet school"
 * (normalized, "don't" is "do not").
 */
const RULING_OUT =
  "not (want|wanna) to be|not wanna be|not (want|wanna) to go to|dont (want|wanna) (to )?go to|dont (want|wanna) (to )?be|not|never|other than|besides|except|apart from|instead of|rather than";
/** The cheap test first, on the message as typed (where "don't" is not yet "do not"). */
const RULED_OUT_WORD = new RegExp(`\\b(${RULING_OUT}|don[’']t)\\b`, "i");
/** ...then where each one stands in the normalized words, with what may come before the title. */
const RULED_OUT = new RegExp(`\\b(${RULING_OUT})( as| being| becoming| working as| to be)? (an? )?`, "g");
/** Fields set against each other ("welding or plumbing, which pays the most"): a comparison of them, not a ranking. */
const SET_AGAINST = /\b(or|vs|versus|between)\b/i;
/** Two opposites joined by "or", no choice between jobs: "a step up or a step down", "better or worse", "or not". */
const OPPOSITES_OR = /\b(step up or (a )?(step )?down|up or down|better or worse|more or less|yes or no|or not|or nah)\b/gi;
/** Jobs or fields set against each other, opposites joined by "or" aside. */
const setAgainst = (text: string) => SET_AGAINST.test(text.replace(OPPOSITES_OR, " "));
/** The topic a ranking's measure is about; its cards are that topic's aspect (pay: salary, prospects: outlook, ease: requirements). */
const RANKING_TOPICS: Record<RankRequest["measure"], QuestionTopic> = {
  pay: "pay",
  openings: "prospects",
  growth: "prospects",
  ease: "ease",
  stress: "stress",
  people: "work",
  handsOn: "physical",
  related: "education",
  overall: "general",
  workers: "general",
};
/** Words that may describe the role moved to, between "to" and it: "from delivery driver to long haul trucker". */
const MAX_MOVE_DESCRIBERS = 2;
/** A question put to the channel: "anyone know if …", "does anybody know whether …". */
const CHANNEL_WHETHER = /^(does |do )?(anyone|any1|anybody|someone|somebody|you guys|yall|y all)( here)? (know|knows) (if|whether)\b/;
/** The longest message read as a ranking question ("which healthcare jobs can I do with a 2 year degree" is 53 characters). */
const MAX_RANKING_LENGTH = 160;
/** Words between two titles that say who directs whom: "cna report to the rn", "nurses supervise cnas", "lpn the boss of a cna". */
/** The most words between a loose label typed twice and set against itself: "adjuster and an independent adjuster". */
const MAX_KINDS_BETWEEN = 4;
/** The most words REPORTS_BETWEEN reads: "(a word) reports to (the)", "is the boss of a". */
const MAX_REPORTS_BETWEEN = 6;
const REPORTS_BETWEEN = new RegExp(String.raw`^(\w+ )?(${REPORTING_WORDS})( (the|a|an|all|their))?$`);

/** Whether `m` and another role are joined by words that say who directs whom ("does a cna report to the rn"). */
function reportsBetween(m: RoleMention, all: readonly RoleMention[], tokens: readonly string[]): boolean {
  return all.some((o) => {
    if (o.roleId === m.roleId) return false;
    const [first, second] = o.start < m.start ? [o, m] : [m, o];
    // (Only titles a few words apart: a long post's far-apart titles are never joined, nor sliced and joined.)
    const gap = second.start - first.end;
    return gap > 0 && gap <= MAX_REPORTS_BETWEEN && REPORTS_BETWEEN.test(tokens.slice(first.end, second.start).join(" "));
  });
}
/** A message longer than this, told in the first person with no question mark, is a story (a vent), not a title asked about. */
const TOLD_STORY_LENGTH = 300;

/** The member's own pay, told: "i make about 45k", "and make 45k", "im making $18 an hour", "3 years making 38k". */
const OWN_PAY_TOLD =
  /\b(i|im|i m|and)( currently| now| only| still)? (make|making|earn|earning|get paid|bring home)( about| around| roughly| like| only| maybe)? \$?\d|\b(making|earning) (about |around |roughly |like |only )?\$?\d/;
/** Other work asked for by its pay: "what pays more", "what else pays better", "what jobs pay more", "a better paying career". */
const WHAT_PAYS_MORE =
  /\bwhat (else |other )?(pay|pays|jobs?|careers?)\b.*\b(more|better)\b|\b(better|higher) (paying|paid) (jobs?|careers?|work|fields?|options?)\b|\b(something|anything) (else )?(that|which) pays? (more|better)\b/;
/** Jobs asked for by name: "what jobs", "which careers", "any other work". */
const JOBS_ASKED_FOR = /\b(what|which|any) (other |else |kind of |kinds of )?(jobs?|careers?|work)\b/;
/** ...asked as a licence: needed or worth getting ("how hard is the cpa exam" is the exam, which the data lacks). */
const LICENCE_ASKED = /\b(need|needs|needed|require|required|requires|without|worth|get|getting|have to|has to|must)\b/;
/** ...or named as a licence beside the job it is for: "do accountants need a cpa" (not "to be a cpa"). */
const LICENCE_NAMED = /\b(a|the|my|your|their) (cpa|cma)\b(?<!\b(be|become|becoming|being|as) an? (cpa|cma))/;
/** A role's name that is a licence's letters, one or more: "cpa", "cpas". */
const namesLicence = (typed: string) => LICENCE_TITLES.has(singular(typed));
/** Other work asked for the member: "what kinds of jobs would fit someone like me", "what careers could i do", "what else can i do". */
const OTHER_WORK_ASKED =
  /\bwhat (other |kinds? of |kind of |sort of |types? of )?(jobs?|careers?|work|roles?|options|fields?)\b.*\b(i|me|someone like me)\b|\bwhat (else )?(can|could|should) i (do|move into|switch to)\b/;
/** Schooling asked beside it: "do i need a degree to be a cpa" asks about the degree. */
const SCHOOLING_NAMED = /\b(degree|degrees|bachelors?|masters?|college|school)\b/;
/** Where to go from the member's job, asked: "ideas?", "what else can i do", "what should i do next", "what can i move into". */
const NEXT_STEP_ASKED =
  /\b(ideas|options|suggestions|what else|what next|now what|next step|what should i do next|what (can|could|should) i (do|move|switch|go|get|look|pivot|transition)( \w+)? (into|to|next|instead)|where (can|should|do) i go from here)\b/;
/** More pay asked for: "want to make more", "pays more than 20/hr", "more money". */
const MORE_PAY_ASKED = /\b(make|makes|making|earn|earning|pays?|paying|paid) more\b|\bmore (money|pay)\b|\bbetter (pay|paying|paid)\b/;
/** The own job's pay right after its title: "phlebotomist making 19 an hour". */
const OWN_PAY_AFTER = /^ (making|earning|on|paid|at) /;
/** The member's own employer, told: "i drive for amazon", "i work at walmart", "im working at target". */
const OWN_EMPLOYER = /\b(i|im|i m)( currently| now| still)? (work|working|drive|driving|deliver|delivering) (for|at)\b/;

/** Currencies and pay units that are also short titles: "20 lpa", "8 lpa ctc", "50k aud", "80k cad", "35k pa" (a year), "18/hr". */
const PAY_UNIT_WORDS = wordSet("PAY_UNIT_WORDS", [...new Set(["ctc", "pa", "hr", ...CURRENCY_WORDS].flatMap(canonicalTokens))]);

/** Verbs of what a job involves, right after its title: "does being a nurse mean working weekends". */
const INVOLVES_VERBS = wordSet("INVOLVES_VERBS", ["mean", "means", "involve", "entail", "require"]);
/** The work's physical demands, asked right after its workers: "crawl under houses", "lift a lot", "get hurt". */
const WORK_DEMANDS_AFTER =
  /^(ever |usually |really |actually |often |always |have to |need to |still )?(crawl|crawling|climb|climbing|lift|lifting|carry|kneel|kneeling|bend|stand|standing|get (dirty|hurt|injured|burned|burnt|bit|bitten|sick|attacked|exposed)|go (under|into crawl)|work (outside|outdoors|nights|weekends|holidays|in (the )?(heat|cold|rain|attics?|crawl ?spaces?)))\b/;
/** What a job asks of its workers, right after them: "need perfect vision", "really have to be good at math". */
const NEEDED_OF_WORKERS = /^(really |actually |usually |still |all )?(need|have to|require)\b/;
/** Everyday title words that name only people, whose head count "how many … are there" asks ("servers", "drivers" may be machines or software). */
const PEOPLE_COUNTED = wordSet("PEOPLE_COUNTED", [
  "nurse",
  "doctor",
  "pilot",
  "farmer",
  "judge",
  "barber",
  "baker",
  "butcher",
  "chef",
  "mechanic",
  "plumber",
  "librarian",
  "therapist",
  "detective",
  "bartender",
  "waiter",
  "tutor",
  "cleaner",
  "architect",
  "engineer",
  "developer",
  "programmer",
  "analyst",
  "clerk",
  "officer",
  "banker",
  "soldier",
  "priest",
  "tailor",
  "stylist",
  "miner",
  "gardener",
  "interpreter",
  "courier",
  "writer",
  "reporter",
  "inspector",
  "dispatcher",
  "teller",
]);

/**
 * After "how many <title>", what counts its workers, to the message's end: "are there", "work in the
 * us", "are employed" ("how many drivers are there in the race lol" counts something else).
 */
const HEADCOUNT_AFTER =
  /^(are there|work|exist|are employed)( in (the )?(us|usa|america|united states|country|world))?( (total|now|right now|currently|today))?$/;

/** Words that make "mate" a ship's officer: "first mate", "mate on a tugboat", "deck officer or mate". */
const SHIP_WORDS = /\b(ship|ships|boat|boats|vessel|vessels|tug|tugboat|ferry|barge|deck|maritime|merchant marine|sea|first|chief|second|third|captain)\b/;

/** One-word titles that are, singular and before a noun, adjectives: "the extra schooling", "extra money". */
const ADJECTIVE_TITLES = wordSet("ADJECTIVE_TITLES", ["extra"]);
/** Verbs a shift is worked with: "working a double", "pulled a double". */
const SHIFT_VERBS = wordSet("SHIFT_VERBS", ["work", "working", "worked", "pull", "pulling", "pulled", "pick", "picked", "do", "doing", "did"]);
/** Asking members about their own experience: "the best teacher you ever had", "a boss you've ever worked with". */
const MEMBERS_EXPERIENCE = /\b(you|u|yall|you guys) (have |ve )?ever (had|met|worked with|worked for)\b/;
/** One-word titles that are also comparatives, before "to" or "than": "closer to home". */
const COMPARATIVE_TITLES = wordSet("COMPARATIVE_TITLES", ["closer"]);

/** Verbs (and adverbs before them) a plural title is the subject of: "nurses make", "drivers usually earn". */
const SUBJECT_VERBS = wordSet("SUBJECT_VERBS", [
  "make",
  "earn",
  "get",
  "work",
  "need",
  "have",
  "deal",
  "handle",
  "wear",
  "travel",
  "study",
  "retire",
  "quit",
  "usually",
  "really",
  "actually",
  "typically",
  "still",
  "always",
  "ever",
]);

/** Words members call each other by, which are titles too ("mate" of a ship, "boss"). */
const CALLING_WORDS = wordSet("CALLING_WORDS", ["mate", "boss", "chief", "captain", "doc", "bro", "buddy"]);

/** "mate is it worth…", "hey boss, how do i…": a calling word opening the message (after a greeting), then a question. */
function isCalledOut(tokens: readonly string[], m: { start: number; end: number }): boolean {
  const opening = m.start === 0 || (m.start === 1 && GREETINGS.has(tokens[0]!));
  const next = tokens[m.end] ?? "";
  return opening && CALLING_WORDS.has(tokens[m.start]!) && (AUXILIARY_STARTS.has(next) || QUESTION_WORDS.has(next));
}

/** Words that judge a job right after "is": "nurse is good job or not", "plumber is a hard job?". */
const JUDGED = wordSet("JUDGED", ["good", "bad", "great", "decent", "hard", "easy", "nice", "a"]);

/** Words after a title that ask whether the job suits someone: "is nurse good for me". */
const SUITS = wordSet("SUITS", ["good", "right", "bad", "suited", "better", "worse"]);
/** "a good nurse", "a great cook": how well the member would do the job. */
const GOOD_AT_IT = wordSet("GOOD_AT_IT", ["good", "great", "decent", "bad"]);
/** "i'd be", "would i make", "could i be": the member, in the job (canonical: "i'd" reads "i would"). */
const MEMBER_WOULD = wordSet("MEMBER_WOULD", ["i", "would", "could", "will", "d"]);

/** "plumber, electrician, welder": the role beside another, a comma between them. */
function listedByComma(m: RoleMention, all: readonly RoleMention[], clause: readonly number[]): boolean {
  return all.some((o) => (o.start === m.end || o.end === m.start) && clause[o.start] !== clause[m.start]);
}

/** "…, hvac, which is …": a clause after `from` opened by "which" (the list may run on past the roles named). */
function whichOpensClauseAfter(tokens: readonly string[], clause: readonly number[], from: number): boolean {
  for (let i = from + 1; i < tokens.length; i++) if (clause[i] !== clause[i - 1] && tokens[i] === "which") return true;
  return false;
}

/** "to" or "into" right after a role that opens the message: "ems to nursing". */
const MOVE_AFTER_ROLE = new RegExp(String.raw`^\s+(to|into)\s|^\s+${DEGREE_GONE_FOR}`, "i");

/** Who a job may suit: "good for me", "right for someone like me", "good for an introvert" (not "good for hosting"). */
const SUITED_PEOPLE = wordSet("SUITED_PEOPLE", [
  "me",
  "you",
  "someone",
  "somebody",
  "people",
  "a",
  "an",
  "my",
  "introvert",
  "extrovert",
  "student",
  "beginner",
]);

/** Words before "know" that make it not knowing: "i don't know what to do". */
const NEGATIONS = wordSet("NEGATIONS", ["dont", "not", "didnt", "doesnt", "never"]);

/**
 * Short titles that are everyday things even after "a"/"an": "everything is an app" (O*NET's "APP"), "a cat"
 * (appliance repairers' "CAT"); and loose labels: "support a family" (a social worker's title word).
 */
const NOT_FRAMED_BY_ARTICLE = wordSet("NOT_FRAMED_BY_ARTICLE", ["app", "cat", "tap", "family"]);

/** Who "gm" greets when it opens a message: "gm all", "gm fam". */
const MORNING_GREETED = wordSet("MORNING_GREETED", ["all", "team", "friend", "there", "fam", "chat", "lol", "rn"]);

/** "gm all, who's on the late shift", "gm, anyone up": "gm" opening a message is "good morning", not a general manager. */
function isMorningGreeting(m: RoleMention, tokens: readonly string[], typed: readonly string[], clause: readonly number[]): boolean {
  if (m.start !== 0 || m.end !== 1 || typed[0] !== "gm") return false;
  const next = tokens[1];
  return next === undefined || clause[1] !== clause[0] || ADDRESSING_OTHERS.has(next) || MORNING_GREETED.has(next);
}
/** "have experience with", "any experience with": words before a member's own experience. */
const PERSONAL_EXPERIENCE_BEFORE = wordSet("PERSONAL_EXPERIENCE_BEFORE", ["have", "has", "had", "any", "got", "some", "no"]);
/** Who is asked before "know" in "anyone know…", "do you know…", "does anybody know…". */
/** "wants to know", "would like to know", "need to know": before "to know", a wish to be told. */
const WANTING = wordSet("WANTING", ["want", "wanted", "like", "need", "curious"]);
/** The member asking about their own doings: "what do i do first", "what should we do". */
const FIRST_PERSON_ASKS = /\b(i|me|my|we|us)\b/;
const KNOW_ASKERS = wordSet("KNOW_ASKERS", ["anyone", "anybody", "someone", "somebody", "you", "ya", "yall", "people", "guy"]);
/** "how do i know", "how can i know", "how would i know". */
const HOW_TO_TELL_VERBS = wordSet("HOW_TO_TELL_VERBS", ["do", "can", "would", "will"]);
/** Words that ask for a comparison between named roles. */
const COMPARE_WORDS = wordSet("COMPARE_WORDS", ["versus", "or", "compare", "compared", "difference", "than", "same", "gap", "over"]);
/** Words that ask for a comparison outright: "chef vs cook" compares two everyday titles, "server or driver" may be chat. */
const EXPLICIT_COMPARE_WORDS = wordSet("EXPLICIT_COMPARE_WORDS", ["versus", "compare", "compared", "difference"]);

/** Words that open a follow-up naming another job, right before it: "what about (a) plumber", "and nurses?", "vs a cook". */
const FOLLOW_UP_FRAME = /^(so |ok |okay |and |but )?(what about|how about|what of|and|or|same for|vs|versus|compared to|compared with)( (a|an|the))?$/;

/** Pay set against pay: "do doctors make more than nurses", "who gets paid less, cooks or servers". */
const PAY_COMPARED = /\b(make|makes|earn|earns|paid|get paid|gets paid) (more|less|better|the most|the least)\b/;
/** "which one gets more respect, doctor or nurse", "who has it harder, nurses or teachers": a choice between the roles, asked. */
const WHICH_ONE_MORE =
  /^(which|who)( one| job| career| of them)? (is|has|gets|get|does|needs|takes) (\w+ )?(more|less|better|worse|the most|the least|harder|easier)\b/;
/** "do engineers make more than nurses": pay compared with "than", whatever the other side is. */
const PAY_THAN = /\b(make|makes|earn|earns|paid|get paid|gets paid) (more|less|better)( money)? than\b/;

/** "nurse or doctor, i can't decide", "torn between nurse and teacher", "confused between nursing and pharmacy", "choosing between welding and plumbing": a choice between the roles, said outright (not "can't decide what to order"). */
function decidesBetween(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      (t === "decide" && (i === tokens.length - 1 || tokens[i + 1] === "between" || tokens[i + 1] === "which")) ||
      ((t === "torn" || t === "choosing" || t === "deciding" || t === "confused") && tokens[i + 1] === "between"),
  );
}

/** "what is different between doctor and nurse", "how does nurse differ from doctor": how the roles differ, asked outright. */
function asksHowTheyDiffer(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => (t === "different" || t === "differ") && (tokens[i + 1] === "between" || tokens[i + 1] === "from"));
}

/** A word of letters and digits only: safe to put in a pattern as it is. */
const PLAIN_WORD = /^[a-z0-9]+$/;

/** "RN or LPN": `word` typed in capitals (maybe with a plural "s") as a word of its own in `text`. */
function typedInCapitals(text: string, word: string): boolean {
  const upper = word.toUpperCase();
  // Without the capitals anywhere in the text, no pattern to build and compile (a plain word only:
  // the pattern reads other characters as pattern syntax).
  if (PLAIN_WORD.test(word) && !text.includes(upper)) return false;
  return new RegExp(`\\b${upper}s?\\b`).test(text);
}

export interface QuestionParser {
  /** `followingUp`: the message replies to an answer, so "what about plumbers?" names a job as the answer's roles did. */
  parse(text: string, options?: { followingUp?: boolean }): ParsedQuestion;
  readonly index: RoleIndex;
  /** The indexes a first question would otherwise build, one step each (see RoleIndex.warmUpSteps). */
  warmUpSteps(): (() => void)[];
}

/** Right before the job better pay is asked against: "than (a)", "than being (a)", "than working as (a)". */
const THAN_BEFORE = /\bthan( being| doing| working as)?( an?)?$/;

/** The least an amount told by the hour is: "tier 1", "level 2" are no pay. */
const MIN_HOURLY_TOLD = 5;
/** After an amount, a unit that makes it pay: "34 an hour", "60 k", "45000 a year", "3000 per month". */
const PAY_AFTER_AMOUNT = /^(an hour|a hour|hour|hr|k|a year|per|dollar|buck|a week|a month|a yr|annually|yearly|salary)\b/;

/** A job described is asked about: a mark, a question word, or a word of pay, schooling or name outside the description. */
const DESCRIPTION_ASKED = /\?|\b(how|what|whats|which|who|salary|pay|paid|earn|make|called|call|name|become|need|school|degree|job|career)\b/;
/** How sure a job read from its description is: answered, with how it was read. */
const DESCRIBED_CONFIDENCE = 0.8;
/** A runner-up this close to a clear reading is named beside it. */
const CLOSE_DESCRIPTION = 0.85;
/** The best reading is clear when it scores this much above the next, and at least CLEAR_SCORE (the rarer its words, the more). */
const CLEAR_DESCRIPTION = 1.15;
const CLEAR_UNTITLED = 1.6;
const CLEAR_SCORE = 7;
/** Below this, no reading is likely enough to ask about: the message stays unanswered. */
const ASK_SCORE = 8;
/** A title that reads as one occupation and no other, standing in for a description while the question around it is read. */
const STAND_IN = "accountant";
const STAND_IN_ID = "accountant";
/** The job's name asked: "what do you call …", "what is that job called". */
const NAME_ASKED = /\b(call|called|name|named)\b/;

/** Words after which "rn" is the title: "lpn or rn", "become an rn", "rn vs lpn". */
const RN_TITLE_BEFORE = wordSet("RN_TITLE_BEFORE", [
  "a",
  "an",
  "the",
  "or",
  "versus",
  "and",
  "to",
  "into",
  "become",
  "becoming",
  "as",
  "from",
  "be",
  "than",
  "over",
  "like",
  "with",
  // "go straight for rn", "apply for rn": what the member is going for.
  "for",
  // "a cna then rn": the next step.
  "then",
  // "debating going for my rn": the member's own credential to get.
  "my",
  // "thinking about rn", "considering rn", "doing rn": the job weighed.
  "about",
  "considering",
  "doing",
  "pursuing",
  // "new grad rn 34/hr", "travel rn pay", "icu rn": a kind of nurse named before it.
  "grad",
  "graduate",
  "travel",
  "icu",
  "er",
  "experienced",
  "senior",
]);

/**
 * "electrician or plumber, which is more in demand rn", "im a cashier rn. bookkeeper or teller?": "rn"
 * closing the message or a clause after any other word, beside other roles, is "right now".
 */
function isRightNow(m: RoleMention, all: readonly RoleMention[], tokens: readonly string[], typed: readonly string[], clause: readonly number[]): boolean {
  // ("… which one has more room to grow? pay rn is about the same": "rn" before the verb of what it says of now.)
  const closes = m.end === tokens.length || clause[m.end] !== clause[m.start] || NOW_VERBS.has(tokens[m.end]!);
  // "im a CNA rn (not an RN)": the title typed again elsewhere is still a role.
  if (!closes || m.end - m.start !== 1 || typed[m.start] !== "rn" || m.alsoAt?.length) return false;
  // ("compare cna, lpn, rn, np salary": a title between two others, each in its own part of a list.)
  const listedBefore = all.some((o) => o.end === m.start && clause[o.start] !== clause[m.start]);
  const listedAfter = all.some((o) => o.start === m.end && clause[o.start] !== clause[m.start]);
  if (listedBefore && listedAfter) return false;
  if (RN_TITLE_BEFORE.has(tokens[m.start - 1] ?? "a")) return false;
  // ("… i make 15/hr at a gas station rn": where the member is now, said right before it, alone or not.)
  return all.some((other) => other.roleId !== m.roleId) || AT_A_PLACE_BEFORE.test(tokens.slice(Math.max(0, m.start - 4), m.start).join(" "));
}

/** After "rn" meaning "right now", the verb of what is said of now: "pay rn is about the same", "things rn are rough". */
const NOW_VERBS = wordSet("NOW_VERBS", ["is", "are", "was", "feel", "seem", "suck", "look"]);

/** "at a gas station", "in the warehouse", "at work": a place the member is, right before "rn" (not "in healthcare besides rn"). */
const AT_A_PLACE_BEFORE =
  /\b(at|in|on) (a |an |the |my )?(?!(besides|except|than|or|and|vs|like|not|other|as)\b)\w+( (?!(besides|except|than|or|and|vs|like|not|other|as)\b)\w+)?$/;

/** "what can rns do that lpns cant", "what do cnas do that mas dont" (tokens: "can't" is "ca not"). */
const WHAT_ONE_CAN_DO = /^what (can|could|do|does) (\w+) do that (\w+) (cant|cannot|can not|ca not|dont|do not|doesnt|does not)\b/;

/** Whether `m` is one of the two jobs of WHAT_ONE_CAN_DO. */
function inWhatOneCanDo(tokens: readonly string[], m: { start: number; end: number }): boolean {
  return (m.start === 2 || m.start === 5) && m.end === m.start + 1 && WHAT_ONE_CAN_DO.test(tokens.slice(0, 8).join(" "));
}

/** Before a job's workers: "will ai replace", "is ai going to take over", "can robots replace". */
const REPLACED_BY_MACHINES =
  /^(will|can|could|would|is|are|does|do you think) (ai|robots?|automation|chatgpt|machines?|computers?)( (going to|gonna|ever|eventually|really|soon|actually))? (replace|take over|eliminate)$/;

/**
 * "are nurses overworked", "are nurses happy with their jobs", "can nurses have tattoos", "do pilots get
 * free flights": how the workers of a job fare, or what they may have or get, asked.
 */
const WORKERS_FEEL =
  /^(overworked|happy|unhappy|satisfied|fulfilled|miserable|stressed|burned out|burnt out|respected)\b(?! (today|tonight|rn|right now|this (week|morning|evening|weekend)))|^(have|get|wear) (visible )?(tattoos?|piercings?|free (flights?|travel|food|meals?)|discounts?|perks?|benefits?|pensions?|a pension|health insurance)\b/;

/**
 * Fields a member moves into by name: "to tech", "into healthcare", "to IT" (in capitals), "into the
 * trades" (not nursing or teaching: those name one worker, "teaching to nursing" is a teacher's move).
 */
const MOVE_FIELDS = String.raw`(tech|IT|healthcare|health care|the medical field|the trades|trades|a trade|finance)(?: field| industry| jobs?| work| careers?)?`;
/** "how do i go from fast food to tech", "from being a cashier into healthcare": the job left, then the field. */
const FIELD_MOVE_FROM = new RegExp(String.raw`\bfrom (?:being an? |an? |my )?([A-Za-z][\w ]{1,30}?) (?:to|into|->|→) ${MOVE_FIELDS}\s*(?:[,.?!].*)?$`);
/** "im a teacher, how do i get into tech": the member's job told, then the field to get into. */
const FIELD_MOVE_TOLD = new RegExp(
  String.raw`\b(?:im|i am|i m|i'm) an? ([A-Za-z][\w ]{1,30}?)[,.]? (?:and |but )?(?:how (?:do|can|could|would) i |i want to |want to |wanna |looking to |trying to |thinking (?:of|about) )(?:get|getting|break|breaking|move|moving|switch|switching|go|going|transition|transitioning|pivot|pivoting) (?:in)?to ${MOVE_FIELDS}\b`,
);
/** "cashier to healthcare", "teaching to tech, where do i start": the job opening the message. */
const FIELD_MOVE_OPENS = new RegExp(String.raw`^([A-Za-z][\w ]{1,30}?) (?:to|into|->|→) ${MOVE_FIELDS}\s*(?:[,.?!].*)?$`);

/** A desk work word as typed, any case or form ("Office", "desks"): every desk-work pattern holds one. */
const DESK_WORD_TYPED = /office|desk|corporate|admin/i;

/** Work named by its kind: "to an office job", "into desk work". */
const WORK_NAMED = /\b(job|jobs|work|role|roles|career|careers|position|positions)\b/;

/** Words between titles listed alone: "nurse and teacher", "cna & lpn". */
const LIST_JOINERS = new Set(["and", "&", "n", "plus"]);

/** Plural abbreviations of jobs that are chat words first: points, private messages, overtime. */
const CHAT_PLURALS = new Set(["pts", "pms", "ots"]);

/** "the average plumber", "a typical nurse": any one of a job's workers. */
const TYPICAL_WORDS = wordSet("TYPICAL_WORDS", ["average", "typical", "normal", "regular"]);

/** Who "can … be" asks of, when it is someone present: "can you be servers at the party". */
const PERSONAL_PRONOUNS = wordSet("PERSONAL_PRONOUNS", ["i", "you", "we", "they", "yall", "he", "she"]);

/** "why do nurses quit", "what percentage of nurses leave the profession", "retirement age for pilots": workers leaving a job, asked. */
function workersLeaving(tokens: readonly string[], m: { start: number; end: number }): boolean {
  const before = tokens.slice(0, m.start).join(" ");
  if (LEAVING_AGE_FOR.test(before)) return true;
  return (WHY_THEY.test(before) || SHARE_OF.test(before)) && LEAVE_VERBS.test(tokens.slice(m.end).join(" "));
}
const WHY_THEY = /\bwhy (do|are|did|does|have)( so many)?$/;
const SHARE_OF = /\b(what percent|what percentage|how many|what share|what proportion) of$/;
const LEAVE_VERBS = new RegExp(String.raw`^(${LEAVE_VERB_WORDS})\b`);
const LEAVING_AGE_FOR = /\b(retirement age|retire age|mandatory retirement|age limits?|age requirements?|minimum age|maximum age) (for|of)$/;

/** After "how many <workers>": "are there in the us", "work in america". */
const HOW_MANY_IN_COUNTRY = /^(are there|are employed|work) in (the )?(us|usa|united states|country|america)$/;

/** Words that set a field's word against a role, before or after it: "truck driving or construction", "from retail to". */
const SET_AGAINST_BEFORE = wordSet("SET_AGAINST_BEFORE", ["or", "versus", "and", "than", "to", "into", "from", "between"]);
const SET_AGAINST_AFTER = wordSet("SET_AGAINST_AFTER", ["or", "versus", "and", "to", "into", "than"]);

/** A field's one word ("construction") named beside other roles with nothing setting it against them: context. */
function isFieldContext(m: RoleMention, tokens: readonly string[]): boolean {
  if (m.end - m.start !== 1 || !namesField(m.typed)) return false;
  return !SET_AGAINST_BEFORE.has(tokens[beforeArticle(tokens, m.start)] ?? "") && !SET_AGAINST_AFTER.has(tokens[m.end] ?? "");
}

/** "should i counter", "counter or accept", "counter offer": countering an offer, not a counter (a weigher's title). */
const COUNTER_BEFORE = wordSet("COUNTER_BEFORE", ["i", "to", "should", "can", "could", "or", "we", "you", "and", "would"]);
const COUNTER_AFTER = wordSet("COUNTER_AFTER", ["offer", "it", "or", "with", "for", "at", "them", "back"]);
function isCounterOffer(m: RoleMention, tokens: readonly string[]): boolean {
  return m.end - m.start === 1 && tokens[m.start] === "counter" && (COUNTER_BEFORE.has(tokens[m.start - 1] ?? "") || COUNTER_AFTER.has(tokens[m.end] ?? ""));
}

/** Letters of a degree that are also a title's ("BA" a business analyst)... */
const DEGREE_LETTERS = wordSet("DEGREE_LETTERS", ["ba", "bs", "ma", "ms", "bsc", "msc"]);
/** ...read as the degree before "in" or "degree" ("a ba in english")... */
const DEGREE_AFTER = wordSet("DEGREE_AFTER", ["in", "degree"]);
/** ...or after the subject or the holder ("a poli sci ba", "my ba"). */
const STUDY_BEFORE = wordSet(
  "STUDY_BEFORE",
  "my his her their sci science psych psychology english history math bio biology econ economics comm communication art business political poli philosophy sociology anthropology finance marketing chem chemistry physics journalism",
);
/** Verbs of handling a machine: "fix the printer", "restart the server". */
const MACHINE_VERBS = wordSet("MACHINE_VERBS", ["fix", "repair", "reset", "restart", "reboot", "install", "update", "unjam", "connect", "unplug", "replace"]);
/** The word between such a verb and the machine: "fix the printer", "fix a printer", "restart our server". */
const determinesMachine = (word: string) => PARTICULAR_BEFORE.has(word) || INDEFINITE_ARTICLES.has(word) || POSSESSIVES.has(word);
/** "become a better cook": getting better at something. */
const BETTER_AT = wordSet("BETTER_AT", ["better", "good", "great", "decent"]);
/** Everyday titles that are as often a pastime or a skill: "a better cook", "a good driver" (not "a good nurse"). */
const HOBBY_TITLES = wordSet("HOBBY_TITLES", ["cook", "driver", "writer", "player", "painter", "baker", "gardener", "runner", "reader", "tutor"]);
const BECOME_WORDS = wordSet("BECOME_WORDS", ["become", "be", "becoming", "being"]);

/** Teaching ruled out: "besides teaching", "other than being a teacher", "not teaching". */
const TEACHING_RULED_OUT =
  /\b(besides|except|other than|apart from|not|outside( of)?|instead of|but not|that isnt|that is not|no) (teaching|a teacher|teachers|being a teacher|to teach)\b/;
/** SOC codes of teaching occupations. */
const TEACHING_CODES = /^25-[123]/;

/** "lpn offer 27/hr": the word after a title that offers the job. */
const OFFER_NOUNS = wordSet("OFFER_NOUNS", ["offer", "offered"]);

/** Words after a title that make it a place: "in a doctors office", "at a dentist practice". */
const WORKPLACE_AFTER = wordSet("WORKPLACE_AFTER", ["office", "practice", "clinic"]);
const WORKPLACE_BEFORE = wordSet("WORKPLACE_BEFORE", ["in", "at", "for"]);

/** A title named as where someone else works ("can a cna work in a doctors office"): a place, not a role. */
function isWorkplace(m: RoleMention, tokens: readonly string[]): boolean {
  return WORKPLACE_AFTER.has(tokens[m.end] ?? "") && WORKPLACE_BEFORE.has(tokens[beforeArticle(tokens, m.start)] ?? "");
}

/** Shorter words before a title are chat's letters as often as a kind of the work ("the ot", "ur"). */
const MIN_INVENTED_WORD = 3;
/** "how do ppl become asmr artists": the title opens after the verb of becoming one. */
const BECOMING_WORDS = wordSet("BECOMING_WORDS", ["become", "becoming", "be", "being"]);
/** Word endings of verbs and adverbs, which stand before a title without naming a kind of it ("retired", "really"). */
const VERB_LIKE_ENDING = /(ed|ly|ize|ise)$/;
/** Verbs that take a title as their object: "become electrician", "hire nurses". */
const BEFORE_A_TITLE_VERBS = wordSet("BEFORE_A_TITLE_VERBS", ["become", "becoming", "employ", "hire", "reckon", "gonna", "wanna", "gotta"]);
/** "is there still work for …", "is there enough demand for …", "are there jobs for …": right before a title's workers. */
const DEMAND_FOR = /\b(is|are) there( still| enough| any| much| more| less| a lot of| a)? (work|demand|jobs?|market|money|future|need|openings) (for|in)$/;
/** Words that set one job against another, as pattern alternatives. */
const AGAINST_WORDS = String.raw`which|vs|versus|than|compared?|more|less|better|worse|difference|instead|same`;
/** Words of a question that sets jobs against each other ("or" alone also ends a yes or no: "… or is it all fast fashion now"). */
const SETS_AGAINST = new RegExp(String.raw`\b(${AGAINST_WORDS}|who|whos|between)\b`);
/** Asking sentences that set the asked job against another ("would i make more", "which", "than that"). */
const COMPARING_WORDS = new RegExp(String.raw`\b(${AGAINST_WORDS}|or)\b`);
/** "my teacher said", "our counselor keeps saying": someone in the member's life saying something (group 1 their title). */
const REPORTED_BY = /\b(?:my|our) ((?:\w+ )?\w+) (?:said|says|told me|tells me|keeps saying|kept saying|thinks|reckons|claims)\b/i;
/** The member's own work pointed at in a question: "different from what im doing now", "than what i do". */
const OWN_WORK_NAMED = /\bwhat (im|i m|i am|i ve been|ive been) doing\b|\bwhat i do\b/;
/**
 * A move between two roles, its start first: roles are listed as first named, and a post that names the
 * goal before "from cashier to pharmacy tech" or "an admin assistant like me" would run it backwards.
 */
/** A post the member is heard on, not answered: venting, or a story that asks nothing. */
function heardNotAsked(text: string): ParsedQuestion {
  return { text, cleaned: text, intent: "none", roles: [], aspect: null, unknownRoles: [], suggestions: [], confidence: 0.5, tier: "weak" };
}

function withMoveInOrder(parsed: ParsedQuestion): ParsedQuestion {
  if (parsed.kind !== "path" || parsed.roles.length !== 2) return parsed;
  const words = ` ${normalizeWords(parsed.cleaned)} `;
  const [first, second] = parsed.roles as [RoleMention, RoleMention];
  const startsFrom = (r: RoleMention) =>
    [r.typed, ...(r.alsoTyped ?? [])].some((typed) => {
      const name = normalizeWords(typed);
      return MOVE_START_FRAMES.some(([before, after]) => words.includes(`${before}${name}${after}`));
    });
  return startsFrom(second) && !startsFrom(first) ? { ...parsed, roles: [second, first] } : parsed;
}
/** Words around the role a move starts from: "from (a) cashier to", "an admin assistant like me". */
const MOVE_START_FRAMES: readonly (readonly [string, string])[] = [
  [" from ", " to "],
  [" from a ", " to "],
  [" from an ", " to "],
  [" from ", " into "],
  [" from a ", " into "],
  [" from an ", " into "],
  [" ", " like me "],
  // ("how do you become a sonographer if you're already a rad tech", "… i am an lpn now": the job held.)
  [" already a ", " "],
  [" already an ", " "],
  [" currently a ", " "],
  [" currently an ", " "],
  [" i am a ", " "],
  [" i am an ", " "],
];
/** "do i need a degree to become a …": a credential of the job asked, not the move to it weighed (group 1 what comes before "to become"). */
const CREDENTIAL_TO_BE = /\b((?:need|needs|require|required|requires)\b[a-z ]{0,40}?) to (?:be|become) an?\b/;
/** Where a job leads: "where does a paralegal career usually lead". */
const LEADS_ON = /\b(lead|leads|go from there|from there)\b/;
/** Where a sentence's clauses break: a comma, a dash between spaces or a long dash, a colon. */
const CLAUSE_BREAKS = /,|\s[-–—]+\s|[–—]|:\s/g;
/** A question that points back at a job named before it: "what does it pay", "is that a good job". */
const PRONOUN_BACK = /\b(it|that|they|them|this)\b/;
/** "is being a lineman worth it (for the money)": the job itself judged, not a move to it. */
const JOB_ITSELF_WORTH = /\b(is|are|would) being an? [a-z ]{1,40}? worth it\b/;
/** "is it a work-from-home kind of job or are you stuck in a courtroom": "or" between two sides of one job. */
const ONE_JOB_OR = /\bor (is|are|do|does|will) (it|you|they)\b/g;
/** A move weighed from the member's job: "is it worth becoming an rn", "how long till i could be an rn", "could i switch into being …". */
const MOVE_WEIGHED = /\b(become|becoming|be an?|being an?|worth|how long|go for|going for|switch|switching|move|moving|transition|transitioning|into)\b/;
/** A job described set against another: "… vs …", "… or …", "different from". */
const DESCRIBED_AGAINST = new RegExp(String.raw`\b(${AGAINST_WORDS}|or|different|differ)\b`, "i");

/** The word after which a number counts years ("yrs" reads as "year" too). */
const YEAR = "year";

/** Whether an aspect hit is a count of the member's own years of experience: "with 5 years (of) experience". */
function ownYearsOfExperience(h: { aspect: string; start: number; end: number }, tokens: readonly string[], cleaned: string): boolean {
  if (h.aspect !== "requirements" || !tokens.slice(h.start, h.end).some((t) => t === "experience" || t === "exp")) return false;
  // The year word is the hit's first word ("years of experience") or the one before it ("years experience").
  const year = tokens[h.start] === YEAR ? h.start : h.start - 1;
  return tokens[year] === YEAR && memberYears(cleaned) !== null;
}

/** "a surgeon's day", "an electrician's week": the working life a title owns, not a thing. */
const WORKING_LIFE = wordSet("WORKING_LIFE", ["day", "week", "life", "lifestyle", "routine", "schedule", "shift", "workday", "workweek", "workload", "hour"]);

/** "driver's license", "driver's permit": a licence most people hold, owned by a title word. */
const EVERYDAY_LICENCES = /^driver (licen[cs]e|permit|ed|test)\b/;

export function createQuestionParser(knowledge: KnowledgeBase): QuestionParser {
  const index = new RoleIndex(knowledge);
  const evidence = new SharedTitleEvidence(knowledge);
  // (With the curated roles alone the titles' words are a few hundred: a word outside them says nothing.)
  const wholeTitleSet = knowledge.roleList.some((role) => role.kind === "occupation");
  const aspects = buildAspectTable();

  function suggestionsFor(unknown: readonly UnknownPhrase[], typed: string, exclude: readonly string[]): string[] {
    const out: string[] = [];
    const add = (id: string) => {
      if (!out.includes(id) && !exclude.includes(id) && out.length < MAX_SUGGESTIONS) out.push(id);
    };
    for (const u of unknown) for (const id of index.similarRoles(u.phrase, MAX_SUGGESTIONS)) add(id);
    if (unknown.length === 0) for (const id of index.similarRoles(typed, MAX_SUGGESTIONS)) add(id);
    return out;
  }

  /**
   * "the server is down", "who's the dealer this round": a one-word imported title that is also an
   * everyday word, or three letters or fewer, names a job only when the message frames one: "a server", "as a cook", a pay or
   * duties word, or another role to compare it with. Editors' names are taken as written.
   */
  function isUnframedEverydayWord(
    m: RoleMention,
    all: readonly RoleMention[],
    aspectHits: ReturnType<typeof findAspectHits>,
    tokens: readonly string[],
    text: string,
    typed: readonly string[],
    clause: readonly number[],
    sentence: readonly number[],
  ): boolean {
    // "could i pick up milk": the verb after its subject or "to", not the material movers' "pick up".
    if (m.end - m.start === 2 && tokens[m.start] === "pick" && tokens[m.start + 1] === "up" && VERB_LEADS.has(tokens[m.start - 1] ?? "")) return true;
    // "a policy job with a poli sci BA", "my ba in english", "a bs degree": the letters of a degree, not a business analyst.
    if (m.end - m.start === 1 && DEGREE_LETTERS.has(tokens[m.start]!) && (DEGREE_AFTER.has(tokens[m.end] ?? "") || STUDY_BEFORE.has(tokens[m.start - 1] ?? "")))
      return true;
    if (m.end - m.start !== 1 || index.knowledge.getRole(m.roleId)?.kind !== "occupation") return false;
    const word = tokens[m.start]!;
    // "made 80k with OT", "8 months of PT": overtime and a patient's therapy, however they are typed.
    if (isChatAbbreviation(word, tokens, m.start)) return true;
    // "which makes more once you factor in the extra schooling": the verb, not a factor of receivables.
    if (word === "factor" && tokens[m.end] === "in") return true;
    // "lawyer vs attorney": another title of the role is typed too; "nvidia driver vs amd driver" is one word twice.
    if (m.alsoAt?.some((a) => a.end - a.start !== 1 || tokens[a.start] !== word)) return false;
    // "why do nurses quit", "what percentage of nurses leave the profession", "retirement age for pilots": its workers leaving, asked.
    if (typed[m.start]!.endsWith("s") && typed[m.start]!.length > word.length && workersLeaving(tokens, m)) return false;
    if (isStudyField(tokens, m.start)) return true;
    // ("army vet to lineman": a veteran, not an animal doctor.)
    if (isVeteran(tokens, typed, m.start)) return true;
    // "worth the extra schooling", "rn vs lpn, is the extra school worth it": an adjective before its noun, no film extra.
    // ("how much does an extra make": the subject of its verb; "extra vs actor": set beside a role.)
    const next = tokens[m.end];
    if (ADJECTIVE_TITLES.has(typed[m.start]!) && next !== undefined && clause[m.end] === clause[m.start] && !SUBJECT_VERBS.has(next) && !COMPARE_CUES.has(next))
      return true;
    // ("how many nurses are there", "how many cooks work in the us": its workers counted, asked.)
    // ("is 20 lpa good for a data scientist", "50k aud": a currency or pay unit after an amount, not a title.)
    if (PAY_UNIT_WORDS.has(word) && /\d/.test(tokens[m.start - 1] ?? "")) return true;
    // ("how many servers are there" counts machines: only titles that name people alone.)
    if (PEOPLE_COUNTED.has(word) && tokens[m.start - 1] === "many" && tokens[m.start - 2] === "how" && HEADCOUNT_AFTER.test(tokens.slice(m.end).join(" ")))
      return false;
    // "a mate of mine reckons sparkies make 50k": a friend, in British and Australian chat, unless the
    // message is about ships ("first mate on a tug").
    if (word === "mate" && !SHIP_WORDS.test(tokens.join(" "))) return true;
    // "radiography is closer to home": a comparative, not a loan closer.
    if (COMPARATIVE_TITLES.has(typed[m.start]!) && (next === "to" || next === "than")) return true;
    // "im working a double as a server": a double shift, not a stunt double.
    if (typed[m.start] === "double" && tokens[m.start - 1] === "a" && SHIFT_VERBS.has(tokens[m.start - 2] ?? "")) return true;
    // "hygienists make like double what i do", "pays double the minimum": twice the amount, not a stunt double.
    if (typed[m.start] === "double" && (AMOUNT_AFTER_DOUBLE.has(tokens[m.end] ?? "") || AMOUNT_BEFORE_DOUBLE.has(tokens[m.start - 1] ?? ""))) return true;
    const everyday = EVERYDAY_TITLE_WORDS.has(word);
    // Short imported titles ("APP", "PT", "OT") are chat words just as often ("the app", "pt 2"), and so
    // is a word only a loose label gives the role ("archer" for athletes).
    const short = word.length <= 3;
    const weakName = () => evidence.claimWeight(m.roleId, index.correct(word)?.word ?? word) < NAME_WEIGHTS.reported;
    // "mate is it worth being a sparky", "boss how do i…": the member being called, then a question.
    if (isCalledOut(tokens, m)) return true;
    // "is there still work for tailors", "is there demand for welders": the work's demand, asked of its workers.
    // ("I'm an A&E nurse … is there much demand for emergency nurses over there": wherever the title is asked about, a word describing it between.)
    const demandAsked = (at: { start: number }) =>
      typed[at.start]!.endsWith("s") &&
      (DEMAND_FOR.test(tokens.slice(Math.max(0, at.start - 6), at.start).join(" ")) ||
        DEMAND_FOR.test(tokens.slice(Math.max(0, at.start - 7), at.start - 1).join(" ")));
    if (!THING_TITLES.has(word) && [m, ...(m.alsoAt ?? [])].some(demandAsked)) return false;
    // "the logo looks like a firefighter's helmet": any title owning a thing, where nothing of a job is asked.
    if (
      !everyday &&
      all.length === 1 &&
      !aspectHits.some((h) => h.aspect !== "overview") &&
      isPossessiveCompound(text, typed[m.start]!, JOB_WORDS.has(tokens[m.end] ?? "") || WORKING_LIFE.has(tokens[m.end] ?? ""))
    )
      return true;
    if (!(everyday || short || weakName())) return false;
    // "staff adjuster vs independent adjuster", "between a staff adjuster and an independent adjuster": a
    // loose label typed twice and set against itself names kinds of its work ("nvidia driver vs amd driver" is an everyday word's).
    const again = m.alsoAt?.[0];
    if (
      !everyday &&
      !short &&
      again &&
      again.start - m.end <= MAX_KINDS_BETWEEN &&
      tokens.slice(m.end, again.start).some((t) => COMPARE_WORDS.has(t) || t === "and")
    )
      return false;
    // ("do nurses supervise cnas", "does the nurse supervise the cna": two roles, one directing the other's work.)
    // ("the server reports to the host": machines, as often as people.)
    if (!THING_TITLES.has(word) && reportsBetween(m, all, tokens)) return false;
    // "how to fix the printer", "restart the server", "how to fix a printer that says paper jam": a machine handled, not its operator.
    if (everyday && THING_TITLES.has(word) && determinesMachine(tokens[m.start - 1] ?? "") && MACHINE_VERBS.has(tokens[m.start - 2] ?? "")) return true;
    // "how do i become a better cook, my pasta sucks", "be a good driver": a skill or a hobby got better at, not a career.
    if (
      everyday &&
      HOBBY_TITLES.has(word) &&
      BETTER_AT.has(tokens[m.start - 1] ?? "") &&
      INDEFINITE_ARTICLES.has(tokens[m.start - 2] ?? "") &&
      BECOME_WORDS.has(tokens[m.start - 3] ?? "")
    )
      return true;
    // ("new grad rn 34/hr is that normal", "cna 17 an hour": pay told right after the title frames it; "pt 2" is a part.)
    // ("soc analyst tier 1 salary": a level's number is no pay.)
    if (
      short &&
      /^\d/.test(next ?? "") &&
      (/k$/.test(next!) || (Number(next) >= MIN_HOURLY_TOLD && PAY_AFTER_AMOUNT.test(tokens.slice(m.end + 1, m.end + 3).join(" "))))
    )
      return false;
    // ("lpn offer 27/hr at a nursing home", "new grad rn offer 36 an hour": an offer of the job, told with its pay.)
    if (OFFER_NOUNS.has(next ?? "") && tellsOfferWithPay(text)) return false;
    // "nurse and teacher", "plumber, electrician": a message of titles alone, listed, names jobs.
    if (all.length > 1 && tokens.every((t, i) => inMention(all, i) || LIST_JOINERS.has(t))) return false;
    // ("plumber, electrician, welder, which is hardest on your back": a list of titles, by commas, that a question follows.)
    if (listedByComma(m, all, clause) && whichOpensClauseAfter(tokens, clause, m.end)) return false;
    // "do landscapers work in winter", "landscapers do get work in the winter?": the workers of a
    // title only a loose label gives, asked about as workers (not an everyday word: "do servers crash").
    // ("do landscapers ever show up on time lol": nothing about their work asked.)
    if (
      !everyday &&
      !short &&
      typed[m.start]!.length > word.length &&
      typed[m.start]!.endsWith("s") &&
      asksOfWorkers(tokens, m) &&
      (tokens.some((t) => JOB_WORDS.has(t)) || aspectHits.some((h) => h.aspect !== "overview"))
    )
      return false;
    // "are programmers going to be replaced by ai", "will servers be replaced by robots", "are nurses
    // underpaid", "are nurses overworked": the future, pay or hours of workers, asked right after the
    // opening auxiliary ("are servers busy today" is chat: a weak environment word).
    if (
      (everyday || weakName()) &&
      m.start === 1 &&
      AUXILIARY_STARTS.has(tokens[0]!) &&
      typed[m.start]!.endsWith("s") &&
      (aspectHits.some((h) => h.aspect === "outlook" || h.aspect === "salary") || WORKERS_FEEL.test(tokens.slice(m.end).join(" ")))
    )
      return false;
    // "do plumbers crawl under houses a lot", "do nurses lift a lot": the work's demands, asked of workers
    // whose title names only people, right after the opening auxiliary ("do servers crash a lot" is chat).
    if (
      m.start === 1 &&
      AUXILIARY_STARTS.has(tokens[0]!) &&
      PEOPLE_COUNTED.has(word) &&
      typed[m.start]!.endsWith("s") &&
      WORK_DEMANDS_AFTER.test(tokens.slice(m.end, m.end + 4).join(" "))
    )
      return false;
    // "do pilots need perfect vision", "do nurses have to be good at math": what the job asks of its workers,
    // whatever it asks ("do servers need a reboot" is a machine's: only titles that name people).
    if (
      m.start === 1 &&
      tokens[0] === "do" &&
      PEOPLE_COUNTED.has(word) &&
      typed[m.start]!.endsWith("s") &&
      NEEDED_OF_WORKERS.test(tokens.slice(m.end, m.end + 3).join(" "))
    )
      return false;
    // "will ai replace nurses", "can robots replace programmers": the future of the work, asked.
    if (everyday && typed[m.start]!.endsWith("s") && REPLACED_BY_MACHINES.test(tokens.slice(0, m.start).join(" "))) return false;
    // "how many nurses are there in the us": how many do the work, asked in a country ("how many servers are there" is chat).
    if (m.start === 2 && tokens[0] === "how" && tokens[1] === "many" && HOW_MANY_IN_COUNTRY.test(tokens.slice(m.end).join(" "))) return false;
    // "what do plumbers do", "what tools do plumbers use": asked as a job, whatever word follows.
    // ("what else can nurses do": other work asked for its workers.)
    if (asksWhatTheyDo(tokens, m) || asksWhatElseTheyCanDo(tokens, m)) return false;
    // "anyone know what nurses (typically) make": what workers whose title names only people are paid.
    if (PEOPLE_COUNTED.has(word) && typed[m.start]!.endsWith("s") && tokens[m.start - 1] === "what") {
      const verb = pastAdverb(tokens, m.end);
      if (PAY_VERBS.has(tokens[verb] ?? "") && tokens.length - verb <= MAX_WORDS_AFTER_PAY_VERB) return false;
    }
    // "is nurse good for me": whether the job suits the member ("good" is no noun the title describes).
    if (asksIfItSuits(tokens, m)) return false;
    // "best states for nurses": where the job is done best, asked.
    if (asksByPlace(text)) return false;
    // "non clinical jobs for nurses", "jobs for nurses outside the hospital": other work for its workers.
    if (asksOtherWorkFor(tokens, m)) return false;
    const before = tokens[m.start - 1] ?? "";
    // "which one needs a CPC", "do I need a CDL": beside the roles asked about, a credential.
    if (short && all.length > 1 && INDEFINITE_ARTICLES.has(before) && CREDENTIAL_VERBS.has(tokens[m.start - 2] ?? "")) return true;
    // "what do EMTs do", "RN or LPN": an abbreviation typed in capitals is meant as one.
    if (short && typedInCapitals(text, word)) return false;
    // "lpn to bsn, do my credits carry over", "cna wanting adn": the job held, before the nursing degree it goes for.
    if (short && NURSING_DEGREE_AFTER.test(tokens.slice(m.end, m.end + 4).join(" "))) return false;
    // "server to office job": the member's job left for desk work.
    if (leavesForDeskWork(tokens, m)) return false;
    // "nurse to manager": the whole message a move from the title to a bare rank word.
    if (m.start === 0 && movedToRankWord(tokens, m) === tokens.length - 1) return false;
    // "how many pts do i need for the next rank": a short word in lower case counted is a thing (points, hours), not workers.
    if (short && before === "many" && tokens[m.start - 2] === "how") return true;
    // "do cnas give meds", "can lpns start ivs": a plural abbreviation right after the opening auxiliary asks about the job.
    // ("do pts ever end lol": points, private messages and overtime are counted in chat far more than therapists.)
    if (
      short &&
      m.start === 1 &&
      AUXILIARY_STARTS.has(tokens[0]!) &&
      typed[m.start]!.length > word.length &&
      typed[m.start]!.endsWith("s") &&
      !CHAT_PLURALS.has(typed[m.start]!)
    )
      return false;
    // "what can rns do that lpns cant": what one job's workers may do and the other's may not.
    if (short && typed[m.start]!.length > word.length && typed[m.start]!.endsWith("s") && inWhatOneCanDo(tokens, m)) return false;
    // (Or after a clause: "i'm an lpn wanting to go for rn, how long".)
    // ("offered 36 an hour as a new grad rn": an offer told with its pay asks whether it is good.)
    const asked = () =>
      QUESTION_WORDS.has(tokens[0]!) || AUXILIARY_STARTS.has(tokens[0]!) || text.includes("?") || CLAUSE_ASKS.test(text) || tellsOfferWithPay(text);
    // "should i get my cna": a credential the member is to get, asked.
    if (short && getsOwnCredential(tokens, m) && asked()) return false;
    // "cna here, what can i do that pays more": the member's own job, said to open a question for better-paid work
    // ("gm here what time is the meeting" is chat).
    if (opensWithHere(m, tokens) && QUESTION_WORDS.has(tokens[m.end + 1] ?? "") && asksForBetterPaidJob(tokens)) return false;
    // "cna looking for something better", "former cna here, what jobs can i get": the member's own job as a headline, other work asked.
    // ("burnt out nurse, what else can i do": the headline may say how the member feels first.)
    if ((m.start <= 1 || opensWornOut(tokens, m.start)) && asksWhatToDoInstead(tokens, m)) return false;
    // "rn here, how do i become an np": the member's own job, said to open a question about another job.
    if (opensWithHere(m, tokens) && all.length > 1 && QUESTION_WORDS.has(tokens[m.end + 1] ?? "")) return false;
    // ("rn wanting to become a nurse practitioner, how many more years", "cop for 8 yrs thinking about making detective".)
    if (opensWithOwnJobTold(m, tokens) && all.length > 1 && asked()) return false;
    // ("… thinking about making detective": a rank the member means to reach.)
    if (makesRank(tokens, m.start - 1) && all.length > 1 && asked()) return false;
    const aspectAt = (i: number) => aspectHits.find((h) => i >= h.start && i < h.end && h.aspect !== "overview")?.aspect;
    const isAspectAt = (i: number) => aspectAt(i) !== undefined;
    // "a nurse's salary" is about the job; "driver's licence", "painter's tape" are things.
    // ("a chef's job", "a nurse's day": the job itself, owned by its title.)
    // ("what's a nurse's schedule like", "is a plumber's apprenticeship paid": its hours and its way in.)
    // ("got my driver's license": a licence everyone holds, not a job's.)
    const ownedAspect = aspectAt(m.end);
    const aboutTheJob =
      (ownedAspect !== undefined && !(ownedAspect === "requirements" && EVERYDAY_LICENCES.test(tokens.slice(m.start, m.end + 2).join(" ")))) ||
      JOB_WORDS.has(tokens[m.end] ?? "");
    if (isVerbUse(tokens, m.start, clause) || isPossessiveCompound(text, typed[m.start]!, aboutTheJob) || isParticularOne(tokens, m.start, clause)) return true;
    const qualifiesAspect = (i: number) =>
      ASPECT_QUALIFIERS.has(tokens[i]!) && (isAspectAt(i + 1) || (ASPECT_QUALIFIERS.has(tokens[i + 1] ?? "") && isAspectAt(i + 2)));
    const plainNoun = (i: number) =>
      !STOPWORDS.has(tokens[i]!) &&
      !qualifiesAspect(i) &&
      !OTHER_PREPOSITIONS.has(tokens[i]!) &&
      !JOB_WORDS.has(tokens[i]!) &&
      !isAspectAt(i) &&
      !insideAny(all, i) &&
      !QUESTION_WORDS.has(tokens[i]!) &&
      // "is a nurse harder than a teacher": a comparative, not a noun the title describes.
      tokens[i + 1] !== "than" &&
      // ("plumbers make more than nurses, is that true": read as "is … nurses true?", a judgment, not a noun.)
      !JUDGED_TRUE.has(tokens[i]!) &&
      // "what does a day in the life of a nurse look like": a verb, not a noun the title describes.
      !(tokens[i] === "look" && tokens[i + 1] === "like") &&
      // ("does being a nurse mean working weekends": what the job involves, a verb.)
      !INVOLVES_VERBS.has(tokens[i]!) &&
      // "agent to broker, steps": a word past a comma is no noun the title describes either.
      clause[i] === clause[m.start];
    // "is it true that nurses make 6 figures": a plural title before a verb is the verb's subject, no noun it describes.
    const plural = typed[m.start]!.length > word.length && typed[m.start]!.endsWith("s");
    const pluralSubject = plural && SUBJECT_VERBS.has(tokens[m.end] ?? "");
    // ("paramedic to nurse bridge", "cna to nurse program": the way to the job moved to, ending the
    // message; not "the server to host program crashed".)
    const trainingEnds =
      TRAINING_NOUNS.has(tokens[m.end] ?? "") && (m.end + 1 === tokens.length || (tokens[m.end + 1] === "program" && m.end + 2 === tokens.length));
    const wayToJob = trainingEnds && all.some((o) => o !== m && tokens[o.start - 1] !== "the" && joinedByTo(o, m, tokens));
    if (everyday && !pluralSubject && !wayToJob && isNounModifier(tokens, m.start, plainNoun)) return true;
    if (everyday && isHandledThing(tokens, typed, m.start)) return true;
    // "this server has been super helpful", "our host": one particular thing or person, not a job.
    // ("is it true that nurses make…": "that" before a plural joins a clause; it points at no one.)
    if (everyday && DEMONSTRATIVES.has(before) && !JOB_WORDS.has(tokens[m.end] ?? "") && !(before === "that" && plural)) return true;
    // "the server or the client, which one is broken": particular things set side by side, with nothing asked about a job.
    // ("the servers make more money than the devs lol": nothing asked at all.)
    if (
      everyday &&
      all.length > 1 &&
      all.every((o) => o.end - o.start === 1 && tokens[o.start - 1] === "the") &&
      (!aspectHits.some((h) => h.aspect !== "overview") || (!asked() && !tokens.some((t) => QUESTION_WORDS.has(t))))
    )
      return true;
    // "is cna a good job", "is gm a good career": the word is named as a job right after it.
    const namedAsJob =
      (["is", "a", "an"].includes(before) && [1, 2, 3, 4, 5].some((k) => JOB_WORDS.has(tokens[m.end + k] ?? "")) && tokens[m.end] === "a") ||
      // "tell me about plumber job", "info on the nurse career": a job asked about by name.
      (JOB_WORDS.has(tokens[m.end] ?? "") && ASKED_ABOUT.test(tokens.slice(0, m.start).join(" "))) ||
      // "nurse is good job or not": the title opening the message, then judged as a job.
      (m.start === 0 && tokens[m.end] === "is" && JUDGED.has(tokens[m.end + 1] ?? "") && [2, 3].some((k) => JOB_WORDS.has(tokens[m.end + k] ?? ""))) ||
      // "plumber worth it?", "is nurse worth it": the title, opening its clause or after "is", judged worth it ("is the server worth it" is a thing).
      (tokens[m.end] === "worth" &&
        (tokens[m.end + 1] === "it" || m.end + 1 === tokens.length) &&
        (m.start === 0 || clause[m.start - 1] !== clause[m.start] || before === "is" || before === "are"));
    // "what do former nurses do": the workers of a job who left it ("the former host" is one person).
    const workersFramed = FORMER_WORDS.has(before) && plural;
    // After an answer, "what about plumbers?", "and a cook?": another job in the same frame.
    const followUpFramed = followingUp && FOLLOW_UP_FRAME.test(tokens.slice(0, m.start).join(" "));
    // "can introverts be nurses", "can felons become nurses": the workers of a job, asked who may be one
    // ("can you be servers at the party" asks the members a favour).
    const canBeWorkers =
      plural && (before === "be" || before === "become") && (tokens[0] === "can" || tokens[0] === "could") && !PERSONAL_PRONOUNS.has(tokens[1] ?? "");
    // "are pharmacists doctors", "is a chiropractor a real doctor": one job asked to be another.
    // (Only as the whole question: "is it smart to leave the server running overnight" asks no such thing.)
    const askedToBeOther =
      (tokens[0] === "is" || tokens[0] === "are") &&
      m.end === tokens.length &&
      all.some(
        (o) => o !== m && o.start <= 2 && (o.end === m.start || (o.end === m.start - 2 && INDEFINITE_ARTICLES.has(tokens[m.start - 2]!) && before === "real")),
      );
    const articled =
      canBeWorkers ||
      askedToBeOther ||
      (INDEFINITE_ARTICLES.has(before) && !NOT_FRAMED_BY_ARTICLE.has(word)) ||
      // ("what can a former nurse do", "an ex cop": the article before the former job's word.)
      (FORMER_WORDS.has(before) && INDEFINITE_ARTICLES.has(tokens[m.start - 2] ?? "")) ||
      // ("the hourly rate for a starting lpn", "a senior pm": the article before the level's word.)
      (LEVEL_WORDS.has(before) && INDEFINITE_ARTICLES.has(tokens[m.start - 2] ?? "")) ||
      (JOB_FRAMES.has(before) && m.start > 0) ||
      // ("how do i get started as a sports referee", "become a youth coach": a word saying which kind, in a frame that names a job.)
      modifiedInJobFrame(tokens, m.start, all) ||
      // "is it worth becoming a np instead of md": the job set against the one named.
      (before === "of" && tokens[m.start - 2] === "instead") ||
      // "how do i move up from cna", "moving on from rn": the job left behind, framed by the move.
      (before === "from" && MOVED_FROM.has(tokens[m.start - 2] ?? "")) ||
      // "quickest way to get to rn", "how do i go to rn": the job moved to.
      (before === "to" && MOVED_TO_VERBS.has(tokens[m.start - 2] ?? "")) ||
      // "a realistic salary for a new grad rn": the job at its first stage ("new grad rn here, …" introduces the member).
      (before === "grad" && tokens[m.start - 2] === "new" && tokens[m.end] !== "here" && asked()) ||
      namedAsJob ||
      workersFramed ||
      followUpFramed;
    // A short word in lower case is framed by an aspect word right after it ("rn salary"), not one
    // elsewhere in the sentence ("is the bank app down").
    // So is a loose label ("expo" for food preparation workers): "model train expo this weekend".
    // ...or right before it with "for" or "of", the word ending the phrase: "pay for cna in texas", not "pay for gm tickets".
    // ("is a cs degree necessary for swe": the aspect word a word further back, in the clause.)
    const aspectBefore =
      short &&
      (before === "for" || before === "of") &&
      (isAspectAt(m.start - 2) || (isAspectAt(m.start - 3) && clause[m.start - 3] === clause[m.start])) &&
      (m.end === tokens.length || !plainNoun(m.end));
    // ("rn new grad salary": the pay word after the stage of the job named.)
    // ("swe starting pay", "rn entry level pay": the aspect's word after the words that say which of its figures.)
    const stageEnd = tokens[m.end] === "new" && tokens[m.end + 1] === "grad" ? m.end + 2 : m.end;
    const aspectAfter = !qualifiesAspect(stageEnd) ? stageEnd : isAspectAt(stageEnd + 1) ? stageEnd + 1 : stageEnd + 2;
    // ("the owner is selling the restaurant. should i become a chef or a food service manager?": an everyday
    // word is framed or compared only in its own sentence, not by a question told after a story.)
    const ownSentence = (i: number) => !everyday || sentence[i] === sentence[m.start];
    // (Another role is an everyday word only where every mention of it is one: "(combat medic) … a paramedic or nurse".)
    const onlyEverydayWords = (o: RoleMention) =>
      [o, ...(o.alsoAt ?? [])].every((at) => at.end - at.start === 1 && EVERYDAY_TITLE_WORDS.has(tokens[at.start]!));
    // (Two everyday words stay chat only where one is a thing as often as a job: "server or driver", not "chef or baker".)
    const thingAtAll = (o: RoleMention) => THING_TITLES.has(word) || [o, ...(o.alsoAt ?? [])].some((at) => THING_TITLES.has(tokens[at.start]!));
    // (Another role counts where any of its mentions is.)
    const inOwnSentence = (o: RoleMention) => ownSentence(o.start) || (o.alsoAt ?? []).some((a) => ownSentence(a.start));
    const aspectWord =
      short || !everyday
        ? isAspectAt(aspectAfter) || aspectBefore
        : aspectHits.some((h) => h.aspect !== "overview" && h.weight >= ASPECT_CUE_WEIGHT && ownSentence(h.start));
    // Two everyday words side by side ("server or driver") may still be chat; a loose label beside any role is compared.
    // ...and so is a question naming them as jobs: "which is the better job, nurse or doctor".
    const explicit =
      tokens.some((t) => EXPLICIT_COMPARE_WORDS.has(t)) ||
      decidesBetween(tokens) ||
      asksHowTheyDiffer(tokens) ||
      // "do doctors make more than nurses": pay compared, asked, is work compared.
      (asked() && PAY_COMPARED.test(tokens.join(" "))) ||
      // "which one gets more respect, doctor or nurse": the roles set side by side on something asked.
      WHICH_ONE_MORE.test(tokens.join(" ")) ||
      (tokens.some((t) => JOB_WORDS.has(t)) && QUESTION_WORDS.has(tokens[0]!));
    // A loose label is compared only where it is set beside the other: "works with children" after
    // "teacher or nurse" is no third role.
    const setBeside = everyday || short || [m.start - 1, m.start - 2, m.end].some((i) => COMPARE_WORDS.has(tokens[i] ?? ""));
    const compared =
      setBeside &&
      all.some((o) => o !== m && inOwnSentence(o) && ((explicit && o.roleId !== m.roleId) || !(everyday && onlyEverydayWords(o) && thingAtAll(o)))) &&
      (tokens.some((t, i) => COMPARE_WORDS.has(t) && ownSentence(i)) || decidesBetween(tokens) || asksHowTheyDiffer(tokens));
    // "what percent of nurses make over 100k": an amount of pay asked about frames the job.
    const paidAsked = () => asked() && (askedPayAmount(text) !== null || foreignPayAmount(text));
    // "do engineers make more than nurses", "who makes more, engineers or doctors": the workers of a job
    // whose pay is compared and asked about, even beside a title not known ("does the server make more than the old one" is one server).
    const payCompared = () => {
      if (!plural || !asked()) return false;
      const joined = tokens.join(" ");
      return PAY_THAN.test(joined) || (PAY_COMPARED.test(joined) && tokens.includes("or"));
    };
    const whichEarnsMore = () => all.some((o) => o.roleId !== m.roleId && inOwnSentence(o)) && WHICH_EARNS_MORE.test(tokens.join(" "));
    // "emts is the pay really that bad?", "tutors, can you make a living at it": the job's workers called
    // on, then asked about their work ("cooks how do you keep your knives sharp" asks about no aspect of the job).
    const calledOnAboutWork = () =>
      m.start === 0 &&
      plural &&
      (QUESTION_WORDS.has(next ?? "") || AUXILIARY_STARTS.has(next ?? "")) &&
      aspectHits.some((h) => h.start > m.end && h.aspect !== "overview" && h.weight >= ASPECT_CUE_WEIGHT);
    return !(
      articled ||
      aspectWord ||
      compared ||
      inMove(m, all, tokens) ||
      firstMustBe(m, all, tokens) ||
      paidAsked() ||
      payCompared() ||
      whichEarnsMore() ||
      calledOnAboutWork()
    );
  }

  /**
   * "as a sports referee" after "started", "work" or "job", "become a youth coach": one word between the
   * article and the title, in a frame that names a job ("running it as a private server" names none).
   */
  function modifiedInJobFrame(tokens: readonly string[], start: number, all: readonly RoleMention[]): boolean {
    const modifier = tokens[start - 1] ?? "";
    if (!INDEFINITE_ARTICLES.has(tokens[start - 2] ?? "") || STOPWORDS.has(modifier) || /\d/.test(modifier) || insideAny(all, start - 1)) return false;
    const frame = tokens[start - 3] ?? "";
    return frame === "become" || frame === "becoming" || (frame === "as" && WORK_AS_VERBS.has(tokens[start - 4] ?? ""));
  }

  /** A plural title right after the opening auxiliary ("do landscapers …"), or opening the message before one ("landscapers do get …"). */
  function asksOfWorkers(tokens: readonly string[], m: { start: number; end: number }): boolean {
    return (m.start === 1 && AUXILIARY_STARTS.has(tokens[0]!)) || (m.start === 0 && AUXILIARY_STARTS.has(tokens[m.end] ?? ""));
  }

  /**
   * "is nurse good for me", "is being a plumber right for someone like me", "how do i know if i'd be a
   * good nurse": whether the job suits the member.
   */
  function asksIfItSuits(tokens: readonly string[], m: { start: number; end: number }): boolean {
    const before = tokens[beforeArticle(tokens, m.start)];
    if ((before === "is" || before === "being") && SUITS.has(tokens[m.end] ?? "") && tokens[m.end + 1] === "for" && SUITED_PEOPLE.has(tokens[m.end + 2] ?? ""))
      return true;
    // "(if) i'd be a good nurse", "would i make a good cook": the member in the job, judged.
    const article = m.start - 2;
    return (
      GOOD_AT_IT.has(tokens[m.start - 1] ?? "") &&
      INDEFINITE_ARTICLES.has(tokens[article] ?? "") &&
      (tokens[article - 1] === "be" || tokens[article - 1] === "make") &&
      MEMBER_WOULD.has(tokens[article - 2] ?? "")
    );
  }

  /** "do judges have to be lawyers first", "does a detective need to be a cop": one role asked as the way into the other. */
  function firstMustBe(m: { start: number; end: number }, all: readonly { start: number; end: number }[], tokens: readonly string[]): boolean {
    const joins = (from: number, to: number) => {
      let i = from;
      if (MUST_VERBS.has(tokens[i] ?? "")) i++;
      if (tokens[i] !== "to" || (tokens[i + 1] !== "be" && tokens[i + 1] !== "become")) return false;
      i += 2;
      if (INDEFINITE_ARTICLES.has(tokens[i] ?? "")) i++;
      return i === to && from > to - 6;
    };
    return all.some((o) => o !== m && (joins(m.end, o.start) || joins(o.end, m.start)));
  }

  /**
   * "what do nurses (actually) do (for a living)", "what do drivers make": the job asked about by its
   * plural. Not "what do drivers do when the update fails" or "what do drivers make of it": only a few words may follow.
   */
  function asksWhatTheyDo(tokens: readonly string[], m: { start: number; end: number }): boolean {
    // ("what do new grad nurses make", "what do entry level cooks earn": a level of the job between.)
    let at = m.start - 1;
    while (at > m.start - 1 - MAX_LEVEL_WORDS && LEVEL_WORDS.has(tokens[at] ?? "")) at--;
    // ("what does the average plumber make", "what does a typical nurse earn": any one of its workers.)
    if (TYPICAL_WORDS.has(tokens[at] ?? "") && ARTICLES.has(tokens[at - 1] ?? "")) at -= 2;
    const before = tokens[at];
    if (before !== "do" && before !== "does") return false;
    // "what tools do plumbers use": what the job works with.
    if (at === m.start - 1 && TOOL_NOUNS.has(tokens[at - 1] ?? "") && (tokens[at - 2] === "what" || tokens[at - 2] === "which"))
      return endsWithVerbOf(tokens, m.end, USE_VERBS);
    // ("what do servers do besides crash": an everyday word's "besides" may be about anything.)
    const alsoAfter = m.end - m.start > 1 || !THING_TITLES.has(tokens[m.start]!);
    return tokens[at - 1] === "what" && endsWithVerbOf(tokens, m.end, at === m.start - 1 ? THEY_DO_VERBS : PAY_VERBS, alsoAfter);
  }

  /**
   * From `at`: an adverb maybe, one of `verbs`, then only words like "all day", "for a living" ("… actually do all day"),
   * or, with `alsoAfter`, a part of the job set aside ("… do besides pour drinks").
   */
  function endsWithVerbOf(tokens: readonly string[], at: number, verbs: ReadonlySet<string>, alsoAfter = false): boolean {
    let i = pastAdverb(tokens, at);
    if (!verbs.has(tokens[i] ?? "")) return false;
    // "what do nurses make after 5 years", "… starting out": when in a career the pay is asked.
    const pay = PAY_VERBS.has(tokens[i]!);
    for (i++; i < tokens.length; i++) {
      // "what do nurses make in texas": a place of a word or two ends it.
      if (tokens[i] === "in" && tokens.length - i <= PLACE_WORDS + 1) return true;
      // ("what do cnas do at a hospital": a workplace of a word or two, past its article; not for things: "servers at the datacenter".)
      if (alsoAfter && (tokens[i] === "at" || tokens[i] === "in") && ARTICLES.has(tokens[i + 1] ?? "") && tokens.length - i <= PLACE_WORDS + 2) return true;
      // "what do nurses do that cnas don't": what one job does and another doesn't.
      if (tokens[i] === "that" && THAT_OTHERS_DONT.test(tokens.slice(i).join(" "))) return true;
      // ("someone explain what a business analyst does bc i still dont get it": the reason for asking ends it.)
      if (REASON_WORDS.has(tokens[i]!)) return true;
      // "what do bartenders do besides pour drinks": what else the job does, past the part everyone knows.
      if (alsoAfter && (DO_ALSO_AFTER.has(tokens[i]!) || DO_ALSO_AFTER_PAIRS.has(`${tokens[i]} ${tokens[i + 1] ?? ""}`))) return true;
      if (!AFTER_WHAT_THEY_DO.has(tokens[i]!) && !(pay && (PAY_WHEN_WORDS.has(tokens[i]!) || /^\d+$/.test(tokens[i]!)))) return false;
    }
    return true;
  }

  /**
   * The word after a title where a story's verb would be, past a short place the person is at ("the
   * nurse at school gave me…", "the cashier at the front was…") or past who they are to the member or
   * "who" ("my photographer friend took…", "the journalist who wrote…"): the verb, or the word after the title.
   */
  function storyVerb(role: RoleMention, tokens: readonly string[]): string {
    const next = tokens[role.end] ?? "";
    if (RELATIONS.has(next) || next === "who") return tokens[role.end + 1] ?? "";
    if (!WORKPLACE_PREPOSITIONS.has(next)) return next;
    for (let k = role.end + 2; k <= role.end + STORY_PLACE_WORDS + 1 && k < tokens.length; k++) {
      if (tokens[k] === "is" || isPastVerb(tokens[k]!)) return tokens[k]!;
    }
    return next;
  }

  /** "the receptionist put me on hold": "the" (or "my", "our") before the title and a past-tense verb after it. */
  function toldWhatTheyDid(role: RoleMention, tokens: readonly string[]): boolean {
    const before = tokens[role.start - 1] ?? "";
    // ("product manager changed the requirements again lmao": the title opening the message, one person.)
    const particular = before === "the" || POSSESSIVES.has(before) || role.start === 0;
    // ("my photographer friend took these pics": someone's friend is one person, whatever the verb.)
    const friendOf = RELATIONS.has(tokens[role.end] ?? "") && before !== "" && before !== "the";
    return particular && (isPastVerb(storyVerb(role, tokens)) || friendOf);
  }

  /** "the cashier was rude", "my nurse is so nice": one particular person ("the", "my") and what they did or are. */
  function isPersonInStory(role: RoleMention, tokens: readonly string[]): boolean {
    const verb = storyVerb(role, tokens);
    return PARTICULAR.has(tokens[role.start - 1] ?? "") && (verb === "is" || isPastVerb(verb));
  }

  /** "(anyone know) what a bookkeeper does", "what plumbers do all day": what the one role named does, and nothing more. */
  function asksWhatItDoes(roles: readonly RoleMention[], tokens: readonly string[]): boolean {
    if (roles.length !== 1) return false;
    const { start, end } = roles[0]!;
    const at = beforeArticle(tokens, start);
    const before = tokens[at];
    // "anyone know what a data analyst makes", "how much a plumber earns": what the job pays.
    // ("anyone know what physical therapists typically make": an adverb may come between.)
    const verb = pastAdverb(tokens, end);
    if ((before === "what" || (before === "much" && tokens[at - 1] === "how")) && PAY_VERBS.has(tokens[verb] ?? "")) return true;
    if (before !== "what") return false;
    return endsWithVerbOf(tokens, end, DO_VERBS);
  }

  /**
   * "anyone know if dental assistants can become hygienists?": a question about the jobs put to the
   * channel; "anyone know if the office manager is in today" asks about a colleague ("the", "my").
   */
  function asksChannelWhether(roles: readonly RoleMention[], tokens: readonly string[]): boolean {
    if (!CHANNEL_WHETHER.test(tokens.slice(0, 5).join(" "))) return false;
    return roles.every((r) => {
      const before = tokens[r.start - 1] ?? "";
      return !PARTICULAR_BEFORE.has(before) && !POSSESSIVES.has(before);
    });
  }

  /** "police officer to detective", "cna to rn": a role right before or after "to" and another role is a career move. */
  function inMove(m: { start: number; end: number }, all: readonly { start: number; end: number }[], tokens: readonly string[]): boolean {
    return all.some(
      (o) =>
        o !== m &&
        (joinedByTo(o, m, tokens) ||
          // "cna to lpn then rn", "emt then paramedic": the next step of a chain of moves.
          (thenNext(o, m, tokens) && !EVERYDAY_TITLE_WORDS.has(tokens[m.start]!)) ||
          // "is emt a good stepping stone to rn": a way from one to the other.
          (o.end < m.start && (routeLeadsTo(tokens, m.start) || leftFor(tokens, m.start))) ||
          (m.end < o.start && routeLeadsTo(tokens, o.start)) ||
          // "how to become a nurse practitioner from rn": the role the move starts from, named after the goal.
          (o.end <= m.start && tokens[beforeArticle(tokens, m.start)] === "from") ||
          // "from delivery driver to long haul trucker": "from" one role "to" another, a word or two describing it.
          (tokens[beforeArticle(tokens, o.start)] === "from" && tokens[o.end] === "to" && m.start > o.end && m.start - o.end - 1 <= MAX_MOVE_DESCRIBERS) ||
          // "how do i get to rn from cna": "to" the goal, then "from" where the move starts, right after it.
          (m.end < o.start &&
            (tokens[beforeArticle(tokens, m.start)] === "to" || tokens[beforeArticle(tokens, m.start)] === "into") &&
            tokens[m.end] === "from" &&
            beforeArticle(tokens, o.start) === m.end)),
    );
  }

  function parse(text: string): ParsedQuestion {
    const cleaned = topicIntoQuestion(
      separateOwnJobClause(
        readBecomingHeading(expandDegreeShorthand(fixMisspellings(expandShorthand(offerAsked(askedAsForOneself(withoutChatLeadIns(cleanMessage(text)))))))),
      ),
    );
    const view = toTokenView(cleaned);
    const { tokens, typed } = view;
    const payPeriod = askedPayPeriod(text);
    // Object.assign, not `{ ...defaults, ...extra }`: the same keys in the same order, without the
    // slow copy a spread after other properties takes.
    const result = (intent: Intent, extra: Partial<ParsedQuestion> = {}): ParsedQuestion => {
      const defaults: ParsedQuestion = { text, cleaned, intent, roles: [], aspect: null, unknownRoles: [], suggestions: [], confidence: 1, tier: "exact" };
      return Object.assign(payPeriod ? Object.assign({ payPeriod }, defaults) : defaults, extra);
    };
    if (tokens.length === 0) return result("none");

    // Every known role counts for coverage (a fourth one is not "unknown"); an answer compares at most three.
    // "a zorblax wrangler": a title the data doesn't know, though its last word is a loose name of one.
    const unseen: { start: number; end: number }[] = [];
    const found = findRoleMentions(index, view, evidence, unseen);
    // Called for every token by several passes: plain loops, no closure per call.
    const inRole = (i: number) => inMention(found, i);
    // "does anyone have experience with recruiters": someone's own experience, not the years a job asks for.
    const personalExperience = (h: { start: number; end: number }) =>
      h.end - h.start === 1 && tokens[h.start] === "experience" && PERSONAL_EXPERIENCE_BEFORE.has(tokens[h.start - 1] ?? "") && tokens[h.end] === "with";
    // "microbiologist salery", "work enviroment": a typo of an aspect word still names the aspect.
    const aspectTokens = tokens.map((t, i) => {
      // Inflected words ("coming", "tracked") are real words far more often than typos ("coding").
      // The typed length: "sklils" singularised to "sklil" is still a six-letter typo.
      // ("which one is faster" is no typo of "master".)
      if (
        inRole(i) ||
        typed[i]!.length < MIN_ASPECT_TYPO_WORD ||
        t.endsWith("ing") ||
        t.endsWith("ed") ||
        aspects.phrases.has(t) ||
        COMPARATIVE_ADJECTIVES.has(t)
      )
        return t;
      const fix = index.correct(t);
      return fix && fix.distance === 1 && aspects.phrases.has(fix.word) ? fix.word : t;
    });
    // "anyone know what a project coordinator makes": asking the channel, not about knowledge.
    // ("my sister … wants to know what nurse anesthetists make": wanting to know is asking too.)
    const askingWhoKnows = (h: { start: number; end: number }) =>
      h.end - h.start === 1 &&
      tokens[h.start] === "know" &&
      (KNOW_ASKERS.has(tokens[h.start - 1] ?? "") ||
        tokens[h.start - 1] === "wanna" ||
        (tokens[h.start - 1] === "to" && WANTING.has(tokens[h.start - 2] ?? "")));
    // "how do i know if nursing is right for me": how to tell, not what a job must know.
    const howToTell = (h: { start: number; end: number }) =>
      h.end - h.start === 1 &&
      tokens[h.start] === "know" &&
      tokens[h.start - 1] === "i" &&
      HOW_TO_TELL_VERBS.has(tokens[h.start - 2] ?? "") &&
      tokens[h.start - 3] === "how";
    // "i don't know what to do": not knowing, not what a job must know.
    const notKnowing = (h: { start: number; end: number }) => h.end - h.start === 1 && tokens[h.start] === "know" && NEGATIONS.has(tokens[h.start - 1] ?? "");
    // ("thinking about making detective": a rank reached, not pay made.)
    const rankMade = (h: { start: number; end: number }) => h.end - h.start === 1 && makesRank(tokens, h.start);
    // "the difference between an lpn and a cna besides pay": an aspect set aside is not the one asked.
    // ("how many hours is cosmetology school": the programme's hours, not the hours worked.)
    const schoolHours = tokens.includes("hour") && SCHOOL_HOURS.test(tokens.join(" "));
    const allHits = findAspectHits(aspects, aspectTokens, inRole).filter(
      (h) =>
        !personalExperience(h) &&
        !howToTell(h) &&
        !notKnowing(h) &&
        !rankMade(h) &&
        !setAsideAt(tokens, h.start) &&
        !(schoolHours && tokens[h.start] === "hour"),
    );
    // Only beside another aspect: alone, "does anyone know what a bookkeeper does" keeps its one cue.
    const hits = allHits.some((h) => !askingWhoKnows(h)) ? allHits.filter((h) => !askingWhoKnows(h)) : allHits;
    // "nurse with 5 years experience salary": the member's own years, not the experience a job asks
    // for, when the question asks about something else.
    // ("im attending nursing school, rn or lpn pay": the school the member is in, likewise.)
    const aspectHits = hits.some((h) => h.aspect !== "requirements")
      ? hits.filter((h) => !ownYearsOfExperience(h, tokens, cleaned) && !ownSchool(h, tokens))
      : hits;
    const isAspectWord = (i: number) => insideAny(aspectHits, i);
    const invented = found.filter((m) => isInventedKind(m, found, tokens, view.clause));
    const framed = found.filter(
      (m) =>
        !isUnframedEverydayWord(m, found, aspectHits, tokens, text, typed, view.clause, view.sentence) &&
        !isRightNow(m, found, tokens, typed, view.clause) &&
        !isMorningGreeting(m, tokens, typed, view.clause) &&
        !isLevelOfNext(m, found, tokens) &&
        !isCounterOffer(m, tokens) &&
        !invented.includes(m) &&
        // ("is being a CO as bad as ppl say? mental health wise": "in terms of", beside the role asked about.)
        !(tokens[m.end] === "wise" && found.some((o) => o !== m && tokens[o.end] !== "wise")),
    );
    // "chemist or biochemist? ... my advisor is useless": beside roles asked about, someone's own
    // colleague is a person, not a third role. ("leaving my nursing job for a teaching job": "my … job" is the member's work.)
    // ("going for my rn": a credential the member means to get is no one's colleague.)
    // ("he talks to his PT every session … should he be an athletic trainer or a physical therapist": a
    // person only where every mention of the role is someone's.)
    const someones = (at: { start: number; end: number }) => POSSESSIVES.has(tokens[at.start - 1] ?? "") && !JOB_WORDS.has(tokens[at.end] ?? "");
    const ownPerson = (m: RoleMention) => [m, ...(m.alsoAt ?? [])].every(someones) && !getsOwnCredential(tokens, m);
    // (Such a role stands where it is asked about: "a physical therapist", not "his PT".)
    const asAsked = (m: RoleMention): RoleMention => {
      const at = someones(m) ? m.alsoAt?.find((a) => !someones(a)) : undefined;
      if (!at) return m;
      const rest = [{ start: m.start, end: m.end }, ...m.alsoAt!.filter((a) => a !== at)];
      return { ...m, start: at.start, end: at.end, typed: typedPhrase(typed, at.start, at.end), alsoAt: rest };
    };
    const persons = framed.some((m) => !ownPerson(m))
      ? framed
          .filter((m) => !ownPerson(m))
          .map(asAsked)
          .sort((a, b) => a.start - b.start)
      : framed;
    // "electrician salary construction": a field's word beside other roles, not set against one, says where they work.
    // ("can a cna work in a doctors office": the doctors' office is where, not a second role.)
    const mentioned = persons.length > 1 ? persons.filter((m) => !isFieldContext(m, tokens) && !isWorkplace(m, tokens)) : persons;
    const roles = withoutOwnJob(mentioned, tokens, cleaned).slice(0, MAX_ROLES);
    if (roles.length > 0 && roles.every((m) => m.end - m.start === 1 && asksForGuide(tokens, m.start))) return result("help");

    if (roles.length === 0) {
      // "what does median mean", "where do your numbers come from": the figures themselves, explained with the help.
      const dataTopic = askedAboutTheData(normalizeWords(cleaned));
      if (dataTopic) return result("help", { dataTopic });
      // "do you have a list of careers I can ask about?" asks for the list, not for instructions.
      if (tokens.includes("list") && isListQuestion(tokens)) return result("list");
      if (isHelpQuestion(tokens)) return result("help");
      if (isListQuestion(tokens)) return result("list");
    }

    const rawUnknown = findUnknownRolePhrases(tokens, typed, inRole, isAspectWord, view.clause);
    // ("can asmr artists make a living": the title with the word that makes it one the data does not have.)
    const inventedTitles = invented.map((m) => ({ phrase: typedPhrase(typed, m.start - 1, m.end), start: m.start - 1, end: m.end }));
    for (const u of inventedTitles) if (!rawUnknown.some((r) => r.start < u.end && r.end > u.start)) rawUnknown.push(u);
    if (unseen.length) {
      // ...in the sentence asked, where one has a question mark ("painter in skyrim? nah i'm a stealth archer" asks nothing of archers).
      const asked = (u: { start: number }) => view.questionSentences.size === 0 || view.questionSentences.has(view.sentence[u.start]!);
      for (const u of unseen)
        if (asked(u) && !rawUnknown.some((r) => r.start < u.end && r.end > u.start)) rawUnknown.push({ ...u, phrase: typedPhrase(typed, u.start, u.end) });
      rawUnknown.sort((a, b) => a.start - b.start);
    }
    // Two titles of one role count as two: "are radiographers and radiologic technologists the same".
    let titleCount = rawUnknown.length;
    for (const m of mentioned) titleCount += 1 + (m.alsoTyped?.length ?? 0);
    const signals = readQuestionSignals({ tokens, cleaned, roleCount: titleCount, inRole, aspectHits, isAspectWord });
    const { questionShape, compareCue, aspectCue, telegraphic, possessed } = signals;

    const unknown = rawUnknown.filter((u) => {
      if (possessed(u)) return false;
      // ("could this become a job": the word for work itself names no title.)
      if (u.end - u.start === 1 && JOB_WORDS.has(tokens[u.start]!)) return false;
      // ("how much do engnieers make": a slip of a title word, or "biology majors", an everyday word, is no title the data lacks.)
      if (u.asJob && !jobFrameTitle(tokens[u.end - 1]!)) return false;
      if (u.asJob || inventedTitles.some((t) => t.start === u.start && t.end === u.end)) return questionShape || aspectCue || telegraphic || compareCue;
      // "which one pays more at big tech", "salary at the big 4": an employer, not a job to look up.
      if (namedEmployer(u.phrase) !== null) return false;
      // Beside a known role, a bare generic word is a reporting line or a team, not a role to look up:
      // "does a program manager report to a director".
      // ...unless it is compared with one: "accountant vs engineer" asks about an engineer.
      // ("compare nurse teacher and engineer pay": the last of a list compared, after "and".)
      const listedLast = compareCue && tokens[u.start - 1] === "and" && mentioned.some((m) => m.end === u.start - 1);
      // ("teacher to manager": a move to a bare rank word that the role's own links don't name asks which one.)
      const rankMove = roles.length === 1 && movedToRankWord(tokens, roles[0]!) === u.start && !genericMoveTarget(index, tokens, typed, roles[0]!);
      if (
        mentioned.length > 0 &&
        u.end - u.start === 1 &&
        GENERIC_ROLE_WORDS.has(tokens[u.start]!) &&
        !comparedWithRole(u, mentioned, tokens) &&
        !listedLast &&
        !rankMove
      )
        return false;
      // ("what skills do you need to be a good manager": the article before the quality said of it.)
      const before = (QUALITY_ADJECTIVES.has(tokens[u.start - 1] ?? "") ? tokens[u.start - 2] : tokens[u.start - 1]) ?? "";
      // "UX designer job requirements": an aspect word may follow after "job" or "role".
      const after = JOB_WORDS.has(tokens[u.end] ?? "") ? u.end + 1 : u.end;
      // ("how do i go from teacher to zorblax": the job moved to, after a known one.)
      const movedTo = before === "to" && roles.some((m) => joinedByTo(m, u, tokens));
      const framed =
        compareCue ||
        INDEFINITE_ARTICLES.has(before) ||
        isAspectWord(u.start - 1) ||
        isAspectWord(after) ||
        isAspectWord(u.start - 2) ||
        telegraphic ||
        movedTo ||
        rankMove;
      // ("teacher to manager": the whole message is the move.)
      const wholeMove = (movedTo || rankMove) && roles[0]!.start === 0 && u.end === tokens.length;
      return framed && (questionShape || compareCue || aspectCue || telegraphic || wholeMove);
    });

    // Words inside an unknown title ("software" in "software engineer") are not aspect words.
    const outsideUnknown = aspectHits.filter((h) => !unknown.some((u) => h.start < u.end && h.end > u.start));
    // (A title typed twice counts at each place: "journeyman electrician vs master electrician pay".)
    const roleSpans = [...roles, ...roles.flatMap((r) => r.alsoAt ?? []), ...unknown].sort((a, b) => a.start - b.start);
    // ("rn vs lpn pay for a 12 hour shift": the shift's pay, not its hours.)
    const shiftAsked = askedShiftHours(cleaned);
    const shiftPay = shiftAsked !== null;
    const aspect = shiftPay ? "salary" : chooseAspect(outsideUnknown, { view, roleSpans, titleCount });
    const unknownRoles = unknown.map((u) => u.phrase);

    if (roles.length === 0) {
      // ("the engineer on call isn't answering": someone's doings told, no title asked about.)
      // ("who actually likes being a manager lol": a joke about a job's people.)
      // ("just got promoted to supervisor in stardew valley": a game, a joke or a clip; not-about-work.ts.)
      if (
        unknown.length > 0 &&
        !signals.addressingOthers &&
        !signals.narrated &&
        // ('… because i'm a "glorified babysitter" … wish me luck lol': a long day told, nothing asked;
        // "… but i want to go to college for engineering, help" asks.)
        !(signals.statement && !signals.questionMark && cleaned.length > TOLD_STORY_LENGTH) &&
        // ("guess who just got promoted to dungeon master for our campaign": news told, nothing asked.)
        !((signals.statement || !questionShape) && !signals.questionMark && NEWS_TOLD.test(tokens.join(" "))) &&
        !isRhetoricalLine(tokens.join(" "), signals.questionMark) &&
        !notAboutWork([], tokens, tokens.join(" "))
      ) {
        return result("unknown", {
          aspect,
          unknownRoles,
          suggestions: suggestionsFor(unknown, cleaned, []),
          kind: detectQuestionKind(cleaned, unknown.length),
        });
      }
      return result("none");
    }

    // "how do I go from cashier to manager": a bare rank word after the move is the role of that rank
    // the one named leads to, a second role of the question.
    const rankTarget = roles.length === 1 && unknown.length === 0 ? genericMoveTarget(index, tokens, typed, roles[0]!) : null;
    if (rankTarget) roles.push(rankTarget);

    // "gm", "rn", "ty": a lone abbreviation is a greeting or chat far more often than a question.
    // "gm gm": the same word said twice is still a greeting.
    if (tokens.every((t) => t === tokens[0]) && typed[0]!.length <= 3 && !signals.questionMark) return result("none");
    // ("what can i do with my phlebotomy certificate": the member's own credential is asked about.)
    // ("should i get my cna", "is it worth getting my cdl": the member's credential, still to get, is asked about.)
    // ("does my rn license transfer to another state": the member's credential, of work, not a person of theirs.)
    const allPossessed =
      roles.every(possessed) &&
      !roles.some((r) => asksWhatCredentialOpens(tokens, r) || (questionShape && getsOwnCredential(tokens, r)) || CREDENTIAL_NOUNS.has(tokens[r.end] ?? ""));
    // "admin assistant -> executive assistant, what's the route", "police officer to detective, how long": a move.
    // ("military police to cop": two titles of one occupation, "to" between them.)
    // ("teacher to manager", "how do i go from teacher to zorblax": a move to a title not known, or a rank the role's links don't name.)
    const movesToUnknown = roles.length === 1 && unknown.some((u) => joinedByTo(roles[0]!, u, tokens) || movedToRankWord(tokens, roles[0]!) === u.start);
    const moveCue =
      (roles.length >= 2 && (ARROW.test(text) || roles.some((r) => inMove(r, roles, tokens)))) ||
      (roles.length === 1 && (movesBetweenTitles(roles[0]!, tokens) || movesToUnknown));
    const joined = tokens.join(" ");
    // "can someone ask the office manager about parking?": talk among members about a colleague.
    // ...but "does anyone know what a bookkeeper does" asks what the job is, which the bot can answer,
    // and "leaving teaching for instructional design, anyone done it?" asks about a move.
    // ...and "what do you guys think about being a nurse" asks the channel about the job itself.
    const aboutAColleague =
      signals.addressingOthers &&
      !compareCue &&
      !aspectCue &&
      // ("line cook to sous chef how long did it take yall": a move, asked of those who made it.)
      !(moveCue && (signals.questionMark || signals.questionShape)) &&
      !asksWhatItDoes(roles, tokens) &&
      !asksChannelWhether(roles, tokens) &&
      !THINK_ABOUT_BEING.test(joined) &&
      !ROOM_ASKED_ABOUT_JOB.test(joined);
    // "when's the mock interview", "teacher appreciation week, gift ideas?", "recommend a good stethoscope
    // for nursing school", "the best teacher you ever had": an event, a gift, a thing to buy or the
    // members' own experience, not a job.
    const aboutAnEventGiftOrThing =
      ((EVENT_QUESTION.test(joined) || GIFT_QUESTION.test(joined)) && !compareCue && !aspectCue) ||
      ((THING_TO_BUY.test(joined) || MEMBERS_EXPERIENCE.test(joined)) && !compareCue);
    // "the receptionist put me on hold for an hour", "the security guard let us in": what one
    // particular person did, told with no question.
    const aboutWhatOneDid = !signals.questionMark && !signals.questionShape && !compareCue && roles.every((r) => toldWhatTheyDid(r, tokens));
    // "how much do i tip the mail carrier", "can you send me the accountant's number", "how much does a
    // plumber charge to fix a toilet", "anyone here a nurse?", "who would win…", a game: someone the
    // member deals with, one person, a price, a member, or play, not work (not-about-work.ts).
    const aboutSomeoneNotWork = notAboutWork(roles, tokens, joined);
    // ("best states for nurses": the places asked about are the question.)
    // ("jobs for former teachers", "non clinical jobs for nurses": other work asked for its workers.)
    // ("i work in retail and hate it, any suggestions": the member's own job, and what else to do asked,
    // told in the first person as a statement is.)
    // ("i've been a teacher for 8 years, what else can teachers do": asked at the title's second mention.)
    const wantsOut =
      roles.length === 1 &&
      (asksWhatToDoInstead(tokens, roles[0]!) ||
        [roles[0]!, ...(roles[0]!.alsoAt ?? [])].some((at) => asksWhatElseTheyCanDo(tokens, at)) ||
        // ("im a cashier, what pays more": the member's own job, and better-paid work asked.)
        (isOwnJob(roles[0]!, tokens) && asksForBetterPaidJob(tokens)) ||
        // ("electrician to office job": desk work, named by its kind.)
        leavesForDeskWork(tokens, roles[0]!));
    // "i'm a nurse lol any ideas for dinner", "the cashier was rude, what should i do": the one job is
    // where the member stands, or a person in a story, and the question is about something else.
    const jobAsContext =
      roles.length === 1 &&
      unknown.length === 0 &&
      !wantsOut &&
      !compareCue &&
      !aspectCue &&
      (toldAsOwnJob(tokens, roles[0]!) ||
        // ("gm here, when is the meeting": the member's own job said, then something else asked.)
        (isOwnJob(roles[0]!, tokens) && (FIRST_PERSON.test(tokens.slice(0, roles[0]!.start).join(" ")) || tokens[roles[0]!.end] === "here")) ||
        isPersonInStory(roles[0]!, tokens)) &&
      asksNothingOfWork(tokens, roles[0]!, isAspectWord);
    const hasCue =
      questionShape ||
      compareCue ||
      aspectCue ||
      telegraphic ||
      moveCue ||
      asksByPlace(cleaned) ||
      (roles.length === 1 && asksOtherWorkFor(tokens, roles[0]!)) ||
      wantsOut;
    // "gm all", "gm rn lol", "hey office manager": a greeting with nothing asked, though a title is in it.
    const onlyGreets = !questionShape && !compareCue && !aspectCue && !moveCue && !signals.questionMark && detectSmallTalk(cleaned) === "greeting";
    if (onlyGreets) return result("none");
    if (
      !hasCue ||
      (signals.statement && !wantsOut) ||
      aboutAColleague ||
      aboutAnEventGiftOrThing ||
      aboutWhatOneDid ||
      aboutSomeoneNotWork ||
      jobAsContext ||
      (!compareCue && isRhetoricalLine(joined, signals.questionMark || questionShape, signals.questionMark)) ||
      (allPossessed && !signals.questionMark && !wantsOut)
    )
      return result("none", { confidence: 0.5, tier: "weak" });

    const roleIds = roles.map((r) => r.roleId);
    // "do engineers make more than a nurse": a title not known set beside the one known is never dropped.
    if (roles.length === 1 && unknown.length > 0 && (compareCue || hasPairWord(tokens) || movesToUnknown)) {
      return result("unknown", {
        roles,
        aspect,
        unknownRoles,
        suggestions: suggestionsFor(unknown, cleaned, roleIds),
        kind: detectQuestionKind(cleaned, roles.length + unknown.length),
      });
    }
    const confidence = Math.min(...roles.map((r: RoleMention) => r.confidence));
    const tier = tierFor(confidence);
    // "staff nurse to charge nurse": two titles of one occupation set side by side, or as a move.
    // ("rn to bsn worth it": the job's own degree, read as "registered nurse degree", is no second title of it.)
    const twoTitlesOfOne =
      roles.length === 1 &&
      (roles[0]!.alsoTyped?.length ?? 0) > 0 &&
      (compareCue || movesBetweenTitles(roles[0]!, tokens)) &&
      !roles[0]!.alsoAt?.some((at) => tokens[at.end] === "degree") &&
      // ("referees and umpires pay, is it a side gig": the occupation named by its two titles, listed, not set apart.)
      !(
        roles[0]!.alsoAt?.some((at) => at.start === roles[0]!.end + 1 && LIST_JOINERS.has(tokens[roles[0]!.end]!)) &&
        !tokens.some((t) => SET_APART_WORDS.has(t))
      );
    // "How do I get out of nursing": the one role named is being left; where it leads is the answer, not how to become it.
    // The one role named, where a question may be about moving on from it.
    const only = roles.length === 1 && unknown.length === 0 ? roles[0]! : null;
    const leftRole = only !== null && (leavesRole(tokens, only.start) || leavesForOtherWork(tokens, only));
    let leaving = leftRole || (only !== null && movesOnFrom(tokens, only.end));
    let kind = leaving
      ? "facts"
      : detectQuestionKind(
          askedAfterOpeningTitle(withoutSecondTitles(cleaned, roles), roles, tokens),
          mentioned.length + unknown.length + (rankTarget ? 1 : 0),
        );
    // ("solicitor vs barrister, which one earns more": two titles of one occupation set apart may still be asked which.)
    if (twoTitlesOfOne && kind !== "which" && detectQuestionKind(cleaned, 1 + roles[0]!.alsoTyped!.length) === "which") kind = "which";
    // "lpn then rn", "cna to lpn then rn": jobs chained as steps, each after the one before.
    // ("becoming a cna then rn, how long in total": both ways in, the first not held yet.)
    const chained =
      kind === "facts" &&
      roles.length >= 2 &&
      !BECOMING.has(tokens[beforeArticle(tokens, roles[0]!.start)] ?? "") &&
      roles.some((r, k) => k > 0 && thenNext(roles[k - 1]!, r, tokens)) &&
      roles.every((r, k) => k === 0 || thenNext(roles[k - 1]!, r, tokens) || joinedByTo(roles[k - 1]!, r, tokens));
    if (chained) kind = "path";
    // "im an lpn, is it worth becoming an rn", "as a paralegal, is law school worth it": from the
    // member's own job to the other one, asked whether the move is worth it.
    // ("i'm a cashier, is accounting a good career": the other job asked about in the question after it.)
    if (
      kind === "yes-no" &&
      roles.length === 2 &&
      (((isOwnJob(roles[0]!, tokens) || workedAs(tokens, roles[0]!.start)) &&
        (becomesOther(tokens, roles[1]!) || view.clause[roles[1]!.start]! > view.clause[roles[0]!.start]!)) ||
        // ("is it worth going from lpn to rn", "is lpn to rn worth it": the move between them, weighed.)
        // ("do i need a new license to go from teacher to school counselor": what the move takes, which
        // the route answers for the job moved to, not a yes or no of the job moved from.)
        (inMove(roles[0]!, roles, tokens) && (tokens.includes("worth") || aspect === "requirements")) ||
        // ("does a pastor need a license to be a counselor", "can teachers get into edtech sales": the one
        // job's workers, what it takes them to become the other.)
        (aspect === "requirements" &&
          roles[0]!.end < roles[1]!.start &&
          (BECOMING.has(tokens[beforeArticle(tokens, roles[1]!.start)] ?? "") ||
            GETS_INTO.test(tokens.slice(0, beforeArticle(tokens, roles[1]!.start) + 1).join(" ")))))
    )
      kind = "path";
    // "I'm a nurse, how do I switch careers": a route from the member's own job, the only role named, is
    // where that job leads, not how to become it.
    if (kind === "path" && only && isOwnJob(only, tokens)) {
      leaving = true;
      kind = "facts";
    }
    // "how to move up as a nurse": where the member's job leads, asked of the job they do.
    // ("teacher burnout, what jobs can teachers do": asked at the title's second mention.)
    let movingOn = only
      ? [only, ...(only.alsoAt ?? [])].reduce<ReturnType<typeof asksWhereItLeads>>((found, at) => found ?? asksWhereItLeads(tokens, at), null)
      : null;
    // "a good stepping stone to becoming a pa", "what to do before becoming a nurse practitioner": what leads into it.
    if (only && movingOn === "in") {
      leaving = true;
      kind = "facts";
    }
    // "what jobs can i get with a cna license": where the credential's job leads out.
    // ("what do former nurses do": where its workers went, whatever "do" asks otherwise.)
    if (only && (movingOn === "out" || (!movingOn && asksWhatCredentialOpens(tokens, only)))) {
      movingOn = "out";
      leaving = true;
      kind = "facts";
    }
    // "what can a medical assistant become": where the role leads, not what it takes to become it.
    // ("where can a job as a 911 dispatcher lead": where it leads, not where the work is done.)
    if (only && movingOn === "up" && (tokens[only.end] === "become" || asksWhereItLeadsAround(tokens, only))) {
      leaving = true;
      kind = "facts";
    }
    // ("how do i move up from a cashier": where the job left behind leads.)
    if (kind === "path" && only && movingOn && (workedAs(tokens, only.start) || tokens[beforeArticle(tokens, only.start)] === "from")) {
      leaving = true;
      kind = "facts";
    }
    // "i am working as cashier, which job i can do for more money", "what jobs pay more than a cashier": where the job leads.
    // "jobs like barista that pay more": the better-paid ones among those like it.
    if (
      only &&
      movingOn !== "up" &&
      (isOwnJob(only, tokens) ||
        // ("how do i make more money as a nurse": the job the member does.)
        workedAs(tokens, only.start) ||
        movingOn === "out" ||
        // ("what pays more than a nurse", "… than being a cop", "… than working as a cashier".)
        THAN_BEFORE.test(tokens.slice(Math.max(0, only.start - 4), only.start).join(" ")) ||
        CAN_DO_TO.test(tokens.slice(0, only.start).join(" "))) &&
      asksForBetterPaidJob(tokens)
    ) {
      movingOn = "up";
      leaving = true;
      kind = "facts";
    }
    // ("my kid wants to be a zookeeper. what does that job involve?": a plan told, then the work asked; the duties, not the way in.)
    // ("want to be a lineman, what do i do first": the member's own first steps, still the way in.)
    if (kind === "path" && only && aspect === "duties" && !FIRST_PERSON_ASKS.test(normalizeWords(splitSentences(cleaned).at(-1) ?? ""))) kind = "facts";
    // The words around the roles say what a verdict is about; words inside a title ("senior", "school") do not.
    // (Only the roles kept: "depressing" read as a typo of a title and dropped is a word of the question.)
    const inKept = (i: number) => inMention(roles, i);
    // ("combat vet looking for a job in hr, tips?": "tips" opening its clause asks for advice, no pay.)
    // ("bartender vs barista pay, tips included": the clause goes on, about pay.)
    const adviceAsked = (i: number) =>
      (typed[i] === "tips" || typed[i] === "tip") &&
      (i + 1 === typed.length || view.clause[i + 1] !== view.clause[i]) &&
      (i === 0 || view.clause[i - 1] !== view.clause[i] || (typed[i - 1] === "any" && (i === 1 || view.clause[i - 2] !== view.clause[i - 1])));
    // The words a question asks with: outside the roles kept and the titles not known, advice asked aside.
    const asksWith = (i: number) => !inKept(i) && !insideAny(unknown, i) && !adviceAsked(i);
    const outsideRoles = typed
      .filter((_, i) => asksWith(i))
      .join(" ")
      .replace(SET_ASIDE_PAY_GLOBAL, " ");
    // The sentence with the question mark says what the verdict is about, when there is one: "I'm
    // burned out. … Which one makes more sense financially?" is about pay, not stress.
    const questionWords =
      view.questionSentences.size > 0 && view.sentence.some((s) => !view.questionSentences.has(s))
        ? typed.filter((_, i) => view.questionSentences.has(view.sentence[i]!) && asksWith(i)).join(" ")
        : "";
    // ("Done with retail after 18 years. How much does a wind turbine technician earn?": years told in a
    // sentence that names no role asked and asks nothing are the member's, not the pay band asked.)
    const roleSentences = new Set(roles.flatMap((r) => [r, ...(r.alsoAt ?? [])].map((m) => view.sentence[m.start])));
    const bandWords = questionWords
      ? typed
          .filter((_, i) => (view.questionSentences.has(view.sentence[i]!) || roleSentences.has(view.sentence[i])) && asksWith(i))
          .join(" ")
          .replace(SET_ASIDE_PAY_GLOBAL, " ")
      : outsideRoles;
    // ("skip college and become a web developer, is that still realistic?": a question about "that" asks
    // about the sentence before it, so the whole message says what it is about.)
    const asked = POINTS_BACK.test(questionWords) ? "" : questionWords;
    // ("do you need a cpa to be an accountant": the licence named by its letters, needed or worth it.)
    const lower = cleaned.toLowerCase();
    const licenceAsked =
      roles.length === 1 &&
      (namesLicence(roles[0]!.typed) || (roles[0]!.alsoTyped ?? []).some(namesLicence) || LICENCE_NAMED.test(lower)) &&
      LICENCE_ASKED.test(lower) &&
      !SCHOOLING_NAMED.test(lower);
    const topicRead = shiftPay ? "pay" : licenceAsked ? "credential" : (asked && detectTopic(asked)) || detectTopic(outsideRoles);
    const topic =
      topicRead === "education" && !asked ? (schoolingOnlySaid(tokens, typed, view.clause, (i) => inKept(i) || insideAny(unknown, i)) ?? topicRead) : topicRead;
    // "is 60k good for a paralegal": an amount of pay makes it a pay question, whatever else it says.
    const amount = askedPayAmount(cleaned);
    // ("been a bank teller 3 years making 38k, what's next": the member's own pay told, other work asked;
    // "… making 40k, how do i make more" still places the 40k in the job's pay.)
    const ownPay = amount !== null && OWN_PAY_TOLD.test(normalizeWords(cleaned));
    // ("currently making 45k as a teacher, what pays more": better-paid work asked, not where 45k falls.)
    const otherWorkAsked = movingOn === "out" || (movingOn === "up" && WHAT_PAYS_MORE.test(normalizeWords(cleaned)));
    // ("how do i get into welding, i make 15/hr at a gas station": the way into another job asked, the pay the member's now.)
    const wayIntoOther = kind === "path" && roles.length === 1 && !ownJobTyped(cleaned, roles[0]!.typed) && !isOwnJob(roles[0]!, tokens);
    const payAmount = ownPay && ((leaving && otherWorkAsked) || wayIntoOther) ? null : amount;
    // ("is £30k good for a nurse": money in another currency says where, as a place named would; so does "a chartered accountant".)
    const place = namedPlace(outsideRoles) ?? currencyPlace(text) ?? placeOfTitle(text);
    // "best states for nurses": where a job pays best, with no other aspect named, is its pay.
    const placeAspect = place?.startsWith("each ") && aspect === "overview" ? "salary" : aspect;
    // ("is 40k euros good for a software engineer": pay asked, in a currency the figures are not in.)
    const paidAbroad = amount === null && foreignPayAmount(cleaned);
    // ("top 10% of lawyers", "90th percentile rn salary": a percentile of pay asked by name.)
    const percentile = roles.length > 0 && !leaving ? askedPercentile(outsideRoles) : null;
    const refinedAspect =
      payAmount || paidAbroad || percentile ? "salary" : leaving ? "career" : refineAspect(placeAspect, kind, topic, outsideRoles, roles.length);
    // ("journeyman electrician vs master electrician pay": two titles of one role differ by the levels in them.)
    // ("what do senior accountants make": a level typed as part of the one title is still the band asked.)
    // ("highest paying states for electricians": places ranked, not the experienced band.)
    const payBand =
      refinedAspect === "salary" && !place?.startsWith("each ") && !percentile
        ? (askedPayBand(twoTitlesOfOne ? cleaned : bandWords) ??
          // ("electrician apprentice vs plumber apprentice pay": every title typed at one level.)
          (roles.length > 0 && roles.every((r) => LEVEL_IN_TITLE.test(r.typed)) ? askedPayBand(LEVEL_IN_TITLE.exec(roles[0]!.typed)?.[0] ?? "") : null) ??
          // ("staff software engineer salary", "associate product manager salary": a posting's level word.)
          levelBeforeTitles(roles, tokens))
        : null;
    const years = memberYears(cleaned);
    // ("sdr to account executive", "path from recruiter to hrbp": a move between two titles of one occupation.)
    if (twoTitlesOfOne && movesBetweenTitles(roles[0]!, tokens)) kind = "path";
    const parsed = result(roles.length >= 2 || twoTitlesOfOne ? "compare" : "profile", {
      roles,
      kind,
      aspect: refinedAspect,
      unknownRoles,
      // Suggestions for the unclear words only, so the roles that were understood stay as they are.
      suggestions:
        tier === "weak"
          ? suggestionsFor(
              [],
              roles
                .filter((r) => tierFor(r.confidence) === "weak")
                .map((r) => r.typed)
                .join(" "),
              [],
            )
          : [],
      confidence,
      tier,
    });
    // The parts a question may have, set one by one (after "kind", as before): spreading each one in
    // (`...(topic ? { topic } : {})`) copies through a slow path.
    if (topic) parsed.topic = topic;
    // ("which has better pay and less school" of two roles, "how hard is it to get in and what's the pay like" of one,
    // "is underwriting less people-facing than being a loan officer, and what's the pay difference".)
    // ("librarian worth it? do u need a masters": of one role, two short questions, one topic each.)
    const criteria =
      topic &&
      topic !== "general" &&
      ((kind === "which" && roles.length === 2) || (kind === "facts" && roles.length === 1) || (kind === "yes-no" && roles.length === 2))
        ? twoCriteria(asked || outsideRoles, topic)
        : topic && kind === "yes-no" && roles.length === 1 && cleaned.length <= MAX_TWO_QUESTIONS
          ? twoQuestions(typed, view.sentence, (i) => inKept(i) || insideAny(unknown, i), topic)
          : null;
    if (criteria) parsed.criteria = criteria;
    if (payBand) parsed.payBand = payBand;
    if (percentile) parsed.percentile = percentile;
    if (place) parsed.place = place;
    // (In the title typed too: "uber driver pay" is no one employer's either.)
    // ("i drive for amazon …, what would i make as a nurse": the member's own employer, not the one asked about.)
    const employer = refinedAspect === "salary" && !OWN_EMPLOYER.test(normalizeWords(cleaned)) ? namedEmployer(cleaned) : null;
    if (employer) parsed.employer = employer;
    if (years) parsed.memberYears = years;
    const schooling = memberEducation(cleaned);
    if (schooling) parsed.memberEducation = schooling;
    // ("i drive for amazon and make about 45k … what would i make as a new grad rn": the member's own pay
    // told, the starting pay asked; the band answers, not where 45k falls.)
    if (payAmount && !(payBand && ownPay)) parsed.payAmount = payAmount;
    // ("do nurses get paid weekly": when the pay comes, not a week's pay.)
    const payPer = refinedAspect === "salary" && !payAmount && topic !== "payBasis" ? askedPayPer(cleaned) : null;
    if (payPer) parsed.payPer = payPer;
    if (shiftPay && refinedAspect === "salary" && !payAmount) parsed.shiftHours = shiftAsked;
    if (only && (movingOn || leaving)) parsed.movingOn = movingOn ?? (leftRole || isOwnJob(only, tokens) ? "out" : "up");
    if (mentioned.length > MAX_ROLES) parsed.skippedRoles = mentioned.slice(MAX_ROLES).map((m) => m.roleId);
    return parsed;
  }

  /** The question read, with field nouns as their workers, and a broad title's pay over its group. */
  function parseWithFields(text: string): ParsedQuestion {
    const read = withContextCompound(text, readWithFields(text));
    return fieldMoveQuestion(text, read) ?? deskWorkQuestion(read) ?? broadGroupQuestion(read) ?? read;
  }

  /**
   * "an operator at a water plant", "a scientist working on food products": a bare title word read as
   * no occupation, read again as the title its description makes ("water operator"), where that title
   * settles one occupation (context-compound.ts).
   */
  function withContextCompound(text: string, read: ParsedQuestion): ParsedQuestion {
    if (!index.knowledge.imported) return read;
    if (read.intent === "unknown" && read.roles.length === 0 && read.unknownRoles.length === 1) {
      const compound = compoundFromContext(index, text, canonicalTokens(read.unknownRoles[0]!).join(" "));
      if (compound === null) return read;
      const again = readWithFields(compound);
      return again.intent === "profile" && again.roles.length === 1 && again.unknownRoles.length === 0 ? { ...again, text } : read;
    }
    // ("an inspector who checks houses", "an administrator for a hospital": a title several occupations
    // share, the one its description makes a title of; the other roles read as before.)
    if (read.intent !== "profile" && read.intent !== "compare") return read;
    for (let shared = 0; shared < read.roles.length; shared++) {
      const role = read.roles[shared]!;
      if (!role.alternatives?.length || role.typed.includes(" ")) continue;
      const compound = compoundFromContext(index, text, canonicalTokens(role.typed).join(" "));
      if (compound === null) continue;
      const again = readWithFields(compound);
      const others = again.roles.every((r, i) => i === shared || r.roleId === read.roles[i]!.roleId);
      if (again.intent === read.intent && again.roles.length === read.roles.length && others && again.roles[shared]!.roleId !== role.roleId)
        return { ...again, text };
    }
    return read;
  }

  /**
   * "how do i go from fast food to tech", "cashier to healthcare", "nurse to IT": the member's job
   * left for a field: the field's jobs with the shortest way in, best paid first, beside what the job
   * pays. The job is read from the words before the move on their own.
   */
  function fieldMoveQuestion(text: string, read: ParsedQuestion): ParsedQuestion | null {
    if (!index.knowledge.imported || text.length > MAX_RANKING_LENGTH) return null;
    const move = FIELD_MOVE_FROM.exec(text) ?? FIELD_MOVE_OPENS.exec(text) ?? FIELD_MOVE_TOLD.exec(text);
    if (!move) return null;
    const field = fieldNamed(move[2]!);
    // (The job's words read as a pay question: "teaching" and "retail" name their workers beside one, "server" is framed.)
    const own = field ? readWithFields(`${move[1]!} salary`).roles : [];
    if (!field || own.length !== 1) return null;
    return { ...rankingQuestion({ ...read, roles: [] }, { measure: "ease", field, maxEducation: null, from: own[0]!.roleId }), movingOn: "out" };
  }

  /**
   * "electrician to office job", "warehouse to office job", "trucker looking for office work": office
   * jobs within the schooling the member's job starts with, best paid first, beside what that job pays.
   */
  function deskWorkQuestion(parsed: ParsedQuestion): ParsedQuestion | null {
    if (parsed.roles.length !== 1 || !index.knowledge.imported || parsed.cleaned.length > MAX_RANKING_LENGTH) return null;
    const own = parsed.roles[0]!;
    // (Most messages name no desk work: told by the letters before the message is tokenized again.)
    if (!DESK_WORD_TYPED.test(parsed.cleaned) || !leavesForDeskWork(toTokenView(parsed.cleaned).tokens, own)) return null;
    const maxEducation = schoolingLimit(normalizeWords(parsed.cleaned));
    return { ...rankingQuestion({ ...parsed, roles: [] }, { measure: "pay", field: OFFICE, maxEducation, from: own.roleId }), movingOn: "out" };
  }

  /**
   * "how much do engineers make", "do engineers make more than nurses": a broad title's pay asked
   * about, over the group of occupations it stands for, instead of "which one?". "is the job market
   * for engineers good": the group's outlook, then its best jobs.
   */
  function broadGroupQuestion(parsed: ParsedQuestion): ParsedQuestion | null {
    const outlook = parsed.aspect === "outlook" && parsed.roles.length === 0;
    if (parsed.intent !== "unknown" || (parsed.aspect !== "salary" && !outlook) || parsed.unknownRoles.length !== 1 || parsed.roles.length > 1) return null;
    if (!index.knowledge.imported) return null;
    const words = canonicalTokens(parsed.unknownRoles[0]!);
    const field = words.length === 1 ? broadTitleGroup(words[0]!) : null;
    if (!field) return null;
    // The commonest kinds the "which one?" answer offered stay on offer, to pick one instead.
    const group = { against: parsed.roles[0]?.roleId ?? null, choices: parsed.suggestions };
    const ranking: RankRequest = outlook
      ? { measure: "overall", field, maxEducation: null, fieldOutlook: true, group }
      : { measure: "pay", field, maxEducation: null, group };
    return {
      ...parsed,
      intent: "compare",
      roles: [],
      unknownRoles: [],
      suggestions: [],
      confidence: 1,
      tier: "exact",
      kind: parsed.kind ?? "which",
      topic: outlook ? "prospects" : RANKING_TOPICS[ranking.measure],
      ranking,
    };
  }

  /** A field noun ("nursing", "welding") names a role only when nothing else in the question does. */
  function readWithFields(text: string): ParsedQuestion {
    const first = parse(text);
    // "i want to work with kids but not as a teacher, options?", "best paying trades besides electrician":
    // the field's jobs, less the one ruled out.
    const mayRank = first.roles.length <= 1 && first.cleaned.length <= MAX_RANKING_LENGTH && index.knowledge.imported !== null;
    const excluding = mayRank && RULED_OUT_WORD.test(first.cleaned) ? ruledOutRoles(first.cleaned) : null;
    if (excluding) {
      const ranked = rankedQuestion(first.roles.every((r) => excluding.roleIds.includes(r.roleId)) ? { ...first, roles: [] } : first);
      if (ranked?.ranking?.field) return { ...ranked, ranking: { ...ranked.ranking, excluding } };
    }
    // "what pays the most in construction": a field to rank, not its one worker (nor the title "construction").
    const ranked = first.roles.length <= 1 ? rankedQuestion(first) : null;
    // "how do I get into nursing": a field whose worker is a title is that title's way in, not the field's.
    const wayIn = ranked !== null && asksWayIntoField(first.cleaned);
    // "what jobs can you get with a psychology degree": the subject is no field noun to rewrite as its worker.
    // ("IT or healthcare": two fields side by side, not the worker of one.)
    // ("what jobs can i do with an english degree besides teaching": every teaching occupation left out.)
    if (ranked?.ranking?.subject && TEACHING_RULED_OUT.test(normalizeWords(first.cleaned)))
      return { ...ranked, ranking: { ...ranked.ranking, excluding: { typed: "teaching", roleIds: teachingRoles() } } };
    if (ranked?.ranking?.subject || ranked?.ranking?.versus) return ranked;
    // ("no degree, 27, working retail. what jobs pay 50k+ without college?": jobs paying an amount, asked
    // in so many words; the member's field told is no worker to read.)
    if (first.roles.length === 0 && ranked?.ranking?.paysAtLeast && !ranked.ranking.standing && JOBS_ASKED_FOR.test(normalizeWords(first.cleaned)))
      return ranked;
    // ("is healthcare a good field": the field's outlook, unless its word names its worker, as "nursing" does.)
    const outlook = ranked?.ranking?.fieldOutlook ? ranked : null;
    if (ranked?.ranking?.field && !wayIn && !outlook && !SET_AGAINST.test(first.cleaned)) return ranked;
    // "I'm a barista. Nursing or dental hygiene?": the member's own job is where they start; the two
    // fields set side by side after it are the choice, read without it.
    // ("I'm an EMT, should I go paramedic or nursing?": the own job and one choice named, the other a field.)
    const own = first.roles.length === 1 || (first.roles.length === 2 && ownJobTyped(first.cleaned, first.roles[0]!.typed)) ? first.roles[0]! : null;
    // ("im an hvac tech rn, would switching to electrician be a step up or step down": no choice set against it.)
    const withoutOwn = own && setAgainst(first.cleaned) && ownJobTyped(first.cleaned, own.typed) ? cutPhrase(first.cleaned, own.typed) : null;
    if (withoutOwn !== null) {
      const choice = parseWithFields(withoutOwn);
      if (choice.roles.length >= 2) return { ...choice, text, cleaned: first.cleaned };
    }
    // "im an ma making 17/hr, want to make more without 4 years of school. ideas?", "pharm tech making
    // 18/hr, what should i do next": the member's pay told and where to go from it asked.
    const nextStep = own && mayRank ? nextStepFromOwnPay(first, own) : null;
    if (nextStep) return { ...nextStep, text };
    // "im a line cook making 16/hr, what trade should i learn to make more": the member's own job told,
    // then a field's best jobs (or those paying more than they make) asked for.
    if (own && mayRank && ownJobTyped(first.cleaned, own.typed)) {
      // ("working as a lab tech making 40k, how do I make more": "tech" in the member's own title names no field.)
      const asked = rankedQuestion({ ...first, cleaned: cutPhrase(first.cleaned, own.typed) ?? first.cleaned, roles: [] });
      const ranking = asked?.ranking;
      // ("i make 18 an hour as a cashier, what jobs pay more without college": over every occupation, paid
      // more than that, when jobs are asked for; "… making 40k, how do i make more" is where 40k falls.)
      const jobsPayingMore = ranking?.paysAtLeast !== undefined && JOBS_ASKED_FOR.test(normalizeWords(first.cleaned));
      // ("been a server 6 years, burnt out. what office jobs could i get without a degree": a field's best paid.)
      if (
        (ranking?.field || jobsPayingMore) &&
        !ranking.fieldOutlook &&
        !ranking.versus &&
        (ranking.measure === "overall" || ranking.paysAtLeast || (ranking.measure === "pay" && ranking.maxEducation))
      )
        return { ...asked!, text };
    }
    // ("is construction a good career": the field judged, not its laborers.)
    if (first.roles.length > 0) {
      if (outlook) return outlook;
      if (!secondAsField(first)) return first;
    }
    // Only what the member wrote is rewritten: never quoted lines or code.
    const found = bestRewrite(first.cleaned, first);
    if (!found || ((wayIn || outlook) && found.parsed.roles.length === 0)) return ranked ?? first;
    // ("is manufacturing a good career", "is factory a good career": a catch-all ("Managers, All Other")
    // or a one-word typo's reading is no worker to prefer to the field judged; "grpahic design" is one.)
    const misread = (r: RoleMention) => (r.confidence < 1 && !r.typed.includes(" ")) || isCatchAllTitle(index.knowledge.getRole(r.roleId)?.title ?? "");
    if (outlook && found.parsed.roles.some(misread)) return outlook;
    // "is data science worth it compared to software engineering": both roles named as fields.
    const both = secondAsField(found.parsed) ? bestRewrite(found.text, found.parsed) : null;
    return { ...(both ?? found).parsed, text, cleaned: first.cleaned };
  }

  /**
   * "which trade pays the most", "highest paying healthcare job without a degree": no role named (or
   * only a broad word), but occupations to rank by pay, openings or growth. Only over the import.
   */
  function rankedQuestion(first: ParsedQuestion): ParsedQuestion | null {
    // A ranking is asked in a line or two; a long message is a story around some other question.
    if (!index.knowledge.imported || first.cleaned.length > MAX_RANKING_LENGTH) return null;
    const notTitles = first.unknownRoles.every((u) => isBroadRoleWord(u) || MEASURE_WORDS.test(u));
    // ("what type of nurse makes the most": the kinds of the role named; "a marine biology degree": a
    // title inside the subject of study.)
    const inSubject = (typed: string) => {
      const named = degreeSubject(first.cleaned)?.named;
      return named !== undefined && ` ${named} `.includes(` ${normalizeWords(typed)} `);
    };
    if (!first.roles.every((r) => namesField(r.typed) || asksKindsOf(first.cleaned, r.typed) || inSubject(r.typed)) || !notTitles) return null;
    // ("is construction a good career": the field's bare word, read as its laborers, is the field judged.)
    const ranking = rankRequest(
      first.cleaned,
      first.roles.some((r) => !namesFieldNotWorker(r.typed)),
    );
    return ranking ? rankingQuestion(first, ranking) : null;
  }

  /** The question read as `ranking` asks. */
  function rankingQuestion(first: ParsedQuestion, ranking: RankRequest): ParsedQuestion {
    const { text, cleaned, payPeriod } = first;
    // ("is healthcare a good field": its prospects, asked yes or no.)
    // ("what's the average salary in the us": pay, over the occupations employing the most.)
    const topic = ranking.fieldOutlook ? "prospects" : ranking.middlePay ? "pay" : RANKING_TOPICS[ranking.measure];
    // ("highest paying jobs in canada": ranked on the US figures, which the answer says.)
    const place = namedPlace(cleaned);
    return {
      text,
      cleaned,
      intent: "compare",
      roles: [],
      // Rated rankings show what the jobs are: the environment cards have nothing on stress or physical work, the duties nothing on introverts.
      aspect: RATED_RANK_MEASURES.has(ranking.measure) ? "overview" : TOPIC_ASPECTS[topic],
      unknownRoles: [],
      suggestions: [],
      confidence: 1,
      tier: "exact",
      kind: ranking.fieldOutlook ? (first.kind ?? "yes-no") : "which",
      topic,
      ranking,
      ...(payPeriod ? { payPeriod } : {}),
      ...(place && !place.startsWith("each ") ? { place } : {}),
    };
  }

  /**
   * The jobs paid more than the member's own pay, within the schooling they allow, best paid first (a
   * health worker's among healthcare jobs, where such moves are made), when the message tells the job
   * and its pay and asks what next; or null.
   */
  function nextStepFromOwnPay(first: ParsedQuestion, own: RoleMention): ParsedQuestion | null {
    const words = normalizeWords(first.cleaned);
    // (More pay or a schooling limit asked: "been a teller making 38k, what's next" asks for the moves
    // its workers make, which the closest occupations answer.)
    const limit = schoolingLimit(words);
    if (!NEXT_STEP_ASKED.test(words) || (!MORE_PAY_ASKED.test(words) && limit === null)) return null;
    // ("phlebotomist making 19 an hour, …": the title opening the message, its pay right after.)
    const told = ownJobTyped(first.cleaned, own.typed) || (words.startsWith(own.typed) && OWN_PAY_AFTER.test(words.slice(own.typed.length)));
    const pay = told ? askedPayAmount(first.cleaned) : null;
    if (!pay) return null;
    const field = HEALTHCARE.codes.some((code) => own.roleId.startsWith(code)) ? HEALTHCARE : null;
    // (With no schooling limit said, short of graduate school: a pharmacy technician's next step is no surgeon's.)
    const maxEducation = limit ?? "bachelor";
    return rankingQuestion({ ...first, roles: [] }, { measure: "pay", field, maxEducation, paysAtLeast: pay });
  }

  /** Every teaching occupation: postsecondary, school and other teachers and instructors (SOC 25-1, 25-2, 25-3). Made once. */
  let teaching: string[] | null = null;
  function teachingRoles(): string[] {
    return (teaching ??= index.knowledge.roleList.filter((r) => r.code !== null && TEACHING_CODES.test(r.code)).map((r) => r.id));
  }

  /** The role right after words that rule it out ("not as a teacher", "besides electrician"), with every role of its title. */
  function ruledOutRoles(cleaned: string): NonNullable<RankRequest["excluding"]> | null {
    const words = normalizeWords(cleaned);
    for (const found of words.matchAll(RULED_OUT)) {
      const view = toTokenView(words.slice(found.index + found[0].length));
      const first = findRoleMentions(index, view)[0];
      if (first?.start !== 0) continue;
      // "not as a teacher": every occupation with the title, not only the likeliest.
      return { typed: first.typed, roleIds: [first.roleId, ...(index.nameOf(view.tokens, first.start, first.end)?.alternatives ?? [])] };
    }
    return null;
  }

  /** "is data science worth it compared to software engineering": one role named, the other maybe as a field. */
  function secondAsField(parsed: ParsedQuestion): boolean {
    // "hvac tech vs hvac installer": two titles of the one role named are both taken already.
    if (parsed.roles[0]?.alsoTyped?.length) return false;
    // ("software dev vs data scientist vs cybersecurity": a third beside two.)
    if (parsed.roles.length >= 2) return parsed.roles.length < MAX_ROLES && parsed.intent !== "none" && setsWorkFieldBeside(parsed.cleaned);
    return (
      parsed.roles.length === 1 &&
      parsed.intent !== "none" &&
      (hasPairingWord(parsed.cleaned) ||
        listedBeforeRole(parsed.cleaned, parsed.roles[0]!.typed) ||
        opensMove(parsed) ||
        ownJobTyped(parsed.cleaned, parsed.roles[0]!.typed) ||
        WANTS_INSTEAD.test(normalizeWords(parsed.cleaned)) ||
        tellsOwnWork(normalizeWords(parsed.cleaned)))
    );
  }

  /** "ems to nursing, is it worth it": the one role named opens the message, right before "to" or "into". */
  function opensMove(parsed: ParsedQuestion): boolean {
    const { typed, start } = parsed.roles[0]!;
    return start === 0 && parsed.cleaned.toLowerCase().startsWith(typed) && MOVE_AFTER_ROLE.test(parsed.cleaned.slice(typed.length));
  }

  /** The best reading with one field noun rewritten as a title; beside a named role it must add a second role. */
  function bestRewrite(text: string, base: ParsedQuestion): { text: string; parsed: ParsedQuestion } | null {
    const named = base.roles.map((r) => r.roleId);
    // An exact title beats one read through a typo ("manager" over "manageer" from "management").
    let best: { text: string; parsed: ParsedQuestion } | null = null;
    // "is engineering a good career": a field whose worker is a broad word asks which one, if nothing better.
    let broad: { text: string; parsed: ParsedQuestion } | null = null;
    const ownJob = base.roles.length === 1 && ownJobTyped(base.cleaned, base.roles[0]!.typed);
    const originalWords = normalizeWords(text).split(" ");
    const moveOnly = base.roles.length === 0 && cuedOnlyAsMove(text);
    for (const rewritten of fieldNounRewrites(withFieldTyposFixed(text, base.roles), base.roles.at(-1)?.typed, ownJob)) {
      const again = parse(rewritten);
      if (!named.length && again.intent === "unknown" && again.unknownRoles.length === 1 && isBroadRoleWord(again.unknownRoles[0]!))
        broad ??= { text: rewritten, parsed: again };
      if (again.roles.length === 0 || again.intent === "none" || again.tier === "weak") continue;
      // ("retail to admin assistant": a move from a field needs the job moved to; "retail to go" names none.)
      if (again.roles.length < 2 && moveOnly && (again.roles[0]?.start ?? 0) <= 1 && !WORK_NAMED.test(normalizeWords(rewritten))) continue;
      // ("short training programs high pay": "trainor", a rule's worker for the word "training", read
      // through a slip as a trainer; a slip the member made, "bartneding", may carry into its worker.)
      if (again.roles.some((r) => r.confidence < 1 && slipOfSettledWord(r.typed, originalWords))) continue;
      // Beside roles named, the field is one more of them.
      if (named.length && !(again.roles.length > named.length && named.every((id) => again.roles.some((r) => r.roleId === id)))) continue;
      if (!best || again.confidence > best.parsed.confidence) best = { text: rewritten, parsed: again };
      if (again.confidence === 1) break;
    }
    // ("i want to manage a restaurant", "a manager at a hotel": the place managed names its manager.)
    if (!best && !named.length) {
      const managed = managedPlaceRewrite(normalizeWords(text), (phrase) => index.names.has(phrase));
      const again = managed ? parse(managed) : null;
      if (managed && again && again.roles.length > 0 && again.intent !== "none" && again.tier !== "weak") best = { text: managed, parsed: again };
    }
    return best ?? broad;
  }

  /** Whether `word` is in no title, is no everyday word, and is no slip of a title word within `slipEdits` letters. */
  function isUnlistedWord(word: string, slipEdits: number): boolean {
    if (KNOWN_WORDS.has(word) || index.isNameWord(word)) return false;
    const slip = index.correct(word);
    return slip === null || slip.distance > slipEdits;
  }

  /** Whether a word a job frame read as a title's last is none the titles have, no everyday word and no one-letter slip of either. */
  function jobFrameTitle(word: string): boolean {
    return isUnlistedWord(word, 1);
  }

  /**
   * "can asmr artists make a living", "how do i become a tiktok creator": a one-word title after a word
   * no title, no everyday word and no slip of either is made of. The phrase is a title the data does not
   * have, said as unknown, not the broad occupation of its last word (Fine Artists).
   */
  function isInventedKind(m: RoleMention, all: readonly RoleMention[], tokens: readonly string[], clause: readonly number[]): boolean {
    if (!wholeTitleSet || m.end - m.start !== 1 || m.start === 0 || clause[m.start - 1] !== clause[m.start]) return false;
    // (Short titles are chat's letters as often, "outlook rn"; an everyday word's kind is a thing's, "nvidia driver".)
    const word = tokens[m.start]!;
    if (word.length <= MAX_ABBREVIATION || EVERYDAY_TITLE_WORDS.has(word)) return false;
    const before = tokens[m.start - 1]!;
    if (before.length < MIN_INVENTED_WORD || !LETTERS_ONLY.test(before) || STOPWORDS.has(before)) return false;
    // ("become electrician", "a retired lineman", "mate of mine reckons sparkies": a verb or a participle, not a kind of the work.)
    if (VERB_LIKE_ENDING.test(before) || BEFORE_A_TITLE_VERBS.has(before)) return false;
    // (The phrase opens its clause or follows an article, an auxiliary or "become": "can asmr artists", "a tiktok creator", "become asmr artists".)
    const opener = tokens[m.start - 2];
    if (
      opener !== undefined &&
      clause[m.start - 2] === clause[m.start] &&
      !ARTICLES.has(opener) &&
      !AUXILIARY_STARTS.has(opener) &&
      !BECOMING_WORDS.has(opener)
    )
      return false;
    if (all.some((o) => o !== m && o.start < m.start && o.end >= m.start)) return false;
    // ("walmart cashier pay": an employer's name, not a kind of cashier.)
    return isUnlistedWord(before, Infinity) && namedEmployer(before) === null;
  }

  /**
   * Whether a title read from a rewrite has a word the rewrite made (not typed) that is itself a slip,
   * made from a word the member spelled right: "partist" of "party", "trainor" of "training".
   */
  function slipOfSettledWord(typed: string, originalWords: readonly string[]): boolean {
    return normalizeWords(typed)
      .split(" ")
      .some((word) => {
        if (originalWords.includes(word) || index.correct(word) === null) return false;
        const source = originalWords.find((w) => w.slice(0, STEM_PREFIX) === word.slice(0, STEM_PREFIX));
        return source !== undefined && index.isSettled(source);
      });
  }

  /**
   * "is nusring a good career", "acounting vs finance": a slip in a field noun, corrected (one letter
   * left out, added or swapped, to a word of the titles' vocabulary that is a field noun), so that its
   * worker can be read.
   */
  function withFieldTyposFixed(text: string, named: readonly RoleMention[]): string {
    // A long message gets no rewrite: its words are not looked up for one.
    if (!shortEnoughToRewrite(text)) return text;
    let fixed = text;
    // The roles already read keep their words as typed: the rewrite finds them there.
    const typedWords = new Set(named.flatMap((r) => normalizeWords(r.typed).split(" ")));
    for (const word of new Set(normalizeWords(text).split(" "))) {
      // (Not "is the word a field noun" first: the -ing rules make "nusring" one.)
      if (word.length < MIN_FIELD_TYPO_LENGTH || typedWords.has(word) || EVERYDAY_ING.has(word)) continue;
      const fix = index.correct(word);
      // ("traniing" is training, an aspect's word, not a trainer's field.)
      if (fix && oneSlipNoSubstitution(word, fix.word) && isFieldNoun(fix.word) && !aspects.phrases.has(fix.word))
        fixed = fixed.replace(new RegExp(`\\b${word.replace(PATTERN_SIGNS, "\\$&")}\\b`, "gi"), fix.word);
    }
    return fixed;
  }

  /**
   * "do you need a cdl to drive a dump truck", "do hvac techs need epa 608": a licence or certificate
   * named by its letters and asked as needed is the credential topic (the data lists none), whatever
   * role the letters were read as ("cdl" names the truck driver, so the reading inside has lost it).
   */
  function withNamedCredential(text: string, parsed: ParsedQuestion): ParsedQuestion {
    if (parsed.roles.length !== 1 || parsed.aspect !== "requirements" || parsed.topic === "credential") return parsed;
    return asksNamedCredential(text) ? { ...parsed, topic: "credential" } : parsed;
  }

  const descriptions = new DescriptionIndex(index.knowledge);

  /**
   * "the people who fix elevators, how much do they make": a job described, not named, read as the
   * occupation whose own words the description uses most, with the next ones as alternatives; the
   * answer says how it was read. Null where nothing fits or nothing is asked of it.
   */
  function describedQuestion(text: string, described: Description, setAgainstNamed = false): ParsedQuestion | null {
    // (Asked: a mark or a question word outside the description; "people who cut hair are so chatty" is chat.)
    // (Or the description alone, as a title alone is asked: "people who climb wind turbines to fix them".)
    const rest = text.toLowerCase().replace(described.phrase, " ");
    // (Or set against a job named: "electrician vs the people who fix elevators".)
    if (!setAgainstNamed && !DESCRIPTION_ASKED.test(rest) && !/^\s*who\b/i.test(text) && /[a-z]/.test(rest)) return null;
    const [best, ...others] = descriptions.match(described.clause);
    if (!best) return null;
    // Answered outright only where every word is the occupation's and no other comes near (a single
    // doing word, in its title: "people who embalm"); otherwise asked which of the likeliest it is.
    // (Its own title's words make a reading surer: "hang drywall", "deals cards"; without them the lead must be wide.)
    const lead = others.length === 0 ? Infinity : best.score / others[0]!.score;
    const clear = best.coverage === 1 && best.score >= CLEAR_SCORE && (best.inTitle ? lead >= CLEAR_DESCRIPTION : lead >= CLEAR_UNTITLED && best.words > 1);
    // (Not clear: asked which, as a title several occupations share is; neither, and the question is not read again.)
    const tossUp = !clear && others.length > 0 && best.score >= ASK_SCORE;
    if (!clear && !tossUp) return null;
    // The question read with a plain title standing in for the description ("… fix elevators, how much
    // do they make" as "… accountant, how much do they make"), then the occupation put in its place:
    // occupations' own titles ("Correctional Officer or Jailer") would read as two.
    // ("what do you call the people who draw blood": the job's name asked, which its overview gives.)
    const named = parseWithFields(text.toLowerCase().replace(described.phrase, ` ${STAND_IN} `));
    const read = named.intent === "none" && (NAME_ASKED.test(rest) || !/[a-z]/.test(rest)) ? parseWithFields(STAND_IN) : named;
    const at = read.roles.findIndex((r) => r.roleId === STAND_IN_ID);
    if (at === -1 || read.intent === "none") return null;
    // Close runners-up are named beside it, to switch to ("Interpreted … as …, also: …").
    const close = (clear ? others.filter((o) => o.score >= best.score * CLOSE_DESCRIPTION) : others).map((o) => o.id);
    const typed = described.phrase.replace(/^(the|a|an) /, "");
    const roles = read.roles.map((r, i) =>
      i === at
        ? { ...r, roleId: best.id, typed, confidence: DESCRIBED_CONFIDENCE, ...(close.length ? { alternatives: close } : {}), ...(tossUp ? { tossUp } : {}) }
        : r,
    );
    return {
      ...read,
      text,
      roles,
      confidence: Math.min(read.confidence, DESCRIBED_CONFIDENCE),
      tier: tierFor(Math.min(read.confidence, DESCRIBED_CONFIDENCE)),
    };
  }

  /**
   * Whether a long post's asking sentences, read alone, name what the whole post's reading lost: two or
   * more roles compared where the story crowded one out or added its own (a partner's job, a past one),
   * or jobs ranked where the whole reading profiled a job from the story. A move keeps the member's job
   * the story names ("i'm a cna … should i do rn or lpn" stays the whole reading when it is a path).
   */
  function asksBeyondTheStory(whole: ParsedQuestion, focused: ParsedQuestion): boolean {
    if (focused.tier === "weak" || focused.intent === "none") return false;
    const ids = (p: ParsedQuestion) => new Set(p.roles.map((r) => r.roleId));
    const [inWhole, inFocus] = [ids(whole), ids(focused)];
    if (focused.intent === "compare" && focused.roles.length >= 2) {
      // (A role the whole reading has by a longer name is no loss: "911 dispatcher" in the story, "dispatcher" asked.)
      const typedInWhole = whole.roles.flatMap((r) => [r.typed, ...(r.alsoTyped ?? [])]);
      const lost = focused.roles.some((r) => !inWhole.has(r.roleId) && !typedInWhole.some((t) => t.includes(r.typed)));
      const added = [...inWhole].some((id) => !inFocus.has(id));
      return lost || (added && whole.kind !== "path");
    }
    // ("… my counselor keeps pushing community college … do plumbers actually make good money or is that
    // just hype?": the one job asked about, which the story's jobs crowded out of the whole reading.)
    if (focused.intent === "profile" && focused.roles.length === 1 && !focused.ranking) {
      const asked = focused.roles[0]!;
      if (!inWhole.has(asked.roleId)) return !whole.roles.some((r) => [r.typed, ...(r.alsoTyped ?? [])].some((t) => t.includes(asked.typed)));
      // ("… some 3d modeling in blender … whats the actual pay for a video game designer in the us?": the
      // one job asked about, not the story's jobs set beside it; "would i make more" compares, and keeps them.)
      // (A move read from the story gives way to what is asked of the job that does not depend on where the
      // member starts: "… been bartending 9 years … what does a dental hygienist do all day?".)
      const startsNothing = focused.kind !== "path" && focused.aspect !== "career" && focused.aspect !== "requirements";
      // (One job asked and "or": "are developers at risk from AI, or is this just doomer talk" sets nothing against it.)
      return whole.intent === "compare" && (whole.kind !== "path" || startsNothing) && !SETS_AGAINST.test(normalizeWords(focused.cleaned));
    }
    return focused.ranking !== undefined && whole.ranking === undefined && whole.intent !== "compare" && ![...inWhole].some((id) => inFocus.has(id));
  }

  /**
   * Whether a post read without its sentences about someone else asks of its own jobs: it names one,
   * the story's job is among those it loses, nothing left points back at it ("should i do that too"),
   * and its last sentence, the question, sets no job against another.
   */
  function asksBesideTheirJob(whole: ParsedQuestion, told: ParsedQuestion): boolean {
    if (told.tier === "weak" || told.intent === "none" || told.roles.length === 0) return false;
    if (!whole.roles.some((r) => !told.roles.some((o) => o.roleId === r.roleId))) return false;
    if (POINTS_AT_THEIR_JOB.test(normalizeWords(told.cleaned))) return false;
    // ("my wife is a nurse. i'm a welder. who makes more?": the question sets the story's job against another.)
    return !(told.roles.length < 2 && SETS_AGAINST.test(normalizeWords(splitSentences(told.cleaned).at(-1) ?? "")));
  }

  /**
   * "I'm a nurse. What does a plumber make?", "im a bartender, what does a dental hygienist do all day":
   * the member's own job told first, then another job's pay, duties or days asked, with nothing setting
   * the two against each other: the job asked about, read alone. A move ("how do i become a plumber"),
   * a comparison ("would i make more") or a pointer back ("do that too") keeps both jobs.
   * (So does what it takes to get there, or where it leads from there, unless it is a yes or no of the
   * job itself: "line cook for ten years. do you need a license to be an hvac tech?".)
   */
  function askedBesideOwnJob(text: string, whole: ParsedQuestion): ParsedQuestion | null {
    if (whole.intent !== "compare" || whole.roles.length !== 2 || whole.kind === "which" || whole.ranking) return null;
    const [own, other] = whole.roles as [RoleMention, RoleMention];
    if (!toldOwnJob(whole.cleaned, normalizeWords(own.typed))) return null;
    for (const asked of askedAfterOwnJob(splitSentences(text), own, other)) {
      const words = normalizeWords(asked);
      if (COMPARING_WORDS.test(words.replace(ONE_JOB_OR, "")) || POINTS_AT_THEIR_JOB.test(words) || OWN_WORK_NAMED.test(words)) return null;
      // ("I'm a career coach. A client in her fifties wants to become a realtor - how does she get licensed?":
      // someone else's move, asked by the member for them; the member's own job is no part of it.)
      const forSomeoneElse = opensAboutSomeoneElse(asked);
      if (!forSomeoneElse && MOVE_WEIGHED.test(words.replace(CREDENTIAL_TO_BE, "$1").replace(JOB_ITSELF_WORTH, ""))) return null;
      // ("… thinking about becoming a court reporter. Is it a work-from-home kind of job?": the job the telling names, asked about.)
      const named = whole.roles.some((r) => words.includes(r.typed)) ? asked : `${other.typed}: ${asked}`;
      const told = withNamedCredential(named, parseWithFields(named));
      if (told.intent !== "profile" || told.roles.length !== 1 || told.roles[0]!.roleId !== other.roleId || told.ranking) continue;
      if (forSomeoneElse) return { ...told, text };
      if (told.kind === "path") continue;
      const startsNothing =
        (told.aspect !== "career" && told.aspect !== "requirements") ||
        (told.aspect === "requirements" && told.kind === "yes-no") ||
        // ("ex-teacher, now a paralegal. where does a paralegal career usually lead?": where the job named leads,
        // not "what's the next step to office manager".)
        (told.aspect === "career" && told.kind === "facts" && words.includes(other.typed) && LEADS_ON.test(words));
      return startsNothing ? { ...told, text } : null;
    }
    return null;
  }

  /**
   * Where the question after the member's own job may begin: the sentences after the one that tells the
   * job, or, where that one names the other job too, the sentences after it first, then the words after
   * its comma ("im a bartender, what does a dental hygienist do"), then after its last comma ("ex-chef
   * looking at becoming a dietitian, what does it pay?"). None where the first sentence does not tell it.
   */
  function askedAfterOwnJob(sentences: readonly string[], own: RoleMention, other: RoleMention): string[] {
    const first = sentences[0] ?? "";
    const telling = normalizeWords(first);
    // ("long-haul trucker": the titles as the sentence's words have them.)
    const ownTyped = normalizeWords(own.typed);
    const otherTyped = normalizeWords(other.typed);
    if (!telling.includes(ownTyped)) return [];
    const rest = sentences.slice(1).join(" ");
    if (!telling.includes(otherTyped)) return rest.trim() ? [rest] : [];
    const found: string[] = rest.trim() ? [rest] : [];
    // ("i've been a patrol cop for 14 years — what's …": a dash or a colon breaks the sentence as a comma does.)
    const breaks = [...first.matchAll(CLAUSE_BREAKS)];
    const comma = breaks[0];
    if (comma && comma.index > 0 && !normalizeWords(first.slice(0, comma.index)).includes(otherTyped))
      found.push([first.slice(comma.index + comma[0].length), rest].join(" "));
    const last = breaks.at(-1);
    const tail = last ? first.slice(last.index + last[0].length) : first;
    const tailWords = normalizeWords(tail);
    if (last && last.index > 0 && !rest.trim() && !tailWords.includes(otherTyped) && !tailWords.includes(ownTyped) && PRONOUN_BACK.test(tailWords))
      found.push(tail);
    return found.filter((s) => s.trim());
  }

  /**
   * "My teacher said court reporting is a dying job. Is that true?": the only role read is someone in the
   * member's life who said something about work; what they said is read without them, and preferred
   * where it names a job of its own.
   */
  function withoutSpeaker(text: string, whole: ParsedQuestion): ParsedQuestion | null {
    const speaker = REPORTED_BY.exec(text);
    if (!speaker || normalizeWords(speaker[1]!) !== whole.roles[0]!.typed) return null;
    const said = (text.slice(0, speaker.index) + text.slice(speaker.index + speaker[0].length).replace(/^\s*(that\b)?/i, " ")).trim();
    const read = parseWithFields(said);
    return read.roles.length > 0 && read.intent !== "none" && read.tier !== "weak" && !read.roles.some((r) => r.roleId === whole.roles[0]!.roleId)
      ? { ...read, text }
      : null;
  }

  /** What the asking sentences ask (topic, aspect, kind) where they name the whole reading's roles and ask something else of them; else nothing. */
  function askedOfTheSameRoles(whole: ParsedQuestion, focused: ParsedQuestion): Partial<ParsedQuestion> {
    // (A curated role and the occupation it is written from are one job: "accountant" and 13-2011.00.)
    const code = (id: string) => index.knowledge.getRole(id)?.code ?? id;
    const same = (a: ParsedQuestion, b: ParsedQuestion) =>
      a.roles.length === b.roles.length && a.roles.every((r) => b.roles.some((o) => o.roleId === r.roleId || code(o.roleId) === code(r.roleId)));
    if (focused.tier === "weak" || focused.intent !== whole.intent || !focused.topic || !same(whole, focused)) return {};
    if (focused.topic !== whole.topic) return { topic: focused.topic, aspect: focused.aspect, ...(focused.kind ? { kind: focused.kind } : {}) };
    // ("… Who's right? Is accounting actually a dying career?": the story's topic, asked of another aspect; a
    // verdict, a path or a yes or no the whole post asks stays, as its asking sentences may lose what it weighs.)
    // ("… which one is easier to break into without a 4 year degree?": alone, a way in; in the post, a verdict on what it takes.)
    // ("… another friend moved into food service management … Comparing line cooks, bakers and food service
    // managers, which has the best work-life balance?": a verdict asked of every role the post names, not the story's move.)
    const verdictAsked = whole.kind === "path" && focused.kind === "which" && focused.roles.length >= 2 ? { kind: focused.kind } : {};
    if (focused.aspect === whole.aspect || (focused.kind === "path" && whole.kind !== "path")) return verdictAsked;
    return { aspect: focused.aspect, ...(whole.kind === "facts" && focused.kind ? { kind: focused.kind } : verdictAsked) };
  }

  /**
   * A long post whose asking sentences want other work for the member ("what jobs would fit someone like
   * me", "what else could i do") and whose story names a job as the member's own: where that job
   * leads, as "bank teller here, what jobs can i get" reads it.
   */
  function wantsOtherWork(part: string, whole: ParsedQuestion): ParsedQuestion | null {
    if (whole.intent === "none" || whole.roles.length === 0 || !OTHER_WORK_ASKED.test(normalizeWords(part))) return null;
    // (The story's other jobs, a foreman or an owner, are no answer to what the member could do.)
    const own = whole.roles.find((r) => ownJobTyped(whole.cleaned, r.typed));
    if (!own) return null;
    const read = parseWithFields(`${own.typed} here, what jobs can i get`);
    return read.roles.length === 1 && read.roles[0]!.roleId === own.roleId && read.aspect === "career" ? read : null;
  }

  /** Set while a follow-up is parsed (see isUnframedEverydayWord); the parser runs one message at a time. */
  let followingUp = false;
  const parseMessage: QuestionParser["parse"] = (text, options = {}) => {
    followingUp = options.followingUp === true;
    try {
      // ("what does cna stand for": the title read as "what is a cna" reads it, its letters spelled out after.)
      const meaning = askedMeaning(text);
      if (meaning) {
        const asked = parseWithFields(`what is a ${meaning}`);
        if (asked.roles.length === 1 && asked.intent === "profile") return { ...asked, text, asksMeaning: true };
      }
      // ("honestly just need to vent … thanks for letting me dump this here": the member is heard, not answered.)
      if (isVentingPost(normalizeWords(text), text.includes("?"))) return heardNotAsked(text);
      const whole = withNamedCredential(text, parseWithFields(text));
      // ("had the weirdest dream that i was a pilot, a chef and a lawyer … happy monday everyone": told, nothing
      // asked; "… so yeah. lpn to rn bridge, how long does it take" asks in its last sentence.)
      if (
        whole.intent !== "none" &&
        !whole.ranking &&
        toldNotAsked(
          text,
          whole.roles.map((r) => r.typed),
        )
      )
        return heardNotAsked(text);
      // (A long post's asking sentences, read alone: preferred where they name what its story crowded out.)
      const marked = markedQuestionPart(text);
      const part = questionPart(text, marked);
      const focused = part === null ? null : withNamedCredential(part, parseWithFields(part));
      if (part !== null && focused !== null) {
        if (asksBeyondTheStory(whole, focused)) return focused;
        // ("… **Do I need a bachelor's to become a warehouse manager**, or can people work their way up? Also
        // curious what it pays": the question the member marked, in bold or after "My question:", is the one answered.)
        if (focused.roles.length > 0 && focused.intent !== "none" && part === marked) return focused;
        // ("… before that I was a bank teller … What kinds of jobs would fit someone like me?": where the member's job leads.)
        const leadsOn = focused.roles.length === 0 ? wantsOtherWork(part, whole) : null;
        if (leadsOn) return leadsOn;
      }
      // ("my dad was a machinist … what do floral designers make?": a short post read without its sentences about someone else's job.)
      // (A long post's too, where its asking sentences name no job of their own: "… Which one has better prospects?".)
      const untold = (part === null || focused?.roles.length === 0) && whole.roles.length > 0 ? withoutOthersStory(text) : null;
      if (untold !== null) {
        const told = withNamedCredential(untold, parseWithFields(untold));
        if (asksBesideTheirJob(whole, told)) return told;
      }
      // ("My teacher said court reporting is a dying job. Is that true?": the one who said it is no job asked about.)
      const reported = whole.roles.length === 1 ? withoutSpeaker(text, whole) : null;
      if (reported) return reported;
      // ("I'm a nurse. What does a plumber make?": the member's job told, another job's pay asked of it alone.)
      const besideOwn = part === null ? askedBesideOwnJob(text, whole) : null;
      if (besideOwn) return besideOwn;
      // (The asking sentences travel with the whole reading: the answer's leads read them, not the story.)
      // ("… can someone tell me what the job outlook actually looks like for software developers vs doctors":
      // the same jobs as the story's, but what is asked of them is the asking sentences'.)
      const read = part === null || focused === null ? whole : { ...whole, ...askedOfTheSameRoles(whole, focused), askingPart: part };
      // ("been driving 6 years … about 78k with OT … how do you get into being a crane operator": an amount
      // the story tells, not one the asking sentences ask about, places nothing in the job's pay.)
      const parsed = read.payAmount && focused && !focused.payAmount ? { ...read, payAmount: undefined } : read;
      // ("whoever reads x-rays, what do they earn": no title named, a job described; only then is the description looked up.)
      // ("the guy who runs a construction site": a field's worker read from the description's words is no title named.)
      const named = parsed.roles.length > 0 && parsed.roles.some((r) => text.toLowerCase().includes(r.typed));
      const described = !named && !parsed.ranking && !options.followingUp ? describedJob(text) : null;
      // (A description nothing fits is no request for help or the list: "… who help you breathe".)
      if (described)
        return describedQuestion(text, described) ?? (parsed.intent === "help" || parsed.intent === "list" ? { ...parsed, intent: "none" } : parsed);
      // ("people who guard prisons vs regular cops, salary?": a job described set against one named; both compared, not the named one alone.)
      // (Only beside a title named: without one, the description was looked up above and fitted nothing.)
      const against = named && parsed.roles.length === 1 && !parsed.ranking && !options.followingUp && DESCRIBED_AGAINST.test(text) ? describedJob(text) : null;
      // ("who works more with people, hr or accounting": a question about the roles, not a job described.)
      const both =
        against && !against.phrase.includes(parsed.roles[0]!.typed) && !/^who\b/.test(against.phrase) ? describedQuestion(text, against, true) : null;
      if (both?.intent === "compare" && new Set(both.roles.map((r) => r.roleId)).size === 2) return both;
      return parsed.roles.length >= 2 && setsPayAside(text) ? { ...parsed, payAside: true } : parsed;
    } finally {
      followingUp = false;
    }
  };
  // (The description index last: its build, about 0.2 s, was the wait of the first member to describe a job.)
  // ("pharmacy tech is the goal. how do i go from cashier to pharmacy tech": the move starts where it says it does.)
  const parseInOrder: QuestionParser["parse"] = (text, options) => withMoveInOrder(parseMessage(text, options));
  return { parse: parseInOrder, index, warmUpSteps: () => [...index.warmUpSteps(), () => descriptions.warmUp()] };
}
