// Which first line a question gets, by its kind: a verdict between roles ("which"), a yes or no
// about one role (or "do NPs make more than RNs" about two), a path, or, for plain facts, a pay
// band when starting or senior pay was asked, a quality the card can't show ("how stressful is…"), or
// the pay asked for ("slp salary"). Other plain fact questions get none: the card answers them.
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { CHANGE_FOR_BETWEEN, MUST_FIRST_BETWEEN, asksWhatCarriesOver, asksWhatCounts } from "../understanding/detect-kind.js";
import {
  FINDING_WORK,
  HEADCOUNT,
  BOOTCAMP,
  PAID_TRAINING,
  outlookStandsIn,
  PROS_AND_CONS,
  QUIT_RATES,
  SHORTAGE,
  TOPIC_ASPECTS,
  WORKERS_LEAVING,
  type QuestionTopic,
} from "../understanding/detect-topic.js";
import { headcountVerdict } from "./verdict-headcount.js";
import { FOR_A_KIND_OF_PERSON } from "../understanding/question-signals.js";
import { LICENCE_TITLES } from "../understanding/lexicon.js";
import { isAbroad } from "../understanding/detect-place.js";
import type { Licence } from "../knowledge/schema.js";
import { foreignPayAmount } from "../understanding/detect-pay-amount.js";
import { GIG_PLATFORMS } from "../understanding/detect-employer.js";
import { percentileVerdict } from "./pay-percentile.js";
import { payAndDegreeVerdict } from "./verdict-pay-and-degree.js";
import { chainOf } from "./move-chain.js";
import { acrossStates } from "./licence-across-states.js";
import { platformContractors } from "./unmeasured-lines.js";
import type { ParsedQuestion } from "../understanding/types.js";
import { US_FIGURES_ONLY, US_ROUTES_ONLY, type PathView, type PayPeriod, type Verdict } from "./answer.js";
import { composePath } from "./compose-path.js";
import { elementCue, leadsWithLess } from "./element-cues.js";
import { asksHowLong } from "./training-time.js";
import { payAmountVerdict } from "./pay-amount.js";
import { rankingVerdict } from "./rank-occupations.js";
import { groupPayVerdict } from "./group-pay.js";
import { payPerPeriodVerdict, payPerShiftVerdict } from "./pay-per-period.js";
import { payBandVerdict } from "./pay-band.js";
import { payFactsVerdict } from "./verdict-pay-facts.js";
import { DAY_ASKED, dutiesLead, skillsLead } from "./facts-lead.js";
import { environmentLead } from "./verdict-conditions.js";
import { degreeChoiceVerdict, jobAndDegreeVerdict, payByDegreeVerdict } from "./verdict-pay-by-degree.js";
import { asksDegreeVsDegree, asksJobVsItsDegree, asksPayByDegree } from "../understanding/pay-by-degree.js";
import { formatMoney, perUnit } from "./format-figures.js";
import { earnsMedian, headlineMedian, shortAttribution } from "./role-evidence.js";
import { figuresOf } from "./role-figures.js";
import { NO_AGE, overallVerdict, payVerdict, recordVerdict, seniorityVerdict, whichVerdict } from "./verdict-which.js";
import { leadsToVerdict, progressionVerdict } from "./verdict-leads-to.js";
import { editorSource, routeInto, withEditorSentence, withRouteInto, withSentence } from "./editor-sentence.js";
import { licenceVerdict } from "./verdict-licence.js";
import { asksSelfEmployedPay, payExtrasVerdict } from "./verdict-pay-extras.js";
import { isBroadRoleWord } from "../understanding/find-unknown-roles.js";
import { taskVerdict, whichDoesVerdict } from "./verdict-tasks.js";
import { technologyVerdict } from "./verdict-tools.js";
import { FIRST_OR_STRAIGHT, firstStepOf, firstStepVerdict } from "./verdict-first-step.js";
import { KIND_PAYS_MOST, kindsPayVerdict } from "./verdict-kinds-pay.js";
import { outlookSentence, overallLine, schoolingLine, yesNoVerdict } from "./verdict-yes-no.js";
import { MAJOR_ASKED, majorVerdict } from "./verdict-major.js";
import { ASKS_SAME, asksIsA, differentRolesVerdict } from "./verdict-same-job.js";
import { reportsToVerdict, reportsToWhomVerdict } from "./reporting-line.js";
import { cutPhrase, findPhrase, normalizeWords } from "../text/normalize.js";

/** Without topic words, the aspect says what a verdict is about ("which has the better outlook"). */
const ASPECT_TOPICS: Partial<Record<AspectId, QuestionTopic>> = {
  salary: "pay",
  outlook: "prospects",
  requirements: "education",
  career: "seniority",
  overview: "general",
};

/** Where a sentence or clause ends. */
const CLAUSE_END = /[.?!,;]\s+/;
/** The way into a job asked: "how do you get into being a crane operator", "how do i become one". */
const WAY_IN_ASKED = /\b(become|becoming|get into|getting into|break into|get started|start out|how (do|can|would) (i|you) start|how to start)\b/;
/** Room to move up asked: "which has better career progression", "more room to advance". */
const PROGRESSION_ASKED = /\b(progression|progress|advance|advancement|advancing|room to grow|ladder|promotion|move up|moving up|leads?)\b/;
/** What the work demands, asked before the way into it: stress, hours, the body. */
const DEMANDS_ASKED: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(["stress", "balance", "physical"]);
/**
 * What a plain question may ask that a card of facts does not answer first: a quality ("how stressful
 * is…"), a criminal record, the technologies used ("what software do accountants use").
 */
const QUALITY_TOPICS: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>([
  "stress",
  "interest",
  "balance",
  "physical",
  "work",
  "ease",
  "record",
  "tools",
  "cost",
  "admissions",
  "payBasis",
]);

/** Asking how much schooling a role takes, rather than whether it needs a degree. */
const ASKS_HOW_MUCH_SCHOOLING =
  /\b(how much|how many years?|how many hours?|how long|what (kind of |type of )?(degree|degrees|education|schooling|qualifications?|school)|what do (i|you|one|someone) need)\b/;

const STATE_SET_HOURS = "How many hours each state asks isn't in the data.";
/** Hours of supervised work asked (not a schooling's): "how many supervised hours", "how many apprentice hours". */
const SUPERVISED_HOURS =
  /\bhow many (supervised|supervision|apprentice|apprenticeship|practicum|internship|residency|work|experience|clinical) hours\b|\bhow many hours of (supervised|supervision|clinical|apprenticeship) (practice|work|experience|training)?\b/;
/** …of a licence: "lpc license, how many supervised hours", "how many apprentice hours before the journeyman test". */
const LICENCE_WORD = /\b(licen[cs]e|licensing|licensure|licensed|journeyman|certification)\b/;
/** "what skills am i missing", "what do i need to learn": the skills a move asks for, asked. */
const SKILLS_ASKED = /\bskills?\b|\bwhat (do|would|should) i (need to |have to )?learn\b/;
/** "how to become an accountant without a degree", "… with no college". */
const WITHOUT_DEGREE = /\b(without|with no|no) (a )?(degree|college|university|uni|diploma)\b/;

/** "how do I get to RN from CNA": the role after "from" is where the member starts. */
function inPathOrder(parsed: ParsedQuestion, entries: readonly RoleEntry[]): [RoleEntry, RoleEntry] {
  const named: [RoleEntry, string][] = [
    [entries[0]!, parsed.roles[0]?.typed.toLowerCase() ?? ""],
    [entries[entries.length - 1]!, parsed.roles.at(-1)?.typed.toLowerCase() ?? ""],
  ];
  // "how do I become a dental hygienist after being a dental assistant": the goal is named first.
  // (A long post's asking sentences, where they name both: "… people say clinical lab scientist pays more
  // … how do i switch from research lab tech to clinical lab scientist" moves the way its question says,
  // the roles read in the order it names them.)
  const asking = parsed.askingPart?.toLowerCase();
  const asked = asking === undefined ? [] : named.map(([, typed]) => (typed ? findPhrase(asking, typed) : null));
  const bothAsked = asking !== undefined && asked.every((f) => f !== null);
  const text = bothAsked ? asking : parsed.cleaned.toLowerCase();
  const [[first, firstTyped], [last, lastTyped]] = bothAsked && asked[1]!.at < asked[0]!.at ? [named[1]!, named[0]!] : [named[0]!, named[1]!];
  // The text before where a role was typed ("" when it is not found as typed).
  // (The last role is looked for after the first: "nurse" inside "nurse practitioner" is not where it was typed.)
  // ("currently emt-b": the title as typed, signs and all.)
  const find = (typed: string, from = 0) => (typed ? findPhrase(text, typed, from) : null);
  const lead = (found: { at: number } | null) => (found && found.at > 0 ? text.slice(0, found.at) : "");
  const firstFound = find(firstTyped);
  const firstLead = lead(firstFound);
  const firstEnd = firstLead.length + (firstFound?.length ?? 0);
  const lastLead = lead(find(lastTyped, firstEnd));
  const between = lastLead.slice(firstEnd);
  // "switching to nursing from teaching": to the first, from the last (not "… or do i need to start from scratch").
  if (TO_LEAD.test(firstLead) && FROM_LEAD.test(between)) return [last, first];
  // "is paralegal a good career change for a teacher": the change is the teacher's.
  // "my bf is an electrician and makes more than me as a teacher, should i switch": someone else's job, then the member's own.
  const goalFirst =
    (DESTINATION_LEAD.test(firstLead) && ORIGIN_LEAD.test(lastLead)) ||
    (OTHERS_JOB_LEAD.test(firstLead) && MEMBER_ORIGIN_LEAD.test(lastLead)) ||
    MUST_FIRST_BETWEEN.test(between) ||
    CHANGE_FOR_BETWEEN.test(between);
  return goalFirst ? [last, first] : [first, last];
}

/** Right before the first role of a move told backwards ("switching to nursing from teaching")... */
const TO_LEAD = /\b(to|into)\s+(an?\s+)?$/;
/** ...and right before the last ("coming from", "from being a"). */
const FROM_LEAD = /\bfrom\s+((being|working as)\s+)?(an?\s+)?$/;

/** Words right before a role that make it the goal of a move ("become a", "get into", "become an a&e nurse")... */
const DESTINATION_LEAD = /\b(become|becoming|be|into)\s+(an?\s+)?([\w&-]+\s+)?$/;
/** ...or where it starts ("after being a", "as an", "i'm a", "if i'm already an", "become an np from an rn", "been a"). */
const ORIGIN_LEAD = /\b(being|been|as|was|currently|i'?m|am|from)\s+((already|still|currently|just|now)\s+)?(an?\s+)?$/;
/** Someone else's job, said before the member's ("my bf is an", "my sister works as a")... */
const OTHERS_JOB_LEAD =
  /\b(my|his|her|their) (\w+ )?(bf|gf|boyfriend|girlfriend|husband|wife|partner|friend|dad|mom|mother|father|brother|sister|cousin|son|daughter|uncle|aunt|roommate)( is| was| works as| s)( an?)?\s*$/;
/** ...and the member's own after it ("than me as a", "i'm a"). */
const MEMBER_ORIGIN_LEAD = /\b(me as|i'?m|i am|i work as)\s+(an?\s+)?$/;

/** ": median Software Developer $135,980 a year (BLS, May 2025)": each role's median, or nothing without one. */
function mediansText(knowledge: KnowledgeBase, entries: readonly RoleEntry[], period: PayPeriod): string {
  const shown = entries.flatMap((e) => {
    const f = headlineMedian(knowledge, e, period);
    return f ? [`${e.title} ${formatMoney(f.median!, f.currency)} ${perUnit(f.period)} (${shortAttribution(knowledge, f)})`] : [];
  });
  return shown.length ? `: median ${shown.join(", ")}` : "";
}

/** "what does an HR manager earn in London": say plainly that the figures are national US ones, then give them. */
function usOnlyVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], place: string, period: PayPeriod, cannot = ""): Verdict {
  return {
    text: `${US_FIGURES_ONLY}, not figures for ${place}${cannot ? `, so ${cannot}. In the US` : ""}${mediansText(knowledge, entries, period)}.`,
    basis: "data",
  };
}
/** Pay sites members quote ("glassdoor says …"). */
const PAY_SITES = /\b(glassdoor|payscale|levels fyi|ziprecruiter|salary com)\b/;
const PAY_SITES_DIFFER =
  "Sites like Glassdoor count pay differently from these figures: what people report or job ads list, for particular companies and cities, sometimes with bonuses; BLS surveys employers' base wages across the US";
/** Two roles' extra schooling weighed: "worth the extra school", "is the extra schooling worth it". */
const EXTRA_SCHOOLING_WORTH =
  /\bworth (the |all the )?(extra|additional|longer) (school|schooling|years?|time|education|training|debt)\b|\b(extra|additional|longer) (school|schooling|years?|education|training)\b.*\bworth\b|\b(money|pay|paid|salary|return)\b.*\bfor the (time|years?|schooling|school|training) (in|at|of) (school|college|training)\b|\b(money|pay|salary) for the (schooling|school|training|time spent)\b/;
const WORTH_DEPENDS = "Whether it is worth it depends on you; on the data:";
/** Tools asked, not skills: "what tools do plumbers use", "what equipment do welders need". */
const TOOLS_ASKED = /\b(tools?|equipment|gear)\b/;
/** "is £30k good for a nurse": an amount in another currency, not weighed. */
const AMOUNT_ELSEWHERE = "I can't say how the amount you name compares there";
/** "do nurses make more in australia or the us": pay there against the US's, not weighed. */
const PAY_ELSEWHERE = "I can't compare pay there with the US's";
/** Pay in a place weighed against the US's, or a move there: "make more in australia", "moving to the uk", "uk vs us". */
const PLACES_WEIGHED =
  /\b(more|less|better|higher|lower|worse) (in|than)\b|\b(move|moving|relocate|relocating|immigrate|immigrating|emigrate|emigrating) (to|abroad)\b|\b(vs|versus|or) (the )?(us|usa|america|states)\b|\b(us|usa|american) (vs|versus|or|nurses|doctors|pay|salary|salaries)\b/;

/** Why an employer's pay ("how much does google pay software engineers") is not in the data. */
const NOT_BY_EMPLOYER = "BLS publishes pay by occupation across all employers, not by employer";

/** "how much does google pay software engineers", with nothing else to answer: no figures for that employer, then the occupation's. */
/** "uber driver pay": an app's contractors, whom BLS's wage figures leave out; the employees in the same work, for comparison. */
function gigVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], platform: string, period: PayPeriod): Verdict {
  return {
    text: `${platformContractors(platform)}, so the data can't say what ${platform} pays. Employees in the same work${mediansText(knowledge, entries, period)}.`,
    basis: "indirect",
  };
}

function employerVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], employer: string, period: PayPeriod): Verdict {
  return { text: `I have no figures for ${employer}: ${NOT_BY_EMPLOYER}. Across all employers${mediansText(knowledge, entries, period)}.`, basis: "indirect" };
}

function worstBasis(verdicts: readonly Verdict[]): Verdict["basis"] {
  return verdicts.some((v) => v.basis === "none") ? "none" : verdicts.some((v) => v.basis === "indirect") ? "indirect" : "data";
}

/** The first step's verdict, with the route from it to the target below. */
function composeFirstStep(knowledge: KnowledgeBase, step: RoleEntry, target: RoleEntry): { verdict: Verdict; path: PathView } {
  return { verdict: firstStepVerdict(knowledge, step, target), path: composePath(knowledge, step, target).path };
}

/** Whether the asking sentences, or else the last clause, ask the way into the job ("how do you get into being a crane operator"). */
function asksWayIn(parsed: ParsedQuestion): boolean {
  const asked = parsed.askingPart ?? parsed.text.split(CLAUSE_END).findLast((c) => c.trim()) ?? "";
  return WAY_IN_ASKED.test(normalizeWords(asked));
}

/** Two criteria's verdicts, one after the other; as sure as the less sure of them. */
function bothCriteria(...verdicts: Verdict[]): Verdict {
  return { text: verdicts.map((v) => v.text).join(" "), basis: worstBasis(verdicts) };
}

/**
 * "how hard is it to get in and what's the pay like": of two criteria asked about one role, the one
 * its card (`aspect`) does not show, answered first; null when both are the card's.
 */
function criterionBesideCard(
  knowledge: KnowledgeBase,
  entry: RoleEntry,
  criteria: readonly QuestionTopic[],
  aspect: AspectId,
  text: string,
  period: PayPeriod,
): Verdict | null {
  const other = criteria.find((t) => TOPIC_ASPECTS[t] !== aspect);
  if (!other) return null;
  // Pay asked plainly ("what's the pay like") is its median, not a yes or no.
  if (other === "pay") {
    const figure = headlineMedian(knowledge, entry, period);
    return figure ? { text: `${earnsMedian(knowledge, entry, figure)}.`, basis: "data" } : null;
  }
  // "how much do nurses make and how long is school?": the schooling and its length, not whether one is needed.
  if (other === "education" && asksHowLong(text)) return schoolingLine(entry, text, routeInto(knowledge, entry));
  return yesNoVerdict(knowledge, entry, other, text, period);
}

/** "… at the same time", "do both at once": one person holding two of the roles. */
const AT_ONCE = /\b(at the same time|at once|both at the same|(work|do|have) both)\b/;
const BOTH_AT_ONCE: Verdict = {
  text: "The data doesn't cover holding two jobs at once: it counts each occupation on its own. What it has on each:",
  basis: "none",
  differenceFollows: true,
};

/**
 * "does an LPN make less than an RN", "is a pharmacist less stressful than a nurse", "is hvac easier
 * than electrician to get into": asks whether the first is the lower.
 */
const ASKS_LOWER = /\b(less|lower|fewer|worse|smaller|easier|simpler|quicker|shorter)\b.*\bthan\b/;
/** "is nursing more stressful than teaching": a comparison asked as a yes or no. */
const ASKS_THAN = /\bthan\b/;
/** A rating verdict on stress says first that the data measures it only indirectly. */
const INDIRECT_PREFIX = /^The data doesn't measure [^.]*\. /;

/** Whether a verdict names `entry` first as the one with more of the quality asked ("X earns more: …"). */
function namesFirst(verdict: Verdict, entry: RoleEntry, entries: readonly RoleEntry[]): boolean {
  const text = verdict.text.replace(INDIRECT_PREFIX, "");
  // "Nurse" must not lead where "Nurse Practitioner" does.
  const longer = entries.filter((e) => e !== entry && e.title.startsWith(entry.title));
  return text.startsWith(`${entry.title} `) && !longer.some((e) => text.startsWith(`${e.title} `));
}

/**
 * "Yes: " or "No: " before a verdict that settles a yes-or-no comparison about the first role named
 * ("Probably" where the data measures the quality only indirectly); a verdict that names no leader
 * ("About the same…") answers as it stands. `words` is the question, folded (normalizeWords).
 */
function settle(verdict: Verdict, entries: readonly RoleEntry[], words: string): Verdict {
  if (verdict.basis === "none") return verdict;
  const leader = entries.find((e) => namesFirst(verdict, e, entries));
  // "is a medical assistant paid the same as a CNA": yes when the verdict finds them about the same.
  const asksSame = ASKS_SAME.test(words) && !ASKS_THAN.test(words);
  if (!leader && !(asksSame && verdict.text.startsWith("About the same"))) return verdict;
  // ("would it be worth it to go to rn after lpn pay wise": a move weighed, whichever order its jobs are
  // named in; who earns more answers it, a yes or no for the first named would not.)
  // ("lpn, going for my rn. is the pay bump worth the extra 2 years": what one costs weighed against what
  // it brings, no first role set against the other.)
  if (MOVE_WORTH.test(words) || (WORTH_WEIGHED.test(words) && !ASKS_THAN.test(words))) return verdict;
  // ("would a logistician or dispatcher job pay close to what i make now": either one asked of, no first role
  // set against the other, so a yes or no would answer nothing.)
  if (!asksSame && OR_EITHER.test(words) && !ASKS_THAN.test(words)) return verdict;
  // ("is accounting less stressful than nursing": a verdict that names the one with less, "Accountant is likely the less stressful", answers "less" as asked.)
  const leaderHasLess = leader !== undefined && leadsWithLess(verdict.text.replace(INDIRECT_PREFIX, "").slice(leader.title.length + 1));
  const yes = asksSame ? !leader : (leader === entries[0]) !== (ASKS_LOWER.test(words) !== leaderHasLess);
  if (asksSame && yes) return { ...verdict, text: verdict.text.replace(/^About the same/, "Yes, about the same") };
  const word = verdict.basis === "data" ? (yes ? "Yes" : "No") : yes ? "Probably yes" : "Probably not";
  return { ...verdict, text: `${word}: ${verdict.text}` };
}

/** A clause that asks a yes or no about pay: "does a nurse make more", "is it worth it pay wise" (not "do i need a degree"). */
const PAY_YES_NO_CLAUSE =
  /^\s*((so|and|also|but|or|then|like|ok|okay|well|honestly|tbh|ngl|lol|hey|guys|just|really) ){0,2}(does|do|is|are|would|will|did|can|could|should|am|was|were|isnt|doesnt|dont|arent)\b.*\b(make|makes|making|earn|earns|earning|paid|pay|pays|paying|money|salary|salaries|wage|wages|worth|more|less|higher|lower|better|worse)\b/i;

/** Whether some clause of `text` asks a yes or no about pay (see PAY_YES_NO_CLAUSE). */
function asksPayYesNo(text: string): boolean {
  return text.split(/[,.;?!]/).some((clause) => PAY_YES_NO_CLAUSE.test(clause));
}

/** Two roles joined by "or" ("a logistician or dispatcher job"), not "or not". */
const OR_EITHER = /\bor\b(?! (not|nah|no)\b)/;
/** A licence asked for by which one: "what certs do i need", "which license", "what certification". */
const WHICH_CREDENTIAL = /\b(what|which)( kind of| kinds of| type of| types of)? (licen[cs]es?|certs?|certifications?|certificates?|exams?)\b/;
/** "is the pay bump worth the extra 2 years": a cost weighed against a gain, not one role against the other. */
const WORTH_WEIGHED = /\bis the( \w+){1,3} worth\b/;
/** A move weighed: "is going from lpn to rn worth it", "worth switching from teacher to nurse for the pay". */
const MOVE_WORTH = /\bworth\b(?=.*\b(to|into)\b)|\b(to|into)\b.*\bworth\b/;
/** A move judged: "is it dumb to leave accounting for teaching", "would it be a mistake to quit nursing for real estate". */
const MOVE_JUDGED = /\b(dumb|stupid|crazy|insane|mistake|bad idea|good idea|smart|wise|bad move|good move|smart move|dumb move|worth it)\b/;

/**
 * `text` with each role's typed title blanked out, as far as it can be found as typed (a licence's
 * letters stay: "do you need a cpa to be an accountant" asks about the licence).
 */
function withoutRoleNames(text: string, roles: ParsedQuestion["roles"]): string {
  return roles.reduce((out, { typed }) => (LICENCE_TITLES.has(typed) ? out : (cutPhrase(out, typed) ?? out)), text);
}

/** Aspects whose figures are the US's own: BLS's projections, and its schooling and training. (Pay names the place itself.) */
const US_ONLY_ASPECTS: ReadonlySet<AspectId> = new Set<AspectId>(["outlook", "requirements"]);

/** How schooling is arranged: online, part time, at night, alongside a job ("can you work while in nursing school"). */
const STUDY_ARRANGEMENT =
  /\b(work|working|have a job|keep my job|keep working) (while|during|and go to|through|and study|while in|while going to)( \w+)?( school| college| the program| studying| classes| nursing school| pa school| it| that)\b|\bonline (degree|degrees|program|programs|school|classes|courses?)\b|\b(part time|night|evening|weekend) (school|classes|program|programs|degree)\b|\bquit (my|your|the|a) (job|career) (to|and) (go back to|go to|study|attend|start)\b/;
const NO_STUDY_ARRANGEMENT =
  "The data doesn't cover how schooling is arranged (online, part time, alongside a job or instead of one); what it has is the schooling a job starts with.";

/** "what pays more without more school", "no more school", "without going back to college": the member's schooling kept. */
const NO_MORE_SCHOOLING =
  /\b(no|without|not) (more|further|extra|additional|another) (school|schooling|college|education|degree|training)\b|\bwithout (going back to )?(school|college)\b/;

/**
 * What a question about roles asks that no dataset here records, each said before the verdict (or as
 * the first line where there is none): "is nursing a good career for men", "how much do male nurses
 * make" (the figures are everyone's); "unemployment rate for teachers", "turnover rate for nurses"
 * (no such rates by occupation; the outlook is what there is); how to negotiate, how respected a job
 * is, union membership and the member's age.
 */
const UNRECORDED_LEADS: readonly [RegExp, string][] = [
  [
    /\b(for|as) (a )?(women|woman|men|man|female|females|male|males|girl|girls|guy|guys|lady|ladies)\b|\b(male|female) (nurses?|teachers?|nannies|nanny|engineers?|electricians?|pilots?|welders?|mechanics?)\b|\bcan (a )?(woman|women|girl|girls|man|men|guy|guys) (be|become|work as)\b/,
    "The data has no figures by gender; what it has is the same for anyone.",
  ],
  [QUIT_RATES, "The data doesn't cover unemployment, turnover or quit rates by occupation; what it has is the outlook (projected jobs and openings)."],
  // "how much do travel nurses make per week": contracts and their stipends are not split from staff pay.
  [
    // (Anchored: each lookahead reads the message once, from its start.)
    /^(?=.*\b(make|makes|making|earn|earns|salary|salaries|how much|per week|a week|per hour|an hour|pay rates?)\b)(?=.*\btravel(ing|ling)? (nurses?|rns?|lpns?|cnas?|therapists?|pts?|ots?|rts?|techs?|technicians?|sonographers?|contracts?|assignments?)\b)/,
    "The data doesn't split travel contracts from staff jobs: its wages count both together and leave out travel stipends.",
  ],
  // "why do nurses quit", "why are teachers leaving": why workers leave, which no dataset records.
  [WORKERS_LEAVING, "The data doesn't record why workers leave a job; what it has is the outlook."],
  // "is the nursing shortage real", "is there a shortage of electricians".
  [SHORTAGE, "The data doesn't measure shortages; what it has is projected growth and openings."],
  // "do you get paid during police academy", "does nursing school pay you" (an apprentice's pay is the starting band).
  [PAID_TRAINING, "The data doesn't say whether training is paid."],
  // "how do i negotiate a higher salary as a nurse", "how to ask for a raise as a teacher".
  [
    /\b(negotiate|negotiating|negotiation|ask for a raise|asking for a raise|get a raise|getting a raise|counter ?offer)\b/,
    "The data can't say how to negotiate pay; what it has is the range of pay for the job, to negotiate within.",
  ],
  // "are accountants respected", "is nursing prestigious": how others see a job. ("respected members, …" is a greeting.)
  [
    /\b(respect|respected(?! (members?|sirs?|seniors?|all|everyone|friends|experts?|people|community|madam|mentors?)\b)|respectable|prestigious|prestige|looked down (on|upon))\b/,
    "The data doesn't measure how respected or prestigious a job is.",
  ],
  // "how much do union electricians make", "union vs non union pay" (not a credit union, nor a union's hall).
  [
    /(?<!\b(credit|european|soviet) )\b(union|unionized|non union|nonunion)\b(?! (pacific|station|square|street|hall|dues|rep|representative|steward))/,
    "The data doesn't split figures by union membership; what it has counts union and non-union workers together.",
  ],
  // "is it worth going back to school at 30 for nursing", "becoming a nurse at 40", "can a 50 year old become a paralegal": an age told.
  // ("whats the retirement age for pilots", "are there age limits for firefighters": an age a job asks.)
  [
    /\b(retirement age|retire at|mandatory retirement|(at|for) (my|our|this|that) age|age limits?|age requirements?|minimum age|maximum age|age cap|how old (do|does|must|should) (you|i|one|someone) (have to |need to )?be)\b|\b(at|by) (the age of |age )?[1-6]\d\b(?! ?(k|an? (hour|hr|year|yr|week|month|shift)|hours?|hrs?|per|dollars?|bucks|percent|years?(?! old)|yrs?(?! old)|mph|miles|lbs?|pounds|minutes|mins|patients|students|kids|people)\b)|\b((i am|im) [1-6]\d|[1-6]\d (years? old|yrs? old|yo))\b(?=( \w+){0,10} (too old|too late|realistic|still|possible|worth it)\b)|\bin my (20s|30s|40s|50s|twenties|thirties|forties|fifties)\b|\b(can|could) (an?|someone who is) [1-9]\d ?(years?|yrs?|yo) ?(old)?\b/,
    NO_AGE,
  ],
];

/** An age in a licence's rule: "apply before they turn 31". */
const AGE_IN_RULE = /\b(turn|under|younger than|older than) \d\d\b/;

/** The licence rule that sets an age, first, unless the verdict already says it. */
function withAgeRule(verdict: Verdict | null, licence: Licence): Verdict {
  if (!verdict) return { text: licence.rule, basis: "data", source: editorSource(licence) };
  if (verdict.text.includes(licence.rule)) return verdict;
  // ("The data doesn't track age. What it takes …": the rule stands where the data's silence was.)
  const rest = verdict.text.startsWith(NO_AGE) ? verdict.text.slice(NO_AGE.length).trimStart() : verdict.text;
  return withEditorSentence({ ...verdict, text: rest }, licence, licence.rule, true);
}

/** Military occupations' O*NET-SOC codes start with this: BLS's wage survey does not cover the armed forces. */
const MILITARY_CODE = "55-";

/** The first line for a role with no wage figures at all. */
function noWagesVerdict(entry: RoleEntry): Verdict {
  const why = entry.code?.startsWith(MILITARY_CODE) ? ": BLS's wage survey doesn't cover the armed forces" : "";
  return { text: `The data has no pay figures for ${entry.title}${why}.`, basis: "none" };
}

export function composeVerdict(
  knowledge: KnowledgeBase,
  parsed: ParsedQuestion,
  entries: readonly RoleEntry[],
  aspect: AspectId,
  period: PayPeriod,
): { verdict: Verdict | null; path: PathView | null } {
  const asked = withDutiesAsked(verdictAndPath(knowledge, parsed, entries, aspect, period), parsed, entries, aspect);
  // (In a long post, what the asking sentences say: "started as a cashier at 19" in the story is no age asked about.)
  const words = entries.length > 0 && !parsed.ranking ? normalizeWords(parsed.askingPart ?? parsed.text) : null;
  // ("can i transfer my teaching license to another state": whether a licence crosses a state line is not
  // the yes or no of needing one; the licence rule follows what the data lacks, without its "Yes:".)
  const found = words !== null && asked.verdict ? { ...asked, verdict: acrossStates(asked.verdict, words) } : asked;
  // (A verdict that already says it, "The data doesn't track age. What it takes …", gets no second telling.)
  const lead = words === null ? undefined : UNRECORDED_LEADS.find(([pattern, said]) => pattern.test(words) && !found.verdict?.text.includes(said))?.[1];
  // ("is there an age limit for air traffic controllers": an age a licence rule sets is said, not "the data doesn't track age".)
  const ageAsked = lead === NO_AGE || found.verdict?.text.startsWith(NO_AGE) === true;
  const ageRule = ageAsked ? entries.map((e) => (e.code ? knowledge.licenceFor(e.code) : undefined)).find((l) => l && AGE_IN_RULE.test(l.rule)) : undefined;
  const out = ageRule
    ? { ...found, verdict: withAgeRule(found.verdict, ageRule) }
    : !lead
      ? found
      : {
          ...found,
          verdict: found.verdict
            ? { text: `${lead} ${found.verdict.text}`, basis: found.verdict.basis === "data" ? ("indirect" as const) : found.verdict.basis }
            : { text: lead, basis: "none" as const },
        };
  // "does amazon pay warehouse workers well": whatever the verdict, the figures are no one employer's;
  // with none ("walmart cashier pay"), that is the first line, with the occupation's median.
  // ("uber driver pay", "how much do doordash drivers make": the platform's drivers are contractors, whom
  // the wage survey leaves out, not employees of one employer among many.)
  if (parsed.employer && GIG_PLATFORMS.has(parsed.employer) && entries.length > 0) {
    if (!out.verdict) return { ...out, verdict: gigVerdict(knowledge, entries, parsed.employer, period) };
    // ("how much does an uber driver make a week", "is uber driving a good job": the employees' figures in
    // the same work, said to be.)
    const pays = aspect === "salary" || aspect === "overview" ? `, so the data can't say what ${parsed.employer} pays` : "";
    return {
      ...out,
      verdict: { text: `${platformContractors(parsed.employer)}${pays}. For employees in the same work: ${out.verdict.text}`, basis: "indirect" },
    };
  }
  if (parsed.employer && aspect === "salary")
    return out.verdict
      ? { ...out, verdict: { text: `I have no figures for ${parsed.employer} (${NOT_BY_EMPLOYER}). ${out.verdict.text}`, basis: "indirect" } }
      : { ...out, verdict: employerVerdict(knowledge, entries, parsed.employer, period) };
  // ("is glassdoor accurate for nurse pay", "glassdoor says way higher for nurses": the sites count
  // another pay; "Yes, above most jobs" would answer another question.)
  if (aspect === "salary" && entries.length > 0 && words !== null && PAY_SITES.test(words))
    return { ...out, verdict: { text: `${PAY_SITES_DIFFER}. The national figure${mediansText(knowledge, entries, period)}.`, basis: "data" } };
  // "is physiotherapy a good career in india", "how to become a nurse in the uk": said to be the US's.
  const place = parsed.place;
  // (A place by name, not "each state" asked as a kind.)
  const named = place && !place.startsWith("each ") ? place : null;
  // ("is £30k good for a band 5 nurse": an amount in another currency can't be placed among dollars;
  // whether it is good there is not the US median's to say.)
  if (named && aspect === "salary" && entries.length > 0 && foreignPayAmount(parsed.text))
    return { ...out, verdict: usOnlyVerdict(knowledge, entries, named, period, AMOUNT_ELSEWHERE) };
  // ("do nurses make more in australia or the us", "is it worth moving to the uk as a doctor": pay
  // there weighed against the US's, which national US figures cannot do; "Yes, above most jobs" would
  // answer another question.)
  if (named && entries.length === 1 && (aspect === "salary" || aspect === "overview") && words !== null && PLACES_WEIGHED.test(words))
    return { ...out, verdict: usOnlyVerdict(knowledge, entries, named, period, PAY_ELSEWHERE) };
  if (!out.verdict || !named) return out;
  // ("do you need a licence to be a barber in ontario", "bookkeeper to chartered accountant in the uk, whats the
  // route": the schooling, licences and routes are the US's; no "figures" to speak of.)
  if (aspect !== "salary" && (aspect === "requirements" || parsed.kind === "path") && isAbroad(named))
    return { ...out, verdict: { ...out.verdict, text: `${US_ROUTES_ONLY}: the data has no schooling or licensing rules for ${named}. ${out.verdict.text}` } };
  // ("do nurses make good money in texas": a pay verdict that does not name the place yet says it first.)
  const placedPay = aspect === "salary" && !out.verdict.text.includes(US_FIGURES_ONLY);
  // ("is it better to be a nurse in texas or florida": two places weighed, whatever the aspect; said once.)
  if ((!US_ONLY_ASPECTS.has(aspect) && !placedPay && !named.includes(" or ")) || out.verdict.text.includes(US_FIGURES_ONLY)) return out;
  return { ...out, verdict: { ...out.verdict, text: `${US_FIGURES_ONLY}, not figures for ${named}. ${out.verdict.text}` } };
}

/** "become a manager", "becoming an engineer": a title to become, right after the verb. */
const BECOME_TITLE = /\b(?:become|becoming) (?:an? )?(\w+)\b/;

/**
 * Whether the (role-free) words ask to become a broad title the parser leaves out: "can a teacher become
 * a manager". (Not a word of a role read: "becoming an office manager" where the cut missed it.)
 */
function becomesBroad(words: string, roles: ParsedQuestion["roles"]): boolean {
  const title = BECOME_TITLE.exec(words)?.[1];
  return title !== undefined && isBroadRoleWord(title) && !roles.some((r) => normalizeWords(r.typed).split(" ").includes(title));
}

/** How long a message may be for pay words in it to ask the pay on a move. */
const PAY_IN_A_LINE = 160;

/** Pay asked for a stage of training: "during residency", "as an apprentice", "in nursing school". */
const IN_TRAINING =
  /\b(during|in|while in|while doing) (\w+ )?(residency|school|training|apprenticeship|internship|clinicals|academy|fellowship)\b|\b(residents?|interns?|apprentices?|trainees?|students?)\b/;

/** What a job does asked in so many words: "whats a medical coder do", "what does a paralegal actually do" (not "what do i do first"). */
const WHAT_IT_DOES = /\bwhat( s|s| does| do)? (an? |the )?(?!(i|u|you|we|they|should|can|could|would|will|do|does)\b)(\w+ ){1,4}(actually |even |really )?do\b/;

/**
 * "whats a medical coder do and is it boring": a verdict on the quality asked, after the first sentence
 * of what the job does, which the question asked first.
 */
function withDutiesAsked(
  found: { verdict: Verdict | null; path: PathView | null },
  parsed: ParsedQuestion,
  entries: readonly RoleEntry[],
  aspect: AspectId,
): { verdict: Verdict | null; path: PathView | null } {
  const { verdict } = found;
  if (!verdict || verdict.fromCards || entries.length !== 1 || aspect !== "duties" || !WHAT_IT_DOES.test(normalizeWords(parsed.askingPart ?? parsed.text)))
    return found;
  const duties = dutiesLead(entries[0]!);
  if (!duties) return found;
  const first = duties.text.split(/(?<=\.) /)[0]!;
  return { ...found, verdict: { ...verdict, text: `${first} ${verdict.text}` } };
}

function verdictAndPath(
  knowledge: KnowledgeBase,
  parsed: ParsedQuestion,
  entries: readonly RoleEntry[],
  aspect: AspectId,
  period: PayPeriod,
): { verdict: Verdict | null; path: PathView | null } {
  const none = { verdict: null, path: null };
  if (!entries.length) return none;
  const topic = parsed.topic ?? ASPECT_TOPICS[aspect] ?? null;
  // The words around the roles: "physical" in "physical therapist" asks nothing about physical work.
  // (Seniority reads the titles themselves: "CEO vs COO, who's higher".)
  const asked = parsed.cleaned || parsed.text;
  const text = topic === "seniority" ? asked : withoutRoleNames(asked, parsed.roles);
  // The asked words, folded once for every check below.
  const words = normalizeWords(text);
  // "can a teacher become a manager", "can a drafter become an engineer without a degree": the job to
  // become is a broad word left out ("which manager?"); a verdict on the one role read, the member's
  // own, would answer another question.
  if (entries.length === 1 && becomesBroad(words, parsed.roles)) return none;
  // "Can you make 100k as an electrician": where the amount falls in the role's pay.
  if (parsed.payAmount && entries.length === 1 && aspect === "salary")
    return { verdict: payAmountVerdict(knowledge, entries[0]!, parsed.payAmount, words), path: null };
  // "what does a meteorologist make and do you need a masters": two questions, each answered, in the order asked.
  const payAndDegree =
    entries.length === 1 && parsed.kind !== "path" && !parsed.ranking ? payAndDegreeVerdict(knowledge, entries[0]!, period, words, text) : null;
  if (payAndDegree) return { verdict: payAndDegree, path: null };
  // "what jobs can a cashier move up to", "how do I get out of nursing": where the one role leads.
  if (parsed.movingOn && entries.length === 1 && parsed.kind !== "path" && aspect === "career") {
    const next = leadsToVerdict(knowledge, entries[0]!, period, parsed.movingOn, NO_MORE_SCHOOLING.test(words));
    if (next) return { verdict: next, path: null };
  }
  // "can you work while in nursing school", "is an online degree legit for nursing": how schooling is
  // arranged, which no table has; the schooling the job starts with is what there is.
  // (Of one role asked about; between two, "i need to keep working while in school, which pays back more" asks which.)
  // ("how long is trade school for an hvac tech and can i work while doing it": the programs' length too, where recorded.)
  if (entries.length === 1 && parsed.kind !== "path" && !parsed.ranking && STUDY_ARRANGEMENT.test(words)) {
    const arranged: Verdict = { text: `${NO_STUDY_ARRANGEMENT} ${schoolingLine(entries[0]!).text}`, basis: "none" };
    return { verdict: withRouteInto(knowledge, entries[0]!, arranged), path: null };
  }
  // ("dental hygienist or dental assistant, worth the extra school?": what the extra schooling buys, in pay.)
  if (entries.length === 2 && !parsed.ranking && EXTRA_SCHOOLING_WORTH.test(words)) {
    const schooling = whichVerdict(knowledge, entries, "education", text, period);
    const pay = payVerdict(knowledge, entries, period);
    return { verdict: { text: `${WORTH_DEPENDS} ${schooling.text} ${pay.text}`, basis: "data" }, path: null };
  }
  // "do bsn nurses make more than adn nurses", "adn vs bsn salary": pay by degree held, which no table has.
  if (entries.length === 1 && !parsed.ranking && asksPayByDegree(words)) return { verdict: payByDegreeVerdict(knowledge, entries[0]!, period), path: null };
  // "rn vs bsn", "the difference between an rn and a bsn": the job beside one of its degrees.
  // (Read in the whole question: the job's title is taken out of `words`.)
  if (entries.length === 1 && !parsed.ranking && asksJobVsItsDegree(normalizeWords(asked)))
    return { verdict: jobAndDegreeVerdict(knowledge, entries[0]!), path: null };
  // "adn vs bsn", "adn or bsn which is better": two degrees into one job, no pay asked.
  if (entries.length === 1 && !parsed.ranking && asksDegreeVsDegree(words)) return { verdict: degreeChoiceVerdict(knowledge, entries[0]!), path: null };
  // "how much do nurses make in a 12 hour shift": the hourly median times the hours.
  const perShift = parsed.shiftHours && aspect === "salary" && !parsed.ranking ? payPerShiftVerdict(knowledge, entries, parsed.shiftHours) : null;
  if (perShift) return { verdict: perShift, path: null };
  // "salary of a data scientist per month", "cna weekly pay": the month or week worked out from the year, before a verdict on pay.
  const perPeriod = parsed.payPer && aspect === "salary" && !parsed.payBand && !parsed.ranking ? payPerPeriodVerdict(knowledge, entries, parsed.payPer) : null;
  // ("how much does a nurse make a month after taxes": what the figures count said first, then the month.)
  if (perPeriod) return { verdict: parsed.topic === "extras" ? payExtrasVerdict(knowledge, entries, text, period, perPeriod.text) : perPeriod, path: null };
  if (parsed.ranking)
    return {
      verdict:
        parsed.ranking.group && parsed.ranking.measure === "pay" ? groupPayVerdict(knowledge, parsed.ranking) : rankingVerdict(knowledge, parsed.ranking),
      path: null,
    };
  // "what kind of welding pays the most": kinds of one occupation, which the data has no figures for.
  const kinds =
    entries.length === 1 && aspect === "salary" && KIND_PAYS_MOST.test(normalizeWords(asked)) ? kindsPayVerdict(knowledge, entries[0]!, period) : null;
  if (kinds) return { verdict: kinds, path: null };
  // "how much does a soldier make": no wage figures to weigh, said first, and why for the armed forces.
  if (aspect === "salary" && entries.length === 1 && parsed.kind !== "path" && figuresOf(knowledge, entries[0]!).length === 0)
    return { verdict: noWagesVerdict(entries[0]!), path: null };
  // "should i do lpn first or go straight for rn": one role as a step to the other, against going straight.
  const firstStep = entries.length === 2 && parsed.kind !== "path" && FIRST_OR_STRAIGHT.test(words) ? firstStepOf(parsed, entries) : null;
  if (firstStep) return composeFirstStep(knowledge, firstStep.step, firstStep.target);
  // "psychologist or psychiatrist, which one prescribes meds": the work asked about, in each role's tasks.
  const does = parsed.kind !== "path" ? whichDoesVerdict(entries, parsed) : null;
  if (does) return { verdict: does, path: null };
  // ("top 10% of lawyers", "which pays more at the bottom 10%: rn or software developer": the percentile
  // asked, whatever the question's shape; not over another topic ("does the 90th percentile include overtime").)
  if (parsed.percentile && aspect === "salary" && (!parsed.topic || parsed.topic === "pay") && parsed.kind !== "path")
    return { verdict: percentileVerdict(knowledge, entries, parsed.percentile, period), path: null };
  switch (parsed.kind ?? "facts") {
    case "path": {
      // ("going from nurse to receptionist, how much would i lose": pay asked in the move's words.)
      // (In a line or two: a story's "the pay has not moved" asks nothing of the move.)
      // ("is it dumb to leave accounting for teaching": a move judged, whose pay change is the first thing to weigh.)
      const payAsked = aspect === "salary" || ((parsed.topic === "pay" || MOVE_JUDGED.test(words)) && text.length <= PAY_IN_A_LINE);
      const options = {
        memberYears: parsed.memberYears,
        memberEducation: parsed.memberEducation,
        askedHowLong: asksHowLong(text),
        askedPay: payAsked,
        askedWhatCarries: entries.length > 1 ? asksWhatCarriesOver(words) : asksWhatCounts(words),
        askedSkills: SKILLS_ASKED.test(words),
      };
      if (entries.length === 1) {
        // ("how do u become a firefighter, do i need my emt first": the credential asked about leads the way in.)
        const route = composePath(knowledge, null, entries[0]!, { ...options, licenceFirst: parsed.topic === "credential" });
        // "thinking of becoming a dental hygienist, how much do they make?": the pay asked, first; the route below.
        const pay = aspect === "salary" && parsed.topic === "pay" ? payFactsVerdict(knowledge, entries[0]!, period, words) : null;
        if (pay) return { ...route, verdict: pay };
        // "… thinking about becoming a 911 dispatcher. How stressful is the work?": the job's demands asked, first.
        // ("i'm bored out of my mind … how do you get started": the member's boredom asks nothing of the job.)
        // ("… my knees are starting to go … how do you get into being a crane operator": the way in asked, first.)
        if (parsed.topic && DEMANDS_ASKED.has(parsed.topic) && aspect !== "requirements" && aspect !== "career" && !asksWayIn(parsed))
          return { ...route, verdict: yesNoVerdict(knowledge, entries[0]!, parsed.topic, text, period) };
        // "i want to be a nurse but i'm scared of blood": what the data can't weigh said first, then the way in.
        if (parsed.topic === "record") return { ...route, verdict: recordVerdict(knowledge, entries, text) };
        // "how to become an accountant without a degree": whether it can be done comes first, then the route.
        const withoutDegree = WITHOUT_DEGREE.test(words) ? yesNoVerdict(knowledge, entries[0]!, "education", text, period) : null;
        return withoutDegree ? { ...route, verdict: { ...withoutDegree, text: `Without a degree? ${withoutDegree.text}` } } : route;
      }
      // ("i'm an emt, how do i become a paramedic and then maybe a PA later", "cna to lpn then rn": the
      // step asked first, then what the job after it asks.)
      const chain = chainOf(parsed, entries);
      if (chain) {
        const step = composePath(knowledge, chain[0], chain[1], options);
        const next = schoolingLine(chain[2], text, routeInto(knowledge, chain[2])).text;
        return step.verdict ? { ...step, verdict: withSentence(step.verdict, `Then: ${next}`) } : step;
      }
      const [from, to] = inPathOrder(parsed, entries);
      // ("electrician to project manager without a degree": whether the job moved to asks one comes first.)
      const toWithoutDegree = WITHOUT_DEGREE.test(words) ? yesNoVerdict(knowledge, to, "education", text, period) : null;
      // ("does a pastor need a license to be a counselor": the licence of the job moved to, as asked, after the route.)
      // ("bank teller to financial advisor, what certs do i need": which licence, asked by name, leads without a yes.)
      const whichLicence = !toWithoutDegree && parsed.topic === "credential" && WHICH_CREDENTIAL.test(words);
      const toLicence = !toWithoutDegree && !whichLicence && parsed.topic === "credential" ? licenceVerdict(knowledge, to, text) : null;
      const move = composePath(knowledge, from, to, { ...options, licenceAsked: toLicence?.text, licenceFirst: whichLicence });
      // ("graphic designer to ux designer, do i need a bootcamp": what the data has on the schooling, after the move.)
      if (!toWithoutDegree && move.verdict && BOOTCAMP.test(words)) {
        const bootcamp = yesNoVerdict(knowledge, to, "education", text, period);
        return bootcamp ? { ...move, verdict: withSentence(move.verdict, bootcamp.text) } : move;
      }
      if (!toWithoutDegree || !move.verdict) return move;
      return { ...move, verdict: { ...move.verdict, text: `Without a degree? ${toWithoutDegree.text} ${move.verdict.text}` } };
    }
    case "which":
      if (entries.length < 2 || !topic) return none;
      // "which pays more starting out": the starting (or experienced) bands, the higher one named first.
      if (topic === "pay" && parsed.payBand) return { verdict: payBandVerdict(knowledge, entries, parsed.payBand, period), path: null };
      // "which has better pay and less school": each criterion answered, in the order asked.
      if (parsed.criteria) return { verdict: bothCriteria(...parsed.criteria.map((t) => whichVerdict(knowledge, entries, t, text, period))), path: null };
      // "dental assistant vs medical assistant, which has better career progression": where each leads, before the rest weighed.
      if (aspect === "career" && (topic === "general" || topic === "seniority") && PROGRESSION_ASKED.test(words)) {
        const progression = progressionVerdict(knowledge, entries);
        if (progression) return { verdict: bothCriteria(progression, whichVerdict(knowledge, entries, topic, text, period)), path: null };
      }
      return { verdict: whichVerdict(knowledge, entries, topic, text, period), path: null };
    case "yes-no": {
      // "is a CNA a nurse": one role asked to be the other.
      if (entries.length === 2 && asksIsA(parsed)) return { verdict: differentRolesVerdict(entries), path: null };
      // "is it possible to be a nurse and a teacher at the same time": one person in both, which no figure covers.
      if (entries.length >= 2 && AT_ONCE.test(words)) return { verdict: BOTH_AT_ONCE, path: null };
      // "Can a medical assistant give injections": the work asked about, looked up in the role's tasks
      // ("does a graphic designer need to know photoshop": first in the technologies it uses).
      if (entries.length === 1 && (topic === null || topic === "general" || topic === "tools")) {
        const tool = technologyVerdict(entries[0]!, parsed);
        if (tool) return { verdict: tool, path: null };
        const tasks = topic === "tools" ? null : taskVerdict(entries[0]!, parsed);
        if (tasks) return { verdict: tasks, path: null };
      }
      if (!topic) return none;
      // "is electrician apprenticeship paid", "do entry level nurses make good money": the starting (or experienced) band answers it.
      // ("… is it worth going back to school? what would i make as a new grad rn": the starting pay asked outright.)
      if (parsed.payBand && aspect === "salary") return { verdict: payBandVerdict(knowledge, entries, parsed.payBand, period), path: null };
      // "should I be a nurse", "is plumbing right for me": asked in so many words, what the data has on the role, weighed.
      if (entries.length === 1 && parsed.topic === "general") return { verdict: overallLine(knowledge, entries[0]!, period), path: null };
      // ("librarian worth it? do u need a masters": a yes or no for each question, in the order asked.)
      if (entries.length === 1 && parsed.criteria) {
        const each = parsed.criteria.map((t) => yesNoVerdict(knowledge, entries[0]!, t, text, period)).filter((v): v is Verdict => v !== null);
        if (each.length) return { verdict: bothCriteria(...each), path: null };
      }
      // ("is computer science a good major for becoming a software developer": majors, which the data does not rate.)
      if (entries.length === 1 && topic === "education" && MAJOR_ASKED.test(words))
        return { verdict: majorVerdict(knowledge, entries[0]!, text, period), path: null };
      if (entries.length === 1) return { verdict: yesNoVerdict(knowledge, entries[0]!, topic, text, period), path: null };
      if (topic === "general" && ASKS_SAME.test(words)) return { verdict: differentRolesVerdict(entries), path: null };
      // ("is underwriting less people-facing than being a loan officer, and what's the pay difference": the
      // yes or no for the first criterion asked, then the second as a comparison.)
      if (entries.length === 2 && parsed.criteria && ASKS_THAN.test(words)) {
        const [first, second] = parsed.criteria;
        return {
          verdict: bothCriteria(
            settle(whichVerdict(knowledge, entries, first, text, period), entries, words),
            whichVerdict(knowledge, entries, second, text, period),
          ),
          path: null,
        };
      }
      // ("lpn vs rn pay, is lpn a dead end?": the yes or no asked is about something else; the pay comparison stands alone.)
      if (topic === "pay")
        return {
          verdict: asksPayYesNo(text) ? settle(payVerdict(knowledge, entries, period, text), entries, words) : payVerdict(knowledge, entries, period, text),
          path: null,
        };
      if (topic === "seniority")
        return { verdict: reportsToVerdict(entries, words) ?? settle(seniorityVerdict(knowledge, entries, text), entries, words), path: null };
      // "is nursing more stressful than teaching": one comparison, answered yes or no for the first role.
      if (entries.length === 2 && ASKS_THAN.test(words))
        return { verdict: settle(whichVerdict(knowledge, entries, topic, text, period), entries, words), path: null };
      // "do you need a degree to be a bookkeeper or an office clerk": a yes or no for each.
      const each = entries.map((e) => yesNoVerdict(knowledge, e, topic, text, period));
      if (each.every((v): v is Verdict => v !== null)) {
        // Each line names its role, so two answers side by side are never ambiguous.
        const text = each.map((v, i) => (v.text.includes(entries[i]!.title) ? v.text : `${entries[i]!.title}: ${v.text}`)).join(" ");
        return { verdict: { text, basis: worstBasis(each) }, path: null };
      }
      return { verdict: whichVerdict(knowledge, entries, topic, text, period), path: null };
    }
    case "facts": {
      // "how hard is it to get in and what's the pay like": the criterion the card doesn't show.
      const beside = parsed.criteria && entries.length === 1 ? criterionBesideCard(knowledge, entries[0]!, parsed.criteria, aspect, text, period) : null;
      if (beside) return { verdict: beside, path: null };
      // "paralegal vs legal secretary, same thing?": two occupations asked about as one, without a yes-no's word order.
      // ("… says LPNs do the same job for less money, is that true?": the pay asked, not whether they are one.)
      if (entries.length === 2 && aspect === "overview" && (!parsed.topic || parsed.topic === "general") && ASKS_SAME.test(words))
        return { verdict: differentRolesVerdict(entries), path: null };
      // ("who does a cna report to": the task that says who directs the work.)
      const toWhom = entries.length === 1 && parsed.topic === "seniority" ? reportsToWhomVerdict(entries[0]!, words) : null;
      if (toWhom) return { verdict: toWhom, path: null };
      // "how many nurses are there in the us": the jobs BLS counts, first.
      if (aspect === "outlook" && HEADCOUNT.test(words)) return { verdict: headcountVerdict(knowledge, entries), path: null };
      // "accountant for introverts", "nursing for shy people?": how much the work is with people, weighed.
      if (parsed.topic === "work" && FOR_A_KIND_OF_PERSON.test(words))
        return entries.length === 1
          ? { verdict: yesNoVerdict(knowledge, entries[0]!, "work", text, period), path: null }
          : { verdict: whichVerdict(knowledge, entries, "work", text, period), path: null };
      // "why are teachers leaving", "why is there a teacher shortage": what the data has instead, the outlook.
      if (entries.length === 1 && parsed.topic === "prospects" && outlookStandsIn(words))
        return { verdict: yesNoVerdict(knowledge, entries[0]!, "prospects", text, period), path: null };
      if (parsed.payBand && aspect === "salary") return { verdict: payBandVerdict(knowledge, entries, parsed.payBand, period), path: null };
      if (parsed.place && aspect === "salary") return { verdict: usOnlyVerdict(knowledge, entries, parsed.place, period), path: null };
      // ("lpc license, how many supervised hours do u need", "plumbing license, how many apprentice hours": the licence's rule.)
      if (
        // ("how many hours of supervised practice to be a licensed counselor": hours, but a licence's.)
        (parsed.topic === "education" || parsed.topic === "balance") &&
        entries.length === 1 &&
        SUPERVISED_HOURS.test(words) &&
        // (In the title typed too: "a licensed counselor".)
        LICENCE_WORD.test(normalizeWords(parsed.text)) &&
        knowledge.licenceFor(entries[0]!.code ?? "")
      )
        return { verdict: withSentence(yesNoVerdict(knowledge, entries[0]!, "credential", text, period), STATE_SET_HOURS), path: null };
      // "how much school for a radiologist", "what degree do you need to be a PT": the schooling first.
      if (parsed.topic === "education" && ASKS_HOW_MUCH_SCHOOLING.test(words))
        return entries.length === 1
          ? { verdict: schoolingLine(entries[0]!, text, routeInto(knowledge, entries[0]!)), path: null }
          : { verdict: whichVerdict(knowledge, entries, "education", text, period), path: null };
      // "pros and cons of being a paramedic", "nurse vs doctor pros and cons": what the data has on each, weighed.
      if (parsed.topic === "general" && PROS_AND_CONS.test(words))
        return {
          verdict:
            entries.length === 1
              ? overallLine(knowledge, entries[0]!, period, "What counts as a pro or a con depends on you.")
              : overallVerdict(knowledge, entries, period),
          path: null,
        };
      // "what license do you need to be a plumber": what the data has on credentials, and that it has no licences.
      if (parsed.topic === "credential" && entries.length === 1)
        return { verdict: yesNoVerdict(knowledge, entries[0]!, "credential", text, period), path: null };
      // ("need health insurance asap, pharmacy tech or cna": benefits, which the data lacks, said before the pay it has.)
      if (parsed.topic === "benefits")
        return {
          verdict:
            entries.length === 1 ? yesNoVerdict(knowledge, entries[0]!, "benefits", text, period) : whichVerdict(knowledge, entries, "benefits", text, period),
          path: null,
        };
      // "how much do bartenders make with tips": what the pay figures count.
      if (parsed.topic === "extras")
        return {
          verdict: entries.length === 1 ? payExtrasVerdict(knowledge, entries, text, period) : whichVerdict(knowledge, entries, "extras", text, period),
          path: null,
        };
      // "how stressful is being an air traffic controller": a quality the card's facts don't show.
      // ("how much math do electricians use": a skill the card may not list, rated.)
      // ("how hard is it to get a job as a pilot": the job market, which the outlook figures show.)
      if (
        parsed.topic &&
        (QUALITY_TOPICS.has(parsed.topic) ||
          // ("where do sonographers work besides hospitals": the settings asked; "what do lpns do in a nursing home" asks the duties.)
          (parsed.topic === "setting" && aspect === "environment") ||
          (parsed.topic === "prospects" && FINDING_WORK.test(words)) ||
          (parsed.topic === "skills" && elementCue(text) !== null))
      ) {
        const verdict =
          entries.length === 1
            ? yesNoVerdict(knowledge, entries[0]!, parsed.topic, text, period)
            : whichVerdict(knowledge, entries, parsed.topic, text, period);
        return { verdict, path: null };
      }
      // "slp salary", "how much do welders make": the figures asked for, first. (Two roles' key
      // difference says which earns more; an employer named gets its own line, with the median.)
      // ("what do doctors make during residency": a trainee's pay, which the occupation's median is not.)
      // ("software engineer vs software developer salary": two titles of one occupation, which the key difference says.)
      if (
        aspect === "salary" &&
        entries.length === 1 &&
        parsed.intent === "profile" &&
        !parsed.employer &&
        (!parsed.topic || parsed.topic === "pay") &&
        !IN_TRAINING.test(words)
      ) {
        // ("owner operator truck driver income": what employees earn is not an owner's income, said first;
        // the title itself says so, so the words as asked.)
        const verdict = asksSelfEmployedPay(asked)
          ? payExtrasVerdict(knowledge, entries, asked, period)
          : payFactsVerdict(knowledge, entries[0]!, period, words);
        return verdict ? { verdict, path: null } : none;
      }
      // ("what does a compliance officer do", "skills for a 911 dispatcher": the answer in a sentence,
      // then the card's tasks or ratings.)
      if (parsed.intent === "profile" && entries.length === 1 && !parsed.topic) {
        // ("what tools do plumbers use": wrenches, which neither O*NET's skills nor its technologies name.)
        const dayAsked = aspect === "duties" && DAY_ASKED.test(words);
        const lead =
          aspect === "duties" ? dutiesLead(entries[0]!, dayAsked) : aspect === "skills" && !TOOLS_ASKED.test(words) ? skillsLead(knowledge, entries[0]!) : null;
        // ("what does a day look like for a wind turbine technician": where and how the day is spent, after the tasks.)
        // (An occupation's own note: a curated role's summary speaks for it, and "business analyst" is no travelling consultant.)
        const conditions = dayAsked && entries[0]!.kind === "occupation" && entries[0]!.code ? knowledge.conditionsFor(entries[0]!.code) : undefined;
        const daySpent = conditions?.physical ?? conditions?.setting;
        if (lead && conditions && daySpent) return { verdict: withEditorSentence(lead, conditions, daySpent), path: null };
        if (lead) return { verdict: lead, path: null };
        // ("what's the working environment like for radiographers": where and when the work is done, first.)
        const environment = aspect === "environment" ? environmentLead(knowledge, entries[0]!, words) : null;
        if (environment) return { verdict: environment, path: null };
      }
      // ("openings per year for rns", "electrician job outlook": the outlook's figures, first; no pay, which
      // an outlook answer does not cite.)
      if (aspect === "outlook" && parsed.intent === "profile" && entries.length === 1 && (!parsed.topic || parsed.topic === "prospects")) {
        const outlook = outlookSentence(knowledge, entries[0]!);
        if (outlook) return { verdict: { text: outlook, basis: "data" }, path: null };
      }
      return none;
    }
  }
}
