// "an associate's in business": the degree named by its possessive alone, written out.
import { describe, expect, it } from "vitest";
import { expandDegreeShorthand } from "../../src/understanding/degree-shorthand.js";

describe("expandDegreeShorthand", () => {
  it.each([
    ["can i get a job with an associate's in business", "can i get a job with an associate degree in business"],
    ["trade school or an associate's for radiology tech?", "trade school or an associate degree for radiology tech?"],
    ["associate's vs bachelor's for nursing", "associate degree vs bachelor's for nursing"],
    ["is an associate's enough", "is an associate degree enough"],
    ["I have my associate's.", "I have my associate degree."],
    ["can i get a job with an associates in business", "can i get a job with an associate degree in business"],
  ])("%s", (typed, written) => expect(expandDegreeShorthand(typed)).toBe(written));

  it("leaves an associate's degree, a person's things and sales associates as they are", () => {
    for (const text of [
      "an associate's degree in business",
      "my associate's desk is messy",
      "sales associate vs cashier",
      "the associates at work are nice",
      "are sales associates and cashiers the same",
    ])
      expect(expandDegreeShorthand(text)).toBe(text);
  });
});
