// Which processes are still alive in a process group (the test starts `npm start` as the leader of
// its own group, so every process it created, sh, node, shards, is found by the group id in /proc),
// and which live processes a given process started.
import { readdirSync, readFileSync } from "node:fs";

/** PIDs whose process group is `groupId` (Linux /proc), excluding zombies already gone. */
export function processesInGroup(groupId: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [state, , pgrp] = fields;
    if (Number(pgrp) === groupId && state !== "Z") pids.push(Number(name));
  }
  return pids;
}

/** Whether a process is still running (not exited, not a zombie waiting to be reaped). */
export function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

/** Live processes whose parent is `parentPid`, with their command lines. */
export function childProcesses(parentPid: number): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(ppid) !== parentPid || state === "Z") continue;
      found.push({ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ") });
    } catch {
      // exited while we looked
    }
  }
  return found;
}
