// The terminal text and the JSON line of the evaluation contract, drawn from an Answer. Hand-made
// answers pin down the layout; answers from the engine check the contract fields end to end.
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { stripVTControlCharacters } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLE, BLS, answer, figure, roleFacts } from "../support/answer-fixtures.js";
import { createEngine, type Engine } from "../../src/engine.js";
import { ASPECT_IDS } from "../../src/knowledge/aspects.js";
import { renderJson } from "../../src/render/render-json.js";
import { renderText } from "../../src/render/render-text.js";

/** Text with its terminal colour codes removed. */
const plain = (text: string) => stripVTControlCharacters(text);

const salaryAnswer = answer({
  heading: "Widget Maker vs Gadget Fixer: Salary",
  keyDifference: { text: "Widget makers earn a little more.", origin: "derived" },
  roles: [
    roleFacts("widget-maker", "Widget Maker", {
      bullets: ["Makes widgets all day"],
      facts: [{ label: "Reports to", value: "Head of widgets" }],
      figures: [
        figure({ median: 52_340, percentiles: { p10: 30_000, p90: { atLeast: 99_000 } }, series: { code: "99-0001", title: "Widget Makers" } }),
        figure({ source: ARTICLE, year: null, median: 48_000, entry: { low: 40_000, high: 45_000 } }),
      ],
    }),
    roleFacts("gadget-fixer", "Gadget Fixer", { figures: [figure({ roleId: "gadget-fixer", median: 21.5, period: "hourly", indicative: true })] }),
  ],
  notes: [{ kind: "indicative", title: "Gadget Fixer" }],
  sources: [BLS, ARTICLE],
});

describe("renderText: a comparison", () => {
  const text = renderText(salaryAnswer, { color: false });
  const lines = text.split("\n");

  it("starts with the heading, then the key difference", () => {
    expect(lines[0]).toBe("Widget Maker vs Gadget Fixer: Salary");
    expect(lines[1]).toBe("Key difference: Widget makers earn a little more.");
  });

  it("shows each role with its facts and bullets, in order", () => {
    const maker = lines.findIndex((l) => l.includes("Widget Maker") && l.includes("▸"));
    const fixer = lines.findIndex((l) => l.includes("Gadget Fixer") && l.includes("▸"));
    expect(maker).toBeGreaterThan(1);
    expect(fixer).toBeGreaterThan(maker);
    const makerBlock = lines.slice(maker, fixer).join("\n");
    expect(makerBlock).toContain("Reports to: Head of widgets");
    expect(makerBlock).toMatch(/•\s+Makes widgets all day/);
  });

  it("puts every figure on a line with its amount, period, region, source and year", () => {
    const dated = lines.find((l) => l.includes("$52,340"));
    expect(dated).toMatch(/a year \(US, Statistics Bureau, 2024\)/);
    expect(dated).toContain("$30,000");
    expect(dated).toContain("≥ $99,000");
    const undated = lines.find((l) => l.includes("$48,000"));
    expect(undated).toMatch(/Some Blog, year not stated/);
    expect(undated).toContain("$40,000–$45,000");
    const hourly = lines.find((l) => l.includes("$21.5"));
    expect(hourly).toMatch(/hourly/);
    expect(hourly).toMatch(/indicative/);
    expect(text).toContain("99-0001");
  });

  it("shows the notes and one source line per publisher with year (or 'accessed') and URL", () => {
    expect(text).toContain("Note: Gadget Fixer: the statistics series is only a loose match, so treat its figures as indicative.");
    const start = lines.indexOf("Sources:");
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toMatch(/^\s*\S.* \(2025\): https:\/\/example\.org\/bls-widgets$/);
    expect(lines[start + 2]).toMatch(/^\s*\S.* \(accessed 2026\): https:\/\/example\.org\/article$/);
  });

  it("offers the other aspects, not the one shown", () => {
    const last = lines[lines.length - 1]!;
    expect(last).toMatch(/^Also ask about:/);
    for (const a of ASPECT_IDS) if (a !== "salary") expect(last).toContain(a);
    expect(last).not.toContain("salary");
  });

  it("has no colour codes unless asked, and colour codes when asked", () => {
    expect(text).toBe(plain(text));
    const coloured = renderText(salaryAnswer, { color: true });
    expect(coloured).not.toBe(plain(coloured));
    expect(plain(coloured)).toBe(text);
  });

  it("asks to confirm when the parser was unsure", () => {
    const unsure = renderText({ ...salaryAnswer, needsConfirmation: true, suggestions: [{ roleId: "widget-maker", title: "Widget Maker" }] });
    expect(unsure.split("\n")[1]).toMatch(/Did you mean Widget Maker\?/);
  });
});

describe("renderText: other intents", () => {
  it("none: a short line in kind (thanks, a greeting, anything else), with the example the answer carries", () => {
    const example = "nurse vs paramedic pay";
    expect(renderText(answer({ intent: "none", aspect: null, smallTalk: "thanks" }))).toMatch(/^Glad it helped/);
    const hello = renderText(answer({ intent: "none", aspect: null, smallTalk: "greeting", examples: [example] }));
    expect(hello).toMatch(/^Hi! Ask me how two jobs differ/);
    expect(hello).toContain(`"${example}"`);
    const other = renderText(answer({ intent: "none", aspect: null, smallTalk: "other", examples: [example] }));
    expect(other).toMatch(/^I answer questions about jobs/);
    expect(other).toContain(`"${example}"`);
    expect(other.split("\n")).toHaveLength(1);
  });

  it("help: heading, every aspect, every example", () => {
    const text = renderText(answer({ intent: "help", aspect: null, heading: "How to ask", examples: ["first example?", "second example"] }));
    expect(text.split("\n")[0]).toBe("How to ask");
    for (const a of ASPECT_IDS) expect(text).toContain(a);
    expect(text).toContain("- first example?");
    expect(text).toContain("- second example");
  });

  it("list: one line per family with its roles", () => {
    const text = renderText(
      answer({
        intent: "list",
        aspect: null,
        heading: "Roles I know (3)",
        families: [
          {
            family: "operations",
            label: "Operations",
            roles: [
              { roleId: "a", title: "Alpha Role" },
              { roleId: "b", title: "Beta Role" },
            ],
          },
          { family: "finance", label: "Finance", roles: [{ roleId: "c", title: "Gamma Role" }] },
        ],
      }),
    );
    expect(text.split("\n")).toEqual(["Roles I know (3)", "Operations: Alpha Role, Beta Role", "Finance: Gamma Role"]);
  });

  it("unknown: says what it doesn't know and offers the suggestions by title", () => {
    const text = renderText(
      answer({
        intent: "unknown",
        heading: 'I don\'t know "widget tamer" yet',
        unknownRoles: ["widget tamer"],
        suggestions: [{ roleId: "widget-maker", title: "Widget Maker" }],
      }),
    );
    expect(text).toContain('I don\'t know "widget tamer" yet');
    expect(text).toContain("Did you mean: Widget Maker?");
  });
});

describe("renderJson: the evaluation contract", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await loadCuratedKnowledge());
  });
  const CONTRACT_KEYS = ["question", "intent", "roles", "codes", "kind", "aspect", "unknownRoles", "suggestions", "answer"];
  /** Beyond the contract, render-json.ts's JsonAnswer documents three extra fields. */
  const DOCUMENTED_EXTRAS = ["confidence", "verdict", "smallTalk"];

  const json = (question: string) => {
    const { parsed, answer } = engine.ask(question);
    // What `ask --json` prints is JSON.stringify of this object: check it survives that trip.
    return JSON.parse(JSON.stringify(renderJson(question, parsed, answer))) as Record<string, unknown>;
  };

  it.each(["office manager vs operations manager salary", "receptionist", "what does a marketing manager earn", "list", "help", "lol same"])(
    "%s: exactly the contract keys plus documented extras",
    (question) => {
      expect(Object.keys(json(question)).sort()).toEqual([...CONTRACT_KEYS, ...DOCUMENTED_EXTRAS].sort());
    },
  );

  it("compare: roles in order, the aspect and the answer text", () => {
    const out = json("ops mgr vs office mgr, which pays more?");
    expect(out).toMatchObject({
      question: "ops mgr vs office mgr, which pays more?",
      intent: "compare",
      roles: ["operations-manager", "office-manager"],
      aspect: "salary",
      unknownRoles: [],
      suggestions: [],
    });
    // The verdict comes first, then the heading of the card that supports it.
    expect(out.verdict).toMatch(/^Operations Manager earns more: median \$[\d,]+ vs \$[\d,]+ a year for Office Manager/);
    expect(String(out.answer).split("\n").slice(0, 2)).toEqual([out.verdict, "Operations Manager vs Office Manager: Salary"]);
    expect(out.answer).toBe(plain(String(out.answer)));
  });

  it("profile with no aspect asked: overview", () => {
    expect(json("receptionist")).toMatchObject({ intent: "profile", roles: ["receptionist"], aspect: "overview" });
  });

  it("unknown: the unknown phrase and suggestions as role ids, with the aspect asked", () => {
    const out = json("what does a marketing manager earn");
    expect(out).toMatchObject({ intent: "unknown", roles: [], aspect: "salary", unknownRoles: ["marketing manager"] });
    expect((out.suggestions as string[]).length).toBeGreaterThan(0);
    for (const id of out.suggestions as string[]) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each<[string, string]>([
    ["lol same", "none"],
    ["which roles do you know", "list"],
    ["help pls", "help"],
  ])("%s -> %s with aspect null and no roles", (question, intent) => {
    const out = json(question);
    expect(out.intent).toBe(intent);
    expect(out.aspect).toBeNull();
    expect(out.roles).toEqual([]);
    expect(typeof out.answer).toBe("string");
    expect((out.answer as string).length).toBeGreaterThan(0);
  });

  it.each<[string, string | null]>([
    ["thanks!", "thanks"],
    ["hi", "greeting"],
    ["lol same", "other"],
    ["receptionist salary", null],
  ])("%s: smallTalk %s, and the answer text words it", (question, smallTalk) => {
    const out = json(question);
    expect(out.smallTalk).toBe(smallTalk);
    if (smallTalk === "thanks") expect(out.answer).toMatch(/^Glad it helped/);
    if (smallTalk === "greeting") expect(out.answer).toMatch(/^Hi! .*For example: "/);
  });

  it("the question is echoed exactly as asked", () => {
    const question = "  What\u2019s an EA paid?  ";
    expect(json(question).question).toBe(question);
  });

  it("confidence is a number in (0, 1], lower for a typo", () => {
    const exact = json("receptionist salary").confidence as number;
    const typo = json("recepionist salary").confidence as number;
    expect(exact).toBe(1);
    expect(typo).toBeGreaterThan(0);
    expect(typo).toBeLessThan(1);
  });
});
