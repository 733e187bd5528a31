// A topic named first, then the question about it: read as the question with the topic in its place.
import { describe, expect, it } from "vitest";
import { topicIntoQuestion } from "../../src/understanding/topic-first.js";

describe("topicIntoQuestion", () => {
  it.each([
    ["graphic design is it dying", "is graphic design dying"],
    ["plumber, is it a good job", "is plumber a good job"],
    ["welders do they make good money", "do welders make good money"],
    ["bank teller outlook, are they disappearing?", "are bank teller outlook disappearing?"],
    // Up to six words when a comma sets them apart.
    ["debating going for my rn, is it worth it", "is debating going for my rn worth it"],
  ])("%s -> %s", (text, question) => expect(topicIntoQuestion(text)).toBe(question));

  it.each([
    // A clause of its own, or someone particular.
    "so is it worth it",
    "my nurse is it normal that she ignores me",
    "what is it like",
    "mate is it worth being a sparky",
    "ngl is it worth it",
    // A question of its own inside, or two roles set side by side or as a move: read as typed.
    "glazier what do they do",
    "lawyer vs attorney, are they different?",
    "ems to nursing, is it worth it",
    // No topic first; or more than four words with no comma to set them apart.
    "is nursing worth it",
    "i have been thinking about nursing is it worth it",
  ])("%s: as it is", (text) => expect(topicIntoQuestion(text)).toBe(text));
});
