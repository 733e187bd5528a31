// "Which trade pays the most": occupations ranked by the measure asked, within a field and a schooling
// limit. On invented occupations (test/knowledge/occupation-fixtures.ts): Widget Tuners ($80,000, a
// bachelor's, 9,500 openings, +10%), Test Clerk Supervisors ($60,000, a bachelor's) and Widget
// Inspectors ($50,000, a high-school diploma, 3,200 openings, -4%).
import { describe, expect, it } from "vitest";
import { rankOccupations, rankingVerdict } from "../../src/answers/rank-occupations.js";
import { createEngine } from "../../src/engine.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { RankRequest } from "../../src/understanding/ranked-question.js";
import { occupation, occupationsFile, occupationsFileWith } from "../knowledge/occupation-fixtures.js";

function knowledge() {
  const file = occupationsFile();
  // A catch-all and a specialty: neither is an occupation of its own to rank.
  file.occupations.push(occupation("91-9099.00", "Widget Workers, All Other", "Widget Worker, All Other"));
  file.occupations.push(occupation("91-1011.01", "Widget Tuning Specialists", "Widget Tuning Specialist"));
  return createKnowledgeBase([], [], file);
}
const kb = knowledge();
const titles = (request: RankRequest) => rankOccupations(kb, request).map((r) => r.entry.title);

describe("ranking occupations", () => {
  it("by median pay, highest first, one per occupation (no catch-alls, no specialties)", () => {
    expect(titles({ measure: "pay", field: null, maxEducation: null })).toEqual(["Widget Tuner", "Test Clerk Supervisor", "Widget Inspector"]);
  });

  it("within a field and a schooling limit", () => {
    expect(titles({ measure: "pay", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null })).toEqual([
      "Widget Tuner",
      "Widget Inspector",
    ]);
    expect(titles({ measure: "pay", field: null, maxEducation: "high-school" })).toEqual(["Widget Inspector"]);
  });

  it("by openings or projected growth", () => {
    expect(titles({ measure: "openings", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null })).toEqual([
      "Widget Tuner",
      "Widget Inspector",
    ]);
    expect(titles({ measure: "growth", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null }).at(-1)).toBe("Widget Inspector");
  });

  it("by the way in: the least schooling first, then the job zone, then the best paid", () => {
    expect(titles({ measure: "ease", field: null, maxEducation: null })).toEqual(["Widget Inspector", "Widget Tuner", "Test Clerk Supervisor"]);
    expect(rankingVerdict(kb, { measure: "ease", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null }).text).toBe(
      "Among widget occupations, the shortest way in (BLS's typical entry education, then O*NET's job zone), best paid first: Widget Inspector (a high-school diploma or equivalent, $50,000); Widget Tuner (a bachelor's degree, $80,000) (BLS, 2097–2107; O*NET).",
    );
  });

  it("by stress: O*NET's Stress Tolerance rating, the least first when asked, the best paid first among equals", () => {
    const file = occupationsFile();
    const at = file.occupations.findIndex((o) => o.code === "91-2022.00");
    file.occupations[at] = { ...file.occupations[at]!, workStyles: [3.0, 3.1] };
    const rated = createKnowledgeBase([], [], file);
    const ranked = (request: RankRequest) => rankOccupations(rated, request).map((r) => r.entry.title);
    // Tuners and clerk supervisors are both rated 4.2: the better paid tuners first, whichever end is asked.
    expect(ranked({ measure: "stress", field: null, maxEducation: null })).toEqual(["Widget Tuner", "Test Clerk Supervisor", "Widget Inspector"]);
    expect(ranked({ measure: "stress", field: null, maxEducation: null, least: true })).toEqual(["Widget Inspector", "Widget Tuner", "Test Clerk Supervisor"]);
    const verdict = rankingVerdict(rated, { measure: "stress", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null, least: true });
    expect(verdict).toEqual({
      text: "The data doesn't measure stress directly; O*NET's Stress Tolerance rating (how much the work calls for handling stress) is a fair sign. Among widget occupations, the lowest rating, best paid first among equals: Widget Inspector (3.0 of 5, $50,000); Widget Tuner (4.2 of 5, $80,000) (O*NET; BLS, May 2098).",
      basis: "indirect",
    });
  });

  it("for introverts: O*NET's Social interest, the lowest first, said to be a sign and no measure", () => {
    const file = occupationsFile();
    file.elements.interests = ["Realistic", "Social"];
    const social = (code: string, value: number) => {
      const at = file.occupations.findIndex((o) => o.code === code);
      file.occupations[at] = { ...file.occupations[at]!, interests: [6.0, value] };
    };
    social("91-1011.00", 5.0);
    social("91-2022.00", 1.5);
    social("43-1011.00", 3.0);
    const rated = createKnowledgeBase([], [], file);
    const request: RankRequest = { measure: "people", field: null, maxEducation: null, least: true };
    expect(rankOccupations(rated, request).map((r) => r.entry.title)).toEqual(["Widget Inspector", "Test Clerk Supervisor", "Widget Tuner"]);
    expect(rankingVerdict(rated, request).text).toBe(
      "The data doesn't measure what suits introverts; O*NET's Social interest rating (how much the work is helping, teaching or serving people) is a fair sign. Among all occupations, the lowest rating, best paid first among equals, one per occupation group: Widget Inspector (1.5 of 7, $50,000); Test Clerk Supervisor (3.0 of 7, $60,000); Widget Tuner (5.0 of 7, $80,000) (O*NET; BLS, May 2098).",
    );
  });

  it("asked as safety from AI: the growth ranking, led by the data having no AI measure", () => {
    const request: RankRequest = { measure: "growth", field: null, maxEducation: null, automation: true };
    expect(rankingVerdict(kb, request).text).toMatch(
      /^The data doesn't rate how exposed jobs are to AI; BLS projections weigh expected changes in technology, so growth is a fair sign\. Among all occupations, the fastest projected growth: .*Widget Inspector \(-4%\) \(BLS projections 2097–2107\)\.$/,
    );
  });

  it("the best with no measure named: the best paid of those growing at least as fast as all jobs, or the best paid where too few do", () => {
    const extra = ["91-3011.00", "91-3012.00", "91-3013.00", "91-3014.00", "91-3015.00"].map((code, i) =>
      occupation(code, `Widget Testers ${i + 1}`, `Widget Tester ${i + 1}`),
    );
    const grown = createKnowledgeBase([], [], occupationsFileWith(extra));
    const widgets: RankRequest = { measure: "overall", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null };
    const ranked = rankOccupations(grown, widgets).map((r) => r.entry.title);
    // The shrinking inspectors (-4%) are left out; everyone else grows +10%.
    expect(ranked).toHaveLength(6);
    expect(ranked).not.toContain("Widget Inspector");
    expect(rankingVerdict(grown, widgets).text).toMatch(
      /^Best depends on what matters to you\. Among widget occupations, the best paid of those projected to grow at least as fast as all jobs \(\+8\.3% over 2097–2107\): Widget Tester 1 \(\$80,000, \+10%\); .*\(BLS, May 2098; BLS projections 2097–2107\)\.$/,
    );
    // Three occupations, too few growing to choose from: the best paid, inspectors too.
    expect(rankOccupations(kb, widgets).map((r) => r.entry.title)).toContain("Widget Inspector");
    expect(rankingVerdict(kb, widgets).text).toMatch(
      /^Best depends on what matters to you\. Among widget occupations, the highest median pay: Widget Tuner \(\$80,000, \+10%\)/,
    );
  });

  it("work with people, the most first: led by who asked, one occupation per group over all occupations", () => {
    // A second occupation of the tuners' SOC minor group (91-1), paid as they are and rated a little lower.
    const file = occupationsFileWith([occupation("91-1012.00", "Widget Polishers", "Widget Polisher")]);
    file.elements.interests = ["Realistic", "Social"];
    const social = (code: string, value: number) => {
      const at = file.occupations.findIndex((o) => o.code === code);
      file.occupations[at] = { ...file.occupations[at]!, interests: [3.0, value] };
    };
    social("91-1011.00", 6.5);
    social("91-1012.00", 6.4);
    social("91-2022.00", 1.5);
    social("43-1011.00", 3.0);
    const rated = createKnowledgeBase([], [], file);
    const request: RankRequest = { measure: "people", field: null, maxEducation: null };
    expect(rankOccupations(rated, request).map((r) => r.entry.title)).toEqual(["Widget Tuner", "Test Clerk Supervisor", "Widget Inspector"]);
    expect(rankingVerdict(rated, request).text).toMatch(/^The data doesn't measure who likes working with people; O\*NET's Social interest rating/);
    // Within a field each occupation counts: the field is the variety asked for.
    const widgets: RankRequest = { ...request, field: { label: "widget occupations", codes: ["91-"] } };
    expect(rankOccupations(rated, widgets).map((r) => r.entry.title)).toEqual(["Widget Tuner", "Widget Polisher", "Widget Inspector"]);
  });

  it("hands-on work: O*NET's Realistic interest, the highest first, said to be a sign and no measure", () => {
    const file = occupationsFile();
    file.elements.interests = ["Realistic", "Social"];
    const realistic = (code: string, value: number) => {
      const at = file.occupations.findIndex((o) => o.code === code);
      file.occupations[at] = { ...file.occupations[at]!, interests: [value, 3.0] };
    };
    realistic("91-1011.00", 2.0);
    realistic("91-2022.00", 6.5);
    realistic("43-1011.00", 4.0);
    const rated = createKnowledgeBase([], [], file);
    const request: RankRequest = { measure: "handsOn", field: null, maxEducation: null };
    expect(rankOccupations(rated, request).map((r) => r.entry.title)).toEqual(["Widget Inspector", "Test Clerk Supervisor", "Widget Tuner"]);
    expect(rankingVerdict(rated, request).text).toBe(
      "The data doesn't measure hands-on, physical or outdoor work directly; O*NET's Realistic interest rating (building or repairing things, physical activity, working outdoors) is a fair sign. Among all occupations, the highest rating, best paid first among equals, one per occupation group: Widget Inspector (6.5 of 7, $50,000); Test Clerk Supervisor (4.0 of 7, $60,000); Widget Tuner (2.0 of 7, $80,000) (O*NET; BLS, May 2098).",
    );
  });

  it("by stress among the well paid: the top quarter of occupations by median pay", () => {
    // Sixty more occupations paid like the tuners ($80,000), rated 3.5: the top quarter starts at $80,000.
    const extra = Array.from({ length: 60 }, (_, i) =>
      occupation(`91-${String(3000 + i)}.00`, `Gadget Workers ${i}`, `Gadget Worker ${i}`, { workStyles: [3.5, 3.0] }),
    );
    const file = occupationsFileWith(extra);
    const at = file.occupations.findIndex((o) => o.code === "91-2022.00");
    file.occupations[at] = { ...file.occupations[at]!, workStyles: [3.0, 3.1] };
    const rated = createKnowledgeBase([], [], file);
    const ranked = rankOccupations(rated, { measure: "stress", field: null, maxEducation: null, least: true, wellPaid: true }).map((r) => r.entry.title);
    // The inspectors ($50,000) are the least stressed, but not well paid.
    expect(ranked).not.toContain("Widget Inspector");
    expect(ranked[0]).toBe("Gadget Worker 0");
    expect(ranked.at(-1)).toBe("Widget Tuner");
  });

  it("by a subject of study: the occupations that draw on its knowledge area, with their entry education (no postsecondary teachers)", () => {
    const file = occupationsFile();
    const law = (code: string, value: number) => {
      const at = file.occupations.findIndex((o) => o.code === code);
      file.occupations[at] = {
        ...file.occupations[at]!,
        knowledge: [
          [3.5, 4],
          [value, 4],
        ],
      };
    };
    law("91-1011.00", 4.5);
    law("91-2022.00", 3.8);
    // Every subject's postsecondary teachers rate it 5 of 5: left out, or they would fill the list.
    file.occupations.push(
      occupation("25-1112.00", "Law Teachers, Postsecondary", "Law Teacher, Postsecondary", {
        knowledge: [
          [1, 1],
          [5, 5],
        ],
      }),
    );
    file.majorGroups["25"] = "Educational Instruction and Library Occupations";
    file.wageSeries["25-1112"] = { ...file.wageSeries["91-1011"]!, code: "25-1112", title: "Law Teachers, Postsecondary" };
    const rated = createKnowledgeBase([], [], file);
    const subject = { label: "law", element: "Law", held: "degree" as const };
    expect(rankOccupations(rated, { measure: "related", field: null, maxEducation: null, subject }).map((r) => r.entry.title)).toEqual([
      "Widget Tuner",
      "Widget Inspector",
    ]);
    expect(rankingVerdict(rated, { measure: "related", field: null, maxEducation: null, subject })).toEqual({
      text: "The data doesn't link degrees to jobs; what it has is how much each occupation draws on Law knowledge (O*NET importance, 1–5). Those that draw on it most, best paid first among equals: Widget Tuner (4.5 of 5; a bachelor's degree; $80,000); Widget Inspector (3.8 of 5; a high-school diploma or equivalent; $50,000) (O*NET; BLS, May 2098).",
      basis: "indirect",
    });
    // A liking is no degree either, and is said so: "jobs for someone who likes law".
    expect(rankingVerdict(rated, { measure: "related", field: null, maxEducation: null, subject: { ...subject, held: "liking" } }).text).toMatch(
      /^The data doesn't link what people like or are good at to jobs; what it has is how much each occupation draws on Law knowledge /,
    );
    // The degree held limits the schooling: "i have a high school diploma".
    expect(rankingVerdict(rated, { measure: "pay", field: null, maxEducation: "high-school", subject }).text).toContain(
      "Where it rates 3.5 or more, among jobs that usually start with a high-school diploma or equivalent or less, the highest median pay: Widget Inspector (a high-school diploma or equivalent; $50,000)",
    );
  });

  it("by an amount of pay: how many have a median of at least that, in the member's unit; none says so, with the best paid there are", () => {
    const pay = (paysAtLeast: RankRequest["paysAtLeast"]): RankRequest => ({ measure: "pay", field: null, maxEducation: null, paysAtLeast });
    expect(rankingVerdict(kb, pay({ value: 60_000, period: "annual" })).text).toBe(
      "Among all occupations, 2 have a median of $60,000 a year or more; the best paid: Widget Tuner ($80,000); Test Clerk Supervisor ($60,000) (BLS, May 2098).",
    );
    expect(rankingVerdict(kb, pay({ value: 35, period: "hourly" })).text).toBe(
      "Among all occupations, one has a median of $35 an hour ($72,800 a year) or more; the best paid: Widget Tuner ($80,000) (BLS, May 2098).",
    );
    expect(rankingVerdict(kb, pay({ value: 90_000, period: "annual" })).text).toMatch(
      /^Among all occupations, none has a median of \$90,000 a year or more; the best paid there are: Widget Tuner \(\$80,000\); /,
    );
  });

  it("the verdict names them with their figures and the release; nothing to rank says so", () => {
    expect(rankingVerdict(kb, { measure: "pay", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null }).text).toBe(
      "Among widget occupations, the highest median pay: Widget Tuner ($80,000); Widget Inspector ($50,000) (BLS, May 2098).",
    );
    expect(rankingVerdict(kb, { measure: "openings", field: null, maxEducation: "high-school" }).text).toBe(
      "Among all occupations open with a high-school diploma or less, the most openings a year: Widget Inspector (about 3,200) (BLS projections 2097–2107).",
    );
    expect(rankingVerdict(kb, { measure: "pay", field: { label: "sea occupations", codes: ["99-"] }, maxEducation: null }).basis).toBe("none");
  });

  it("with no experience asked: only those BLS lists as needing no work experience in a related job, said beside the schooling", () => {
    const file = occupationsFile();
    const inspector = file.occupations.find((o) => o.code === "91-2022.00")!;
    inspector.projection = { ...inspector.projection!, workExperience: "Less than 5 years" };
    const newcomers = createKnowledgeBase([], [], file);
    const request: RankRequest = { measure: "pay", field: null, maxEducation: null, noExperience: true };
    expect(rankOccupations(newcomers, request).map((r) => r.entry.title)).toEqual(["Widget Tuner", "Test Clerk Supervisor"]);
    expect(rankOccupations(newcomers, { ...request, noExperience: undefined }).map((r) => r.entry.title)).toContain("Widget Inspector");
    expect(rankingVerdict(newcomers, { ...request, maxEducation: "bachelor" }).text).toMatch(
      /^Among all occupations that usually need no graduate degree and no work experience in a related job \(BLS\), the highest median pay: Widget Tuner \(\$80,000\); Test Clerk Supervisor/,
    );
    expect(rankingVerdict(newcomers, request).text).toMatch(/^Among all occupations that need no work experience in a related job \(BLS\), the highest/);
  });

  it("a field's kinds of jobs: those employing the most first, from each occupation's own series", () => {
    expect(titles({ measure: "workers", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null })).toEqual([
      "Widget Inspector",
      "Widget Tuner",
    ]);
    expect(rankingVerdict(kb, { measure: "workers", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null }).text).toBe(
      "Among widget occupations, those employing the most: Widget Inspector (about 20,000 workers); Widget Tuner (about 5,000 workers) (BLS, May 2098).",
    );
  });

  it("the steepest decline first, when the jobs going away are asked", () => {
    expect(titles({ measure: "growth", field: null, maxEducation: null, least: true })[0]).toBe("Widget Inspector");
    expect(rankingVerdict(kb, { measure: "growth", field: null, maxEducation: null, least: true }).text).toMatch(
      /^Among all occupations, the steepest projected decline: Widget Inspector \(-4%\)/,
    );
  });

  it("a title ruled out ('besides a widget tuner') is left out of the ranking, and said so", () => {
    const request: RankRequest = { measure: "pay", field: { label: "widget occupations", codes: ["91-"] }, maxEducation: null };
    const without: RankRequest = { ...request, excluding: { typed: "widget tuner", roleIds: ["91-1011.00"] } };
    expect(titles(request)).toEqual(["Widget Tuner", "Widget Inspector"]);
    expect(titles(without)).toEqual(["Widget Inspector"]);
    expect(rankingVerdict(kb, without).text).toMatch(
      /^Among widget occupations other than "widget tuner", the highest median pay: Widget Inspector \(\$50,000\) /,
    );
  });

  it("asked in a message: the top three become the cards, after the ranking", () => {
    const { parsed, answer } = createEngine(kb).ask("what job pays the most?");
    expect(parsed.ranking).toMatchObject({ measure: "pay", field: null });
    expect(answer.verdict?.text).toMatch(/^Among all occupations, the highest median pay: Widget Tuner \(\$80,000\); /);
    expect(answer.roles.map((r) => r.title)).toEqual(["Widget Tuner", "Test Clerk Supervisor", "Widget Inspector"]);
    expect(answer.intent).toBe("compare");
  });
});
