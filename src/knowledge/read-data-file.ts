// Reads one YAML or JSON data file into plain values, reporting syntax errors with file and line.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { sha256, YAML_PARSE_OPTIONS, type ParsedYamlCache } from "./parsed-yaml-cache.js";

export const DATA_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

/** `cache` and `key` (the file's path in the data folder): YAML text parsed before is not parsed again. */
export async function readDataFile(path: string, cache?: ParsedYamlCache, key: string = path): Promise<unknown> {
  const text = await readFile(path, "utf8");
  if (extname(path) === ".json") {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`not valid JSON: ${(error as Error).message}`);
    }
  }
  const hash = cache ? sha256(text) : "";
  const cached = cache?.get(key, hash);
  if (cached) return cached.value;
  // Loaded only when a file must be parsed: a start-up served from the cache never loads the library.
  const { parse: parseYaml, YAMLParseError } = await import("yaml");
  try {
    // uniqueKeys: a repeated key is almost always a copy-paste slip, so it is an error.
    const value = parseYaml(text, YAML_PARSE_OPTIONS) as unknown;
    cache?.set(key, hash, value);
    return value;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      // prettyErrors appends " at line L, column C:" and a code excerpt; the position goes up front instead.
      const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
      throw new Error(`not valid YAML${pos ? ` (line ${pos.line}, column ${pos.col})` : ""}: ${reason}`);
    }
    throw error;
  }
}
