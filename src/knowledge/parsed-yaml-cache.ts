// What the YAML library made of each data file, kept as JSON beside the data (<data>/.cache/, ignored
// by git) so a start-up whose files have not changed neither loads nor runs the YAML parser: about
// 300 ms for the 32 curated roles on a cold process, against a few ms for the JSON. An entry is used
// only when the file's sha256 matches, so an edited file is always parsed again; the values are still
// validated by the schema on every start, so a cached file fails exactly as a parsed one would. A
// missing, unreadable or unwritable cache only means parsing, as before.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

/** The parser and its options: a cache written by another YAML release or other options is not used. */
export const YAML_PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: true } as const;

interface CacheEntry {
  sha256: string;
  value: unknown;
}

interface CacheFile {
  parser: string;
  files: Record<string, CacheEntry>;
}

function parserId(): string {
  let version = "unknown";
  try {
    const file = createRequire(import.meta.url).resolve("yaml/package.json");
    version = String((JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version);
  } catch {
    // No version to compare: entries are still keyed by content, and "unknown" never matches a real one.
  }
  return `yaml@${version} ${JSON.stringify(YAML_PARSE_OPTIONS)} cache/1`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export class ParsedYamlCache {
  private readonly file: string;
  private readonly parser = parserId();
  private entries: Record<string, CacheEntry> = {};
  /** The entries of the files read in this load: what the next write keeps. */
  private readonly used: Record<string, CacheEntry> = {};
  private changed = false;

  /** `dataDir`: the data folder; `key`s are file paths relative to it. */
  constructor(dataDir: string) {
    this.file = join(dataDir, ".cache", "parsed-yaml.json");
  }

  async read(): Promise<void> {
    try {
      const cache = JSON.parse(await readFile(this.file, "utf8")) as Partial<CacheFile> | null;
      if (cache?.parser === this.parser && typeof cache.files === "object" && cache.files !== null) this.entries = cache.files;
    } catch {
      // Absent or damaged: every file is parsed, and the cache written again.
    }
  }

  /** The cached value of `key` when its text is unchanged; undefined otherwise. */
  get(key: string, hash: string): { value: unknown } | undefined {
    const entry = this.entries[key];
    if (!entry || typeof entry !== "object" || entry.sha256 !== hash || !("value" in entry)) return undefined;
    this.used[key] = entry;
    return { value: entry.value };
  }

  /** Remembers a freshly parsed value, unless JSON cannot carry it exactly (.nan, .inf, -0...). */
  set(key: string, hash: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (text === undefined || !isDeepStrictEqual(JSON.parse(text), value)) return;
    this.used[key] = { sha256: hash, value: JSON.parse(text) as unknown };
    this.changed = true;
  }

  /** Writes the entries of this load when any is new or any old one went unused; failures are ignored. */
  async write(): Promise<void> {
    if (!this.changed && Object.keys(this.used).length === Object.keys(this.entries).length) return;
    const folder = join(this.file, "..");
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(folder, { recursive: true });
      await writeFile(temp, JSON.stringify({ parser: this.parser, files: this.used } satisfies CacheFile));
      await rename(temp, this.file);
    } catch {
      // A read-only data folder (a container image): the next start parses again.
      await unlink(temp).catch(() => undefined);
    }
  }
}
