// "i'm an emt, how do i become a paramedic and then maybe a PA later", "cna to lpn to rn": three jobs
// named as a chain of moves. The answer takes the step asked first, then what the last job asks.
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { ParsedQuestion } from "../understanding/types.js";

/** "… and then (maybe) a PA later", "… then rn", "… to rn": the words between a move's second job and a third after it. */
const THEN_BETWEEN = /^\W*((and )?then( maybe| eventually| later| possibly)?( to)?|to|->|→)( an?)?\W*$/;

/** Three jobs named as a chain of moves, in order; null otherwise. */
export function chainOf(parsed: ParsedQuestion, entries: readonly RoleEntry[]): [RoleEntry, RoleEntry, RoleEntry] | null {
  if (entries.length !== 3 || parsed.roles.length !== 3) return null;
  const text = parsed.cleaned.toLowerCase();
  const [a, b, c] = parsed.roles.map((r) => r.typed.toLowerCase());
  const atB = text.indexOf(b!, text.indexOf(a!) + a!.length);
  const atC = atB < 0 ? -1 : text.indexOf(c!, atB + b!.length);
  if (atC < 0 || !THEN_BETWEEN.test(text.slice(atB + b!.length, atC))) return null;
  return [entries[0]!, entries[1]!, entries[2]!];
}
