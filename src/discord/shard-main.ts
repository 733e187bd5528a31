// `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard
// (SHARD_COUNT or Discord's recommendation). Each shard loads the read-only knowledge base itself.
import { ShardingManager } from "discord.js";
import { fileURLToPath } from "node:url";
import { loadSettingsOrExit } from "../config/load-settings.js";
import { createLogger } from "../logging/logger.js";

const settings = loadSettingsOrExit();
const logger = createLogger(settings.LOG_LEVEL);
const manager = new ShardingManager(fileURLToPath(new URL("./main.ts", import.meta.url)), {
  token: settings.DISCORD_TOKEN,
  totalShards: settings.SHARD_COUNT,
  // Resolved here, not by name in the child: the shard may start from any working folder.
  execArgv: ["--import", import.meta.resolve("tsx")],
  respawn: true,
});
let stopping = false;
manager.on("shardCreate", (shard) => {
  logger.info({ shardId: shard.id }, "shard launched");
  shard.on("death", () => {
    if (!stopping) logger.warn({ shardId: shard.id }, "shard process exited; the manager respawns it");
  });
});
// Shards shut down cleanly on SIGTERM (see main.ts); the manager waits for them before exiting.
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping all shards");
  await Promise.all(
    [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return resolve();
          const timer = setTimeout(() => (shard.kill(), resolve()), 5_000);
          child.once("exit", () => (clearTimeout(timer), resolve()));
          child.kill("SIGTERM");
        }),
    ),
  );
  process.exit(0);
};
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
await manager.spawn({ delay: 5_500 });
