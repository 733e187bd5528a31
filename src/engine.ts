// The engine facade the adapters (terminal, JSON CLI, Discord) use: knowledge + parser + answers.
// It knows nothing of Discord; everything it returns is plain data.
import { composeAnswer } from "./answers/compose-answer.js";
import type { Answer } from "./answers/answer.js";
import type { AspectId } from "./knowledge/aspects.js";
import type { KnowledgeBase } from "./knowledge/knowledge-base.js";
import { loadKnowledge } from "./knowledge/load-knowledge.js";
import { createQuestionParser, type QuestionParser } from "./understanding/parse-question.js";
import type { Intent, ParsedQuestion } from "./understanding/types.js";

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

/** A request that needs no parsing (slash commands, buttons): exact roles, a chosen aspect. */
function structuredRequest(knowledge: KnowledgeBase, intent: Intent, roleIds: readonly string[], aspect: AspectId | null): ParsedQuestion {
  return {
    text: "",
    cleaned: "",
    intent,
    roles: roleIds.map((roleId, i) => ({ roleId, typed: knowledge.getRole(roleId)!.title, start: i, end: i + 1, confidence: 1 })),
    aspect,
    unknownRoles: [],
    suggestions: [],
    confidence: 1,
    tier: "exact",
  };
}

export function createEngine(knowledge: KnowledgeBase): Engine {
  const parser = createQuestionParser(knowledge);
  return {
    knowledge,
    parser,
    ask(text) {
      const parsed = parser.parse(text);
      return { parsed, answer: composeAnswer(knowledge, parsed) };
    },
    compare(roleIds, aspect) {
      const ids = [...new Set(roleIds)].filter((id) => knowledge.getRole(id));
      return composeAnswer(knowledge, structuredRequest(knowledge, ids.length >= 2 ? "compare" : "profile", ids, aspect));
    },
    listRoles: () => composeAnswer(knowledge, structuredRequest(knowledge, "list", [], null)),
    help: () => composeAnswer(knowledge, structuredRequest(knowledge, "help", [], null)),
  };
}

export async function loadEngine(dataDir?: string): Promise<Engine> {
  return createEngine(await loadKnowledge(dataDir));
}
