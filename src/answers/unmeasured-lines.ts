// What the data lacks for each thing members ask of jobs that it does not record (understanding/
// unmeasured-criteria.ts reads which one is asked): said before a ranking of something else, or in
// place of one.
import type { UnmeasuredCriterion } from "../understanding/unmeasured-criteria.js";
import { LACKS_AGE, LACKS_BENEFITS } from "./verdict-which.js";
import { GIG_PLATFORMS } from "../understanding/detect-employer.js";

/** "DoorDash's drivers and shoppers work as independent contractors, and BLS's figures count employees only". */
export function platformContractors(platform: string): string {
  return `${platform.endsWith("s") ? `${platform}'` : `${platform}'s`} drivers and shoppers work as independent contractors, and BLS's figures count employees only`;
}

/** App platforms whose drivers carry passengers: the employees in the same work drive taxis. */
const RIDE_HAILING: ReadonlySet<string> = new Set(["Uber", "Lyft"]);

const NOT_LIMITED = "the list below is not limited to them";
const NOT_WEIGHED = "the list below does not weigh them";

/** What the data lacks, as the answer opens, and what that means for a list ranked on something else (none where a measure stands in). */
const LINES: Record<UnmeasuredCriterion["id"], { lacks: string; forTheList: string }> = {
  remote: { lacks: "The data doesn't say which jobs can be done remotely", forTheList: NOT_LIMITED },
  travel: { lacks: "The data doesn't say which jobs involve travel", forTheList: NOT_LIMITED },
  benefits: { lacks: LACKS_BENEFITS, forTheList: NOT_WEIGHED },
  balance: { lacks: "The data doesn't measure work-life balance or hours", forTheList: NOT_WEIGHED },
  security: { lacks: "The data doesn't measure job security; projected growth is a fair sign of it", forTheList: "" },
  partTime: { lacks: "The data doesn't say which jobs can be done part time", forTheList: NOT_LIMITED },
  danger: { lacks: "The data doesn't measure physical demands, danger or injury rates", forTheList: NOT_WEIGHED },
  satisfaction: { lacks: "The data doesn't measure how happy or satisfied workers are", forTheList: NOT_WEIGHED },
  who: { lacks: "The data doesn't say which jobs suit or hire particular groups of people", forTheList: NOT_LIMITED },
  heights: { lacks: "The data doesn't say which jobs involve working at heights or climbing", forTheList: NOT_WEIGHED },
  indoors: { lacks: "The data doesn't say which jobs are done indoors", forTheList: NOT_LIMITED },
  gender: { lacks: "The data has no figures by gender", forTheList: "the list below is the same for anyone" },
  age: { lacks: LACKS_AGE, forTheList: "the list below is the same at any age" },
  major: {
    lacks:
      "The data doesn't rank majors: it links jobs to the level of schooling they start with, not to a subject; the best-paid jobs a new graduate with a bachelor's can start in stand in",
    forTheList: "",
  },
  associateMajor: {
    lacks:
      "The data doesn't rank two-year degrees: it links jobs to the level of schooling they start with, not to a subject; the best-paid jobs a new graduate with an associate degree can start in stand in",
    forTheList: "",
  },
  masters: {
    lacks:
      "Whether a master's pays off depends on the work it leads to: the data doesn't split pay by the degree a worker holds, nor cover its cost; the jobs that usually start with one stand in",
    forTheList: "",
  },
  doctorate: {
    lacks:
      "Whether a PhD pays off depends on the work it leads to: the data doesn't split pay by the degree a worker holds, nor cover the years it takes; the research, science and teaching jobs that usually start with one stand in (a physician's or a lawyer's doctorate is a professional degree, with its own schools)",
    forTheList: "",
  },
  young: {
    lacks:
      "The data doesn't track the ages jobs hire at (the law and employers set those); jobs that need no work experience and no more schooling than you have yet stand in",
    forTheList: "",
  },
  student: {
    lacks:
      "The data doesn't say which jobs can be done part time or around classes; jobs that need no work experience and no more than a high school diploma stand in",
    forTheList: "",
  },
  employer: { lacks: "The data has no figures by employer: BLS publishes pay by occupation across all employers", forTheList: NOT_WEIGHED },
  sector: { lacks: "The data doesn't say which jobs are in government or the military: its figures cover all employers together", forTheList: NOT_WEIGHED },
};

/** The verdict's opening sentence: what the data lacks, and what that means for the list that follows. */
export function unmeasuredLead(criterion: UnmeasuredCriterion): string {
  const { lacks, forTheList } = LINES[criterion.id];
  return forTheList ? `${lacks}, so ${forTheList}.` : `${lacks}.`;
}

/** The whole verdict when nothing else is asked: what the data lacks, and what it can rank instead. */
export function unmeasuredAlone(criterion: UnmeasuredCriterion): string {
  // ("does amazon pay well": an employer and no job; the job there is what the data can answer.)
  // ("is doordash worth it": an app's drivers are contractors, whom the wage figures leave out.)
  if (criterion.id === "employer" && criterion.employer && GIG_PLATFORMS.has(criterion.employer))
    return `${platformContractors(criterion.employer)}, so the data can't say what ${criterion.employer} pays or whether it is worth it. For employees in the same work, ask about ${RIDE_HAILING.has(criterion.employer) ? "taxi drivers" : "light truck (delivery) drivers"}.`;
  if (criterion.id === "employer")
    return `I have no figures for ${criterion.employer ?? "one employer"}: BLS publishes pay by occupation across all employers, not by employer. Ask with the job you mean there, and I'll give that occupation's figures across all employers.`;
  return `${LINES[criterion.id].lacks}, so I can't rank jobs on it. What I can rank them by: pay, projected growth, openings, schooling, stress and work with people (try "least stressful jobs that pay well").`;
}
