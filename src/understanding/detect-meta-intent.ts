// "help" and "list" questions are about the bot itself, not about a role.
import { wordSet } from "./word-list.js";

const LISTABLE = wordSet("LISTABLE", ["role", "job", "position", "career", "occupation", "title", "profession"]);
const LIST_VERBS = wordSet("LIST_VERBS", ["know", "compare", "cover", "support", "have", "do", "offer", "handle", "available", "in", "database", "list"]);
/** Words that open a question or request to the bot: "what jobs do you know", "can you list careers". */
const LIST_ASKS = wordSet("LIST_ASKS", [
  "what",
  "which",
  "how",
  "do",
  "does",
  "can",
  "could",
  "will",
  "would",
  "is",
  "are",
  "list",
  "show",
  "tell",
  "give",
  "please",
  "pls",
  "hey",
  "yo",
  "so",
]);
const BOT_WORDS = wordSet("BOT_WORDS", ["bot", "rolecompare", "you", "your", "this"]);
/** The most words a request for the catalogue takes: "do you have a list of all the careers i can ask about". */
const MAX_LIST_REQUEST = 11;
/** The other words of a request for the whole catalogue: "show me all the roles", "a list of every job i can ask about". */
const CATALOGUE_WORDS = wordSet("CATALOGUE_WORDS", [
  "all",
  "every",
  "full",
  "entire",
  "whole",
  "the",
  "a",
  "an",
  "of",
  "me",
  "i",
  "we",
  "can",
  "ask",
  "about",
  "that",
  "there",
  "supported",
  "available",
  "current",
  "now",
]);
const HELP_WORDS = wordSet("HELP_WORDS", ["help", "guide", "tutorial", "instruction", "manual", "usage", "command"]);

/** After "a list of jobs", the words of the bot's own catalogue: "… it covers", "… you know", "…?" (not "… that pay well"). */
const CATALOGUE_FOLLOWS = wordSet("CATALOGUE_FOLLOWS", ["it", "you", "the", "this", "bot", "i", "we", "available", "wanna", "so", "please", "pls"]);

export function isListQuestion(tokens: readonly string[]): boolean {
  // "list", "roles", "list jobs": a bare request for the catalogue.
  if (tokens.length <= 2 && tokens.every((t) => t === "list" || t === "all" || LISTABLE.has(t))) return true;
  if (!tokens.some((t) => LISTABLE.has(t))) return false;
  // "what's the best job you've ever had": the members' own past, not the bot's catalogue.
  if (tokens.includes("had")) return false;
  // ("does the bot have a list of occupations it covers? wanna browse before i ask": the bot's own list
  // of jobs, asked of it, whatever follows; "can you give me a list of jobs that pay well" asks for jobs of a kind.)
  const listAt = tokens.indexOf("list");
  const listed = listAt > 0 && tokens[listAt + 1] === "of" ? tokens.findIndex((t, i) => i >= listAt + 2 && i < listAt + 5 && LISTABLE.has(t)) : -1;
  if (
    listed >= 0 &&
    CATALOGUE_FOLLOWS.has(tokens[listed + 1] ?? "it") &&
    tokens.slice(0, listAt).some((t) => t === "bot" || t === "rolecompare" || t === "you")
  )
    return true;
  // ("do you have a list of careers i can ask about"; not "jd advantage jobs list", "can you list jobs
  // that pay well without a degree": jobs of a kind, which the ranking answers.)
  if (tokens.includes("list") || (tokens[0] === "show" && tokens.includes("all")))
    return tokens.every((t) => LISTABLE.has(t) || LIST_ASKS.has(t) || BOT_WORDS.has(t) || LIST_VERBS.has(t) || CATALOGUE_WORDS.has(t));
  // "what jobs do you know", "do you have a list of careers": asked of the bot, not "congrats on the new job, they're lucky to have you".
  const asked = tokens.some((t) => t === "bot" || t === "rolecompare") || LIST_ASKS.has(tokens[0] ?? "");
  // (In a short request: "whats the job called where you fix dents in cars" asks something else.)
  if (
    asked &&
    tokens.length <= MAX_LIST_REQUEST &&
    tokens.some((t) => t === "you" || t === "your" || t === "bot" || t === "rolecompare") &&
    tokens.some((t) => LIST_VERBS.has(t))
  )
    return true;
  return (tokens[0] === "which" || tokens[0] === "what") && LISTABLE.has(tokens[1] ?? "") && tokens.length <= 6 && tokens.includes("you");
}

/** "can someone help me with this excel formula": a member asking the others, not the bot. */
const OTHER_MEMBERS = wordSet("OTHER_MEMBERS", ["anyone", "anybody", "someone", "somebody", "everyone", "everybody", "guy", "folk", "yall"]);

/** Who or what comes right before "type" as the verb: "what do i type", "what to type", "what should you type". */
const TYPING_SUBJECTS = new Set(["i", "you", "we", "to", "should", "do", "can"]);

/** What the bot can do, work or use: "what can you do", "… do for me here"; not "can you do medical coding from home". */
const BOT_VERBS = new Set(["work", "use", "do"]);
const AFTER_BOT_VERB = new Set(["for", "me", "us", "here", "exactly", "really", "else", "anything", "this", "server", "it", "the", "in", "bot"]);
const endsAboutBot = (rest: readonly string[]) => rest.every((t) => AFTER_BOT_VERB.has(t));

/** "help me with this homework": "this" points at a thing of the member's, not at the bot ("how does this work", "help with this?"). */
function thisThing(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i] === "this" && next !== undefined && !THIS_BOT.has(next);
}
const THIS_BOT = new Set(["bot", "thing", "command", "commands", "app", "server"]);

/** Words of thanks, as canonical tokens ("thanks" reads as "thank"). */
const THANKS = wordSet("THANKS", ["thank", "ty", "thx"]);
const thanks = (tokens: readonly string[]) => tokens.some((t) => THANKS.has(t));

/** "thanks for the help", "thank you all for the resume help": thanks, and "for" a few words before "help". */
function thankedForHelp(tokens: readonly string[]): boolean {
  const helpAt = tokens.lastIndexOf("help");
  if (helpAt < 0 || !thanks(tokens)) return false;
  return tokens.slice(Math.max(0, helpAt - 4), helpAt).includes("for");
}

/** Words before "to help" that offer it: "happy to help", "glad to help", "here to help". */
const OFFERING = new Set(["happy", "glad", "here", "always", "love", "pleased"]);

export function isHelpQuestion(tokens: readonly string[]): boolean {
  if (tokens.includes("command")) return true;
  // "thank you all for the resume help", "thanks for your help bot": help given, thanked for.
  if (thankedForHelp(tokens)) return false;
  if (tokens.some((t) => OTHER_MEMBERS.has(t)) && !tokens.some((t) => t === "bot" || t === "rolecompare")) return false;
  if (tokens.some((t) => HELP_WORDS.has(t)) && tokens.some((t, i) => BOT_WORDS.has(t) && !thisThing(tokens, i))) return true;
  // "what should I type", "how do I get a salary comparison, what do I type": asking for the syntax.
  // "type" as the verb only: "what personality type is good for nursing" asks about a job.
  const typeAt = tokens.indexOf("type");
  if (typeAt > 0 && TYPING_SUBJECTS.has(tokens[typeAt - 1]!) && (tokens.includes("what") || tokens.includes("how"))) return true;
  // "how do I compare two jobs with you", "how am i supposed to ask you stuff": asking how to use the bot.
  if (tokens[0] === "how" && tokens.includes("you") && tokens.some((t) => t === "ask" || t === "compare" || t === "use")) return true;
  // "help" as a request, not "thanks, that helps!"
  const helpAt = tokens.indexOf("help");
  const thanking = thanks(tokens);
  // ("np, happy to help", "glad to help": offered, not asked.)
  const offered = tokens[helpAt - 1] === "to" && OFFERING.has(tokens[helpAt - 2] ?? "");
  if (helpAt >= 0 && tokens.length <= 4 && !thanking && !offered && !["that", "it", "this", "really", "which"].includes(tokens[helpAt - 1] ?? "")) return true;
  // "what can you do" asks the bot; "what can you do with a nursing degree" asks about the degree.
  const doWith = tokens.some((t, i) => t === "do" && tokens[i + 1] === "with");
  const botNamed = tokens.includes("bot") || tokens.includes("rolecompare");
  const aboutBot = botNamed || (tokens.includes("you") && tokens.includes("can") && !doWith);
  if (aboutBot && tokens.some((t, i) => t === "ask" || t === "help" || (BOT_VERBS.has(t) && (botNamed || endsAboutBot(tokens.slice(i + 1)))))) return true;
  // "how does this work", "how do I use it"
  return tokens[0] === "how" && (tokens.includes("use") || tokens.includes("work")) && tokens.some((t) => t === "this" || t === "it" || t === "bot");
}

/**
 * "is there a guide for using rolecompare", "manual for this bot": a help word that is also a
 * title ("guide") asks how to use the bot when the bot is named or using it follows.
 */
export function asksForGuide(tokens: readonly string[], at: number): boolean {
  if (!HELP_WORDS.has(tokens[at]!)) return false;
  if (tokens.includes("bot") || tokens.includes("rolecompare")) return true;
  // "a guide to using this", "manual on how to use it" (not "a guide for using excel" or "using this mod").
  for (let i = at + 1; i < Math.min(tokens.length, at + 5); i++)
    if (tokens[i] === "use" || tokens[i] === "using") {
      // The message ends there, or with "this", "it" or "you" (not "using this mod").
      const rest = tokens.slice(i + 1);
      return rest.length === 0 || (rest.length === 1 && ["this", "it", "you"].includes(rest[0]!));
    }
  return false;
}
