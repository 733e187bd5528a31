// /help: how to ask, with examples. Always private: it is for the person asking.
import { answerPayload, sendResponse } from "../respond.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";

export const helpCommand: ChatInputCommand = {
  kind: "chat-input",
  data: slashCommand("help", "How to ask RoleCompare, with examples")
    .toJSON(),
  defer: "none",
  cooldownMs: 2_000,
  async execute(interaction, ctx) {
    const answer = ctx.engine.help();
    await sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id, { dismiss: false }), { ephemeral: true });
  },
};
