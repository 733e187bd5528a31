// `npm start`: run the bot in this process. Clean shutdown on SIGINT/SIGTERM.
import { loadSettingsOrExit } from "../config/load-settings.js";
import { KnowledgeError } from "../engine.js";
import { createLogger } from "../logging/logger.js";
import { StorageError } from "../storage/storage-error.js";
import { startBot } from "./start-bot.js";

const settings = loadSettingsOrExit();

const logger = createLogger(settings.LOG_LEVEL);
process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled promise rejection"));

try {
  const bot = await startBot(settings, { logger });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    void bot.stop().finally(() => process.exit(0));
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  if (error instanceof StorageError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof KnowledgeError) {
    console.error(`${error.message}\nFix the files above (npm run validate-data checks them) and start again.`);
    process.exit(1);
  }
  const code = (error as { code?: string }).code;
  if (code === "TokenInvalid" || /invalid token|401/i.test(String((error as Error).message))) {
    console.error("Discord rejected DISCORD_TOKEN. Copy a fresh token from Developer Portal -> your application -> Bot -> Reset Token into .env.");
    process.exit(1);
  }
  logger.fatal({ err: error }, "could not start the bot");
  process.exit(1);
}
