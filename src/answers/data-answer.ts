// The answer to a question about the figures themselves ("what does median mean", "where do your
// numbers come from"): what they are and where they come from, in a sentence or three, with the
// releases the knowledge was built from.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { DataTopic } from "../understanding/data-question.js";

/** What the curated roles rest on: each of their facts names its own source. */
const CURATED = "The hand-written profiles name a source (title, link, year) for every fact they give.";

export function dataAnswer(knowledge: KnowledgeBase, topic: DataTopic): string {
  const sources = knowledge.imported?.sources ?? null;
  const pay = sources ? `BLS's Occupational Employment and Wage Statistics (${sources.oews.release})` : "the U.S. Bureau of Labor Statistics";
  /** The pay release, short, for a source in brackets. */
  const cited = sources ? `BLS OEWS, ${sources.oews.release}` : "BLS";
  switch (topic) {
    case "median":
      return `The median is the middle figure: half the workers in an occupation earn more and half earn less. Unlike the average (mean), a few very high earners don't pull it up, so it is closer to what a typical worker makes. The pay figures are ${pay}.`;
    case "percentile":
      return 'A percentile is where a figure falls among the occupation\'s workers: 10% earn less than the 10th percentile, 25% less than the 25th, and so on. "The middle half" runs from the 25th to the 75th percentile; starting pay is shown as the 10th–25th and experienced pay as the 75th–90th, since BLS publishes pay by percentile, not by years of experience.';
    case "jobZone":
      return "O*NET sorts occupations into five Job Zones by how much preparation they need: 1, little or none (a few days to a few months of training); 2, some (usually high school, some training); 3, medium (vocational school, an associate degree or an apprenticeship); 4, considerable (usually a bachelor's degree); 5, extensive (usually a graduate degree).";
    case "sources":
      return sources
        ? `Pay comes from ${pay}, outlook from BLS's Employment Projections (${sources.projections.release}), and duties, skills, knowledge, education and Job Zones from O*NET ${sources.onet.version} (U.S. Department of Labor). These are US figures across all employers. ${CURATED}`
        : `${CURATED} The occupation data (BLS pay and outlook, O*NET duties and skills) is not imported on this bot.`;
    case "agencies":
      return `BLS is the U.S. Bureau of Labor Statistics: it publishes the pay figures (${cited}) and the outlook (projections of jobs and openings). O*NET is the U.S. Department of Labor's Occupational Information Network: it describes each occupation's duties, skills, knowledge, education and Job Zone.`;
    case "included":
      return `BLS's wages count base pay, commissions, production bonuses, tips, hazard pay and on-call pay; they leave out overtime pay, shift differentials, year-end and other non-production bonuses, and benefits such as health insurance or retirement (${cited}).`;
    case "national":
      return `The figures are for the whole US: each is a national figure across every state and employer (${cited}). This bot has no state or city figures.`;
    case "yearHours":
      return "BLS turns an hourly wage into a yearly one as 2,080 hours (40 hours a week for 52 weeks); jobs paid only by the year (teachers) or only by the hour (actors) get one of the two.";
    case "openings":
      return sources
        ? `Openings a year are BLS's projection of the jobs to fill each year over ${sources.projections.release}: new jobs from growth, plus workers who leave the occupation or stop working.`
        : "Openings a year are BLS's projection of the jobs to fill each year: new jobs from growth, plus workers who leave the occupation or stop working.";
    case "taxes":
      return `The pay figures are gross: wages before taxes and deductions, as ${pay} reports them. Take-home pay depends on the state, filing status and deductions, which the data doesn't cover.`;
    case "reliability":
      return `They are estimates from a large survey: ${pay} asks about 1.1 million workplaces, over three years, what they pay each occupation. A national median is solid; it is no figure for one city, employer or level of experience, and occupations with few workers have wider margins. The 10th–90th percentile range shows how far one job's pay may sit from it.`;
    case "otherSites":
      return `Sites like Glassdoor, Indeed or Levels.fyi show pay that people report themselves or that job ads list, often for particular companies, cities and titles, sometimes with bonuses and stock. The figures here are employers' payrolls across every employer in the US (${cited}): base wages, without overtime or year-end bonuses. A site can show more for a big-city or big-company job and less for others; they count different things.`;
    case "dataYear":
      return sources
        ? `Pay is ${pay}, outlook BLS's projections for ${sources.projections.release}, and job details O*NET ${sources.onet.version} (${sources.onet.release}). BLS surveys pay once a year; each answer names the release it uses.`
        : CURATED;
  }
}
