// /help: how to ask, with examples. Always private: it is for the person asking.
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from "discord.js";
import { answerPayload, sendResponse } from "../respond.js";
import type { ChatInputCommand } from "./command.js";

export const helpCommand: ChatInputCommand = {
  kind: "chat-input",
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("How to ask RoleCompare, with examples")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON(),
  defer: "none",
  cooldownMs: 2_000,
  async execute(interaction, ctx) {
    const answer = ctx.engine.help();
    await sendResponse(interaction, answerPayload(ctx, answer, interaction.user.id, { dismiss: false }), { ephemeral: true });
  },
};
