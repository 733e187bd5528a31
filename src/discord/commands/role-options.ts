// Role options shared by /compare and /role: definition, autocomplete and resolution of what was typed.
import type { AutocompleteInteraction, SlashCommandStringOption } from "discord.js";
import { DISCORD_LIMITS } from "../../limits.js";
import { escapeUserText } from "../../render/discord/escape.js";
import { truncate } from "../../render/discord/fit-embed.js";
import { resolveRoleName } from "../../understanding/resolve-role-name.js";
import { suggestRoles } from "../../understanding/suggest-roles.js";
import type { ConfidenceTier } from "../../understanding/types.js";
import type { BotContext } from "../bot-context.js";

export function roleOption(name: string, description: string, required: boolean) {
  return (option: SlashCommandStringOption) =>
    option.setName(name).setDescription(description).setRequired(required).setAutocomplete(true).setMaxLength(DISCORD_LIMITS.choiceValue);
}

/** Autocomplete must answer at once (it cannot be deferred): the index is in memory, so it does. */
export async function autocompleteRoles(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const focused = interaction.options.getFocused();
  const choices = suggestRoles(ctx.engine.parser.index, focused, DISCORD_LIMITS.autocompleteChoices).map((c) => ({
    name: truncate(c.label, DISCORD_LIMITS.choiceName),
    value: c.roleId,
  }));
  await interaction.respond(choices);
}

export interface ResolvedRoles {
  roleIds: string[];
  /** "Interpreted “ops mgr” as Operations Manager" notes for fuzzy matches. */
  notes: string[];
  /** Set when a role could not be resolved: the message to show instead of an answer. */
  problem?: { typed: string; suggestions: string[]; tier: ConfidenceTier | "unknown" };
}

export function resolveRoleOptions(ctx: BotContext, inputs: readonly string[]): ResolvedRoles {
  const roleIds: string[] = [];
  const notes: string[] = [];
  // The first problem is reported, but the other inputs are still resolved: a "did you mean" pick
  // must keep every role that was understood, including those typed after the unclear one.
  let problem: ResolvedRoles["problem"];
  for (const input of inputs) {
    const resolution = resolveRoleName(ctx.engine.parser.index, input);
    if (resolution.status === "unknown") {
      problem ??= { typed: input, suggestions: resolution.suggestions, tier: "unknown" };
      continue;
    }
    if (resolution.tier === "weak") {
      problem ??= { typed: input, suggestions: [resolution.roleId], tier: "weak" };
      continue;
    }
    if (resolution.tier === "fuzzy") notes.push(`Interpreted "${escapeUserText(resolution.typed, 80)}" as ${ctx.engine.knowledge.getRole(resolution.roleId)!.title}.`);
    if (!roleIds.includes(resolution.roleId)) roleIds.push(resolution.roleId);
  }
  if (!problem) return { roleIds, notes };
  // A suggestion that is already one of the roles would turn the comparison into a single profile.
  const suggestions = problem.suggestions.filter((id) => !roleIds.includes(id));
  return { roleIds, notes, problem: { ...problem, suggestions } };
}

export function unknownRoleText(ctx: BotContext, typed: string, suggestions: readonly string[]): string {
  const titles = suggestions.map((id) => `**${ctx.engine.knowledge.getRole(id)?.title ?? id}**`);
  const hint = titles.length ? ` Did you mean ${titles.join(", ")}?` : "";
  return `I don't know *${escapeUserText(typed, 80)}* yet.${hint} Pick a role from the list as you type, or see \`/roles\`.`;
}
