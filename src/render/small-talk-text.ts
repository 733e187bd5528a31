// The short, friendly line a bot that was addressed sends back to chat that is not a role question
// (intent "none"): thanks, a greeting, or anything else. Shared by the terminal and Discord, which
// differ only in how an example question is set off (quotes or Markdown).
import type { Answer } from "../answers/answer.js";

export interface SmallTalkStyle {
  /** Sets off an example question: quotes in the terminal, italics in Discord. */
  example(text: string): string;
  /** How to ask for the full instructions: "help" in the terminal, /help in Discord. */
  help: string;
}

export const PLAIN_STYLE: SmallTalkStyle = { example: (text) => `"${text}"`, help: `type "help"` };

export function smallTalkText(answer: Pick<Answer, "smallTalk" | "examples">, style: SmallTalkStyle = PLAIN_STYLE): string {
  const example = answer.examples[0];
  const forExample = example ? ` For example: ${style.example(example)}` : "";
  switch (answer.smallTalk) {
    case "thanks":
      return `Glad it helped! Ask me about any other role whenever you like.`;
    case "greeting":
      return `Hi! Ask me how two jobs differ, or about one job's pay, skills, duties or outlook.${forExample}`;
    default:
      return `I answer questions about jobs: how two roles differ, or one role's pay, skills, duties, requirements or outlook. Name the role(s) you mean.${forExample} (Or ${style.help} for more.)`;
  }
}
