// Where one role leads: "what jobs can a cashier move up to" (the related occupations that pay more)
// and "how do I get out of nursing" (the closest ones in other lines of work). On invented occupations
// (test/knowledge/occupation-fixtures.ts): a Widget Inspector ($50,000) is related, closest first, to
// Widget Tuners ($80,000), Gauge Fitters ($60,000), Gadget Surgeons ($90,000, a higher job zone) and
// Sprocket Sorters ($40,000).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { occupation, occupationsFileWith } from "../knowledge/occupation-fixtures.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";

function fixture() {
  const file = occupationsFileWith([
    occupation("92-1011.00", "Gauge Fitters", "Gauge Fitter"),
    occupation("92-2011.00", "Gadget Surgeons", "Gadget Surgeon", { jobZone: 5 }),
    occupation("92-3011.00", "Sprocket Sorters", "Sprocket Sorter"),
  ]);
  const pay = { "92-1011": 60000, "92-2011": 90000, "92-3011": 40000 } as const;
  for (const [code, median] of Object.entries(pay)) {
    const series = file.wageSeries[code]!;
    file.wageSeries[code] = { ...series, annual: { ...series.annual, median } };
  }
  const inspector = file.occupations.find((o) => o.code === "91-2022.00")!;
  inspector.related = ["91-1011.00", "92-1011.00", "92-2011.00", "92-3011.00"].map((code) => ({ code, tier: "Primary-Short" }));
  return createEngine(createKnowledgeBase([], [], file));
}

const engine = fixture();
const verdictOf = (question: string) => engine.ask(question).answer.verdict?.text ?? null;

describe("where one role leads", () => {
  it("moving up: the related occupations that pay more, closest first, each with its median", () => {
    const text = verdictOf("what jobs can a widget inspector move up to");
    expect(text).toBe(
      "Among the occupations O*NET lists as closest to Widget Inspector, these pay more: Widget Tuner ($80,000), Gauge Fitter ($60,000) and Gadget Surgeon ($90,000): median pay a year against $50,000 for Widget Inspector (BLS, May 2098).",
    );
    expect(verdictOf("i'm a widget inspector, where can i go from here")).toBe(text);
    expect(verdictOf("how to move up as a widget inspector")).toBe(text);
    // A better-paid job asked for, after the member's own job or beside "more than".
    expect(verdictOf("hello, i am working as widget inspector in a factory, which job i can do for more money")).toBe(text);
    expect(verdictOf("i'm a widget inspector, what careers pay more")).toBe(text);
    expect(verdictOf("what jobs pay more than a widget inspector")).toBe(text);
    // "what's a" asks as "what is a" does; the better pay before the job; jobs like it that pay more; the job's own way to more money.
    expect(verdictOf("i'm a widget inspector, what's a better paying job i could switch to")).toBe(text);
    expect(verdictOf("what's a better paying job than widget inspector")).toBe(text);
    expect(verdictOf("jobs like widget inspector that pay more")).toBe(text);
    expect(verdictOf("what can a widget inspector do to make more money")).toBe(text);
  });

  it("moving out: the closest related occupations in other lines of work, no higher job zone", () => {
    expect(verdictOf("what can widget inspectors transition into")).toBe(verdictOf("I'm a widget inspector, how do I switch careers"));
    expect(verdictOf("I'm a widget inspector, how do I switch careers")).toBe(
      "The occupations O*NET lists as closest to Widget Inspector outside its own line of work: Gauge Fitter ($60,000) and Sprocket Sorter ($40,000): median pay a year against $50,000 for Widget Inspector (BLS, May 2098).",
    );
  });

  it("work like it, or what to do after it, is where it leads out", () => {
    const out = verdictOf("I'm a widget inspector, how do I switch careers");
    for (const q of [
      "what jobs are similar to a widget inspector",
      "jobs like widget inspector",
      "alternatives to being a widget inspector",
      "what can i do after being a widget inspector",
      "what jobs can i get after working as a widget inspector",
    ])
      expect(verdictOf(q), q).toBe(out);
    // Not every role after "after being" is left: "after being a widget inspector, is gauge fitting hard".
    expect(engine.ask("after being a widget inspector for years i got promoted").parsed.movingOn).toBeUndefined();
  });

  it("becoming the role is a path, not where it leads", () => {
    expect(engine.ask("how do I become a widget inspector").parsed.movingOn).toBeUndefined();
    expect(verdictOf("how do I become a widget inspector") ?? "").not.toMatch(/closest to/);
  });

  it("a curated role's editors name its next steps", async () => {
    const curated = createEngine(await loadCuratedKnowledge());
    expect(curated.ask("can a receptionist get promoted").answer.verdict?.text).toMatch(/^From Receptionist, the usual next steps are /);
  });
});
