// Pay charts drawn in the renderer process (chart-process-drawer.ts), with a real child process: the
// same PNG bytes as drawing in process, requests in flight together, and what happens when the
// process dies, hangs, cannot start, goes idle, or its parent goes away.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { createChartProcessDrawer, type ChartProcessDrawer, type ChartProcessOptions } from "../../src/render/chart/chart-process-drawer.js";
import { warmUpSpecs } from "../../src/render/chart/chart-warm-up.js";
import { drawPayChart } from "../../src/render/chart/pay-chart-renderer.js";
import { pngSize } from "../../src/render/chart/png-size.js";
import { isRunning } from "../support/process-tree.js";
import { ROOT } from "../support/run-tsx.js";

/** Generous: under tsx on a busy machine the renderer's start alone can take seconds. */
const SLOW = { timeoutMs: 30_000 };
const specs = warmUpSpecs();

const drawers: ChartProcessDrawer[] = [];
const drawer = (options: ChartProcessOptions = SLOW) => {
  const created = createChartProcessDrawer(options);
  drawers.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(drawers.splice(0).map((d) => d.close()));
});

/** Polls until `done` holds, for at most `ms` (a generous bound, not a timing assertion). */
async function eventually(done: () => boolean, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (done()) return true;
  return done();
}

describe("pay charts drawn in the renderer process", () => {
  it("draws a valid PNG, byte-identical to drawing the same spec in process", async () => {
    const d = drawer();
    for (const spec of specs) {
      const png = await d.draw(spec);
      expect(Buffer.isBuffer(png)).toBe(true);
      expect(pngSize(png), "a PNG signature and IHDR header").not.toBeNull();
      expect(png.equals(await drawPayChart(spec))).toBe(true);
    }
  }, 60_000);

  it("answers requests in flight together, each with its own picture, from one process", async () => {
    const d = drawer();
    const asked = [...specs, ...specs].map((spec, i) => ({ ...spec, footer: `${spec.footer} #${i}` }));
    const pngs = await Promise.all(asked.map((spec) => d.draw(spec)));
    const pid = d.pid();
    expect(pid).not.toBeNull();
    expect(new Set(pngs.map((png) => png.toString("base64"))).size).toBe(asked.length);
    for (const [i, spec] of asked.entries()) expect(pngs[i]!.equals(await drawPayChart(spec)), `request ${i}`).toBe(true);
    expect(d.pid()).toBe(pid);
  }, 60_000);

  it("a process killed mid-flight fails that chart; the next chart starts a fresh process", async () => {
    const d = drawer();
    await d.start();
    const first = d.pid()!;
    const inFlight = d.draw(specs[0]!);
    process.kill(first, "SIGKILL");
    await expect(inFlight).rejects.toThrow(/renderer exited \(SIGKILL\)/);
    const png = await d.draw(specs[0]!);
    expect(png.equals(await drawPayChart(specs[0]!))).toBe(true);
    expect(d.pid()).not.toBe(first);
    expect(isRunning(first)).toBe(false);
  }, 60_000);

  it("a hung process fails its chart after the bound and is killed; the next chart starts a fresh process", async () => {
    const d = drawer({ timeoutMs: 3_000 });
    await d.start();
    const hung = d.pid()!;
    process.kill(hung, "SIGSTOP"); // alive, but answers nothing
    await expect(d.draw(specs[0]!)).rejects.toThrow(/longer than 3000 ms/);
    expect(await eventually(() => !isRunning(hung)), "the hung process is killed").toBe(true);
    await d.start();
    expect(d.pid()).not.toBe(hung);
    expect(pngSize(await d.draw(specs[0]!))).not.toBeNull();
  }, 60_000);

  it("a process that cannot start fails the chart instead of hanging", async () => {
    const d = drawer({ ...SLOW, entry: `${ROOT}/no-such-chart-process.js` });
    await expect(d.draw(specs[0]!)).rejects.toThrow(/renderer exited \(code 1\)/);
    await expect(d.start()).rejects.toThrow(/before it was ready/);
    expect(d.pid()).toBeNull();
  }, 60_000);

  it("exits when idle, and starts again on the next chart", async () => {
    const d = drawer({ ...SLOW, idleMs: 300 });
    await d.draw(specs[0]!);
    const first = d.pid()!;
    expect(await eventually(() => d.pid() === null && !isRunning(first)), "the idle process exits").toBe(true);
    expect(pngSize(await d.draw(specs[1]!))).not.toBeNull();
    expect(d.pid()).not.toBe(first);
  }, 60_000);

  it("close() stops the process, and later charts reject", async () => {
    const d = drawer();
    await d.draw(specs[0]!);
    const pid = d.pid()!;
    await d.close();
    expect(isRunning(pid)).toBe(false);
    expect(d.pid()).toBeNull();
    await expect(d.draw(specs[0]!)).rejects.toThrow(/closed/);
  }, 60_000);

  it("the process exits by itself when its parent dies without stopping it", async () => {
    const script = [
      `import { createChartProcessDrawer } from ${JSON.stringify(`${ROOT}/src/render/chart/chart-process-drawer.ts`)};`,
      "const d = createChartProcessDrawer();",
      "await d.start();",
      "console.log(d.pid());",
      "setInterval(() => {}, 1000);",
    ].join("\n");
    const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    try {
      const pid = await new Promise<number>((resolve, reject) => {
        parent.stdout.once("data", (data: Buffer) => resolve(Number(String(data).trim())));
        parent.once("exit", (code) => reject(new Error(`the parent exited (${code}) before its renderer started`)));
      });
      expect(isRunning(pid)).toBe(true);
      parent.kill("SIGKILL"); // no exit handlers run: only the closed IPC channel tells the renderer
      expect(await eventually(() => !isRunning(pid)), "the orphaned renderer exits").toBe(true);
    } finally {
      parent.kill("SIGKILL");
    }
  }, 60_000);
});
