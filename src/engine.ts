// The engine facade: the only way the adapters (terminal, JSON CLI, Discord) reach knowledge,
// understanding and answers. It knows nothing of Discord; everything it returns is plain data, and
// adapters never edit it: a request carries what the answer should say (interpretations, unknown
// roles) and the renderers word it.
import { sweepAllOccupations } from "./answers/all-occupations.js";
import { composeAnswer } from "./answers/compose-answer.js";
import { EXAMPLE_QUESTIONS } from "./answers/examples.js";
import type { Answer, RoleRef } from "./answers/answer.js";
import type { AspectId } from "./knowledge/aspects.js";
import type { KnowledgeBase } from "./knowledge/knowledge-base.js";
import { knowledgeStats, type KnowledgeStats } from "./knowledge/knowledge-stats.js";
import { loadKnowledge, type LoadOptions } from "./knowledge/load-knowledge.js";
import { tierFor, type ConfidenceTier } from "./understanding/confidence.js";
import { MAX_ROLES } from "./understanding/find-role-mentions.js";
import { detectSmallTalk } from "./understanding/detect-small-talk.js";
import { createFollowUpResolver, type FollowUpContext } from "./understanding/follow-up.js";
import { createQuestionParser } from "./understanding/parse-question.js";
import { resolveRoleName } from "./understanding/resolve-role-name.js";
import { suggestRoles, type RoleChoice } from "./understanding/suggest-roles.js";
import { WARM_UP_QUESTIONS } from "./warm-up-questions.js";
import { MAX_SUGGESTIONS } from "./understanding/tuning.js";
import { roleMention, type Intent, type ParsedQuestion, type RoleMention } from "./understanding/types.js";

// The public surface. Adapters import these from here, never from understanding/ or knowledge/
// (test/architecture/adapter-imports.test.ts checks it). They are plain data types and the one error
// class a loader throws.
export type { Answer, AnswerNote, RoleRef } from "./answers/answer.js";
export type { ConfidenceTier } from "./understanding/confidence.js";
export type { Intent, ParsedQuestion } from "./understanding/types.js";
export type { RoleChoice } from "./understanding/suggest-roles.js";
export type { FollowUpContext, FollowUpKind } from "./understanding/follow-up.js";
export type { SmallTalk } from "./understanding/detect-small-talk.js";
export { RecentQuestions } from "./understanding/recent-questions.js";
export { KnowledgeError } from "./knowledge/knowledge-error.js";
export { VARIED_WARM_UP_QUESTIONS, variedWarmUpQuestions, WARM_UP_FOLLOW_UP, WARM_UP_QUESTIONS } from "./warm-up-questions.js";

/** What a typed role (a slash-command option) turned out to be. */
export type RoleResolution =
  { status: "found"; typed: string; role: RoleRef; tier: ConfidenceTier; confidence: number } | { status: "unknown"; typed: string; suggestions: RoleRef[] };

/** A role in a structured request: a role id (buttons), or what `resolveRole` made of a typed input. */
export type RoleInput = string | RoleResolution;

/** Counts per layer (curated roles, imported occupations, titles) and the releases the data comes from. */
export interface KnowledgeSummary extends KnowledgeStats {
  roles: number;
  /** Every name the parser recognises: titles, ids, aliases and imported titles. */
  names: number;
}

/** Autocomplete offers at most this many roles (Discord's limit too). */
export const MAX_ROLE_CHOICES = 25;

export interface AskOptions {
  /**
   * The answer this message follows up on (a reply to it, or the previous question in a DM or the
   * chat): "what about pay?" then means the same roles' pay. Without it the text stands alone.
   */
  context?: FollowUpContext;
}

export interface Engine {
  /** Free text in, what was understood and the answer out. */
  ask(text: string, options?: AskOptions): { parsed: ParsedQuestion; answer: Answer };
  /** One typed role: exact, a typo read as a role (fuzzy or weak), or unknown with suggestions. */
  resolveRole(typed: string): RoleResolution;
  /** Roles for a half-typed name, best first, at most `limit` (and never more than MAX_ROLE_CHOICES). */
  suggestRoles(prefix: string, limit?: number): RoleChoice[];
  /**
   * A structured request (slash commands, buttons): roles and an aspect, no parsing. Unknown role ids
   * and repeats are dropped; a resolved typo gets an "interpreted as" note, an unknown input a
   * "left out" note, a weak match asks for confirmation, as free text would.
   */
  compare(roles: readonly RoleInput[], aspect: AspectId): Answer;
  /** Every role, grouped by family. */
  listRoles(): Answer;
  /** How to ask, with examples. */
  help(): Answer;
  /** A role's display title, or undefined for an id the knowledge does not have (any more). */
  roleTitle(roleId: string): string | undefined;
  /**
   * Builds the structures the first questions would otherwise build while a member waits, and runs
   * each WARM_UP_QUESTIONS once and one autocomplete through. The bot calls it once online, in the
   * background, then asks the questions again until their code is optimised (src/discord/warm-up.ts).
   */
  warmUp(): void;
  /** warmUp() as separate steps (each index, the sweep, each question, the autocomplete), to run with turns of the event loop between. */
  warmUpSteps(): (() => void)[];
  /** Every role id: what a button may name. */
  readonly roleIds: readonly string[];
  /** Counts for banners, logs and `validate-data`. */
  readonly summary: KnowledgeSummary;
}

/** What a later message can follow up on: the roles and aspect of a role answer, or null for anything else. */
export function followUpContextOf(answer: Answer): FollowUpContext | null {
  if ((answer.intent !== "compare" && answer.intent !== "profile") || answer.needsConfirmation || answer.roles.length === 0) return null;
  return { roleIds: answer.roles.map((r) => r.roleId), aspect: answer.aspect };
}

/** One example question for a chat reply: enough to show what to ask. */
const SMALL_TALK_EXAMPLES = 1;

function refOf(knowledge: KnowledgeBase, roleId: string): RoleRef {
  return { roleId, title: knowledge.getRole(roleId)!.title };
}

/** A request that needs no parsing, as the parsed question compose-answer expects. */
function structuredQuestion(knowledge: KnowledgeBase, inputs: readonly RoleInput[], aspect: AspectId): ParsedQuestion {
  const mentions: RoleMention[] = [];
  const unknownRoles: string[] = [];
  const suggestions: string[] = [];
  const suggest = (id: string) => {
    if (!suggestions.includes(id) && suggestions.length < MAX_SUGGESTIONS) suggestions.push(id);
  };
  for (const input of inputs) {
    const resolution: RoleResolution | null =
      typeof input !== "string"
        ? input
        : knowledge.getRole(input)
          ? { status: "found", typed: input, role: refOf(knowledge, input), tier: "exact", confidence: 1 }
          : null;
    if (!resolution) continue;
    if (resolution.status === "unknown") {
      unknownRoles.push(resolution.typed);
      resolution.suggestions.forEach((s) => suggest(s.roleId));
      continue;
    }
    const { roleId, title } = resolution.role;
    if (mentions.some((m) => m.roleId === roleId)) continue;
    // An exact pick reads as the role's title; a typo keeps what was typed, for the note.
    const typed = resolution.confidence < 1 ? resolution.typed : title;
    mentions.push(roleMention(roleId, typed, mentions.length, mentions.length + 1, resolution.confidence));
    if (tierFor(resolution.confidence) === "weak") suggest(roleId);
  }
  const roles = mentions.slice(0, MAX_ROLES);
  const confidence = Math.min(1, ...roles.map((m) => m.confidence));
  const intent: Intent = roles.length >= 2 ? "compare" : roles.length === 1 || unknownRoles.length === 0 ? "profile" : "unknown";
  return {
    text: "",
    cleaned: "",
    intent,
    roles,
    ...(mentions.length > MAX_ROLES ? { skippedRoles: mentions.slice(MAX_ROLES).map((m) => m.roleId) } : {}),
    aspect,
    unknownRoles,
    suggestions,
    confidence,
    tier: tierFor(confidence),
  };
}

/** A request with no roles at all: the list or the help. */
function metaQuestion(intent: "list" | "help"): ParsedQuestion {
  return { text: "", cleaned: "", intent, roles: [], aspect: null, unknownRoles: [], suggestions: [], confidence: 1, tier: "exact" };
}

function summarise(knowledge: KnowledgeBase, names: number): KnowledgeSummary {
  return { ...knowledgeStats(knowledge), roles: knowledge.roles.size, names };
}

export function createEngine(knowledge: KnowledgeBase): Engine {
  const parser = createQuestionParser(knowledge);
  const followUps = createFollowUpResolver(knowledge);
  const { index } = parser;
  let summary: KnowledgeSummary | undefined;
  const ask: Engine["ask"] = (text, options = {}) => {
    const plain = parser.parse(text, { followingUp: options.context !== undefined });
    const read = options.context ? followUps.apply(plain, options.context) : plain;
    if (read.intent !== "none") return { parsed: read, answer: composeAnswer(knowledge, read) };
    // Not a role question: say what kind of chat it is, and what to ask instead; adapters decide whether to reply.
    const smallTalk = detectSmallTalk(read.cleaned);
    const parsed = { ...read, smallTalk };
    const examples = smallTalk === "thanks" ? [] : EXAMPLE_QUESTIONS.slice(0, SMALL_TALK_EXAMPLES);
    return { parsed, answer: { ...composeAnswer(knowledge, parsed), smallTalk, examples } };
  };
  const warmUpSteps = () => [
    ...parser.warmUpSteps(),
    // The figures over every occupation a prospects or rating answer quotes: one sweep of every details line.
    () => sweepAllOccupations(knowledge),
    // The code paths a member's first messages take: questions of each shape, answered, and a prefix.
    ...WARM_UP_QUESTIONS.map((question) => () => void ask(question)),
    () => void suggestRoles(index, "acc", MAX_ROLE_CHOICES),
  ];
  return {
    ask,
    resolveRole(typed) {
      const resolution = resolveRoleName(index, typed);
      if (resolution.status === "unknown") return { ...resolution, suggestions: resolution.suggestions.map((id) => refOf(knowledge, id)) };
      const { roleId, ...rest } = resolution;
      return { ...rest, role: refOf(knowledge, roleId) };
    },
    suggestRoles: (prefix, limit = MAX_ROLE_CHOICES) => suggestRoles(index, prefix, Math.min(limit, MAX_ROLE_CHOICES)),
    compare: (roles, aspect) => composeAnswer(knowledge, structuredQuestion(knowledge, roles, aspect)),
    listRoles: () => composeAnswer(knowledge, metaQuestion("list")),
    help: () => composeAnswer(knowledge, metaQuestion("help")),
    roleTitle: (roleId) => knowledge.getRole(roleId)?.title,
    warmUp() {
      for (const step of warmUpSteps()) step();
    },
    warmUpSteps,
    roleIds: [...knowledge.roles.keys()],
    // Counted on first use: it walks every name, which a bot start does not need.
    get summary() {
      return (summary ??= summarise(knowledge, index.nameCount));
    },
  };
}

export type { LoadOptions } from "./knowledge/load-knowledge.js";

export async function loadEngine(dataDir?: string, options?: LoadOptions): Promise<Engine> {
  return createEngine(await loadKnowledge(dataDir, options));
}
