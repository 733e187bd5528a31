// The sources an answer cites. They depend only on its roles, the aspect, the pay period and whether a
// verdict or path quotes beyond the card; the same roles recur across questions, so each list is made
// once and shared (frozen, as answers are never edited).
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { PayPeriod, RoleFacts, SourceView } from "./answer.js";
import { onetSource, projectionsSource } from "./imported-sources.js";
import { figuresOf, toSourceView } from "./role-figures.js";

/** Lists kept per knowledge base before the cache starts again (each with its Discord line beside it): the soaks' memory budget. */
const LISTS_KEPT = 1024;

const listsByKnowledge = new WeakMap<KnowledgeBase, Map<string, readonly SourceView[]>>();

/** What each source kind backs: a wage table backs pay, projections back outlook and entry requirements. */
function backs(kind: SourceView["kind"], aspect: AspectId): boolean {
  const showsPay = aspect === "salary" || aspect === "overview";
  if (kind === "wage-table") return showsPay;
  if (kind === "projections") return aspect !== "salary";
  return aspect !== "salary" && aspect !== "outlook";
}

/**
 * Sources behind what the answer shows: the figures' own sources for pay; otherwise the sources of
 * the kinds that back the aspect (a skills answer does not cite wage tables). Imported occupations
 * cite O*NET, BLS projections and their wage series by release. Each page once, by URL.
 */
function addSourcesFor(byUrl: Map<string, SourceView>, knowledge: KnowledgeBase, roles: readonly RoleFacts[], aspect: AspectId): void {
  const add = (s: SourceView) => {
    if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  };
  const imported = knowledge.imported;
  for (const facts of roles) {
    const entry = knowledge.getRole(facts.roleId)!;
    const showsPay = aspect === "salary" || aspect === "overview";
    if (showsPay) for (const f of aspect === "salary" ? facts.figures : figuresOf(knowledge, entry)) add(f.source);
    if (aspect === "salary") continue;
    if (entry.kind === "curated") {
      for (const s of entry.role.sources) if (s.kind !== "wage-table" && backs(s.kind, aspect)) add(toSourceView(s));
      if (aspect === "outlook" && entry.occupation?.projection && imported) add(projectionsSource(imported));
    } else if (imported) {
      if (aspect !== "outlook") add(onetSource(imported));
      // (The Handbook's notes on hours and demands an environment card shows.)
      const conditions = aspect === "environment" ? knowledge.conditionsFor(entry.occupation.code) : undefined;
      if (conditions) add(toSourceView(conditions.source));
      if ((aspect === "outlook" || aspect === "requirements" || aspect === "overview") && entry.occupation.projection) add(projectionsSource(imported));
    }
  }
  if (roles.length === 2) {
    // Wage tables of an editor's comparison are replaced by the imported release's, which the figures cite.
    const refreshed = (s: { kind: SourceView["kind"] }) => s.kind === "wage-table" && imported !== null;
    for (const s of knowledge.getComparison(roles[0]!.roleId, roles[1]!.roleId)?.sources ?? [])
      if (backs(s.kind, aspect) && !refreshed(s)) add(toSourceView(s));
  }
}

function makeSources(knowledge: KnowledgeBase, roles: readonly RoleFacts[], aspect: AspectId, beyondCard: boolean): SourceView[] {
  const byUrl = new Map<string, SourceView>();
  addSourcesFor(byUrl, knowledge, roles, aspect);
  // A verdict or a path quotes pay, projections and O*NET beyond the aspect's card: cite what backs it too.
  if (beyondCard) addSourcesFor(byUrl, knowledge, roles, "overview");
  return [...byUrl.values()];
}

/** `roles` are the answer's cards (answers/role-cards.ts), whose figures follow `period`. */
export function answerSources(
  knowledge: KnowledgeBase,
  roles: readonly RoleFacts[],
  aspect: AspectId,
  period: PayPeriod,
  beyondCard: boolean,
): readonly SourceView[] {
  let lists = listsByKnowledge.get(knowledge);
  if (!lists || lists.size >= LISTS_KEPT) listsByKnowledge.set(knowledge, (lists = new Map<string, readonly SourceView[]>()));
  let key = `${aspect}|${period}|${beyondCard ? "beyond" : "card"}`;
  for (const role of roles) key += `|${role.roleId}`;
  let sources = lists.get(key);
  if (!sources) lists.set(key, (sources = Object.freeze(makeSources(knowledge, roles, aspect, beyondCard))));
  return sources;
}
