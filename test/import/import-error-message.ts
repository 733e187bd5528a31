import { expect } from "vitest";
import { ImportError } from "../../src/import/import-error.js";

/** The message of the ImportError `work` rejects with (fails the test if it resolves or throws anything else). */
export async function importErrorMessage(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
}
