// When a typed role is unknown or only a weak match, the member gets a private "did you mean"
// with one button per suggestion, never a guess posted into the channel.
import type { ChatInputCommandInteraction } from "discord.js";
import type { RoleRef } from "../../engine.js";
import type { AspectId } from "../../knowledge/aspects.js";
import { DISCORD_LIMITS } from "../../limits.js";
import { dismissButton, pickButtons, toRows } from "../../render/discord/answer-components.js";
import type { BotContext } from "../bot-context.js";
import { sendResponse } from "../respond.js";
import { unknownRoleText } from "./role-options.js";

export async function replyWithRoleChoices(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  problem: { aspect: AspectId; known: string[]; typed: string; suggestions: RoleRef[] },
): Promise<void> {
  const askerId = interaction.user.id;
  // One row: the choices and a dismiss button.
  const buttons = pickButtons(ctx.codec, {
    aspect: problem.aspect,
    known: problem.known,
    suggestions: problem.suggestions,
    askerId,
    max: DISCORD_LIMITS.buttonsPerRow - 1,
  });
  await sendResponse(
    interaction,
    { content: unknownRoleText(problem.typed, problem.suggestions), components: buttons.length ? toRows([...buttons, dismissButton(ctx.codec, askerId)]) : [] },
    { ephemeral: true },
  );
}
