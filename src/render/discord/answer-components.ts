// Buttons under an answer: switch to another aspect of the same comparison, dismiss (asker only),
// pick a suggestion when the question was unclear, and page through long role lists.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIComponentInMessageActionRow } from "discord.js";
import type { Answer, RoleRef } from "../../answers/answer.js";
import { ASPECTS, ASPECT_IDS, type AspectId } from "../../knowledge/aspects.js";
import { DISCORD_LIMITS } from "../../limits.js";
import type { CustomIdCodec } from "./custom-ids.js";
import { feedbackButtons } from "./feedback-components.js";
import { truncate } from "./fit-embed.js";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

function button(customId: string, label: string, style: ButtonStyle, extra: Partial<APIButtonComponentWithCustomId> = {}): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, DISCORD_LIMITS.buttonLabel),
    style,
    ...extra,
  } as APIButtonComponentWithCustomId;
}

/** Lays buttons out five to a row, at most five rows. */
export function toRows(buttons: readonly APIButtonComponentWithCustomId[]): ActionRow[] {
  const rows: ActionRow[] = [];
  for (let i = 0; i < buttons.length && rows.length < DISCORD_LIMITS.actionRows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

export function dismissButton(codec: CustomIdCodec, askerId: string): APIButtonComponentWithCustomId {
  return button(codec.encode({ kind: "dismiss", askerId }), "Dismiss", ButtonStyle.Danger, { emoji: { name: "🗑️" } });
}

export function answerComponents(
  answer: Answer,
  codec: CustomIdCodec,
  askerId: string,
  options: { dismiss?: boolean; page?: number; pages?: number } = {},
): ActionRow[] {
  const withDismiss = options.dismiss ?? true;
  const buttons: APIButtonComponentWithCustomId[] = [];
  const roleIds = answer.roles.map((r) => r.roleId);
  if ((answer.intent === "compare" || answer.intent === "profile") && !answer.needsConfirmation) {
    for (const aspect of ASPECT_IDS) {
      const current = aspect === answer.aspect;
      buttons.push(
        button(codec.encode({ kind: "aspect", aspect, roleIds, askerId }), ASPECTS[aspect].label, current ? ButtonStyle.Primary : ButtonStyle.Secondary, {
          emoji: { name: ASPECTS[aspect].emoji },
          disabled: current,
        }),
      );
    }
  }
  if ((answer.intent === "compare" || answer.intent === "profile") && !answer.needsConfirmation)
    buttons.push(...switchButtons(answer, codec, askerId), ...kindButtons(answer, codec, askerId));
  if (answer.intent === "list" && options.pages && options.pages > 1) {
    const page = options.page ?? 0;
    buttons.push(button(codec.encode({ kind: "page", page: page - 1, askerId }), "Previous", ButtonStyle.Secondary, { disabled: page <= 0 }));
    buttons.push(button(codec.encode({ kind: "page", page: page + 1, askerId }), "Next", ButtonStyle.Secondary, { disabled: page >= options.pages - 1 }));
  }
  buttons.push(...feedbackButtons(answer));
  if (withDismiss) buttons.push(dismissButton(codec, askerId));
  return toRows(buttons);
}

/**
 * "Interpreted *data analyst* as Data Scientist (also: …)": one button per other occupation sharing
 * the title, answering the same comparison with that occupation in its place.
 */
export function switchButtons(answer: Answer, codec: CustomIdCodec, askerId: string): APIButtonComponentWithCustomId[] {
  const roleIds = answer.roles.map((r) => r.roleId);
  const aspect = answer.aspect ?? "overview";
  return answer.notes.flatMap((note) =>
    note.kind !== "shared-title"
      ? []
      : note.alternatives
          .filter((alt) => !roleIds.includes(alt.roleId))
          .map((alt) => {
            const switched = roleIds.map((id) => (id === note.roleId ? alt.roleId : id));
            return button(codec.encode({ kind: "switch", aspect, roleIds: switched, askerId }), `Switch to ${alt.title}`, ButtonStyle.Secondary, {
              emoji: { name: "🔀" },
            });
          }),
  );
}

/** "how much do engineers make": one button per common kind of engineer, answering for it alone (or beside the role named with the group). */
function kindButtons(answer: Answer, codec: CustomIdCodec, askerId: string): APIButtonComponentWithCustomId[] {
  const aspect = answer.aspect ?? "overview";
  return answer.notes.flatMap((note) =>
    note.kind !== "broad-title"
      ? []
      : note.choices.map((choice) => {
          const roleIds = note.against ? [note.against, choice.roleId] : [choice.roleId];
          return button(codec.encode({ kind: "pick", aspect, roleIds, askerId }), choice.title, ButtonStyle.Secondary, { emoji: { name: "🔎" } });
        }),
  );
}

/**
 * "Did you mean …?" buttons, one per suggested role: each answers with the suggestion in place of
 * the unclear role and keeps the roles that were understood (at most three in all).
 */
export function pickButtons(
  codec: CustomIdCodec,
  choice: { aspect: AspectId; known: readonly string[]; suggestions: readonly RoleRef[]; askerId: string; max: number },
): APIButtonComponentWithCustomId[] {
  return choice.suggestions.slice(0, choice.max).map((s) => {
    const roleIds = [...choice.known.filter((id) => id !== s.roleId).slice(0, 2), s.roleId];
    return button(codec.encode({ kind: "pick", aspect: choice.aspect, roleIds, askerId: choice.askerId }), s.title, ButtonStyle.Primary);
  });
}

export function suggestionComponents(answer: Answer, codec: CustomIdCodec, askerId: string): ActionRow[] {
  const known = answer.roles.map((r) => r.roleId).filter((id) => !answer.uncertainRoleIds.includes(id));
  return toRows(
    pickButtons(codec, { aspect: answer.aspect ?? "overview", known, suggestions: answer.suggestions, askerId, max: DISCORD_LIMITS.buttonsPerRow * 2 }),
  );
}
