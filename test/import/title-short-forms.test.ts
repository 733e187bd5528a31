// Short forms of an occupation's own title, added to its alternate titles by the importer.
import { describe, expect, it } from "vitest";
import { titleShortForms, withTitleShortForms } from "../../src/import/title-short-forms.js";

describe("titleShortForms", () => {
  it.each<[string, string[]]>([
    // The bracketed qualifier left out.
    ["Environmental Science and Protection Technician (including health)", ["Environmental Science and Protection Technician"]],
    // Each of two one-word heads joined by "or".
    ["Elevator and Escalator Installer or Repairer", ["Elevator and Escalator Installer", "Elevator and Escalator Repairer"]],
    [
      "Aerospace Engineering and Operations Technologist or Technician",
      ["Aerospace Engineering and Operations Technologist", "Aerospace Engineering and Operations Technician"],
    ],
    // Both at once (the bracketless title still has "or" in it: only its two heads).
    [
      "Telecommunications Equipment Installer or Repairer (except line installers)",
      ["Telecommunications Equipment Installer", "Telecommunications Equipment Repairer"],
    ],
    // Nothing to add: no words before the heads, a list, or two titles of several words.
    ["Accountant or Auditor", []],
    ["Welder, Cutter, Solderer or Brazer", []],
    ["Paralegal or Legal Assistant", []],
    ["Secretary or Administrative Assistant (except legal, medical and executive)", []],
  ])("%s", (singular, forms) => {
    expect(titleShortForms(singular)).toEqual(forms);
  });

  it("adds only the forms the alternate titles lack, whatever their case", () => {
    expect(withTitleShortForms(["Elevator and escalator installer", "Lift Mechanic"], "Elevator and Escalator Installer or Repairer")).toEqual([
      "Elevator and escalator installer",
      "Lift Mechanic",
      "Elevator and Escalator Repairer",
    ]);
  });
});
