// Question understanding on the labelled sets, scored exactly as ../shared/eval/score.mjs scores
// `ask --json`: newlines in a question become spaces (one question per stdin line); an item is right
// when the intent matches (or is in its "accept" list) and, for compare/profile, the set of role ids
// and the aspect match too. Runs in-process through the same renderJson the CLI prints.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { renderJson } from "../../src/render/render-json.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HELDOUT = join(ROOT, "test/eval/heldout.jsonl");
// Written blind (its author never saw the engine); first run scored 0.900 before the fixes it prompted.
const BLIND = join(ROOT, "test/eval/blind.jsonl");
const DEV = join(ROOT, "../shared/eval/dev.jsonl");
const MIN_ACCURACY = 0.95;

interface Item {
  q: string;
  intent: string;
  accept?: string[];
  roles?: string[];
  aspect?: string;
}

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadKnowledge());
});

function score(file: string): { accuracy: number; right: number; total: number; misses: string[] } {
  const items = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const sameSet = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  const misses: string[] = [];
  let right = 0;
  for (const item of items) {
    const question = item.q.replace(/\n/g, " ");
    const { parsed, answer } = engine.ask(question);
    const got = JSON.parse(JSON.stringify(renderJson(question, parsed, answer))) as { intent: string; roles: string[]; aspect: string | null };
    let ok = [item.intent, ...(item.accept ?? [])].includes(got.intent);
    if (ok && (got.intent === "compare" || got.intent === "profile")) ok = sameSet(got.roles, item.roles) && got.aspect === item.aspect;
    if (ok) right++;
    else
      misses.push(
        `MISS ${JSON.stringify(item.q)}\n  want ${item.intent} ${JSON.stringify(item.roles ?? [])} ${item.aspect ?? ""}\n  got  ${got.intent} ${JSON.stringify(got.roles)} ${got.aspect ?? ""}`,
      );
  }
  return { accuracy: right / items.length, right, total: items.length, misses };
}

function expectAccurate(file: string) {
  const { accuracy, right, total, misses } = score(file);
  expect(total).toBeGreaterThan(0);
  if (accuracy < MIN_ACCURACY) console.log(misses.join("\n"));
  expect(accuracy, `accuracy ${accuracy.toFixed(3)} (${right}/${total}) on ${file}\n${misses.join("\n")}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
}

describe("eval sets", () => {
  it(`test/eval/heldout.jsonl: accuracy >= ${MIN_ACCURACY}`, () => expectAccurate(HELDOUT));
  it(`test/eval/blind.jsonl: accuracy >= ${MIN_ACCURACY}`, () => expectAccurate(BLIND));

  const devMissing = !existsSync(DEV);
  if (devMissing) console.warn(`eval-sets: ${DEV} not found, skipping the dev-set check`);
  it.skipIf(devMissing)(`../shared/eval/dev.jsonl: accuracy >= ${MIN_ACCURACY}${devMissing ? " (SKIPPED: file not found next to the repo)" : ""}`, () =>
    expectAccurate(DEV),
  );
});
