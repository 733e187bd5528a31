// "Can a medical assistant give injections": the work asked about, found among the role's tasks. On
// invented occupations (test/knowledge/occupation-fixtures.ts): a Widget Tuner's tasks are "Calibrate
// the widget tuner's widget gauges.", "Log widget readings in the register." and "Train new staff on
// widget safety."
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { occupation, occupationsFileWith } from "../knowledge/occupation-fixtures.js";

// Beside the fixtures, an invented occupation whose tasks write out what members abbreviate.
const gadgetMedic = occupation("91-4011.00", "Gadget Medics", "Gadget Medic", {
  tasks: ["Start intravenous lines and record medication doses on gadget charts.", "Check vital signs of gadget testers."],
});
const engine = createEngine(createKnowledgeBase([], [], occupationsFileWith([gadgetMedic])));
const verdictOf = (question: string) => engine.ask(question).answer.verdict;

describe("whether a role does the work asked about", () => {
  it("quotes the task that names every word asked, general verbs aside", () => {
    expect(verdictOf("can a widget tuner calibrate gauges?")).toEqual({
      text: `Yes: O*NET lists it among the tasks of a Widget Tuner: "Calibrate the widget tuner's widget gauges."`,
      basis: "data",
    });
    expect(verdictOf("do widget tuners ever have to log readings")?.text).toMatch(/"Log widget readings in the register\."$/);
  });

  it("matches a word of the same stem: calibrations are calibrating", () => {
    expect(verdictOf("does a widget tuner do calibrations")?.text).toMatch(/"Calibrate the widget tuner's widget gauges\."$/);
  });

  it("reads shorthand as the task statements write it: iv, meds, vitals", () => {
    expect(verdictOf("can a gadget medic give iv meds")?.text).toMatch(/"Start intravenous lines and record medication doses on gadget charts\."$/);
    expect(verdictOf("can a gadget medic take vitals")?.text).toMatch(/"Check vital signs of gadget testers\."$/);
    expect(verdictOf("which one gives iv meds, gadget medic or widget tuner")?.text).toMatch(
      /^Gadget Medic: O\*NET lists it among the tasks of a Gadget Medic: .*; none of those listed for a Widget Tuner mention it\.$/,
    );
  });

  it("no verdict when no task names it all, or when the question is not whether the role does something", () => {
    expect(verdictOf("can a widget tuner repair gauges")).toBeNull();
    // Where the work is done: the setting, which the data does not measure, not a task.
    expect(verdictOf("can widget tuners work remotely")?.text).toMatch(/^The data doesn't say which jobs can be done remotely\./);
    expect(verdictOf("is a widget tuner's job to calibrate gauges")?.text ?? "").not.toMatch(/^Yes: O\*NET lists it/);
  });
});
