// The Dockerfile runs exactly what `npm start` runs, on files the build and the image really contain,
// with only production dependencies installed. (Docker itself cannot run here; the command can, see
// test/e2e/production-start.e2e.test.ts.)
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dockerCommand, npmScript, runtimeStage } from "../support/deploy-files.js";
import { ensureBuilt, ROOT } from "../support/ensure-built.js";

function compiledFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return compiledFiles(path);
    return entry.name.endsWith(".js") ? [path] : [];
  });
}

/** Bare module names a compiled file imports (static and dynamic), without subpaths. */
function importedPackages(source: string): string[] {
  const statements = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";|^\s*import\s*"([^"]+)";/gm)];
  const dynamic = [...source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)];
  const specifiers = [...statements, ...dynamic].map((m) => m[1] ?? m[2]!);
  return specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:"))
    .map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!));
}

describe("deployment", () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it("the Dockerfile's CMD is the command `npm start` execs, and that file is built", () => {
    const command = dockerCommand();
    // `env` sets glibc's arena count and execs node, so the process Docker signals is still the bot.
    expect(command.slice(0, 3)).toEqual(["env", "MALLOC_ARENA_MAX=2", "node"]);
    expect(command.at(-1)).toBe("dist/discord/main.js");
    expect(npmScript("start")).toBe(`exec ${command.join(" ")}`);
    expect(existsSync(join(ROOT, command.at(-1)!))).toBe(true);
  });

  it("start:sharded runs the compiled manager with the same Node options as npm start (its shards inherit them)", () => {
    const start = npmScript("start").split(" ");
    const sharded = npmScript("start:sharded").split(" ");
    expect(sharded.slice(0, -1)).toEqual(start.slice(0, -1));
    expect(sharded.at(-1)).toBe("dist/discord/shard-main.js");
  });

  it("the runtime image holds what the bot reads at run time: dist/, data/ and production dependencies only", () => {
    const stage = runtimeStage();
    expect(stage).toContainEqual(expect.stringMatching(/^COPY --from=build \/app\/dist \.\/dist$/));
    expect(stage).toContainEqual(expect.stringMatching(/^COPY data \.\/data$/));
    expect(stage).toContainEqual(expect.stringMatching(/^RUN npm ci --omit=dev\b/));
  });

  it("the image parses data/ at build time, after copying it and before dropping root, with a command that works", () => {
    const stage = runtimeStage();
    const prefill = stage.findIndex((line) => line.includes("load-knowledge.js"));
    expect(prefill).toBeGreaterThan(stage.findIndex((line) => /^COPY data \.\/data$/.test(line)));
    expect(prefill).toBeLessThan(stage.findIndex((line) => /^USER node$/.test(line)));
    const script = /^RUN node --input-type=module -e "(.+)"$/.exec(stage[prefill]!)?.[1];
    expect(script).toBeDefined();
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script!], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("the compiled bot imports only production dependencies and Node built-ins (no tsx, no dev tools)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    const files = compiledFiles(join(ROOT, "dist"));
    expect(files.length).toBeGreaterThan(10);
    const imported = new Set(files.flatMap((file) => importedPackages(readFileSync(file, "utf8"))));
    expect(imported).toContain("discord.js"); // the scan does see imports
    expect([...imported].filter((name) => !allowed.has(name))).toEqual([]);
  });
});
