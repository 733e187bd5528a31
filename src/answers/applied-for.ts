// Which occupations are jobs a member would apply for: not O*NET's catch-alls ("Therapists, All
// Other"), nor the first-line supervisors who lead a field's workers rather than do its work.
import { isCatchAllTitle } from "../knowledge/role-entry.js";

/** First-line supervisors (xx-1011 and the like) lead a field's workers rather than do its work. */
const SUPERVISOR = /^First-Line Supervisors?\b/;

/** Whether an occupation's O*NET title is a catch-all or a first-line supervisor's. */
export function isCatchAllOrSupervisor(title: string): boolean {
  return isCatchAllTitle(title) || SUPERVISOR.test(title);
}
