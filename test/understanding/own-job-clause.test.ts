// A member's own job, then a question with no comma between: the comma is put back.
import { describe, expect, it } from "vitest";
import { separateOwnJobClause } from "../../src/understanding/own-job-clause.js";

describe("separateOwnJobClause", () => {
  it.each([
    ["im a cna is it worth going to nursing school", "im a cna, is it worth going to nursing school"],
    ["as a dental assistant how do i become a hygienist", "as a dental assistant, how do i become a hygienist"],
    ["I work as a paralegal should i go to law school", "I work as a paralegal, should i go to law school"],
    ["i'm currently a medical assistant what can i do next", "i'm currently a medical assistant, what can i do next"],
    // A field, its school or a degree asked about, opening with "is".
    ["im a paralegal is law school worth it", "im a paralegal, is law school worth it"],
    ["im a cashier is accounting a good career", "im a cashier, is accounting a good career"],
    ["im a teacher is an mba worth it", "im a teacher, is an mba worth it"],
  ])("%s", (text, separated) => expect(separateOwnJobClause(text)).toBe(separated));

  it.each([
    // Already set apart, no own job, or no question within a few words.
    "im a cna, is it worth going to nursing school",
    "is it worth being a cna",
    "as a matter of fact the office manager should i guess know",
    "im a certified nursing assistant at a big hospital in the city is it worth",
    // ("is" opening no question about a field: "is on call" says where the member is.)
    "im a nurse practitioner is on call tonight",
  ])("leaves %s as it is", (text) => expect(separateOwnJobClause(text)).toBe(text));
});
