import { describe, expect, it } from "vitest";
import { askedMeaning } from "../../src/understanding/asks-meaning.js";

describe("askedMeaning", () => {
  it.each([
    ["what does cna stand for", "cna"],
    ["What does LPN mean?", "LPN"],
    ["whats rn short for", "rn"],
    ["what does a cpa stand for in accounting", "cpa"],
  ])("%s: %s", (text, title) => expect(askedMeaning(text)).toBe(title));

  it.each(["what does that mean for nurses pay in texas, honestly i have no idea", "cna means well", "how much does a cna make"])(
    "%s: no meaning asked",
    (text) => expect(askedMeaning(text)).toBeNull(),
  );
});
