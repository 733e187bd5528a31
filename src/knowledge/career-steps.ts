// Where a role leads, as the data says: the editor's "can lead to" links of a curated role, then its
// occupation's O*NET related occupations, closest first. Read by the path answers (a route) and by the
// parser (the manager a cashier's "to manager" means).
import type { KnowledgeBase } from "./knowledge-base.js";
import type { RoleEntry } from "./role-entry.js";

/** The roles one step on from `entry`, with at most `relatedShown` of its related occupations (all by default). */
export function careerSteps(knowledge: KnowledgeBase, entry: RoleEntry, relatedShown = Infinity): RoleEntry[] {
  const out: RoleEntry[] = [];
  if (entry.kind === "curated") for (const id of entry.role.career.next) out.push(knowledge.getRole(id)!);
  for (const r of entry.occupation?.related.slice(0, relatedShown) ?? []) {
    const step = knowledge.getRole(r.code);
    if (step) out.push(step);
  }
  return out.filter(Boolean);
}
