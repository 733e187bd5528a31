// One role's facts for one aspect: its bullets, a few structured facts and (for pay) its figures.
// Curated roles speak in their editor's words; imported occupations in the O*NET/BLS data's.
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { CuratedEntry, RoleEntry } from "../knowledge/role-entry.js";
import type { Fact, PayPeriod, RoleFacts } from "./answer.js";
import { EDUCATION_LABELS, LEVEL_LABELS, clip, formatYears } from "./format-figures.js";
import { blsEducationLevel, occupationBulletsAndFacts, outlookFacts } from "./occupation-facts.js";
import { figuresOf, medianPayFact } from "./role-figures.js";

export { figuresOf, headlineFigure, toSourceView } from "./role-figures.js";

function titlesOf(knowledge: KnowledgeBase, ids: readonly string[]): string {
  return ids.map((id) => knowledge.getRole(id)?.title ?? id).join(", ");
}

function curatedOutlook(knowledge: KnowledgeBase, entry: CuratedEntry): { bullets: string[]; facts: Fact[] } {
  if (entry.occupation) {
    const facts = outlookFacts(entry.occupation);
    if (facts.length) return { bullets: [`Figures for the occupation this role belongs to (${entry.occupation.title}, ${entry.occupation.code}).`], facts };
  }
  if (!knowledge.imported) return { bullets: ["Outlook figures come with the O*NET/BLS import (see the README: npm run import-occupations)."], facts: [] };
  return { bullets: ["BLS Employment Projections have no row for this role's occupation."], facts: [] };
}

function curatedBulletsAndFacts(knowledge: KnowledgeBase, entry: CuratedEntry, aspect: AspectId): { bullets: string[]; facts: Fact[] } {
  const role = entry.role;
  const { requirements: req, environment: env, career } = role;
  switch (aspect) {
    case "duties":
      return { bullets: role.duties, facts: [] };
    case "skills":
      return { bullets: role.skills, facts: [] };
    case "requirements": {
      const facts: Fact[] = [
        { label: "Education", value: EDUCATION_LABELS[req.education.typical] + (req.education.fields.length ? ` (${req.education.fields.join(", ")})` : "") },
        { label: "Experience", value: formatYears(req.experience.minYears, req.experience.maxYears) },
      ];
      if (req.certifications.length) facts.push({ label: "Certifications", value: req.certifications.join("; ") });
      return { bullets: req.bullets, facts };
    }
    case "environment": {
      const facts: Fact[] = [
        { label: "Settings", value: env.settings.join(", ") },
        { label: "Schedule", value: env.schedule },
        { label: "Travel", value: env.travel },
      ];
      if (env.industries.length) facts.push({ label: "Industries", value: env.industries.join(", ") });
      return { bullets: env.bullets, facts };
    }
    case "salary":
      return { bullets: role.salary.note ? [role.salary.note] : [], facts: [] };
    case "career": {
      const facts: Fact[] = [
        { label: "Level", value: LEVEL_LABELS[career.level] },
        { label: "Reports to", value: career.reportsTo.join("; ") },
      ];
      if (career.previous.length) facts.push({ label: "Often comes from", value: titlesOf(knowledge, career.previous) });
      if (career.next.length) facts.push({ label: "Can lead to", value: titlesOf(knowledge, career.next) });
      return { bullets: career.bullets ?? [], facts };
    }
    case "outlook":
      return curatedOutlook(knowledge, entry);
    case "overview": {
      const facts: Fact[] = [
        { label: "Level", value: LEVEL_LABELS[career.level] },
        { label: "Typical education", value: EDUCATION_LABELS[req.education.typical] },
      ];
      const pay = medianPayFact(figuresOf(knowledge, entry));
      if (pay) facts.push(pay);
      return { bullets: role.duties.slice(0, 3), facts };
    }
  }
}

/** An overview is a first look: the summary's first sentence and two short duties per role (issue: first view ≤ 1,200 characters). */
const OVERVIEW_BULLETS = 2;
const OVERVIEW_BULLET_MAX = 120;
const OVERVIEW_SUMMARY_MAX = 220;

/** The first sentence of a summary (O*NET descriptions run to several), within `max`. */
export function firstSentence(text: string, max: number): string {
  const first = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return clip(first, max);
}

export function roleFacts(knowledge: KnowledgeBase, entry: RoleEntry, aspect: AspectId, period: PayPeriod = "annual"): RoleFacts {
  const shown = entry.kind === "curated" ? curatedBulletsAndFacts(knowledge, entry, aspect) : occupationBulletsAndFacts(knowledge, entry, aspect);
  const { facts } = shown;
  const bullets = aspect === "overview" ? shown.bullets.slice(0, OVERVIEW_BULLETS).map((b) => clip(b, OVERVIEW_BULLET_MAX)) : shown.bullets;
  const summary = entry.kind === "curated" ? entry.role.summary : entry.occupation.description;
  return {
    roleId: entry.id,
    code: entry.code,
    origin: entry.kind,
    title: entry.title,
    family: entry.family,
    level: entry.kind === "curated" ? entry.role.career.level : null,
    education: entry.kind === "curated" ? entry.role.requirements.education.typical : blsEducationLevel(entry.occupation),
    summary: aspect === "overview" ? firstSentence(summary, OVERVIEW_SUMMARY_MAX) : summary,
    bullets,
    facts,
    figures: aspect === "salary" ? figuresOf(knowledge, entry, period) : [],
  };
}
