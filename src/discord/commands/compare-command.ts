// /compare <aspect> role-a role-b [role-c] [hide] [mention]: roles side by side for one aspect.
import { ASPECTS, ASPECT_IDS, isAspectId } from "../../knowledge/aspects.js";
import type { BotContext } from "../bot-context.js";
import { recordUnknownTitles } from "../record-unknown-titles.js";
import { answerPayload, sendNotice, sendResponse } from "../respond.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";
import { autocompleteRoles, resolveRoleOptions, roleOption } from "./role-options.js";
import { replyWithRoleChoices } from "./role-choices.js";

function build() {
  const builder = slashCommand("compare", "Compare two or three roles side by side");
  for (const aspect of ASPECT_IDS) {
    builder.addSubcommand((sub) =>
      sub
        .setName(aspect)
        .setDescription(`${ASPECTS[aspect].label}: ${ASPECTS[aspect].description}`.slice(0, 100))
        .addStringOption(roleOption("role-a", "First role, e.g. Office Manager", true))
        .addStringOption(roleOption("role-b", "Second role, e.g. Operations Manager", true))
        .addStringOption(roleOption("role-c", "Optional third role", false))
        .addBooleanOption((o) => o.setName("hide").setDescription("Only you see the answer"))
        .addUserOption((o) => o.setName("mention").setDescription("A member to address the answer to")),
    );
  }
  return builder.toJSON();
}

export const compareCommand: ChatInputCommand = {
  kind: "chat-input",
  data: build(),
  defer: "none",
  cooldownMs: 3_000,
  autocomplete: (interaction, ctx) => autocompleteRoles(interaction, ctx),
  async execute(interaction, ctx: BotContext) {
    const aspect = interaction.options.getSubcommand(true);
    if (!isAspectId(aspect)) return sendNotice(interaction, "That aspect is not one I know. Try `/help`.");
    const inputs = ["role-a", "role-b", "role-c"].map((name) => interaction.options.getString(name)).filter((v): v is string => Boolean(v?.trim()));
    const resolved = resolveRoleOptions(ctx.engine, inputs);
    if (resolved.problem?.tier === "unknown") recordUnknownTitles(ctx, interaction.guildId, [resolved.problem.typed]);
    if (resolved.problem) return replyWithRoleChoices(interaction, ctx, { aspect, known: resolved.roleIds, ...resolved.problem });
    if (resolved.roleIds.length < 2) return sendNotice(interaction, "Pick two different roles to compare (or use `/role` for one role).");
    const answer = ctx.engine.compare(resolved.resolved, aspect);
    const hide = interaction.options.getBoolean("hide") ?? (await ctx.guildSettings.get(interaction.guildId)).answersPrivate;
    const mention = hide ? null : interaction.options.getUser("mention");
    await sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id), {
      ephemeral: hide,
      ...(mention ? { mentionUserId: mention.id } : {}),
    });
  },
};
