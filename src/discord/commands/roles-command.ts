// /roles: every role the bot knows, grouped by family, paged with buttons when the list is long.
import { answerPayload, sendResponse } from "../respond.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";

export const rolesCommand: ChatInputCommand = {
  kind: "chat-input",
  data: slashCommand("roles", "List every role RoleCompare knows, grouped by family")
    .addBooleanOption((o) => o.setName("hide").setDescription("Only you see the list"))
    .toJSON(),
  defer: "none",
  cooldownMs: 3_000,
  async execute(interaction, ctx) {
    const answer = ctx.engine.listRoles();
    await sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id), { ephemeral: interaction.options.getBoolean("hide") ?? false });
  },
};
