// sha256 over the input files in a fixed order (each file's path inside the source folder, then
// its bytes), so the same inputs always give the same hash and the loader can tell releases apart.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { relative } from "node:path";

export async function contentHash(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${relative(root, file).split("\\").join("/")}\0`);
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    hash.update("\0");
  }
  return hash.digest("hex");
}
