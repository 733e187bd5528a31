// Import progress: a bar on a terminal, one plain line per step otherwise (CI logs, pipes).
import cliProgress from "cli-progress";

export interface Progress {
  start(total: number): void;
  step(label: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  if (quiet) return { start() {}, step() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: "Importing occupations [{bar}] {value}/{total} {label}", hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let done = 0;
    return {
      start: (total) => bar.start(total, 0, { label: "" }),
      step: (label) => bar.update(done++, { label }),
      stop: () => {
        bar.update(done, { label: "done" });
        bar.stop();
      },
    };
  }
  let total = 0;
  let done = 0;
  return {
    start: (n) => {
      total = n;
    },
    step: (label) => {
      done++;
      stream.write(`[${done}/${total}] ${label}\n`);
    },
    stop: () => {},
  };
}
