// /role <role> [aspect] [hide]: one role's profile, with buttons for the other aspects.
import { ASPECTS, ASPECT_IDS, isAspectId } from "../../knowledge/aspects.js";
import { recordUnknownTitles } from "../record-unknown-titles.js";
import { answerPayload, sendResponse } from "../respond.js";
import type { ChatInputCommand } from "./command.js";
import { slashCommand } from "./slash-command-base.js";
import { replyWithRoleChoices } from "./role-choices.js";
import { autocompleteRoles, resolveRoleOptions, roleOption } from "./role-options.js";

export const roleCommand: ChatInputCommand = {
  kind: "chat-input",
  data: slashCommand("role", "One role's profile: duties, requirements, pay and more")
    .addStringOption(roleOption("role", "The role, e.g. Practice Manager", true))
    .addStringOption((o) =>
      o
        .setName("aspect")
        .setDescription("What to show (default: overview)")
        .addChoices(...ASPECT_IDS.map((id) => ({ name: `${ASPECTS[id].emoji} ${ASPECTS[id].label}`, value: id }))),
    )
    .addBooleanOption((o) => o.setName("hide").setDescription("Only you see the answer"))
    .toJSON(),
  defer: "none",
  cooldownMs: 3_000,
  autocomplete: (interaction, ctx) => autocompleteRoles(interaction, ctx),
  async execute(interaction, ctx) {
    const requested = interaction.options.getString("aspect") ?? "overview";
    const aspect = isAspectId(requested) ? requested : "overview";
    const resolved = resolveRoleOptions(ctx.engine, [interaction.options.getString("role", true)]);
    if (resolved.problem?.tier === "unknown") recordUnknownTitles(ctx, interaction.guildId, [resolved.problem.typed]);
    if (resolved.problem) return replyWithRoleChoices(interaction, ctx, { aspect, known: [], ...resolved.problem });
    const answer = ctx.engine.compare(resolved.resolved, aspect);
    await sendResponse(interaction, await answerPayload(ctx, answer, interaction.user.id), {
      ephemeral: interaction.options.getBoolean("hide") ?? (await ctx.guildSettings.get(interaction.guildId)).answersPrivate,
    });
  },
};
