// When a typed role is unknown or only a weak match, the member gets a private "did you mean"
// with one button per suggestion, never a guess posted into the channel.
import { ButtonStyle, ComponentType, MessageFlags, type APIButtonComponentWithCustomId, type ChatInputCommandInteraction } from "discord.js";
import type { AspectId } from "../../knowledge/aspects.js";
import { dismissButton, toRows } from "../../render/discord/answer-components.js";
import type { BotContext } from "../bot-context.js";
import { NO_MENTIONS } from "../respond.js";
import { unknownRoleText } from "./role-options.js";

export async function replyWithRoleChoices(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  problem: { aspect: AspectId; known: string[]; typed: string; suggestions: string[] },
): Promise<void> {
  const askerId = interaction.user.id;
  const buttons: APIButtonComponentWithCustomId[] = problem.suggestions.slice(0, 4).map((roleId) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    label: ctx.engine.knowledge.getRole(roleId)!.title,
    custom_id: ctx.codec.encode({ kind: "pick", aspect: problem.aspect, roleIds: [...problem.known.filter((k) => k !== roleId), roleId], askerId }),
  }));
  await interaction.reply({
    content: unknownRoleText(ctx, problem.typed, problem.suggestions),
    components: buttons.length ? toRows([...buttons, dismissButton(ctx.codec, askerId)]) : [],
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}
