// The engine facade as adapters use it: resolve typed roles, suggest roles for a prefix, answer a
// structured request whose notes the renderers word, without ever touching the parser or knowledge.
import { createQuestionParser } from "../../src/understanding/parse-question.js";
import { DescriptionIndex } from "../../src/understanding/described-job.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createEngine, MAX_ROLE_CHOICES, type Engine, type RoleResolution } from "../../src/engine.js";
import { answerEmbeds } from "../../src/render/discord/answer-embeds.js";
import { renderText } from "../../src/render/render-text.js";

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadCuratedKnowledge());
});

const found = (r: RoleResolution) => (r.status === "found" ? r : expect.fail(`expected a role for "${r.typed}", got unknown`));

describe("resolveRole", () => {
  it("an id or a title is exact; a typo is fuzzy with what was typed; gibberish is unknown", () => {
    expect(engine.resolveRole("office-manager")).toMatchObject({
      status: "found",
      tier: "exact",
      confidence: 1,
      role: { roleId: "office-manager", title: "Office Manager" },
    });
    expect(engine.resolveRole("  Operations Manager ")).toMatchObject({ status: "found", tier: "exact", role: { roleId: "operations-manager" } });
    const typo = found(engine.resolveRole("recepionist"));
    expect(typo).toMatchObject({ tier: "fuzzy", typed: "recepionist", role: { roleId: "receptionist", title: "Receptionist" } });
    expect(typo.confidence).toBeLessThan(1);
    expect(engine.resolveRole("qwxz vbnm")).toEqual({ status: "unknown", typed: "qwxz vbnm", suggestions: [] });
  });

  it("an unknown role comes with suggestions as ids and titles", () => {
    const r = engine.resolveRole("zookeeper");
    expect(r.status).toBe("unknown");
    expect(r.status === "unknown" && r.suggestions).toContainEqual({ roleId: "bookkeeper", title: "Bookkeeper" });
  });
});

describe("suggestRoles", () => {
  it("offers ids with display names, never more than asked or than Discord's 25", () => {
    expect(engine.suggestRoles("recep", 5)[0]).toEqual({ roleId: "receptionist", label: "Receptionist" });
    expect(engine.suggestRoles("", 3)).toHaveLength(3);
    expect(engine.suggestRoles("").length).toBe(MAX_ROLE_CHOICES);
    expect(engine.suggestRoles("", 100).length).toBe(MAX_ROLE_CHOICES);
  });
});

describe("compare: a structured request", () => {
  it("role ids answer with no notes, as before", () => {
    const answer = engine.compare(["office-manager", "operations-manager"], "skills");
    expect(answer.intent).toBe("compare");
    expect(answer.notes).toEqual([]);
  });

  it("a resolved typo gets an 'interpreted as' note in the answer, worded by each renderer", () => {
    const answer = engine.compare([engine.resolveRole("recepionist"), engine.resolveRole("secretary")], "skills");
    expect(answer.roles.map((r) => r.roleId)).toEqual(["receptionist", "secretary"]);
    expect(answer.notes).toEqual([{ kind: "interpreted-as", typed: "recepionist", roleId: "receptionist", title: "Receptionist" }]);
    expect(renderText(answer)).toContain('Note: Interpreted "recepionist" as Receptionist.');
    expect(answerEmbeds(answer)[0]!.description).toContain('-# Interpreted "recepionist" as Receptionist.');
  });

  it("the same role typed twice counts once; an unknown input is left out with a note", () => {
    const answer = engine.compare(
      [engine.resolveRole("accountant"), engine.resolveRole("Accountant"), engine.resolveRole("bookkeeper"), engine.resolveRole("astronaut")],
      "salary",
    );
    expect(answer.roles.map((r) => r.roleId)).toEqual(["accountant", "bookkeeper"]);
    expect(answer.notes).toContainEqual({ kind: "left-out", typed: "astronaut" });
    expect(renderText(answer)).toContain(`I don't know "astronaut" yet, so it is left out.`);
  });

  it("only unknown inputs: an 'I don't know' answer with the suggestions", () => {
    const answer = engine.compare([engine.resolveRole("zookeeper")], "overview");
    expect(answer.intent).toBe("unknown");
    expect(answer.unknownRoles).toEqual(["zookeeper"]);
    expect(answer.suggestions.map((s) => s.roleId)).toContain("bookkeeper");
  });

  it("a weak match asks for confirmation, as the same words in a question would", () => {
    const weak: RoleResolution = {
      status: "found",
      typed: "faciliis maager",
      tier: "weak",
      confidence: 0.7,
      role: { roleId: "facilities-manager", title: "Facilities Manager" },
    };
    const answer = engine.compare([weak, "receptionist"], "salary");
    expect(answer.needsConfirmation).toBe(true);
    expect(answer.uncertainRoleIds).toEqual(["facilities-manager"]);
    expect(answer.suggestions.map((s) => s.roleId)).toEqual(["facilities-manager"]);
    expect(engine.ask("faciliis maager vs receptionist salary?").answer.needsConfirmation).toBe(true);
  });

  it("more than three roles: the first three are compared and the rest named as skipped", () => {
    const answer = engine.compare(["accountant", "bookkeeper", "secretary", "receptionist"], "overview");
    expect(answer.roles).toHaveLength(3);
    expect(answer.notes).toEqual([{ kind: "skipped", titles: ["Receptionist"] }]);
  });
});

describe("Discord escapes what members typed in notes", () => {
  it("markdown and mentions in a typed role are defused, and titles are left alone", () => {
    const typed = "**@everyone** _x_ <@123>";
    const answer = engine.compare(
      [{ status: "found", typed, tier: "fuzzy", confidence: 0.9, role: { roleId: "receptionist", title: "Receptionist" } }, "secretary"],
      "skills",
    );
    const description = answerEmbeds(answer)[0]!.description!;
    expect(description).not.toContain("**@everyone**");
    expect(description).not.toContain("<@123>");
    expect(description).toContain("\\*\\*@\u200beveryone\\*\\*");
    expect(description).toContain("as Receptionist.");
    // The terminal shows it as typed.
    expect(renderText(answer)).toContain(`Interpreted "${typed}" as Receptionist.`);
  });

  it("an unknown role left out of an answer is escaped too", () => {
    const answer = engine.compare(["accountant", "bookkeeper", { status: "unknown", typed: "@here `boss`", suggestions: [] }], "skills");
    const description = answerEmbeds(answer)[0]!.description!;
    expect(description).toContain(`I don't know "@\u200bhere \\\`boss\\\`" yet, so it is left out.`);
  });
});

describe("summary and role ids", () => {
  it("count what the data holds", () => {
    const families = engine.listRoles().families.flatMap((f) => f.roles);
    expect(engine.summary.roles).toBe(families.length);
    expect([...engine.roleIds].sort()).toEqual(families.map((r) => r.roleId).sort());
    expect(engine.summary.names).toBeGreaterThan(engine.summary.roles);
    expect(engine.summary.comparisons).toBeGreaterThan(0);
  });
});

describe("warmUp: what the bot builds once online, in the background", () => {
  it("builds the lazy indexes now and changes no answer", async () => {
    const knowledge = await loadCuratedKnowledge();
    const cold = createEngine(knowledge);
    const warmed = createEngine(knowledge);
    const index = createQuestionParser(knowledge).index;
    const lazy = () => {
      const fields = index as unknown as Record<string, unknown>;
      const names = index.names as unknown as Record<string, unknown>;
      return [
        ...["typoIndexCache", "namePrefixesCache", "nameSearchCache", "sortedVocabularyCache", "vocabularyByLetterCache"].map((f) => fields[f] !== undefined),
        names.byPhrase !== undefined,
      ];
    };
    expect(lazy()).toEqual([false, false, false, false, false, false]);
    index.warmUp();
    expect(lazy()).toEqual([true, true, true, true, true, true]);
    warmed.warmUp();
    warmed.warmUp();
    for (const q of ["acountant vs bookeeper salary", "office manager", "the server is down", "what does a recepshunist do"])
      expect(JSON.stringify(warmed.ask(q))).toBe(JSON.stringify(cold.ask(q)));
    expect(warmed.suggestRoles("off")).toEqual(cold.suggestRoles("off"));
  });

  it("builds the description index in its steps, not on the first job a member describes", async () => {
    const build = vi.spyOn(DescriptionIndex.prototype as unknown as { build: () => unknown }, "build");
    try {
      const parser = createQuestionParser(await loadCuratedKnowledge());
      for (const step of parser.warmUpSteps()) step();
      expect(build).toHaveBeenCalledTimes(1);
      parser.parse("the people who fix elevators, how much do they make");
      expect(build).toHaveBeenCalledTimes(1);
    } finally {
      build.mockRestore();
    }
  });
});
