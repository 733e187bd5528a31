// RSS after start, as the bot has it: plain node on the compiled dist/, with npm start's flags (run by
// run-bench.ts). cold-probe.ts needs tsx for its own TypeScript, and tsx's loader thread alone adds
// some 25-30 MB that the bot never carries, so this figure comes from a process without it. It does
// what start-bot.ts does before the gateway: discord.js loaded, the knowledge loaded and indexed, the
// first question, then the bot's warm-up. One JSON line on stdout.
// @ts-check
import { existsSync } from "node:fs";

const dist = (/** @type {string} */ path) => new URL(`../dist/${path}`, import.meta.url);
if (!existsSync(dist("engine.js"))) {
  console.error("bench/start-rss-probe.mjs runs dist/: run `npm run build` first.");
  process.exit(1);
}
const MB = 1024 * 1024;
await import("discord.js");
/** @type {typeof import("../src/engine.js")} */
const { loadEngine } = await import(dist("engine.js").href);
/** @type {typeof import("../src/render/discord/answer-embeds.js")} */
const { answerEmbeds } = await import(dist("render/discord/answer-embeds.js").href);
/** @type {typeof import("../src/render/discord/custom-ids.js")} */
const { CustomIdCodec } = await import(dist("render/discord/custom-ids.js").href);
/** @type {typeof import("../src/discord/warm-up.js")} */
const { warmUpBot } = await import(dist("discord/warm-up.js").href);

const engine = await loadEngine();
answerEmbeds(engine.ask("rn vs lpn pay").answer);
await warmUpBot(engine, new CustomIdCodec(engine.roleIds));
console.log(JSON.stringify({ rssAfterStartMB: process.memoryUsage().rss / MB }));
