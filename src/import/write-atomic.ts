// Writes to a temporary file in the target folder, then renames it over the target: a crash or an
// error mid-write never leaves a half-written file where the loader looks.
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, basename, join } from "node:path";

export async function writeFileAtomic(target: string, text: string | Uint8Array): Promise<void> {
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
