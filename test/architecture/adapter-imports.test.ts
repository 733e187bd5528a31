// The engine is the only way in: adapters (Discord, the CLIs, the renderers) import the engine
// facade and a few public modules, never the internals of knowledge/, understanding/ or answers/.
// The public modules, and why each is public:
//   src/engine.ts              the facade; it re-exports the plain data types adapters need
//                              (Answer, AnswerNote, RoleRef, ParsedQuestion, Intent, ConfidenceTier,
//                              RoleChoice) and KnowledgeError
//   src/answers/answer.ts      the Answer data every renderer draws from (types only)
//   src/answers/format-figures.ts  words for numbers (money, ranges, years), shared by answers and renderers
//   src/knowledge/aspects.ts   the aspect table (ids, codes, labels, emoji) slash commands and buttons list
//   src/limits.ts              Discord's limits
// Adapters may also import config/, logging/ and each other (render/ is used by discord/ and cli/).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ADAPTER_DIRS = ["src/discord", "src/cli", "src/render"];
const ENGINE_DIRS = ["src/knowledge/", "src/understanding/", "src/answers/", "src/text/"];
const PUBLIC = new Set(["src/engine.ts", "src/answers/answer.ts", "src/answers/format-figures.ts", "src/knowledge/aspects.ts", "src/limits.ts"]);

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** Every module a file imports or re-exports, static or dynamic, as a path from the repository root. */
export function importedModules(file: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specifiers.filter((s) => s.startsWith(".")).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, ".ts"));
}

/** The imports of a file that reach into engine internals. */
export function forbiddenImports(file: string, source: string): string[] {
  return importedModules(file, source).filter((target) => ENGINE_DIRS.some((dir) => target.startsWith(dir)) && !PUBLIC.has(target));
}

describe("adapters reach the engine only through its facade", () => {
  const files = ADAPTER_DIRS.flatMap(filesUnder);

  it("finds the adapter files and their imports", () => {
    expect(files.length).toBeGreaterThan(20);
    const respond = files.find((f) => f.endsWith("discord/respond.ts"))!;
    expect(importedModules(respond, readFileSync(join(ROOT, respond), "utf8"))).toContain("src/render/discord/answer-embeds.ts");
  });

  it.each(ADAPTER_DIRS)("nothing under %s imports knowledge/, understanding/, answers/ or text/ internals", (dir) => {
    const offenders = files
      .filter((f) => f.startsWith(dir))
      .flatMap((f) => forbiddenImports(f, readFileSync(join(ROOT, f), "utf8")).map((target) => `${f} -> ${target}`));
    expect(offenders).toEqual([]);
  });

  it("the check catches static, type-only, re-exported and dynamic imports of internals", () => {
    const file = "src/discord/commands/example.ts";
    const source = [
      'import { resolveRoleName } from "../../understanding/resolve-role-name.js";',
      'import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";',
      'export { composeAnswer } from "../../answers/compose-answer.js";',
      'const m = await import("../../text/normalize.js");',
      'import type { Engine } from "../../engine.js";',
      'import { ASPECT_IDS } from "../../knowledge/aspects.js";',
      'import {\n  DISCORD_LIMITS,\n} from "../../limits.js";',
    ].join("\n");
    expect(forbiddenImports(file, source)).toEqual([
      "src/understanding/resolve-role-name.ts",
      "src/knowledge/knowledge-base.ts",
      "src/answers/compose-answer.ts",
      "src/text/normalize.ts",
    ]);
  });
});
