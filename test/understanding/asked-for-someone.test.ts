import { describe, expect, it } from "vitest";
import { askedAsForOneself } from "../../src/understanding/asked-for-someone.js";

describe("askedAsForOneself", () => {
  it.each([
    ["my son is 19 and wants to be an electrician, how does he start", "i want to be an electrician, how do i start"],
    ["my daughter wants to be a nurse, does she need a degree", "i want to be a nurse, do i need a degree"],
    ["our son dropped out of college, what jobs can he get without a degree", "our son dropped out of college, what jobs can i get without a degree"],
    ["My brother got out of the navy and wants to be a cop, what does he need", "My brother got out of the navy and i want to be a cop, what do i need"],
  ])("%s", (text, read) => expect(askedAsForOneself(text)).toBe(read));

  it("leaves a message alone when no one close to the member is named", () => {
    expect(askedAsForOneself("the new guy wants to be a manager, does he need a degree")).toBe("the new guy wants to be a manager, does he need a degree");
    expect(askedAsForOneself("does she know the answer")).toBe("does she know the answer");
  });
});
