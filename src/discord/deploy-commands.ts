// `npm run deploy-commands`: validates the command definitions and registers them (see register-commands.ts).
import { loadSettingsOrExit } from "../config/load-settings.js";
import { deployCommands } from "./register-commands.js";

const settings = loadSettingsOrExit({ require: ["DISCORD_CLIENT_ID"] });
try {
  const { scope, count } = await deployCommands(settings);
  console.log(`Registered ${count} commands (${scope}).${scope === "global" ? " Global commands can take up to an hour to appear." : ""}`);
} catch (error) {
  console.error(`Could not register commands: ${(error as Error).message}`);
  process.exit(1);
}
