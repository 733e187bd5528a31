import { describe, expect, it } from "vitest";
import { Cooldowns } from "../../src/discord/cooldowns.js";

describe("Cooldowns", () => {
  it("lets the first use through and reports the time left on the next", () => {
    let now = 1_000;
    const cooldowns = new Cooldowns(() => now);
    expect(cooldowns.take("u:compare", 3_000)).toBe(0);
    now += 1_000;
    expect(cooldowns.take("u:compare", 3_000)).toBe(2_000);
    expect(cooldowns.take("other:compare", 3_000)).toBe(0);
    now += 2_000;
    expect(cooldowns.take("u:compare", 3_000)).toBe(0);
  });

  it("does not extend a running cooldown when spammed", () => {
    let now = 0;
    const cooldowns = new Cooldowns(() => now);
    cooldowns.take("k", 1_000);
    for (let i = 0; i < 5; i++) {
      now += 100;
      cooldowns.take("k", 1_000);
    }
    now = 1_000;
    expect(cooldowns.take("k", 1_000)).toBe(0);
  });

  it("forgets expired keys when swept", () => {
    let now = 0;
    const cooldowns = new Cooldowns(() => now);
    cooldowns.take("a", 10);
    cooldowns.take("b", 1_000);
    now = 500;
    cooldowns.sweep();
    expect(cooldowns.size).toBe(1);
  });

  it("reports the time left without starting a cooldown", () => {
    let now = 0;
    const cooldowns = new Cooldowns(() => now);
    expect(cooldowns.remaining("k")).toBe(0);
    expect(cooldowns.size).toBe(0);
    cooldowns.take("k", 1_000);
    now = 400;
    expect(cooldowns.remaining("k")).toBe(600);
    now = 1_500;
    expect(cooldowns.remaining("k")).toBe(0);
  });
});
