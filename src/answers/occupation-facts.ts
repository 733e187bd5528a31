// One imported occupation's facts for one aspect, from the O*NET and BLS data. Text that comes from
// the datasets (task statements, element names) is shown as data, credited in the answer's sources.
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import type { EducationLevel } from "../knowledge/schema.js";
import type { Fact } from "./answer.js";
import { clip, formatPercentChange, formatThousands, jobZoneName } from "./format-figures.js";
import { figuresOf, medianPayFact } from "./role-figures.js";
import type { OccupationEntry } from "../knowledge/role-entry.js";
import { spokenList } from "../text/spoken-list.js";

const TASKS_SHOWN = 6;
const TASK_MAX = 190;
const TOP_SKILLS = 6;
const TOP_KNOWLEDGE = 4;
const TOP_TECH = 6;
const RELATED_SHOWN = 5;
/** Categories below this share of respondents are noise in a one-line summary. */
const MIN_SHARE = 5;

/** BLS typical entry education, as published in Employment Projections table 1.2. */
const BLS_EDUCATION: Record<string, EducationLevel> = {
  "no formal educational credential": "none",
  "high school diploma or equivalent": "high-school",
  "postsecondary nondegree award": "postsecondary-certificate",
  "some college, no degree": "some-college",
  "associate's degree": "associate",
  "bachelor's degree": "bachelor",
  "master's degree": "master",
  "doctoral or professional degree": "doctorate",
};

export function blsEducationLevel(occupation: Occupation): EducationLevel | null {
  return educationLevelOf(occupation.projection?.entryEducation);
}

/** BLS's typical entry education, as published, as a level. */
export function educationLevelOf(entryEducation: string | null | undefined): EducationLevel | null {
  const text = entryEducation?.trim().toLowerCase();
  return (text && BLS_EDUCATION[text]) || null;
}

function distributionLine(labels: readonly string[], values: readonly number[] | null, limit = 3): string | null {
  if (!values) return null;
  const top = values
    .map((percent, i) => ({ label: labels[i] ?? "", percent }))
    .filter((s) => s.percent >= MIN_SHARE && s.label)
    .sort((a, b) => b.percent - a.percent)
    .slice(0, limit);
  return top.length ? top.map((s) => `${Math.round(s.percent)}% ${s.label.toLowerCase()}`).join(", ") : null;
}

/** The work style whose importance stands in for stress (see element-cues.ts). */
const STRESS_TOLERANCE = "Stress Tolerance";
/** What the import lacks for an environment card. */
const NO_WORK_CONTEXT = "Hours, shifts, physical demands and work settings: nothing is recorded for this occupation yet.";

/** The recorded conditions an environment card shows, in order, with their labels. */
const CONDITION_FIELDS: readonly (readonly ["hours" | "physical" | "setting", string])[] = [
  ["hours", "Hours"],
  ["physical", "Physical demands"],
  ["setting", "Where they work"],
];

/** Element names by importance, highest first, from numbers aligned to the element list. */
export function topElements(
  names: readonly string[],
  ratings: Occupation["skills"],
  limit: number,
): { name: string; importance: number; level: number | null }[] {
  return ratings
    .map((r, i) => (r ? { name: names[i] ?? "", importance: r[0], level: r[1] } : null))
    .filter((r): r is { name: string; importance: number; level: number | null } => r !== null && r.name !== "")
    .sort((a, b) => b.importance - a.importance)
    .slice(0, limit);
}

export function outlookFacts(occupation: Occupation): Fact[] {
  const p = occupation.projection;
  if (!p) return [];
  const facts: Fact[] = [];
  if (p.employment2024 !== null && p.employment2034 !== null) {
    const change = p.changePercent === null ? "" : ` (${formatPercentChange(p.changePercent)})`;
    facts.push({ label: "Jobs, 2024 → 2034", value: `${formatThousands(p.employment2024)} → ${formatThousands(p.employment2034)}${change}` });
  }
  if (p.openingsPerYear !== null) facts.push({ label: "Openings a year", value: formatThousands(p.openingsPerYear) });
  if (p.aggregate) facts.push({ label: "Projected as", value: `${p.title} (${p.code}), a group BLS projects together` });
  return facts;
}

export function occupationBulletsAndFacts(knowledge: KnowledgeBase, entry: OccupationEntry, aspect: AspectId): { bullets: string[]; facts: Fact[] } {
  const o = entry.occupation;
  const imported = knowledge.imported!;
  switch (aspect) {
    case "duties":
      return {
        bullets: o.tasks.slice(0, TASKS_SHOWN).map((t) => clip(t, TASK_MAX)),
        facts: o.tasks.length ? [] : [{ label: "Tasks", value: "not in the data for this occupation" }],
      };
    case "skills": {
      const facts: Fact[] = [];
      const skills = topElements(imported.elements.skills, o.skills, TOP_SKILLS);
      const knowledgeAreas = topElements(imported.elements.knowledge, o.knowledge, TOP_KNOWLEDGE);
      if (skills.length) facts.push({ label: "Most important skills", value: skills.map((s) => s.name).join(", ") });
      if (knowledgeAreas.length) facts.push({ label: "Knowledge", value: knowledgeAreas.map((s) => s.name).join(", ") });
      // O*NET's technology skills are software: "tools" promised an electrician's AutoCAD as if it were his pliers.
      if (o.hotTechnologies.length) facts.push({ label: "Software in demand", value: o.hotTechnologies.slice(0, TOP_TECH).join(", ") });
      if (!facts.length) facts.push({ label: "Skills", value: "not rated in the data for this occupation" });
      return { bullets: [], facts };
    }
    case "requirements": {
      const facts: Fact[] = [];
      const p = o.projection;
      if (p?.entryEducation) facts.push({ label: "Typical entry education (BLS)", value: p.entryEducation });
      if (p?.workExperience) facts.push({ label: "Work experience (BLS)", value: p.workExperience });
      if (p?.onTheJobTraining) facts.push({ label: "On-the-job training (BLS)", value: p.onTheJobTraining });
      const zone = imported.jobZones.find((z) => z.zone === o.jobZone);
      if (zone) facts.push({ label: "O*NET Job Zone", value: `${zone.zone} of 5: ${jobZoneName(zone)}` });
      const bullets: string[] = [];
      const education = distributionLine(imported.categories.education, o.education);
      if (education) bullets.push(`Education required, as workers surveyed by O*NET report it: ${education}.`);
      const experience = distributionLine(imported.categories.experience, o.experience, 2);
      if (experience) bullets.push(`Related work experience: ${experience}.`);
      const training = distributionLine(imported.categories.training, o.training, 2);
      if (training) bullets.push(`On-the-job training: ${training}.`);
      if (!facts.length && !bullets.length) bullets.push("Education and training are not in the data for this occupation.");
      return { bullets, facts };
    }
    case "environment": {
      // What the data has that bears on the conditions: the stress the work calls for handling, and the
      // work values it satisfies most (O*NET's Working Conditions value covers job security and conditions).
      const facts: Fact[] = [];
      const stress = imported.elements.workStyles.indexOf(STRESS_TOLERANCE);
      const rated = stress >= 0 ? o.workStyles[stress] : null;
      if (rated !== null && rated !== undefined) facts.push({ label: "Stress tolerance the work calls for (O*NET)", value: `${rated.toFixed(1)} of 5` });
      const values = topElements(
        imported.elements.workValues,
        o.workValues.map((v) => (v === null ? null : [v, null])),
        2,
      );
      if (values.length) facts.push({ label: "Work values it satisfies most (O*NET)", value: values.map((v) => v.name).join(" and ") });
      // The Handbook's notes an editor recorded (data/conditions.yaml), where there are any: they are the data's hours and demands.
      const recorded = knowledge.conditionsFor(o.code);
      if (!recorded) return { bullets: [NO_WORK_CONTEXT], facts };
      const bullets = CONDITION_FIELDS.filter(([field]) => recorded[field]).map(([field, label]) => `${label} (BLS Handbook): ${recorded[field]}`);
      const missing = CONDITION_FIELDS.filter(([field]) => !recorded[field]).map(([, label]) => label.toLowerCase());
      if (missing.length) bullets.push(`${spokenList(missing).replace(/^./, (c) => c.toUpperCase())}: not recorded for this occupation.`);
      return { bullets, facts };
    }
    case "salary":
      return { bullets: figuresOf(knowledge, entry).length ? [] : ["BLS publishes no wage figures for this occupation."], facts: [] };
    case "outlook": {
      const facts = outlookFacts(o);
      return { bullets: facts.length ? [] : ["BLS Employment Projections have no row for this occupation."], facts };
    }
    case "career": {
      const facts: Fact[] = [];
      const related = o.related
        .slice(0, RELATED_SHOWN)
        .map((r) => knowledge.getRole(r.code)?.title)
        .filter((t): t is string => Boolean(t));
      if (related.length) facts.push({ label: "Related occupations", value: related.join(", ") });
      const interests = topElements(
        imported.elements.interests,
        o.interests.map((v) => (v === null ? null : [v, null])),
        2,
      );
      if (interests.length) facts.push({ label: "Suits people who are", value: interests.map((i) => i.name).join(" and ") });
      const styles = topElements(
        imported.elements.workStyles,
        o.workStyles.map((v) => (v === null ? null : [v, null])),
        3,
      );
      if (styles.length) facts.push({ label: "Work styles that matter most", value: styles.map((s) => s.name).join(", ") });
      const zone = imported.jobZones.find((z) => z.zone === o.jobZone);
      if (zone) facts.push({ label: "Preparation", value: `Job Zone ${zone.zone} of 5` });
      return { bullets: [], facts };
    }
    case "overview": {
      const facts: Fact[] = [];
      const p = o.projection;
      if (p?.entryEducation) facts.push({ label: "Typical entry education", value: p.entryEducation });
      const pay = medianPayFact(figuresOf(knowledge, entry));
      if (pay) facts.push(pay);
      if (p?.changePercent !== null && p?.changePercent !== undefined) facts.push({ label: "Job growth 2024–34", value: formatPercentChange(p.changePercent) });
      return { bullets: o.tasks.slice(0, 3).map((t) => clip(t, TASK_MAX)), facts };
    }
  }
}
