import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { ASPECT_IDS } from "../../src/knowledge/aspects.js";
import { commandDefinitions } from "../../src/discord/commands/index.js";
import { validateCommandDefinitions } from "../../src/discord/validate-commands.js";

describe("command definitions", () => {
  it("are all within Discord's limits", () => {
    expect(validateCommandDefinitions(commandDefinitions())).toEqual([]);
  });

  it("/compare has one subcommand per aspect with role-a, role-b required and role-c, hide, mention optional", () => {
    const compare = commandDefinitions().find((c) => c.name === "compare") as {
      options: { name: string; type: number; options: { name: string; required?: boolean; autocomplete?: boolean }[] }[];
    };
    expect(compare.options.map((o) => o.name)).toEqual([...ASPECT_IDS]);
    for (const sub of compare.options) {
      expect(sub.type).toBe(ApplicationCommandOptionType.Subcommand);
      expect(sub.options.map((o) => [o.name, Boolean(o.required)])).toEqual([
        ["role-a", true],
        ["role-b", true],
        ["role-c", false],
        ["hide", false],
        ["mention", false],
      ]);
      expect(sub.options.filter((o) => o.autocomplete).map((o) => o.name)).toEqual(["role-a", "role-b", "role-c"]);
    }
  });

  it("includes /role, /roles, /help, the message command, /settings and /gaps", () => {
    expect(commandDefinitions().map((c) => c.name)).toEqual(["compare", "role", "roles", "help", "Ask RoleCompare", "settings", "gaps"]);
  });

  it("shows /settings and /gaps only to members with Manage Server, in servers only", () => {
    for (const name of ["settings", "gaps"]) {
      const command = commandDefinitions().find((c) => c.name === name) as { default_member_permissions?: string; contexts?: number[] };
      expect(command.default_member_permissions).toBe(String(1 << 5));
      expect(command.contexts).toEqual([0]);
    }
  });

  it("catches definitions Discord would reject", () => {
    const bad = [
      { name: "Compare", description: "" },
      {
        name: "ok",
        description: "x".repeat(101),
        options: [
          { name: "b", description: "b", type: 3 },
          { name: "a", description: "a", type: 3, required: true },
        ],
      },
      { name: "a context menu name that is far too long", type: 3 },
    ];
    const problems = validateCommandDefinitions(bad);
    expect(problems.some((p) => p.startsWith("/Compare: name"))).toBe(true);
    expect(problems.some((p) => p.startsWith("/ok: description"))).toBe(true);
    expect(problems.some((p) => p.includes("required options must come before optional"))).toBe(true);
    expect(problems.some((p) => p.includes("context menu names"))).toBe(true);
  });
});
