// /gaps: for members with Manage Server, what members asked about that the bot did not know (most
// asked first) and the answers with the most 👎, over a chosen period; paged with buttons.
import { InteractionContextType, type ButtonInteraction, type ChatInputCommandInteraction } from "discord.js";
import { gapsComponents, gapsEmbed, GAPS_PAGE_SIZE, gapsPageCount, type GapsReport } from "../../render/discord/gaps-embed.js";
import type { BotContext } from "../bot-context.js";
import { sendResponse } from "../respond.js";
import { ADMIN_PERMISSION, requireAdmin } from "./admin-access.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";

const DAY_MS = 24 * 60 * 60 * 1000;
export const GAPS_PERIODS = [7, 30, 90, 365] as const;

export async function buildGapsReport(ctx: BotContext, guildId: string, days: number, page: number, now = Date.now()): Promise<GapsReport> {
  const since = now - days * DAY_MS;
  const read = async (p: number) => {
    const window = { limit: GAPS_PAGE_SIZE, offset: p * GAPS_PAGE_SIZE };
    const [unknown, downvoted] = await Promise.all([ctx.store!.unknownTitles(guildId, since, window), ctx.store!.mostDownvoted(guildId, since, window)]);
    return { days, page: p, unknown, downvoted };
  };
  const report = await read(page);
  // A page past the end (the data shrank since the button was posted) shows the last page instead.
  const last = gapsPageCount(report) - 1;
  return page > last ? read(last) : report;
}

const roleTitle = (ctx: BotContext) => (roleId: string) => ctx.engine.roleTitle(roleId) ?? roleId;

async function reply(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
  days: number,
  page: number,
  update: boolean,
): Promise<void> {
  let report: GapsReport;
  try {
    report = await buildGapsReport(ctx, interaction.guildId!, days, page);
  } catch (err) {
    ctx.logger.error({ err, guildId: interaction.guildId }, "could not read the gaps report");
    return sendResponse(
      interaction,
      { content: "Sorry, I couldn't read the report: the bot's database is not answering. Please try again in a few minutes." },
      { ephemeral: true },
    );
  }
  const payload = { embeds: [gapsEmbed(report, roleTitle(ctx))], components: gapsComponents(report) };
  if (update && interaction.isButton()) await interaction.update(payload);
  else await sendResponse(interaction, payload, { ephemeral: true });
}

export const gapsCommand: ChatInputCommand = {
  kind: "chat-input",
  data: slashCommand("gaps", "What members asked that RoleCompare didn't know, and answers marked 👎")
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(ADMIN_PERMISSION)
    .addIntegerOption((o) =>
      o
        .setName("days")
        .setDescription("Period (default: the last 30 days)")
        .addChoices(...GAPS_PERIODS.map((d) => ({ name: `last ${d} days`, value: d }))),
    )
    .addIntegerOption((o) => o.setName("page").setDescription("Page to start on").setMinValue(1))
    .toJSON(),
  defer: "ephemeral",
  cooldownMs: 2_000,
  async execute(interaction, ctx) {
    if (!(await requireAdmin(interaction, ctx))) return;
    await reply(interaction, ctx, interaction.options.getInteger("days") ?? 30, (interaction.options.getInteger("page") ?? 1) - 1, false);
  },
};

/** Previous / Next under a report: checked again, since anyone could click a forwarded copy. */
export async function handleGapsPage(interaction: ButtonInteraction, ctx: BotContext, days: number, page: number): Promise<void> {
  if (!(await requireAdmin(interaction, ctx))) return;
  await reply(interaction, ctx, days, page, true);
}
