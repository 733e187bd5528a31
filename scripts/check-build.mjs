// Runs before `npm start` / `npm run start:sharded`: a clear message instead of "Cannot find module"
// when the bot was never built, and a warning when src/ changed since the last build.
import { buildStatus, ENTRY } from "./build-status.mjs";

const status = buildStatus();
if (status === "missing") {
  console.error(`${ENTRY} does not exist yet: run \`npm run build\` first (or \`npm run dev\` to run from source).`);
  process.exit(1);
}
if (status === "stale") console.error("Warning: src/ changed since the last build; run `npm run build` to start the current code.");
