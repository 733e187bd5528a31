// The real entry points as separate processes: `npm start`'s main.ts refusing to start without a
// token, and `npm run start:sharded` launching a shard that logs in to the local stand-in,
// answers, and stops cleanly on SIGTERM.
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../support/fake-discord/index.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
/** An empty working folder: a developer's own .env (with a real token) is never picked up. */
const CWD = join(tmpdir(), `rolecompare-entry-${randomUUID()}`);
// (Made when the tests run, not when the file is collected: `vitest list` runs no afterAll.)
beforeAll(() => mkdirSync(CWD, { recursive: true }));
afterAll(() => rmSync(CWD, { recursive: true, force: true }));

function run(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  // Only what the bot needs: no DISCORD_* from the developer's shell or .env leaks in.
  const child = spawn(process.execPath, ["--import", TSX, join(ROOT, script)], {
    cwd: CWD,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout.on("data", (d) => (text += d));
  child.stderr.on("data", (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

describe("entry points", () => {
  let fake: FakeDiscord | undefined;
  let running: ChildProcess | undefined;
  afterEach(async () => {
    if (running && running.exitCode === null) running.kill("SIGKILL");
    await fake?.close();
    fake = undefined;
  });

  it("npm start without a token exits 1 and says exactly what to set", async () => {
    const { exited, output } = run("src/discord/main.ts", {});
    expect(await exited).toBe(1);
    expect(output()).toContain("DISCORD_TOKEN is not set");
    expect(output()).toContain(".env.example");
    expect(output()).toContain("npm run chat");
  });

  it("npm start with a damaged database file exits 1, names the file, and leaves it as it was", async () => {
    const path = join(CWD, "damaged.sqlite");
    writeFileSync(path, "not a database ".repeat(200));
    const { exited, output } = run("src/discord/main.ts", { DISCORD_TOKEN: "MTIz.fake.token", DATABASE_PATH: path, LOG_LEVEL: "silent" });
    expect(await exited).toBe(1);
    expect(output()).toContain(`RoleCompare cannot open the SQLite file ${path}`);
    expect(output()).toContain("move it aside");
    expect(readFileSync(path, "utf8")).toBe("not a database ".repeat(200));
  }, 30_000);

  it("start:sharded launches a shard that logs in, answers, and stops cleanly on SIGTERM", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    const proc = run("src/discord/shard-main.ts", { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: "1", LOG_LEVEL: "info" });
    running = proc.child;
    await fake.waitUntil(() => fake!.identifies >= 1 && fake!.connected, 20_000, "the shard to identify");
    expect((fake.identifyPayloads[0] as { shard?: number[] }).shard).toEqual([0, 1]);

    const interaction = fake.dispatchInteraction(fake.chatInputInteraction({ name: "help" }));
    const callback = await fake.waitForInteractionCallback(interaction.id, 10_000);
    expect((callback.body as { data: { flags: number } }).data.flags & 64).toBe(64);

    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    expect(proc.output()).toContain("stopping all shards");
    expect(proc.output()).not.toContain(fake.token);
  }, 40_000);
});
