// "is healthcare a good field", "are trades in demand": a field's own outlook, from the figures summed
// over every occupation in it (field-figures.ts), said before the ranking of its best jobs.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RankField } from "../understanding/ranked-question.js";
import { averageGrowth } from "./all-occupations.js";
import { fieldFigures } from "./field-figures.js";
import { formatMoney, formatPercentChange, round1, roughCount } from "./format-figures.js";
import { outlookLead } from "./outlook-lead.js";
import { projectionsRelease } from "./role-evidence.js";

/**
 * "The outlook is good for healthcare occupations: jobs are projected to change +9.5% over 2024–34
 * (all jobs: +3.1%), with about 1.9 million openings a year; …": null without projections for it.
 */
export function fieldOutlookSentence(knowledge: KnowledgeBase, field: RankField): string | null {
  const figures = fieldFigures(knowledge, field);
  if (figures.growth === null) return null;
  const average = averageGrowth(knowledge);
  const release = projectionsRelease(knowledge);
  const versus = average !== null ? ` (all jobs: ${formatPercentChange(average)})` : "";
  const openings = figures.openings !== null ? `, with about ${roughCount(figures.openings * 1000)} openings a year` : "";
  const pay = figures.medianPay !== null ? `; the occupation of its middle worker has a median pay of ${formatMoney(figures.medianPay)} a year` : "";
  const wages = knowledge.imported?.sources.oews.release;
  const cite = `${wages && pay ? `BLS, ${wages}; ` : ""}BLS projections ${release}; summed over every occupation in it`;
  return `${outlookLead(figures.growth, average)} for ${field.label}: jobs are projected to change ${formatPercentChange(round1(figures.growth))} over ${release}${versus}${openings}${pay} (${cite}).`;
}
