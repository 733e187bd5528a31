// Routes every interaction to its command, autocomplete or button handler. A handler that throws
// gets the member an ephemeral apology and a log line with context; the process never dies.
import { MessageFlags, time, TimestampStyles, type ButtonInteraction, type Interaction, type ModalSubmitInteraction } from "discord.js";
import { decodeFeedback, isFeedbackId } from "../../render/discord/feedback-ids.js";
import type { BotContext } from "../bot-context.js";
import { findCommand } from "../commands/index.js";
import { isPermissionError, isQuietDiscordError } from "../discord-errors.js";
import { handleGapsPage } from "../commands/gaps-command.js";
import { handleButton } from "../handle-button.js";
import { handleVote, handleVoteReason } from "../handle-feedback.js";
import { FRIENDLY_ERROR, sendNotice } from "../respond.js";

function describe(interaction: Interaction) {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() || interaction.isModalSubmit() ? interaction.customId : undefined,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
    channelId: interaction.channelId ?? undefined,
  };
}

/** 👍 / 👎, the reason modal and the /gaps pager. */
async function routeFeedback(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  const action = decodeFeedback(interaction.customId, ctx.codec);
  if (!action) return sendNotice(interaction, "This button is from an older version of the bot and no longer works. Ask again to get fresh buttons.");
  if (interaction.isButton() && action.kind === "vote") return handleVote(interaction, ctx, action);
  if (interaction.isButton() && action.kind === "gaps-page") return handleGapsPage(interaction, ctx, action.days, action.page);
  if (interaction.isModalSubmit() && action.kind === "vote-reason") return handleVoteReason(interaction, ctx, action);
}

async function route(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = findCommand(interaction.commandName);
    if (command?.kind === "chat-input" && command.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isButton() || interaction.isModalSubmit()) {
    if (isFeedbackId(interaction.customId)) return routeFeedback(interaction, ctx);
    if (interaction.isButton()) return handleButton(interaction, ctx);
    return;
  }
  if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand()) return;

  const command = findCommand(interaction.commandName);
  if (!command) return sendNotice(interaction, "I don't know that command any more; it may have been removed. Try `/help`.");
  const settings = ctx.guildSettings.peek(interaction.guildId) ?? (await ctx.guildSettings.get(interaction.guildId));
  const waitMs = ctx.cooldowns.take(`${interaction.user.id}:${command.data.name}`, settings.userCooldownMs ?? command.cooldownMs);
  if (waitMs > 0) {
    const ready = new Date(Date.now() + waitMs);
    return sendNotice(interaction, `Easy there! You can use \`${command.data.name}\` again ${time(ready, TimestampStyles.RelativeTime)}.`);
  }
  if (command.defer !== "none") await interaction.deferReply(command.defer === "ephemeral" ? { flags: MessageFlags.Ephemeral } : {});
  if (command.kind === "chat-input" && interaction.isChatInputCommand()) await command.execute(interaction, ctx);
  else if (command.kind === "message-context" && interaction.isMessageContextMenuCommand()) await command.execute(interaction, ctx);
}

export async function onInteractionCreate(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    await route(interaction, ctx);
  } catch (error) {
    const context = describe(interaction);
    if (isQuietDiscordError(error)) {
      ctx.logger.debug({ ...context, err: error }, "interaction expired or already answered");
      return;
    }
    ctx.logger[isPermissionError(error) ? "warn" : "error"]({ ...context, err: error }, "interaction handler failed");
    if (!interaction.isRepliable()) return;
    try {
      await sendNotice(interaction, FRIENDLY_ERROR);
    } catch (replyError) {
      if (!isQuietDiscordError(replyError)) ctx.logger.warn({ ...context, err: replyError }, "could not send the error notice");
    }
  }
}
