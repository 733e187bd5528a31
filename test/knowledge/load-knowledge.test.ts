// loadKnowledge on small fixtures: one valid base, then one kind of fault per test. Every rejection
// must be a KnowledgeError whose problem lines name the file and the field.
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { curatedRole } from "../support/curated-knowledge.js";
import { expectProblem, loadProblems, removeDataDirs, setPath, validComparison, validRole, writeData } from "./fixtures.js";

afterEach(removeDataDirs);

const A = "test-clerk";
const B = "test-manager";

/** Two linked roles and a comparison: the base every fault below is a variation of. */
function validBase() {
  const a = validRole(A, "Test Clerk");
  const b = validRole(B, "Test Manager");
  a.career.next = [B];
  b.career.previous = [A];
  a.aliases = ["junior tester"];
  b.aliases = ["test boss"];
  return { a, b, comparison: validComparison(A, B) };
}

const sentence = (length: number) => "x".repeat(length - 1) + ".";

describe("loadKnowledge: valid data", () => {
  it("loads a valid fixture into a knowledge base", async () => {
    const { a, b, comparison } = validBase();
    const dir = await writeData({ roles: { [A]: a, [B]: b }, comparisons: { [`${A}__${B}`]: comparison } });
    const kb = await loadKnowledge(dir);
    expect([...kb.roles.keys()].sort()).toEqual([A, B]);
    expect(kb.getRole(A)?.title).toBe("Test Clerk");
    expect(curatedRole(kb, A).requirements.certifications).toEqual([]); // defaults applied
    expect(kb.comparisonCount).toBe(1);
    expect(kb.getComparison(B, A)?.roles).toEqual([A, B]);
  });

  it("loads JSON role files as well as YAML", async () => {
    const { a, b } = validBase();
    const dir = await writeData({ roles: { [A]: a, [`${B}.json`]: JSON.stringify(b) } });
    const kb = await loadKnowledge(dir);
    expect(curatedRole(kb, B).career.previous).toEqual([A]);
  });
});

describe("loadKnowledge: one fault per case, reported with file and field", () => {
  it("reports a missing required field", async () => {
    const { a, b } = validBase();
    setPath(a, "summary", undefined);
    setPath(b, "requirements.education.typical", undefined);
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expectProblem(problems, `roles/${A}.yaml`, "summary: missing, expected text");
    expectProblem(problems, `roles/${B}.yaml`, "requirements.education.typical: ", "expected one of");
  });

  it("reports a value of the wrong type and quotes it", async () => {
    const { a, b } = validBase();
    setPath(a, "salary.figures.0.median", "about 35k");
    setPath(b, "career.previous", A); // a list written as a single value
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expectProblem(problems, `roles/${A}.yaml`, `salary.figures[0].median: expected a number, got "about 35k"`);
    expectProblem(problems, `roles/${B}.yaml`, `career.previous: expected a list, got "${A}"`);
  });

  it("reports an unknown (misspelt) field, top-level and nested", async () => {
    const { a, b } = validBase();
    setPath(a, "salry", { figures: [] });
    setPath(b, "requirements.education.degree", "bachelor");
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expectProblem(problems, `roles/${A}.yaml`, "salry: unknown field");
    expectProblem(problems, `roles/${B}.yaml`, "requirements.education.degree: unknown field");
  });

  it("reports an alias that names two roles, even written differently", async () => {
    const { a, b } = validBase();
    a.aliases = ["Records Keeper"];
    b.aliases = ["records-keeper"];
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expect(problems).toHaveLength(1);
    expectProblem(problems, `roles/${B}.yaml`, `aliases[0]: "records-keeper" also names ${A}`, `roles/${A}.yaml`);
  });

  it("reports an alias that is another role's title", async () => {
    const { a, b } = validBase();
    b.aliases = ["test clerk"];
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expectProblem(problems, `roles/${B}.yaml`, `aliases[0]: "test clerk" also names ${A}`);
  });

  it("reports a career link to a role that does not exist", async () => {
    const { a, b } = validBase();
    a.career.next = [B, "chief-tester"];
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expect(problems).toHaveLength(1);
    expectProblem(problems, `roles/${A}.yaml`, `career.next[1]: "chief-tester" is not a known role id`);
  });

  it("reports a comparison that names an unknown role", async () => {
    const { a, b } = validBase();
    const dir = await writeData({
      roles: { [A]: a, [B]: b },
      comparisons: { [`${A}__ghost-role`]: validComparison(A, "ghost-role") },
    });
    const problems = await loadProblems(dir);
    expect(problems).toHaveLength(1);
    expectProblem(problems, `comparisons/${A}__ghost-role.yaml`, `roles[1]: "ghost-role" is not a known role id`);
  });

  it("reports a comparison whose file name does not match its roles", async () => {
    const { a, b } = validBase();
    const dir = await writeData({
      roles: { [A]: a, [B]: b },
      comparisons: { [`${B}__${A}`]: validComparison(A, B) },
    });
    const problems = await loadProblems(dir);
    expect(problems).toHaveLength(1);
    expectProblem(problems, `comparisons/${B}__${A}.yaml`, "roles: the file name should be", `${A}__${B}`);
  });

  it("reports a bullet over the length limit, with its length", async () => {
    const { a, b } = validBase();
    a.duties.push(sentence(201));
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expectProblem(problems, `roles/${A}.yaml`, "duties[1]: expected at most 200 characters (got 201)");
  });

  it("accepts a bullet exactly at the limit", async () => {
    const { a, b } = validBase();
    a.duties.push(sentence(200));
    await expect(loadKnowledge(await writeData({ roles: { [A]: a, [B]: b } }))).resolves.toBeDefined();
  });

  it("reports a section whose bullets render over Discord's 1024-character field", async () => {
    const { a, b } = validBase();
    a.skills = Array.from({ length: 6 }, () => sentence(190)); // each renders as "• " + text + newline
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expect(problems).toHaveLength(1);
    expectProblem(problems, `roles/${A}.yaml`, "skills: renders to 1157 characters", "1024");
  });

  it("reports a salary figure whose source is not in sources", async () => {
    const { a, b } = validBase();
    a.salary.figures[0]!.source = "bls-typo";
    const problems = await loadProblems(await writeData({ roles: { [A]: a, [B]: b } }));
    expect(problems).toHaveLength(1);
    expectProblem(problems, `roles/${A}.yaml`, `salary.figures[0].source: "bls-typo" is not an id in sources`, "test-source");
  });

  it("reports invalid YAML with its line number", async () => {
    const { b } = validBase();
    const broken = ["id: test-clerk", "title: Test Clerk", "duties:", "  - one", " - badly indented", ""].join("\n");
    const problems = await loadProblems(await writeData({ roles: { [A]: broken, [B]: b } }));
    const problem = problems.find((p) => p.includes(`roles/${A}.yaml: not valid YAML`));
    expect(problem, problems.join("\n")).toMatch(/: not valid YAML \(line 5, column \d+\): \S/);
    expect(problem).not.toMatch(/:\s*$/); // the reason is stated, not cut off before the code excerpt
  });

  it("reports a repeated key in YAML", async () => {
    const { b } = validBase();
    const yaml = ["id: test-clerk", "title: Test Clerk", "title: Other", ""].join("\n");
    const problems = await loadProblems(await writeData({ roles: { [A]: yaml, [B]: b } }));
    expectProblem(problems, `roles/${A}.yaml`, "not valid YAML (line 3, column 1)", "unique");
  });

  it("reports an id that differs from the file name", async () => {
    const { a, b } = validBase();
    const problems = await loadProblems(await writeData({ roles: { "test-klerk": a, [B]: b } }));
    expectProblem(problems, "roles/test-klerk.yaml", `id: "${A}" should equal the file name "test-klerk"`);
  });

  it("rejects a data folder without roles", async () => {
    const problems = await loadProblems(await writeData({ comparisons: {} }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/roles: no role files/);
  });
});

describe("loadKnowledge: reporting", () => {
  it("reports every problem in every file together, not only the first", async () => {
    const { a, b } = validBase();
    const c = validRole("test-trainee", "Test Trainee"); // sorts after test-manager, so c is the one blamed
    setPath(a, "summary", undefined); // missing field
    setPath(a, "salary.figures.0.median", "about 35k"); // wrong type, same file
    setPath(a, "hobbies", ["chess"]); // unknown field, same file
    b.career.next = ["chief-tester"]; // cross-file: dangling link
    c.aliases = ["test boss"]; // cross-file: alias of test-manager
    const dir = await writeData({
      roles: { [A]: a, [B]: b, "test-trainee": c, "test-broken": "id: [unclosed\n" },
      comparisons: { [`${B}__nobody`]: validComparison(B, "nobody") },
    });
    const problems = await loadProblems(dir);
    expectProblem(problems, `roles/${A}.yaml`, "summary: missing");
    expectProblem(problems, `roles/${A}.yaml`, "salary.figures[0].median: expected a number");
    expectProblem(problems, `roles/${A}.yaml`, "hobbies: unknown field");
    expectProblem(problems, `roles/${B}.yaml`, `career.next[0]: "chief-tester" is not a known role id`);
    expectProblem(problems, "roles/test-trainee.yaml", `aliases[0]: "test boss" also names ${B}`);
    expectProblem(problems, "roles/test-broken.yaml", "not valid YAML");
    expectProblem(problems, `comparisons/${B}__nobody.yaml`, `roles[1]: "nobody" is not a known role id`);
    expect(problems, problems.join("\n")).toHaveLength(7); // exactly these: nothing lost, nothing spurious

    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toContain(`has ${problems.length} problems`);
    for (const p of problems) expect((error as KnowledgeError).message).toContain(p);
  });

  it("does not blame other files for links to a role that exists but failed validation", async () => {
    const { a, b, comparison } = validBase();
    setPath(a, "summary", undefined);
    const dir = await writeData({ roles: { [A]: a, [B]: b }, comparisons: { [`${A}__${B}`]: comparison } });
    const problems = await loadProblems(dir);
    expect(problems).toEqual([expect.stringContaining(`roles/${A}.yaml: summary: missing`)]);
  });
});
