// Misspellings of the words a question turns on, written right before anything reads the message.
// A typo is otherwise read as the nearest title word, and "carrer" is as near "carrier" and "carer"
// (both titles) as "career": "is nursing a good carrer" would ask about mail carriers, or nothing.

/** Misspelt words and what the member meant; only words whose slip lands on another known word belong here. */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  carrer: "career",
  carrers: "careers",
  carreer: "career",
  carreers: "careers",
  carear: "career",
  carears: "careers",
  careeer: "career",
  // "electrician vs plumber witch is better": "witch" is no title word, but the question's "which".
  // ("the witch in the game" has no "is", "one" or "pays" after it.)
  "witch is": "which is",
  "witch one": "which one",
  "witch pays": "which pays",
  // "hw much do electricians make", "hwo do i become a nurse", "wat does a paralegal do": the question
  // words, which say what kind of question it is. ("hw" alone is also homework: only before a question word.)
  "hw much": "how much",
  "hw many": "how many",
  "hw long": "how long",
  "hw do": "how do",
  "hw to": "how to",
  "hw can": "how can",
  hwo: "how",
  wat: "what",
  wht: "what",
  waht: "what",
  whta: "what",
  "hw mch": "how much",
  "how mch": "how much",
  // "wats da salary 4 a cna": "da" is "the" before a pay word (a DA is a dental assistant elsewhere).
  "da salary": "the salary",
  "da sal": "the salary",
  "da pay": "the pay",
  "da pkg": "the package",
  // "pkg of a devops engineer", "nurse pkg": pay in text-speak.
  pkg: "pay package",
  "package of": "pay package of",
  // "how do u become a ship captain", "how do ppl become a ceo": the member's question words, in text-speak.
  ppl: "people",
  "do u": "do you",
  "can u": "can you",
  "could u": "could you",
  "would u": "would you",
  "should u": "should you",
  "did u": "did you",
  "will u": "will you",
  "are u": "are you",
  "if u": "if you",
  // "y do ppl say nursing is so stressful", "how 2 get into it help desk": the question words in text-speak.
  "y do": "why do",
  "y does": "why does",
  "y is": "why is",
  "y are": "why are",
  "how 2": "how to",
  // "is lpn eaiser than rn": no assembler.
  eaiser: "easier",
  // "highest payed nurses", "best payed trade": the pay word, spelled as members often do.
  payed: "paid",
  // "what pays the most wihtout a degree": the schooling limit, however it is spelled.
  wihtout: "without",
  witout: "without",
  withou: "without",
  wthout: "without",
  whithout: "without",
  withut: "without",
};

const MISSPELT = new RegExp(`\\b(${Object.keys(MISSPELLINGS).join("|")})\\b`, "gi");

/** "18$/hr", "25$": the dollar sign after the amount, as many write it outside the US. */
const SIGN_AFTER = /\b(\d[\d,.]*k?)\$/gi;
/** "avg sal of nurse", "data scientist sal": pay in text-speak, after another word (not "sal from accounting is leaving"). */
const SAL = /(?<=\w[\s,]+)sal\b(?! (from|is|was|said|says|told|and|just|got|has|had)\b)/gi;
/** "$18/hr", "25/hour": by the hour, written out ("hr" alone is human resources). */
const PER_HOUR = /(\d[\d,.]*)\s?\/\s?(hr|hrs|hour)\b/gi;
/** "6pm EST", "at 7 pst": a time zone after a time ("EST", "PST" and "CDT" are also titles' letters). */
const TIME_ZONE = /(\d\s?(?:am|pm)?)\s?(?:est|edt|pst|pdt|cst|cdt|mst|mdt|gmt|utc|bst|cet)\b/gi;
/** "thanks for the interview tips", "any resume tips": advice, not the tips a bartender earns. */
const ADVICE_TIPS =
  /\b(interview|resume|cv|career|study|job hunting|job search|networking) tips\b|\b((?:thanks|thank you|ty|thx) (?:for|4) (?:the|your|ur|all the|all your)) tips\b/gi;
/** "electrician vs plumber 💰": money bags and notes for pay, as "$$$" is. */
const MONEY_EMOJI = /💰|💵|💸|🤑/gu;
/** "is it ok or less", "good or not": whether pay is good enough, asked; no second thing set against it. */
const OK_OR_LESS = /\b(ok|okay|good|fine|enough|decent) or (less|low|not|bad)\b/gi;
/** "how to become a police officer, kindly guide": a request for guidance closing the message, no travel guide. */
const CLOSING_GUIDE = /\b(kindly|please|pls|plz|plss|plsss) guide( me| us)?\b(?=[\s.!?🙏]*$)/iu;

/** "can you list jobs that pay well without a degree", "could you suggest some careers for introverts": a list of jobs of a kind asked of the bot, read as "list …". */
const ASKED_TO_LIST =
  /^\s*((hey|hi|yo|hello)\W+)?(can|could|would|will) (you|u) (please |pls |plz )?(list|name|suggest|recommend|tell me|give me|show me|share)( me)?( some| a few| the| any)? (?=(jobs?|careers?|roles?|occupations?|professions?|options?|fields?|trades?)\b)/i;

/** `text` with the listed misspellings written right; text without one is returned as it is. */
export function fixMisspellings(text: string): string {
  let fixed = text.replace(MISSPELT, (word) => MISSPELLINGS[word.toLowerCase()] ?? word);
  // (Each pattern only where its sign or word is in the message at all: most messages have none.)
  const lower = fixed.toLowerCase();
  if (lower.includes("$")) fixed = fixed.replace(SIGN_AFTER, "$$$1");
  if (/\d/.test(lower)) fixed = fixed.replace(TIME_ZONE, "$1");
  if (lower.includes("tips")) fixed = fixed.replace(ADVICE_TIPS, (_, kind?: string, thanks?: string) => `${kind ?? thanks} advice`);
  if (fixed.search(MONEY_EMOJI) >= 0) fixed = fixed.replace(MONEY_EMOJI, " pay ");
  if (lower.includes("sal")) fixed = fixed.replace(SAL, "salary");
  if (lower.includes("/")) fixed = fixed.replace(PER_HOUR, "$1 an hour");
  if (lower.includes(" or ")) fixed = fixed.replace(OK_OR_LESS, "$1");
  if (lower.includes("guide")) fixed = fixed.replace(CLOSING_GUIDE, "$1 help");
  if (lower.includes(" you ") || lower.includes(" u ")) fixed = fixed.replace(ASKED_TO_LIST, "list ");
  return fixed;
}
