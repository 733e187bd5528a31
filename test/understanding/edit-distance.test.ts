// A slip that is no other word: a letter left out, one too many, or two neighbours swapped.
import { describe, expect, it } from "vitest";
import { oneSlipNoSubstitution } from "../../src/understanding/edit-distance.js";

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
