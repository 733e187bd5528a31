// listedBeforeRole: short items with commas running up to the role named are a list of its rivals.
import { describe, expect, it } from "vitest";
import { listedBeforeRole } from "../../src/understanding/listed-before-role.js";

describe("listedBeforeRole", () => {
  it("reads a list of short items, opening the message or after a sentence, up to the role", () => {
    expect(listedBeforeRole("welding, hvac, electrician? which pays best", "electrician")).toBe(true);
    expect(listedBeforeRole("thinking about trades. welding, hvac, electrician?", "electrician")).toBe(true);
    expect(listedBeforeRole("welding, plumbing, or electrician, which is better", "electrician")).toBe(true);
  });
  it("reads no list where a clause or a long phrase stands before the comma, or the role opens the message", () => {
    expect(listedBeforeRole("lol my back hurts after work today, electrician came by", "electrician")).toBe(false);
    expect(listedBeforeRole("electrician, which pays best", "electrician")).toBe(false);
    expect(listedBeforeRole("hvac electrician which pays more", "electrician")).toBe(false);
  });
});
