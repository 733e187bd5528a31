// The schooling a member says they have: read where said as theirs, not from slang or a degree they lack.
import { describe, expect, it } from "vitest";
import { memberEducation } from "../../src/understanding/member-education.js";

describe("memberEducation", () => {
  it.each([
    ["just graduated with an environmental science degree, how do i get into the field", "bachelor"],
    ["i have a bachelor's in psych", "bachelor"],
    ["I have a BS in biology", "bachelor"],
    ["I have my MSW and two years of experience", "master"],
    ["with my associates in business, what can i do", "associate"],
    ["im a college grad working retail", "bachelor"],
    ["i have a high school diploma only", "high-school"],
    ["i have a bachelor's and i'm finishing my masters", "master"],
    // (Asking the way in with the schooling in hand: the asker's.)
    ["how to become a chemist in a lab with a chem degree and no experience", "bachelor"],
    ["how to become a park ranger when you have a biology degree", "bachelor"],
  ])("%s -> %s", (text, level) => expect(memberEducation(text)).toBe(level));

  it.each([
    "thats bs lol",
    "i don't have a degree, how do i become a nurse",
    "i have a lot of experience",
    "i have a cna license",
    "do you need a bachelor's to be a nurse",
    "can you become a nurse without a degree",
  ])("%s -> none", (text) => expect(memberEducation(text)).toBeNull());
});
