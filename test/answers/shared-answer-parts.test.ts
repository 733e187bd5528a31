// Role cards and source lists are made once and shared by every answer that shows them
// (answers/role-cards.ts, answers/answer-sources.ts), and the Discord renderer keeps each card's
// lines: sharing must never let one answer change another.
import { beforeAll, describe, expect, it } from "vitest";
import { roleCard } from "../../src/answers/role-cards.js";
import { roleFacts } from "../../src/answers/role-facts.js";
import { createEngine, type Engine } from "../../src/engine.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { answerEmbeds, listPages } from "../../src/render/discord/answer-embeds.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";

let kb: KnowledgeBase;
let engine: Engine;
beforeAll(async () => {
  kb = await loadCuratedKnowledge();
  engine = createEngine(kb);
});

const cardValues = (question: string) =>
  answerEmbeds(engine.ask(question).answer)[0]!
    .fields!.filter((f) => f.name !== "Sources")
    .map((f) => f.value);

describe("shared answer parts", () => {
  it("two answers about the same roles share their cards and sources, frozen", () => {
    const first = engine.compare(["office-manager", "operations-manager"], "skills");
    const second = engine.compare(["office-manager", "operations-manager"], "skills");
    expect(second.roles[0]).toBe(first.roles[0]);
    expect(second.sources).toBe(first.sources);
    expect(Object.isFrozen(first.roles[0])).toBe(true);
    expect(Object.isFrozen(first.sources)).toBe(true);
  });

  it("a shared card is the card made afresh for its role and aspect", () => {
    const answer = engine.compare(["office-manager", "operations-manager"], "requirements");
    for (const card of answer.roles) expect(card).toEqual(roleFacts(kb, kb.getRole(card.roleId)!, "requirements"));
  });

  it("a card under a verdict keeps its first bullets, under a path its first facts too, and the full card stays whole", () => {
    const entry = kb.getRole("office-manager")!;
    const full = roleFacts(kb, entry, "requirements");
    expect(full.bullets.length).toBeGreaterThan(2);
    expect(full.facts.length).toBeGreaterThan(2);
    const underVerdict = roleCard(kb, entry, "requirements", "annual", "verdict");
    const underPath = roleCard(kb, entry, "requirements", "annual", "path");
    expect(underVerdict).toEqual({ ...full, bullets: full.bullets.slice(0, 2) });
    expect(underPath).toEqual({ ...full, bullets: full.bullets.slice(0, 2), facts: full.facts.slice(0, 2) });
    expect(roleCard(kb, entry, "requirements", "annual", "none")).toEqual(full);
  });

  it("an overview cut to its first view leaves the same cards whole in an answer with room for them", () => {
    const alone = cardValues("tell me about an office manager");
    // Three roles in one overview: their cards are cut to fit the first view...
    const crowded = cardValues("office manager vs operations manager vs administrative services manager");
    expect(crowded[0]!.length).toBeLessThan(alone[0]!.length);
    // ...and the card on its own, asked again, is still whole.
    expect(cardValues("tell me about an office manager")).toEqual(alone);
  });

  it("list answers share one listing and its pages, which rendering leaves as they are", () => {
    const first = engine.listRoles();
    const second = engine.listRoles();
    expect(second.families).toBe(first.families);
    expect(listPages(second)).toBe(listPages(first));
    const page = structuredClone(listPages(first)[0]);
    answerEmbeds(first, { page: 0 });
    expect(listPages(second)[0]).toEqual(page);
  });
});
