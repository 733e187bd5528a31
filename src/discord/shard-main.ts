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
  execArgv: ["--import", "tsx"],
  respawn: true,
});
manager.on("shardCreate", (shard) => {
  logger.info({ shardId: shard.id }, "shard launched");
  shard.on("death", () => logger.warn({ shardId: shard.id }, "shard process exited; respawning"));
});
await manager.spawn();
const shutdown = () => {
  for (const shard of manager.shards.values()) shard.kill();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
