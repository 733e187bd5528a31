// `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard
// (SHARD_COUNT or Discord's recommendation). Each shard loads the read-only knowledge base itself.
import { ShardingManager, type Shard } from "discord.js";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSettingsOrExit } from "../config/load-settings.js";
import { createLogger } from "../logging/logger.js";

const settings = loadSettingsOrExit();
const logger = createLogger(settings.LOG_LEVEL);
// Compiled (dist/*.js, `npm run start:sharded`): shards run main.js on plain node. From source
// (src/*.ts under tsx, while developing): shards run main.ts under tsx too.
const compiled = extname(fileURLToPath(import.meta.url)) === ".js";
const manager = new ShardingManager(fileURLToPath(new URL(compiled ? "./main.js" : "./main.ts", import.meta.url)), {
  token: settings.DISCORD_TOKEN,
  totalShards: settings.SHARD_COUNT,
  // Compiled shards get the manager's Node options (the memory settings in package.json). From
  // source, tsx is resolved here, not by name in the child: a shard may start from any folder.
  execArgv: compiled ? process.execArgv : ["--import", import.meta.resolve("tsx")],
  respawn: true,
});
let stopping = false;
/** Sends SIGTERM (a clean stop, see main.ts) and waits for the exit; SIGKILL after 5 s. */
const stopShard = (shard: Shard) =>
  new Promise<void>((resolve) => {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => (shard.kill(), resolve()), 5_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    child.kill("SIGTERM");
  });
manager.on("shardCreate", (shard) => {
  logger.info({ shardId: shard.id }, "shard launched");
  shard.on("death", () => {
    if (!stopping) logger.warn({ shardId: shard.id }, "shard process exited; the manager respawns it");
  });
  // A shard that was still being launched when the signal came is stopped as soon as it exists.
  if (stopping) shard.once("spawn", () => void stopShard(shard));
});
// Shards shut down cleanly on SIGTERM (see main.ts); the manager waits for them before exiting.
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  manager.respawn = false;
  logger.info({ signal }, "stopping all shards");
  await Promise.all([...manager.shards.values()].map(stopShard));
  process.exit(0);
};
// `on`, not `once`: Ctrl-C reaches us twice under npm (terminal and npm), and a second signal must not kill us mid-stop.
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
try {
  await manager.spawn({ delay: 5_500 });
} catch (error) {
  // A shard stopped while the manager was still launching: expected when stopping, fatal otherwise.
  if (!stopping) {
    logger.fatal({ err: error }, "could not launch the shards");
    process.exit(1);
  }
}
