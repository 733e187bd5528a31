// "i'm an emt, how do i become a paramedic and then maybe a PA later", "cna to lpn to rn": three jobs
// named as a chain of moves. The answer takes the step asked first, then what the last job asks.
import type { RoleEntry } from "../knowledge/role-entry.js";
import { findPhrase } from "../text/normalize.js";
import type { ParsedQuestion } from "../understanding/types.js";

/** "… and then (maybe) a PA later", "… then rn", "… to rn": the words between a move's second job and a third after it. */
const THEN_BETWEEN = /^\W*((and )?then( maybe| eventually| later| possibly)?( to)?|to|->|→)( an?)?\W*$/;

/** Three jobs named as a chain of moves, in order; null otherwise. */
export function chainOf(parsed: ParsedQuestion, entries: readonly RoleEntry[]): [RoleEntry, RoleEntry, RoleEntry] | null {
  if (entries.length !== 3 || parsed.roles.length !== 3) return null;
  const text = parsed.cleaned.toLowerCase();
  const [a, b, c] = parsed.roles.map((r) => r.typed.toLowerCase());
  // (As typed, signs and all: "emt-b to paramedic then pa".)
  const atA = findPhrase(text, a!);
  const atB = atA && findPhrase(text, b!, atA.at + atA.length);
  const atC = atB && findPhrase(text, c!, atB.at + atB.length);
  if (!atB || !atC || !THEN_BETWEEN.test(text.slice(atB.at + atB.length, atC.at))) return null;
  return [entries[0]!, entries[1]!, entries[2]!];
}
