// Every storage problem an operator must act on, worded for them: which database (file or server,
// never a password), what is wrong and what to do.
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
  }
}

/** A postgres:// URL for messages, password masked. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "DATABASE_URL (not a valid URL)";
  }
}
