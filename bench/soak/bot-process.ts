// The bot as a separate process, started the way production starts it, and what the soak reads
// from outside: resident memory (/proc/<pid>/status) of the bot and of the processes it started (the
// pay chart renderer), its log lines on stderr, and whether any of its processes outlived it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface BotProcess {
  child: ChildProcess;
  /** Resident set size in MB, as `ps`/`top` show it. */
  rssMb(): number;
  /** Resident set size in MB of every process the bot started (its pay chart renderer), added up; 0 when none runs. */
  childrenRssMb(): number;
  /**
   * Proportional set size in MB of the bot and the processes it started, added up: pages they
   * share (the node binary's code, mapped by both) count once, split between them, where the
   * RSS sum counts them twice. What the bot's processes cost the machine together.
   */
  totalPssMb(): number;
  /** CPU seconds so far: the bot's own, and its children's (running ones, plus those that exited and were reaped). */
  cpuSeconds(): { bot: number; children: number };
  /** Processes the bot started (seen by childrenRssMb or at stop) that are still running after it exited. */
  leftRunning(): number[];
  /** Log lines at warn level or above (pino JSON: level >= 40), and anything that is not JSON. */
  problems(): string[];
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function startBotProcess(command: readonly string[], options: { cwd: string; env: Record<string, string> }): BotProcess {
  const [file, ...args] = command;
  const child = spawn(file!, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const problems: string[] = [];
  let partial = "";
  child.stderr.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        if ((JSON.parse(line) as { level: number }).level >= 40) problems.push(line);
      } catch {
        problems.push(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const seen = new Set<number>();
  const descendants = () => {
    const found = descendantsOf(child.pid!);
    for (const pid of found) seen.add(pid);
    return found;
  };
  return {
    child,
    rssMb: () => rssMbOf(child.pid!) ?? 0,
    childrenRssMb: () => descendants().reduce((sum, pid) => sum + (rssMbOf(pid) ?? 0), 0),
    cpuSeconds() {
      const [utime = 0, stime = 0, cutime = 0, cstime = 0] = cpuTicksOf(child.pid!);
      const running = descendants().reduce(
        (sum, pid) =>
          sum +
          cpuTicksOf(pid)
            .slice(0, 2)
            .reduce((a, b) => a + b, 0),
        0,
      );
      return { bot: (utime + stime) / CLOCK_TICKS, children: (cutime + cstime + running) / CLOCK_TICKS };
    },
    totalPssMb: () => [child.pid!, ...descendants()].reduce((sum, pid) => sum + (pssMbOf(pid) ?? 0), 0),
    leftRunning: () => [...seen].filter((pid) => rssMbOf(pid) !== null && !isZombie(pid)),
    problems: () => problems,
    async stop() {
      if (child.exitCode === null) {
        descendants();
        child.kill("SIGTERM");
      }
      const code = await exited;
      // A child of the bot is reparented when the bot exits; give a clean shutdown a moment to reach it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return code;
    },
  };
}

function rssMbOf(pid: number): number | null {
  try {
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : 0;
  } catch {
    return null; // gone
  }
}

/** Linux's USER_HZ, the unit of the CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

/** utime, stime, cutime, cstime (fields 14–17 of /proc/<pid>/stat), in clock ticks; zeros when gone. */
function cpuTicksOf(pid: number): number[] {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .slice(11, 15)
      .map(Number);
  } catch {
    return [0, 0, 0, 0];
  }
}

function pssMbOf(pid: number): number | null {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1]) / 1024;
  } catch {
    return null; // gone
  }
}

function isZombie(pid: number): boolean {
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

/** Every process below `root`, read from /proc/<pid>/stat (field 4 is the parent's pid). */
function descendantsOf(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || !existsSync(`/proc/${name}/stat`)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name (field 2) is in parentheses and may hold spaces: read after its closing one.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length) {
    const parents = new Set(frontier);
    frontier = [...parentOf].filter(([, ppid]) => parents.has(ppid)).map(([pid]) => pid);
    found.push(...frontier);
  }
  return found;
}
