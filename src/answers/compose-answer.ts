// (knowledge, parsed question) -> Answer. Pure: the same question always gives the same data.
import { dataAnswer } from "./data-answer.js";
import { meaningVerdict, spelledOut } from "./verdict-meaning.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { titleLadderVerdict } from "./verdict-title-ladder.js";
import { ASPECTS, type AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { tierFor } from "../understanding/confidence.js";
import { isBroadRoleWord } from "../understanding/find-unknown-roles.js";
import type { RankRequest } from "../understanding/ranked-question.js";
import { roleMention, type ParsedQuestion } from "../understanding/types.js";
import { RANKED_CARDS, rankableRequest, rankingVerdict, rankOccupations } from "./rank-occupations.js";
import { groupPayCards } from "./group-pay.js";
import { fieldsCards, fieldsHeading } from "./fields-side-by-side.js";
import {
  fitManyRoles,
  type Answer,
  type AnswerNote,
  type FamilyListing,
  type KeyDifference,
  type PathView,
  type PayPeriod,
  type RoleFacts,
  type RoleRef,
  type SourceView,
  type Verdict,
  US_FIGURES_ONLY,
  US_ROUTES_ONLY,
} from "./answer.js";
import { EXAMPLE_QUESTIONS } from "./examples.js";
import { curatedDifference, keyDifference } from "./key-difference.js";
import { madeOnce } from "./made-once.js";
import { occupationCredits, shortOccupationCredit } from "../knowledge/occupation-credits.js";
import { answerSources } from "./answer-sources.js";
import { figuresOf } from "./role-facts.js";
import { headlineMedian, medianAmount } from "./role-evidence.js";
import { roleCard } from "./role-cards.js";
import { composeVerdict } from "./compose-verdict.js";
import { whatItDoes } from "./facts-lead.js";
import { asksWhetherSame } from "./verdict-same-job.js";
import { normalizeWords } from "../text/normalize.js";
import { canonicalTokens } from "../understanding/canonical-tokens.js";
import { wordSet } from "../understanding/word-list.js";
import { capitalised } from "../text/capitalised.js";
import { verdictSources } from "./editor-sentence.js";
import { withinEdits } from "../understanding/edit-distance.js";
import { MAX_ABBREVIATION } from "../understanding/lexicon.js";

/** An answer with nothing in it yet: the base every composed answer (and test fixture) starts from. */
export function emptyAnswer(parsed: Pick<ParsedQuestion, "intent" | "aspect">): Answer {
  return {
    intent: parsed.intent,
    aspect: parsed.aspect,
    heading: "",
    verdict: null,
    path: null,
    keyDifference: null,
    roles: [],
    notes: [],
    sources: [],
    credits: [],
    kind: null,
    unknownRoles: [],
    suggestions: [],
    families: [],
    examples: [],
    needsConfirmation: false,
    uncertainRoleIds: [],
  };
}

/** A shared title's note names at most this many other occupations (and offers as many buttons). */
export const MAX_TITLE_ALTERNATIVES = 3;

function refs(knowledge: KnowledgeBase, ids: readonly string[]): RoleRef[] {
  const out: RoleRef[] = [];
  for (const id of ids) {
    const role = knowledge.getRole(id);
    if (role) out.push({ roleId: role.id, title: role.title });
  }
  return out;
}

/** The one short credit line answers showing imported data carry, written once per import. */
const creditLines = new WeakMap<NonNullable<KnowledgeBase["imported"]>, readonly string[]>();

function answerCredits(knowledge: KnowledgeBase, sources: readonly SourceView[]): readonly string[] {
  const imported = knowledge.imported;
  if (!imported || !sources.some((s) => s.kind === "occupation-database" && s.id === "onet")) return [];
  return madeOnce(creditLines, imported, (data) => [shortOccupationCredit(data.sources)]);
}

/** Every role by family: a thousand titles, the same for every list answer, so listed once per knowledge base and shared. */
const familyListings = new WeakMap<KnowledgeBase, readonly FamilyListing[]>();

export function listFamilies(knowledge: KnowledgeBase): readonly FamilyListing[] {
  return madeOnce(familyListings, knowledge, (base) =>
    [...base.rolesByFamily()].map(([family, roles]) => ({
      family,
      label: base.familyLabel(family),
      roles: roles.map((r) => ({ roleId: r.id, title: r.title })),
    })),
  );
}

/** Two roles whose figures come from one statistics series show identical numbers by construction. */
function sharedSeriesNotes(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): AnswerNote[] {
  const notes: AnswerNote[] = [];
  if (roles.length < 2) return notes;
  const bySeries = new Map<string, string[]>();
  for (const r of roles)
    for (const f of figuresOf(knowledge, knowledge.getRole(r.roleId)!))
      if (f.series) bySeries.set(f.series.code, [...(bySeries.get(f.series.code) ?? []), r.title]);
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
        notes.push({
          kind: "sources-disagree",
          title: r.title,
          medians: medians.map((f) => ({ source: f.source.publisher ?? f.source.title, amount: f.median!, currency: f.currency })),
        });
    }
  }
  return notes;
}

/** Two titles of one role: "treats "lawyer" and "attorney" as one occupation (…), so …": never identical figures shown as a difference. */
function sameRoleTreatment(knowledge: KnowledgeBase, mention: ParsedQuestion["roles"][number]): string {
  const entry = knowledge.getRole(mention.roleId)!;
  const titles = [mention.typed, ...(mention.alsoTyped ?? [])].map((t) => `"${t}"`);
  // A curated role over an imported occupation ("accountant" over Accountants and Auditors) is that occupation in the data.
  const occupation = entry.occupation;
  const what = occupation ? `one occupation (${occupation.title}, O*NET-SOC ${occupation.code})` : `one role (${entry.title})`;
  // ("structural engineer vs civil engineer", "icu nurse vs er nurse": one head word, kinds of the work.)
  const kinds = namesKinds([mention.typed, ...(mention.alsoTyped ?? [])]);
  const titlesDiffer =
    kinds === "levels"
      ? "the titles name levels of one job, which the data has only as pay percentiles (ask for starting or experienced pay)."
      : kinds === "kinds"
        ? "the titles name kinds or specialties of the work, and a specialty's own training, licence or schedule isn't in the data."
        : "the titles differ in who uses them more than in the work.";
  return `treats ${titles.join(" and ")} as ${what}, so pay, outlook and requirements are the same figures for each; ${titlesDiffer}`;
}

/** Words before a title's head that say its level: "senior accountant", "sous chef", "staff nurse". */
const LEVEL_MODIFIERS = wordSet(
  "LEVEL_MODIFIERS",
  "senior junior staff lead entry level associate principal chief head executive sous assistant deputy master journeyman apprentice",
);

/**
 * Titles with one last word and a word before it in at least one: levels where every word before it says
 * one ("staff accountant", "senior accountant"), kinds otherwise ("structural engineer", "civil engineer");
 * null where the last words differ ("lawyer", "attorney").
 */
function namesKinds(typed: readonly string[]): "levels" | "kinds" | null {
  const words = typed.map((t) => canonicalTokens(t));
  const head = words[0]!.at(-1);
  if (!words.every((w) => w.at(-1) === head) || !words.some((w) => w.length > 1)) return null;
  return words.every((w) => w.slice(0, -1).every((m) => LEVEL_MODIFIERS.has(m))) ? "levels" : "kinds";
}

/** A choice with its headline median ("$62,780 a year"), where it has one. */
function withMedian(knowledge: KnowledgeBase, ref: RoleRef, period: PayPeriod): RoleRef & { median?: string } {
  const entry = knowledge.getRole(ref.roleId);
  const figure = entry ? headlineMedian(knowledge, entry, period) : null;
  return figure?.median ? { ...ref, median: medianAmount(figure) } : ref;
}

function leadingDifference(
  knowledge: KnowledgeBase,
  roles: readonly RoleFacts[],
  aspect: AspectId,
  verdict: Verdict | null,
  path: boolean,
  period: PayPeriod,
  payAside: boolean,
): KeyDifference | null {
  if ((!verdict || verdict.differenceFollows) && !path) return keyDifference(knowledge, roles, aspect, period, payAside);
  // Only an editor's sentence adds to a verdict, and only to one the data cannot settle: a derived one is not worth writing.
  return verdict?.basis !== "data" && !path ? curatedDifference(knowledge, roles, aspect) : null;
}

export function composeAnswer(knowledge: KnowledgeBase, parsed: ParsedQuestion): Answer {
  if (parsed.ranking) return rankedAnswer(knowledge, parsed, parsed.ranking);
  if (parsed.intent === "compare" || parsed.intent === "profile") return describeRoles(knowledge, parsed);
  const answer: Answer = {
    ...emptyAnswer(parsed),
    kind: parsed.intent === "unknown" ? (parsed.kind ?? "facts") : null,
    ...(parsed.payPeriod ? { payPeriod: parsed.payPeriod } : {}),
  };
  switch (parsed.intent) {
    case "none":
      return answer;
    case "help":
      // The full credit lines the datasets' licences ask for live in /help.
      return {
        ...answer,
        // ("what does median mean": the figures explained first, then how to ask.)
        ...(parsed.dataTopic ? { verdict: { text: dataAnswer(knowledge, parsed.dataTopic), basis: "data" as const } } : {}),
        heading: parsed.dataTopic ? "About the figures" : "How to ask RoleCompare",
        examples: [...EXAMPLE_QUESTIONS],
        credits: knowledge.imported ? occupationCredits(knowledge.imported.sources) : [],
      };
    case "list":
      return { ...answer, heading: `Roles I know (${knowledge.roles.size})`, families: listFamilies(knowledge) };
    case "unknown": {
      const known = refs(
        knowledge,
        parsed.roles.map((r) => r.roleId),
      );
      const tooBroad = parsed.unknownRoles.every(isBroadRoleWord);
      return {
        ...answer,
        heading: tooBroad
          ? `${parsed.unknownRoles.map((u) => `"${u}"`).join(" or ")} ${fitManyRoles(parsed.unknownRoles.length)}: which one?`
          : `I don't know ${parsed.unknownRoles.map((u) => `"${u}"`).join(" or ")} yet`,
        unknownRoles: parsed.unknownRoles,
        ...(tooBroad ? { tooBroad } : {}),
        suggestions: refs(knowledge, parsed.suggestions),
        notes: known.length ? [{ kind: "known-roles", titles: known.map((k) => k.title) }] : [],
        examples: [...EXAMPLE_QUESTIONS.slice(0, 2)],
      };
    }
  }
}

/** "Which trade pays the most": the top occupations named in the verdict, the first three compared side by side. */
function rankedAnswer(knowledge: KnowledgeBase, parsed: ParsedQuestion, asked: RankRequest): Answer {
  // ("an associates in business": a subject's jobs over every occupation where the field has none.)
  const ranking = rankableRequest(knowledge, asked);
  // ("how much do engineers make": the group's best, middle and least paid, or the role set against it.)
  // ("IT or healthcare": the largest occupation of each field.)
  const top = ranking.versus
    ? fieldsCards(knowledge, ranking)
    : ranking.group && ranking.measure === "pay"
      ? groupPayCards(knowledge, ranking)
      : rankOccupations(knowledge, ranking)
          .slice(0, RANKED_CARDS)
          .map((r) => r.entry);
  if (!top.length)
    return {
      ...emptyAnswer(parsed),
      kind: "which",
      heading: ranking.standing ? "Where that pay stands" : "Nothing to rank",
      verdict: rankingVerdict(knowledge, ranking),
    };
  const roles = top.map((entry, i) => roleMention(entry.id, entry.title, i, i + 1, 1));
  const answer = describeRoles(knowledge, { ...parsed, ranking, intent: roles.length > 1 ? "compare" : "profile", roles });
  if (ranking.versus) return { ...answer, heading: fieldsHeading(ranking) };
  // ("is healthcare a good field": the field's outlook, its best jobs as the cards.)
  const headed = ranking.fieldOutlook && ranking.field ? { ...answer, heading: `${capitalised(ranking.field.label)}: Outlook` } : answer;
  if (!ranking.group || !ranking.field?.head) return headed;
  const choices = refs(knowledge, ranking.group.choices);
  return choices.length
    ? { ...headed, notes: [...headed.notes, { kind: "broad-title", head: ranking.field.head, choices, against: ranking.group.against }] }
    : headed;
}

/**
 * Titles of one occupation typed as separate roles ("data analyst", "data scientist"), or null: not an
 * abbreviation restating one ("nurse … rn", "executive assistant … EA"), nor one inside the other
 * ("doctor (family medicine)"), nor one title typed twice, once with a slip ("office cooridnator").
 */
function oneOccupationTitles(m: ParsedQuestion["roles"][number]): string[] | null {
  const typed = [m.typed, ...(m.alsoTyped ?? [])];
  if (typed.length < 2 || typed.some((t) => t.length <= MAX_ABBREVIATION || t.includes("("))) return null;
  const apart = (t: string, u: string) => !` ${u} `.includes(` ${t} `) && !withinEdits(t, u, SLIPS);
  return typed.every((t, i) => typed.every((u, j) => i === j || apart(t, u))) ? typed : null;
}
/** Edits within which two typed titles are one typed twice. */
const SLIPS = 2;

/** The aspects whose figures two titles of one occupation share: pay, outlook, schooling. */
const SAME_FIGURES: ReadonlySet<AspectId> = new Set<AspectId>(["salary", "outlook", "requirements"]);

/** "what is a cna", "whats an lvn": a title's letters asked about, answered as "what does cna stand for" is. */
const WHAT_IS_LETTERS = /^\s*(what|whats|what's|what s)( is)?( an?| the)? [a-z]{2,5}\s*\??\s*$/i;

function asksWhatLettersAre(knowledge: KnowledgeBase, parsed: ParsedQuestion, entry: RoleEntry): boolean {
  return WHAT_IS_LETTERS.test(parsed.text) && spelledOut(knowledge, entry, parsed.roles[0]!.typed).length > 0;
}

/** Words before a title that say its holder is not in the job yet, or in it elsewhere (the military). */
const NOT_THE_JOB_YET = new Set([
  "student",
  "trainee",
  "apprentice",
  "aspiring",
  "future",
  "combat",
  "army",
  "navy",
  "military",
  "corps",
  "force",
  "guard",
  "marine",
  "usmc",
  "wannabe",
]);

/** The word right before a role's title in the question's words. */
function wordBefore(parsed: ParsedQuestion, role: { start: number }): string {
  return normalizeWords(parsed.cleaned).split(" ")[role.start - 1] ?? "";
}

/** "what does a forester do and whats the pay like": what the job is, asked first, and then another aspect. */
const WORK_ASKED_FIRST = /^(so |ok |hey )?what (does|do) (an? |the )?[a-z ]{2,40}? (actually |really |even )?do (and|,|also)\b/;

/**
 * A one-role question asking what the job does and something else ("… and do you need a license"): the
 * job's description before the other aspect's verdict, which alone would drop the first question.
 */
function withWorkAskedToo(
  composed: { verdict: Verdict | null; path: PathView | null },
  parsed: ParsedQuestion,
  entries: readonly RoleEntry[],
  aspect: AspectId,
): { verdict: Verdict | null; path: PathView | null } {
  const { verdict, path } = composed;
  if (!verdict || path || entries.length !== 1 || aspect === "duties" || !WORK_ASKED_FIRST.test(normalizeWords(parsed.cleaned))) return composed;
  const does = whatItDoes(entries[0]!);
  return does ? { verdict: { ...verdict, text: `${does} ${verdict.text}` }, path } : composed;
}

/** A compare or profile answer: the verdict or path, the role cards, the notes and the sources. Built in one object, as it is on every question. */
function describeRoles(knowledge: KnowledgeBase, parsed: ParsedQuestion): Answer {
  const aspect = parsed.aspect ?? "overview";
  const period = parsed.payPeriod ?? "annual";
  const entries = parsed.roles.map((m) => knowledge.getRole(m.roleId)!);
  // "lawyer vs attorney": two titles the data files under one role. ("do software engineers make more
  // than software developers": asked which or yes or no of its figures, the data cannot tell them apart.)
  const sameRole = parsed.intent === "compare" && entries.length === 1 && (parsed.roles[0]!.alsoTyped?.length ?? 0) > 0;
  // ("are radiographers and radiologic technologists the same": the heading and key difference say yes;
  // "is accountant boring compared to auditor": the occupation's own interests answer.)
  const undecided =
    sameRole && (parsed.kind === "yes-no" || parsed.kind === "which") && SAME_FIGURES.has(aspect) && !asksWhetherSame(normalizeWords(parsed.cleaned));
  // ("sdr to account executive": a move between the two titles, which the data has as one.)
  // ("student nurse to registered nurse", "combat medic to paramedic": the first is no job of the occupation yet.)
  const ladder = sameRole && parsed.kind === "path" && !NOT_THE_JOB_YET.has(wordBefore(parsed, parsed.roles[0]!)) ? parsed.roles[0]! : null;
  const composed = undecided
    ? { verdict: { text: `No difference the data can show: it ${sameRoleTreatment(knowledge, parsed.roles[0]!)}`, basis: "data" as const }, path: null }
    : ladder
      ? { verdict: titleLadderVerdict(knowledge, entries[0]!, ladder.typed, ladder.alsoTyped![0]!, period), path: null }
      : entries.length === 1 && (parsed.asksMeaning || asksWhatLettersAre(knowledge, parsed, entries[0]!))
        ? { verdict: meaningVerdict(knowledge, entries[0]!, parsed.roles[0]!.typed), path: null }
        : composeVerdict(knowledge, parsed, entries, aspect, period);
  const { verdict, path } = withWorkAskedToo(composed, parsed, entries, aspect);
  const support = verdict ? (path ? "path" : "verdict") : "none";
  const roles = entries.map((entry) => roleCard(knowledge, entry, aspect, period, support));
  const notes: AnswerNote[] = [];
  // "vet tech vs vet assistant": a role already in the comparison is no alternative to point out.
  const notCompared = (m: ParsedQuestion["roles"][number]) => (m.alternatives ?? []).filter((id) => !parsed.roles.some((r) => r.roleId === id));
  // ("ironworker salary": which one is asked, with what each pays, so the choice answers too.)
  const withMedians = (choices: RoleRef[]) => (aspect === "salary" ? choices.map((r) => withMedian(knowledge, r, period)) : choices);
  for (const m of parsed.roles) {
    const title = knowledge.getRole(m.roleId)!.title;
    // "data analyst vs data scientist vs data engineer": two of the titles are one occupation, compared as one.
    const typed = oneOccupationTitles(m);
    if (parsed.roles.length > 1 && typed) notes.push({ kind: "one-occupation", typed, title });
    const alternatives = refs(knowledge, notCompared(m)).slice(0, MAX_TITLE_ALTERNATIVES);
    if (m.tossUp) notes.push({ kind: "ambiguous-title", typed: m.typed, choices: withMedians([{ roleId: m.roleId, title }, ...alternatives]) });
    else if (alternatives.length) notes.push({ kind: "shared-title", typed: m.typed, roleId: m.roleId, title, alternatives });
    else if (m.confidence < 1) notes.push({ kind: "interpreted-as", typed: m.typed, roleId: m.roleId, title });
  }
  const tossUps = parsed.roles.filter((m) => m.tossUp);
  const choices = tossUps.flatMap((m) => [m.roleId, ...notCompared(m).slice(0, MAX_TITLE_ALTERNATIVES)]);
  // ("compare nurse teacher and engineer pay": a broad word, left out until the kind is named.)
  for (const u of parsed.unknownRoles) notes.push(isBroadRoleWord(u) ? { kind: "left-out", typed: u, broad: true } : { kind: "left-out", typed: u });
  const skipped = refs(knowledge, parsed.skippedRoles ?? []);
  if (skipped.length) notes.push({ kind: "skipped", titles: skipped.map((s) => s.title) });
  if (aspect === "salary" || aspect === "overview") notes.push(...sharedSeriesNotes(knowledge, roles));
  if (aspect === "salary") notes.push(...figureNotes(roles));
  // The first line already says so when it is about pay in a place.
  if (
    parsed.place &&
    !verdict?.text.includes(US_FIGURES_ONLY) &&
    !verdict?.text.includes(US_ROUTES_ONLY) &&
    (aspect === "salary" || aspect === "outlook" || aspect === "overview" || aspect === "requirements")
  )
    notes.push({ kind: "us-only", place: parsed.place });
  const label = ASPECTS[aspect].label;
  const cited = answerSources(knowledge, roles, aspect, period, Boolean((verdict && !verdict.fromCards) || path));
  // (Each page once: an environment card cites the Handbook notes its verdict may quote too.)
  const sources = verdict ? [...cited, ...verdictSources(verdict).filter((v) => !cited.some((c) => c.url === v.url))] : cited;
  const answer: Answer = {
    intent: parsed.intent,
    aspect,
    heading: sameRole ? `${roles[0]!.title}: one role, several titles (${label})` : `${roles.map((r) => r.title).join(" vs ")}: ${label}`,
    verdict,
    path,
    // A verdict or path already answers; an editor's own sentence may still add to one the data cannot settle.
    keyDifference: undecided
      ? null
      : sameRole
        ? { text: `The data ${sameRoleTreatment(knowledge, parsed.roles[0]!)}`, origin: "derived" as const }
        : leadingDifference(knowledge, roles, aspect, verdict, path !== null, period, parsed.payAside === true),
    roles,
    notes,
    sources,
    credits: answerCredits(knowledge, sources),
    kind: parsed.kind ?? "facts",
    unknownRoles: parsed.unknownRoles,
    suggestions: refs(knowledge, [...new Set([...parsed.suggestions, ...choices])]),
    families: [],
    examples: [],
    // A weak match or a toss-up between occupations sharing a title: offer the choice, never guess.
    needsConfirmation: parsed.tier === "weak" || tossUps.length > 0,
    uncertainRoleIds: parsed.roles.filter((m) => tierFor(m.confidence) === "weak" || m.tossUp).map((m) => m.roleId),
  };
  if (parsed.payPeriod) answer.payPeriod = parsed.payPeriod;
  return answer;
}
