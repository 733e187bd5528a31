// The bot's warm-up once online: every warm-up question asked and rendered each round, one per turn
// of the event loop, no answer changed, and none of them a question the benchmark measures.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { labelledSets, questionMix } from "../../bench/question-mix.js";
import { createRandom } from "../../bench/random.js";
import { createEngine, VARIED_WARM_UP_QUESTIONS, variedWarmUpQuestions, WARM_UP_QUESTIONS, type Engine } from "../../src/engine.js";
import { WARM_UP_ROUNDS } from "../../src/discord/warm-up.js";
import { warmUpBot } from "../../src/discord/warm-up.js";
import { CustomIdCodec } from "../../src/render/discord/custom-ids.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let knowledge: Awaited<ReturnType<typeof loadCuratedKnowledge>>;
beforeAll(async () => {
  knowledge = await loadCuratedKnowledge();
});

/** The engine, counting the questions it is asked. */
function counting(engine: Engine): { engine: Engine; asked: () => number } {
  let asked = 0;
  return {
    engine: {
      ...engine,
      ask: (text, options) => {
        asked++;
        return engine.ask(text, options);
      },
      warmUp: () => engine.warmUp(),
    },
    asked: () => asked,
  };
}

/** The plain words of the varied questions' templates and heads: every other word is made up. */
const WARM_UP_VOCABULARY = new Set(
  "is a an paid more than vs which needs degree what does do manager technician engineer assistant specialist analyst operator driver nurse teacher clerk".split(
    " ",
  ),
);

describe("warmUpBot", () => {
  it("asks every warm-up question and the follow-up each round, and changes no answer", async () => {
    const cold = createEngine(knowledge);
    const { engine, asked } = counting(createEngine(knowledge));
    const cost = await warmUpBot(engine, new CustomIdCodec(engine.roleIds), 2);
    // engine.warmUp() asks each question once itself, through the engine's own ask.
    expect(cost.questions).toBe(2 * (WARM_UP_QUESTIONS.length + VARIED_WARM_UP_QUESTIONS + 1));
    expect(asked()).toBe(cost.questions);
    expect(cost.wallMs).toBeGreaterThan(0);
    for (const q of ["acountant vs bookeeper salary", "office manager", "the server is down", ...WARM_UP_QUESTIONS.slice(0, 3)])
      expect(JSON.stringify(engine.ask(q))).toBe(JSON.stringify(cold.ask(q)));
  });

  it("gives the event loop a turn between steps and between questions", async () => {
    const { engine, asked } = counting(createEngine(knowledge));
    let stepsRun = 0;
    const steps = engine.warmUpSteps().map((step) => () => {
      stepsRun++;
      step();
    });
    engine.warmUpSteps = () => steps;
    let finished = false;
    const done = warmUpBot(engine, new CustomIdCodec(engine.roleIds), 1).then(() => (finished = true));
    // A callback queued again on every turn sees at most one more step or question each time.
    const seen: number[] = [];
    const watch = () => {
      seen.push(stepsRun + asked());
      if (!finished) setImmediate(watch);
    };
    setImmediate(watch);
    await done;
    const total = steps.length + WARM_UP_QUESTIONS.length + VARIED_WARM_UP_QUESTIONS + 1;
    expect(stepsRun + asked()).toBe(total);
    expect(Math.max(...seen.slice(1).map((n, k) => n - seen[k]!))).toBe(1);
    expect(seen.length).toBeGreaterThanOrEqual(total - 1);
  });

  it("never asks a question the benchmark measures (the bench would time cached answers)", () => {
    const sets = labelledSets(ROOT);
    const measured = new Set([
      ...Object.values(sets).flatMap((items) => items.map((i) => i.q.replace(/\n/g, " ").trim())),
      ...questionMix(sets, createRandom(20260601)).map((m) => m.q),
    ]);
    expect(WARM_UP_QUESTIONS.filter((q) => measured.has(q))).toEqual([]);
    expect(new Set(WARM_UP_QUESTIONS).size).toBe(WARM_UP_QUESTIONS.length);
  });

  it("asks new typos and invented titles every round, none of them a word of a question the benchmark measures", () => {
    const sets = labelledSets(ROOT);
    const measuredWords = new Set(
      [...Object.values(sets).flatMap((items) => items.map((i) => i.q)), ...questionMix(sets, createRandom(20260601)).map((m) => m.q)].flatMap((q) =>
        q.toLowerCase().split(/[^a-z]+/),
      ),
    );
    const varied = Array.from({ length: WARM_UP_ROUNDS }, (_, round) => variedWarmUpQuestions(round));
    expect(varied.every((questions) => questions.length === VARIED_WARM_UP_QUESTIONS)).toBe(true);
    const all = varied.flat();
    expect(new Set(all).size).toBe(all.length);
    // The words each round makes up: the typos and invented titles (what the lookup caches would keep).
    const madeUp = (q: string) =>
      q
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w && !WARM_UP_VOCABULARY.has(w));
    const madeUpWords = all.flatMap(madeUp);
    expect(madeUpWords.length).toBeGreaterThanOrEqual(3 * WARM_UP_ROUNDS);
    expect(new Set(madeUpWords).size).toBe(madeUpWords.length);
    expect(madeUpWords.filter((w) => measuredWords.has(w))).toEqual([]);
  });
});
