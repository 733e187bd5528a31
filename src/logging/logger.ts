// One structured logger (pino) for the whole bot. The token can never reach a log line: it is
// redacted by key wherever it appears, and the REST/WS debug output is not forwarded.
import { pino, stdSerializers, type Logger } from "pino";

export type { Logger };

/** Interaction and webhook tokens sit in REST URLs; they are valid for 15 minutes, so they are masked too. */
export function maskUrlTokens(text: string): string {
  return text.replace(/\/(interactions|webhooks)\/(\d+)\/[\w.-]+/g, "/$1/$2/[redacted]");
}

/** Discord REST errors carry the request URL and body: keep the useful parts, drop the secrets. */
function serializeError(error: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { ...stdSerializers.err(error) };
  delete out.requestBody;
  for (const key of ["url", "message", "stack"]) if (typeof out[key] === "string") out[key] = maskUrlTokens(out[key]);
  return out;
}

export function createLogger(level = "info", destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      name: "rolecompare",
      level,
      redact: {
        paths: ["token", "*.token", "*.*.token", "headers.authorization", "*.headers.authorization", "DISCORD_TOKEN", "*.DISCORD_TOKEN"],
        censor: "[redacted]",
      },
      base: { pid: process.pid },
      serializers: { err: serializeError },
    },
    destination ?? process.stderr,
  );
}
