// The bot's warm-up once online, in the background. engine.warmUpSteps() build the indexes the first
// questions would otherwise build; then the bot's own questions (WARM_UP_QUESTIONS, one of each shape,
// and a few new ones each round that miss the lookup caches) are asked and their replies rendered,
// round after round, until V8 has optimised the code a question runs: asked once, that code would
// still run in the interpreter for a member's first questions, and be compiled while they wait. One
// step or question per turn of the event loop, so an interaction arriving meanwhile waits for at
// most one of them.
import { setImmediate as nextTurn } from "node:timers/promises";
import { followUpContextOf, variedWarmUpQuestions, WARM_UP_FOLLOW_UP, WARM_UP_QUESTIONS, type Answer, type Engine, type FollowUpContext } from "../engine.js";
import type { CustomIdCodec } from "../render/discord/custom-ids.js";
import { smallTalkMessage } from "../render/discord/small-talk-message.js";
import { answerParts } from "./respond.js";

/**
 * Rounds over the questions: V8 optimises a function after it has run enough (a question's
 * top-level steps, run once per question, take about a thousand questions). About 1,100 questions,
 * ~1 s of CPU after the indexes; measured with bench/cold-probe.ts.
 */
export const WARM_UP_ROUNDS = 30;

/** Not a member: the buttons' custom ids need someone who asked. */
const NOBODY = "0";

export interface WarmUpCost {
  questions: number;
  wallMs: number;
  /** This process's CPU time, every thread (V8's compiler threads included). */
  cpuMs: number;
}

/** What a reply to the answer renders (message-create.ts), less the chart. */
function render(codec: CustomIdCodec, answer: Answer): unknown {
  return answer.intent === "none" ? smallTalkMessage(answer) : answerParts(codec, answer, NOBODY);
}

/** Builds the engine's indexes, then asks and renders the warm-up questions `rounds` times. */
export async function warmUpBot(engine: Engine, codec: CustomIdCodec, rounds = WARM_UP_ROUNDS): Promise<WarmUpCost> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const step of engine.warmUpSteps()) {
    await nextTurn();
    step();
  }
  let questions = 0;
  for (let round = 0; round < rounds; round++) {
    let context: FollowUpContext | null = null;
    for (const question of [...WARM_UP_QUESTIONS, ...variedWarmUpQuestions(round)]) {
      await nextTurn();
      const { answer } = engine.ask(question);
      render(codec, answer);
      context = followUpContextOf(answer) ?? context;
      questions++;
    }
    if (context) {
      await nextTurn();
      render(codec, engine.ask(WARM_UP_FOLLOW_UP, { context }).answer);
      questions++;
    }
  }
  const used = process.cpuUsage(cpu);
  return { questions, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}
