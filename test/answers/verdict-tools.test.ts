// The technologies a job uses: O*NET's in-demand technologies for the occupation, quoted as data. On
// invented occupations (test/knowledge/occupation-fixtures.ts), each listing "WidgetCAD"; the Widget
// Inspector here lists seven.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { occupationsFile } from "../knowledge/occupation-fixtures.js";

function fixture() {
  const file = occupationsFile();
  const inspector = file.occupations.find((o) => o.code === "91-2022.00")!;
  inspector.hotTechnologies = ["Adobe Photoshop", "Microsoft Excel", "Python", "SAP software", "Tableau", "WidgetCAD", "Zendesk"];
  return createEngine(createKnowledgeBase([], [], file));
}
const engine = fixture();
const verdictOf = (question: string) => engine.ask(question).answer.verdict?.text ?? null;

describe("the technologies a job uses", () => {
  it("a tool named by a word of its own is among the role's in-demand technologies", () => {
    expect(verdictOf("does a widget inspector need to know photoshop")).toBe(
      "Yes: Adobe Photoshop is among the in-demand technologies O*NET lists for a Widget Inspector, the ones job postings name most often.",
    );
    expect(verdictOf("do widget inspectors use excel")).toMatch(/^Yes: Microsoft Excel is among/);
  });

  it("a word a technology's name shares with others ('software', 'microsoft') names none of them", () => {
    expect(verdictOf("do widget inspectors use microsoft")).toBeNull();
  });

  it("'what software': some of the listed technologies, said to be some of them", () => {
    expect(verdictOf("what software do widget inspectors use")).toBe(
      "O*NET lists 7 in-demand technologies for a Widget Inspector (the ones job postings name most often), among them Adobe Photoshop, Microsoft Excel, Python, SAP software, Tableau.",
    );
    expect(verdictOf("what programming languages does a widget tuner use")).toBe(
      "O*NET lists these in-demand technologies for a Widget Tuner (the ones job postings name most often): WidgetCAD.",
    );
  });
});
