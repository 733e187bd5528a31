// What members ask of jobs that the data does not record: read from the question, said first in a
// ranking, and alone ranked on nothing (job security excepted: projected growth stands in).
import { describe, expect, it } from "vitest";
import { rankRequest } from "../../src/understanding/ranked-question.js";
import { unmeasuredCriterion } from "../../src/understanding/unmeasured-criteria.js";
import { unmeasuredAlone, unmeasuredLead } from "../../src/answers/unmeasured-lines.js";

describe("unmeasured criteria", () => {
  it.each([
    ["what are the best paying remote jobs", "remotely"],
    ["jobs where you can work from home", "remotely"],
    ["jobs that let you travel", "travel"],
    ["what careers have a pension", "benefits"],
    ["what jobs have good benefits", "benefits"],
    ["what job has the best work life balance", "work-life balance"],
    ["which jobs have the most job security", "job security"],
    ["best part time jobs", "part time"],
    ["jobs for veterans", "particular groups of people"],
    ["jobs for 16 year olds", "ages jobs hire at"],
    ["jobs for veterans", "particular groups of people"],
    ["what are the most dangerous jobs", "danger"],
    ["jobs with the best job satisfaction", "happy or satisfied"],
    ["best paying jobs for women", "no figures by gender"],
    ["what jobs pay well for guys with no degree", "no figures by gender"],
    ["jobs that dont involve heights", "working at heights"],
    ["best trade for someone afraid of heights", "working at heights"],
    ["trades that dont require climbing", "working at heights"],
    ["what trades work indoors", "done indoors"],
    ["best jobs for night owls", "work-life balance or hours"],
    ["jobs with no weekends", "work-life balance or hours"],
    ["jobs with weekends off", "work-life balance or hours"],
  ])("reads what the data lacks: %s", (q, lacking) => expect(unmeasuredLead(unmeasuredCriterion(q)!)).toContain(lacking));

  it("says what the lack means for a list, or that nothing is ranked", () => {
    const remote = unmeasuredCriterion("remote jobs")!;
    expect(unmeasuredLead(remote)).toBe("The data doesn't say which jobs can be done remotely, so the list below is not limited to them.");
    expect(unmeasuredAlone(remote)).toMatch(
      /^The data doesn't say which jobs can be done remotely, so I can't rank jobs on it\. What I can rank them by: pay, /,
    );
    expect(unmeasuredLead(unmeasuredCriterion("most stable jobs")!)).toBe("The data doesn't measure job security; projected growth is a fair sign of it.");
  });

  it("a ranking asked beside it ranks as asked; alone it ranks nothing, except job security by growth", () => {
    expect(rankRequest("what are the best paying remote jobs")?.measure).toBe("pay");
    expect(unmeasuredLead(rankRequest("what are the best paying remote jobs")!.unmeasured!)).toContain("remotely");
    expect(rankRequest("best jobs for work life balance that pay well")?.measure).toBe("pay");
    expect(rankRequest("best jobs for work life balance that pay well")?.unranked).toBeUndefined();
    expect(rankRequest("what jobs have good benefits")).toMatchObject({ measure: "overall", unranked: true });
    expect(rankRequest("best healthcare jobs with good benefits")?.unranked).toBeUndefined();
    expect(rankRequest("which jobs have the most job security")).toMatchObject({ measure: "growth" });
    // The data has no figures by gender: the ranking asked, the same for anyone.
    expect(rankRequest("best paying jobs for women")).toMatchObject({ measure: "pay", unmeasured: { id: "gender" } });
    expect(rankRequest("best paying jobs for women")?.unranked).toBeUndefined();
    expect(rankRequest("which jobs have the most job security")?.unranked).toBeUndefined();
    // Young people: those open to newcomers stand in, most openings first, or the common ones by pay.
    expect(rankRequest("jobs for 16 year olds")).toMatchObject({ measure: "openings", maxEducation: "none", noExperience: true });
    expect(rankRequest("high paying jobs for teens")).toMatchObject({ measure: "pay", maxEducation: "none", noExperience: true, common: true });
    // Students, part time around classes: the same, with a diploma.
    expect(rankRequest("best jobs for college students")).toMatchObject({
      measure: "openings",
      maxEducation: "high-school",
      noExperience: true,
      unmeasured: { id: "student" },
    });
  });

  it.each([
    "what are the most dangerous jobs",
    "most rewarding careers that pay well",
    "part time jobs that pay well",
    "veteran jobs that pay well",
    "high paying jobs for felons",
    // ("for someone", which the data cannot rank for, is who the data lacks a measure for: said so.)
    "best trade for someone afraid of heights",
    "trades that dont require climbing",
    "best jobs for someone with adhd",
  ])("ranks nothing for what most ranked jobs would not fit, whatever else is asked: %s", (q) => expect(rankRequest(q)).toMatchObject({ unranked: true }));

  it.each([
    "what's the best vpn for remote work",
    "any part time jobs hiring near me",
    "my part time job is killing me lol",
    "the veterans parade is today",
    "my job is the most dangerous lol",
    "what's the safest car",
    "my job has good benefits lol",
    "remote work is the best",
    "any remote jobs hiring?",
    "i'm afraid of heights lol",
    "the ladder at work is broken",
    "best jobs for someone like me",
  ])("asks for no jobs: %s", (q) => expect(rankRequest(q)).toBeNull());
});
