// What kind of chat a message that is not a role question is: thanks, a greeting, or anything else.
// Only used where the member addressed the bot (a DM, an @mention, a reply): there silence feels
// broken, so the renderers answer in kind. In an ask channel chit-chat still gets silence.
import { normalizeWords } from "../text/normalize.js";

export const SMALL_TALK_KINDS = ["thanks", "greeting", "other"] as const;
export type SmallTalk = (typeof SMALL_TALK_KINDS)[number];

/** "thanks!", "ty", "cheers", "that helped", "much appreciated". */
const THANKS = /\b(thanks?|thank (you|u)|thankyou|thx|thnx|tnx|ty|tysm|tyvm|cheers|appreciate|appreciated|that helped|this helped|very helpful|so helpful)\b/;
/** A greeting at the start: "hi", "hey there", "good morning", "yo bot". */
const GREETING = /^(hi+|hello+|hey+|heya|hiya|howdy|yo|sup|wassup|whats up|what is up|greetings|gm|good (morning|afternoon|evening|day)|morning|evening)\b/;
/** A greeting is a short message; "hey is anyone else's server down" is chat about something else. */
const GREETING_MAX_WORDS = 6;

export function detectSmallTalk(text: string): SmallTalk {
  const words = normalizeWords(text);
  if (THANKS.test(words)) return "thanks";
  // Nothing left once mentions are gone ("@RoleCompare" alone) is a hello too.
  if (!words || (GREETING.test(words) && words.split(" ").length <= GREETING_MAX_WORDS)) return "greeting";
  return "other";
}
