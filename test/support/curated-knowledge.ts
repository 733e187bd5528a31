// The curated roles alone (data/roles), without the imported occupations even when the import has
// been run: for tests whose expectations are about the curated layer (its 32 roles, its wording).
// Tests that need the full knowledge load it themselves and say so.
import { DEFAULT_DATA_DIR, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { Role } from "../../src/knowledge/schema.js";

export function loadCuratedKnowledge(): Promise<KnowledgeBase> {
  return loadKnowledge(DEFAULT_DATA_DIR, { occupationsFile: null });
}

/** The curated role behind an id, for tests that read its data fields. */
export function curatedRole(kb: KnowledgeBase, id: string): Role {
  const entry = kb.getRole(id);
  if (entry?.kind !== "curated") throw new Error(`${id} is not a curated role`);
  return entry.role;
}

/** Every curated role, in listing order. */
export function curatedRoles(kb: KnowledgeBase): Role[] {
  return kb.roleList.flatMap((e) => (e.kind === "curated" ? [e.role] : []));
}
