// A job described instead of named: the description is found in the message (here), and looked up
// in the occupations' own words (test/answers/issue-questions.test.ts, on the real import).
import { describe, expect, it } from "vitest";
import { describedJob } from "../../src/understanding/described-job.js";

describe("describedJob", () => {
  it.each([
    ["the people who fix elevators how much do they make", "fix elevators"],
    ["whoever reads x-rays, what do they earn", "reads x-rays"],
    ["the job where you climb power poles what is it called and what does it pay", "climb power poles"],
    ["what do you call the people who draw blood", "draw blood"],
    ["the people who answer 911 calls", "answer 911 calls"],
    ["people who guard prisons pay", "guard prisons"],
    ["the person at the hospital who figures out the billing codes", "figures out the billing codes"],
    ["who fixes elevators", "fixes elevators"],
    ["the people who fix elevators are paid well?", "fix elevators"],
  ])("%s: %s", (text, clause) => {
    expect(describedJob(text)?.clause).toBe(clause);
  });

  it.each([
    "the guy who fixed my car was rude",
    "anyone who knows excel?",
    "someone who can help me move this weekend?",
    "whoever took my lunch from the fridge, not cool",
    "my friend who works at the hospital said hi",
    "the people who work here are great",
    "electrician salary",
  ])("%s: no job described", (text) => {
    expect(describedJob(text)).toBeNull();
  });
});
