// Key differences derived from the imported data for any pair of occupations (or curated roles
// that name one), where no editor wrote a sentence: the skills and knowledge that most separate
// them (importance gaps), pay from one release, growth 2024-34 and entry education.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import type { RoleFacts } from "./answer.js";
import type { EducationLevel } from "../knowledge/schema.js";
import { EDUCATION_LABELS, formatPercentChange as signed } from "./format-figures.js";
import { projectionsRelease } from "./role-evidence.js";

/** An importance gap (1-5 scale) smaller than this is noise between two surveys. */
const MIN_GAP = 0.5;
const DISTINCTIVE_SHOWN = 2;
/** An element rated below "important" (3 of 5) for the role itself says little of it, whatever the gap. */
const MIN_IMPORTANCE = 3;

function occupationOf(knowledge: KnowledgeBase, facts: RoleFacts): Occupation | null {
  return knowledge.getRole(facts.roleId)?.occupation ?? null;
}

/** Skills and knowledge areas where `a` is rated more important than `b`, largest gap first. */
export function distinctiveElements(knowledge: KnowledgeBase, a: Occupation, b: Occupation, limit = DISTINCTIVE_SHOWN): string[] {
  const elements = knowledge.imported?.elements;
  if (!elements || !a.hasRatings || !b.hasRatings) return [];
  const gaps: { name: string; gap: number }[] = [];
  const collect = (names: readonly string[], ra: Occupation["skills"], rb: Occupation["skills"]) => {
    names.forEach((name, i) => {
      const x = ra[i];
      const y = rb[i];
      if (x && y && x[0] >= MIN_IMPORTANCE && x[0] - y[0] >= MIN_GAP) gaps.push({ name, gap: x[0] - y[0] });
    });
  };
  collect(elements.skills, a.skills, b.skills);
  collect(elements.knowledge, a.knowledge, b.knowledge);
  // ("Mathematics" is both a skill and a knowledge area: named once, at its larger gap.)
  const names = gaps.sort((p, q) => q.gap - p.gap).map((g) => g.name);
  return names.filter((name, i) => names.indexOf(name) === i).slice(0, limit);
}

function growthOf(o: Occupation | null): number | null {
  return o?.projection?.changePercent ?? null;
}

/** "Data Scientist is projected to grow faster: +33.5% vs +15.8% for Software Developer (BLS 2024–34). Openings a year: …" */
export function outlookDifference(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): string | null {
  const growth = growthDifference(knowledge, roles);
  if (growth === null) return null;
  const openings = roles.map((r) => occupationOf(knowledge, r)?.projection?.openingsPerYear);
  if (openings.some((o) => o == null)) return growth;
  return `${growth} Openings a year: ${roles.map((r, i) => `${r.title} ${Math.round(openings[i]! * 1000).toLocaleString("en-US")}`).join(", ")}.`;
}

/** "Data Scientist is projected to grow faster: +33.5% vs +15.8% for Software Developer (BLS 2024–34)." */
function growthDifference(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): string | null {
  const rows = roles.map((r) => ({ r, growth: growthOf(occupationOf(knowledge, r)) }));
  if (rows.some((x) => x.growth === null)) return null;
  const sorted = [...rows].sort((a, b) => b.growth! - a.growth!);
  const top = sorted[0]!;
  const release = projectionsRelease(knowledge);
  if (sorted.every((x) => x.growth === top.growth))
    return `${roles.map((r) => r.title).join(" and ")} are projected to grow alike (${signed(top.growth!)}, BLS ${release}).`;
  // "Shrink less" when every one is projected to shrink: -0.5% is no growth.
  return `${top.r.title} is projected to ${top.growth! < 0 ? "shrink less" : "grow faster"}: ${signed(top.growth!)} vs ${sorted
    .slice(1)
    .map((x) => `${signed(x.growth!)} for ${x.r.title}`)
    .join(" and ")} (BLS ${release}).`;
}

/** "Software Developer leans more on Programming and Systems Analysis; Data Scientist on Mathematics and Statistics." */
export function skillsDifference(knowledge: KnowledgeBase, roles: readonly RoleFacts[]): string | null {
  if (roles.length !== 2) return null;
  const [a, b] = roles as [RoleFacts, RoleFacts];
  const oa = occupationOf(knowledge, a);
  const ob = occupationOf(knowledge, b);
  if (!oa || !ob || oa.code === ob.code) return null;
  // O*NET 29.3 has no skill or knowledge ratings for some rated occupations (Software Developers):
  // with nothing to compare, say nothing rather than "alike".
  const rated = (o: Occupation) => o.skills.some((r) => r !== null) || o.knowledge.some((r) => r !== null);
  if (!rated(oa) || !rated(ob)) return null;
  const aMore = distinctiveElements(knowledge, oa, ob);
  const bMore = distinctiveElements(knowledge, ob, oa);
  if (!aMore.length && !bMore.length) return `O*NET rates ${a.title} and ${b.title} alike on skills and knowledge; no area differs by much.`;
  const parts: string[] = [];
  if (aMore.length) parts.push(`${a.title} leans more on ${elementList(aMore)}`);
  // "…; Data Scientist on Mathematics" after the first role's part, in full when it stands alone.
  if (bMore.length) parts.push(`${b.title} ${aMore.length ? "" : "leans more "}on ${elementList(bMore)}`);
  return `${parts.join("; ")} (O*NET importance ratings).`;
}

/** "Biology and on Therapy and Counseling": a name with "and" in it is kept apart from the next. */
function elementList(names: readonly string[]): string {
  return names.join(names.some((n) => n.includes(" and ")) ? " and on " : " and ");
}

/** The overview's pay sentence and the gap it states (0 when pay is about the same). */
export interface PayGap {
  text: string;
  percent: number;
}

/** How much each kind of difference says, so an overview leads with the largest: a 50% pay gap beats a skill list, a 20-point growth gap beats a 3% pay gap. */
const SALIENCE = {
  /** Per percent of pay gap. */
  payPercent: 0.1,
  /** Per percentage point of growth gap. */
  growthPoint: 0.25,
  /** A difference in the skills and knowledge that matter: a fixed weight. */
  skills: 2,
  /** "O*NET rates them alike": true, but says little. */
  skillsAlike: 0.5,
  /** Per year of school between entry education levels (YEARS_OF_SCHOOL). */
  educationYear: 0.75,
  /** The same entry education: worth saying only when nothing else is. */
  sameEducation: 0.1,
} as const;
const OVERVIEW_SENTENCES = 2;
/** Rough years of school past age 16 each entry level takes, so high school to a bachelor's is four years, not four steps of the list. */
const YEARS_OF_SCHOOL: Readonly<Record<EducationLevel, number>> = {
  none: 0,
  "high-school": 2,
  "postsecondary-certificate": 3,
  "some-college": 3,
  associate: 4,
  bachelor: 6,
  master: 8,
  doctorate: 10,
};

/** One or two sentences for an overview of imported occupations: the largest of the pay, skills, growth and education gaps. */
export function overviewFromData(knowledge: KnowledgeBase, roles: readonly RoleFacts[], pay: PayGap | null): string | null {
  if (roles.some((r) => !occupationOf(knowledge, r))) return null;
  // Each sentence is written only if chosen: the weights come from the figures alone.
  const candidates: { text: () => string | null; weight: number }[] = [];
  if (pay) candidates.push({ text: () => pay.text, weight: pay.percent * SALIENCE.payPercent });
  const skills = skillsDifference(knowledge, roles);
  if (skills) candidates.push({ text: () => skills, weight: skills.startsWith("O*NET rates") ? SALIENCE.skillsAlike : SALIENCE.skills });
  const growths = roles.map((r) => growthOf(occupationOf(knowledge, r)));
  if (growths.every((g) => g !== null))
    candidates.push({ text: () => growthDifference(knowledge, roles), weight: (Math.max(...growths) - Math.min(...growths)) * SALIENCE.growthPoint });
  const levels = roles.map((r) => r.education);
  if (levels.every((l) => l !== null)) {
    const years = levels.map((l) => YEARS_OF_SCHOOL[l]);
    const spread = Math.max(...years) - Math.min(...years);
    candidates.push(
      spread === 0
        ? {
            text: () => `${roles.length > 2 ? "Each usually starts" : "Both usually start"} with ${EDUCATION_LABELS[levels[0]!]} (BLS).`,
            weight: SALIENCE.sameEducation,
          }
        : {
            text: () => `Entry education: ${roles.map((r) => `${r.title} ${EDUCATION_LABELS[r.education!]}`).join(", ")} (BLS).`,
            weight: spread * SALIENCE.educationYear,
          },
    );
  }
  // The largest first; a stable sort keeps pay, skills, growth, education on a tie.
  const chosen = candidates
    .sort((a, b) => b.weight - a.weight)
    .slice(0, OVERVIEW_SENTENCES)
    .map((c) => c.text())
    .filter((t) => t !== null);
  return chosen.length ? chosen.join(" ") : null;
}
