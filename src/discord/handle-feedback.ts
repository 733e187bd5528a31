// 👍 / 👎 clicks and the optional "what was wrong" modal. One vote per member per answer (the
// message clicked, its roles and aspect), changeable; members are stored only as salted hashes.
import type { ButtonInteraction, ModalSubmitInteraction } from "discord.js";
import type { FeedbackAction } from "../render/discord/feedback-ids.js";
import { REASON_INPUT_ID, voteReasonModal } from "../render/discord/feedback-components.js";
import { withRetry } from "../storage/retry.js";
import type { BotContext } from "./bot-context.js";
import { sendNotice } from "./respond.js";

const NOT_SAVED = "Sorry, I couldn't save that just now (the bot's database is not answering). Please try again in a few minutes.";

export async function handleVote(interaction: ButtonInteraction, ctx: BotContext, action: Extract<FeedbackAction, { kind: "vote" }>): Promise<void> {
  if (!interaction.guildId) return sendNotice(interaction, "Thanks! Feedback is recorded in servers, where their admins read it; in DMs it is not kept.");
  if (!ctx.store) return sendNotice(interaction, "Thanks! This bot was started without a database, so feedback is not kept.");
  const store = ctx.store;
  const vote = {
    guildId: interaction.guildId,
    messageId: interaction.message.id,
    roleIds: action.roleIds,
    aspect: action.aspect,
    memberId: interaction.user.id,
  };
  try {
    // Two quick tries at most: Discord wants an answer to the click within 3 seconds.
    await withRetry(() => store.recordVote({ ...vote, vote: action.vote }), { attempts: 2 });
  } catch (err) {
    ctx.logger.warn({ err, guildId: vote.guildId }, "could not record a vote");
    return sendNotice(interaction, NOT_SAVED);
  }
  if (action.vote === 1) return sendNotice(interaction, "Thanks, glad it helped! (You can change your vote with 👎.)");
  await interaction.showModal(voteReasonModal(vote.messageId, action.aspect, action.roleIds));
}

export async function handleVoteReason(
  interaction: ModalSubmitInteraction,
  ctx: BotContext,
  action: Extract<FeedbackAction, { kind: "vote-reason" }>,
): Promise<void> {
  const reason = interaction.fields.getTextInputValue(REASON_INPUT_ID).trim();
  if (!reason) return sendNotice(interaction, "Thanks, your 👎 is recorded.");
  if (!interaction.guildId || !ctx.store) return sendNotice(interaction, "Thanks!");
  const store = ctx.store;
  const input = { guildId: interaction.guildId, messageId: action.messageId, roleIds: action.roleIds, aspect: action.aspect, memberId: interaction.user.id };
  try {
    const saved = await withRetry(() => store.setVoteReason(input, reason), { attempts: 2 });
    return sendNotice(
      interaction,
      saved ? "Thanks, your 👎 and what was wrong are recorded for the server's admins." : "Thanks! Your vote has changed meanwhile, so the note was not kept.",
    );
  } catch (err) {
    ctx.logger.warn({ err, guildId: input.guildId }, "could not record the reason of a vote");
    return sendNotice(interaction, NOT_SAVED);
  }
}
