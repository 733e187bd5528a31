// "what is the career ladder for a warehouse worker who wants to move up": in most hands-on work the
// step up is supervising it, an occupation O*NET rarely lists among the closest to the work itself. In
// the SOC, each major group of such work keeps its first-line supervisors at the head of the group
// (53-1042 supervises 53-7062's laborers): the one whose title shares the work's words, or the group's
// only one.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { titleStems } from "../text/word-stems.js";

/** Stems every supervisor's title has, which say nothing of the work supervised. */
const SUPERVISOR_STEMS = new Set(["firs", "line", "supe", "work", "othe", "exce"]);
/** "Transportation Workers, All Other": a catch-all supervises no work in particular. */
const CATCH_ALL = /\ball other\b/i;

/** A code's major group ("53") and whether it is a supervisor's (53-1xxx) or a manager's (11-xxxx). */
const major = (code: string) => code.slice(0, 2);
const supervises = (code: string) => code.slice(3, 4) === "1" || major(code) === "11";

/**
 * The first-line supervisor of `entry`'s work: in its SOC major group, the supervisor occupation whose
 * title shares most of its words, or the group's only one; null for managers and supervisors, for
 * work with no supervisor of its own (healthcare, the sciences) and where two are as likely.
 */
export function supervisorOf(knowledge: KnowledgeBase, entry: RoleEntry): RoleEntry | null {
  const code = entry.code;
  if (entry.kind !== "occupation" || !code || supervises(code)) return null;
  const candidates = knowledge.roleList.filter(
    (r) =>
      r.kind === "occupation" &&
      r.code !== null &&
      major(r.code) === major(code) &&
      supervises(r.code) &&
      /supervisor/i.test(r.title) &&
      !CATCH_ALL.test(r.title),
  );
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  const own = titleStems(entry.title);
  const shared = candidates.map((c) => [...titleStems(c.title)].filter((s) => !SUPERVISOR_STEMS.has(s) && own.has(s)).length);
  const best = Math.max(...shared);
  if (best === 0 || shared.filter((n) => n === best).length > 1) return null;
  return candidates[shared.indexOf(best)]!;
}
