// Role options shared by /compare and /role: definition, autocomplete and resolution of what was typed.
import type { AutocompleteInteraction, SlashCommandStringOption } from "discord.js";
import type { ConfidenceTier, Engine, RoleRef, RoleResolution } from "../../engine.js";
import { DISCORD_LIMITS } from "../../limits.js";
import { escapeUserText } from "../../render/discord/escape.js";
import { truncate } from "../../render/discord/fit-embed.js";
import type { BotContext } from "../bot-context.js";

export function roleOption(name: string, description: string, required: boolean) {
  return (option: SlashCommandStringOption) =>
    option.setName(name).setDescription(description).setRequired(required).setAutocomplete(true).setMaxLength(DISCORD_LIMITS.choiceValue);
}

/** Autocomplete must answer at once (it cannot be deferred): the engine's index is in memory, so it does. */
export async function autocompleteRoles(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const focused = interaction.options.getFocused();
  const choices = ctx.engine.suggestRoles(focused, DISCORD_LIMITS.autocompleteChoices).map((c) => ({
    name: truncate(c.label, DISCORD_LIMITS.choiceName),
    value: c.roleId,
  }));
  await interaction.respond(choices);
}

export interface ResolvedRoles {
  /** Every input understood well enough to answer: the engine words "interpreted as" notes for typos. */
  resolved: RoleResolution[];
  roleIds: string[];
  /** Set when a role could not be resolved: the member picks from suggestions instead of getting an answer. */
  problem?: { typed: string; suggestions: RoleRef[]; tier: ConfidenceTier | "unknown" };
}

export function resolveRoleOptions(engine: Engine, inputs: readonly string[]): ResolvedRoles {
  const resolved: RoleResolution[] = [];
  const roleIds: string[] = [];
  // The first problem is reported, but the other inputs are still resolved: a "did you mean" pick
  // must keep every role that was understood, including those typed after the unclear one.
  let problem: ResolvedRoles["problem"];
  for (const input of inputs) {
    const resolution = engine.resolveRole(input);
    if (resolution.status === "unknown") {
      problem ??= { typed: input, suggestions: resolution.suggestions, tier: "unknown" };
      continue;
    }
    if (resolution.tier === "weak") {
      problem ??= { typed: input, suggestions: [resolution.role], tier: "weak" };
      continue;
    }
    if (roleIds.includes(resolution.role.roleId)) continue;
    resolved.push(resolution);
    roleIds.push(resolution.role.roleId);
  }
  if (!problem) return { resolved, roleIds };
  // A suggestion that is already one of the roles would turn the comparison into a single profile.
  const suggestions = problem.suggestions.filter((s) => !roleIds.includes(s.roleId));
  return { resolved, roleIds, problem: { ...problem, suggestions } };
}

export function unknownRoleText(typed: string, suggestions: readonly RoleRef[]): string {
  const titles = suggestions.map((s) => `**${s.title}**`);
  const hint = titles.length ? ` Did you mean ${titles.join(", ")}?` : "";
  return `I don't know *${escapeUserText(typed, 80)}* yet.${hint} Pick a role from the list as you type, or see \`/roles\`.`;
}
