// The scoring rule of ../shared/eval/score.mjs, in process: an item is right when the intent
// matches (or is in its "accept" list) and, for compare/profile, the set of role ids and the aspect
// match too. score.mjs spawns the JSON CLI; here the same JSON fields come straight from renderJson.
import { readFileSync } from "node:fs";

export interface LabelledQuestion {
  q: string;
  intent: string;
  roles?: string[];
  aspect?: string | null;
  accept?: string[];
}

export interface Prediction {
  intent: string;
  roles: readonly string[];
  aspect: string | null;
}

export function readLabelled(file: string): LabelledQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledQuestion);
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

export function isRight(item: LabelledQuestion, got: Prediction): boolean {
  const intents = [item.intent, ...(item.accept ?? [])];
  if (!intents.includes(got.intent)) return false;
  if (got.intent === "compare" || got.intent === "profile") return sameSet(got.roles, item.roles) && got.aspect === item.aspect;
  return true;
}

export interface Accuracy {
  right: number;
  total: number;
  accuracy: number;
}

/** `predict` gets the question as the JSON CLI reads it: one line. */
export function accuracy(items: readonly LabelledQuestion[], predict: (q: string) => Prediction): Accuracy {
  let right = 0;
  for (const item of items) if (isRight(item, predict(item.q.replace(/\n/g, " ")))) right++;
  return { right, total: items.length, accuracy: items.length ? right / items.length : 0 };
}
