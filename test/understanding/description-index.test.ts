// The description look-up over invented occupations: which occupation a described job means.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import type { Occupation } from "../../src/knowledge/occupations-schema.js";
import { DescriptionIndex } from "../../src/understanding/described-job.js";
import { removeDataDirs, validRole, writeData } from "../knowledge/fixtures.js";
import { occupation, occupationsFileWith, writeOccupations } from "../knowledge/occupation-fixtures.js";

const described = (code: string, title: string, singular: string, description: string, tasks: string[]): Occupation =>
  occupation(code, title, singular, { description, tasks });

const OCCUPATIONS = [
  described("91-4011.00", "Gadget Hotel Managers", "Gadget Hotel Manager", "Plan and direct the work of gadget hotels.", [
    "Set the budget of the gadget hotel.",
    "Hire gadget hotel staff.",
  ]),
  described("91-4081.00", "Gadget Hotel Desk Clerks", "Gadget Hotel Desk Clerk", "Greet guests at the desk of a gadget hotel.", [
    "Check guests into the gadget hotel.",
    "Manage room keys of the gadget hotel.",
  ]),
  described("91-5242.00", "Sprocket Database Administrators", "Sprocket Database Administrator", "Administer sprocket databases.", [
    "Plan database management for sprocket records.",
  ]),
  described("91-6011.00", "Sprocket Loss Managers", "Sprocket Loss Manager", "Manage losses of a sprocket company.", [
    "Keep a database of sprocket thefts across the company.",
  ]),
  described("91-7041.00", "Gauge Readers", "Gauge Reader", "Read gauges and record consumption.", ["Walk routes to each gauge."]),
  described("91-8098.00", "Plant Helpers", "Plant Helper", "Help workers at the power plant.", [
    "Read gauges at the power plant.",
    "Carry tools for power plant workers.",
    "Sweep the power plant floor.",
  ]),
  described("91-8099.00", "Power Line Workers", "Power Line Worker", "Fix power lines.", ["Climb power poles."]),
];

let knowledge: KnowledgeBase;
let index: DescriptionIndex;
beforeAll(async () => {
  const dir = await writeData({ roles: { "test-clerk": validRole() } });
  await writeOccupations(dir, occupationsFileWith(OCCUPATIONS));
  knowledge = await loadKnowledge(dir);
  index = new DescriptionIndex(knowledge);
});
afterAll(removeDataDirs);

const best = (clause: string) => knowledge.getRole(index.match(clause)[0]?.id ?? "")?.title;

describe("DescriptionIndex", () => {
  it("reads 'manages a …' as the job whose title says it runs things, not one whose tasks say 'manage'", () => {
    expect(best("manages a gadget hotel")).toBe("Gadget Hotel Manager");
    expect(best("runs a gadget hotel")).toBe("Gadget Hotel Manager");
    expect(best("checks guests into a gadget hotel")).toBe("Gadget Hotel Desk Clerk");
  });

  it("takes 'management' as a form of 'manage' and sets 'at a company' aside", () => {
    expect(best("manages sprocket databases at a company")).toBe("Sprocket Database Administrator");
  });

  it("prefers the occupation whose title has every doing word of the description", () => {
    expect(best("read gauges for the power company")).toBe("Gauge Reader");
  });
});
