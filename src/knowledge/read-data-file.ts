// Reads one YAML or JSON data file into plain values, reporting syntax errors with file and line.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";

export const DATA_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

export async function readDataFile(path: string): Promise<unknown> {
  const text = await readFile(path, "utf8");
  if (extname(path) === ".json") {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`not valid JSON: ${(error as Error).message}`);
    }
  }
  try {
    // uniqueKeys: a repeated key is almost always a copy-paste slip, so it is an error.
    return parseYaml(text, { uniqueKeys: true, prettyErrors: true }) as unknown;
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
