// Message context menu "Ask RoleCompare": answers the message a member points at, even a message
// that did not mention the bot. The answer is public only when the message is a clear role question.
import { ApplicationCommandType } from "discord.js";
import { DISCORD_LIMITS } from "../../limits.js";
import { recordUnknownTitles } from "../record-unknown-titles.js";
import { answerPayload, sendNotice, sendResponse } from "../respond.js";
import type { MessageContextCommand } from "./command.js";
import { contextMenuCommand } from "./slash-command-base.js";

export const ASK_MESSAGE_COMMAND_NAME = "Ask RoleCompare";

export const askMessageCommand: MessageContextCommand = {
  kind: "message-context",
  data: contextMenuCommand(ASK_MESSAGE_COMMAND_NAME.slice(0, DISCORD_LIMITS.contextMenuName)).setType(ApplicationCommandType.Message).toJSON(),
  defer: "none",
  cooldownMs: 3_000,
  async execute(interaction, ctx) {
    const text = interaction.targetMessage.content;
    if (!text.trim()) return sendNotice(interaction, "That message has no text I can read (I can't see message content there, or it only has attachments).");
    const { parsed, answer } = ctx.engine.ask(text);
    if (parsed.intent === "none") return sendNotice(interaction, "That message doesn't look like a question about roles. Try `/compare` or `/help`.");
    recordUnknownTitles(ctx, interaction.guildId, answer.unknownRoles);
    // Unclear matches and "I don't know that role" stay private to the member who asked, and so does
    // every answer where the server chose private answers.
    const ephemeral =
      parsed.tier === "weak" || parsed.intent === "unknown" || parsed.intent === "help" || (await ctx.guildSettings.get(interaction.guildId)).answersPrivate;
    await sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id, { period: answer.payPeriod ?? null }), { ephemeral });
  },
};
