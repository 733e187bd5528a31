// /settings and /gaps are for members with Manage Server: Discord hides them from others through
// default member permissions, and the bot checks again at run time (server admins can override
// who sees a command, and a stale client can still send one).
import { PermissionFlagsBits, type RepliableInteraction } from "discord.js";
import type { BotContext } from "../bot-context.js";
import { sendResponse } from "../respond.js";

export const ADMIN_PERMISSION = PermissionFlagsBits.ManageGuild;

/** True when the member may administer the bot here; otherwise replies privately and returns false. */
export async function requireAdmin(interaction: RepliableInteraction, ctx: BotContext): Promise<boolean> {
  if (!interaction.inGuild()) {
    await sendResponse(interaction, { content: "This command works in a server, not in DMs." }, { ephemeral: true });
    return false;
  }
  if (!interaction.memberPermissions?.has(ADMIN_PERMISSION)) {
    await sendResponse(interaction, { content: "Only members with the **Manage Server** permission can use this command." }, { ephemeral: true });
    return false;
  }
  if (!ctx.store) {
    await sendResponse(
      interaction,
      { content: "This bot was started without a database, so server settings and feedback are not available." },
      { ephemeral: true },
    );
    return false;
  }
  return true;
}
