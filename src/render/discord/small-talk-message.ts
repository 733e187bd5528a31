// The Discord wording of a reply to chat that is not a role question, sent only where a member
// addressed the bot (a DM, an @mention, a reply). Plain content, no embed: it is one friendly line.
import type { Answer } from "../../answers/answer.js";
import { smallTalkText, type SmallTalkStyle } from "../small-talk-text.js";

const DISCORD_STYLE: SmallTalkStyle = { example: (text) => `*${text}*`, help: "try `/help`" };

export function smallTalkMessage(answer: Pick<Answer, "smallTalk" | "examples">): { content: string } {
  return { content: smallTalkText(answer, DISCORD_STYLE) };
}
