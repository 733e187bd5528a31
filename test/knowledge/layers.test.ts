// The curated layer over the imported occupations, on invented data: what each layer contributes,
// how they meet (codes, names, one wage release), and the errors a stale or broken import gives.
import { writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { knowledgeStats } from "../../src/knowledge/knowledge-stats.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { renderText } from "../../src/render/render-text.js";
import { curatedRole } from "../support/curated-knowledge.js";
import { removeDataDirs, validRole, writeData } from "./fixtures.js";
import { occupationsFile, writeOccupations } from "./occupation-fixtures.js";

afterEach(removeDataDirs);

/** A curated role that names the invented 43-1011.00 and cites a 2024 wage table for its series. */
function curatedClerk() {
  const role = validRole("test-clerk", "Test Clerk");
  role.code = "43-1011.00";
  role.aliases = ["widget analyst lead"];
  role.sources = [
    {
      id: "bls-oews-2024",
      kind: "wage-table",
      title: "OEWS May 2024: 43-1011",
      url: "https://example.com/oews-2024",
      year: 2025,
      publisher: "U.S. Bureau of Labor Statistics",
    },
  ];
  role.salary = {
    figures: [
      {
        source: "bls-oews-2024",
        year: 2024,
        region: "US",
        currency: "USD",
        period: "annual",
        series: { code: "43-1011", title: "Test Clerk Supervisors" },
        median: 41000,
      },
    ],
  };
  return role;
}

async function layered(file: object = occupationsFile()) {
  const dir = await writeData({ roles: { "test-clerk": curatedClerk() } });
  await writeOccupations(dir, file);
  return { dir, kb: await loadKnowledge(dir) };
}

describe("knowledge layers", () => {
  it("loads the curated roles over the imported occupations, with SOC major groups as families", async () => {
    const { kb } = await layered();
    expect(kb.curatedCount).toBe(1);
    expect(kb.occupationCount).toBe(3);
    const tuner = kb.getRole("91-1011.00")!;
    expect(tuner).toMatchObject({ kind: "occupation", title: "Widget Tuner", family: "soc-91", code: "91-1011.00" });
    expect(kb.familyLabel(tuner.family)).toBe("Widget Occupations");
    const clerk = kb.getRole("test-clerk")!;
    expect(clerk.kind).toBe("curated");
    expect(clerk.occupation?.code).toBe("43-1011.00");
    expect(
      kb
        .entriesWithCode("43-1011.00")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["43-1011.00", "test-clerk"]);
    expect(knowledgeStats(kb)).toMatchObject({ curatedRoles: 1, occupations: 3, sharedTitles: 1 });
  });

  it("runs on the curated roles alone when nothing was imported", async () => {
    const dir = await writeData({ roles: { "test-clerk": curatedClerk() } });
    const kb = await loadKnowledge(dir);
    expect(kb.occupationCount).toBe(0);
    expect(kb.imported).toBeNull();
    expect(curatedRole(kb, "test-clerk").code).toBe("43-1011.00");
  });

  it("names the file and field when a curated role's code is not in the imported release", async () => {
    const role = curatedClerk();
    role.code = "99-9999.00";
    const dir = await writeData({ roles: { "test-clerk": role } });
    await writeOccupations(dir);
    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).problems.join("\n")).toMatch(
      /test-clerk\.yaml: code: "99-9999\.00" is not an occupation in the imported O\*NET 99\.9 release/,
    );
  });

  it("refuses a file written by another importer version, and says to import again", async () => {
    const dir = await writeData({ roles: { "test-clerk": curatedClerk() } });
    await writeOccupations(dir, { ...occupationsFile(), format: "rolecompare-occupations/0" });
    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(String((error as Error).message)).toMatch(/imported\/occupations\.json: format: .*npm run import-occupations/);
  });

  it("refuses a truncated file instead of starting half-loaded", async () => {
    const dir = await writeData({ roles: { "test-clerk": curatedClerk() } });
    const path = await writeOccupations(dir);
    await writeFile(path, JSON.stringify(occupationsFile()).slice(0, 500));
    await expect(loadKnowledge(dir)).rejects.toThrow(/not valid JSON.*import-occupations/);
  });

  it("checks every occupation when asked for full validation", async () => {
    const file = occupationsFile();
    (file.occupations[0] as { code: string }).code = "not-a-code";
    const dir = await writeData({ roles: { "test-clerk": curatedClerk() } });
    await writeOccupations(dir, file);
    await expect(loadKnowledge(dir, { validation: "full" })).rejects.toThrow(/occupations\[0\]\.code/);
  });
});

describe("answers across the layers", () => {
  it("a pay gap of a few percent is 'about the same', never 'earns more'", async () => {
    const file = occupationsFile();
    file.wageSeries["91-2022"] = { ...file.wageSeries["91-2022"]!, annual: { ...file.wageSeries["91-2022"]!.annual, median: 79000 } };
    const engine = createEngine((await layered(file)).kb);
    const { answer } = engine.ask("widget tuner vs widget inspector salary");
    expect(answer.keyDifference?.text).toBe("Median pay is about the same: Widget Tuner $80,000, Widget Inspector $79,000 (BLS, May 2098).");
  });

  it("compares two imported occupations on pay from one release, citing it, with the O*NET credit", async () => {
    const engine = createEngine((await layered()).kb);
    const { parsed, answer } = engine.ask("widget tuner vs widget inspector salary");
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["91-1011.00", "91-2022.00"]);
    expect(answer.keyDifference?.text).toMatch(/Widget Tuner earns more: a median of \$80,000 vs \$50,000/);
    expect(answer.roles[0]!.figures[0]).toMatchObject({ year: 2098, median: 80000, percentiles: { p10: 44000, p90: 128000 } });
    expect(answer.sources.map((s) => s.title)).toContain("Occupational Employment and Wages, May 2098: 91-1011 Widget Tuners");
    expect(answer.sources.every((s) => s.kind === "wage-table")).toBe(true);
    const overview = engine.compare(["91-1011.00", "91-2022.00"], "overview");
    expect(overview.credits.join(" ")).toMatch(/O\*NET 99\.9 by USDOL\/ETA \(CC BY 4\.0\), summarised here/);
    expect(renderText(overview)).toContain("USDOL/ETA has not approved");
    // A pay answer shows only BLS figures, so it carries no O*NET credit; /help carries the full lines.
    expect(answer.credits).toEqual([]);
    expect(engine.help().credits.join("\n")).toMatch(/This includes information from the O\*NET 99\.9 Database[\s\S]*\(OEWS\), May 2098/);
  });

  it("refreshes a curated role's wage-table figure from the imported release, keeping one release per answer", async () => {
    const engine = createEngine((await layered()).kb);
    const figure = engine.compare(["test-clerk"], "salary").roles[0]!.figures[0]!;
    expect(figure).toMatchObject({ year: 2098, median: 60000, series: { code: "43-1011" } });
    expect(figure.source.title).toMatch(/May 2098/);
  });

  it("derives the skills difference from O*NET importance gaps", async () => {
    const engine = createEngine((await layered()).kb);
    const text = engine.compare(["91-1011.00", "91-2022.00"], "skills").keyDifference?.text ?? "";
    expect(text).toMatch(/^Widget Tuner leans more on Widget Sense; Widget Inspector on Inspection \(O\*NET importance ratings\)\.$/);
  });

  it("leads an overview with its largest difference: pay when the gap is wide, growth when pay is about the same", async () => {
    const wide = createEngine((await layered()).kb).compare(["91-1011.00", "91-2022.00"], "overview").keyDifference?.text ?? "";
    expect(wide).toMatch(/^Widget Tuner earns about 60% more than Widget Inspector/);
    const file = occupationsFile();
    file.wageSeries["91-2022"] = { ...file.wageSeries["91-2022"]!, annual: { ...file.wageSeries["91-2022"]!.annual, median: 79000 } };
    file.occupations[1]!.projection = { ...file.occupations[1]!.projection!, entryEducation: "Bachelor's degree" };
    const close = createEngine((await layered(file)).kb).compare(["91-1011.00", "91-2022.00"], "overview").keyDifference?.text ?? "";
    expect(close).toMatch(/^Widget Tuner is projected to grow faster: \+10% vs -4% for Widget Inspector/);
    expect(close).not.toMatch(/about the same/);
  });

  it("'is a widget tuner a widget inspector' says the data keeps them apart", async () => {
    const engine = createEngine((await layered()).kb);
    expect(engine.ask("is a widget tuner a widget inspector").answer.verdict?.text).toMatch(/^No: the data counts them as different occupations, Widget Tuner/);
    // One role named as a kind of job is no identity question.
    expect(engine.ask("is a widget tuner a good job").answer.verdict?.text ?? "").not.toMatch(/different occupations/);
  });

  it("says which shrinks less when every one is projected to shrink, and names a lone side's skills in full", async () => {
    const file = occupationsFile();
    file.occupations[0]!.projection = { ...file.occupations[0]!.projection!, changePercent: -1 };
    file.occupations[1]!.skills = file.occupations[0]!.skills.map((r) => (r ? ([r[0] - 1, r[1]] as [number, number]) : r));
    const engine = createEngine((await layered(file)).kb);
    expect(engine.compare(["91-1011.00", "91-2022.00"], "outlook").keyDifference?.text).toMatch(/^Widget Tuner is projected to shrink less: -1% vs -4%/);
    expect(engine.compare(["91-2022.00", "91-1011.00"], "skills").keyDifference?.text).toMatch(/^Widget Tuner leans more on Widget Sense/);
  });

  it("says nothing about skills where O*NET rated none, rather than calling two occupations alike", async () => {
    const file = occupationsFile();
    const inspector = file.occupations[1]!;
    inspector.skills = inspector.skills.map(() => null);
    inspector.knowledge = inspector.knowledge.map(() => null);
    const engine = createEngine((await layered(file)).kb);
    expect(engine.compare(["91-1011.00", "91-2022.00"], "skills").keyDifference?.text).not.toMatch(/alike|leans more/);
    expect(engine.compare(["91-1011.00", "91-2022.00"], "overview").keyDifference?.text).not.toMatch(/alike/);
  });

  it("answers outlook from the projections, and says which grows faster", async () => {
    const engine = createEngine((await layered()).kb);
    const answer = engine.compare(["91-1011.00", "91-2022.00"], "outlook");
    expect(answer.roles[0]!.facts).toContainEqual({ label: "Jobs, 2024 → 2034", value: "100,000 → 110,000 (+10%)" });
    expect(answer.keyDifference?.text).toMatch(/Widget Tuner is projected to grow faster: \+10% vs -4% for Widget Inspector/);
    expect(answer.sources.map((s) => s.kind)).toEqual(["projections"]);
  });

  it("reads a member's own experience as chat, and the experience a job asks for as a question", async () => {
    const engine = createEngine((await layered()).kb);
    expect(engine.ask("does anyone have experience with widget tuners?").parsed.intent).toBe("none");
    expect(engine.ask("how much experience does a widget tuner need?").parsed).toMatchObject({ intent: "profile", aspect: "requirements" });
  });

  it("takes a short title typed in capitals as a job, and the same letters in lower case as chat", async () => {
    const engine = createEngine((await layered()).kb);
    expect(engine.ask("is WT fun?").parsed.roles.map((r) => r.roleId)).toEqual(["91-1011.00"]);
    expect(engine.ask("is wt fun?").parsed.intent).toBe("none");
  });

  it("resolves a title shared by two occupations to the stronger claim and keeps the other as an alternative", async () => {
    const engine = createEngine((await layered()).kb);
    // Equal claims (both alternate titles): the occupation with more workers is the likelier meaning.
    expect(engine.ask("what does a widget analyst do?").parsed.roles.map((r) => r.roleId)).toEqual(["91-2022.00"]);
    // A curated name beats any imported one; a plural title and a short title match their occupation.
    expect(engine.ask("widget analyst lead salary").parsed.roles.map((r) => r.roleId)).toEqual(["test-clerk"]);
    expect(engine.ask("what do widget tuners do?").parsed.roles.map((r) => r.roleId)).toEqual(["91-1011.00"]);
    expect(engine.ask("widget fettler vs quality checker").parsed.roles.map((r) => r.roleId)).toEqual(["91-1011.00", "91-2022.00"]);
  });
});
