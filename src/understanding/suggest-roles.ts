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
  for (const e of ranked) if (e.phrase.startsWith(query)) add(e.roleId, e.name, e.isTitle);
  for (const e of ranked) if (e.phrase.includes(` ${query}`)) add(e.roleId, e.name, e.isTitle);
  for (const hit of index.searchNames(input, limit)) add(hit.roleId, hit.name, false);
  return out;
}
