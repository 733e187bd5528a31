// cleanMessage drops what a member did not write themselves; plain one-line messages skip the chain
// of replacements, and must come out exactly as the chain would make them.
import { describe, expect, it } from "vitest";
import { cleanEveryStep, cleanMessage } from "../../src/understanding/clean-message.js";

const MESSAGES = [
  "rn vs lpn pay",
  "  nurse   or  teacher?  ",
  "nurse\tor teacher",
  "nurse\u00a0or teacher",
  "nurse\u2028or teacher",
  " welder salary",
  "welder salary ",
  "",
  "   ",
  "> quoted line\nwelder vs plumber",
  "is `code` a job",
  "```\nnurse vs teacher\n```\nwelder pay",
  "<@123> nurse vs teacher",
  "<:pog:123> nurse pay",
  "@everyone nurse pay",
  "see https://example.com/nurse nurse pay",
  "http://x nurse",
  "a > b, nurse or teacher",
  "email me@x.com about nurse pay",
];

describe("cleanMessage", () => {
  it("cleans every message as the full chain of steps does", () => {
    for (const text of MESSAGES) expect(cleanMessage(text), JSON.stringify(text)).toBe(cleanEveryStep(text));
  });

  it("drops quoted lines; a quote run into one line with the member's words keeps their words", () => {
    expect(cleanMessage("> nurse vs teacher\nwelder pay")).toBe("welder pay");
    expect(cleanMessage("> nurse vs teacher")).toBe("");
    // As a message reaches the bot with its lines run together: the words pointing back at the quote start the member's own.
    expect(cleanMessage("> you should just become an office manager my mentor said this but what does an office manager even do")).toBe(
      "my mentor said this but what does an office manager even do",
    );
    expect(cleanMessage("> receptionist vs secretary saw someone ask this earlier, but what i actually want to know is what a bookkeeper earns")).toBe(
      "saw someone ask this earlier, but what i actually want to know is what a bookkeeper earns",
    );
    // On a line of its own after a quote, the member's words are the next line already.
    expect(cleanMessage("> my boss said this: nurse is easy\nlol")).toBe("lol");
  });

  it("keeps a few plain words set off as inline code, drops code, and @everyone in any case", () => {
    expect(cleanMessage("`data analyst` vs `data scientist` pay?")).toBe("data analyst vs data scientist pay?");
    expect(cleanMessage("why does `const x = nurse()` fail, nurse pay")).toBe("why does fail, nurse pay");
    expect(cleanMessage("@Everyone nurse pay")).toBe("nurse pay");
    expect(cleanMessage("@HERE nurse pay")).toBe("nurse pay");
  });

  it("folds runs of spaces and trims a plain message", () => {
    expect(cleanMessage("  nurse   or\tteacher?  ")).toBe("nurse or teacher?");
    expect(cleanMessage("rn vs lpn pay")).toBe("rn vs lpn pay");
  });
});
