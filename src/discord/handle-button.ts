// Button clicks. Custom ids carry the whole request (see render/discord/custom-ids.ts), so a click
// works after a restart. Only the asker may change or dismiss an answer; others get their own copy.
import type { ButtonInteraction } from "discord.js";
import type { BotContext } from "./bot-context.js";
import { answerPayload, sendNotice, sendResponse } from "./respond.js";

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = ctx.codec.decode(interaction.customId);
  if (!action) {
    await sendNotice(interaction, "This button is from an older version of the bot and no longer works. Ask again to get fresh buttons.");
    return;
  }
  const isAsker = interaction.user.id === action.askerId;
  switch (action.kind) {
    case "dismiss":
      if (!isAsker) return sendNotice(interaction, "Only the person who asked can dismiss this answer.");
      await interaction.deferUpdate();
      await interaction.deleteReply();
      return;
    case "page": {
      const answer = ctx.engine.listRoles();
      const payload = await answerPayload(ctx, answer, action.askerId, { page: action.page });
      if (isAsker) return void (await interaction.update(payload));
      return sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id, { page: action.page }), { ephemeral: true });
    }
    case "aspect":
    case "pick":
    case "switch": {
      const answer = ctx.engine.compare(action.roleIds, action.aspect);
      // The asker's message changes in place; anyone else gets the view privately, so nobody can
      // rewrite an answer somebody else is reading.
      if (isAsker) return void (await interaction.update(await answerPayload(ctx, answer, action.askerId)));
      return sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id, { dismiss: false }), { ephemeral: true });
    }
  }
}
