// Role choices for a half-typed name (Discord autocomplete): names that start with the input first,
// then names containing it, then fuzzy matches. Aliases show the role they stand for.
import { canonicalPhrase } from "./canonical-tokens.js";
import type { RoleIndex } from "./role-index.js";

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
  const ranked = index.entriesTitlesFirst;
  // Each scan stops once the list is full: what follows could not be added.
  for (let i = 0; i < ranked.length && out.length < limit; i++)
    if (ranked[i]!.phrase.startsWith(query)) add(ranked[i]!.roleId, ranked[i]!.name, ranked[i]!.isTitle);
  const inside = ` ${query}`;
  for (let i = 0; i < ranked.length && out.length < limit; i++)
    if (ranked[i]!.phrase.includes(inside)) add(ranked[i]!.roleId, ranked[i]!.name, ranked[i]!.isTitle);
  if (out.length < limit) for (const hit of index.searchNames(input, limit)) add(hit.roleId, hit.name, false);
  return out;
}
