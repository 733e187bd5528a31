// data/conditions.yaml: an occupation's hours, physical demands and setting, in an editor's words on the
// Occupational Outlook Handbook with its source. Loaded beside the import, checked against it, and said
// where a member asks about them, in place of what the data lacks.
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { renderText } from "../../src/render/render-text.js";
import { expectProblem, loadProblems, removeDataDirs } from "./fixtures.js";
import { dataWithEditorFile } from "./occupation-fixtures.js";

afterEach(removeDataDirs);

const TUNERS = `  - codes: ["91-1011.00"]
    hours: Widget tuners mostly work evening shifts, and many are on call at weekends.
    physical: Widget tuners lift heavy crates and kneel for hours, so strained backs are common.
    source: { id: test-tuners-work, kind: career-guide, title: "Test Handbook: Widget Tuners, Work Environment", url: "https://example.org/widget-tuners#work", year: 2025, publisher: Test Bureau }
`;
const INSPECTORS = `  - codes: ["91-2022.00"]
    hours: Most work daytime hours on weekdays.
    source: { id: test-inspectors-work, kind: career-guide, title: "Test Handbook: Widget Inspectors, Work Environment", url: "https://example.org/widget-inspectors#work", year: 2025, publisher: Test Bureau }
`;

/** A data folder with one curated role, the invented occupations and `conditions` as data/conditions.yaml. */
function dataWith(conditions: string): Promise<string> {
  return dataWithEditorFile("conditions.yaml", `conditions:\n${conditions}`);
}

describe("conditions", () => {
  it("finds an occupation's conditions by code, and nothing for occupations without them", async () => {
    const knowledge = await loadKnowledge(await dataWith(TUNERS + INSPECTORS));
    expect(knowledge.conditionsFor("91-1011.00")?.physical).toMatch(/^Widget tuners lift heavy crates/);
    expect(knowledge.conditionsFor("91-2022.00")?.physical).toBeUndefined();
    expect(knowledge.conditionsFor("91-3033.00")).toBeUndefined();
  });

  it("answers hours and physical demands with the note on the topic asked, citing its source", async () => {
    const engine = createEngine(await loadKnowledge(await dataWith(TUNERS + INSPECTORS)));
    const nights = renderText(engine.ask("do widget tuners work nights").answer);
    expect(nights.split("\n")[0]).toBe("Widget tuners mostly work evening shifts, and many are on call at weekends (BLS, Occupational Outlook Handbook).");
    expect(nights).toContain("https://example.org/widget-tuners#work");
    const body = renderText(engine.ask("is being a widget tuner hard on your back").answer);
    expect(body.split("\n")[0]).toContain("Widget tuners lift heavy crates and kneel for hours");
    expect(body.split("\n")[0]).not.toContain("evening shifts");
  });

  it("sets each job's note side by side, names the one without a note, and cites every page", async () => {
    const engine = createEngine(await loadKnowledge(await dataWith(TUNERS + INSPECTORS)));
    const hours = renderText(engine.ask("widget tuner or widget inspector, which has better hours").answer);
    const first = hours.split("\n")[0]!;
    expect(first).toContain("Widget Tuner: Widget tuners mostly work evening shifts");
    // (A note that names no one gets its job's title: "Most work daytime hours" alone would not say whose.)
    expect(first).toContain("Widget Inspector: Most work daytime hours on weekdays");
    expect(hours).toContain("https://example.org/widget-tuners#work");
    expect(hours).toContain("https://example.org/widget-inspectors#work");
    const body = renderText(engine.ask("widget tuner or widget inspector, which is harder on your body").answer).split("\n")[0]!;
    expect(body).toContain("Widget Tuner: Widget tuners lift heavy crates");
    expect(body).toContain("Nothing is recorded on this for Widget Inspector.");
  });

  it("fails naming the file and the field: no note at all, an empty note, a code the import does not have", async () => {
    const noNote = INSPECTORS.replace(/ {4}hours: .*\n/, "");
    expectProblem(await loadProblems(await dataWith(noNote)), "conditions.yaml", "conditions[0]", "at least one of hours, physical or setting");
    const empty = TUNERS.replace(/hours: .*/, 'hours: ""');
    expectProblem(await loadProblems(await dataWith(empty)), "conditions.yaml", "conditions[0].hours");
    const unknown = TUNERS.replace("91-1011.00", "91-9999.00");
    expectProblem(await loadProblems(await dataWith(unknown)), "conditions.yaml", "conditions[0].codes[0]", "is not an occupation");
  });
});
