// The bot as a separate process, started the way production starts it, and what the soak reads
// from outside: resident memory (/proc/<pid>/status) and its log lines on stderr.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

export interface BotProcess {
  child: ChildProcess;
  /** Resident set size in MB, as `ps`/`top` show it. */
  rssMb(): number;
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
  return {
    child,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
      return kb / 1024;
    },
    problems: () => problems,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
