// /settings: a server's own setup, for members with Manage Server. Ask channels, answers public or
// private by default, free-text answers on or off, the per-member cooldown, reset, and forget
// (deletes everything the bot stores about the server). Changes apply at once in every shard.
import { ChannelType, channelMention, InteractionContextType, type ChatInputCommandInteraction, type SlashCommandSubcommandBuilder } from "discord.js";
import type { BotContext } from "../bot-context.js";
import type { ResolvedGuildSettings } from "../guild-settings.js";
import { sendResponse } from "../respond.js";
import { withRetry } from "../../storage/retry.js";
import { ADMIN_PERMISSION, requireAdmin } from "./admin-access.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";

export const MAX_ASK_CHANNELS = 25;
export const MAX_COOLDOWN_SECONDS = 3_600;

export const MESSAGE_CONTENT_EXPLANATION =
  "⚠️ This bot was started without the **Message Content** intent, so it cannot read messages in ask channels yet " +
  "(mentions, replies, DMs and slash commands still work). Its owner must switch on *Message Content Intent* " +
  "(Developer Portal → the application → Bot → Privileged Gateway Intents) and restart the bot with `MESSAGE_CONTENT_INTENT=true`.";

const ASK_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;

function channelSubcommand(name: string, description: string) {
  return (s: SlashCommandSubcommandBuilder) =>
    s
      .setName(name)
      .setDescription(description)
      .addChannelOption((o) =>
        o
          .setName("channel")
          .setDescription("The channel")
          .setRequired(true)
          .addChannelTypes(...ASK_CHANNEL_TYPES),
      );
}

function build() {
  return slashCommand("settings", "Set RoleCompare up for this server (Manage Server)")
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(ADMIN_PERMISSION)
    .addSubcommand((s) => s.setName("show").setDescription("Show this server's settings"))
    .addSubcommandGroup((g) =>
      g
        .setName("ask-channels")
        .setDescription("Channels where every message is read (their threads count too)")
        .addSubcommand(channelSubcommand("add", "Read every message in a channel"))
        .addSubcommand(channelSubcommand("remove", "Stop reading every message in a channel"))
        .addSubcommand((s) => s.setName("list").setDescription("List the ask channels")),
    )
    .addSubcommand((s) =>
      s
        .setName("answers")
        .setDescription("Whether slash-command answers are public or private by default")
        .addStringOption((o) =>
          o
            .setName("visibility")
            .setDescription("Default for answers (members can still choose with hide)")
            .setRequired(true)
            .addChoices({ name: "public", value: "public" }, { name: "private", value: "private" }),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName("free-text")
        .setDescription("Answer questions typed in chat (mentions, replies, ask channels)")
        .addBooleanOption((o) => o.setName("enabled").setDescription("On or off").setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName("cooldown")
        .setDescription("Seconds a member waits between answers")
        .addIntegerOption((o) =>
          o.setName("seconds").setDescription(`0 to ${MAX_COOLDOWN_SECONDS}`).setRequired(true).setMinValue(0).setMaxValue(MAX_COOLDOWN_SECONDS),
        ),
    )
    .addSubcommand((s) => s.setName("reset").setDescription("Back to the bot's defaults (feedback and gaps are kept)"))
    .addSubcommand((s) =>
      s
        .setName("forget")
        .setDescription("Delete everything RoleCompare stores about this server")
        .addBooleanOption((o) => o.setName("confirm").setDescription("True to delete settings, feedback and gaps now").setRequired(true)),
    )
    .toJSON();
}

export function describeSettings(settings: ResolvedGuildSettings, ctx: BotContext): string {
  const channels = [...settings.askChannelIds];
  return [
    `**Ask channels:** ${channels.length ? channels.map(channelMention).join(", ") : "none"}${settings.customized ? "" : " (the bot's defaults)"}`,
    `**Answers by default:** ${settings.answersPrivate ? "private" : "public"}`,
    `**Free-text answers:** ${settings.freeText ? "on" : "off"}`,
    `**Cooldown per member:** ${settings.userCooldownMs === null ? "the bot's defaults" : `${settings.userCooldownMs / 1000} s`}`,
    channels.length > 0 && !ctx.messageContentIntent ? `\n${MESSAGE_CONTENT_EXPLANATION}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

async function changeAskChannels(interaction: ChatInputCommandInteraction<"cached" | "raw">, ctx: BotContext, change: "add" | "remove"): Promise<string> {
  const channel = interaction.options.getChannel("channel", true);
  const current = await ctx.guildSettings.get(interaction.guildId);
  // A server that used the bot's defaults starts from those of them that are in this server.
  const known = (id: string) => current.customized || interaction.guild?.channels.cache.has(id) === true;
  const channels = new Set([...current.askChannelIds].filter(known));
  if (change === "add") {
    if (channels.has(channel.id)) return `${channelMention(channel.id)} is already an ask channel.`;
    if (channels.size >= MAX_ASK_CHANNELS) return `A server can have at most ${MAX_ASK_CHANNELS} ask channels; remove one first.`;
    channels.add(channel.id);
  } else {
    if (!channels.has(channel.id)) return `${channelMention(channel.id)} is not an ask channel.`;
    channels.delete(channel.id);
  }
  await withRetry(() => ctx.store!.setAskChannels(interaction.guildId, [...channels]));
  await ctx.settingsChanged(interaction.guildId);
  if (change === "remove") return `${channelMention(channel.id)} is no longer an ask channel.`;
  const note = ctx.messageContentIntent ? "" : `\n\n${MESSAGE_CONTENT_EXPLANATION}`;
  return `${channelMention(channel.id)} is now an ask channel: I read every message there and in its threads, and answer role questions.${note}`;
}

async function run(interaction: ChatInputCommandInteraction<"cached" | "raw">, ctx: BotContext): Promise<string> {
  const store = ctx.store!;
  const guildId = interaction.guildId;
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(true);
  const update = async (patch: Parameters<typeof store.updateSettings>[1]) => {
    await withRetry(() => store.updateSettings(guildId, patch));
    await ctx.settingsChanged(guildId);
  };
  if (group === "ask-channels") {
    if (sub === "list") {
      const channels = [...(await ctx.guildSettings.get(guildId)).askChannelIds];
      return channels.length
        ? `Ask channels: ${channels.map(channelMention).join(", ")}`
        : "There are no ask channels. Add one with `/settings ask-channels add`.";
    }
    return changeAskChannels(interaction, ctx, sub === "add" ? "add" : "remove");
  }
  switch (sub) {
    case "show":
      return describeSettings(await ctx.guildSettings.get(guildId), ctx);
    case "answers": {
      const visibility = interaction.options.getString("visibility", true);
      await update({ answersPrivate: visibility === "private" });
      return `Answers to slash commands are now **${visibility}** by default.`;
    }
    case "free-text": {
      const enabled = interaction.options.getBoolean("enabled", true);
      await update({ freeText: enabled });
      return enabled
        ? "Free-text answers are **on**: mentions, replies and ask channels are answered."
        : "Free-text answers are **off**: only slash commands and the message menu are answered.";
    }
    case "cooldown": {
      const seconds = interaction.options.getInteger("seconds", true);
      await update({ cooldownSeconds: Math.min(Math.max(seconds, 0), MAX_COOLDOWN_SECONDS) });
      return `Each member now waits **${seconds} s** between answers.`;
    }
    case "reset":
      await withRetry(() => store.resetSettings(guildId));
      await ctx.settingsChanged(guildId);
      return "Settings are back to the bot's defaults. Feedback and gaps are kept (`/settings forget` deletes them).";
    case "forget": {
      if (!interaction.options.getBoolean("confirm", true)) return "Nothing was deleted. Run `/settings forget confirm:True` to delete everything.";
      const deleted = await withRetry(() => store.forgetGuild(guildId));
      await ctx.settingsChanged(guildId);
      return `Done: everything RoleCompare stored about this server is deleted (${deleted} record${deleted === 1 ? "" : "s"}: settings, ask channels, votes and unknown titles).`;
    }
    default:
      return "I don't know that setting. Try `/settings show`.";
  }
}

export const settingsCommand: ChatInputCommand = {
  kind: "chat-input",
  data: build(),
  defer: "ephemeral",
  cooldownMs: 2_000,
  async execute(interaction, ctx) {
    if (!(await requireAdmin(interaction, ctx)) || !interaction.inGuild()) return;
    let content: string;
    try {
      content = await run(interaction, ctx);
    } catch (err) {
      ctx.logger.error({ err, guildId: interaction.guildId }, "could not change server settings");
      content = "Sorry, I couldn't save that: the bot's database is not answering. Nothing changed; please try again in a few minutes.";
    }
    await sendResponse(interaction, { content }, { ephemeral: true });
  },
};
