// The engine facade the adapters (terminal, JSON CLI, Discord) use: knowledge + parser + answers.
// It knows nothing of Discord; everything it returns is plain data.
import { composeAnswer } from "./answers/compose-answer.js";
import type { Answer } from "./answers/answer.js";
import type { AspectId } from "./knowledge/aspects.js";
import type { KnowledgeBase } from "./knowledge/knowledge-base.js";
import { loadKnowledge } from "./knowledge/load-knowledge.js";
import { createQuestionParser, type QuestionParser } from "./understanding/parse-question.js";
import type { ParsedQuestion } from "./understanding/types.js";

export interface Engine {
  readonly knowledge: KnowledgeBase;
  readonly parser: QuestionParser;
  /** Free text in, parsed question and answer out. */
  ask(text: string): { parsed: ParsedQuestion; answer: Answer };
  /** A structured request (slash commands, buttons): known role ids and an aspect, no parsing. */
  compare(roleIds: readonly string[], aspect: AspectId): Answer;
  /** Every role, grouped by family. */
  listRoles(): Answer;
  /** How to ask, with examples. */
  help(): Answer;
}

export function createEngine(knowledge: KnowledgeBase): Engine {
  const parser = createQuestionParser(knowledge);
  const meta = (intent: "list" | "help"): Answer =>
    composeAnswer(knowledge, { text: "", cleaned: "", intent, roles: [], aspect: null, unknownRoles: [], suggestions: [], confidence: 1, tier: "exact" });
  return {
    listRoles: () => meta("list"),
    help: () => meta("help"),
    knowledge,
    parser,
    ask(text) {
      const parsed = parser.parse(text);
      return { parsed, answer: composeAnswer(knowledge, parsed) };
    },
    compare(roleIds, aspect) {
      const ids = [...new Set(roleIds)].filter((id) => knowledge.getRole(id));
      const parsed: ParsedQuestion = {
        text: "",
        cleaned: "",
        intent: ids.length >= 2 ? "compare" : "profile",
        roles: ids.map((roleId, i) => ({ roleId, typed: knowledge.getRole(roleId)!.title, start: i, end: i + 1, confidence: 1 })),
        aspect,
        unknownRoles: [],
        suggestions: [],
        confidence: 1,
        tier: "exact",
      };
      return composeAnswer(knowledge, parsed);
    },
  };
}

export async function loadEngine(dataDir?: string): Promise<Engine> {
  return createEngine(await loadKnowledge(dataDir));
}
