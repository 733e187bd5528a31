// Role choices for a half-typed name (Discord autocomplete): the role the input already names in full
// ("nurse", "rn", "cook"), then titles that start with the input or have a word that does, then other
// names the same way, then fuzzy matches. Aliases show the role they stand for.
import { normalizeWords } from "../text/normalize.js";
import { canonicalTokens } from "./canonical-tokens.js";
import type { NameEntry, RoleIndex } from "./role-index.js";
import { toTokenView } from "./token-view.js";

export interface RoleChoice {
  roleId: string;
  label: string;
}

export function suggestRoles(index: RoleIndex, input: string, limit: number): RoleChoice[] {
  const choices = nameChoices(index, input, limit);
  // ("nurse": the Registered Nurse a question would mean, before Nurse Anesthetist and Nurse Midwife.)
  // (A name typed in full, looked up as it is: a keystroke is no place for typo correction.)
  const { tokens } = toTokenView(input);
  const named = tokens.length ? index.nameOf(tokens, 0, tokens.length) : undefined;
  if (!named) return choices;
  const at = choices.findIndex((c) => c.roleId === named.roleId);
  if (at === 0) return choices;
  const first = at > 0 ? choices[at]! : { roleId: named.roleId, label: index.knowledge.getRole(named.roleId)!.title };
  return [first, ...choices.filter((_, i) => i !== at)].slice(0, limit);
}

/**
 * The input as a prefix of names: its canonical words, except a last word still being typed that the
 * shorthand table would lengthen ("elec" is "electrical" in a question, but "elec" may go on to "electrician").
 */
export function prefixQuery(input: string): string {
  const words = canonicalTokens(input);
  const typed = normalizeWords(input).split(" ").at(-1) ?? "";
  const last = words.at(-1);
  if (last === undefined || typed.length === 0 || last === typed || !last.startsWith(typed)) return words.join(" ");
  return [...words.slice(0, -1), typed].join(" ");
}

/** Titles that start with the input, then titles with a later word starting with it, then other names the same way, then fuzzy matches. */
export function nameChoices(index: RoleIndex, input: string, limit: number): RoleChoice[] {
  const { knowledge } = index;
  const query = prefixQuery(input);
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
  // Each walk stops once the list is full.
  const full = (entry: NameEntry) => {
    add(entry.roleId, entry.name, entry.isTitle);
    return out.length >= limit;
  };
  // ("truck": Heavy and Tractor-Trailer Truck Driver, a title with the word, before "truck aftersales manager", a name starting with it.)
  for (const titles of [true, false]) {
    if (out.length < limit) index.namePrefixes.forEachStartingWith(query, true, titles, full);
    if (out.length < limit) index.namePrefixes.forEachStartingWith(query, false, titles, full);
  }
  if (out.length < limit) for (const hit of index.searchNames(input, limit)) add(hit.roleId, hit.name, false);
  return out;
}
