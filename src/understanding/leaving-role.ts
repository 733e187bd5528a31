// "How do I get out of nursing", "thinking of leaving teaching", "what can a nurse move on to": the
// role named is where the member is, not where they want to be. Asked as a path, it would answer how
// to become what they want to leave; its career (the occupations it leads on to) answers it.
import { wordSet } from "./word-list.js";

/** A word right before the role that leaves it: "leave", "quit", "escape" and their forms. */
const LEAVING = wordSet("LEAVING", ["leave", "leaving", "quit", "quitting", "escape", "escaping", "exit", "exiting"]);
/** Articles and possessives that may stand between the leaving word and the role: "quit my nursing job". */
const BETWEEN = wordSet("LEAVING_BETWEEN", ["a", "an", "the", "my", "our"]);

/** Whether the role starting at token `start` is being left ("get out of", "leaving", "quit my"). */
export function leavesRole(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  if (BETWEEN.has(tokens[i] ?? "")) i--;
  if (LEAVING.has(tokens[i] ?? "")) return true;
  // "get out of nursing", "transition out of teaching", "move on from retail".
  return (tokens[i] === "of" && tokens[i - 1] === "out") || (tokens[i] === "from" && tokens[i - 1] === "on");
}

/** Whether the role ending at token `end` is followed by "move on" or "moving on": "what can a nurse move on to". */
export function movesOnFrom(tokens: readonly string[], end: number): boolean {
  return (tokens[end] === "move" || tokens[end] === "moving") && tokens[end + 1] === "on";
}
