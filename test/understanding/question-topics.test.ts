// What a verdict or yes-or-no question is about, places, pay bands and the member's own years.
import { describe, expect, it } from "vitest";
import { detectTopic } from "../../src/understanding/detect-topic.js";
import { askedPayBand, memberYears } from "../../src/understanding/detect-pay-band.js";
import { namedPlace } from "../../src/understanding/detect-place.js";
import { refineAspect } from "../../src/understanding/refine-aspect.js";

describe("detectTopic", () => {
  it.each([
    ["which pays more", "pay"],
    ["is it worth it for the money", "pay"],
    ["is it a dead end job", "prospects"],
    ["will it be replaced by AI", "prospects"],
    ["will they still be needed in ten years", "prospects"],
    ["do I need a degree", "education"],
    ["do I need a license", "credential"],
    ["which is more stressful", "stress"],
    ["which has better work-life balance", "balance"],
    ["which career has more flexibility", "balance"],
    ["is it a good side job", "prospects"],
    // Whether a move is smart or a good idea is whether the job is worth it.
    ["is it smart to become a lineman", "prospects"],
    ["is becoming a welder a smart choice", "prospects"],
    ["is it a good idea to become a lineman", "prospects"],
    // Pay and hours asked together: the verdict on pay, which the data has.
    ["which one pays better and which has better hours", "pay"],
    ["night shift pay", "pay"],
    ["are they rich", "pay"],
    // How or when the pay comes, not how much.
    ["do they get paid in the summer", "payBasis"],
    ["are they paid hourly or salary", "payBasis"],
    ["do they get paid by the mile", "payBasis"],
    ["do they get paid weekly", "payBasis"],
    ["are they salaried", "payBasis"],
    // Whether a major is a good one is the prospects of its work; majoring in it is schooling.
    ["is it a good major", "prospects"],
    ["is cs a good degree", "prospects"],
    ["do i need to major in biology", "education"],
    // The seasons of the work are its hours over the year.
    ["do they work in the winter", "balance"],
    ["is it seasonal", "balance"],
    // What schooling costs, which no dataset here covers; hiring one is no schooling.
    ["whats the acceptance rate for med school", "admissions"],
    ["how many people apply to pa school", "admissions"],
    ["is it hard to get accepted into nursing school", "admissions"],
    ["is it worth the debt", "cost"],
    ["how much does pharmacy school cost", "cost"],
    ["is nursing school expensive", "cost"],
    ["lawyer vs doctor which has more student debt", "cost"],
    ["how much does it cost to hire a plumber", null],
    ["do accountants deal with debt", null],
    // What the pay figures count: overtime, shift differentials, tips, commissions.
    ["do welders get paid overtime", "extras"],
    ["does the salary include overtime", "extras"],
    ["how much do bartenders make with tips", "extras"],
    ["car sales pay, commission included?", "extras"],
    // Overtime as hours is the balance; tips as advice are no pay.
    ["do nurses work a lot of overtime", "balance"],
    ["any tips for the interview", null],
    ["do they get exposed to radiation a lot", "physical"],
    ["which has more autonomy", "setting"],
    ["can a felon become a nurse", "record"],
    ["what software do accountants use", "tools"],
    ["what programming languages do they use", "tools"],
    ["do i need comptia a+ for help desk", "credential"],
    ["nurse or doctor, i can't decide", "general"],
    // Benefits are not the wage: the answer says the data has no benefits before giving the pay.
    ["do they get good benefits", "benefits"],
    ["do they get pensions", "benefits"],
    ["is it dangerous", "physical"],
    ["is it boring", "interest"],
    ["is an mba worth it", "education"],
    ["is a bsn worth it", "education"],
    ["is it a dead end without an mba", "prospects"],
    ["are they happy with their jobs", "interest"],
    ["do they like their work", "interest"],
    ["which takes longer to train for", "ease"],
    // How open the way in is, not the prospects a "good job" asks about.
    ["is it a good entry level job", "ease"],
    ["is it a good first job in healthcare", "ease"],
    ["is it good for beginners", "ease"],
    ["which job is more easy", "ease"],
    // The way in, however it is named; the length of a school is still its schooling.
    ["how long is an electrician apprenticeship", "ease"],
    ["how competitive is pa school", "ease"],
    ["how long is nursing school", "education"],
    ["do court reporters still exist", "prospects"],
    ["whats quicker to get", "ease"],
    ["i am 45 can i still become one", "ease"],
    // Growth is the outlook, not how fast the way in is.
    ["which career grows faster", "prospects"],
    ["which is more technical", "skills"],
    ["which is more hands on", "work"],
    ["is it good for someone who likes helping people", "work"],
    ["is it a good job for a people person", "work"],
    ["can I work remote", "setting"],
    ["which is better", "general"],
    ["pros and cons of being one", "general"],
    // Its cons alone, its drawbacks, its catch: the job weighed all the same.
    ["cons of being one", "general"],
    ["any drawbacks to it", "general"],
    ["what's the catch", "general"],
    ["worst things about the job", "general"],
    // Finding work is the job market; the way in compared, or without a degree, is not.
    ["is it hard to find a job as one", "prospects"],
    ["how easy is it to get hired", "prospects"],
    ["which is easier to get hired as", "ease"],
    ["is it hard to get a job without a degree", "education"],
    ["is it good for me", "general"],
    ["which one handles hiring and onboarding", null],
  ])("%s -> %s", (text, topic) => expect(detectTopic(text)).toBe(topic));
});

describe("namedPlace", () => {
  it.each([
    ["what does an HR manager earn in London", "London"],
    ["nurse salary in texas", "Texas"],
    ["uk salary for a paralegal", "the UK"],
    ["electrician in the UK as an adult", "the UK"],
    ["nurse pay in the eu", "the EU"],
    ["what does a nurse earn", null],
    ["in a hospital", null],
    // A country named by its people's word.
    ["australian electrician salary", "Australia"],
    ["british nurse pay", "the UK"],
    // Places asked about as a kind: the answer says its figures are national ones all the same.
    ["what state pays nurses the most", "each state"],
    ["best cities for electricians", "each city"],
    ["welder pay by state", "each state"],
    ["which countries pay software developers best", "each country"],
    ["the state of the job market", null],
    ["highest paying jobs in the world", "the world"],
  ])("%s -> %s", (text, place) => expect(namedPlace(text)).toBe(place));
});

describe("askedPayBand and memberYears", () => {
  it("starting and senior pay", () => {
    expect(askedPayBand("starting salary for a nurse")).toBe("entry");
    expect(askedPayBand("entry level pay")).toBe("entry");
    expect(askedPayBand("lineman apprenticeship pay")).toBe("entry");
    expect(askedPayBand("what do experienced welders make")).toBe("senior");
    expect(askedPayBand("what's the top pay for a truck driver")).toBe("senior");
    expect(askedPayBand("what's the most you can make as an electrician")).toBe("senior");
    expect(askedPayBand("whats the lowest pay for a cna")).toBe("entry");
    expect(askedPayBand("how much does the top 10% of welders make")).toBe("senior");
    expect(askedPayBand("what does a nurse make")).toBeNull();
  });

  it("a school year or an age is no level of the job", () => {
    expect(askedPayBand("hs senior here, electrician or plumber which one makes more")).toBeNull();
    expect(askedPayBand("im a high school senior, how much do electricians make")).toBeNull();
    expect(askedPayBand("senior in college, what do accountants make")).toBeNull();
    expect(askedPayBand("what do senior citizens make as cashiers")).toBeNull();
    expect(askedPayBand("senior accountant salary")).toBe("senior");
    expect(askedPayBand("im a senior, what does a senior nurse make")).toBe("senior");
  });

  it("a trade's licence levels: the journeyman's the middle band, the master's the experienced", () => {
    expect(askedPayBand("journeyman vs master pay")).toBe("middle+senior");
    expect(askedPayBand("apprentice vs journeyman vs master pay")).toBe("entry+middle+senior");
    expect(askedPayBand("apprentice vs journeyman pay")).toBe("entry+middle");
    expect(askedPayBand("journeyman pay")).toBe("middle");
    expect(askedPayBand("master pay")).toBe("senior");
    // ("master's degree" normalizes to "master degree": a degree, no level.)
    expect(askedPayBand("pay with a master degree")).toBeNull();
  });

  it("the member's own years", () => {
    expect(memberYears("I have 5 years as a receptionist")).toBe(5);
    expect(memberYears("been a receptionist at a vets for 2 yrs")).toBe(2);
    expect(memberYears("office clerk 5 years -> bookkeeper")).toBeNull();
    expect(memberYears("what does a nurse make")).toBeNull();
  });
});

describe("refineAspect", () => {
  it("a move between two roles is about the career unless it names skills or pay", () => {
    expect(refineAspect("overview", "path", null, "how do i go from", 2)).toBe("career");
    expect(refineAspect("requirements", "path", null, "what s needed", 2)).toBe("career");
    expect(refineAspect("skills", "path", "skills", "what do i need to learn", 2)).toBe("skills");
  });
  it("one role: 'how do I become' keeps its requirements", () => {
    expect(refineAspect("requirements", "path", null, "how do i become", 1)).toBe("requirements");
  });
  it("a yes-or-no about prospects shows the outlook; a plain facts question keeps its aspect", () => {
    expect(refineAspect("skills", "yes-no", "prospects", "is it a good job", 1)).toBe("outlook");
    expect(refineAspect("salary", "yes-no", "prospects", "worth it for the money", 1)).toBe("salary");
    expect(refineAspect("duties", "facts", "prospects", "duties and outlook", 1)).toBe("duties");
  });
  it("a yes-or-no about the way in shows the requirements, whatever loose aspect word it has ('a good first job')", () => {
    expect(refineAspect("skills", "yes-no", "ease", "is it a good first job", 1)).toBe("requirements");
  });
});
