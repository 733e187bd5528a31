// The engine's side of follow-ups and chat: ask() with the context of a previous answer, the context
// an answer leaves for the next message, and what intent "none" carries for a bot that was addressed.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { createEngine, followUpContextOf, type Engine } from "../../src/engine.js";

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadCuratedKnowledge());
});

describe("ask with a context", () => {
  it("the answer to a question leaves its roles and aspect as the context of the next message", () => {
    const first = engine.ask("office manager vs operations manager salary").answer;
    const context = followUpContextOf(first)!;
    expect(context).toEqual({ roleIds: ["office-manager", "operations-manager"], aspect: "salary" });
    expect(engine.ask("and the skills?", { context }).answer.heading).toBe("Office Manager vs Operations Manager: Skills");
    expect(engine.ask("what about a receptionist?", { context }).answer.heading).toBe("Office Manager vs Receptionist: Salary");
  });

  it("without a context a follow-up is chat, as it always was", () => {
    expect(engine.ask("what about pay?").parsed.intent).toBe("none");
  });

  it("list, help, chat and a 'which role did you mean?' choice leave no context", () => {
    expect(followUpContextOf(engine.listRoles())).toBeNull();
    expect(followUpContextOf(engine.help())).toBeNull();
    expect(followUpContextOf(engine.ask("thanks!").answer)).toBeNull();
    const unsure = engine.ask("faciliis maager vs receptionist salary?").answer;
    expect(unsure.needsConfirmation).toBe(true);
    expect(followUpContextOf(unsure)).toBeNull();
  });
});

describe("chat: intent none says what kind it is", () => {
  it.each([
    ["thanks!", "thanks", 0],
    ["hello", "greeting", 1],
    ["what certifications should I get for my resume?", "other", 1],
  ] as const)("%s -> %s, with %i example question(s) to offer", (text, smallTalk, examples) => {
    const { parsed, answer } = engine.ask(text);
    expect(parsed).toMatchObject({ intent: "none", smallTalk });
    expect(answer).toMatchObject({ intent: "none", smallTalk, roles: [], heading: "" });
    expect(answer.examples).toHaveLength(examples);
    // Each example is one the help answer lists, so it is covered by the examples' own test.
    for (const e of answer.examples) expect(engine.help().examples).toContain(e);
  });

  it("a role question carries no smallTalk", () => {
    expect(engine.ask("receptionist salary").answer.smallTalk).toBeUndefined();
  });
});
