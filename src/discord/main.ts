// `npm start` (compiled: node dist/discord/main.js): run the bot in this process. SIGINT/SIGTERM
// close the gateway cleanly and exit 0, also when the signal arrives during start-up.
import { loadSettingsOrExit } from "../config/load-settings.js";
import { KnowledgeError } from "../engine.js";
import { createLogger } from "../logging/logger.js";
import { StorageError } from "../storage/storage-error.js";
import { startBot } from "./start-bot.js";

/** A stop that hangs (a stuck socket) must not keep a supervisor waiting for ever. */
const STOP_TIMEOUT_MS = 10_000;

const settings = loadSettingsOrExit();

const logger = createLogger(settings.LOG_LEVEL);
process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled promise rejection"));

// Handlers go in before the first await: a signal during log-in waits for it, then stops cleanly.
const starting = startBot(settings, { logger });
let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return; // Ctrl-C reaches us twice under npm: from the terminal and forwarded by npm
  stopping = true;
  logger.info({ signal }, "shutting down");
  setTimeout(() => {
    logger.warn("the gateway did not close in time; exiting anyway");
    process.exit(0);
  }, STOP_TIMEOUT_MS).unref();
  void starting
    .then(
      (bot) => bot.stop(),
      () => undefined,
    )
    .finally(() => process.exit(0));
};
// `on`, not `once`: a second signal while stopping must not fall through to the default (kill) action.
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
// As a shard (forked by start:sharded): a manager that died without stopping us must not leave us running.
if (process.send) process.on("disconnect", () => shutdown("manager gone"));

try {
  await starting;
} catch (error) {
  if (stopping) process.exit(0); // asked to stop anyway
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
