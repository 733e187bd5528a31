// 👍 / 👎 under every role answer (a comparison or a profile), and the optional "what was wrong"
// modal a 👎 opens.
import { ButtonStyle, ComponentType, TextInputStyle, type APIButtonComponentWithCustomId, type APIModalInteractionResponseCallbackData } from "discord.js";
import type { Answer } from "../../answers/answer.js";
import type { AspectId } from "../../knowledge/aspects.js";
import { FEEDBACK_LIMITS } from "../../limits.js";
import { encodeFeedback } from "./feedback-ids.js";

export const REASON_INPUT_ID = "reason";

export function feedbackButtons(answer: Answer): APIButtonComponentWithCustomId[] {
  if ((answer.intent !== "compare" && answer.intent !== "profile") || answer.needsConfirmation || !answer.aspect || answer.roles.length === 0) return [];
  const roleIds = answer.roles.map((r) => r.roleId);
  const vote = (value: 1 | -1, emoji: string, label: string): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    custom_id: encodeFeedback({ kind: "vote", vote: value, aspect: answer.aspect!, roleIds }),
    style: ButtonStyle.Secondary,
    emoji: { name: emoji },
    label,
  });
  return [vote(1, "👍", "Helpful"), vote(-1, "👎", "Not right")];
}

export function voteReasonModal(messageId: string, aspect: AspectId, roleIds: string[]): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeFeedback({ kind: "vote-reason", messageId, aspect, roleIds }),
    title: "What was wrong? (optional)",
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: REASON_INPUT_ID,
            label: "Tell us briefly (no personal details)",
            style: TextInputStyle.Paragraph,
            required: false,
            max_length: FEEDBACK_LIMITS.voteReasonMax,
            placeholder: "e.g. the pay figures look out of date",
          },
        ],
      },
    ],
  };
}
