// Reads the deployment files the way their tools do, so tests can check them without Docker.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./ensure-built.js";

/** The Dockerfile's final CMD, which must be in exec form (a JSON array): the process Docker signals. */
export function dockerCommand(): string[] {
  const lines = readFileSync(join(ROOT, "Dockerfile"), "utf8").split("\n");
  const cmd = lines.filter((line) => /^CMD\s/.test(line)).at(-1);
  if (!cmd) throw new Error("the Dockerfile has no CMD");
  return JSON.parse(cmd.replace(/^CMD\s+/, "")) as string[];
}

/** The instructions of the Dockerfile's last stage (the runtime image), from its last FROM on. */
export function runtimeStage(): string[] {
  const lines = readFileSync(join(ROOT, "Dockerfile"), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"));
  const from = lines.findLastIndex((line) => line.startsWith("FROM "));
  return lines.slice(from);
}

/** A package.json script's command. */
export function npmScript(name: string): string {
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no "${name}" script`);
  return script;
}
