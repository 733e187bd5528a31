// Role choices for a half-typed name (Discord autocomplete): names that start with the input first,
// then names containing it, then fuzzy matches. Aliases show the role they stand for.
import { canonicalPhrase } from "./canonical-tokens.js";
import type { NameEntry, RoleIndex } from "./role-index.js";

export interface RoleChoice {
  roleId: string;
  label: string;
}

export function suggestRoles(index: RoleIndex, input: string, limit: number): RoleChoice[] {
  const { knowledge } = index;
  const query = canonicalPhrase(input);
  const out: RoleChoice[] = [];
  const add = (roleId: string, name: string, isTitle: boolean) => {
    if (out.length >= limit || out.some((c) => c.roleId === roleId)) return;
    const title = knowledge.getRole(roleId)!.title;
    out.push({ roleId, label: isTitle || name.toLowerCase() === title.toLowerCase() ? title : `${title} (${name})` });
  };
  if (!query) {
    for (const id of index.rolesByTitle) add(id, knowledge.getRole(id)!.title, true);
    return out;
  }
  // Names starting with the input, then names with a later word starting with it; each walk stops once the list is full.
  const full = (entry: NameEntry) => {
    add(entry.roleId, entry.name, entry.isTitle);
    return out.length >= limit;
  };
  if (out.length < limit) index.namePrefixes.forEachStartingWith(query, true, full);
  if (out.length < limit) index.namePrefixes.forEachStartingWith(query, false, full);
  if (out.length < limit) for (const hit of index.searchNames(input, limit)) add(hit.roleId, hit.name, false);
  return out;
}
