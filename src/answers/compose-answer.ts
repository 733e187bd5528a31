// (knowledge, parsed question) -> Answer. Pure: the same question always gives the same data.
import { ASPECTS, type AspectId } from "../knowledge/aspects.js";
import { FAMILIES } from "../knowledge/families.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { tierFor } from "../understanding/confidence.js";
import type { ParsedQuestion } from "../understanding/types.js";
import type { Answer, AnswerNote, FamilyListing, RoleFacts, RoleRef, SourceView } from "./answer.js";
import { EXAMPLE_QUESTIONS } from "./examples.js";
import { keyDifference } from "./key-difference.js";
import { figuresOf, roleFacts, toSourceView } from "./role-facts.js";

/** An answer with nothing in it yet: the base every composed answer (and test fixture) starts from. */
export function emptyAnswer(parsed: Pick<ParsedQuestion, "intent" | "aspect">): Answer {
  return {
    intent: parsed.intent,
    aspect: parsed.aspect,
    heading: "",
    keyDifference: null,
    roles: [],
    notes: [],
    sources: [],
    unknownRoles: [],
    suggestions: [],
    families: [],
    examples: [],
    needsConfirmation: false,
    uncertainRoleIds: [],
  };
}

function refs(knowledge: KnowledgeBase, ids: readonly string[]): RoleRef[] {
  return ids.flatMap((id) => {
    const role = knowledge.getRole(id);
    return role ? [{ roleId: role.id, title: role.title }] : [];
  });
}

export function listFamilies(knowledge: KnowledgeBase): FamilyListing[] {
  return [...knowledge.rolesByFamily()].map(([family, roles]) => ({
    family,
    label: FAMILIES[family],
    roles: roles.map((r) => ({ roleId: r.id, title: r.title })),
  }));
}

/** Wage tables (ids starting "bls-oews", by convention in data/) back pay figures and nothing else. */
const isWageTable = (source: { id: string }) => source.id.startsWith("bls-oews");

/**
 * Sources behind what the answer shows: the figures' sources for pay; otherwise the role's sources
 * except wage tables, which back only the pay figures (the overview shows a median, so it keeps them).
 */
function sourcesFor(knowledge: KnowledgeBase, roles: readonly RoleFacts[], aspect: AspectId): SourceView[] {
  const byUrl = new Map<string, SourceView>();
  const showsPay = aspect === "salary" || aspect === "overview";
  for (const facts of roles) {
    const role = knowledge.getRole(facts.roleId)!;
    const used = aspect === "salary" ? facts.figures.map((f) => f.source) : role.sources.filter((s) => showsPay || !isWageTable(s)).map(toSourceView);
    for (const s of used) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  }
  if (roles.length === 2) {
    for (const s of knowledge.getComparison(roles[0]!.roleId, roles[1]!.roleId)?.sources ?? []) {
      if ((showsPay || !isWageTable(s)) && !byUrl.has(s.url)) byUrl.set(s.url, toSourceView(s));
    }
  }
  return [...byUrl.values()];
}

/** Two roles whose figures come from one statistics series show identical numbers by construction. */
function sharedSeriesNotes(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): AnswerNote[] {
  const notes: AnswerNote[] = [];
  const bySeries = new Map<string, string[]>();
  for (const r of roles) for (const f of figuresOf(knowledge.getRole(r.roleId)!)) if (f.series) bySeries.set(f.series.code, [...(bySeries.get(f.series.code) ?? []), r.title]);
  for (const [code, titles] of bySeries) {
    const unique = [...new Set(titles)];
    if (unique.length > 1) notes.push({ kind: "shared-series", titles: unique, code });
  }
  return notes;
}

/** Notes that keep figures honest: loose matches and sources that disagree. */
function figureNotes(roles: readonly RoleFacts[]): AnswerNote[] {
  const notes: AnswerNote[] = [];
  for (const r of roles) {
    if (r.figures.some((f) => f.indicative)) notes.push({ kind: "indicative", title: r.title });
    const medians = r.figures.filter((f) => f.median !== undefined);
    if (medians.length > 1) {
      const values = medians.map((f) => f.median!);
      if (Math.max(...values) > Math.min(...values) * 1.15)
        notes.push({ kind: "sources-disagree", title: r.title, medians: medians.map((f) => ({ source: f.source.publisher ?? f.source.title, amount: f.median!, currency: f.currency })) });
    }
  }
  return notes;
}

export function composeAnswer(knowledge: KnowledgeBase, parsed: ParsedQuestion): Answer {
  const answer = emptyAnswer(parsed);
  switch (parsed.intent) {
    case "none":
      return answer;
    case "help":
      return { ...answer, heading: "How to ask RoleCompare", examples: [...EXAMPLE_QUESTIONS] };
    case "list":
      return { ...answer, heading: `Roles I know (${knowledge.roles.size})`, families: listFamilies(knowledge) };
    case "unknown": {
      const known = refs(knowledge, parsed.roles.map((r) => r.roleId));
      return {
        ...answer,
        heading: `I don't know ${parsed.unknownRoles.map((u) => `"${u}"`).join(" or ")} yet`,
        unknownRoles: parsed.unknownRoles,
        suggestions: refs(knowledge, parsed.suggestions),
        notes: known.length ? [{ kind: "known-roles", titles: known.map((k) => k.title) }] : [],
        examples: [...EXAMPLE_QUESTIONS.slice(0, 2)],
      };
    }
    case "compare":
    case "profile": {
      const aspect = parsed.aspect ?? "overview";
      const roles = parsed.roles.map((m) => roleFacts(knowledge, knowledge.getRole(m.roleId)!, aspect));
      const notes: AnswerNote[] = [];
      for (const m of parsed.roles) {
        if (m.confidence < 1) notes.push({ kind: "interpreted-as", typed: m.typed, roleId: m.roleId, title: knowledge.getRole(m.roleId)!.title });
      }
      for (const u of parsed.unknownRoles) notes.push({ kind: "left-out", typed: u });
      const skipped = refs(knowledge, parsed.skippedRoles ?? []);
      if (skipped.length) notes.push({ kind: "skipped", titles: skipped.map((s) => s.title) });
      if (aspect === "salary" || aspect === "overview") notes.push(...sharedSeriesNotes(knowledge, roles));
      if (aspect === "salary") notes.push(...figureNotes(roles));
      const label = ASPECTS[aspect].label;
      return {
        ...answer,
        aspect,
        heading: `${roles.map((r) => r.title).join(" vs ")}: ${label}`,
        keyDifference: keyDifference(knowledge, roles, aspect),
        roles,
        notes,
        sources: sourcesFor(knowledge, roles, aspect),
        unknownRoles: parsed.unknownRoles,
        suggestions: refs(knowledge, parsed.suggestions),
        needsConfirmation: parsed.tier === "weak",
        uncertainRoleIds: parsed.roles.filter((m) => tierFor(m.confidence) === "weak").map((m) => m.roleId),
      };
    }
  }
}
