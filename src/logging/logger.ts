// One structured logger (pino) for the whole bot. The token can never reach a log line: it is
// redacted by key wherever it appears, and the REST/WS debug output is not forwarded.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level = "info", destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      name: "rolecompare",
      level,
      redact: { paths: ["token", "*.token", "*.*.token", "headers.authorization", "*.headers.authorization", "DISCORD_TOKEN", "*.DISCORD_TOKEN"], censor: "[redacted]" },
      base: { pid: process.pid },
    },
    destination ?? process.stderr,
  );
}
