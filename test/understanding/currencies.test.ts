// One table of currencies answers three questions of an amount: is it another currency's pay, which
// country's, and is a short word after a number a currency rather than a title.
import { describe, expect, it } from "vitest";
import { currencyPlace, foreignAfter } from "../../src/understanding/currencies.js";
import { foreignPayAmount } from "../../src/understanding/detect-pay-amount.js";

describe("currencies", () => {
  it.each([
    ["is 6000 sgd a month good for a nurse", "Singapore"],
    ["offered 400k zar as an engineer", "South Africa"],
    ["30k pounds as a teacher", "the UK"],
    ["£28k for a band 5 nurse", "the UK"],
    ["80k cad for a welder", "Canada"],
    ["12 lpa as a developer", "India"],
    ["8 lacs for a software engineer", "India"],
    ["25000 pesos a month as a call center agent", "the Philippines"],
  ])("%s: paid in %s", (text, country) => {
    expect(currencyPlace(text)).toBe(country);
    expect(foreignPayAmount(text)).toBe(true);
  });

  it.each(["i can lift 50 pound boxes", "cad drafter vs architect", "$60k for a paralegal", "60k for a paralegal", "php developer salary"])(
    "%s: no other currency",
    (text) => {
      expect(currencyPlace(text)).toBeNull();
      expect(foreignPayAmount(text)).toBe(false);
    },
  );

  it("reads pounds as money only after an amount in thousands", () => {
    expect(foreignAfter("30k", " pounds a year")).toBe(true);
    expect(foreignAfter("30,000", " pounds")).toBe(true);
    expect(foreignAfter("50", " pound boxes")).toBe(false);
    expect(foreignAfter("20", " quid an hour")).toBe(true);
  });
});
