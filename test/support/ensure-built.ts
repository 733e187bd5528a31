// Tests and the soak run the compiled bot exactly as `npm start` does. This builds dist/ first when
// it is missing or older than src/ (CI builds before the tests, so there it is a quick check).
// Test files run in parallel: one builds while the others wait on a lock folder, then re-check.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildStatus, ROOT } from "../../scripts/build-status.mjs";

export { ROOT };

const LOCK = join(ROOT, ".build-lock");
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function takeLock(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      pause(200);
    }
  }
}

export function ensureBuilt(): void {
  if (buildStatus() === "fresh") return;
  takeLock();
  try {
    if (buildStatus() === "fresh") return; // another test file built it while we waited
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (buildStatus() !== "fresh") throw new Error("npm run build finished but dist/ is still not up to date with src/");
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
