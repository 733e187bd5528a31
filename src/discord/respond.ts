// The one place that sends interaction responses: it owns ephemeral flags, allowed mentions and
// the reply / follow-up / edit choice, so no handler can ping @everyone or answer twice.
import { MessageFlags, type AttachmentPayload, type InteractionReplyOptions, type MessageMentionOptions, type RepliableInteraction } from "discord.js";
import type { Answer } from "../answers/answer.js";
import { PAY_CHART_FILE_NAME } from "../render/chart/pay-chart-renderer.js";
import type { PayPeriod } from "../answers/answer.js";
import { answerComponents, suggestionComponents, type ActionRow } from "../render/discord/answer-components.js";
import { answerEmbeds, listPages } from "../render/discord/answer-embeds.js";
import type { CustomIdCodec } from "../render/discord/custom-ids.js";
import type { BotContext } from "./bot-context.js";

/** Nobody is pinged unless a handler names them explicitly. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface AnswerPayload {
  embeds: ReturnType<typeof answerEmbeds>;
  components: ActionRow[];
  /** The pay chart, when the answer is about pay and it could be drawn. */
  files: AttachmentPayload[];
  /**
   * Always empty: it tells Discord to keep only the files sent now, so an edited answer (a button
   * switching aspect) drops the chart of the view it replaces. A fresh array each time, because
   * discord.js appends the new files' entries to it.
   */
  attachments: [];
}

export interface AnswerPayloadOptions {
  page?: number;
  dismiss?: boolean;
  /** The pay period the question asked for ("per hour"); charts are annual otherwise. */
  period?: PayPeriod | null;
}

/** The chart for a pay answer, or none. A failed drawing is logged and the answer goes out without it. */
async function payChartFile(ctx: BotContext, answer: Answer, period: PayPeriod | null | undefined): Promise<AttachmentPayload | null> {
  try {
    const chart = await ctx.payChart.render(answer, { period: period ?? null });
    return chart ? { attachment: chart.png, name: PAY_CHART_FILE_NAME, description: `Pay chart: ${answer.heading}`.slice(0, 1024) } : null;
  } catch (err) {
    ctx.logger.error({ err, roles: answer.roles.map((r) => r.roleId) }, "pay chart could not be drawn; answering without it");
    return null;
  }
}

export async function answerPayload(ctx: BotContext, answer: Answer, askerId: string, options: AnswerPayloadOptions = {}): Promise<AnswerPayload> {
  const chart = await payChartFile(ctx, answer, options.period);
  return { ...answerParts(ctx.codec, answer, askerId, options, chart !== null), files: chart ? [chart] : [], attachments: [] };
}

/** An answer's embeds and buttons: all of its reply but the chart (which the warm-up renders too, without one). */
export function answerParts(
  codec: CustomIdCodec,
  answer: Answer,
  askerId: string,
  options: Pick<AnswerPayloadOptions, "page" | "dismiss"> = {},
  withChart = false,
): Pick<AnswerPayload, "embeds" | "components"> {
  const pages = answer.intent === "list" ? listPages(answer).length : 1;
  const page = Math.min(Math.max(options.page ?? 0, 0), pages - 1);
  const components =
    answer.needsConfirmation || (answer.intent === "unknown" && answer.suggestions.length > 0)
      ? suggestionComponents(answer, codec, askerId)
      : answerComponents(answer, codec, askerId, { page, pages, ...(options.dismiss !== undefined ? { dismiss: options.dismiss } : {}) });
  const embeds = answerEmbeds(answer, { page, ...(withChart ? { imageUrl: `attachment://${PAY_CHART_FILE_NAME}` } : {}) });
  return { embeds, components };
}

export interface SendOptions {
  ephemeral?: boolean;
  /** A member the answer is addressed to: the only mention allowed to ping. */
  mentionUserId?: string;
}

/** Replies, or follows up when the interaction was already answered or deferred. */
export async function sendResponse(
  interaction: RepliableInteraction,
  payload: Omit<InteractionReplyOptions, "flags" | "allowedMentions">,
  options: SendOptions = {},
): Promise<void> {
  const allowedMentions: MessageMentionOptions = options.mentionUserId ? { parse: [], users: [options.mentionUserId] } : NO_MENTIONS;
  const content = options.mentionUserId ? `<@${options.mentionUserId}>${payload.content ? ` ${payload.content}` : ""}` : payload.content;
  const message = { ...payload, ...(content !== undefined ? { content } : {}), allowedMentions };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(message);
    return;
  }
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.replied) await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
  else await interaction.reply({ ...message, ...(flags ? { flags } : {}) });
}

/** A short private note to the person who clicked or typed: cooldowns, refusals, errors. */
export async function sendNotice(interaction: RepliableInteraction, content: string): Promise<void> {
  const message = { content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral as const };
  if (interaction.replied || interaction.deferred) await interaction.followUp(message);
  else await interaction.reply(message);
}

export const FRIENDLY_ERROR = "Sorry, something went wrong while answering. It has been logged; please try again in a moment.";
