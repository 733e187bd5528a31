// Where one role leads: "what jobs can a cashier move up to", "how do I get out of nursing" (and what
// leads into it: "a good stepping stone to becoming a pa"). The
// editors' career links where a curated role has them; otherwise O*NET's closest related
// occupations, those that pay more at the median first, each with its median.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { titleStems } from "../text/word-stems.js";
import { spokenList } from "../text/spoken-list.js";
import { EDUCATION_LABELS, formatMoney, perUnit } from "./format-figures.js";
import { supervisorOf } from "./supervisor-step.js";
import { comparablePeriod, educationRank, entryEducation, headlineMedian, occupationOf, shortAttribution } from "./role-evidence.js";

/** Roles a "leads on to" line names. */
export const LEADS_TO_SHOWN = 3;

/** The editors' next roles for a curated role, or its previous ones (the usual steps into it); null where they named none. */
function editorsLinks(knowledge: KnowledgeBase, entry: RoleEntry, which: "next" | "previous"): RoleEntry[] | null {
  if (entry.kind !== "curated" || entry.role.career[which].length === 0) return null;
  return entry.role.career[which].map((id) => knowledge.getRole(id)).filter((e): e is RoleEntry => e !== undefined);
}

/** "29-1141" of 29-1141.01: O*NET's specialties share their occupation's figures. */
const SOC_DETAILED = 7;

/**
 * O*NET's closest related occupations that take less preparation than `entry` (a lower job zone),
 * closest first, one per SOC occupation and none of its own (a specialty of it is no way into it): open sooner.
 */
function relatedWithLessPreparation(knowledge: KnowledgeBase, entry: RoleEntry): RoleEntry[] {
  const occupation = occupationOf(entry);
  const zone = occupation?.jobZone ?? null;
  if (!occupation || zone === null) return [];
  const seen = new Set([occupation.code.slice(0, SOC_DETAILED)]);
  return occupation.related
    .map((r) => knowledge.getRole(r.code))
    .filter((e): e is RoleEntry => {
      const other = e ? occupationOf(e) : null;
      if (!e || !other || (other.jobZone ?? zone) >= zone || seen.has(other.code.slice(0, SOC_DETAILED))) return false;
      seen.add(other.code.slice(0, SOC_DETAILED));
      return true;
    });
}

/** O*NET's closest related occupations that pay more than `entry` at the median, closest first. */
export function relatedThatPayMore(knowledge: KnowledgeBase, entry: RoleEntry): RoleEntry[] {
  // By the year, which every wage row has: an hourly median is never set against a yearly one (teachers are paid by the year only).
  const own = headlineMedian(knowledge, entry, "annual")?.median ?? 0;
  return (occupationOf(entry)?.related ?? [])
    .map((r) => knowledge.getRole(r.code))
    .filter((e): e is RoleEntry => e !== undefined && e.id !== entry.id && (headlineMedian(knowledge, e, "annual")?.median ?? 0) > own);
}

/** Whether `other` usually starts with no more schooling than `entry` (BLS's typical entry education); unknown levels do not qualify. */
function noMoreSchooling(entry: RoleEntry, other: RoleEntry): boolean {
  const [own, theirs] = [entryEducation(entry), entryEducation(other)];
  return own !== null && theirs !== null && educationRank(theirs) <= educationRank(own);
}

/** " It leads on to A, B, C." for an outlook answer, or "" where the data names nothing. */
export function leadsOnSentence(knowledge: KnowledgeBase, entry: RoleEntry): string {
  const next = (editorsLinks(knowledge, entry, "next") ?? relatedThatPayMore(knowledge, entry)).map((e) => e.title);
  return next.length ? ` It leads on to ${next.slice(0, LEADS_TO_SHOWN).join(", ")}.` : "";
}

/**
 * "dental assistant vs medical assistant, which has better career progression": where each one leads,
 * an editor's next steps or O*NET's closest occupations that pay more; null where the data names none.
 */
export function progressionVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): Verdict | null {
  const next = entries.map((e) => (editorsLinks(knowledge, e, "next") ?? relatedThatPayMore(knowledge, e)).slice(0, LEADS_TO_SHOWN));
  if (next.every((n) => n.length === 0)) return null;
  const each = entries.map((e, i) => (next[i]!.length ? `${e.title} to ${spokenList(next[i]!.map((n) => n.title))}` : `${e.title} to none that pays more`));
  return { text: `Where each leads, among the closest occupations in the data that pay more: ${each.join("; ")}.`, basis: "data" };
}

/**
 * O*NET's closest related occupations outside the role's own line of work (no title word shared:
 * leaving nursing is not becoming a nursing assistant or a nurse practitioner) and within its level
 * of preparation (no job zone above its own: not a physician), closest first.
 */
function relatedElsewhere(knowledge: KnowledgeBase, entry: RoleEntry): RoleEntry[] {
  const own = titleStems(entry.title);
  const zone = occupationOf(entry)?.jobZone ?? null;
  return (occupationOf(entry)?.related ?? [])
    .map((r) => knowledge.getRole(r.code))
    .filter(
      (e): e is RoleEntry =>
        e !== undefined &&
        e.id !== entry.id &&
        ![...titleStems(e.title)].some((w) => own.has(w)) &&
        (zone === null || (occupationOf(e)?.jobZone ?? zone) <= zone),
    );
}

/** "A ($1), B ($2) and C", each with its median where it has one. */
function withMedians(knowledge: KnowledgeBase, roles: readonly RoleEntry[], period: PayPeriod): { text: string; attribution: string | null } {
  const medians = roles.map((e) => headlineMedian(knowledge, e, period));
  const first = medians.find((m) => m !== null) ?? null;
  const named = roles.map((e, i) => (medians[i] ? `${e.title} (${formatMoney(medians[i].median!, medians[i].currency)})` : e.title));
  return { text: spokenList(named), attribution: first ? shortAttribution(knowledge, first) : null };
}

/** The roles listed with their medians, and ": median pay a year against $X for <entry> (BLS, …)" after them. */
function listedAgainst(knowledge: KnowledgeBase, entry: RoleEntry, roles: readonly RoleEntry[], period: PayPeriod): { text: string; pay: string } {
  // Per hour only where every role has an hourly median; otherwise all by the year.
  const shown = comparablePeriod(knowledge, [entry, ...roles], period);
  const { text, attribution } = withMedians(knowledge, roles, shown);
  const own = headlineMedian(knowledge, entry, shown);
  const pay = attribution
    ? `: median pay ${perUnit(own?.period)}${own ? ` against ${formatMoney(own.median!, own.currency)} for ${entry.title}` : ""} (${attribution})`
    : "";
  return { text, pay };
}

/**
 * The first line of "where can a cashier go from here" ("up": the related occupations that pay more),
 * "how do I get out of nursing" ("out": the closest related occupations in other lines of work) or "a
 * good stepping stone to becoming a pa" ("in": those that take less preparation), each with its
 * median; null where the data names none.
 */
export function leadsToVerdict(
  knowledge: KnowledgeBase,
  entry: RoleEntry,
  period: PayPeriod,
  direction: "up" | "out" | "in",
  /** "what pays more without more school": only those that usually start with no more schooling than `entry`. */
  sameSchooling = false,
): Verdict | null {
  if (direction === "up" && sameSchooling) return betterPaidWithSameSchooling(knowledge, entry, period);
  const editors = direction === "up" ? editorsLinks(knowledge, entry, "next") : direction === "in" ? editorsLinks(knowledge, entry, "previous") : null;
  if (editors?.length) {
    const named = spokenList(editors.slice(0, LEADS_TO_SHOWN).map((e) => e.title));
    const text = direction === "up" ? `From ${entry.title}, the usual next steps are ${named}.` : `The usual steps into ${entry.title} are ${named}.`;
    return { text, basis: "data" };
  }
  const related =
    direction === "up"
      ? relatedThatPayMore(knowledge, entry)
      : direction === "in"
        ? relatedWithLessPreparation(knowledge, entry)
        : relatedElsewhere(knowledge, entry);
  const roles = related.slice(0, LEADS_TO_SHOWN);
  // ("career ladder for a warehouse worker": supervising the work, which O*NET seldom lists as closest to it.)
  const supervisor = direction === "up" ? supervisorOf(knowledge, entry) : null;
  const step = supervisor && !roles.some((r) => r.id === supervisor.id) ? supervisorSentence(knowledge, supervisor, period) : "";
  if (roles.length === 0) return step ? { text: step.trim(), basis: "data" } : null;
  const { text, pay } = listedAgainst(knowledge, entry, roles, period);
  const lead =
    direction === "up"
      ? `Among the occupations O*NET lists as closest to ${entry.title}, these pay more: ${text}`
      : direction === "in"
        ? `Among the occupations O*NET lists as closest to ${entry.title}, these take less preparation (a lower job zone), so they are open sooner: ${text}`
        : `The occupations O*NET lists as closest to ${entry.title} outside its own line of work: ${text}`;
  return { text: `${lead}${pay}.${step}`, basis: "data" };
}

/** " Moving up in the same work usually means supervising it: First-Line Supervisor of … ($X)." */
function supervisorSentence(knowledge: KnowledgeBase, supervisor: RoleEntry, period: PayPeriod): string {
  const median = headlineMedian(knowledge, supervisor, period);
  const paid = median ? ` (${formatMoney(median.median!, median.currency)})` : "";
  return ` Moving up in the same work usually means supervising it: ${supervisor.title}${paid}.`;
}

/**
 * "im a cna, what pays more without more school": the related occupations that pay more and usually
 * start with no more schooling; where there are none, said so, and those that pay more named.
 */
function betterPaidWithSameSchooling(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict | null {
  const better = relatedThatPayMore(knowledge, entry);
  const level = entryEducation(entry);
  if (better.length === 0 || level === null) return null;
  const same = better.filter((e) => noMoreSchooling(entry, e)).slice(0, LEADS_TO_SHOWN);
  const { text, pay } = listedAgainst(knowledge, entry, same.length ? same : better.slice(0, LEADS_TO_SHOWN), period);
  const lead = same.length
    ? `Among the occupations O*NET lists as closest to ${entry.title}, these pay more and usually start with no more schooling than it (${EDUCATION_LABELS[level]}): ${text}`
    : `None of the occupations O*NET lists as closest to ${entry.title} pays more and usually starts with no more schooling than it (${EDUCATION_LABELS[level]}); those that pay more take more: ${text}`;
  return { text: `${lead}${pay}.`, basis: "data" };
}
