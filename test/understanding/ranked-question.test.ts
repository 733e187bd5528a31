// Questions that rank occupations: a measure, maybe a field and a schooling limit; chat stays chat.
import { describe, expect, it } from "vitest";
import { asksKindsOf, rankRequest, type RankMeasure } from "../../src/understanding/ranked-question.js";

describe("rankRequest", () => {
  it.each([
    ["which trade pays the most", "pay", ["47-2", "47-4", "49-", "51-4121"], null],
    ["what's the most in-demand trade right now", "openings", ["47-2", "47-4", "49-", "51-4121"], null],
    ["fastest growing jobs", "growth", null, null],
    ["which science job grows the fastest", "growth", ["19-"], null],
    ["best paying jobs that dont need college", "pay", null, "high-school"],
    // The shortest way in; a well-paid job "easy to get into" is one open to school leavers.
    ["what's the easiest healthcare job to get into", "ease", ["29-", "31-"], null],
    ["quickest trade to get into", "ease", ["47-2", "47-4", "49-", "51-4121"], null],
    ["what's the easiest trade to learn", "ease", ["47-2", "47-4", "49-", "51-4121"], null],
    ["what's a high paying job that's easy to get into", "pay", null, "high-school"],
    // The jobs a level of schooling opens, best paid first.
    ["Which healthcare jobs can I do with a 2 year degree?", "pay", ["29-", "31-"], "associate"],
    ["what jobs can i get without a degree", "pay", null, "some-college"],
    // "IT" in capitals is the field.
    ["which IT job pays the most", "pay", ["15-12"], null],
    ["best paying healthcare job without a degree", "pay", ["29-", "31-"], "some-college"],
    ["what job pays the most without college", "pay", null, "high-school"],
    ["highest paying tech jobs with a 2 year degree?", "pay", ["15-12"], "associate"],
    // Nursing is its own field, before healthcare.
    ["what's the highest paying nursing specialty", "pay", ["29-1141", "29-1151", "29-1161", "29-1171", "29-2061", "31-1131"], null],
    // Entry-level jobs, and the way into a field: the shortest ways in.
    ["best entry level jobs in healthcare", "ease", ["29-", "31-"], null],
    ["how to get into IT with no degree", "ease", ["15-12"], "some-college"],
    ["how can i break into the trades", "ease", ["47-2", "47-4", "49-", "51-4121"], null],
  ])("%s", (q, measure, codes, maxEducation) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe(measure);
    expect(request?.field?.codes ?? null).toEqual(codes);
    expect(request?.maxEducation).toBe(maxEducation);
  });

  it.each([
    ["what's the most stressful job in healthcare", ["29-", "31-"], false, false],
    ["least stressful jobs", null, true, false],
    ["which trade is the least stressful", ["47-2", "47-4", "49-", "51-4121"], true, false],
    // Pay beside stress: the least stressful among the well paid.
    ["least stressful high paying jobs", null, true, true],
    ["jobs with low stress and good pay", null, true, true],
    ["chill jobs that pay well", null, true, true],
  ])("by stress: %s", (q, codes, least, wellPaid) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("stress");
    expect(request?.field?.codes ?? null).toEqual(codes);
    expect(request?.least ?? false).toBe(least);
    expect(request?.wellPaid ?? false).toBe(wellPaid);
  });

  it.each([
    // Games have jobs that pay too.
    "what's the best paying job in this game",
    // Not asked: a pronoun's question, or a remark.
    "is it the highest paid job?",
    "my job pays the most in my family lol",
    // Asked of the members, or for a kind of person the data cannot rank for.
    "what's the best paying job you've ever had?",
    // No work named.
    "which one pays the most",
    // "it" is a pronoun, not the IT field.
    "which pays the most, is it worth it",
    // The way into work with no field named.
    "how do i get into work",
  ])("not a ranking: %s", (q) => expect(rankRequest(q)).toBeNull());

  it.each([
    ["what jobs pay over 100k without a degree", { value: 100_000, period: "annual" }, "some-college"],
    ["jobs that pay 6 figures without college", { value: 100_000, period: "annual" }, "high-school"],
    ["what trades pay 40 an hour", { value: 40, period: "hourly" }, null],
  ])("by an amount of pay: %s", (q, amount, maxEducation) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("pay");
    expect(request?.paysAtLeast).toEqual(amount);
    expect(request?.maxEducation).toBe(maxEducation);
  });

  it.each<[string, string[] | null, string | null]>([
    ["i'm 35 with no degree, what career should i go for", null, "some-college"],
    ["my cousin has no degree. what trade should he learn?", ["47-2", "47-4", "49-", "51-4121"], "some-college"],
    ["what trade should my son learn", ["47-2", "47-4", "49-", "51-4121"], null],
  ])("the request after a lead-in clause: %s", (q, codes, maxEducation) => {
    expect(rankRequest(q)).toMatchObject({ measure: "overall", field: codes ? { codes } : null, maxEducation });
  });

  it("an amount of pay in a remark is no ranking", () => expect(rankRequest("my job pays 50k lol")).toBeNull());

  it("an amount of pay beside another measure limits that ranking to the jobs paid that much", () => {
    expect(rankRequest("least stressful jobs that pay 80k")).toMatchObject({ measure: "stress", least: true, paysAtLeast: { value: 80000 } });
  });

  it.each([
    ["what can i do with a ged", "high-school"],
    ["what jobs can i get with a ged", "high-school"],
    ["jobs that dont require a high school diploma", "none"],
    ["best paying jobs without a high school diploma", "none"],
    ["jobs that dont require college", "high-school"],
    // Graduate and professional schools: "without med school" still allows a master's.
    ["what's the highest paying job in healthcare without med school", "master"],
    ["highest paying science jobs without a phd", "master"],
    ["highest paying jobs without going to grad school", "bachelor"],
    ["best paying jobs that don't require a masters", "bachelor"],
  ])("jobs open with little schooling, best paid first: %s", (q, maxEducation) => {
    expect(rankRequest(q)).toMatchObject({ measure: "pay", maxEducation });
  });

  it("a remark about one's own job's schooling asks for nothing", () => expect(rankRequest("my job doesnt require a degree lol")).toBeNull());

  it.each([
    ["best jobs for introverts", null, false],
    ["good jobs for introverts that pay well", null, true],
    ["healthcare jobs for introverts", ["29-", "31-"], false],
    ["what are some jobs where you work alone", null, false],
  ])("for introverts, the least work with people: %s", (q, codes, wellPaid) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("people");
    expect(request?.least).toBe(true);
    expect(request?.field?.codes ?? null).toEqual(codes);
    expect(request?.wellPaid ?? false).toBe(wellPaid);
  });

  it.each([
    ["best trades", "skilled trades"],
    ["what trade should i learn", "skilled trades"],
    ["good trades to get into", "skilled trades"],
    ["best healthcare jobs", "healthcare"],
    ["best jobs without a degree", null],
  ])("the best with no measure named, ranked on pay and outlook together: %s", (q, field) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("overall");
    if (field) expect(request?.field?.label).toContain(field);
  });

  it.each(["what jobs are safe from AI", "ai proof careers", "jobs that won't be replaced by robots", "jobs that can't be automated"])(
    "safety from AI: the growth, flagged so the answer says the data has no such measure: %s",
    (q) => expect(rankRequest(q)).toMatchObject({ measure: "growth", automation: true }),
  );

  it("the fastest growing jobs are no question about AI", () => expect(rankRequest("fastest growing jobs")?.automation).toBeUndefined());

  it.each([
    "good job guys",
    "what job should i get",
    "which trade should i accept in fantasy football",
    "good trades for my pokemon cards?",
    "the best jobs in healthcare go to people with connections lol",
  ])("praise, swaps, a job with nothing to rank among and a remark rank nothing: %s", (q) => expect(rankRequest(q)).toBeNull());

  it.each([
    ["best jobs for people who like helping others", false],
    ["what's a good career for a people person", false],
    ["careers for extroverts", false],
    ["best paying jobs working with the public", true],
  ])("for people who like people, the most work with people first: %s", (q, wellPaid) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("people");
    expect(request?.least).toBeUndefined();
    expect(request?.wellPaid ?? false).toBe(wellPaid);
  });

  it.each([
    ["whats a good career for someone who likes working with their hands", false, null],
    ["best jobs for people who hate sitting at a desk", false, null],
    ["jobs where you dont sit all day", false, null],
    ["jobs for people who love the outdoors", false, null],
    ["what are some outdoor jobs that pay well", true, null],
    ["best hands on jobs without a degree", false, "some-college"],
  ])("hands-on, physical or outdoor work, the most first: %s", (q, wellPaid, maxEducation) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("handsOn");
    expect(request?.least).toBeUndefined();
    expect(request?.wellPaid ?? false).toBe(wellPaid);
    expect(request?.maxEducation).toBe(maxEducation);
  });

  it.each([
    ["good career if i like animals", "animals", null],
    ["what jobs involve working with animals without a degree", "animals", "some-college"],
    ["what jobs are there for animal lovers", "animals", null],
    ["best jobs for someone who loves kids", "children", null],
    ["what careers can i do working with children", "children", null],
  ])("jobs named by whom the work is with, best paid first: %s", (q, field, maxEducation) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("pay");
    expect(request?.field?.label).toBe(`occupations working with ${field}`);
    expect(request?.maxEducation).toBe(maxEducation);
  });

  it("a field named by whom the work is with keeps the measure asked", () => {
    expect(rankRequest("low stress jobs working with kids")).toMatchObject({
      measure: "stress",
      least: true,
      field: { label: "occupations working with children" },
    });
  });

  it.each([
    "i like working with my hands",
    "hate sitting at a desk all day tbh",
    "we should go outdoors this weekend",
    "good job with the kids today",
    "nice work with the animals lol",
    "my kids love animals, any zoo recommendations?",
  ])("chat about hands, desks, kids and animals asks for no ranking: %s", (q) => expect(rankRequest(q)).toBeNull());

  it.each([
    ["what jobs can you get with a psychology degree", "related", "Psychology", null],
    ["Best paying jobs with a biology degree?", "pay", "Biology", null],
    ["i have a bachelors in biology, what can i do besides med school", "related", "Biology", "bachelor"],
    ["what can i do with a degree in philosophy", "related", "Philosophy and Theology", null],
    ["computer science degree jobs", "related", "Computers and Electronics", null],
    ["jobs for english majors", "related", "English Language", null],
    ["i got a psych degree, what now", "related", "Psychology", null],
    ["just finished my history degree... now what?", "related", "History and Archeology", null],
    ["what jobs can i get with an mba", "related", "Administration and Management", null],
  ])("by a subject of study: %s", (q, measure, element, maxEducation) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe(measure);
    expect(request?.subject?.element).toBe(element);
    expect(request?.maxEducation).toBe(maxEducation);
  });

  it.each([
    ["what's a good career for someone good at math", "Mathematics"],
    ["jobs for someone who likes computers", "Computers and Electronics"],
    ["i love art what career should i choose", "Fine Arts"],
    ["what jobs use a lot of math", "Mathematics"],
    ["what jobs are good for people good with numbers", "Mathematics"],
    ["i like coding what job", "Programming"],
    ["careers for people who like chemistry", "Chemistry"],
    ["my son loves math, what should he be", "Mathematics"],
  ])("by a subject liked or a strength: %s", (q, element) => {
    const subject = rankRequest(q)?.subject;
    expect(subject?.element).toBe(element);
    expect(subject?.held).toBe("liking");
  });

  it.each([
    ["best nursing jobs without a bsn", "associate"],
    ["highest paying jobs without a bachelors degree", "associate"],
    ["highest paying jobs with a bachelors", "bachelor"],
  ])("a bachelor's degree done without caps the schooling below it: %s", (q, level) => expect(rankRequest(q)?.maxEducation).toBe(level));

  it.each([
    "what jobs can i get with a certificate",
    "best paying certifications",
    "highest paying healthcare certifications",
    "what is the quickest certification that pays well",
  ])("a certificate caps the schooling at one: %s", (q) => expect(rankRequest(q)).toMatchObject({ measure: "pay", maxEducation: "postsecondary-certificate" }));

  it.each(["jobs that pay well", "what jobs pay well without college", "good paying jobs in healthcare"])("pay asked as 'pays well': %s", (q) =>
    expect(rankRequest(q)?.measure).toBe("pay"),
  );

  it.each(["my job pays well lol", "jobs that pay well in stardew?"])("no jobs asked for: %s", (q) => expect(rankRequest(q)).toBeNull());

  it.each([
    ["highest paid type of nurse", "nursing occupations"],
    ["best paying nursing specialties", "nursing occupations"],
    ["which doctor specialty makes the most", "physicians and surgeons"],
    ["what type of doctor gets paid the most", "physicians and surgeons"],
  ])("the kinds of one line of work, ranked among themselves: %s", (q, label) => {
    expect(rankRequest(q)?.measure).toBe("pay");
    expect(rankRequest(q)?.field?.label).toBe(label);
  });

  it("a title is the line of work whose kinds are asked about only where it follows 'type of' or precedes 'specialty'", () => {
    expect(asksKindsOf("what kind of nurse makes the most money", "nurse")).toBe(true);
    expect(asksKindsOf("which doctor specialty makes the most", "doctor")).toBe(true);
    expect(asksKindsOf("what kind of nurse makes more than a teacher", "teacher")).toBe(false);
    expect(asksKindsOf("what do nurses make", "nurse")).toBe(false);
  });

  it.each([
    "i'm really good at math lol",
    "anyone good at math? need help with homework for my job application",
    "good at math but my work is boring",
    "what do you guys do for work? i like computers",
    "my job uses a lot of math",
  ])("a liking with no jobs asked for it: %s", (q) => expect(rankRequest(q)?.subject).toBeUndefined());

  it.each([
    ["is engineering a good major", "Engineering and Technology"],
    ["is cs a good degree", "Computers and Electronics"],
    ["is a psychology degree worth it", "Psychology"],
    ["are psychology degrees useless?", "Psychology"],
    ["would a finance degree be a good choice", "Economics and Accounting"],
    ["is computer science still worth it", "Computers and Electronics"],
    ["is it worth getting a business degree", "Administration and Management"],
    ["is business management a good degree", "Administration and Management"],
    ["is a masters in cs worth it", "Computers and Electronics"],
    ["thoughts on a communications degree", "Communications and Media"],
    ["should i major in biology", "Biology"],
    ["Is an MBA worth it?", "Administration and Management"],
  ])("whether a subject is worth taking: %s", (q, element) => {
    const request = rankRequest(q);
    expect(request?.measure).toBe("overall");
    expect(request?.subject).toMatchObject({ element, held: "degree", worth: true });
  });

  it.each([
    ["is a masters in business worth it", "Administration and Management"],
    ["masters in computer science worth it", "Computers and Electronics"],
    ["is a masters degree in psychology worth it", "Psychology"],
  ])("a master's in a subject, worth taking, opens the jobs a master's does: %s", (q, element) => {
    expect(rankRequest(q)?.subject).toMatchObject({ element, worth: true, degree: { level: "master" } });
    expect(rankRequest(q)?.subject?.label).toMatch(/^master's in /);
    expect(rankRequest("is a business degree worth it")?.subject?.degree).toBeUndefined();
  });

  it.each(["what can i do with a nursing degree", "what jobs can you get with a nursing degree"])(
    "a degree in a field that names work, not a subject: the field's own jobs (%s)",
    (q) => {
      expect(rankRequest(q)).toMatchObject({ measure: "overall", fieldDegree: true, field: { label: "nursing occupations" } });
    },
  );

  it.each(["what are the best nursing jobs", "what can i do with a psychology degree"])("no field's degree held: %s", (q) =>
    expect(rankRequest(q)?.fieldDegree).toBeUndefined(),
  );

  it.each<[string, string, string, string]>([
    ["whats better for the future, IT or healthcare", "computer and IT occupations", "healthcare occupations", "growth"],
    ["tech or healthcare which has more jobs", "computer and IT occupations", "healthcare occupations", "openings"],
    ["trades or tech which pays more", "skilled trades (construction, installation, maintenance and repair)", "computer and IT occupations", "pay"],
    [
      "between trades and healthcare which is better",
      "skilled trades (construction, installation, maintenance and repair)",
      "healthcare occupations",
      "overall",
    ],
    ["is construction or manufacturing better pay", "construction occupations", "production and manufacturing occupations", "pay"],
  ])("two fields set side by side: %s", (q, first, second, measure) => {
    expect(rankRequest(q)).toMatchObject({ measure, field: { label: first }, versus: { label: second } });
  });

  const TRADES = "skilled trades (construction, installation, maintenance and repair)";
  const COLLEGE = { label: "jobs that usually start with a bachelor's degree or more", minEducation: "bachelor" };
  it.each<[string, "college" | "trades", RankMeasure]>([
    ["should i go to college or trade school", "college", "overall"],
    ["trade school or college", "trades", "overall"],
    ["trades vs college which pays more", "trades", "pay"],
    ["is it better to get a degree or learn a trade", "college", "overall"],
    ["should i get a degree or go to trade school", "college", "overall"],
    ["trade school vs university", "trades", "overall"],
  ])("college set beside the trades, as the jobs that start with a degree: %s", (q, first, measure) => {
    const [field, versus] = first === "college" ? [COLLEGE, { label: TRADES }] : [{ label: TRADES }, COLLEGE];
    expect(rankRequest(q)).toMatchObject({ measure, field, versus });
  });

  it.each(["going to college or the gym later?", "uni or work tomorrow, cant decide lol", "best jobs without college", "college football or nfl tonight"])(
    "college named, but no field set beside it: %s",
    (q) => expect(rankRequest(q)?.versus).toBeUndefined(),
  );

  it.each(["best trade", "what's the best trade", "which is the best trade", "whats the best trade to learn right now"])(
    "the best of a field asked in the singular: %s",
    (q) => expect(rankRequest(q)).toMatchObject({ measure: "overall", field: { label: TRADES } }),
  );

  it.each(["what's the best trade in animal crossing", "what's the best trade you've ever made", "best trade deadline moves", "whats the best job"])(
    "no best of a field: %s",
    (q) => expect(rankRequest(q)).toBeNull(),
  );

  it.each([
    "what jobs can i get with no experience",
    "what job can i get at 18 with no experience",
    "jobs with no experience needed",
    "entry level jobs that pay well",
  ])("no experience: the best paid of those open out of high school that need none in a related job (%s)", (q) =>
    expect(rankRequest(q)).toMatchObject({ measure: "pay", maxEducation: "high-school", noExperience: true }),
  );

  it("no experience beside a schooling limit or a field keeps them", () => {
    expect(rankRequest("highest paying jobs with no experience and no degree")).toMatchObject({ maxEducation: "some-college", noExperience: true });
    // (Ranked by the way in, the least schooling first: no limit added.)
    expect(rankRequest("best entry level healthcare jobs")).toMatchObject({
      measure: "ease",
      field: { label: "healthcare occupations" },
      maxEducation: null,
      noExperience: true,
    });
  });

  it.each([
    ["is healthcare a good field", "healthcare occupations"],
    ["is healthcare dying", "healthcare occupations"],
    ["is the medical field worth it", "healthcare occupations"],
    ["are trades in demand", TRADES],
    ["job outlook for the trades", TRADES],
    ["will tech be a good field in 10 years", "computer and IT occupations"],
    ["are tech jobs good", "computer and IT occupations"],
  ])("a field judged as a whole: its outlook (%s)", (q, label) => {
    expect(rankRequest(q)).toMatchObject({ measure: "overall", field: { label }, fieldOutlook: true });
  });

  it.each([
    "is the tech support here good?",
    "are trades good?",
    // The field's word names something else judged.
    "is the tech conference worth it",
    "is tech week worth it",
    "are the trades in the discord worth it",
    "my healthcare provider is good",
    // A limit or a measure asked: not the field as a whole.
    "is healthcare a good field without a degree",
    "what are the best healthcare jobs",
  ])("no field judged as a whole: %s", (q) => expect(rankRequest(q)?.fieldOutlook).toBeUndefined());

  it("a field's word read as a title is that role's question, not the field's", () => {
    expect(rankRequest("is healthcare a good field", true)?.fieldOutlook).toBeUndefined();
  });

  it.each([
    ["which jobs will ai replace first", true],
    ["what jobs will be replaced by ai", true],
    ["jobs most at risk from automation", true],
    ["which jobs are dying", false],
    ["what jobs are going away", false],
  ])("the jobs going away, or at risk from AI: the steepest projected decline first (%s)", (q, automation) => {
    const request = rankRequest(q);
    expect(request).toMatchObject({ measure: "growth", least: true });
    expect(request?.automation === true).toBe(automation);
  });

  it.each([
    ["what kinds of jobs are in healthcare", "healthcare occupations"],
    ["list of jobs in healthcare", "healthcare occupations"],
    ["what types of careers are there in construction", "construction occupations"],
    ["list of trades", TRADES],
  ])("a field's kinds of jobs: those employing the most first (%s)", (q, label) => {
    expect(rankRequest(q)).toMatchObject({ measure: "workers", field: { label } });
  });

  it.each([
    ["how to make six figures without a degree", null, "pay"],
    // Without a schooling limit, the way to the salary: the shortest way in among the jobs that pay it.
    ["how can i earn 6 figures in healthcare", "healthcare occupations", "ease"],
    ["fastest way to make six figures", null, "ease"],
    ["quickest way to make 100k a year", null, "ease"],
  ])("a way to earn an amount asked: the jobs that pay it (%s)", (q, label, measure) => {
    expect(rankRequest(q)).toMatchObject({ measure, paysAtLeast: { value: 100_000, period: "annual" } });
    expect(rankRequest(q)?.field?.label ?? null).toBe(label);
  });

  it.each([
    ["highest paying job you can get in 2 years of school", "associate"],
    ["what can i do with a 1 year certificate", "postsecondary-certificate"],
    ["best jobs after 6 months of training", "postsecondary-certificate"],
    ["highest paying jobs with 4 years of college", "bachelor"],
  ])("years of school are a schooling limit (%s)", (q, maxEducation) => expect(rankRequest(q)).toMatchObject({ maxEducation }));

  it.each([
    ["jobs that dont require math", "Mathematics"],
    ["careers for people bad at math", "Mathematics"],
    ["i hate chemistry, what jobs in healthcare", "Chemistry"],
  ])("a subject kept away from: the best paid that draw little on it (%s)", (q, element) =>
    expect(rankRequest(q)).toMatchObject({ measure: "pay", maxEducation: "bachelor", subject: { element, held: "avoided" } }),
  );

  it.each([
    "how do i make 50k fast lol",
    "how to make 100 dollars in gta",
    "what's the easiest way to make 100k",
    "how do i make six figures on youtube",
    "i'm bad at math lol",
  ])("money asked of no work, or a subject disliked with no jobs asked: %s", (q) => expect(rankRequest(q)).toBeNull());

  it("a subject liked is still the jobs that draw most on it", () =>
    expect(rankRequest("what jobs for someone who likes math")).toMatchObject({ measure: "related", maxEducation: null, subject: { held: "liking" } }));

  it("safe from AI is still the fastest growth; a field judged dying is its outlook", () => {
    expect(rankRequest("what jobs are safe from ai")?.least).toBeUndefined();
    expect(rankRequest("is healthcare dying")).toMatchObject({ measure: "overall", fieldOutlook: true });
  });

  it.each(["i have no experience lol", "no experience needed, dm me", "entry level is rough rn"])("no experience told, no jobs asked: %s", (q) =>
    expect(rankRequest(q)).toBeNull(),
  );

  it.each([
    // The word of each names one worker: the nurse with the teacher, the nurse with the engineers.
    "teaching or nursing",
    "nursing or engineering which pays more",
    // A worker's field: the truck driver.
    "what's better pay, truck driving or construction",
    // One inside the other; not set side by side; not work.
    "healthcare vs nursing",
    "i work in tech and my wife is in healthcare",
    "my tech or healthcare stocks are down",
  ])("no two fields side by side: %s", (q) => expect(rankRequest(q)?.versus).toBeUndefined());

  it.each<[string, string]>([
    ["which trades are the best right now?", "overall"],
    ["best careers for the future", "growth"],
    ["what jobs will be in demand in the future", "growth"],
  ])("a ranking asked in other words: %s", (q, measure) => expect(rankRequest(q)?.measure).toBe(measure));

  it("easy jobs that pay well are the best paid open with a high-school diploma, not the surgeons", () => {
    expect(rankRequest("easy jobs that pay well")).toMatchObject({ measure: "pay", maxEducation: "high-school" });
    expect(rankRequest("easy healthcare jobs that pay well")).toMatchObject({
      measure: "pay",
      maxEducation: "high-school",
      field: { label: "healthcare occupations" },
    });
  });

  it.each(["lazy jobs that pay well", "low key jobs that pay well"])("%s: the least stress among the well paid", (q) => {
    expect(rankRequest(q)).toMatchObject({ measure: "stress", least: true, wellPaid: true });
  });

  it.each(["safest jobs", "happiest careers"])("a ranking opened by its measure alone is asked: %s", (q) => {
    expect(rankRequest(q)?.unranked).toBe(true);
  });

  it.each([
    ["what's the lowest paying job", null],
    ["lowest paying healthcare jobs", ["29-", "31-"]],
    ["which trade pays the least", ["47-2", "47-4", "49-", "51-4121"]],
  ])("the least paid asked for: %s", (q, codes) => {
    expect(rankRequest(q)).toMatchObject({ measure: "pay", least: true });
    expect(rankRequest(q)?.field?.codes ?? null).toEqual(codes);
  });

  it("the best paid is not the least: 'highest paying jobs'", () => expect(rankRequest("highest paying jobs")?.least).toBeUndefined());

  it.each<[string, number, "annual" | "hourly", string[] | null]>([
    ["is 50k a good salary", 50_000, "annual", null],
    ["is $25 an hour good pay", 25, "hourly", null],
    ["is 45k enough to live on", 45_000, "annual", null],
    ["70k a year, is that good?", 70_000, "annual", null],
    ["is 60k a good salary in healthcare", 60_000, "annual", ["29-", "31-"]],
    // A first job's pay is pay.
    ["is 50k good for a first job", 50_000, "annual", null],
    ["is 45k good to start", 45_000, "annual", null],
  ])("where an amount of pay stands: %s", (q, value, period, codes) => {
    const request = rankRequest(q);
    expect(request).toMatchObject({ measure: "pay", standing: true, unranked: true, paysAtLeast: { value, period } });
    expect(request?.field?.codes ?? null).toEqual(codes);
  });

  it.each([
    "is 50k a good price for a used truck",
    "is 50k for a used car a good deal",
    "is 50k good for a car",
    "would 20k be enough for a wedding",
    "i make 50k lol",
  ])("an amount that is no pay judged: %s", (q) => expect(rankRequest(q)?.standing).toBeUndefined());

  it.each([
    // A subject that is the way into one profession: its worker's prospects (field-nouns.ts).
    "is accounting a good major",
    "is law a good degree",
    "my psychology degree was a waste of money",
    "is english hard to learn",
    "is art good",
    "should i major in biology or chemistry",
  ])("no worth of a subject asked: %s", (q) => expect(rankRequest(q)?.subject?.worth).toBeUndefined());

  it.each(["my history degree is useless lol, jobs are hard to find", "finished my psychology degree today, time to find work"])(
    "no subject's jobs asked: %s",
    (q) => expect(rankRequest(q)?.subject).toBeUndefined(),
  );

  it("the way into a field that is also a title is that title's way in", () => {
    expect(rankRequest("how do i get into nursing", true)).toBeNull();
    expect(rankRequest("how do i get into nursing")?.measure).toBe("ease");
  });
});
