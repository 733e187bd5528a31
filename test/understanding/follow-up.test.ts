// A message read in the context of the answer it follows up on: the same roles with a new aspect,
// one role swapped or added, or a new question that stands alone (our own phrasings, curated roles).
import { beforeAll, describe, expect, it } from "vitest";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import type { AspectId } from "../../src/knowledge/aspects.js";
import { createFollowUpResolver, type FollowUpContext, type FollowUpResolver } from "../../src/understanding/follow-up.js";
import { createQuestionParser, type QuestionParser } from "../../src/understanding/parse-question.js";
import type { ParsedQuestion } from "../../src/understanding/types.js";

let parser: QuestionParser;
let resolver: FollowUpResolver;
beforeAll(async () => {
  const knowledge = await loadCuratedKnowledge();
  parser = createQuestionParser(knowledge);
  resolver = createFollowUpResolver(knowledge);
});

const context = (roleIds: string[], aspect: AspectId | null): FollowUpContext => ({ roleIds, aspect });
const COMPARISON = context(["office-manager", "operations-manager"], "salary");
const ONE_ROLE = context(["receptionist"], "skills");

const read = (text: string, ctx: FollowUpContext): ParsedQuestion => resolver.apply(parser.parse(text), ctx);
const summary = (p: ParsedQuestion) => ({ intent: p.intent, roles: p.roles.map((r) => r.roleId), aspect: p.aspect, followUp: p.followUp });

describe("no role named: the same roles, the aspect asked now", () => {
  it.each<[string, AspectId]>([
    ["what about pay?", "salary"],
    ["and the skills?", "skills"],
    ["what about the outlook", "outlook"],
    ["how about their duties?", "duties"],
    ["what do they do all day?", "duties"],
  ])("%s -> %s of both roles", (text, aspect) => {
    expect(summary(read(text, COMPARISON))).toEqual({ intent: "compare", roles: ["office-manager", "operations-manager"], aspect, followUp: "same-roles" });
  });

  it("a verdict, a path or a yes-or-no about the roles shown keeps them, with the kind asked", () => {
    expect(read("which pays more?", COMPARISON)).toMatchObject({ intent: "compare", aspect: "salary", kind: "which", followUp: "same-roles" });
    expect(read("how do I get from one to the other?", COMPARISON)).toMatchObject({ intent: "compare", kind: "path", followUp: "same-roles" });
    expect(summary(read("do I need a degree?", ONE_ROLE))).toEqual({
      intent: "profile",
      roles: ["receptionist"],
      aspect: "requirements",
      followUp: "same-roles",
    });
    expect(read("is it hard?", ONE_ROLE)).toMatchObject({ intent: "profile", kind: "yes-no", followUp: "same-roles" });
  });

  it("how long it takes: becoming the one role shown, or the preparation of each of those shown", () => {
    expect(read("how long does it take", ONE_ROLE)).toMatchObject({ intent: "profile", aspect: "requirements", kind: "path", followUp: "same-roles" });
    expect(read("how long does it take?", COMPARISON)).toMatchObject({ intent: "compare", aspect: "requirements", followUp: "same-roles" });
    expect(read("how long is the match tonight", ONE_ROLE)).toEqual(parser.parse("how long is the match tonight"));
  });

  it("per month or week, or a place, with no aspect word: the roles shown, that period's pay or that place", () => {
    expect(read("what about per month?", COMPARISON)).toMatchObject({ intent: "compare", aspect: "salary", payPer: "month", followUp: "same-roles" });
    expect(read("and weekly?", context(["receptionist"], "duties"))).toMatchObject({
      intent: "profile",
      aspect: "salary",
      payPer: "week",
      followUp: "same-roles",
    });
    expect(read("what about in the uk?", COMPARISON)).toMatchObject({ intent: "compare", aspect: "salary", place: "the UK", followUp: "same-roles" });
    expect(read("and in canada?", context(["receptionist"], "outlook"))).toMatchObject({ aspect: "outlook", place: "Canada", followUp: "same-roles" });
    // A place alone, as members type it after an answer.
    for (const [text, place] of [
      ["in florida", "Florida"],
      ["texas?", "Texas"],
      ["what about texas", "Texas"],
      ["in cali", "California"],
      ["what about nyc", "NYC"],
    ] as const)
      expect(read(text, COMPARISON), text).toMatchObject({ intent: "compare", aspect: "salary", place, followUp: "same-roles" });
    expect(read("in a bit", COMPARISON)).toEqual(parser.parse("in a bit"));
  });

  it("'the first one', 'the 2nd one': one of the roles shown, with what is asked of it", () => {
    expect(summary(read("tell me more about the second one", COMPARISON))).toEqual({
      intent: "profile",
      roles: ["operations-manager"],
      aspect: "salary",
      followUp: "same-roles",
    });
    expect(read("how do i get into the first one", COMPARISON)).toMatchObject({ intent: "profile", kind: "path", roles: [{ roleId: "office-manager" }] });
    for (const chat of ["the first job i had was retail", "at first i liked it"]) expect(read(chat, COMPARISON), chat).toEqual(parser.parse(chat));
  });

  it("per hour, with no aspect word: the roles and aspect shown, by the hour", () => {
    expect(read("what about per hour?", COMPARISON)).toMatchObject({ intent: "compare", aspect: "salary", payPeriod: "hourly", followUp: "same-roles" });
  });

  it('"thanks! what about pay?" asks again; "thanks for the help with the skills" does not', () => {
    expect(read("thanks! what about pay?", COMPARISON)).toMatchObject({ intent: "compare", aspect: "salary", followUp: "same-roles" });
    expect(read("skills please", COMPARISON)).toMatchObject({ intent: "compare", aspect: "skills", followUp: "same-roles" });
    for (const chat of ["thanks for the help with the skills", "good to know, thanks", "cool that's good to know"])
      expect(read(chat, COMPARISON)).toEqual(parser.parse(chat));
  });

  it("'whats the difference' sets the roles shown side by side, filler before a question is skipped; a line said to the people around is no follow-up", () => {
    for (const text of ["whats the difference", "explain the difference", "difference?", "how are they different"])
      expect(summary(read(text, COMPARISON)), text).toEqual({
        intent: "compare",
        roles: ["office-manager", "operations-manager"],
        aspect: "overview",
        followUp: "same-roles",
      });
    for (const text of ["ok but what about pay", "lol what about pay", "wait how much do they make", "so which pays more"])
      expect(read(text, COMPARISON), text).toMatchObject({ intent: "compare", aspect: "salary", followUp: "same-roles" });
    for (const chat of ["lol ok", "ok cool thanks"]) expect(read(chat, COMPARISON), chat).toEqual(parser.parse(chat));
    expect(read("do you know which pays more", COMPARISON)).toMatchObject({ intent: "compare", aspect: "salary", followUp: "same-roles" });
    // "u", "you", "ur" ask the bot about the roles shown, as "i" does: only the people around or the day make chat.
    expect(read("do u need a degree", context(["receptionist"], "salary"))).toMatchObject({ intent: "profile", followUp: "same-roles" });
    expect(read("which one is harder on ur body", COMPARISON)).toMatchObject({ intent: "compare", followUp: "same-roles" });
    expect(read("the second one sounds easier lol", COMPARISON)).toEqual(parser.parse("the second one sounds easier lol"));
    for (const chat of [
      "is it friday yet?",
      "do u guys get paid today?",
      "which one of yall took my charger",
      "how do i get there from here lol",
      "is this thing on?",
      "which is better pizza or tacos",
    ])
      expect(read(chat, COMPARISON), chat).toEqual(parser.parse(chat));
  });

  it("the context's roles read as exact (confidence 1), and the text is kept as typed", () => {
    const parsed = read("what about pay?", COMPARISON);
    expect(parsed).toMatchObject({ text: "what about pay?", confidence: 1, tier: "exact", suggestions: [] });
    expect(parsed.roles.map((r) => [r.typed, r.confidence])).toEqual([
      ["Office Manager", 1],
      ["Operations Manager", 1],
    ]);
  });
});

describe("one role named", () => {
  it.each(["what about a receptionist?", "how about receptionists", "and a receptionist?", "what about a receptionist instead?"])(
    "%s: the new role replaces the second of a comparison, the aspect carries over",
    (text) => {
      expect(summary(read(text, COMPARISON))).toEqual({ intent: "compare", roles: ["office-manager", "receptionist"], aspect: "salary", followUp: "swap" });
    },
  );

  it('"instead of" names the role to replace, in its place', () => {
    expect(summary(read("what about a receptionist instead of the office manager?", COMPARISON))).toEqual({
      intent: "compare",
      roles: ["receptionist", "operations-manager"],
      aspect: "salary",
      followUp: "swap",
    });
  });

  it("an aspect asked with the new role wins over the one shown", () => {
    expect(summary(read("what about a receptionist's duties?", COMPARISON))).toMatchObject({ roles: ["office-manager", "receptionist"], aspect: "duties" });
  });

  it("after a one-role answer, what about X is X alone; vs X or compared to X is a comparison", () => {
    expect(summary(read("what about a secretary?", ONE_ROLE))).toEqual({ intent: "profile", roles: ["secretary"], aspect: "skills", followUp: "swap" });
    expect(summary(read("vs a secretary?", ONE_ROLE))).toEqual({ intent: "compare", roles: ["receptionist", "secretary"], aspect: "skills", followUp: "add" });
    expect(summary(read("how does that compare to a secretary?", ONE_ROLE))).toMatchObject({ roles: ["receptionist", "secretary"], followUp: "add" });
  });

  it("one of the roles shown, alone: that role, same aspect", () => {
    expect(summary(read("what about the office manager?", COMPARISON))).toEqual({
      intent: "profile",
      roles: ["office-manager"],
      aspect: "salary",
      followUp: "narrow",
    });
  });

  it("a question with its own role and no follow-up word stands alone", () => {
    expect(summary(read("what does a bookkeeper do?", COMPARISON))).toEqual({
      intent: "profile",
      roles: ["bookkeeper"],
      aspect: "duties",
      followUp: undefined,
    });
  });
});

describe("not a follow-up", () => {
  it("a full new question with its own roles is a new question", () => {
    const parsed = read("receptionist vs secretary duties", COMPARISON);
    expect(summary(parsed)).toEqual({ intent: "compare", roles: ["receptionist", "secretary"], aspect: "duties", followUp: undefined });
    expect(parsed).toEqual(parser.parse("receptionist vs secretary duties"));
  });

  it.each(["thanks!", "thanks, that works", "hi", "lol", "is the server down?", "is this bot broken?"])("%s stays chat (intent none)", (text) => {
    expect(read(text, COMPARISON)).toEqual(parser.parse(text));
  });

  it("help and list stay what they are", () => {
    expect(read("help", COMPARISON).intent).toBe("help");
    expect(read("which roles do you know", COMPARISON).intent).toBe("list");
  });

  it("a context naming roles the knowledge does not have (any more) is no context", () => {
    expect(read("what about pay?", context(["no-such-role"], "salary")).intent).toBe("none");
  });

  it("'or' beside the role named sets it against the roles shown; 'or' elsewhere is the question's own choice", () => {
    expect(summary(read("or a secretary?", ONE_ROLE))).toMatchObject({ roles: ["receptionist", "secretary"], followUp: "add" });
    expect(summary(read("secretary or?", ONE_ROLE))).toMatchObject({ roles: ["receptionist", "secretary"], followUp: "add" });
    // ("becoming a secretary, do i need a degree or can i learn on the job": a fresh question of the job it names.)
    const fresh = "becoming a secretary, do i need a degree or can i learn on the job";
    expect(read(fresh, COMPARISON)).toEqual(parser.parse(fresh));
  });

  it("an unknown role is answered as unknown, not swapped in", () => {
    expect(read("what about a marketing manager?", COMPARISON)).toEqual(parser.parse("what about a marketing manager?"));
  });
});
