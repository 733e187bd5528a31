// Question understanding on the labelled sets, scored as ../shared/eval/score.mjs scores `ask --json`
// (see score-set.ts). The curated sets run on the curated layer they were labelled for; the
// cross-field sets need the full knowledge (the O*NET/BLS import, which .ci/run performs) and are
// skipped, saying so, where it is absent.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine.js";
import { defaultOccupationsFile, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { readSet, scoreSet } from "./score-set.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const set = (name: string) => join(ROOT, "test/eval", name);
const DEV = join(ROOT, "../shared/eval/dev.jsonl");
const DEV_OCCUPATIONS = join(ROOT, "../shared/eval/dev-occupations.jsonl");
const IMPORTED = existsSync(defaultOccupationsFile());
// Floors at the accuracy last measured, so a regression fails; raised as understanding improves.
// Chit-chat: no reply at all (issue 9: "chit-chat on your own set gets 0 replies").
const CHITCHAT_MIN = 1;
const OCCUPATIONS_MIN = 0.95;
const DEV_OCCUPATIONS_MIN = 0.95;
/** Our own set of facts, which, path and yes-no questions (roles, aspect and kind must all be right). */
const KINDS_MIN = 0.975;
/**
 * Written blind across fields by seven authors (labels first, then a run): its first 200 scored 0.815 on
 * their first run (after its author accepted a few defensible answers), the next 160 0.881, the next 200
 * (stories about other people's jobs, work named by an activity, titles the data lacks) 0.785, the next
 * 160 (more of those, and text-speak) 0.756; 0.890 together after the fixes they prompted. Then 240
 * more (long posts, UK and slang titles, messy text) 0.650, 220 (short questions across every field)
 * 0.791, and 200 (a mixed day of a career server, written after the fixes for those two) 0.750; 0.847
 * together after the fixes they prompted. Then 200 from a career-change server 0.850 (0.835 on its
 * author's own kind for "how do I become X"), and 200 from students and new grads 0.865; 0.861 together.
 * Then 200 in international English (0.790) and 200 from rare fields (0.835, written after the first's
 * fixes); 0.867 together. Then 200 of a busy server's traffic (0.785) and 200 about deciding and
 * qualifying, with vague and shared titles (0.725); 0.858 together after the fixes they prompted.
 */
const CROSSFIELD_MIN = 0.85;

function expectAccurate(engine: () => Engine, file: string, min: number) {
  const { accuracy, right, total, misses } = scoreSet(engine(), readSet(file));
  expect(total).toBeGreaterThan(0);
  expect(accuracy, `accuracy ${accuracy.toFixed(3)} (${right}/${total}) on ${file}\n${misses.join("\n")}`).toBeGreaterThanOrEqual(min);
}

describe("curated sets, on the curated layer", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await loadCuratedKnowledge());
  });
  // Written blind (its author never saw the engine); first run scored 0.900 before the fixes it prompted.
  it("test/eval/heldout.jsonl: accuracy >= 0.95", () => expectAccurate(() => engine, set("heldout.jsonl"), 0.95));
  it("test/eval/blind.jsonl: accuracy >= 0.95", () => expectAccurate(() => engine, set("blind.jsonl"), 0.95));
  const devMissing = !existsSync(DEV);
  it.skipIf(devMissing)(`../shared/eval/dev.jsonl: accuracy >= 0.95${devMissing ? " (SKIPPED: file not found next to the repo)" : ""}`, () =>
    expectAccurate(() => engine, DEV, 0.95),
  );
});

describe.skipIf(!IMPORTED)(`cross-field sets, on the full knowledge${IMPORTED ? "" : " (SKIPPED: run npm run import-occupations first)"}`, () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await loadKnowledge());
  });
  it("test/eval/chitchat.jsonl: chit-chat full of title words gets no answer", () => expectAccurate(() => engine, set("chitchat.jsonl"), CHITCHAT_MIN));
  it("test/eval/occupations.jsonl", () => expectAccurate(() => engine, set("occupations.jsonl"), OCCUPATIONS_MIN));
  it.skipIf(!existsSync(DEV_OCCUPATIONS))("../shared/eval/dev-occupations.jsonl", () => expectAccurate(() => engine, DEV_OCCUPATIONS, DEV_OCCUPATIONS_MIN));
  it(`test/eval/kinds.jsonl: accuracy >= ${KINDS_MIN}`, () => expectAccurate(() => engine, set("kinds.jsonl"), KINDS_MIN));
  it(`test/eval/crossfield.jsonl: accuracy >= ${CROSSFIELD_MIN}`, () => expectAccurate(() => engine, set("crossfield.jsonl"), CROSSFIELD_MIN));
});
