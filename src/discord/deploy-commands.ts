// `npm run deploy-commands`: validates the command definitions and registers them (see register-commands.ts).
import { loadSettings, SettingsError } from "../config/load-settings.js";
import { deployCommands } from "./register-commands.js";

try {
  const settings = loadSettings({ require: ["DISCORD_CLIENT_ID"] });
  const { scope, count } = await deployCommands(settings);
  console.log(`Registered ${count} commands (${scope}).${scope === "global" ? " Global commands can take up to an hour to appear." : ""}`);
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : `Could not register commands: ${(error as Error).message}`);
  process.exit(1);
}
