// Writes that may meet a briefly unavailable database (a restarting PostgreSQL, a busy SQLite
// file) are tried a few times with a growing pause before the failure is reported.
export async function withRetry<T>(
  write: () => Promise<T>,
  options: { attempts?: number; firstDelayMs?: number; shouldRetry?: (error: unknown) => boolean } = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  let delay = options.firstDelayMs ?? 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || options.shouldRetry?.(error) === false) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 4;
    }
  }
}
