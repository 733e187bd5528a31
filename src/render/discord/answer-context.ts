// What one of the bot's answers was about, read back from its buttons: the aspect buttons' custom
// ids carry the roles, and the one for the aspect shown is disabled. A reply to that answer
// ("what about pay?") is read in this context, and nothing has to be stored to know it.
import type { FollowUpContext } from "../../engine.js";
import type { CustomIdCodec } from "./custom-ids.js";

/** A button as discord.js gives it back on a fetched message (other components have no custom id). */
export interface PostedButton {
  customId?: string | null;
  disabled?: boolean | null;
}

/**
 * The roles and aspect of a posted answer, or null when it has no aspect buttons (a list, help, a
 * "which role did you mean?" choice, a chat reply) or they name roles the bot no longer knows.
 */
export function answerContext(buttons: readonly PostedButton[], codec: CustomIdCodec): FollowUpContext | null {
  let roleIds: string[] | null = null;
  let aspect: FollowUpContext["aspect"] = null;
  for (const button of buttons) {
    const action = button.customId ? codec.decode(button.customId) : null;
    if (action?.kind !== "aspect") continue;
    roleIds ??= action.roleIds;
    if (button.disabled) aspect = action.aspect;
  }
  return roleIds ? { roleIds, aspect } : null;
}
