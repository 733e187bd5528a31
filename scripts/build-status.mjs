// Is dist/ (the compiled bot `npm start` runs) there and up to date with src/? Plain JavaScript, so
// it runs before anything is compiled and without tsx. Used by `npm start`'s check and by the tests.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const ENTRY = "dist/discord/main.js";

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** "missing" (no compiled entry point), "stale" (a source is newer than its output, or has none), or "fresh". */
export function buildStatus(root = ROOT) {
  if (!existsSync(join(root, ENTRY))) return "missing";
  const src = join(root, "src");
  if (!existsSync(src)) return "fresh"; // a deployed image may ship dist/ without src/
  for (const file of sourceFiles(src)) {
    const output = join(root, "dist", relative(src, file)).replace(/\.ts$/, ".js");
    if (!existsSync(output) || statSync(output).mtimeMs < statSync(file).mtimeMs) return "stale";
  }
  return "fresh";
}
