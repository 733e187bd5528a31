// A slip that is no other word: a letter left out, one too many, or two neighbours swapped.
import { describe, expect, it } from "vitest";
import { doubledLetterSlip, oneSlipNoSubstitution, swappedNeighbours } from "../../src/understanding/edit-distance.js";

describe("oneSlipNoSubstitution", () => {
  it.each([
    ["nusring", "nursing"],
    ["acounting", "accounting"],
    ["wellding", "welding"],
    ["plumbin", "plumbing"],
  ])("%s is one slip from %s", (typed, word) => expect(oneSlipNoSubstitution(typed, word)).toBe(true));

  it.each([
    ["paying", "paving"],
    ["hiring", "wiring"],
    ["nursing", "nursing"],
    ["nrusign", "nursing"],
    ["nurse", "nursing"],
  ])("%s is not one such slip from %s", (typed, word) => expect(oneSlipNoSubstitution(typed, word)).toBe(false));
});

describe("swappedNeighbours", () => {
  it.each([
    ["nures", "nurse"],
    ["laywer", "lawyer"],
    ["pilto", "pilot"],
    ["pliot", "pilot"],
  ])("%s is %s with two letters swapped", (typed, word) => expect(swappedNeighbours(typed, word)).toBe(true));

  it.each([
    ["techer", "etcher"], // the first letter
    ["nurse", "nurse"],
    ["nuser", "nurse"],
    ["nurs", "nurse"],
    ["nirse", "nurse"],
  ])("%s is not %s swapped", (typed, word) => expect(swappedNeighbours(typed, word)).toBe(false));
});

describe("doubledLetterSlip", () => {
  it.each([
    ["programer", "programmer"],
    ["acountant", "accountant"],
    ["bookeeper", "bookkeeper"],
    ["welldr", "weldr"],
  ])("%s and %s differ by a doubled letter", (a, b) => expect(doubledLetterSlip(a, b)).toBe(true));

  it.each([
    ["settler", "setter"],
    ["lender", "tender"],
    ["program", "programmer"],
    ["nurse", "nurse"],
  ])("%s and %s do not", (a, b) => expect(doubledLetterSlip(a, b)).toBe(false));
});
