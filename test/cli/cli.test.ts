// The command-line tools as a user runs them: real processes, stdin and stdout. Each spawn costs
// about a second, so all seven start together in beforeAll and the tests read their results.
import { mkdtemp, readFile, rm, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_WIDTH } from "../../src/render/chart/pay-chart-vega.js";
import { PNG_SCALE } from "../../src/render/chart/canvas-to-png.js";
import { ROOT, runTsx as run, type Run } from "../support/run-tsx.js";

const JSON_QUESTIONS = ["office manager vs operations manager salary", "which roles do you know?", "what does a marketing manager earn"];

let brokenDir: string;
let json: Run, oneShot: Run, noQuestion: Run, chat: Run, broken: Run, chart: Run, notPay: Run;

beforeAll(async () => {
  brokenDir = await mkdtemp(join(tmpdir(), "rolecompare-cli-"));
  await mkdir(join(brokenDir, "roles"));
  const receptionist = await readFile(join(ROOT, "data/roles/receptionist.yaml"), "utf8");
  const brokenYaml = receptionist.replace(/^family: .*$/m, "family: space-pirates");
  expect(brokenYaml).not.toBe(receptionist);
  await writeFile(join(brokenDir, "roles", "receptionist.yaml"), brokenYaml);

  [json, oneShot, noQuestion, chat, broken, chart, notPay] = await Promise.all([
    // The curated layer: these expectations are about its roles, whether or not the import was run.
    run("src/cli/ask.ts", ["--json", "--curated"], `${JSON_QUESTIONS.join("\n")}\n`),
    run("src/cli/ask.ts", ["--curated", "receptionist salary"]),
    run("src/cli/ask.ts", []),
    run("src/cli/chat.ts", ["--curated"], "office manager vs operations manager\nexit\n"),
    run("src/cli/ask.ts", ["--data", brokenDir, "receptionist salary"]),
    run("src/cli/ask.ts", ["--chart", join(brokenDir, "pay.png"), "office manager vs operations manager pay"]),
    run("src/cli/ask.ts", ["--chart", join(brokenDir, "skills.png"), "office manager vs operations manager skills"]),
  ]);
}, 90_000);

afterAll(async () => {
  if (brokenDir) await rm(brokenDir, { recursive: true, force: true });
});

describe("ask --chart", () => {
  it("writes the pay chart as a PNG and still prints the answer", async () => {
    expect(chart.code, chart.stderr).toBe(0);
    expect(chart.stdout).toContain("Office Manager vs Operations Manager");
    expect(chart.stderr).toMatch(new RegExp(`Chart written to .*pay\\.png \\(${CHART_WIDTH * PNG_SCALE}×\\d+ px, annual\\)`));
    const png = await readFile(join(brokenDir, "pay.png"));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it("says clearly, and writes nothing, when the question is not about pay", async () => {
    expect(notPay.code).toBe(1);
    expect(notPay.stderr).toMatch(/not a pay question/);
    await expect(readFile(join(brokenDir, "skills.png"))).rejects.toThrow();
  });
});

describe("ask --json (the evaluation contract)", () => {
  it("prints one JSON object per question, in order, with the contract fields", () => {
    expect(json.code, json.stderr).toBe(0);
    const lines = json.stdout.split("\n").filter((l) => l.trim());
    expect(lines).toHaveLength(3);
    const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const [i, o] of objects.entries()) {
      for (const key of ["question", "intent", "roles", "aspect", "unknownRoles", "suggestions", "answer"]) expect(o, key).toHaveProperty(key);
      expect(o.question).toBe(JSON_QUESTIONS[i]);
      expect(typeof o.answer).toBe("string");
    }
    expect(objects[0]).toMatchObject({ intent: "compare", roles: ["office-manager", "operations-manager"], aspect: "salary" });
    expect(objects[1]).toMatchObject({ intent: "list", roles: [], aspect: null });
    expect(objects[2]).toMatchObject({ intent: "unknown", unknownRoles: ["marketing manager"] });
  });
});

describe("ask, one shot", () => {
  it("answers a question as text with the role and a dollar figure", () => {
    expect(oneShot.code, oneShot.stderr).toBe(0);
    expect(oneShot.stdout).toContain("Receptionist");
    expect(oneShot.stdout).toMatch(/\$\d{1,3}(,\d{3})+/);
    expect(oneShot.stdout).toBe(stripVTControlCharacters(oneShot.stdout)); // not a terminal: no colour codes
  });

  it("with no question exits 2 and prints usage on stderr", () => {
    expect(noQuestion.code).toBe(2);
    expect(noQuestion.stderr).toMatch(/Usage:/);
    expect(noQuestion.stdout).toBe("");
  });

  it("with a broken data folder exits 1 and names the file and the field", () => {
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("receptionist.yaml");
    expect(broken.stderr).toMatch(/family: .*space-pirates/);
    expect(broken.stdout).toBe("");
  });
});

describe("chat", () => {
  it("answers a line, stops at 'exit' and says Bye", () => {
    expect(chat.code, chat.stderr).toBe(0);
    expect(chat.stdout).toContain("Office Manager vs Operations Manager");
    // Without the import the banner says how to get every occupation.
    expect(chat.stdout).toContain("32 curated roles");
    expect(chat.stdout).toContain("npm run import-occupations -- --from <folder>");
    expect(chat.stdout).toMatch(/Key difference:/);
    expect(chat.stdout.trimEnd()).toMatch(/Bye!?$/);
  });
});
