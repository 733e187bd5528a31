// An editor's sentence from data/licences.yaml or data/routes.yaml (their own words on BLS's
// Occupational Outlook Handbook), added to a verdict with its source.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Licence, Route } from "../knowledge/schema.js";
import type { SourceView, Verdict } from "./answer.js";

/** What an editor's entry cites: a licence's or a route's source. */
interface Sourced {
  source: Licence["source"];
}

export function editorSource(entry: Sourced): SourceView {
  const { id, kind, title, url, year, yearIs, publisher } = entry.source;
  return { id, kind, title, url, year, ...(yearIs === "accessed" ? { accessed: true } : {}), ...(publisher ? { publisher } : {}) };
}

/**
 * `verdict` with an editor's sentence said at its end (or `first`), citing the entry where the verdict
 * cites nothing of its own: "cna to rn … and the NCLEX-RN exam.", "is there an age limit for air traffic
 * controllers": the FAA's rule first.
 */
export function withEditorSentence(verdict: Verdict, entry: Sourced, said: string, first = false): Verdict {
  return { ...verdict, text: first ? `${said} ${verdict.text}` : `${verdict.text} ${said}`, ...(verdict.source ? {} : { source: editorSource(entry) }) };
}

/** How long the usual way into `entry` takes, where an editor recorded it in data/routes.yaml. */
export function routeInto(knowledge: KnowledgeBase, entry: RoleEntry): Route | undefined {
  return entry.code ? knowledge.routeFor(null, entry.code) : undefined;
}

/** `verdict` with how long the usual way into `entry` takes after it, where an editor recorded it (data/routes.yaml). */
export function withRouteInto(knowledge: KnowledgeBase, entry: RoleEntry, verdict: Verdict): Verdict {
  const route = routeInto(knowledge, entry);
  return route ? withEditorSentence(verdict, route, route.route) : verdict;
}

/** `verdict` with one more sentence of its own after it (nothing cited: the data's or what it lacks), or null where there is none. */
export function withSentence<V extends Verdict | null>(verdict: V, sentence: string): V {
  return verdict ? { ...verdict, text: `${verdict.text} ${sentence}` } : verdict;
}

/** The sources a verdict cites, its own first (an editor's note on each of two jobs cites both pages). */
export function verdictSources(verdict: Verdict): SourceView[] {
  return verdict.source ? [verdict.source, ...(verdict.alsoCited ?? [])] : [];
}
