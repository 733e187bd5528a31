// Whether a criminal record bars the way in: no dataset here covers it, and the answer says so before the
// usual way in, never a degree verdict. On invented occupations (test/knowledge/occupation-fixtures.ts).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

const engine = createEngine(createKnowledgeBase([], [], occupationsFile()));

describe("a criminal record asked about", () => {
  it.each(["can a felon become a widget inspector", "can i be a widget inspector with a criminal record"])("%s", (question) => {
    const { parsed, answer } = engine.ask(question);
    expect(parsed.topic).toBe("record");
    expect(answer.aspect).toBe("requirements");
    expect(answer.verdict?.text).toMatch(
      /^The data doesn't cover criminal records: whether one stands in the way is up to licensing boards and employers, and the rules vary by state\./,
    );
  });
});
