// Yes-or-no questions about one role ("do I need a degree to be X", "is X a good career", "is X
// well paid", "is X stressful"): the answer first ("Usually, yes", "Usually not"), then the
// evidence in one sentence. Where the data cannot say, the line says what it does show.
import { asksHowLong, trainingTime, trainingTimeText } from "./training-time.js";
import { withArticle } from "./indefinite-article.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import { EDUCATION_LEVELS, type EducationLevel, type Route } from "../knowledge/schema.js";
import { BOOTCAMP, SCHOOL_HOURS, type QuestionTopic } from "../understanding/detect-topic.js";
import { ROOM_TO_GROW_WORDS } from "../understanding/lexicon.js";
import { conditionsVerdict, noteAnswersFirst } from "./verdict-conditions.js";
import { routeInto, withEditorSentence, withRouteInto } from "./editor-sentence.js";
import { normalizeWords } from "../text/normalize.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { elementCue } from "./element-cues.js";
import { EDUCATION_LABELS, formatMoney, formatPercentChange, formatThousands, jobZoneSentence, perUnit } from "./format-figures.js";
import { educationLevelOf } from "./occupation-facts.js";
import {
  blsTraining,
  earnsMedian,
  educationRank,
  elementRating,
  entryEducation,
  headlineMedian,
  occupationOf,
  payPercentile,
  projectionsRelease,
  shareRequiringAtLeast,
  shortAttribution,
} from "./role-evidence.js";
import { averageGrowth, ratingPercentile } from "./all-occupations.js";
import { interestVerdict } from "./verdict-interest.js";
import { asksLeftOutPay, payExtrasVerdict } from "./verdict-pay-extras.js";
import { toolsLine } from "./verdict-tools.js";
import { leadsOnSentence } from "./verdict-leads-to.js";
import { BLS_EDUCATION_MEASURES, schoolingLengthNote, schoolingLengthSentence, trainingLength } from "./schooling-length.js";
import { NO_ADMISSIONS, NO_AGE, NO_BENEFITS, NO_COSTS, NO_PAY_BASIS, recordVerdict } from "./verdict-which.js";
import { wordStems } from "../text/word-stems.js";
import { outlookLead } from "./outlook-lead.js";
import { licenceVerdict } from "./verdict-licence.js";
import { MEAN_ASKED, payFactsVerdict } from "./verdict-pay-facts.js";
import { degreeOrExperienceVerdict, weighsExperience } from "./verdict-degree-or-experience.js";

/** A share of workers between these (percent) is "it depends", not a yes or a no. */
const MIXED_SHARE: readonly [number, number] = [35, 65];

/** "a master's", "a bachelor's", or any degree ("associate") by the words asked. */
export function askedLevel(words: string): { level: EducationLevel; label: string } {
  if (/\b(masters?|mba|msc|ma)\b/.test(words)) return { level: "master", label: "a master's degree" };
  if (/\b(phd|doctorate|doctoral)\b/.test(words)) return { level: "doctorate", label: "a doctorate" };
  // ("do you need a law degree to be a mediator": a professional degree, which BLS counts with doctorates.)
  if (/\b(law degree|jd|juris doctor|law school|medical degree|med school|medical school)\b/.test(words))
    return { level: "doctorate", label: "a professional degree" };
  if (/\b(associates?)\b/.test(words)) return { level: "associate", label: "an associate degree" };
  if (/\b(bachelors?|4 year|four year)\b/.test(words)) return { level: "bachelor", label: "a bachelor's degree" };
  return { level: "bachelor", label: "a degree" };
}

/** "with just a bachelor's", "only an associate", "is a bachelor's enough": whether the degree named is enough. */
const ASKS_ENOUGH = /\b(with (just|only)|just (an?|my)|only (an?|my)|with (an?|my)|i (already )?(have|got) (an?|my)|ive got (an?|my))\b/;
/** "is a bachelors enough", "masters or is a bachelors enough": the degree said to be enough, which is the one asked of. */
const LEVEL_ENOUGH = /\b(associates?|bachelors?|masters?|mba|msc|phd|doctorate)( degree)?( is| be| alone)? (enough|sufficient)\b/;

/** "without being a nurse first", "without working as a teller": a job held before, not schooling. */
const WITHOUT_PRIOR_JOB = /\bwithout (first )?(being|becoming|working as|having been|having worked as) (an? )?(\w+)/;

/** "without a degree", "no degree", "or is a portfolio enough": the question asks whether one can do without. */
// ("how to become a surgical tech, no college": what compose-verdict reads as "Without a degree?", read the same way here.)
const ASKS_WITHOUT =
  /\b(without|no degree|(with )?no (college|university|uni)|dont need|do not need|skip|instead of|enough|bootcamps?|self taught|teach (myself|yourself))\b/;
/** "can you work as a pharmacy tech while in pharmacy school": whether one can do the job, not whether it needs a degree. */
const ASKS_CAN_DO = /\bcan (i|you|u|someone|one) (still )?(work as|be|become|get)\b/;

/**
 * The share of workers O*NET surveyed who say `level` or more is required (an associate degree counts
 * as a bachelor's: the survey's categories), and how to name that level in a sentence.
 */
function surveyedAtLeast(occupation: Occupation | null, level: EducationLevel): { share: number | null; label: string } {
  const asBachelor = level === "associate" || level === "bachelor";
  return {
    share: shareRequiringAtLeast(occupation, level === "associate" ? "bachelor" : level),
    label: asBachelor ? "a bachelor's or more" : `${EDUCATION_LABELS[level]} or more`,
  };
}

/**
 * "is hvac school worth it", "is a phd worth it for a data scientist", "is a biology degree useless",
 * "should i go to law school": the schooling's worth, not whether it is needed ("Usually, yes" would
 * answer "is it useless" wrongly).
 */
const ASKS_WORTH = /\b(worth|worthless|useless|pointless|waste)\b|\bshould i (go|go back|apply|enroll)( to)? (\w+ )?(school|college)\b/;
/** The level of a trade's school, where no degree is named. */
const TRADE_SCHOOL: EducationLevel = "postsecondary-certificate";
const ASKS_NEED = /\b(need|needed|needs|require|required|requires|have to|has to|necessary|without)\b/;

/** Asked whether it is hard, not whether it can be done. */
const ASKS_HARD = /\b(is it|it is|how) (hard|difficult|tough)\b/;

/** "with a psychology degree", "i have a history degree", "is a physics degree enough": a degree named by its subject. */
const SUBJECT_DEGREE = /\b(with|have|got|hold|holding|having|using|is)( an?| my)? ((?:\w+ )?\w+) (degree|major|bachelors|masters)\b/;
/** Words before "degree" that say its level or kind, not its subject: "a bachelors degree", "a 4 year degree". */
const NOT_A_SUBJECT =
  /^(\w+ )?(associates?|bachelors?|masters?|doctoral|doctorate|phd|4 year|four year|2 year|two year|college|university|uni|undergrad|undergraduate|graduate|any|the|a|an|online|related|relevant|different|unrelated|no|without|some|little|zero|real|proper|good|bad|useless)$/;

/** The stems of a phrase's words: "nursing" and "Registered Nurse" share "nurs". */
const stems = (text: string) => wordStems(normalizeWords(text).split(" "));

/** The subject of a degree named ("psychology"), or null; null too for the job's own field ("a nurse with a nursing degree"). */
function namedSubject(words: string, entry: RoleEntry): string | null {
  const found = SUBJECT_DEGREE.exec(words);
  if (!found || NOT_A_SUBJECT.test(found[3]!)) return null;
  const title = stems(entry.title);
  return [...stems(found[3]!)].some((stem) => title.has(stem)) ? null : found[3]!;
}

/** What the data has beside a bootcamp asked about: the usual entry, and how many workers say a bachelor's is required. */
function bootcampVerdict(entry: RoleEntry): Verdict {
  const typical = entryEducation(entry);
  if (!typical) return { text: `The data doesn't cover bootcamps or short courses, and gives no typical entry education for ${entry.title}.`, basis: "none" };
  const { share, label } = surveyedAtLeast(occupationOf(entry), "bachelor");
  const surveyed = share !== null ? `; ${share}% of the workers O*NET surveyed say ${label} is required` : "";
  const who = occupationOf(entry) ? "BLS lists the typical entry education as" : "The usual entry is";
  return { text: `The data doesn't cover bootcamps or short courses. ${who} ${EDUCATION_LABELS[typical]} for ${entry.title}${surveyed}.`, basis: "indirect" };
}

export function degreeVerdict(entry: RoleEntry, text: string): Verdict {
  const words = normalizeWords(text);
  // "is a coding bootcamp worth it", "do coding bootcamps actually get you a web dev job": no level of
  // schooling the data knows, so no judgement of it (a "Usually not" read as "bootcamps don't work").
  if (BOOTCAMP.test(words)) return bootcampVerdict(entry);
  // "can you become a nurse with a psychology degree": the data has the level a job asks, not the subject.
  const subject = namedSubject(words, entry);
  if (subject && !ASKS_WORTH.test(words)) {
    const typical = entryEducation(entry);
    const level = typical
      ? ` ${occupationOf(entry) ? "BLS lists the typical entry education as" : "the usual entry is"} ${EDUCATION_LABELS[typical]} for ${entry.title}.`
      : "";
    return {
      text: `The data has the level of schooling a job asks, not its subject, so it can't say whether a ${subject} degree counts.${level}`,
      basis: typical ? "data" : "none",
    };
  }
  const asked = askedLevel(LEVEL_ENOUGH.exec(words)?.[0] ?? words);
  const typical = entryEducation(entry);
  const occupation = occupationOf(entry);
  if (!typical) return { text: `The data gives no typical entry education for ${entry.title}.`, basis: "none" };
  const who = occupation ? "BLS lists the typical entry education as" : "the usual entry is";
  // "can i become a pa without being a nurse first": a job held before, not a degree; BLS's typical
  // work experience in a related occupation answers it.
  // (Not where the job's own title names the one before it: a nurse anesthetist must be a nurse, a
  // licence the data does not cover, whatever experience BLS lists.)
  const experience = occupation?.projection?.workExperience;
  const prior = WITHOUT_PRIOR_JOB.exec(words)?.[4];
  if (experience && prior && !normalizeWords(entry.title).split(" ").includes(prior)) {
    const none = /^none$/i.test(experience);
    const asked = none ? "no work experience in a related occupation" : `${experience.toLowerCase()} of work experience in a related occupation`;
    return {
      text: `${none ? "Usually, yes" : "Usually not"}: BLS lists ${asked} as typical for ${entry.title}; its typical entry education is ${EDUCATION_LABELS[typical]} (licences are not in the data).`,
      basis: "data",
    };
  }
  // "Is hvac school worth it": the school is the usual way in; a degree above the usual entry is more than the job asks.
  // ("Usually not", the answer to whether one is needed, would read as "not worth it".)
  if (ASKS_WORTH.test(words) && !ASKS_NEED.test(words)) {
    // A degree named, or "a degree" (an associate at least); else the field's school, the usual program.
    // A trade's school ("is culinary school worth it") is a postsecondary program, more than a job open to school leavers asks.
    const level: EducationLevel =
      asked.label !== "a degree"
        ? asked.level
        : /\bdegree\b/.test(words)
          ? "associate"
          : educationRank(typical) < educationRank(TRADE_SCHOOL)
            ? TRADE_SCHOOL
            : typical;
    const beyond = educationRank(level) > educationRank(typical);
    // "is an associates in accounting worth it": a degree named below the usual entry is not the way in.
    const short = asked.label !== "a degree" && educationRank(level) < educationRank(typical);
    const { share, label } = beyond ? surveyedAtLeast(occupation, level) : short ? surveyedAtLeast(occupation, typical) : { share: null, label: "" };
    const surveyed = share !== null ? `; ${share}% of the workers O*NET surveyed say ${label} is required` : "";
    const lead = beyond ? `More than the job usually asks: ${who}` : short ? `Less than the job usually asks: ${who}` : `It is the usual way in: ${who}`;
    return { text: `${lead} ${EDUCATION_LABELS[typical]} for ${entry.title}${surveyed}.`, basis: "data" };
  }
  // "can you be a PT with just a bachelor's": whether the degree named is enough, not whether one is needed.
  if (asked.label !== "a degree" && (ASKS_ENOUGH.test(words) || LEVEL_ENOUGH.test(words))) {
    const enough = educationRank(typical) <= educationRank(asked.level);
    // ("can you be a nurse with just an associates": BLS's typical entry is a bachelor's, yet many
    // workers say less will do; what they say decides between "It depends" and "Usually not".)
    const above = enough ? null : EDUCATION_LEVELS[EDUCATION_LEVELS.indexOf(asked.level) + 1];
    const { share, label } = above ? surveyedAtLeast(occupation, above) : { share: null, label: "" };
    const lead = enough ? "Usually, yes" : share === null || share > MIXED_SHARE[1] ? "Usually not" : share < MIXED_SHARE[0] ? "Often, yes" : "It depends";
    const surveyed = share !== null ? `${lead === "Usually not" ? ";" : ", but only"} ${share}% of the workers O*NET surveyed say ${label} is required` : "";
    return { text: `${lead}: ${who} ${EDUCATION_LABELS[typical]} for ${entry.title}${surveyed}.`, basis: "data" };
  }
  // "a degree" in general counts an associate degree; a named degree counts that level or higher.
  const threshold: EducationLevel = asked.label === "a degree" ? "associate" : asked.level;
  const needed = educationRank(typical) >= educationRank(threshold);
  // ("do you need a degree to be a sonographer": an associate degree is one, so the share who say one or more is required.)
  const { share, label: shareLevel } =
    asked.label === "a degree"
      ? { share: shareRequiringAtLeast(occupation, "associate"), label: `${EDUCATION_LABELS.associate} or more` }
      : surveyedAtLeast(occupation, threshold);
  // The typical entry and what workers report can disagree (managers often rose without one): then it depends.
  const disagree = share !== null && (needed ? share < MIXED_SHARE[0] : share > MIXED_SHARE[1]);
  const mixed = share !== null && share >= MIXED_SHARE[0] && share <= MIXED_SHARE[1];
  if (weighsExperience(words)) {
    const surveyed = share !== null ? `; ${share}% of the workers O*NET surveyed say ${shareLevel} is required` : "";
    const schooling = `${who} ${EDUCATION_LABELS[typical]} for ${entry.title}`;
    return degreeOrExperienceVerdict(entry, { asked: asked.label, needed, surveyed, unsettled: disagree || mixed, schooling });
  }
  // Asked whether one can do the job, no degree named: yes where none is needed.
  const canDo = ASKS_CAN_DO.test(words) && !ASKS_NEED.test(words) && !/\bdegree\b/.test(words) && asked.label === "a degree";
  const without = ASKS_WITHOUT.test(words) || canDo;
  // "is it hard to become a developer without a degree": hard where one is needed, the other way round.
  const yes = without && !ASKS_HARD.test(words) ? !needed : needed;
  // ("can i become a nurse without a bachelor's": where a good share of workers say less will do, it depends,
  // and that share, the one asked about, is said.)
  const lessWillDo = without && needed && mixed;
  const lead = disagree || lessWillDo ? "It depends" : mixed ? (yes ? "Often, yes" : "Often not") : yes ? "Usually, yes" : "Usually not";
  const surveyed =
    share === null
      ? ""
      : lessWillDo
        ? `, but ${100 - share}% of the workers O*NET surveyed say less than ${shareLevel.replace(/ or more$/, "")} is required`
        : // ("can u be a chef without culinary school": where most workers say more than the usual entry is required, that most is no "only".)
          `${disagree ? (needed ? ", but only" : ", but") : ";"} ${share}% of the workers O*NET surveyed say ${shareLevel} is required`;
  return { text: `${lead}: ${who} ${EDUCATION_LABELS[typical]} for ${entry.title}${surveyed}.`, basis: "data" };
}

/** What the data lacks on a programme's hours. */
const STATE_HOURS = "The hours of schooling a licence asks are set by each state and aren't in the data.";

/**
 * "How much school for a radiologist", "what degree do you need to be a PT": the schooling, stated.
 * Asked how long ("how long is nursing school"), the length BLS gives that level of schooling follows.
 */
export function schoolingLine(entry: RoleEntry, text = "", route?: Route): Verdict {
  const typical = entryEducation(entry);
  if (!typical) return { text: `The data gives no typical entry education for ${entry.title}.`, basis: "none" };
  const occupation = occupationOf(entry);
  const who = occupation ? "BLS lists" : "the usual entry is";
  const share = shareRequiringAtLeast(occupation, "bachelor");
  const surveyed = share !== null ? `; ${share}% of the workers O*NET surveyed say a bachelor's or more is required` : "";
  const training = blsTraining(occupation);
  const after = training ? `, then ${training.toLowerCase()}` : "";
  const level = occupation ? `${EDUCATION_LABELS[typical]} as the typical entry education` : EDUCATION_LABELS[typical];
  const line = `For ${withArticle(entry.title)}, ${who} ${level}${after}${surveyed}.`;
  const howLong = Boolean(text) && asksHowLong(text);
  // ("how long is nursing school": how long the job's own programs take, where an editor recorded it,
  // rather than how long the level of schooling usually takes.)
  // ("how many hours is cosmetology school": the hours a licence asks are each state's, not in the data.)
  const hours = text && SCHOOL_HOURS.test(normalizeWords(text)) ? ` ${STATE_HOURS}` : "";
  if (howLong && route) return withEditorSentence({ text: line, basis: "data" }, route, `${route.route}${hours}`);
  const length = howLong ? schoolingLengthSentence(typical) : null;
  return length ? { text: `${line} ${length}${hours}`, basis: "data", source: BLS_EDUCATION_MEASURES } : { text: `${line}${hours}`, basis: "data" };
}

export function credentialVerdict(knowledge: KnowledgeBase, entry: RoleEntry, text = ""): Verdict {
  const certifications = entry.kind === "curated" ? entry.role.requirements.certifications : [];
  const p = occupationOf(entry)?.projection;
  const blsOnTheJob = blsTraining(occupationOf(entry));
  const training = blsOnTheJob ? ` BLS lists ${blsOnTheJob.toLowerCase()} as the typical on-the-job training.` : "";
  // ("do i need a license to be a realtor": the licence an editor recorded from BLS's handbook, first.)
  const licence = licenceVerdict(knowledge, entry, text);
  if (licence) return { ...licence, text: `${licence.text}${training}` };
  if (certifications.length)
    return { text: `Helpful, not always required: common credentials for ${entry.title} are ${certifications.join(", ")}.${training}`, basis: "data" };
  // ("a high-school diploma or equivalent", not BLS's "high school diploma or equivalent" in lower case.)
  const level = educationLevelOf(p?.entryEducation);
  const entryText = level ? ` BLS lists ${EDUCATION_LABELS[level]} as the typical entry education.` : "";
  const lacking: Verdict = {
    text: `The data doesn't list licences or certificates for ${entry.title}, and licensing rules vary by state.${entryText}${training}`,
    basis: "indirect",
  };
  // ("becoming a dental assistant, do i need to be certified or can i learn on the job": the usual way in, where an editor recorded it.)
  return withRouteInto(knowledge, entry, lacking);
}

/** "The outlook is good: jobs are projected to change +4.9% over 2024–34 (all jobs: +3.1%), with about 189,100 openings a year.", or null without projections. */
export function outlookSentence(knowledge: KnowledgeBase, entry: RoleEntry): string | null {
  const p = occupationOf(entry)?.projection;
  if (p?.changePercent == null) return null;
  const average = averageGrowth(knowledge);
  const release = projectionsRelease(knowledge);
  const growth = p.changePercent;
  const signedGrowth = formatPercentChange(growth);
  const versus = average !== null ? ` (all jobs: ${formatPercentChange(average)})` : "";
  const lead = outlookLead(growth, average);
  const openings =
    p.openingsPerYear !== null ? `, with about ${formatThousands(p.openingsPerYear)} openings a year${growth < 0 ? " as people retire or move on" : ""}` : "";
  return `${lead}: jobs are projected to change ${signedGrowth} over ${release}${versus}${openings}.`;
}

/** "Is it a good career", "a dead end", "in demand", "replaced by AI": growth against all jobs, openings, pay and where it leads. */
/** Room to grow asked of one job: where it leads. */
const ROOM_TO_GROW = new RegExp(String.raw`\b(${ROOM_TO_GROW_WORDS})\b`);
/** "worth it", "worth becoming": the job weighed as a whole. */
const WORTH_ASKED = /\bworth (it|becoming|being|getting into|going into)\b/;
const SCHOOLING_NAMED = /\b(degree|degrees|school|college|masters?|bachelors?|associates?|doctorate|phd|program|exams?|certificate|license|licence)\b/;

export function prospectsVerdict(knowledge: KnowledgeBase, entry: RoleEntry, text: string): Verdict {
  const words = normalizeWords(text);
  const outlook = outlookSentence(knowledge, entry);
  if (!outlook) return { text: `BLS projections don't cover ${entry.title}, so I can't say how its job market is moving.`, basis: "none" };
  const median = headlineMedian(knowledge, entry);
  // ("is acting a good career": an actor is paid by the hour only.)
  const pay = median
    ? ` Median pay ${formatMoney(median.median!, median.currency)}${median.period === "hourly" ? ` ${perUnit(median.period)}` : ""} (${shortAttribution(knowledge, median)}).`
    : "";
  const leadsOn =
    /\b(dead end|step|progress|promotion|go from here|where can)\b/.test(words) || ROOM_TO_GROW.test(words) ? leadsOnSentence(knowledge, entry) : "";
  // ("is being a pharmacist worth it": what the way in takes, beside what the work pays and its outlook; not
  // where the schooling is asked on its own, "… worth it? do u need a masters".)
  const level = WORTH_ASKED.test(words) && !SCHOOLING_NAMED.test(words) ? entryEducation(entry) : null;
  const wayIn = level ? ` The usual way in is ${EDUCATION_LABELS[level]}.` : "";
  const ai = /\b(ai|automation|automated|replaced|replace|robots?)\b/.test(words)
    ? " BLS projections weigh expected changes in technology, but they are not a forecast about AI alone."
    : "";
  return { text: `${outlook}${pay}${wayIn}${leadsOn}${ai}`, basis: "data" };
}

/**
 * "do firefighters really work 24 hour shifts", "is being an emt dangerous": what the data lacks, then
 * what it has on the job (pay and outlook), so the first line is never a refusal alone.
 */
function withWhatItHas(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod, lacking: Verdict): Verdict {
  if (lacking.basis !== "none") return lacking;
  const parts = [payStanding(knowledge, entry, period)?.median, outlookSentence(knowledge, entry)].filter((p): p is string => Boolean(p));
  return parts.length ? { ...lacking, text: `${lacking.text} What it has: ${parts.join(" ")}` } : lacking;
}

/**
 * "should I be a nurse", "pros and cons of being a paramedic": no yes or no from the data, but what
 * it has on the role: its pay among all occupations, its outlook and the usual way in.
 */
export function overallLine(
  knowledge: KnowledgeBase,
  entry: RoleEntry,
  period: PayPeriod,
  opener = "Whether it suits you depends on what matters to you.",
): Verdict {
  const level = entryEducation(entry);
  const parts = [
    payStanding(knowledge, entry, period)?.median,
    outlookSentence(knowledge, entry),
    level ? `The usual way in is ${EDUCATION_LABELS[level]}.` : null,
  ].filter((part): part is string => Boolean(part));
  if (!parts.length) return { text: `${opener} The data has too little on ${entry.title} to weigh it.`, basis: "none" };
  return { text: `${opener} On the data: ${parts.join(" ")}`, basis: "data" };
}

export function wellPaidVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict {
  const standing = payStanding(knowledge, entry, period);
  if (!standing) return { text: `I have no pay figure for ${entry.title}.`, basis: "none" };
  return { text: standing.lead ? `${standing.lead}: ${standing.median}` : standing.median, basis: "data" };
}

/** "worth the risk": a danger weighed against the pay. */
const WORTH = /\bworth\b/;

/** "are teachers underpaid", "are nurses paid enough": fairness judged, which no figure settles. */
const FAIR_PAY = /\b(underpaid|under paid|overpaid|over paid|paid (enough|fairly|fair|what (they|we|you) (are|re) worth)|fairly paid)\b/;

/** "is school nursing a pay cut", "would i take a pay cut": against pay the member has now, which one role's figures can't see. */
const PAY_CUT = /\b(pay|salary|paid) ?cut\b|\btake an? (pay |salary )?(cut|hit)\b|\b(pay|salary) (drop|decrease)\b/;

/** A pay cut asked of one role: against what the member earns now, not the data's to say; the median and where it stands follow, without a yes or no. */
function payCutVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict {
  const standing = payStanding(knowledge, entry, period);
  if (!standing) return { text: `I have no pay figure for ${entry.title}.`, basis: "none" };
  return { text: `Whether it is a pay cut depends on what you earn now, which the data can't see; what it shows: ${standing.median}`, basis: "indirect" };
}

/** Whether the pay is fair is not the data's to say: said first, then the median and where it stands, without a yes or no. */
function fairPayVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict {
  const standing = payStanding(knowledge, entry, period);
  if (!standing) return { text: `I have no pay figure for ${entry.title}.`, basis: "none" };
  return { text: `Whether the pay is fair is a judgment the data can't make; what it shows: ${standing.median}`, basis: "indirect" };
}

/** The role's median, as a sentence, and where it stands among all jobs ("Yes, above most jobs"; null without a rank). */
function payStanding(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): { lead: string | null; median: string } | null {
  const figure = headlineMedian(knowledge, entry, period);
  if (!figure) return null;
  const annual = headlineMedian(knowledge, entry, "annual");
  const rank = annual && annual.period === "annual" ? payPercentile(knowledge, annual.median!) : null;
  const earns = earnsMedian(knowledge, entry, figure);
  if (rank === null) return { lead: null, median: `${earns}.` };
  const lead = rank >= 60 ? "Yes, above most jobs" : rank <= 40 ? "Below most jobs" : "About the middle";
  // ("Below most jobs: … more than the median of 6% of occupations" read as a boast: a low median is said against those above it.)
  const standing = rank >= 50 ? `more than the median pay of ${rank}% of occupations` : `less than the median pay of ${100 - rank}% of occupations`;
  return { lead, median: `${earns}, ${standing}.` };
}

/** A licensing or board exam named: "the nclex", "the cpa exam", "boards", "pass rates". */
const EXAM_ASKED = /\b(exams?|nclex|boards|pass(ing)? rates?)\b/;
const NO_EXAMS = "The data doesn't cover licensing exams or their pass rates.";

/** "Is it hard to become", "too old at 40", "in 6 months": the preparation the data shows. */
export function preparationLine(knowledge: KnowledgeBase, entry: RoleEntry, text: string): Verdict {
  const words = normalizeWords(text);
  const age = /\b(too old|too late|how old|at \d\d|(i am|im) \d\d|\d\d (years? old|yrs? old|yo)|age|older)\b/.test(words) ? `${NO_AGE} ` : "";
  // "how hard is the nclex", "is the cpa exam hard": the exam itself is not in the data; the way in is.
  const exam = EXAM_ASKED.test(words) ? `${NO_EXAMS} ` : "";
  const occupation = occupationOf(entry);
  const zone = knowledge.imported?.jobZones.find((z) => z.zone === occupation?.jobZone);
  const typical = entryEducation(entry);
  const parts: string[] = [];
  // ("lineman apprenticeship how long": each step's length, by BLS's definitions of its categories.)
  const howLong = asksHowLong(text);
  const schoolingLength = typical && howLong ? schoolingLengthNote(typical) : "";
  if (typical) parts.push(`the typical entry is ${EDUCATION_LABELS[typical]}${schoolingLength}`);
  const experience = occupation?.projection?.workExperience;
  if (experience && !/^none$/i.test(experience)) parts.push(`with ${experience.toLowerCase()} of related experience`);
  const training = blsTraining(occupation);
  const trainingSpan = training && howLong ? trainingLength(training) : null;
  if (training) parts.push(`then ${training.toLowerCase()}${trainingSpan ? ` (${trainingSpan})` : ""}`);
  const zoneText = zone ? ` ${jobZoneSentence(zone)}` : "";
  // "How long is the training": the time on the job, as the workers surveyed answer it.
  const time = howLong ? trainingTime(knowledge, occupation) : null;
  const timeText = time ? ` Once hired, ${trainingTimeText(time, entry.title)}.` : "";
  if (!parts.length && !zoneText && !timeText) return { text: `${age}${exam}The data has no entry requirements for ${entry.title}.`, basis: "none" };
  return {
    text: `${age}${exam}What it takes to become ${withArticle(entry.title)}: ${parts.join(", ") || "see below"}.${timeText}${zoneText}`,
    basis: age || exam ? "indirect" : "data",
    ...(schoolingLength || trainingSpan ? { source: BLS_EDUCATION_MEASURES } : {}),
  };
}

/** "Is it stressful", "is it lonely": the O*NET rating and where it sits among all occupations. */
/** Whether a skill is needed, asked yes or no: "do electricians need to be good at math", "is there a lot of math in nursing". */
const ASKED_WHETHER =
  /^(do|does|is|are|will|would|can|should|am) .*\b(need|needs|needed|require|required|requires|use|uses|important|useful|a lot of|lots of|good at)\b/;
/** A branch of a rated subject: the rating is the whole subject's. */
const NARROWER_SUBJECT = /\b(calculus|algebra|trig|trigonometry|geometry|statistics|stats|organic chemistry|orgo|physics)\b/;
/** A rating's rank among occupations, as the yes or no it answers: well above most, about the middle, below most. */
function whetherByRank(rank: number): string {
  return rank >= 70 ? "Yes, more than most jobs:" : rank >= 35 ? "Some, about as much as many jobs:" : "Not much, less than most jobs:";
}

export function ratingLine(knowledge: KnowledgeBase, entry: RoleEntry, text: string): Verdict | null {
  const cue = elementCue(text);
  if (!cue) return null;
  for (const name of cue.elements) {
    const rating = elementRating(knowledge, occupationOf(entry), name);
    if (!rating) continue;
    const rank = ratingPercentile(knowledge, name, rating.value);
    const label = rating.scale === 7 ? `the ${name} interest` : name;
    // ("do electricians need to be good at math": asked yes or no, the rating's rank answers it first.)
    // ("do nurses need calculus": one branch of the subject rated, which the rating can't say yes or no to.)
    const words = normalizeWords(text);
    const answered = !cue.unmeasured && rank !== null && ASKED_WHETHER.test(words) && !NARROWER_SUBJECT.test(words) ? `${whetherByRank(rank)} ` : "";
    const lead = answered
      ? answered
      : cue.unmeasured
        ? `The data doesn't measure ${cue.unmeasured} directly, but it is a fair sign: `
        : `What the data shows for ${cue.quality}: `;
    const where = rank === null ? "" : `, higher than for ${rank}% of occupations`;
    return { text: `${lead}O*NET rates ${label} ${rating.value.toFixed(1)} of ${rating.scale} for ${entry.title}${where}.`, basis: "indirect" };
  }
  return { text: `The data doesn't rate ${cue.quality} for ${entry.title}.`, basis: "none" };
}

/** A school or program weighed: "is np school worth it financially", "is the program worth the money". */
const SCHOOL_WORTH =
  /\b(school|program|programme|degree|college|tuition|bootcamp)\b.*\bworth\b|\bworth\b.*\b(school|program|programme|degree|tuition|bootcamp)\b/;

/** Benefits are not in the data: said first, then the role's median, without the pay verdict's yes or no. */
function benefitsVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict {
  const standing = payStanding(knowledge, entry, period);
  return { text: `${NO_BENEFITS} Pay, which it has: ${standing ? standing.median : `I have no pay figure for ${entry.title}.`}`, basis: "none" };
}

/** How or when the pay comes is not in the data: said first, then the role's median, without the pay verdict's yes or no. */
function payBasisVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict {
  const standing = payStanding(knowledge, entry, period);
  return { text: `${NO_PAY_BASIS} ${standing ? standing.median : `I have no pay figure for ${entry.title}.`}`, basis: "none" };
}

/** What schooling costs is not in the data: said first, then the schooling (how long, where asked) and the pay it has, which such a question weighs. */
function costVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod, text: string): Verdict {
  const standing = payStanding(knowledge, entry, period);
  return {
    text: `${NO_COSTS} What it has: ${schoolingLine(entry, text, routeInto(knowledge, entry)).text}${standing ? ` ${standing.median}` : ""}`,
    basis: "none",
  };
}

export function yesNoVerdict(knowledge: KnowledgeBase, entry: RoleEntry, topic: QuestionTopic, text: string, period: PayPeriod): Verdict | null {
  switch (topic) {
    case "education": {
      const verdict = degreeVerdict(entry, text);
      // "is law school worth it": the way in said, then what the work pays (what the school costs is not in the data).
      const words = normalizeWords(text);
      const standing = ASKS_WORTH.test(words) && !ASKS_NEED.test(words) ? payStanding(knowledge, entry, period) : null;
      return standing ? { ...verdict, text: `${verdict.text} Its cost is not in the data; ${standing.median}` } : verdict;
    }
    case "credential":
      return credentialVerdict(knowledge, entry, text);
    case "prospects":
      return prospectsVerdict(knowledge, entry, text);
    case "pay": {
      const words = normalizeWords(text);
      // ("is np school worth it financially": the school's cost, which the data lacks, said first.)
      if (SCHOOL_WORTH.test(words)) return costVerdict(knowledge, entry, period, text);
      // ("is the nurse salary average or median": the median, then the mean beside it.)
      if (MEAN_ASKED.test(words)) return payFactsVerdict(knowledge, entry, period, words) ?? wellPaidVerdict(knowledge, entry, period);
      if (PAY_CUT.test(words)) return payCutVerdict(knowledge, entry, period);
      return FAIR_PAY.test(words) ? fairPayVerdict(knowledge, entry, period) : wellPaidVerdict(knowledge, entry, period);
    }
    case "benefits":
      return benefitsVerdict(knowledge, entry, period);
    case "cost":
      return costVerdict(knowledge, entry, period, text);
    case "admissions":
      return { text: `${NO_ADMISSIONS} What it has: ${schoolingLine(entry).text}`, basis: "none" };
    case "payBasis":
      return payBasisVerdict(knowledge, entry, period);
    case "extras":
      // "bartenders make good money in tips right?": counted in the median, so whether it is well paid answers it.
      return payExtrasVerdict(knowledge, [entry], text, period, asksLeftOutPay(text) ? undefined : wellPaidVerdict(knowledge, entry, period).text);
    case "ease":
      return preparationLine(knowledge, entry, text);
    case "physical": {
      const noted = conditionsVerdict(knowledge, [entry], topic, text);
      const rated = noteAnswersFirst(noted, topic) ? null : ratingLine(knowledge, entry, text);
      // "is underwater welding worth the risk": the reward it is weighed against, which the data has.
      const standing = WORTH.test(normalizeWords(text)) ? payStanding(knowledge, entry, period) : null;
      const conditions = rated ?? (standing ? noted : withWhatItHas(knowledge, entry, period, noted));
      return standing ? { text: `${conditions.text} On pay, which it has: ${standing.median}`, basis: conditions.basis } : conditions;
    }
    case "stress":
    case "skills":
    case "work":
    case "balance":
    case "setting": {
      // ("is being a software developer stressful": no rating for it either, said, then what the data has.)
      const noted = conditionsVerdict(knowledge, [entry], topic, text);
      return withWhatItHas(knowledge, entry, period, (noteAnswersFirst(noted, topic) ? null : ratingLine(knowledge, entry, text)) ?? noted);
    }
    case "interest":
      return ratingLine(knowledge, entry, text) ?? interestVerdict(knowledge, [entry]);
    case "record":
      return recordVerdict(knowledge, [entry], text);
    case "tools":
      return toolsLine(entry);
    case "seniority":
      // ("is there room to grow": where the job leads, with its outlook; ranks of one job are not in the data.)
      return ROOM_TO_GROW.test(normalizeWords(text)) ? prospectsVerdict(knowledge, entry, text) : null;
    case "general":
      return null;
  }
}
