// Misspellings of the words a question turns on, written right before the message is read.
import { describe, expect, it } from "vitest";
import { fixMisspellings } from "../../src/understanding/fix-misspellings.js";

describe("fixMisspellings", () => {
  it.each([
    ["is nursing a good carrer", "is nursing a good career"],
    ["best Carreers for introverts", "best careers for introverts"],
    ["carear change at 30", "career change at 30"],
    ["electrician vs plumber witch is better", "electrician vs plumber which is better"],
    ["highest payed nurses", "highest paid nurses"],
  ])("%s", (typed, written) => expect(fixMisspellings(typed)).toBe(written));

  it("leaves the words it does not list as they are", () => {
    for (const text of ["mail carrier salary", "a carer for my mum", "career vs job", "scarrer", "the witch was op", "witchcraft"])
      expect(fixMisspellings(text)).toBe(text);
  });
});
