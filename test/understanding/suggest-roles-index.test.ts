// Autocomplete looks names up in a sorted index of word starts (name-prefix-index.ts) instead of
// scanning every name: its choices must be exactly those of the scan it replaced, on the curated
// roles and on the fixture occupations always, and on the real import when data/imported holds one.
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { defaultOccupationsFile, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { RoleIndex } from "../../src/understanding/role-index.js";
import { nameChoices, prefixQuery, type RoleChoice } from "../../src/understanding/suggest-roles.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { removeDataDirs, validRole, writeData } from "../knowledge/fixtures.js";
import { occupationsFile, writeOccupations } from "../knowledge/occupation-fixtures.js";

afterEach(removeDataDirs);

/** nameChoices (autocomplete before the role a full name resolves to is put first) as a scan: every title scanned for a start, then for a word start, then every other name the same way, then name search. */
function scanningSuggestRoles(index: RoleIndex, input: string, limit: number): RoleChoice[] {
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
  const ranked = index.entriesTitlesFirst;
  for (const titles of [true, false]) {
    for (const e of ranked) if (out.length < limit && e.isTitle === titles && e.phrase.startsWith(query)) add(e.roleId, e.name, e.isTitle);
    for (const e of ranked) if (out.length < limit && e.isTitle === titles && e.phrase.includes(` ${query}`)) add(e.roleId, e.name, e.isTitle);
  }
  if (out.length < limit) for (const hit of index.searchNames(input, limit)) add(hit.roleId, hit.name, false);
  return out;
}

/** Every start of every name (whole, from a later word, with a typo in its last letter), a deterministic sample of at most `max`. */
function prefixesOf(index: RoleIndex, max: number): string[] {
  const out = new Set<string>(["", "a", "s", "m", "zzz", "nurse", "manager", "data an", "ops"]);
  const step = Math.max(1, Math.floor(index.entries.length / max));
  for (let i = 0; i < index.entries.length && out.size < max; i += step) {
    const name = index.entries[i]!.name;
    const cut = 1 + ((i * 7) % name.length);
    out.add(name.slice(0, cut));
    const space = name.indexOf(" ");
    if (space > 0) out.add(name.slice(space + 1, space + 1 + cut));
    if (cut > 3) out.add(`${name.slice(0, cut - 1)}x`);
  }
  return [...out];
}

function expectSameChoices(knowledge: KnowledgeBase, max: number): number {
  const index = new RoleIndex(knowledge);
  const prefixes = prefixesOf(index, max);
  for (const prefix of prefixes)
    for (const limit of [25, 3]) expect(nameChoices(index, prefix, limit), `${prefix} (limit ${limit})`).toEqual(scanningSuggestRoles(index, prefix, limit));
  return prefixes.length;
}

describe("autocomplete through the prefix index", () => {
  it("offers what the name scan offered, on the curated roles", async () => {
    expect(expectSameChoices(await loadCuratedKnowledge(), 2000)).toBeGreaterThan(50);
  });

  it("offers what the name scan offered, on fixture occupations with shared and repeated words", async () => {
    const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
    await writeOccupations(dir, occupationsFile());
    const knowledge = await loadKnowledge(dir);
    expect(knowledge.occupationCount).toBeGreaterThan(0);
    expectSameChoices(knowledge, 2000);
  });

  it.skipIf(!existsSync(defaultOccupationsFile()))(
    "offers what the name scan offered, on the real import (data/imported)",
    async () => {
      // Each prefix is checked against a scan of all ~74,000 names: a sample of 600 keeps the suite fast.
      expect(expectSameChoices(await loadKnowledge(), 600)).toBeGreaterThan(400);
    },
    300_000,
  );
});
