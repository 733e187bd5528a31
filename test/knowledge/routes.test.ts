// data/routes.yaml: how long the way into an occupation takes, or the bridge program from another
// occupation, in an editor's words with its source. Loaded beside the import, checked against it, and
// said in a move's answer before the licence.
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { renderText } from "../../src/render/render-text.js";
import { expectProblem, loadProblems, removeDataDirs } from "./fixtures.js";
import { dataWithEditorFile } from "./occupation-fixtures.js";

afterEach(removeDataDirs);

const SOURCE = `{ id: test-handbook, kind: career-guide, title: "Test Handbook: Widget Tuners", url: "https://example.org/widget-tuners", year: 2025, publisher: Test Bureau }`;

const TUNER_PROGRAM = `  - to: ["91-1011.00"]
    route: Widget tuning courses usually take eighteen months at a technical college.
    source: ${SOURCE}
`;
const INSPECTOR_BRIDGE = `  - to: ["91-1011.00"]
    from: ["91-2022.00"]
    route: Inspector-to-tuner bridge courses count an inspector's training, so the move takes six months.
    source: { id: test-bridge, kind: career-guide, title: "Test Handbook: Widget Inspectors", url: "https://example.org/widget-inspectors", year: 2025, publisher: Test Bureau }
`;

/** A data folder with one curated role, the invented occupations and `routes` as data/routes.yaml. */
function dataWith(routes: string): Promise<string> {
  return dataWithEditorFile("routes.yaml", `routes:\n${routes}`);
}

describe("routes", () => {
  it("finds the bridge from an occupation before the usual way in, and nothing for other occupations", async () => {
    const knowledge = await loadKnowledge(await dataWith(TUNER_PROGRAM + INSPECTOR_BRIDGE));
    expect(knowledge.routeFor("91-2022.00", "91-1011.00")?.route).toMatch(/^Inspector-to-tuner bridge/);
    expect(knowledge.routeFor(null, "91-1011.00")?.route).toMatch(/^Widget tuning courses/);
    expect(knowledge.routeFor("91-3033.00", "91-1011.00")?.route).toMatch(/^Widget tuning courses/);
    expect(knowledge.routeFor(null, "91-2022.00")).toBeUndefined();
  });

  it("says the way in, with its source, in a move's answer and as a step of its path", async () => {
    const engine = createEngine(await loadKnowledge(await dataWith(TUNER_PROGRAM + INSPECTOR_BRIDGE)));
    const into = renderText(engine.ask("how do i become a widget tuner").answer);
    expect(into.split("\n")[0]).toContain("Widget tuning courses usually take eighteen months at a technical college.");
    expect(into).toContain("Programs: Widget tuning courses");
    expect(into).toContain("https://example.org/widget-tuners");
    const move = renderText(engine.ask("widget inspector to widget tuner").answer);
    expect(move.split("\n")[0]).toContain("Inspector-to-tuner bridge courses count an inspector's training");
    expect(move.split("\n")[0]).not.toContain("eighteen months");
    expect(move).toContain("Bridge: Inspector-to-tuner");
  });

  it("fails naming the file and the field: a missing source, an empty route, a code the import does not have", async () => {
    const noSource = TUNER_PROGRAM.replace(/ {4}source: .*\n/, "");
    expectProblem(await loadProblems(await dataWith(noSource)), "routes.yaml", "routes[0].source");
    const empty = TUNER_PROGRAM.replace(/route: .*/, 'route: ""');
    expectProblem(await loadProblems(await dataWith(empty)), "routes.yaml", "routes[0].route");
    const unknownFrom = INSPECTOR_BRIDGE.replace("91-2022.00", "91-9999.00");
    expectProblem(await loadProblems(await dataWith(unknownFrom)), "routes.yaml", "routes[0].from[0]", "is not an occupation");
  });
});
