// The command-line tools as a user runs them: real processes, stdin and stdout. Each spawn costs
// about a second, so all five start together in beforeAll and the tests read their results.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI entry point under tsx from the repo root, feeding `stdin` and collecting output. */
function run(script: string, args: readonly string[], stdin = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const JSON_QUESTIONS = ["office manager vs operations manager salary", "which roles do you know?", "what does a marketing manager earn"];

let brokenDir: string;
let json: Run, oneShot: Run, noQuestion: Run, chat: Run, broken: Run;

beforeAll(async () => {
  brokenDir = await mkdtemp(join(tmpdir(), "rolecompare-cli-"));
  await mkdir(join(brokenDir, "roles"));
  const receptionist = await readFile(join(ROOT, "data/roles/receptionist.yaml"), "utf8");
  const brokenYaml = receptionist.replace(/^family: .*$/m, "family: space-pirates");
  expect(brokenYaml).not.toBe(receptionist);
  await writeFile(join(brokenDir, "roles", "receptionist.yaml"), brokenYaml);

  [json, oneShot, noQuestion, chat, broken] = await Promise.all([
    run("src/cli/ask.ts", ["--json"], `${JSON_QUESTIONS.join("\n")}\n`),
    run("src/cli/ask.ts", ["receptionist salary"]),
    run("src/cli/ask.ts", []),
    run("src/cli/chat.ts", [], "office manager vs operations manager\nexit\n"),
    run("src/cli/ask.ts", ["--data", brokenDir, "receptionist salary"]),
  ]);
}, 30_000);

afterAll(async () => {
  if (brokenDir) await rm(brokenDir, { recursive: true, force: true });
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
    expect(chat.stdout).toMatch(/Key difference:/);
    expect(chat.stdout.trimEnd()).toMatch(/Bye!?$/);
  });
});
