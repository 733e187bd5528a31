// /help: how to ask, with examples. Always private: it is for the person asking.
import { answerPayload, sendResponse } from "../respond.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";

/** What the bot keeps about a server, said where members and admins look first. */
export const STORED_DATA_NOTE =
  "**What RoleCompare stores about a server:** its /settings, the role titles members asked about that it did not know, and 👍/👎 votes with an optional reason, " +
  "each with a timestamp and, for votes, a salted hash of the member id. Never message text. Admins: `/settings forget` deletes it all at once; " +
  "when the bot leaves a server its data is deleted after 30 days.";

export const helpCommand: ChatInputCommand = {
  kind: "chat-input",
  data: slashCommand("help", "How to ask RoleCompare, with examples").toJSON(),
  defer: "none",
  cooldownMs: 2_000,
  async execute(interaction, ctx) {
    const answer = ctx.engine.help();
    await sendResponse(
      interaction,
      { ...(await answerPayload(ctx, answer, interaction.user.id, { dismiss: false })), content: STORED_DATA_NOTE },
      { ephemeral: true },
    );
  },
};
