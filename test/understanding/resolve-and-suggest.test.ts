// Slash-command role options: resolveRoleName turns what was typed (or picked) into a role id, and
// suggestRoles feeds Discord autocomplete.
import { curatedRole, curatedRoles, loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { DISCORD_LIMITS } from "../../src/limits.js";
import { canonicalPhrase } from "../../src/understanding/canonical-tokens.js";
import { resolveRoleName } from "../../src/understanding/resolve-role-name.js";
import { RoleIndex } from "../../src/understanding/role-index.js";
import { suggestRoles } from "../../src/understanding/suggest-roles.js";

let knowledge: KnowledgeBase;
let index: RoleIndex;
beforeAll(async () => {
  knowledge = await loadCuratedKnowledge();
  index = new RoleIndex(knowledge);
});

const ids = (choices: readonly { roleId: string }[]) => choices.map((c) => c.roleId);
/** Role ids from the file names in data/roles, read at import time so it.each tables can use them. */
const ROLE_IDS = readdirSync(new URL("../../data/roles", import.meta.url)).map((f) => f.replace(/\.(ya?ml|json)$/, ""));

describe("resolveRoleName", () => {
  it("resolves every role id (what autocomplete sends back) exactly", () => {
    for (const role of knowledge.roleList) {
      expect(resolveRoleName(index, role.id), role.id).toMatchObject({ status: "found", roleId: role.id, tier: "exact" });
    }
  });

  it("resolves every title, in any case, exactly", () => {
    for (const role of knowledge.roleList) {
      for (const typed of [role.title, role.title.toUpperCase(), role.title.toLowerCase()]) {
        expect(resolveRoleName(index, typed), typed).toMatchObject({ status: "found", roleId: role.id, tier: "exact" });
      }
    }
  });

  it("resolves every alias in data/ to its role, exactly", () => {
    let checked = 0;
    for (const role of curatedRoles(knowledge)) {
      for (const alias of role.aliases) {
        expect(resolveRoleName(index, alias), `${alias} -> ${role.id}`).toMatchObject({ status: "found", roleId: role.id, tier: "exact" });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it.each<[string, string]>([
    ["  receptionist  ", "receptionist"],
    ["ops mgr", "operations-manager"],
    ["GM", "general-manager"],
    ["EA", "executive-assistant"],
    ["CPA", "accountant"],
    ["programme manager", "program-manager"],
    ["head of ops", "operations-manager"],
    ["Operations-Manager", "operations-manager"],
    ["an office manager", "office-manager"],
  ])("abbreviations, spelling and spacing: %j -> %s", (typed, roleId) => {
    expect(resolveRoleName(index, typed)).toMatchObject({ status: "found", roleId, tier: "exact" });
  });

  it.each<[string, string]>([
    ["offce manger", "office-manager"],
    ["recepionist", "receptionist"],
    ["adminstrative assistant", "administrative-assistant"],
    ["bookeeper", "bookkeeper"],
    ["secratary", "secretary"],
    ["operatons manager", "operations-manager"],
  ])("a typo resolves with the fuzzy tier: %j -> %s", (typed, roleId) => {
    const result = resolveRoleName(index, typed);
    expect(result).toMatchObject({ status: "found", roleId, tier: "fuzzy", typed });
  });

  it.each<[string, string[]]>([
    // Suggestions share the typed head noun: any known "... Manager" is a fair offer for "marketing manager".
    ["marketing manager", ROLE_IDS.filter((id) => id.endsWith("-manager"))],
    ["office", ROLE_IDS.filter((id) => id.startsWith("office-"))],
    ["manager", ROLE_IDS.filter((id) => id.endsWith("-manager"))],
  ])("unknown or too vague: %j is not found, and similar known roles are suggested", (typed, plausible) => {
    const result = resolveRoleName(index, typed);
    expect(result.status).toBe("unknown");
    if (result.status !== "unknown") return;
    expect(result.typed).toBe(typed);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    for (const id of result.suggestions) expect(plausible).toContain(id);
  });

  it.each(["astronaut", "xyzzy", "", "office manager of stuff"])("%j is unknown and never guessed", (typed) => {
    const result = resolveRoleName(index, typed);
    expect(result.status).toBe("unknown");
    if (result.status === "unknown") for (const id of result.suggestions) expect(knowledge.getRole(id)).toBeDefined();
  });

  it("'zookeeper' is not resolved as a confident (fuzzy) Bookkeeper", () => {
    const result = resolveRoleName(index, "zookeeper");
    expect(result.status === "found" && result.tier !== "weak").toBe(false);
  });
});

describe("suggestRoles (autocomplete)", () => {
  it("'ops' offers Operations Manager among the first three", () => {
    expect(ids(suggestRoles(index, "ops", 5)).slice(0, 3)).toContain("operations-manager");
  });

  it("'ops' offers only operations roles first", () => {
    const first = suggestRoles(index, "ops", 4);
    for (const choice of first) expect(choice.label.toLowerCase()).toContain("operations");
  });

  it.each<[string, string]>([
    ["recep", "receptionist"],
    ["bookk", "bookkeeper"],
    ["acount", "accountant"],
    // The first two letters swapped: a word whose start is one edit away starts with the typo's second letter.
    ["ercept", "receptionist"],
    ["operatons", "operations-manager"],
    ["secratary", "secretary"],
    ["warehose", "warehouse-manager"],
    ["coo", "chief-operating-officer"],
    ["gm", "general-manager"],
    ["hr", "human-resources-manager"],
  ])("a prefix, typo or abbreviation %j offers %s in the first five", (input, roleId) => {
    expect(ids(suggestRoles(index, input, 5))).toContain(roleId);
  });

  it("a prefix match ranks first: 'recep' -> Receptionist", () => {
    expect(suggestRoles(index, "recep", 5)[0]).toEqual({ roleId: "receptionist", label: "Receptionist" });
  });

  it.each([1, 5, 25])("empty input lists roles by title, at most the limit (%i)", (limit) => {
    const choices = suggestRoles(index, "", limit);
    expect(choices).toHaveLength(Math.min(limit, knowledge.roles.size));
    const titles = choices.map((c) => c.label);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    for (const c of choices) expect(c.label).toBe(knowledge.getRole(c.roleId)!.title);
  });

  it("empty input with a limit above the role count lists every role once", () => {
    const choices = suggestRoles(index, "   ", 100);
    expect(new Set(ids(choices))).toEqual(new Set(knowledge.roles.keys()));
    expect(choices).toHaveLength(knowledge.roles.size);
  });

  it.each<[string, string]>([
    ["gm", "General Manager (GM)"],
    ["cpa", "Accountant (CPA)"],
    ["ea", "Executive Assistant (EA)"],
    ["head of", "Office Manager (head of office)"],
  ])('an alias match is labelled "Title (alias)": %j -> %s', (input, label) => {
    expect(suggestRoles(index, input, 10).map((c) => c.label)).toContain(label);
  });

  it("every label is the role's title, or its title followed by an alias that belongs to that role", () => {
    for (const input of ["o", "ops", "head of", "assistant", "manager", "exec", "cpa", "ea", "director"]) {
      for (const { roleId, label } of suggestRoles(index, input, 25)) {
        const role = curatedRole(knowledge, roleId);
        if (label === role.title) continue;
        const match = /^(.*) \((.*)\)$/.exec(label);
        expect(match?.[1], label).toBe(role.title);
        const alias = match![2]!;
        const names = [role.id.replace(/-/g, " "), ...role.aliases].map(canonicalPhrase);
        expect(names, label).toContain(canonicalPhrase(alias));
      }
    }
  });

  it("never more than the limit, never a role twice, labels within Discord's choice-name limit", () => {
    for (const input of ["", "o", "ops", "manager", "assistant", "office", "xyz", "a"]) {
      for (const limit of [1, 3, 10, DISCORD_LIMITS.autocompleteChoices]) {
        const choices = suggestRoles(index, input, limit);
        expect(choices.length, `${input}/${limit}`).toBeLessThanOrEqual(limit);
        expect(new Set(ids(choices)).size).toBe(choices.length);
        for (const c of choices) expect(c.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      }
    }
  });

  it("gibberish offers nothing rather than random roles", () => {
    expect(suggestRoles(index, "xyzzy", 5)).toEqual([]);
  });
});
