import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/logger.js";

describe("createLogger", () => {
  it("writes structured JSON lines and redacts tokens wherever they appear", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger("info", sink);
    logger.info({ token: "secret-1", rest: { token: "secret-2" }, headers: { authorization: "Bot secret-3" }, DISCORD_TOKEN: "secret-4" }, "hello");
    logger.debug("hidden at info level");
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.msg).toBe("hello");
    expect(record.level).toBe(30);
    expect(lines[0]).not.toMatch(/secret-\d/);
  });
});
