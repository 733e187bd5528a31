// Answers composed from the shipped data through the engine facade. Expected figures are computed
// here from data/, so a data edit does not break these tests but a wrong computation does.
import { curatedRole, curatedRoles, loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, RoleFacts } from "../../src/answers/answer.js";
import { EXAMPLE_QUESTIONS } from "../../src/answers/examples.js";
import { createEngine, type Engine } from "../../src/engine.js";
import { ASPECT_IDS, type AspectId } from "../../src/knowledge/aspects.js";
import { FAMILIES, FAMILY_IDS, type FamilyId } from "../../src/knowledge/families.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { EducationLevel, Role } from "../../src/knowledge/schema.js";
import { noteText } from "../../src/render/note-text.js";
import { renderText } from "../../src/render/render-text.js";

let engine: Engine;
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadCuratedKnowledge();
  engine = createEngine(kb);
});

/** The notes as the terminal words them. */
const notesOf = (answer: Answer) => answer.notes.map((n) => noteText(n));

const role = (id: string): Role => curatedRole(kb, id);
const money = (n: number) => `$${n.toLocaleString("en-US")}`;
const facts = (r: RoleFacts | undefined) => Object.fromEntries((r?.facts ?? []).map((f) => [f.label, f.value]));

/** Every pair of roles in data/ with an editor-written comparison. */
function curatedPairs(): [string, string][] {
  const ids = [...kb.roles.keys()];
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (kb.getComparison(ids[i]!, ids[j]!)) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

/** The dated statistics-agency median for a role, straight from its data file. */
function datedMedian(id: string): { median: number; year: number; series?: string } {
  const figure = role(id).salary.figures.find((f) => f.median !== undefined && f.year !== null && f.source === "bls-oews-2024");
  if (!figure) throw new Error(`${id} has no dated BLS median in data/`);
  return { median: figure.median!, year: figure.year!, ...(figure.series ? { series: figure.series.code } : {}) };
}

describe("curated key differences", () => {
  it("there are curated comparisons to test", () => {
    expect(curatedPairs()).toHaveLength(kb.comparisonCount);
  });

  it("every curated pair leads with the editor's sentence for every aspect, in both orders", () => {
    for (const [a, b] of curatedPairs()) {
      const curated = kb.getComparison(a, b)!.differences;
      for (const aspect of ASPECT_IDS) {
        const text = aspect === "outlook" ? undefined : curated[aspect];
        if (!text) continue;
        for (const order of [
          [a, b],
          [b, a],
        ]) {
          const answer = engine.compare(order, aspect);
          expect(answer.keyDifference, `${order.join(" vs ")} ${aspect}`).toEqual({ text, origin: "curated" });
          expect(answer.roles.map((r) => r.roleId)).toEqual(order);
        }
      }
    }
  });

  it.each([
    ["office manager vs operations manager skills", "operations manager vs office manager skills", "skills"],
    ["what's the difference between a bookkeeper and an accountant?", "accountant or bookkeeper, what's the difference?", "overview"],
    ["secretary vs receptionist pay", "receptionist vs secretary pay", "salary"],
  ] as const)("free text in either order gets the same curated sentence: %s", (first, second, aspect) => {
    const one = engine.ask(first).answer;
    const two = engine.ask(second).answer;
    expect(one.aspect).toBe(aspect);
    expect(one.keyDifference?.origin).toBe("curated");
    expect(two.keyDifference).toEqual(one.keyDifference);
  });

  it("a curated pair inside a three-way comparison is not summarised by the two-role sentence", () => {
    const answer = engine.compare(["office-manager", "operations-manager", "receptionist"], "duties");
    expect(answer.keyDifference?.origin).toBe("derived");
  });

  it("a curated pair's own sources are listed", () => {
    const comparison = kb.getComparison("office-manager", "receptionist")!;
    expect(comparison.sources.length).toBeGreaterThan(0);
    const urls = engine.compare(["receptionist", "office-manager"], "overview").sources.map((s) => s.url);
    for (const s of comparison.sources) expect(urls).toContain(s.url);
  });
});

describe("wage tables are cited only where pay is shown", () => {
  /** Wage tables are the statistics agency's pay tables, "bls-oews..." by convention in data/. */
  const wageTables = (answer: Answer) => answer.sources.filter((s) => s.id.startsWith("bls-oews")).map((s) => s.url);
  const PAIRS: [string, string][] = [
    ["administrative-assistant", "executive-assistant"], // a curated pair whose own sources include wage tables
    ["project-manager", "program-manager"],
    ["office-manager", "receptionist"],
  ];

  it("every role and curated pair has a wage table to leave out (so the checks below can fail)", () => {
    for (const r of kb.roleList) expect(wageTables(engine.compare([r.id], "salary")), r.id).not.toEqual([]);
    for (const [a, b] of PAIRS.slice(0, 2))
      expect(
        kb.getComparison(a, b)!.sources.some((s) => s.id.startsWith("bls-oews")),
        `${a} + ${b}`,
      ).toBe(true);
  });

  it("answers about duties, requirements, environment, skills or career cite no wage table", () => {
    const payless = ASPECT_IDS.filter((a) => a !== "salary" && a !== "overview");
    for (const aspect of payless) {
      for (const r of kb.roleList) expect(wageTables(engine.compare([r.id], aspect)), `${r.id} ${aspect}`).toEqual([]);
      for (const pair of PAIRS) expect(wageTables(engine.compare(pair, aspect)), `${pair.join(" + ")} ${aspect}`).toEqual([]);
    }
  });

  it("salary and overview answers, which show pay, cite the wage tables behind it", () => {
    for (const pair of PAIRS) {
      for (const aspect of ["salary", "overview"] as const) expect(wageTables(engine.compare(pair, aspect)), `${pair.join(" + ")} ${aspect}`).not.toEqual([]);
    }
    // A curated pair's wage tables back the pay it shows.
    const urls = engine.compare(PAIRS[0]!, "overview").sources.map((s) => s.url);
    for (const s of kb.getComparison(...PAIRS[0]!)!.sources.filter((s) => s.id.startsWith("bls-oews"))) expect(urls).toContain(s.url);
  });
});

describe("derived salary difference for pairs nobody curated", () => {
  it.each<[string, string, string]>([
    ["accountant vs receptionist salary", "accountant", "receptionist"],
    ["receptionist vs accountant, who earns more?", "receptionist", "accountant"],
    ["bookkeeper vs product manager pay", "bookkeeper", "product-manager"],
    ["store manager or logistics manager, which pays better", "store-manager", "logistics-manager"],
    ["practice manager vs warehouse manager salary", "practice-manager", "warehouse-manager"],
  ])("%s: names the better-paid role, the dollar gap and the percent", (question, a, b) => {
    expect(kb.getComparison(a, b), "precondition: not curated").toBeUndefined();
    const { parsed, answer } = engine.ask(question);
    expect(parsed.roles.map((r) => r.roleId)).toEqual([a, b]);
    expect(answer.aspect).toBe("salary");
    const [high, low] = [
      { id: a, ...datedMedian(a) },
      { id: b, ...datedMedian(b) },
    ].sort((x, y) => y.median - x.median) as [{ id: string; median: number; year: number }, { id: string; median: number; year: number }];
    expect(high.median).toBeGreaterThan(low.median);
    const gap = high.median - low.median;
    const percent = Math.round((gap / low.median) * 100);
    // "Who earns more" gets a verdict first; "X vs Y pay" a derived key difference.
    const asksWhich = answer.kind === "which";
    const text = (asksWhich ? answer.verdict?.text : answer.keyDifference?.text) ?? "";
    if (asksWhich) expect(answer.keyDifference).toBeNull();
    else expect(answer.keyDifference?.origin).toBe("derived");
    expect(text.startsWith(`${role(high.id).title} earns more`)).toBe(true);
    expect(text).toContain(money(high.median));
    expect(text).toContain(money(low.median));
    expect(text).toContain(role(low.id).title);
    expect(text).toContain(asksWhich ? `about ${percent}% more` : `${money(gap)} (${percent}%)`);
    expect(text).toContain(String(high.year));
  });

  it("three roles: the best-paid is named and every median appears", () => {
    const ids = ["receptionist", "accountant", "store-manager"];
    const answer = engine.compare(ids, "salary");
    const best = ids.reduce((x, y) => (datedMedian(x).median >= datedMedian(y).median ? x : y));
    expect(answer.keyDifference?.text.startsWith(role(best).title)).toBe(true);
    for (const id of ids) expect(answer.keyDifference?.text).toContain(money(datedMedian(id).median));
  });
});

describe("shared statistics series", () => {
  /** Pairs of roles whose data files cite the same BLS series code. */
  function sharedSeriesPairs(): [string, string, string][] {
    const ids = [...kb.roles.keys()];
    const out: [string, string, string][] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const si = datedMedian(ids[i]!).series;
        if (si && si === datedMedian(ids[j]!).series) out.push([ids[i]!, ids[j]!, si]);
      }
    return out;
  }

  it("every pair sharing a series gets a note naming both roles and the series code in a salary answer", () => {
    const pairs = sharedSeriesPairs();
    expect(pairs.length).toBeGreaterThan(3);
    for (const [a, b, code] of pairs) {
      const answer = engine.compare([a, b], "salary");
      expect(
        answer.notes.filter((n) => n.kind === "shared-series"),
        `${a} + ${b}`,
      ).toEqual([{ kind: "shared-series", titles: [role(a).title, role(b).title], code }]);
      const notes = notesOf(answer).filter((n) => n.includes("share one BLS series"));
      expect(notes, `${a} + ${b}`).toHaveLength(1);
      expect(notes[0]).toContain(code);
      expect(notes[0]).toContain(role(a).title);
      expect(notes[0]).toContain(role(b).title);
    }
  });

  it("without a curated sentence, the key difference says the shared median cannot tell them apart", () => {
    expect(kb.getComparison("general-manager", "operations-director")).toBeUndefined();
    const answer = engine.ask("general manager vs director of operations salary").answer;
    const { median, series } = datedMedian("general-manager");
    expect(series).toBe(datedMedian("operations-director").series);
    expect(answer.keyDifference?.text).toContain(series!);
    expect(answer.keyDifference?.text).toContain(money(median));
    expect(answer.keyDifference?.text).toMatch(/cannot tell them apart/);
  });

  it("no shared-series note when the series differ", () => {
    const answer = engine.compare(["accountant", "receptionist"], "salary");
    expect(datedMedian("accountant").series).not.toBe(datedMedian("receptionist").series);
    expect(answer.notes.some((n) => n.kind === "shared-series")).toBe(false);
  });
});

describe("office manager pay: both sources, each with its year and source", () => {
  let answer: Answer;
  beforeAll(() => {
    answer = engine.ask("how much does an office manager make?").answer;
  });

  it("shows the founding article's $51,000 with no year, and BLS 2024's $66,140", () => {
    expect(answer.intent).toBe("profile");
    expect(answer.aspect).toBe("salary");
    const figures = answer.roles[0]!.figures;
    const article = figures.find((f) => f.median === 51_000);
    const bls = figures.find((f) => f.median === 66_140);
    expect(article?.year).toBeNull();
    expect(article?.source.url).toContain("megainterview.com");
    expect(bls?.year).toBe(2024);
    expect(bls?.source.url).toContain("bls.gov");
    expect(bls?.series?.code).toBe("43-1011");
  });

  it("lists both sources and notes that they disagree", () => {
    const urls = answer.sources.map((s) => s.url);
    expect(urls.some((u) => u.includes("megainterview.com"))).toBe(true);
    expect(urls.some((u) => u.includes("bls.gov/oes"))).toBe(true);
    expect(answer.notes).toContainEqual({
      kind: "sources-disagree",
      title: "Office Manager",
      medians: [expect.objectContaining({ amount: 51_000, currency: "USD" }), expect.objectContaining({ amount: 66_140, currency: "USD" })],
    });
    expect(notesOf(answer).join("\n")).toMatch(/disagree.*\$51,000.*\$66,140/);
  });

  it("the text a user reads puts each figure next to its year (or 'year not stated') and source", () => {
    const lines = renderText(answer).split("\n");
    const articleLine = lines.find((l) => l.includes("$51,000"));
    const blsLine = lines.find((l) => l.includes("$66,140"));
    expect(articleLine).toMatch(/Megainterview, year not stated/);
    expect(blsLine).toMatch(/\bBLS, 2024/);
  });
});

describe("a place named in the question", () => {
  it("says the figures are national in pay, outlook, overview and requirements answers", () => {
    // Once: as the first line of a pay answer, else as a note.
    for (const q of ["office manager salary in texas", "what do you need to be an office manager in texas", "office manager outlook in ohio"]) {
      expect(renderText(engine.ask(q).answer).match(/I only have US national figures, not figures for (Texas|Ohio)/g), q).toHaveLength(1);
    }
    expect(renderText(engine.ask("office manager duties in texas").answer)).not.toMatch(/national figures/);
  });
});

describe("requirements and career facts", () => {
  const EDUCATION_WORDS: Record<EducationLevel, string> = {
    none: "no formal education",
    "high-school": "high-school diploma",
    "postsecondary-certificate": "postsecondary certificate",
    "some-college": "some college",
    associate: "associate degree",
    bachelor: "bachelor's degree",
    master: "master's degree",
    doctorate: "doctorate",
  };

  it.each(["accountant vs store manager requirements", "do you need a degree to be a bookkeeper or an office clerk?"])(
    "%s: education and experience facts come from data/",
    (question) => {
      const answer = engine.ask(question).answer;
      expect(answer.aspect).toBe("requirements");
      expect(answer.roles).toHaveLength(2);
      for (const r of answer.roles) {
        const req = role(r.roleId).requirements;
        const f = facts(r);
        expect(f.Education).toContain(EDUCATION_WORDS[req.education.typical]);
        if (req.experience.minYears > 0) expect(f.Experience).toContain(`${req.experience.minYears}`);
        else expect(f.Experience).toMatch(/no prior experience/);
        // "do you need a degree…" leads with a verdict, and the card under it keeps its first bullets.
        const lead = answer.verdict ?? answer.keyDifference;
        expect(r.bullets).toEqual(answer.verdict ? req.bullets.slice(0, 2) : req.bullets);
        expect(lead?.text).toContain(r.title);
        expect(lead?.text).toContain(EDUCATION_WORDS[req.education.typical]);
      }
    },
  );

  it("every role's career facts name linked roles by title, never by id", () => {
    for (const r of curatedRoles(kb)) {
      const f = facts(engine.compare([r.id], "career").roles[0]);
      expect(f.Level).toBeTruthy();
      expect(f["Reports to"]).toBe(r.career.reportsTo.join("; "));
      const expectTitles = (value: string | undefined, linked: readonly string[]) => {
        if (linked.length === 0) return expect(value).toBeUndefined();
        expect(value?.split(", "), r.id).toEqual(linked.map((id) => role(id).title));
      };
      expectTitles(f["Can lead to"], r.career.next);
      expectTitles(f["Often comes from"], r.career.previous);
    }
  });

  it("a derived career difference names the more senior role", () => {
    expect(kb.getComparison("receptionist", "chief-operating-officer")).toBeUndefined();
    const answer = engine.compare(["receptionist", "chief-operating-officer"], "career");
    expect(answer.keyDifference?.text.startsWith("Chief Operating Officer is the more senior role")).toBe(true);
  });
});

describe("overview facts", () => {
  it("a profile shows the summary, the first duties, level, education and the headline median with source", () => {
    const answer = engine.ask("tell me about the bookkeeper job").answer;
    const r = answer.roles[0]!;
    expect(answer.keyDifference).toBeNull();
    // A first look: the summary's first sentence and the first two duties.
    expect(role("bookkeeper").summary.startsWith(r.summary.replace(/…$/, ""))).toBe(true);
    expect(r.summary).toMatch(/[.!?…]$/);
    expect(r.bullets).toEqual(role("bookkeeper").duties.slice(0, 2));
    const { median, year } = datedMedian("bookkeeper");
    expect(facts(r)["Median pay"]).toContain(money(median));
    expect(facts(r)["Median pay"]).toContain(String(year));
  });
});

describe("interpretations and unknown roles", () => {
  it("a typo answers with an 'interpreted as' note and no confirmation needed", () => {
    const answer = engine.ask("recepionist salary").answer;
    expect(answer.notes).toEqual([{ kind: "interpreted-as", typed: "recepionist", roleId: "receptionist", title: "Receptionist" }]);
    expect(notesOf(answer)).toContain('Interpreted "recepionist" as Receptionist.');
    expect(answer.needsConfirmation).toBe(false);
  });

  it("an unknown role gets 'I don't know' with known roles to try instead", () => {
    const { parsed, answer } = engine.ask("what does a marketing coordinator earn");
    expect(answer.intent).toBe("unknown");
    expect(answer.heading).toContain('"marketing coordinator"');
    expect(answer.unknownRoles).toEqual(["marketing coordinator"]);
    expect(answer.suggestions.map((s) => s.roleId)).toEqual(parsed.suggestions);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    for (const s of answer.suggestions) expect(s.title).toBe(role(s.roleId).title);
    expect(answer.roles).toEqual([]);
  });

  it("an unknown role next to a known one says which one it does know", () => {
    const answer = engine.ask("marketing manager vs office manager").answer;
    expect(answer.intent).toBe("unknown");
    expect(answer.notes).toEqual([{ kind: "known-roles", titles: ["Office Manager"] }]);
    expect(notesOf(answer).join(" ")).toContain("I do know Office Manager.");
    expect(answer.suggestions.map((s) => s.roleId)).not.toContain("office-manager");
  });

  it("with four roles named, the answer never claims not to know one of them", () => {
    const answer = engine.ask("accountant vs bookkeeper vs secretary vs receptionist").answer;
    expect(answer.notes.filter((n) => n.kind === "left-out")).toEqual([]);
    expect(answer.notes).toContainEqual({ kind: "skipped", titles: ["Receptionist"] });
    expect(notesOf(answer).join("\n")).not.toMatch(/I don't know "receptionist"/);
  });
});

describe("list and help", () => {
  it("list: all 32 roles, each once, grouped under its own family in the families' display order", () => {
    const answer = engine.ask("which roles do you know?").answer;
    expect(answer.intent).toBe("list");
    expect(answer.aspect).toBeNull();
    const listed = answer.families.flatMap((f) => f.roles.map((r) => r.roleId));
    expect(listed).toHaveLength(32);
    expect(new Set(listed)).toEqual(new Set(kb.roles.keys()));
    for (const family of answer.families) {
      expect(family.label).toBe(FAMILIES[family.family as FamilyId]);
      expect(family.roles.length).toBeGreaterThan(0);
      for (const r of family.roles) {
        expect(role(r.roleId).family).toBe(family.family);
        expect(r.title).toBe(role(r.roleId).title);
      }
    }
    const order = answer.families.map((f) => FAMILY_IDS.indexOf(f.family as FamilyId));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(answer.heading).toContain("32");
    expect(engine.listRoles()).toEqual(answer);
  });

  it("help: a heading and the example questions", () => {
    const answer = engine.ask("how do I use this bot?").answer;
    expect(answer.intent).toBe("help");
    expect(answer.aspect).toBeNull();
    expect(answer.heading).toMatch(/how to ask/i);
    expect(answer.examples).toEqual([...EXAMPLE_QUESTIONS]);
    expect(engine.help()).toEqual(answer);
  });

  it("none: an empty answer", () => {
    const answer = engine.ask("lol same").answer;
    expect(answer).toMatchObject({ intent: "none", aspect: null, roles: [], keyDifference: null, sources: [] });
  });
});

describe("engine.compare (slash commands, buttons) equals asking in words", () => {
  it.each<[string, string[], AspectId]>([
    ["bookkeeper vs accountant duties", ["bookkeeper", "accountant"], "duties"],
    ["ops mgr vs GM salary", ["operations-manager", "general-manager"], "salary"],
    ["receptionist vs secretary vs admin assistant", ["receptionist", "secretary", "administrative-assistant"], "overview"],
    ["what's the work environment like for a warehouse manager", ["warehouse-manager"], "environment"],
    ["office manager vs office coordinator, seniority", ["office-manager", "office-coordinator"], "career"],
    ["skills for a business analyst vs an operations analyst", ["business-analyst", "operations-analyst"], "skills"],
    ["requirements for an HR manager role", ["human-resources-manager"], "requirements"],
  ])("%s", (question, ids, aspect) => {
    const { parsed, answer } = engine.ask(question);
    expect(parsed.roles.map((r) => r.roleId)).toEqual(ids);
    expect(parsed.aspect).toBe(aspect);
    // A slash command asks for an aspect's facts; the words may ask for a verdict ("who is more senior?").
    expect(engine.compare(ids, aspect)).toEqual({ ...answer, kind: "facts" });
  });

  it("a verdict question ('who is more senior?') leads with the verdict over the same card a slash command shows", () => {
    const { answer } = engine.ask("office manager vs office coordinator, who is more senior?");
    expect(answer.kind).toBe("which");
    expect(answer.verdict?.text).toMatch(/^Office Manager is the more senior role/);
    const card = engine.compare(["office-manager", "office-coordinator"], "career");
    expect(card.verdict).toBeNull();
    expect(answer.roles.map((r) => [r.roleId, r.facts.slice(0, 2)])).toEqual(card.roles.map((r) => [r.roleId, r.facts.slice(0, 2)]));
  });

  it("drops ids it does not know and repeated ids", () => {
    const answer = engine.compare(["office-manager", "not-a-role", "office-manager"], "salary");
    expect(answer.intent).toBe("profile");
    expect(answer.roles.map((r) => r.roleId)).toEqual(["office-manager"]);
  });
});

describe("every example question shown to users works", () => {
  it.each([...EXAMPLE_QUESTIONS])("%s", (question) => {
    const { parsed, answer } = engine.ask(question);
    expect(["compare", "profile"]).toContain(parsed.intent);
    expect(parsed.tier).toBe("exact");
    expect(parsed.unknownRoles).toEqual([]);
    expect(answer.roles.length).toBe(parsed.roles.length);
    expect(answer.heading).toContain(answer.roles[0]!.title);
  });
});
