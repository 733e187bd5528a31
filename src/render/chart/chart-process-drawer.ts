// Draws pay charts in a separate renderer process (chart-process.ts), so the bot never loads Vega and
// Skia: they cost 50–70 MB of resident memory and ~50 ms of CPU per uncached chart, which competed
// with gateway handling. The process starts on first need (the bot's warm-up on ClientReady is the
// first), exits after an idle period so that memory goes back to the system, and starts again on
// demand. Requests are multiplexed by id. A chart waits at most a bounded time; when the process
// crashes, hangs or cannot start, its charts reject (callers answer without the chart) and the next
// request starts a fresh process.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Logger } from "../../logging/logger.js";
import type { ChartProcessMessage, ChartRequest } from "./chart-process-messages.js";
import type { DrawPayChart } from "./pay-chart-renderer.js";

/** Quiet this long (no chart in flight), the process exits: its memory returns, the next chart pays a start (~1 s). */
export const CHART_PROCESS_IDLE_MS = 60_000;
/**
 * The longest a chart may take, start of the process included. The answer waits for its chart and
 * Discord wants an interaction acknowledged within 3 s, so a slower chart is given up, not the answer.
 */
export const CHART_DRAW_TIMEOUT_MS = 2_000;
/** A process that has not loaded its modules by then never will: it is killed and the next chart starts another. */
export const CHART_PROCESS_START_TIMEOUT_MS = 20_000;
/**
 * Node options of the renderer process, whatever the bot's own are. A small young generation
 * (1 MB semi-spaces, as `npm start` gives the bot) keeps a burst of charts from growing the heap
 * by tens of MB that stay resident; a chart allocates little that lives, so more scavenges cost
 * little. The old generation is bounded well above what drawing holds (~20 MB of heap).
 */
export const CHART_PROCESS_NODE_OPTIONS: readonly string[] = ["--max-semi-space-size=1", "--max-old-space-size=128"];

export interface ChartProcessDrawer {
  /** Draws in the renderer process, starting it when none runs. Rejects on failure, timeout or after close(). */
  draw: DrawPayChart;
  /** Starts the renderer process if none runs; resolves once it has loaded its modules. */
  start(): Promise<void>;
  /** The running renderer's process id, or null when none runs. */
  pid(): number | null;
  /** Stops the renderer process and waits for it to exit; later draws reject. */
  close: () => Promise<void>;
}

export interface ChartProcessOptions {
  idleMs?: number;
  timeoutMs?: number;
  startTimeoutMs?: number;
  logger?: Logger;
  /** The process's entry module (tests start a missing one); default chart-process next to this file. */
  entry?: string;
}

interface Pending {
  resolve(png: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
  /** How many messages the process had sent when this request went out: none since, and it is hung. */
  heardBefore: number;
}

interface Renderer {
  child: ChildProcess;
  pending: Map<number, Pending>;
  ready: Promise<void>;
  isReady: boolean;
  heard: number;
  idleTimer?: NodeJS.Timeout;
  startTimer?: NodeJS.Timeout;
  /** Settles when the process is gone (or never came to be). */
  exited: Promise<void>;
  /** Kills the process if the bot exits without stopping it (process.exit after a signal). */
  killOnExit: () => void;
}

// From source (tsx: `npm run dev`, tests) this file is .ts and so is the entry, which then needs tsx
// too; compiled (dist/, `npm start`), both are .js on plain node.
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const DEFAULT_ENTRY = fileURLToPath(new URL(FROM_SOURCE ? "./chart-process.ts" : "./chart-process.js", import.meta.url));

export function createChartProcessDrawer(options: ChartProcessOptions = {}): ChartProcessDrawer {
  const idleMs = options.idleMs ?? CHART_PROCESS_IDLE_MS;
  const timeoutMs = options.timeoutMs ?? CHART_DRAW_TIMEOUT_MS;
  const startTimeoutMs = options.startTimeoutMs ?? CHART_PROCESS_START_TIMEOUT_MS;
  const entry = options.entry ?? DEFAULT_ENTRY;
  const logger = options.logger;
  let current: Renderer | null = null;
  let nextId = 1;
  let closed = false;

  /** Ends this renderer (if it is still the current one, the next chart starts another) and fails its charts. */
  const discard = (renderer: Renderer, why: string) => {
    if (current === renderer) current = null;
    clearTimeout(renderer.idleTimer);
    clearTimeout(renderer.startTimer);
    process.off("exit", renderer.killOnExit);
    for (const [id, pending] of renderer.pending) {
      clearTimeout(pending.timer);
      renderer.pending.delete(id);
      pending.reject(new Error(`the pay chart renderer ${why}`));
    }
    if (renderer.child.exitCode === null && renderer.child.signalCode === null) renderer.child.kill("SIGKILL");
  };

  const idleLater = (renderer: Renderer) => {
    if (renderer.pending.size > 0 || current !== renderer) return;
    clearTimeout(renderer.idleTimer);
    renderer.idleTimer = setTimeout(() => {
      logger?.debug({ pid: renderer.child.pid }, "pay chart renderer idle; stopping it");
      if (current === renderer) current = null;
      renderer.child.kill("SIGTERM");
    }, idleMs).unref();
  };

  const spawn = (): Renderer => {
    const child = fork(entry, [], {
      execArgv: [...CHART_PROCESS_NODE_OPTIONS, ...(FROM_SOURCE ? ["--import", import.meta.resolve("tsx")] : [])],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    // Neither the process nor its channel keeps the bot alive: a chart in flight does (its timer).
    child.unref();
    child.channel?.unref();
    let markReady = () => {};
    let failStart: (error: Error) => void = () => {};
    const renderer: Renderer = {
      child,
      pending: new Map(),
      ready: new Promise<void>((resolve, reject) => ((markReady = resolve), (failStart = reject))),
      isReady: false,
      heard: 0,
      exited: new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.once("error", () => resolve()))),
      killOnExit: () => child.kill("SIGKILL"),
    };
    renderer.ready.catch(() => {}); // a start() caller, if any, sees it; nobody else has to
    process.on("exit", renderer.killOnExit);
    renderer.startTimer = setTimeout(() => {
      failStart(new Error("the pay chart renderer did not start in time"));
      discard(renderer, `did not start within ${startTimeoutMs} ms`);
    }, startTimeoutMs); // kept referenced: whoever awaits start() is kept alive until it settles
    child.on("message", (message: ChartProcessMessage) => {
      renderer.heard++;
      if ("ready" in message) {
        renderer.isReady = true;
        clearTimeout(renderer.startTimer);
        markReady();
        return;
      }
      const pending = renderer.pending.get(message.id);
      if (!pending) return; // it timed out meanwhile
      renderer.pending.delete(message.id);
      clearTimeout(pending.timer);
      if ("png" in message) pending.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else pending.reject(new Error(`the pay chart renderer could not draw it: ${message.error}`));
      idleLater(renderer);
    });
    child.once("error", (error) => {
      failStart(error);
      logger?.warn({ err: error }, "pay chart renderer failed");
      discard(renderer, `failed: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      failStart(new Error(`the pay chart renderer exited (${signal ?? `code ${code}`}) before it was ready`));
      if (current === renderer) logger?.warn({ code, signal, pid: child.pid }, "pay chart renderer exited; the next chart starts another");
      discard(renderer, `exited (${signal ?? `code ${code}`})`);
    });
    logger?.debug({ pid: child.pid }, "pay chart renderer started");
    return renderer;
  };

  const running = (): Renderer => {
    if (closed) throw new Error("the pay chart renderer is closed");
    current ??= spawn();
    return current;
  };

  const onTimeout = (renderer: Renderer, id: number) => {
    const pending = renderer.pending.get(id);
    if (!pending) return;
    renderer.pending.delete(id);
    pending.reject(new Error(`the pay chart took longer than ${timeoutMs} ms`));
    // Ready, and silent since this chart was asked for: it is stuck, not busy. A process still
    // starting is left to start (bounded by its own timeout); the charts after this one need it.
    if (renderer.isReady && renderer.heard === pending.heardBefore) discard(renderer, "stopped answering");
    else idleLater(renderer);
  };

  return {
    draw(spec) {
      let renderer: Renderer;
      try {
        renderer = running();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      clearTimeout(renderer.idleTimer);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        const timer = setTimeout(() => onTimeout(renderer, id), timeoutMs);
        renderer.pending.set(id, { resolve, reject, timer, heardBefore: renderer.heard });
        const request: ChartRequest = { id, spec };
        renderer.child.send(request, (error) => error && discard(renderer, `could not be reached: ${error.message}`));
      });
    },
    async start() {
      const renderer = running();
      await renderer.ready;
      idleLater(renderer);
    },
    pid: () => current?.child.pid ?? null,
    async close() {
      closed = true;
      const renderer = current;
      if (!renderer) return;
      discard(renderer, "was stopped");
      await renderer.exited;
    },
  };
}
