// Shared start-up for the command-line tools: load the engine, or print every data problem and exit 1.
import { KnowledgeError, loadEngine, type Engine } from "../engine.js";

export async function loadEngineOrExit(dataDir?: string): Promise<Engine> {
  try {
    return await loadEngine(dataDir);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(`${error.message}\nFix the files above (npm run validate-data checks them) and try again.`);
      process.exit(1);
    }
    throw error;
  }
}
