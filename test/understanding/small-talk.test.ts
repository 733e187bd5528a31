// What kind of chat a message that is not a role question is (our own phrasings).
import { describe, expect, it } from "vitest";
import { detectSmallTalk } from "../../src/understanding/detect-small-talk.js";
import { RecentQuestions } from "../../src/understanding/recent-questions.js";

describe("detectSmallTalk", () => {
  it.each(["thanks!", "Thank you so much", "ty", "thx bot", "cheers mate", "ok that helped, appreciate it", "hi, thanks!", "cool thanks"])(
    "thanks: %s",
    (text) => expect(detectSmallTalk(text)).toBe("thanks"),
  );

  it.each(["hi", "Hello!", "hey there", "heyyy", "good morning", "yo bot", "", "sup"])("greeting: %j", (text) =>
    expect(detectSmallTalk(text)).toBe("greeting"),
  );

  it.each([
    "lol same",
    "what certifications do I need for project management",
    "hey is the server down for anyone right now?",
    "this is a test",
    "thanksgiving plans?",
  ])("other: %s", (text) => expect(detectSmallTalk(text)).toBe("other"));
});

describe("RecentQuestions", () => {
  const ctx = { roleIds: ["receptionist"], aspect: null };

  it("recalls a conversation's previous question within the window, and forgets it after", () => {
    const recent = new RecentQuestions(60_000, 10);
    recent.remember("dm-1", ctx, 1_000);
    expect(recent.recall("dm-1", 61_000)).toEqual(ctx);
    expect(recent.recall("dm-2", 2_000)).toBeUndefined();
    expect(recent.recall("dm-1", 61_001)).toBeUndefined();
    expect(recent.size).toBe(0);
  });

  it("keeps at most the newest conversations", () => {
    const recent = new RecentQuestions(60_000, 2);
    recent.remember("a", ctx, 0);
    recent.remember("b", ctx, 0);
    recent.remember("a", { roleIds: ["secretary"], aspect: "salary" }, 1);
    recent.remember("c", ctx, 2);
    expect(recent.size).toBe(2);
    expect(recent.recall("b", 3)).toBeUndefined();
    expect(recent.recall("a", 3)).toEqual({ roleIds: ["secretary"], aspect: "salary" });
  });
});
