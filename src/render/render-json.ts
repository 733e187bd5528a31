// Answer -> the JSON line of the evaluation contract in ../shared/DESIGN.md.
import type { Answer } from "../answers/answer.js";
import type { ParsedQuestion } from "../engine.js";
import { renderText } from "./render-text.js";

export interface JsonAnswer {
  question: string;
  intent: ParsedQuestion["intent"];
  roles: string[];
  /** The O*NET-SOC code of each role, in the same order (null where a curated role names none). */
  codes: (string | null)[];
  aspect: ParsedQuestion["aspect"];
  /** facts, which, path or yes-no: the shape of answer wanted; null for list, help and chat. */
  kind: Answer["kind"];
  unknownRoles: string[];
  suggestions: string[];
  confidence: number;
  /** The first line of a verdict, yes-or-no or path answer; null for plain facts. */
  verdict: string | null;
  /** For intent "none": thanks, greeting or other chat (what a bot that was addressed answers in kind); null otherwise. */
  smallTalk: NonNullable<Answer["smallTalk"]> | null;
  answer: string;
}

export function renderJson(question: string, parsed: ParsedQuestion, answer: Answer): JsonAnswer {
  const describes = parsed.intent === "compare" || parsed.intent === "profile" || parsed.intent === "unknown";
  return {
    question,
    intent: parsed.intent,
    roles: parsed.roles.map((r) => r.roleId),
    codes: parsed.roles.map((r) => answer.roles.find((f) => f.roleId === r.roleId)?.code ?? null),
    aspect: describes ? (answer.aspect ?? parsed.aspect) : null,
    kind: answer.kind,
    unknownRoles: parsed.unknownRoles,
    suggestions: answer.suggestions.map((s) => s.roleId),
    confidence: Number(parsed.confidence.toFixed(3)),
    verdict: answer.verdict?.text ?? null,
    smallTalk: answer.smallTalk ?? null,
    answer: renderText(answer, { color: false }),
  };
}
