// The compiled bot as production runs it: `npm start` and `npm run start:sharded` (after `npm run
// build`) as real processes against the local Discord stand-in. A supervisor sends SIGTERM to the PID
// it started (npm's): the bot must close the gateway cleanly, exit 0 and leave no process behind.
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dockerCommand } from "../support/deploy-files.js";
import { ensureBuilt, ROOT } from "../support/ensure-built.js";
import { startFakeDiscord, type FakeDiscord } from "../support/fake-discord/index.js";
import { childProcesses, processesInGroup } from "../support/process-tree.js";

/** Points dotenv at a file that does not exist: a developer's own .env (with a real token) is never read. */
const TEMP = join(tmpdir(), `rolecompare-start-${randomUUID()}`);
const NO_DOTENV = join(TEMP, "no.env");
// (Made when the tests run, not when the file is collected: `vitest list` runs no afterAll.)
beforeAll(() => mkdirSync(TEMP, { recursive: true }));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `command` as the leader of a new process group, with only the environment the bot needs. */
function start(command: string, args: string[], env: Record<string, string>): Started {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true, // its own process group, so everything it starts can be found afterwards
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DOTENV_CONFIG_PATH: NO_DOTENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout.on("data", (d) => (text += d));
  child.stderr.on("data", (d) => (text += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => text, exited };
}

const waitForGroupToEmpty = async (groupId: number) => {
  for (let i = 0; i < 20 && processesInGroup(groupId).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  return processesInGroup(groupId);
};

describe("the compiled bot under a supervisor", () => {
  let fake: FakeDiscord | undefined;
  let running: Started | undefined;

  beforeAll(() => ensureBuilt(), 300_000);

  afterEach(async () => {
    // Whatever a failed test left running goes, the whole group at once.
    if (running?.child.pid && processesInGroup(running.child.pid).length > 0) process.kill(-running.child.pid, "SIGKILL");
    running = undefined;
    await fake?.close();
    fake = undefined;
  });

  async function stopsCleanlyOnSigterm(proc: Started, fake: FakeDiscord): Promise<void> {
    proc.child.kill("SIGTERM"); // to the PID the supervisor started, and to nothing else
    expect(await proc.exited).toEqual({ code: 0, signal: null });
    expect(await waitForGroupToEmpty(proc.child.pid!)).toEqual([]);
    await fake.waitUntil(() => !fake.connected, 5_000, "the gateway socket to close");
    expect(fake.clientCloseCodes).toContain(1000); // closed by the bot, not dropped by a dying process
    expect(proc.output()).not.toContain(fake.token);
  }

  it("npm start runs the compiled bot, which answers and stops cleanly on SIGTERM to npm's PID", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    running = start("npm", ["start"], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "info" });
    await fake.waitUntil(() => fake!.identifies >= 1 && fake!.connected, 20_000, "the bot to identify");

    const interaction = fake.dispatchInteraction(fake.chatInputInteraction({ name: "help" }));
    await fake.waitForInteractionCallback(interaction.id, 10_000);
    // No TypeScript at run time: the bot process is plain node on dist/.
    expect(processCommandLines(running.child.pid!).some((line) => line.includes("dist/discord/main.js"))).toBe(true);
    expect(processCommandLines(running.child.pid!).some((line) => line.includes("tsx"))).toBe(false);

    await stopsCleanlyOnSigterm(running, fake);
    expect(running.output()).toContain("shutting down");
  }, 60_000);

  it("npm start draws pay charts in a renderer process: the bot never loads Vega or Skia, and SIGTERM stops both", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    const importLog = join(TEMP, "imports.log");
    running = start("npm", ["start"], {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      LOG_LEVEL: "info",
      // Records what each process resolves (the renderer inherits it with the rest of the environment).
      NODE_OPTIONS: `--import ${pathToFileURL(join(ROOT, "test/support/import-log/register.mjs")).href}`,
      IMPORT_LOG: importLog,
    });
    await fake.waitUntil(() => fake!.identifies >= 1 && fake!.connected, 20_000, "the bot to identify");
    // The renderer starts in the background once online; on a busy machine its start can outlast a
    // chart's 2 s bound, and that answer goes out without the picture. Ask again until one has it.
    let files = 0;
    for (let attempt = 0; attempt < 10 && files === 0; attempt++) {
      const user = fake.addUser().id;
      const i = fake.dispatchInteraction(
        fake.chatInputInteraction({ name: "compare", subcommand: "salary", user, options: { "role-a": "office-manager", "role-b": "operations-manager" } }),
      );
      files = (await fake.waitForInteractionCallback(i.id, 10_000)).files.length;
      if (files === 0) await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(files, "a pay answer with its chart").toBe(1);
    const bot = processesInGroup(running.child.pid!).find((pid) => commandLine(pid).includes("dist/discord/main.js"))!;
    const renderers = childProcesses(bot).filter((p) => p.command.includes("dist/render/chart/chart-process.js"));
    expect(renderers).toHaveLength(1);
    expect(renderers[0]!.command).not.toContain("tsx");
    // Skia is a native module: mapped into the renderer, never into the bot.
    expect(readFileSync(`/proc/${renderers[0]!.pid}/maps`, "utf8")).toMatch(/napi-rs|skia/);
    expect(readFileSync(`/proc/${bot}/maps`, "utf8")).not.toMatch(/napi-rs|skia/);
    const imported = (pid: number) =>
      readFileSync(importLog, "utf8")
        .split("\n")
        .filter((line) => line.startsWith(`${pid} `));
    const chartLibraries = /node_modules\/(vega[^/]*|@napi-rs\/canvas)\//;
    expect(
      imported(bot).some((line) => line.includes("/dist/render/chart/chart-process-drawer.js")),
      "the import log works",
    ).toBe(true);
    expect(imported(bot).filter((line) => chartLibraries.test(line))).toEqual([]);
    expect(imported(renderers[0]!.pid).some((line) => chartLibraries.test(line))).toBe(true);

    await stopsCleanlyOnSigterm(running, fake);
  }, 90_000);

  it("Ctrl-C in a terminal (SIGINT to npm and the bot at once, then npm's forwarded copy) still stops cleanly", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    running = start("npm", ["start"], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "info" });
    await fake.waitUntil(() => fake!.identifies >= 1 && fake!.connected, 20_000, "the bot to identify");
    process.kill(-running.child.pid!, "SIGINT"); // what the terminal does: the whole foreground group
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(await waitForGroupToEmpty(running.child.pid!)).toEqual([]);
    await fake.waitUntil(() => !fake!.connected, 5_000, "the gateway socket to close");
    expect(fake.clientCloseCodes).toContain(1000);
  }, 60_000);

  it("the Dockerfile's command, run as the main process, stops cleanly on SIGTERM", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    const [command, ...args] = dockerCommand();
    running = start(command!, args, { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "info", NODE_ENV: "production" });
    await fake.waitUntil(() => fake!.identifies >= 1 && fake!.connected, 20_000, "the bot to identify");
    await stopsCleanlyOnSigterm(running, fake);
  }, 60_000);

  it("npm run start:sharded runs compiled shards and stops them all on SIGTERM to npm's PID", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    running = start("npm", ["run", "start:sharded"], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: "1", LOG_LEVEL: "info" });
    await fake.waitUntil(() => fake!.identifies >= 1 && fake!.connected, 30_000, "the shard to identify");
    expect(fake.identifyPayloads[0]?.shard).toEqual([0, 1]);
    expect(processCommandLines(running.child.pid!).some((line) => line.includes("dist/discord/main.js"))).toBe(true);

    await stopsCleanlyOnSigterm(running, fake);
    expect(running.output()).toContain("stopping all shards");
  }, 60_000);
});

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

/** Command lines of the live processes in a group. */
function processCommandLines(groupId: number): string[] {
  return processesInGroup(groupId).flatMap((pid) => {
    try {
      return [readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ")];
    } catch {
      return [];
    }
  });
}
