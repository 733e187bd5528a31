// "becoming a …" as a heading of its own asks how to become one; news about becoming one stays news.
import { beforeAll, describe, expect, it } from "vitest";
import { readBecomingHeading } from "../../src/understanding/becoming-heading.js";
import { createQuestionParser, type QuestionParser } from "../../src/understanding/parse-question.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";

describe("readBecomingHeading", () => {
  it.each([
    ["becoming an office manager", "how to become an office manager"],
    ["becoming an office manager at 30", "how to become an office manager at 30"],
    ["Becoming a bookkeeper with no experience?", "how to become a bookkeeper with no experience?"],
    ["becoming a receptionist in my 40s", "how to become a receptionist in my 40s"],
    ["becoming a paralegal without a degree", "how to become a paralegal without a degree"],
  ])("%s -> %s", (text, question) => expect(readBecomingHeading(text)).toBe(question));

  it.each([
    "becoming a nurse was the best thing i did",
    "becoming a nurse soon!",
    "becoming a nurse soon",
    "becoming an office manager changed my life",
    "becoming a manager of a team that hates me and a store that never closes",
    "i am becoming a bookkeeper",
    "becoming a bookkeeper at the place my cousin works at",
    "becoming an adult sucks",
  ])("leaves '%s' as it is", (text) => expect(readBecomingHeading(text)).toBe(text));
});

describe("a heading in the parser", () => {
  let parser: QuestionParser;
  beforeAll(async () => {
    parser = createQuestionParser(await loadCuratedKnowledge());
  });

  it("asks what it takes, as 'how to become' does", () => {
    const p = parser.parse("becoming an office manager at 30");
    expect([p.intent, p.roles.map((r) => r.roleId), p.aspect, p.kind]).toEqual(["profile", ["office-manager"], "requirements", "path"]);
    expect(parser.parse("becoming an office manager").intent).toBe("profile");
  });

  it("a quality one grows into is no unknown title: 'how to become a better person' is chat", () => {
    expect(parser.parse("becoming a better person").intent).toBe("none");
    expect(parser.parse("how do i become a good listener").intent).toBe("none");
    expect(parser.parse("how do i become an adult").intent).toBe("none");
    expect(parser.parse("how do i become a sommelier").unknownRoles).toEqual(["sommelier"]);
  });
});
