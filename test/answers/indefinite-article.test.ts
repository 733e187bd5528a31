import { describe, expect, it } from "vitest";
import { withArticle } from "../../src/answers/indefinite-article.js";

describe("withArticle", () => {
  it.each([
    ["Pharmacist", "a Pharmacist"],
    ["Electrician", "an Electrician"],
    ["Office Manager", "an Office Manager"],
    ["HR Manager", "an HR Manager"],
    ["RN", "an RN"],
    ["UX Designer", "a UX Designer"],
    ["Union Organizer", "a Union Organizer"],
    ["Usher, Lobby Attendant or Ticket Taker", "an Usher, Lobby Attendant or Ticket Taker"],
    ["CNC Tool Programmer", "a CNC Tool Programmer"],
  ])("%s -> %s", (title, expected) => expect(withArticle(title)).toBe(expected));
});
