import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/logger.js";

function captureLines() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, sink };
}

describe("createLogger", () => {
  it("writes structured JSON lines and redacts tokens wherever they appear", async () => {
    const { lines, sink } = captureLines();
    const logger = createLogger("info", sink);
    logger.info({ token: "secret-1", rest: { token: "secret-2" }, headers: { authorization: "Bot secret-3" }, DISCORD_TOKEN: "secret-4" }, "hello");
    logger.debug("hidden at info level");
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as { msg: string; level: number };
    expect(record.msg).toBe("hello");
    expect(record.level).toBe(30);
    expect(lines[0]).not.toMatch(/secret-\d/);
  });
});

describe("error serialisation", () => {
  it("masks interaction tokens in REST error URLs and drops request bodies", async () => {
    const { lines, sink } = captureLines();
    const error = Object.assign(new Error("Unknown interaction"), {
      url: "https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246c2VjcmV0/callback",
      requestBody: { json: { content: "hello" } },
    });
    createLogger("info", sink).error({ err: error }, "failed");
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toContain("/interactions/123456789012345678/[redacted]/callback");
    expect(lines[0]).not.toContain("aW50ZXJhY3Rpb246c2VjcmV0");
    expect(lines[0]).not.toContain("requestBody");
  });
});
