// Verdicts, yes-or-no answers, paths and pay bands, on invented occupations (test/knowledge/
// occupation-fixtures.ts): Widget Tuner (median $80,000, +10%, bachelor's, 70% say a bachelor's is
// required), Widget Inspector ($50,000, -4%, high school) and Test Clerk Supervisor ($60,000).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { renderText } from "../../src/render/render-text.js";
import type { RoleEntry } from "../../src/knowledge/role-entry.js";
import { composePath, findRoute } from "../../src/answers/compose-path.js";
import { payAmountVerdict } from "../../src/answers/pay-amount.js";
import { payBandVerdict } from "../../src/answers/pay-band.js";
import { averageGrowth } from "../../src/answers/all-occupations.js";
import { educationVerdict, outlookVerdict, payVerdict, preparationVerdict, ratingVerdict, whichVerdict } from "../../src/answers/verdict-which.js";
import { degreeVerdict, prospectsVerdict, ratingLine, wellPaidVerdict, yesNoVerdict } from "../../src/answers/verdict-yes-no.js";
import { occupation, occupationsFile } from "../knowledge/occupation-fixtures.js";

const file = occupationsFile();
const kb = createKnowledgeBase([], [], file);
const get = (code: string): RoleEntry => kb.getRole(code)!;
const tuner = get("91-1011.00");
const inspector = get("91-2022.00");
const clerk = get("43-1011.00");

describe("which: a verdict between roles, answer first", () => {
  it("pay: names the better-paid role first, both medians, the gap and the release", () => {
    const v = payVerdict(kb, [inspector, tuner], "annual");
    expect(v).toEqual({
      text: "Widget Tuner earns more: median $80,000 vs $50,000 a year for Widget Inspector, about 60% more (BLS, May 2098).",
      basis: "data",
    });
  });

  it("pay per hour when asked", () => {
    expect(payVerdict(kb, [inspector, tuner], "hourly").text).toMatch(/^Widget Tuner earns more: median \$38\.46 vs \$24\.04 an hour/);
  });

  it("three roles: the best-paid first, every median", () => {
    expect(payVerdict(kb, [inspector, clerk, tuner], "annual").text).toBe(
      "Widget Tuner earns the most: median Widget Tuner $80,000, Test Clerk Supervisor $60,000, Widget Inspector $50,000 a year (BLS, May 2098).",
    );
  });

  it("outlook: growth and openings from the projections", () => {
    expect(outlookVerdict(kb, [inspector, tuner]).text).toBe(
      "Widget Tuner has the better outlook: projected job growth Widget Tuner +10%, Widget Inspector -4% (BLS, 2097–2107); openings a year: Widget Tuner about 9,500, Widget Inspector about 3,200.",
    );
  });

  it("schooling: the typical entry and the surveyed share", () => {
    const v = educationVerdict(kb, [inspector, tuner]);
    expect(v.text).toMatch(
      /^Widget Tuner needs more schooling: typically a bachelor's degree for Widget Tuner vs a high-school diploma or equivalent for Widget Inspector\./,
    );
    expect(v.text).toContain("70% of Widget Tuner workers");
  });

  it("preparation: the O*NET Job Zone", () => {
    expect(preparationVerdict(kb, [tuner, inspector]).text).toMatch(/Job Zone 4/);
  });

  it("preparation: one typical entry shared by both is said once", () => {
    const changed = occupationsFile();
    changed.occupations[2] = { ...changed.occupations[2]!, jobZone: 3 };
    const other = createKnowledgeBase([], [], changed);
    const text = preparationVerdict(other, [other.getRole("91-1011.00")!, other.getRole("43-1011.00")!]).text;
    expect(text).toMatch(
      /^Widget Tuner takes more preparation: O\*NET Widget Tuner Job Zone 4 vs Test Clerk Supervisor Job Zone 3 of 5; typical entry a bachelor's degree for each \(BLS\)\.$/,
    );
  });

  it("preparation: one job zone, different schooling, says the schooling is the difference", () => {
    const changed = occupationsFile();
    const at = changed.occupations.findIndex((o) => o.code === "91-2022.00");
    changed.occupations[at] = { ...changed.occupations[at]!, jobZone: 4 };
    const other = createKnowledgeBase([], [], changed);
    expect(preparationVerdict(other, [other.getRole("91-2022.00")!, other.getRole("91-1011.00")!]).text).toBe(
      "Widget Tuner usually takes more schooling to start: a bachelor's degree for Widget Tuner vs a high-school diploma or equivalent for Widget Inspector (BLS); O*NET puts each in Job Zone 4 of 5.",
    );
  });

  it("stress: says the data does not measure it and quotes Stress Tolerance", () => {
    const v = ratingVerdict(kb, [inspector, tuner], "which is more stressful");
    expect(v?.basis).toBe("indirect");
    expect(v?.text).toMatch(/^The data doesn't measure stress directly\./);
    expect(v?.text).toContain("Stress Tolerance");
  });

  it("a rating O*NET has for one role only: that rating, and which role has none", () => {
    const changed = occupationsFile();
    const at = changed.occupations.findIndex((o) => o.code === "91-2022.00");
    changed.occupations[at] = { ...changed.occupations[at]!, skills: changed.occupations[at]!.skills.map(() => null) };
    const other = createKnowledgeBase([], [], changed);
    const v = ratingVerdict(other, [other.getRole("91-2022.00")!, other.getRole("91-1011.00")!], "which involves more writing");
    expect(v).toEqual({
      text: "O*NET rates Writing 3.0 of 5 for Widget Tuner, but has no rating of it for Widget Inspector, so the data can't compare them on writing.",
      basis: "none",
    });
    expect(ratingVerdict(other, [other.getRole("91-2022.00")!], "which involves more writing")?.text).toBe(
      "The data doesn't rate writing for Widget Inspector.",
    );
  });

  it("work-life balance: not in the data, says so, then compares the pay it has", () => {
    const v = whichVerdict(kb, [inspector, tuner], "balance", "which has better work life balance", "annual");
    expect(v.text).toMatch(
      /^The data doesn't measure work-life balance or hours directly\. .* On pay, which it has: Widget Tuner earns more: median \$80,000 vs \$50,000 a year for Widget Inspector/,
    );
    expect(v.basis).toBe("none");
  });
});

describe("an amount of pay asked about: where it falls among the percentiles", () => {
  // Widget Tuner: 10th percentile $44,000, 25th $63,200, median $80,000, 75th $104,000, 90th $128,000.
  it("between two percentiles, said as how many earn more when asked whether one can make it", () => {
    expect(payAmountVerdict(kb, tuner, { value: 100_000, period: "annual" }, "can you make 100k as a widget tuner")).toEqual({
      text: "Yes, about a quarter to half do for a Widget Tuner: $100,000 a year is between the median ($80,000) and the 75th percentile ($104,000) (BLS, May 2098).",
      basis: "data",
    });
  });

  it("as a standing otherwise, with the median beside it; at either end, the last point passed", () => {
    expect(payAmountVerdict(kb, tuner, { value: 60_000, period: "annual" }, "is 60k good for a widget tuner").text).toBe(
      "Bottom quarter for a Widget Tuner: $60,000 a year is between the 10th percentile ($44,000) and the 25th percentile ($63,200); the median is $80,000 (BLS, May 2098).",
    );
    expect(payAmountVerdict(kb, tuner, { value: 150_000, period: "annual" }, "is 150k normal for a widget tuner").text).toMatch(
      /^Top 10% for a Widget Tuner: \$150,000 a year is at or above the 90th percentile \(\$128,000\); the median is \$80,000/,
    );
    expect(payAmountVerdict(kb, tuner, { value: 30_000, period: "annual" }, "can you make 30k as a widget tuner").text).toMatch(/^Yes, nearly all do/);
  });

  it("whether it is reachable, however asked; a share asked for is answered without 'Yes'", () => {
    expect(payAmountVerdict(kb, tuner, { value: 60_000, period: "annual" }, "is 60k realistic for a widget tuner").text).toMatch(
      /^Yes, most do for a Widget Tuner/,
    );
    expect(payAmountVerdict(kb, tuner, { value: 100_000, period: "annual" }, "what percent of widget tuners make over 100k").text).toMatch(
      /^About a quarter to half do for a Widget Tuner: /,
    );
    expect(payAmountVerdict(kb, tuner, { value: 120_000, period: "annual" }, "how many widget tuners earn more than 120k").text).toMatch(
      /^Some do, in the top quarter/,
    );
  });
});

describe("yes or no about one role", () => {
  it("degree: yes when the typical entry is a degree and most workers say so", () => {
    expect(degreeVerdict(tuner, "do i need a degree to be a widget tuner").text).toBe(
      "Usually, yes: BLS lists the typical entry education as a bachelor's degree for Widget Tuner; 90% of the workers O*NET surveyed say an associate degree or more is required.",
    );
  });

  it("degree: 'without a degree' flips the answer, not the evidence", () => {
    expect(degreeVerdict(tuner, "can you become a widget tuner without a degree").text).toMatch(/^Usually not: /);
    expect(degreeVerdict(inspector, "can you become a widget inspector without a degree").text).toMatch(/^It depends: /);
    // Whether it is hard without one: hard where one is usually needed.
    expect(degreeVerdict(tuner, "is it hard to become a widget tuner without a degree").text).toMatch(/^Usually, yes: /);
  });

  it("degree: 'is it worth it' is answered as worth, never with the 'Usually not' of whether one is needed", () => {
    expect(degreeVerdict(tuner, "is a degree worth it for a widget tuner").text).toMatch(
      /^It is the usual way in: BLS lists the typical entry education as a bachelor's degree/,
    );
    // A school where the job asks only a high-school diploma is more than it asks.
    expect(degreeVerdict(inspector, "is widget school worth it").text).toMatch(/^More than the job usually asks: .*high-school diploma/);
    expect(degreeVerdict(inspector, "is a degree worth it for a widget inspector").text).toMatch(/^More than the job usually asks: /);
    expect(degreeVerdict(tuner, "is a phd worth it for a widget tuner").text).toMatch(/^More than the job usually asks: .*say a doctorate or more is required/);
    // The degree the member has, enough or not; a bootcamp, which the data doesn't cover; whether one can do the job at all.
    expect(degreeVerdict(tuner, "i have an associates in widgets, can i become a widget tuner").text).toMatch(/^Usually not: /);
    expect(degreeVerdict(tuner, "can i become a widget tuner through a bootcamp").text).toMatch(/^The data doesn't cover bootcamps or short courses\. /);
    // (The fixture's workers disagree with BLS, so "It depends"; never the "Usually not" of a degree needed.)
    expect(degreeVerdict(inspector, "can you work as a widget inspector while in school").text).toMatch(/^It depends: .*high-school diploma/);
    expect(degreeVerdict(inspector, "do you need a degree to work as a widget inspector").text).toMatch(/^It depends: /);
    // Its worth asked the other way round: "Usually, yes" would say the degree is useless.
    expect(degreeVerdict(tuner, "is a widget tuning degree useless").text).toMatch(/^It is the usual way in: /);
    expect(degreeVerdict(tuner, "is a degree a waste of money for a widget tuner").text).toMatch(/^It is the usual way in: /);
  });

  it("prospects: growth against all jobs, openings and pay", () => {
    const v = prospectsVerdict(kb, inspector, "is widget inspector a dead end");
    expect(v.text).toMatch(/^The job market is shrinking: jobs are projected to change -4% over 2097–2107 \(all jobs: \+[\d.]+%\)/);
    expect(v.text).toContain("about 3,200 openings a year as people retire or move on");
    expect(prospectsVerdict(kb, tuner, "is widget tuner a good career").text).toMatch(/^The outlook is good: /);
  });

  it("all-jobs growth counts each projection row once", () => {
    // 100 -> 110, 100 -> 110 and 100 -> 96: 300 -> 316 jobs.
    expect(averageGrowth(kb)).toBe(5.3);
  });

  it("well paid: the median and where it sits among occupations (needs enough occupations to rank)", () => {
    expect(wellPaidVerdict(kb, tuner, "annual").text).toBe("Widget Tuner earns a median of $80,000 a year (BLS, May 2098).");
    const many = createKnowledgeBase([], [], {
      ...file,
      occupations: Array.from({ length: 60 }, (_, i) => occupation(`91-${String(1100 + i)}.00`, `Widgeteers ${i}`, `Widgeteer ${i}`)),
      wageSeries: Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [
          `91-${1100 + i}`,
          { ...file.wageSeries["91-1011"]!, code: `91-${1100 + i}`, annual: { ...file.wageSeries["91-1011"]!.annual, median: 1000 * (i + 1) } },
        ]),
      ),
    });
    expect(wellPaidVerdict(many, many.getRole("91-1159.00")!, "annual").text).toMatch(
      /^Yes, above most jobs: .* more than the median pay of 98% of occupations\.$/,
    );
  });

  it("stress for one role: indirect, with the rating", () => {
    expect(ratingLine(kb, tuner, "is widget tuning stressful")?.text).toMatch(
      /^The data doesn't measure stress directly, but it is a fair sign: O\*NET rates Stress Tolerance 4\.2 of 5/,
    );
  });
});

describe("paths", () => {
  it("finds a direct route through O*NET related occupations, and none where there is no link", () => {
    expect(findRoute(kb, tuner, inspector)?.route.map((e) => e.title)).toEqual(["Widget Tuner", "Widget Inspector"]);
    expect(findRoute(kb, inspector, clerk)).toBeNull();
    // The tuner's related occupations name the inspector: a link from the target back to the start counts.
    expect(findRoute(kb, inspector, tuner)?.via).toBe("onet-reverse");
  });

  it("from one role to another: route, skills to build, education gap, pay change", () => {
    const { verdict, path } = composePath(kb, inspector, tuner);
    expect(verdict.text).toBe(
      "Widget Inspector → Widget Tuner: the data links the two (O*NET relates Widget Tuner to Widget Inspector); it usually takes more schooling: a bachelor's degree is the typical entry for Widget Tuner, against a high-school diploma or equivalent for Widget Inspector.",
    );
    const steps = Object.fromEntries(path.steps.map((s) => [s.label, s.value]));
    expect(steps["Skills to build"]).toBe("Widget Sense");
    expect(steps["Entry education"]).toMatch(/^a high-school diploma or equivalent → a bachelor's degree/);
    expect(steps["Median pay"]).toBe("$50,000 → $80,000 (+60%) a year (BLS, May 2098)");
  });

  it("pay asked about a move: the pay change comes first, then the route", () => {
    expect(composePath(kb, inspector, tuner, { askedPay: true }).verdict.text).toBe(
      "Widget Inspector → Widget Tuner: the median pay rises 60%, from $50,000 to $80,000 a year (BLS, May 2098). The data links the two (O*NET relates Widget Tuner to Widget Inspector); it usually takes more schooling: a bachelor's degree is the typical entry for Widget Tuner, against a high-school diploma or equivalent for Widget Inspector.",
    );
  });

  it("the member's own years are weighed against what the job asks", () => {
    const { path } = composePath(kb, inspector, tuner, { memberYears: 3 });
    expect(path.steps.find((s) => s.label === "Experience")?.value).toMatch(/your 3 years cover that/);
  });

  it("says how long the preparation takes, in O*NET's Job Zone words", () => {
    const { path } = composePath(kb, inspector, tuner);
    expect(path.steps.find((s) => s.label === "Preparation")?.value).toBe("Job Zone 4 of 5 (O*NET): some");
  });

  it("how long: the first line gives the schooling, then O*NET's middle answer for on-the-job training", () => {
    const changed = occupationsFile();
    changed.categories.training = ["None or short demonstration", "Up to 1 month", "1 to 3 months", "4 to 10 years"];
    changed.occupations = changed.occupations.map((o) => (o.code === "91-1011.00" ? { ...o, training: [10, 30, 20, 40] } : o));
    const withTime = createKnowledgeBase([], [], changed);
    const target = withTime.getRole("91-1011.00")!;
    const { verdict, path } = composePath(withTime, null, target, { askedHowLong: true });
    expect(verdict.text).toBe(
      "To become a Widget Tuner: a bachelor's degree is the typical entry (usually 4 to 5 years), then 1 to 3 months of on-the-job training is the middle answer of Widget Tuner workers surveyed by O*NET (40% say 4 to 10 years). 30% of the Widget Tuner workers O*NET surveyed say less than a bachelor's degree is required.",
    );
    expect(path.steps.find((s) => s.label === "On-the-job training")?.value).toBe(
      "1 to 3 months is the middle answer of Widget Tuner workers surveyed; 40% say 4 to 10 years (O*NET)",
    );
    // Not asked how long: the usual first line; the step is still there.
    expect(composePath(withTime, null, target).verdict.text).toMatch(/^To become a Widget Tuner, a bachelor's degree is the usual way in/);
    // From another role: the move, then the time.
    expect(composePath(withTime, withTime.getRole("91-2022.00")!, target, { askedHowLong: true }).verdict.text).toMatch(
      /^Widget Inspector → Widget Tuner: a bachelor's degree is the typical entry, then 1 to 3 months of on-the-job training/,
    );
  });

  it("how long, where BLS names a residency or apprenticeship after the schooling: it comes before the time once hired", () => {
    const changed = occupationsFile();
    changed.categories.training = ["None or short demonstration", "Up to 1 month", "1 to 3 months", "4 to 10 years"];
    changed.occupations = changed.occupations.map((o) =>
      o.code === "91-1011.00" ? { ...o, training: [10, 30, 20, 40], projection: { ...o.projection!, onTheJobTraining: "Internship/residency" } } : o,
    );
    const residency = createKnowledgeBase([], [], changed);
    expect(composePath(residency, null, residency.getRole("91-1011.00")!, { askedHowLong: true }).verdict.text).toBe(
      "To become a Widget Tuner: a bachelor's degree is the typical entry (usually 4 to 5 years), then internship/residency (BLS); once hired, 1 to 3 months of on-the-job training is the middle answer of Widget Tuner workers surveyed by O*NET (40% say 4 to 10 years). 30% of the Widget Tuner workers O*NET surveyed say less than a bachelor's degree is required.",
    );
  });

  it("how long, where O*NET has no training survey: the schooling, BLS's training and the job zone", () => {
    const changed = occupationsFile();
    changed.occupations = changed.occupations.map((o) => (o.code === "91-1011.00" ? { ...o, training: [] } : o));
    const untimed = createKnowledgeBase([], [], changed);
    const target = untimed.getRole("91-1011.00")!;
    expect(composePath(untimed, null, target, { askedHowLong: true }).verdict.text).toMatch(
      /^To become a Widget Tuner: a bachelor's degree is the typical entry.*O\*NET puts it in Job Zone 4 of 5 \(considerable preparation needed\)\. 30% of the Widget Tuner workers O\*NET surveyed say less than a bachelor's degree is required\.$/,
    );
    expect(composePath(untimed, untimed.getRole("91-2022.00")!, target, { askedHowLong: true }).verdict.text).toMatch(
      /^Widget Inspector → Widget Tuner: a bachelor's degree is the typical entry/,
    );
  });

  it("into a role: the usual way in", () => {
    const { verdict, path } = composePath(kb, null, tuner);
    expect(verdict.text).toMatch(/^To become a Widget Tuner, a bachelor's degree is the usual way in/);
    expect(path.from).toBeNull();
  });
});

describe("pay bands", () => {
  it("starting pay from the 10th-25th percentiles, saying what stands in for it", () => {
    const v = payBandVerdict(kb, [tuner], "entry", "annual");
    expect(v.text).toBe(
      "Starting pay, a year: Widget Tuner $44,000–$63,200 (10th–25th percentile, BLS, May 2098). BLS publishes pay by percentile, not by years of experience, so this band stands in for it.",
    );
    expect(payBandVerdict(kb, [tuner], "senior", "annual").text).toMatch(/^Experienced pay, a year: Widget Tuner \$104,000–\$128,000 \(75th–90th percentile/);
  });

  it("both bands asked ('entry level vs senior'): starting, then experienced, the caveat once", () => {
    expect(payBandVerdict(kb, [tuner], "both", "annual").text).toBe(
      "Starting pay, a year: Widget Tuner $44,000–$63,200 (10th–25th percentile, BLS, May 2098). Experienced pay, a year: Widget Tuner $104,000–$128,000 (75th–90th percentile, BLS, May 2098). BLS publishes pay by percentile, not by years of experience, so these bands stand in for it.",
    );
  });

  it("between roles, names the one whose band is higher first", () => {
    expect(payBandVerdict(kb, [inspector, tuner], "entry", "annual").text).toMatch(/^Widget Tuner starts higher\. Starting pay, a year: Widget Inspector \$/);
    expect(payBandVerdict(kb, [inspector, tuner], "senior", "annual").text).toMatch(/^Widget Tuner pays more with experience\. Experienced pay/);
  });

  it("'which pays more starting out' is answered from the bands, not the medians", () => {
    const engine = createEngine(kb);
    expect(renderText(engine.ask("widget inspector or widget tuner, which pays more starting out?").answer).split("\n")[0]).toMatch(
      /^Widget Tuner starts higher\./,
    );
  });
});

describe("whether a job suits the member, and its pros and cons", () => {
  const engine = createEngine(kb);
  const verdictOf = (q: string) => engine.ask(q).answer.verdict?.text ?? null;
  it("'should I be a …': no yes or no, but the pay among all jobs, the outlook and the usual way in", () => {
    expect(verdictOf("should i be a widget tuner")).toMatch(
      /^Whether it suits you depends on what matters to you\. On the data: Widget Tuner earns a median of \$80,000 a year \(BLS, May 2098\).* jobs are projected to change \+10% .*The usual way in is a bachelor's degree\.$/,
    );
    expect(verdictOf("is being a widget tuner right for me")).toMatch(/^Whether it suits you depends on what matters to you\./);
  });

  it("pros and cons of one role, or of two weighed against each other", () => {
    expect(verdictOf("pros and cons of being a widget tuner")).toMatch(/^What counts as a pro or a con depends on you\. On the data: Widget Tuner earns/);
    expect(verdictOf("widget tuner vs widget inspector pros and cons")).toMatch(
      /^Better depends on what matters to you\. On the data: Widget Tuner earns more/,
    );
  });

  it("its cons or drawbacks alone, asked without a question mark, weigh it the same", () => {
    expect(verdictOf("cons of being a widget tuner")).toMatch(/^What counts as a pro or a con depends on you\. On the data: Widget Tuner earns/);
    expect(verdictOf("drawbacks of being a widget tuner")).toMatch(/^What counts as a pro or a con depends on you\./);
  });

  it("how hard it is to find work answers from the outlook", () => {
    const { parsed, answer } = engine.ask("how hard is it to get a job as a widget tuner");
    expect(parsed.aspect).toBe("outlook");
    expect(answer.verdict?.text).toMatch(/jobs are projected to change \+10%/);
  });

  it("a yes-or-no about something else gets no such summary", () => {
    expect(verdictOf("can i be a widget tuner with a criminal record") ?? "").not.toMatch(/depends on what matters to you/);
  });
});

describe("a route asked 'without a degree'", () => {
  it("says first whether it is usually done without one, and keeps the route below", () => {
    const { answer } = createEngine(kb).ask("how to become a widget tuner without a degree");
    expect(answer.verdict?.text).toMatch(
      /^Without a degree\? (Usually|Often) not: BLS lists the typical entry education as a bachelor's degree for Widget Tuner/,
    );
    expect(answer.path).not.toBeNull();
    expect(createEngine(kb).ask("how to become a widget tuner").answer.verdict?.text ?? "").not.toMatch(/^Without a degree/);
  });
});

describe("interest: boring or rewarding is personal; the kind of work is data", () => {
  it("says the data does not measure it and gives each role's interest profile, with what the types mean", () => {
    const changed = occupationsFile();
    changed.occupations[2] = { ...changed.occupations[2]!, interests: [2.0, 6.5] };
    const other = createKnowledgeBase([], [], changed);
    const v = whichVerdict(other, [other.getRole("91-1011.00")!, other.getRole("43-1011.00")!], "interest", "which is more boring", "annual");
    expect(v.basis).toBe("indirect");
    expect(v.text).toMatch(/^Whether work feels boring or rewarding depends on you; the data doesn't measure it\./);
    expect(v.text).toContain("Widget Tuner leans Realistic, Test Clerk Supervisor leans Artistic");
    expect(v.text).toContain("Realistic: hands-on work");
    expect(v.text).toContain("Artistic: creating");
  });

  it("roles with one profile share one line; a weak second interest is left out", () => {
    const v = whichVerdict(kb, [inspector, tuner], "interest", "which is more fun", "annual");
    expect(v.text).toContain("each leans Realistic (");
    expect(v.text).not.toContain("Artistic");
  });

  it("one role: a yes-no question gets the same reading", () => {
    const v = yesNoVerdict(kb, tuner, "interest", "is widget tuning rewarding", "annual");
    expect(v?.text).toContain("Widget Tuner leans Realistic");
  });
});
