// data/licences.yaml: the licence an occupation requires, in an editor's words with its source. Loaded
// beside the import, checked against it, and said first when a member asks whether one is needed.
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { renderText } from "../../src/render/render-text.js";
import { expectProblem, loadProblems, removeDataDirs } from "./fixtures.js";
import { dataWithEditorFile } from "./occupation-fixtures.js";

afterEach(removeDataDirs);

const SOURCE = `{ id: test-handbook, kind: career-guide, title: "Test Handbook: Widget Tuners", url: "https://example.org/widget-tuners", year: 2025, publisher: Test Bureau }`;

function licencesYaml(entry: string): string {
  return `licences:\n${entry}`;
}

const TUNER_LICENCE = `  - codes: ["91-1011.00"]
    scope: every-state
    rule: Every state licenses widget tuners, after an approved course and a state widget exam.
    source: ${SOURCE}
`;

/** A data folder with one curated role, the invented occupations and `licences` as data/licences.yaml. */
function dataWith(licences: string): Promise<string> {
  return dataWithEditorFile("licences.yaml", licences);
}

describe("licences", () => {
  it("loads each licence under every code it names, and nothing for other occupations", async () => {
    const knowledge = await loadKnowledge(await dataWith(licencesYaml(TUNER_LICENCE)));
    expect(knowledge.licenceFor("91-1011.00")?.rule).toMatch(/^Every state licenses widget tuners/);
    expect(knowledge.licenceFor("91-2022.00")).toBeUndefined();
  });

  it("says the licence first, yes when asked whether one is needed and no when asked whether one can do without, with its source", async () => {
    const engine = createEngine(await loadKnowledge(await dataWith(licencesYaml(TUNER_LICENCE))));
    const answer = renderText(engine.ask("do widget tuners need a license").answer);
    expect(answer.split("\n")[0]).toMatch(/^Yes: Every state licenses widget tuners, after an approved course and a state widget exam\./);
    expect(answer).toContain("https://example.org/widget-tuners");
    expect(renderText(engine.ask("can i work as a widget tuner without a license").answer).split("\n")[0]).toMatch(/^No: Every state licenses widget tuners/);
    // An occupation with no licence recorded says the data lists none.
    expect(renderText(engine.ask("do widget inspectors need a license").answer).split("\n")[0]).toMatch(
      /^The data doesn't list licences or certificates for Widget Inspector/,
    );
  });

  it("fails naming the file and the field: an unknown scope, a missing source, a code the import does not have", async () => {
    const badScope = TUNER_LICENCE.replace("every-state", "some-places");
    expectProblem(await loadProblems(await dataWith(licencesYaml(badScope))), "licences.yaml", "licences[0].scope");
    const noSource = TUNER_LICENCE.replace(/ {4}source: .*\n/, "");
    expectProblem(await loadProblems(await dataWith(licencesYaml(noSource))), "licences.yaml", "licences[0].source");
    const unknownCode = TUNER_LICENCE.replace("91-1011.00", "91-9999.00");
    expectProblem(await loadProblems(await dataWith(licencesYaml(unknownCode))), "licences.yaml", "licences[0].codes[0]", "is not an occupation");
  });
});
