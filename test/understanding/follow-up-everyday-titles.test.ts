// After an answer, "what about drivers?" names a job even though "drivers" is an everyday word that a
// message must otherwise frame ("driver update broke my gpu"). On invented occupations
// (test/knowledge/occupation-fixtures.ts) and one more whose title is such a word.
import { describe, expect, it } from "vitest";
import { createEngine, type FollowUpContext } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { occupation, occupationsFileWith } from "../knowledge/occupation-fixtures.js";

const drivers = occupation("91-5011.00", "Drivers", "Driver");
const engine = createEngine(createKnowledgeBase([], [], occupationsFileWith([drivers])));
const afterTuners: FollowUpContext = { roleIds: ["91-1011.00"], aspect: "salary" };
const rolesOf = (text: string, context?: FollowUpContext) => engine.ask(text, context ? { context } : {}).parsed.roles.map((r) => r.roleId);

describe("an everyday title in a follow-up", () => {
  it.each(["what about drivers?", "and a driver?", "vs drivers"])("names the job after an answer: %s", (text) =>
    expect(rolesOf(text, afterTuners)).toContain("91-5011.00"),
  );

  it("keeps the frame of the answer: what about X swaps it in, vs X sets it beside", () => {
    expect(engine.ask("what about drivers?", { context: afterTuners }).parsed).toMatchObject({ intent: "profile", aspect: "salary" });
    expect(rolesOf("vs drivers", afterTuners)).toEqual(["91-1011.00", "91-5011.00"]);
  });

  it("without an answer to follow, or not right after the cue, it is still chat", () => {
    expect(rolesOf("what about drivers?")).toEqual([]);
    expect(rolesOf("what about the driver update that broke my gpu", afterTuners)).toEqual([]);
  });
});
