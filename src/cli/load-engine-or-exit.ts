// Shared start-up for the command-line tools: load the engine, or print every data problem and exit 1.
import { KnowledgeError, loadEngine, type Engine, type LoadOptions } from "../engine.js";

/** `--curated` on the command line: answer from the curated roles alone, even where the import is present. */
export function layerOptions(curated: boolean | undefined): LoadOptions {
  return curated ? { occupationsFile: null } : {};
}

export async function loadEngineOrExit(dataDir?: string, options: LoadOptions = {}): Promise<Engine> {
  try {
    return await loadEngine(dataDir, options);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(`${error.message}\nFix the files above (npm run validate-data checks them) and try again.`);
      process.exit(1);
    }
    throw error;
  }
}
