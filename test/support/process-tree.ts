// Which processes are still alive in a process group: the test starts `npm start` as the leader of
// its own group, so every process it created (sh, node, shards) is found by the group id in /proc.
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
