// An occupation's own official title may run past the six words other names are held to, as BLS
// writes it ("first-line supervisor of retail sales workers"); longer labels still are never names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { removeDataDirs } from "../knowledge/fixtures.js";
import { engineWithOccupations, occupation, occupationsFileWith, occupationTitles } from "../knowledge/occupation-fixtures.js";

let engine: Engine;
beforeAll(async () => {
  engine = await engineWithOccupations(
    occupationsFileWith([
      occupation(
        "91-7011.00",
        "First-Line Supervisors of Widget Tuning and Polishing Workers",
        "First-Line Supervisor of Widget Tuning and Polishing Workers",
        {
          // An alternate title as long: no name.
          titles: occupationTitles({ alternate: ["Senior Lead Supervisor of Widget Tuning and Polishing Crews"] }),
        },
      ),
    ]),
  );
});
afterAll(removeDataDirs);

const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);

describe("long official titles", () => {
  it("names the occupation when typed whole, in the singular or the plural", () => {
    expect(roleIds("first-line supervisor of widget tuning and polishing workers salary")).toEqual(["91-7011.00"]);
    expect(roleIds("what do first-line supervisors of widget tuning and polishing workers do")).toEqual(["91-7011.00"]);
  });

  it("an alternate title past six words is still no name", () => {
    expect(roleIds("senior lead supervisor of widget tuning and polishing crews salary")).not.toContain("91-7011.00");
  });
});
