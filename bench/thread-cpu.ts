// The CPU time of the calling thread alone, to the microsecond, on Linux. process.cpuUsage() counts
// every thread of the process, but the kernel adds another thread's time only when that thread is
// switched out or a scheduler tick lands (every 4 ms here): a question during which V8's compiler or
// GC threads ran gets their few milliseconds at once, whatever it cost itself. The main thread is
// what a member waits for. getrusage (process.cpuUsage) brings the calling thread's own run time up
// to date, and /proc/thread-self/schedstat then reads it in nanoseconds.
import { openSync, readSync } from "node:fs";

export interface ThreadClock {
  /** The calling thread's CPU time so far, in microseconds. */
  now(): number;
  /** What one reading adds to an interval timed with two of them (the median of many empty intervals), in microseconds. */
  overheadUs: number;
}

/** A clock of the calling thread's CPU time, or null where /proc/thread-self is not there (not Linux). */
export function threadClock(): ThreadClock | null {
  let fd: number;
  try {
    fd = openSync("/proc/thread-self/schedstat", "r");
  } catch {
    return null;
  }
  const buffer = Buffer.alloc(64);
  const now = () => {
    process.cpuUsage();
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return Number(buffer.toString("latin1", 0, length).split(" ")[0]) / 1000;
  };
  const empty: number[] = [];
  for (let i = 0; i < 1001; i++) {
    const start = now();
    empty.push(now() - start);
  }
  empty.sort((a, b) => a - b);
  return { now, overheadUs: empty[empty.length >> 1]! };
}
