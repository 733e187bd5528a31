// Tests and the soak run the compiled bot exactly as `npm start` does. This builds dist/ first when
// it is missing or older than src/ (CI builds before the tests, so there it is a quick check).
import { execFileSync } from "node:child_process";
import { buildStatus, ROOT } from "../../scripts/build-status.mjs";

export { ROOT };

export function ensureBuilt(): void {
  if (buildStatus() === "fresh") return;
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (buildStatus() !== "fresh") throw new Error("npm run build finished but dist/ is still not up to date with src/");
}
