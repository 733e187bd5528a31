// "whats better for the future, IT or healthcare", "tech or healthcare which has more jobs": two fields
// of work set side by side on the figures summed over each (field-figures.ts), the measure asked first.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { RankField, RankMeasure, RankRequest } from "../understanding/ranked-question.js";
import type { Verdict } from "./answer.js";
import { fieldFigures, type FieldFigures } from "./field-figures.js";
import { formatMoney, formatPercentChange, round1, roughCount } from "./format-figures.js";
import { projectionsRelease } from "./role-evidence.js";
import { capitalised } from "../text/capitalised.js";

/** One comparison the verdict makes: the field ahead on it (null: about the same) and what it says of it. */
interface Clause {
  measure: "pay" | "growth" | "openings" | "workers";
  ahead: RankField | null;
  /** After the field's name: "pay more (a median of $116,580 vs $80,110 a year …)". */
  text: string;
}

/** Medians within this share of each other, or growth within this many points, are "about the same". */
const SAME_PAY_SHARE = 0.03;
const SAME_GROWTH_POINTS = 0.5;

/** The fields' figures, each the larger first: [ahead, its figure, the other's figure]. */
function order<T extends number>(a: RankField, b: RankField, x: T, y: T): [RankField, T, T] {
  return x >= y ? [a, x, y] : [b, y, x];
}

function clauses(a: RankField, b: RankField, x: FieldFigures, y: FieldFigures, release: string): Clause[] {
  const out: Clause[] = [];
  if (x.medianPay !== null && y.medianPay !== null) {
    const [ahead, hi, lo] = order(a, b, x.medianPay, y.medianPay);
    const figures = `a median of ${formatMoney(hi)} vs ${formatMoney(lo)} a year, for the occupation of the middle worker in each`;
    const same = hi - lo <= hi * SAME_PAY_SHARE;
    out.push({ measure: "pay", ahead: same ? null : ahead, text: same ? `pay about the same (${figures})` : `pay more (${figures})` });
  }
  if (x.growth !== null && y.growth !== null) {
    const [ahead, fast, slow] = order(a, b, x.growth, y.growth);
    const figures = `${formatPercentChange(round1(fast))} vs ${formatPercentChange(round1(slow))} over ${release}`;
    const same = fast - slow < SAME_GROWTH_POINTS;
    out.push({
      measure: "growth",
      ahead: same ? null : ahead,
      text: same ? `are projected to grow about as fast (${figures})` : `are projected to grow faster (${figures})`,
    });
  }
  if (x.openings !== null && y.openings !== null) {
    const [ahead, many, few] = order(a, b, x.openings, y.openings);
    out.push({ measure: "openings", ahead, text: `have more openings (about ${roughCount(many * 1000)} vs ${roughCount(few * 1000)} a year)` });
  }
  if (x.workers > 0 && y.workers > 0) {
    const [ahead, many, few] = order(a, b, x.workers, y.workers);
    out.push({ measure: "workers", ahead, text: `employ more people (about ${roughCount(many)} vs ${roughCount(few)})` });
  }
  return out;
}

/** Which clause a measure asked puts first ("which has more jobs": openings). */
const FIRST_FOR: Partial<Record<RankMeasure, Clause["measure"]>> = { pay: "pay", growth: "growth", openings: "openings" };

/** The clauses as sentences' parts, those of one field ahead joined: "healthcare occupations have more openings (…) and employ more people (…)". */
function joined(ordered: readonly Clause[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ordered.length;) {
    const ahead = ordered[i]!.ahead;
    const texts: string[] = [];
    for (; i < ordered.length && ordered[i]!.ahead === ahead; i++) texts.push(ordered[i]!.text);
    const listed = texts.length > 2 ? `${texts.slice(0, -1).join(", ")} and ${texts.at(-1)}` : texts.join(" and ");
    parts.push(`${ahead ? ahead.label : "both"} ${listed}`);
  }
  return parts.join("; ");
}

/**
 * "Healthcare occupations have more openings (…); computer and IT occupations pay more (…)": the
 * measure asked first, then the rest, grouped by the field ahead. With no measure asked, better is
 * said to depend on what matters first.
 */
export function fieldsVerdict(knowledge: KnowledgeBase, measure: RankMeasure, a: RankField, b: RankField): Verdict {
  const x = fieldFigures(knowledge, a);
  const y = fieldFigures(knowledge, b);
  const release = projectionsRelease(knowledge);
  const all = clauses(a, b, x, y, release);
  if (!all.length) return { text: `The data has no figures to set ${a.label} beside ${b.label}.`, basis: "none" };
  const asked = all.find((c) => c.measure === FIRST_FOR[measure]);
  const rest = all.filter((c) => c !== asked);
  // After the first clause, the others of the same field ahead, so that they read as one.
  const lead = asked ?? rest[0]!;
  const ordered = [lead, ...rest.filter((c) => c !== lead && c.ahead === lead.ahead), ...rest.filter((c) => c !== lead && c.ahead !== lead.ahead)];
  const text = capitalised(joined(ordered));
  const largest = [x.largest, y.largest].filter((e) => e !== null).map((e) => e.title);
  const below = largest.length === 2 ? ` The largest occupation of each, side by side below: ${largest[0]} and ${largest[1]}.` : "";
  const wages = knowledge.imported?.sources.oews.release;
  const cite = `${wages ? `BLS, ${wages}; ` : ""}BLS projections ${release}; summed over every occupation in each`;
  // ("college or trade school": the work each way leads to, which is all the data can set side by side.)
  const schooling =
    a.minEducation || b.minEducation ? " The data compares the work each way leads to; what the schooling costs and how long it takes are not in it." : "";
  return { text: `${asked ? "" : "Better depends on what matters to you. On the data: "}${text} (${cite}).${schooling}${below}`, basis: "data" };
}

/** The cards: the occupation that employs the most people in each field. */
export function fieldsCards(knowledge: KnowledgeBase, request: RankRequest): RoleEntry[] {
  const fields = [request.field, request.versus].filter((f) => f !== null && f !== undefined);
  return fields.map((f) => fieldFigures(knowledge, f).largest).filter((e) => e !== null);
}

/** "Computer and IT occupations vs healthcare occupations". */
export function fieldsHeading(request: RankRequest): string {
  return `${capitalised(request.field?.label ?? "")} vs ${request.versus?.label ?? ""}`;
}
