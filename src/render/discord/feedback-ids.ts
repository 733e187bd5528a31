// Custom ids for feedback and the /gaps pager, beside the answer ids in custom-ids.ts. Stateless
// like those: a vote button names the answer (aspect and roles; the message is the one clicked),
// the 👎 reason modal also names the message, and a pager button its period and page.
import { isAspectId, type AspectId } from "../../knowledge/aspects.js";
import { DISCORD_LIMITS } from "../../limits.js";
import { CUSTOM_ID_PREFIX, roleCode, type CustomIdCodec } from "./custom-ids.js";

export type FeedbackAction =
  | { kind: "vote"; vote: 1 | -1; aspect: AspectId; roleIds: string[] }
  | { kind: "vote-reason"; messageId: string; aspect: AspectId; roleIds: string[] }
  | { kind: "gaps-page"; days: number; page: number };

const KIND = { vote: "v", reason: "vr", gaps: "g" } as const;

function checked(id: string): string {
  if (id.length > DISCORD_LIMITS.customId) throw new Error(`custom id over ${DISCORD_LIMITS.customId} characters: ${id}`);
  return id;
}

export function encodeFeedback(action: FeedbackAction): string {
  switch (action.kind) {
    case "vote":
      return checked([CUSTOM_ID_PREFIX, KIND.vote, action.vote === 1 ? "u" : "d", action.aspect, action.roleIds.map(roleCode).join(".")].join(":"));
    case "vote-reason":
      return checked([CUSTOM_ID_PREFIX, KIND.reason, action.messageId, action.aspect, action.roleIds.map(roleCode).join(".")].join(":"));
    case "gaps-page":
      return checked([CUSTOM_ID_PREFIX, KIND.gaps, String(action.days), String(action.page)].join(":"));
  }
}

/** Null for ids that are not feedback ids (answer buttons decode through CustomIdCodec). */
export function decodeFeedback(customId: string, codec: CustomIdCodec): FeedbackAction | null {
  const [prefix, kind, ...rest] = customId.split(":");
  if (prefix !== CUSTOM_ID_PREFIX) return null;
  if (kind === KIND.gaps && rest.length === 2 && rest.every((p) => /^\d+$/.test(p))) return { kind: "gaps-page", days: Number(rest[0]), page: Number(rest[1]) };
  if (kind === KIND.vote && rest.length === 3 && (rest[0] === "u" || rest[0] === "d")) {
    const [vote, aspect, codes] = rest as [string, string, string];
    const roleIds = codec.decodeRoles(codes);
    if (!isAspectId(aspect) || !roleIds) return null;
    return { kind: "vote", vote: vote === "u" ? 1 : -1, aspect, roleIds };
  }
  if (kind === KIND.reason && rest.length === 3 && /^\d+$/.test(rest[0]!)) {
    const [messageId, aspect, codes] = rest as [string, string, string];
    const roleIds = codec.decodeRoles(codes);
    if (!isAspectId(aspect) || !roleIds) return null;
    return { kind: "vote-reason", messageId, aspect, roleIds };
  }
  return null;
}

/** True for the id families above, so the router sends them here and not to the answer buttons. */
export function isFeedbackId(customId: string): boolean {
  const kind = customId.split(":", 2)[1];
  return customId.startsWith(`${CUSTOM_ID_PREFIX}:`) && (kind === KIND.vote || kind === KIND.reason || kind === KIND.gaps);
}
