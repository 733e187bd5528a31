// Registers the command registry with Discord. With DISCORD_GUILD_ID it registers to that one
// server (instant, for development); without, globally (can take up to an hour to appear).
import { REST, Routes } from "discord.js";
import type { Settings } from "../config/settings-schema.js";
import { commandDefinitions } from "./commands/index.js";
import { validateCommandDefinitions } from "./validate-commands.js";

export async function deployCommands(settings: Settings): Promise<{ scope: string; count: number }> {
  const definitions = commandDefinitions();
  const problems = validateCommandDefinitions(definitions);
  if (problems.length) throw new Error(`Command definitions break Discord's limits:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  const rest = new REST(settings.DISCORD_API_BASE ? { api: settings.DISCORD_API_BASE } : {}).setToken(settings.DISCORD_TOKEN);
  const clientId = settings.DISCORD_CLIENT_ID!;
  const route = settings.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(clientId, settings.DISCORD_GUILD_ID) : Routes.applicationCommands(clientId);
  const result = (await rest.put(route, { body: definitions })) as unknown[];
  return { scope: settings.DISCORD_GUILD_ID ? `guild ${settings.DISCORD_GUILD_ID}` : "global", count: result.length };
}
