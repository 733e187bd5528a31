// "From cashier to manager": a bare rank word after a move from a role is the role of that rank it
// leads to. On invented occupations: Widget Tuners lead to Widget Inspectors, Widget Managers and a
// first-line supervisor; Widget Inspectors lead nowhere, so their "manager" is found by a title made
// of a word of theirs and the rank word ("widget manager").
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { genericMoveTarget } from "../../src/understanding/generic-move-target.js";
import { RoleIndex } from "../../src/understanding/role-index.js";
import { roleMention } from "../../src/understanding/types.js";
import { occupation, occupationsFile } from "../knowledge/occupation-fixtures.js";

const file = occupationsFile();
const managers = occupation("91-1021.00", "Widget Managers", "Widget Manager");
const supervisors = occupation("91-1012.00", "First-Line Supervisors of Widget Workers", "First-Line Supervisor of Widget Workers");
const tuner = file.occupations.find((o) => o.code === "91-1011.00")!;
tuner.related = [
  { code: "91-2022.00", tier: "Primary-Short" },
  { code: "91-1021.00", tier: "Primary-Short" },
  { code: "91-1012.00", tier: "Primary-Long" },
];
file.occupations.push(managers, supervisors);
const knowledge = createKnowledgeBase([], [], file);
const index = new RoleIndex(knowledge);

/** The target read after the role `role` (its words found in `text` as given) in `text`. */
function targetIn(text: string, role: string, roleId: string) {
  const tokens = text.split(" ");
  const start = tokens.indexOf(role.split(" ")[0]!);
  const from = roleMention(roleId, role, start, start + role.split(" ").length, 1);
  const target = genericMoveTarget(index, tokens, tokens, from);
  return target && { roleId: target.roleId, start: target.start, alternatives: target.alternatives };
}

describe("genericMoveTarget", () => {
  it("reads the rank word as the closest related role of that rank, the others as alternatives", () => {
    expect(targetIn("from widget tuner to manager", "widget tuner", "91-1011.00")).toEqual({
      roleId: "91-1021.00",
      start: 4,
      alternatives: ["91-1012.00"],
    });
  });

  it("a supervisor or lead is a first-line supervisor; 'to become a' may stand between", () => {
    expect(targetIn("can a widget tuner become a supervisor", "widget tuner", "91-1011.00")).toMatchObject({ roleId: "91-1012.00", start: 6 });
    expect(targetIn("widget tuner to lead", "widget tuner", "91-1011.00")).toMatchObject({ roleId: "91-1012.00" });
  });

  it("with no related role of that rank, a title of a word of the role and the rank word", () => {
    expect(targetIn("from widget inspector to manager", "widget inspector", "91-2022.00")).toEqual({
      roleId: "91-1021.00",
      start: 4,
      alternatives: undefined,
    });
  });

  it("nothing without a move, for a longer title, or for a rank the data does not lead to", () => {
    expect(targetIn("widget tuner manager", "widget tuner", "91-1011.00")).toBeNull();
    expect(targetIn("from widget tuner to manager of a shop", "widget tuner", "91-1011.00")).toBeNull();
    expect(targetIn("from widget tuner to director", "widget tuner", "91-1011.00")).toBeNull();
    expect(targetIn("from widget tuner to inspector", "widget tuner", "91-1011.00")).toBeNull();
  });
});

describe("a question moving from a role to a rank word", () => {
  const engine = createEngine(knowledge);

  it("is a path between the role and the one of that rank, with a note on how the word was read", () => {
    const { parsed, answer } = engine.ask("how do i go from widget tuner to manager?");
    expect(parsed.intent).toBe("compare");
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["91-1011.00", "91-1021.00"]);
    expect(parsed.kind).toBe("path");
    expect(answer.notes).toContainEqual(
      expect.objectContaining({
        kind: "shared-title",
        typed: "manager",
        roleId: "91-1021.00",
        alternatives: [expect.objectContaining({ roleId: "91-1012.00" })],
      }),
    );
  });
});
