// One role's facts for one aspect: its bullets, a few structured facts and (for pay) its figures.
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Role, Source } from "../knowledge/schema.js";
import type { Fact, FigureView, RoleFacts, SourceView } from "./answer.js";
import { EDUCATION_LABELS, LEVEL_LABELS, formatMoney, formatYears, figureAttribution } from "./format-figures.js";

export function toSourceView(source: Source): SourceView {
  return {
    id: source.id,
    title: source.title,
    url: source.url,
    year: source.year,
    ...(source.yearIs === "accessed" ? { accessed: true } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
  };
}

export function figuresOf(role: Role): FigureView[] {
  return role.salary.figures.map((f) => {
    const source = role.sources.find((s) => s.id === f.source)!; // cross-checked at load time
    return {
      roleId: role.id,
      source: toSourceView(source),
      year: f.year,
      region: f.region,
      currency: f.currency,
      period: f.period,
      indicative: f.indicative ?? false,
      ...(f.basis ? { basis: f.basis } : {}),
      ...(f.series ? { series: f.series } : {}),
      ...(f.median !== undefined ? { median: f.median } : {}),
      ...(f.mean !== undefined ? { mean: f.mean } : {}),
      ...(f.entry ? { entry: f.entry } : {}),
      ...(f.experienced ? { experienced: f.experienced } : {}),
      ...(f.percentiles ? { percentiles: f.percentiles } : {}),
      ...(f.note ? { note: f.note } : {}),
    };
  });
}

/** The figure to lead with: a dated, sourced median (the statistics agency's) before an undated one. */
export function headlineFigure(figures: readonly FigureView[]): FigureView | undefined {
  const withMedian = figures.filter((f) => f.median !== undefined);
  return withMedian.find((f) => f.year !== null) ?? withMedian[0] ?? figures[0];
}

function titlesOf(knowledge: KnowledgeBase, ids: readonly string[]): string {
  return ids.map((id) => knowledge.getRole(id)?.title ?? id).join(", ");
}

function bulletsAndFacts(knowledge: KnowledgeBase, role: Role, aspect: AspectId): { bullets: string[]; facts: Fact[] } {
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
      // Filled from the imported projections; curated roles have none yet.
      return { bullets: ["No outlook data for this role yet."], facts: [] };
    case "overview": {
      const headline = headlineFigure(figuresOf(role));
      const facts: Fact[] = [
        { label: "Level", value: LEVEL_LABELS[career.level] },
        { label: "Typical education", value: EDUCATION_LABELS[req.education.typical] },
      ];
      if (headline?.median !== undefined)
        facts.push({ label: "Median pay", value: `${formatMoney(headline.median, headline.currency)} (${headline.region}, ${figureAttribution(headline)})` });
      return { bullets: role.duties.slice(0, 3), facts };
    }
  }
}

export function roleFacts(knowledge: KnowledgeBase, role: Role, aspect: AspectId): RoleFacts {
  const { bullets, facts } = bulletsAndFacts(knowledge, role, aspect);
  return {
    roleId: role.id,
    title: role.title,
    family: role.family,
    level: role.career.level,
    education: role.requirements.education.typical,
    summary: role.summary,
    bullets,
    facts,
    figures: aspect === "salary" ? figuresOf(role) : [],
  };
}
