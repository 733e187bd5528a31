// An employer named beside pay: the answer says BLS has no figures by employer.
import { describe, expect, it } from "vitest";
import { namedEmployer } from "../../src/understanding/detect-employer.js";

describe("namedEmployer", () => {
  it.each([
    ["how much does google pay software engineers", "Google"],
    ["amazon warehouse worker pay", "Amazon"],
    ["how much do Starbucks baristas make", "Starbucks"],
    ["what does a nurse at kaiser make", "Kaiser"],
    ["big 4 accountant salary", "the Big Four"],
    ["chick-fil-a cashier pay", "Chick-fil-A"],
  ])("%s", (q, employer) => expect(namedEmployer(q)).toBe(employer));

  it.each(["the ups and downs of nursing pay", "what's the target salary for a nurse", "i googled nurse pay", "apple pie recipe"])(
    "no employer in everyday words: %s",
    (q) => expect(namedEmployer(q)).toBeNull(),
  );
});
