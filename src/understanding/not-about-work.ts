// Messages that name a job but ask nothing of the work: someone the member deals with ("how much do i
// tip the mail carrier", "should i call an electrician"), one particular person ("the accountant's
// number", "did the recruiter call you back"), a strike, a price ("how much does a plumber charge to
// fix a toilet"), a member asked for ("anyone here a nurse?"), what someone may do to the member ("can
// a nurse tell if you vape?"), a fight ("who would win…") or a game ("a doctor in bitlife"). The bot
// stays out of these, as it does for chat.
import { PARTICULAR } from "./leaving-role.js";
import { POSSESSIVES } from "./lexicon.js";
import type { RoleMention } from "./types.js";
import { wordSet } from "./word-list.js";

/** What a service costs, asked: "charge", "cost". */
const PRICE_WORDS = wordSet("PRICE_WORDS", ["charge", "cost", "charging"]);
/** After "charge" or "cost", what a price is for: "charge to fix", "cost for a divorce". */
const PRICE_FOR = wordSet("PRICE_FOR", ["to", "for", "usually", "lol"]);
/** "how much is a lawyer for a dui": the question's opening before the title. */
const HOW_MUCH_IS = /^(how much (is|are|would|will|does|do)|what (is|does|do|would)( it)?)$/;
/** ...unless pay is named: "how much is a nurse paid for overtime". */
const PAY_WORDS_HERE = /\b(paid|pay|salary|wage|make|earn)\b/;
/** ...what members are asked about their work: "any nurses here? is it worth it". */
const WORK_ASKED_OF_MEMBERS = /\b(worth|pay|paid|salary|make|earn|school|stress|stressful|like it|hours)\b/;
/** "anyone here a nurse", "is there a nurse", "are there any electricians": asked of the channel. */
const MEMBER_ASKED_BEFORE =
  /^(anyone|anybody|any1|someone|is there|are there|are there any|any of you|any of yall|who|whos|who s)( here| in here| on here| online| in the chat| in chat)?( is)?$/;
/** After the title, what makes "is there a …" about the work: "a pilot shortage", "a nurse union". */
const ABOUT_THE_WORK_AFTER = wordSet("ABOUT_THE_WORK_AFTER", [
  "shortage",
  "surplus",
  "demand",
  "market",
  "union",
  "opening",
  "job",
  "position",
  "program",
  "school",
  "license",
  "certification",
  "exam",
  "course",
  "apprenticeship",
  "salary",
  "pay",
]);
/** "any electricians online?", "any nurses here?" */
const MEMBER_HERE = wordSet("MEMBER_HERE", ["here", "online", "around", "awake", "on"]);
/** "can a nurse tell…", "will a cop pull…". */
const MAY_DO = wordSet("MAY_DO", ["can", "could", "will", "would"]);
/**
 * ...what they may do to the member: see, tell, know, pull over, arrest, search, refuse. ("do practice
 * managers have to work weekends", "who does a director report to" ask about the work.)
 */
const TO_YOU_VERBS = wordSet("TO_YOU_VERBS", ["see", "tell", "know", "pull", "arrest", "search", "refuse", "check", "find", "detect", "look"]);
/** ...to the member, or whether: "you", "if", "whether", "my". */
const YOU_AFTER = wordSet("YOU_AFTER", ["you", "if", "whether", "my", "me"]);
/** "who would win, a firefighter or a lumberjack". */
const WHO_WOULD_WIN = /\bwho (would|will|d) win\b/;
/** Games whose classes and careers share job titles: "a doctor in bitlife", "a medic in overwatch". */
const GAME_NAMED =
  /\b(bitlife|minecraft|roblox|stardew|sims|runescape|osrs|terraria|skyrim|gta|fortnite|valorant|overwatch|warcraft|mario|zelda|pokemon|animal crossing|genshin|cyberpunk|rimworld|raid|dnd|d ?& ?d|elden ring|dark souls|baldur s gate|baldurs gate|bg3|diablo|final fantasy|witcher|fallout|palworld|apex legends)\b/;
/** Get-togethers: "happy hour", "potluck", "secret santa" (canonical tokens: singular). */
const GET_TOGETHER = /\b(happy hour|potluck|secret santa|baby shower|birthday party|holiday party|office party|team lunch|white elephant)\b/;
/** Pay asked beside a joke or clip: "…, also how much do nurses make". */
const PAY_TALK = /\b(how much|pay|pays|paid|earn|earns|make|makes)\b/;
/** Jokes and clips: "meme", "tiktok", "skit" (canonical tokens: singular). */
const MEDIA_NAMED =
  /\b(meme|tiktok|tik tok|skit|reel|shitpost|copypasta|gif|rewatching|rewatch|binge watching|favorite character|favourite character|fav character|season \d+|series finale|tv show)\b/;
/** Who a title says someone is to the member: "my photographer friend", "my nurse cousin". */
export const RELATIONS = wordSet("RELATIONS", [
  "friend",
  "buddy",
  "cousin",
  "brother",
  "sister",
  "mom",
  "dad",
  "wife",
  "husband",
  "boyfriend",
  "girlfriend",
  "bf",
  "gf",
  "roommate",
  "neighbor",
  "uncle",
  "aunt",
]);
/** A person's things asked for: "the accountant's number", "my recruiter's email". */
const PERSONAL_THINGS = wordSet("PERSONAL_THINGS", ["number", "phone", "email", "contact", "address", "office", "desk", "name", "info", "detail"]);
/** "did the recruiter call…", "has my nurse replied…": what one person did, asked. */
const ASKED_WHAT_ONE_DID = wordSet("ASKED_WHAT_ONE_DID", ["did", "has", "have", "will", "didnt", "hasnt"]);
/** ...by a verb of getting in touch or turning up. */
const CONTACT_VERBS = wordSet("CONTACT_VERBS", [
  "call",
  "text",
  "email",
  "reply",
  "respond",
  "answer",
  "get",
  "say",
  "tell",
  "show",
  "come",
  "message",
  "dm",
  "send",
]);
/** A strike of a job's workers: news, not the job. */
const STRIKE_WORDS = wordSet("STRIKE_WORDS", ["strike", "walkout"]);
/** Verbs of dealing with someone who serves the member: "tip the waiter", "thank the nurses", "call a plumber". */
const CUSTOMER_VERBS = wordSet("CUSTOMER_VERBS", ["tip", "tipping", "thank", "thanking", "call", "calling", "text", "texting", "sue", "suing"]);
/** What may stand between such a verb and the title: "the", "a", "my", "our". */
const DEALT_WITH_ARTICLES = wordSet("DEALT_WITH_ARTICLES", ["the", "a", "an", "my", "our", "your", "this", "that"]);
/** Words of a career question, which a verb of dealing with someone does not undo: "should i hire a recruiter to become a nurse". */
const CAREER_TALK = /\b(become|becoming|career|careers|job|jobs|salary|salaries|school|degree|training|work as|working as|hired as|get hired)\b/;

/**
 * Whether the message, with its roles and canonical tokens (`joined` is the tokens joined by spaces),
 * names a job only as someone dealt with, a price, a member, a game or the like, and asks nothing
 * of the work.
 */
export function notAboutWork(roles: readonly RoleMention[], tokens: readonly string[], joined: string): boolean {
  if (GAME_NAMED.test(joined)) return true;
  // ("the teacher vs student meme is so accurate", "that nurse tiktok lol": a joke or a clip, not a job.)
  // ("who's hosting the accountants' happy hour thing": a get-together, not work.)
  if ((MEDIA_NAMED.test(joined) || GET_TOGETHER.test(joined)) && !CAREER_TALK.test(joined) && !PAY_TALK.test(joined)) return true;
  if (CAREER_TALK.test(joined)) return false;
  if (WHO_WOULD_WIN.test(joined)) return true;
  if (roles.length !== 1) return false;
  const role = roles[0]!;
  return (
    dealtWithAsCustomer(role, tokens) ||
    particularPersonAsked(role, tokens) ||
    priceAsked(role, tokens, joined) ||
    (memberAsked(role, tokens) && !WORK_ASKED_OF_MEMBERS.test(joined)) ||
    doneToYou(role, tokens)
  );
}

/** "tip the mail carrier", "thank the paramedics", "call an electrician": a verb of dealing with someone, right before the title (and its article). */
function dealtWithAsCustomer(role: RoleMention, tokens: readonly string[]): boolean {
  return CUSTOMER_VERBS.has(tokens[wordBefore(role, tokens)] ?? "");
}

/** Where the word before the title stands, past an article or a possessive: "tip [the] mail carrier". */
function wordBefore(role: RoleMention, tokens: readonly string[]): number {
  return DEALT_WITH_ARTICLES.has(tokens[role.start - 1] ?? "") ? role.start - 2 : role.start - 1;
}

/** "the accountant's number", "did the recruiter call", "the truck driver strike": a particular person's things or doings, or a strike. */
function particularPersonAsked(role: RoleMention, tokens: readonly string[]): boolean {
  const before = tokens[role.start - 1] ?? "";
  const particular = PARTICULAR.has(before) || POSSESSIVES.has(before);
  if (STRIKE_WORDS.has(tokens[role.end] ?? "")) return true;
  // (The tokens drop the "'s": "the accountant number".)
  if (particular && PERSONAL_THINGS.has(tokens[role.end] ?? "")) return true;
  if (!particular) return false;
  // ("did the insurance adjuster ever call you back": an adverb may stand before the verb.)
  const verb = ONE_TIME_ADVERBS.has(tokens[role.end] ?? "") ? role.end + 1 : role.end;
  if (ASKED_WHAT_ONE_DID.has(tokens[role.start - 2] ?? "") && CONTACT_VERBS.has(tokens[verb] ?? "")) return true;
  // ("does the realtor need my signature", "is the loan officer still in the office today": one person's errand or whereabouts.)
  if ((tokens[role.end] === "need" && POSSESSIVES.has(tokens[role.end + 1] ?? "")) || tokens[role.end] === "still") return true;
  // ("the animator on that show deserves a raise", "the underwriter wants another bank statement": what one person deserves or wants.)
  // ("on that show": a preposition, a particular article and its noun, three words, then the verb.)
  const after = PLACE_PREPOSITIONS.has(tokens[role.end] ?? "") && PARTICULAR.has(tokens[role.end + 1] ?? "") ? role.end + 3 : role.end;
  return ONE_PERSON_DOINGS.has(tokens[after] ?? "");
}
/** "the chef on that show", "the nurse at my clinic": where one particular person works, before what they did. */
const PLACE_PREPOSITIONS = wordSet("PLACE_PREPOSITIONS", ["on", "at", "in", "from"]);
/** What one particular person deserves or wants, said of them: "deserves a raise", "wants another statement" (not what they said: "the recruiter said nurses make 90k, true?" asks). */
const ONE_PERSON_DOINGS = wordSet("ONE_PERSON_DOINGS", ["deserve", "want", "keep"]);
/** Adverbs between one person and what they did: "did the adjuster ever call", "has the recruiter still not replied". */
const ONE_TIME_ADVERBS = wordSet("ONE_TIME_ADVERBS", ["ever", "still", "already", "finally", "even", "not", "never", "just"]);

/** "how much does a plumber charge", "what does a lawyer cost for a divorce", "how much is an electrician to install a fan". */
function priceAsked(role: RoleMention, tokens: readonly string[], joined: string): boolean {
  // ("how much do bookkeepers charge per hour": a freelancer's rate, their pay; "charge to fix a toilet", a price.)
  const price = PRICE_WORDS.has(tokens[role.end] ?? "")
    ? role.end
    : tokens[role.end] === "usually" && PRICE_WORDS.has(tokens[role.end + 1] ?? "")
      ? role.end + 1
      : -1;
  if (price >= 0) return price + 1 >= tokens.length || PRICE_FOR.has(tokens[price + 1]!);
  return (
    HOW_MUCH_IS.test(tokens.slice(0, wordBefore(role, tokens) + 1).join(" ")) &&
    (tokens[role.end] === "to" || tokens[role.end] === "for") &&
    !PAY_WORDS_HERE.test(joined)
  );
}

/** "anyone here a nurse?", "is there a nurse in the chat?", "any electricians online?": a member asked for. */
function memberAsked(role: RoleMention, tokens: readonly string[]): boolean {
  // ("is there a pilot shortage", "is there a nurse union": the work's, not a member.)
  if (ABOUT_THE_WORK_AFTER.has(tokens[role.end] ?? "")) return false;
  const before = wordBefore(role, tokens);
  return MEMBER_ASKED_BEFORE.test(tokens.slice(0, before + 1).join(" ")) || (tokens[before] === "any" && MEMBER_HERE.has(tokens[role.end] ?? ""));
}

/** "can a nurse tell if you vape?", "can a cop pull you over", "can a teacher see if you cheated": what someone may do to you. */
function doneToYou(role: RoleMention, tokens: readonly string[]): boolean {
  if (!MAY_DO.has(tokens[wordBefore(role, tokens)] ?? "")) return false;
  const verb = tokens[role.end] ?? "";
  return TO_YOU_VERBS.has(verb) && YOU_AFTER.has(tokens[role.end + 1] ?? "");
}
