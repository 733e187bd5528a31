// "which trade pays the most", "highest paying healthcare job without a degree", "most in demand tech
// jobs": no role named, but a measure to rank occupations by, maybe a field and the most schooling the
// member means to take. This reads the question; answers/rank-occupations.ts ranks the data.
import type { EducationLevel } from "../knowledge/schema.js";
import { normalizeWords } from "../text/normalize.js";
import { degreeSubject, type DegreeSubject } from "./degree-subject.js";
import { unmeasuredCriterion, type UnmeasuredCriterion } from "./unmeasured-criteria.js";
import { askedPayAmount, type PayAmount } from "./detect-pay-amount.js";
import { namedEmployer } from "./detect-employer.js";
import { isFieldNoun } from "./field-nouns.js";
import { STOPWORDS } from "./lexicon.js";

export type RankMeasure = "pay" | "openings" | "growth" | "ease" | "stress" | "people" | "handsOn" | "related" | "overall" | "workers";
/** Measures the data has no figure for, ranked by an O*NET rating that is a sign of them (answers/rank-occupations.ts says so first). */
export const RATED_RANK_MEASURES: ReadonlySet<RankMeasure> = new Set(["stress", "people", "handsOn"]);

/** A field of work: its name in an answer and the SOC codes (prefixes) of its occupations. */
export interface RankField {
  label: string;
  codes: readonly string[];
  /** Named by whom the work is with ("jobs working with animals"): asking for its jobs ranks them by pay. */
  interest?: true;
  /** Only the occupations whose title ends in this word ("engineer"): a broad title asked as a group. */
  head?: string;
  /** Only the occupations BLS says usually start with this schooling or more ("college or trade school": college's side). */
  minEducation?: EducationLevel;
}

/**
 * Broad titles members ask about as a group ("how much do engineers make"), with the SOC groups that
 * hold them: the occupations there whose title ends in the word.
 */
const BROAD_TITLE_GROUPS: ReadonlyMap<string, RankField> = new Map([
  ["engineer", { label: "engineering occupations", codes: ["17-2"], head: "engineer" }],
  ["manager", { label: "management occupations", codes: ["11-"], head: "manager" }],
  ["scientist", { label: "science occupations", codes: ["19-", "15-2051"], head: "scientist" }],
  ["analyst", { label: "business, financial and computer occupations", codes: ["13-", "15-"], head: "analyst" }],
  ["designer", { label: "design occupations", codes: ["27-1", "15-1255"], head: "designer" }],
]);

/** The group a broad title stands for ("engineers": the engineering occupations), or null for one with none. */
export function broadTitleGroup(word: string): RankField | null {
  return BROAD_TITLE_GROUPS.get(word) ?? null;
}

export interface RankRequest {
  measure: RankMeasure;
  /** Null: every occupation. */
  field: RankField | null;
  /** The most schooling the member means to take ("without a degree"); null when not said. */
  maxEducation: EducationLevel | null;
  /** Only occupations BLS lists as needing no work experience in a related occupation ("jobs with no experience", "entry level jobs"). */
  noExperience?: true;
  /** The lowest first ("the least stressful jobs"); otherwise the highest. */
  least?: true;
  /** Stress asked as burnout ("which careers have the most burnout"): said so, the same rating standing in. */
  burnout?: true;
  /** Work with people asked as contact ("nursing jobs with less patient contact"): said so, the same rating standing in. */
  contact?: true;
  /** Only the well paid ("low stress high paying jobs"): the top quarter of occupations by median pay. */
  wellPaid?: true;
  /** Only occupations whose median pays at least this ("what jobs pay over 100k without a degree", "… 40 an hour"). */
  paysAtLeast?: PayAmount;
  /** The schooling limit was not asked but assumed ("entry level jobs": out of high school); dropped where it leaves nothing. */
  schoolingAssumed?: true;
  /** Only jobs with many openings a year ("what jobs hire at 16 that pay the most": the common ones newcomers get). */
  common?: true;
  /**
   * The member's own job, left for the field's work ("electrician to an office job"): the ranking keeps
   * to the schooling that job starts with, leaves the job out, and says what it pays.
   */
  from?: string;
  /** The title the member ruled out ("but not as a teacher") and every role with it: left out of the ranking. */
  excluding?: { typed: string; roleIds: string[] };
  /** A field ruled out ("a job helping people but not in healthcare"): its occupations left out. */
  outside?: RankField;
  /** Asked as safety from AI ("what jobs are safe from AI"): the growth ranking says first that the data has no AI measure. */
  automation?: true;
  /** Something asked of the jobs that the data does not record ("remote", "good benefits"): said first. */
  unmeasured?: UnmeasuredCriterion;
  /** Nothing but that was asked ("jobs with good work-life balance"): nothing is ranked. */
  unranked?: true;
  /**
   * A subject of study ("jobs with a psychology degree"): only the occupations that draw most on its
   * O*NET knowledge area; with the measure "related", ranked by how much they do.
   */
  subject?: DegreeSubject;
  /** A second field set beside `field` ("IT or healthcare"): the two compared on their summed figures, nothing ranked. */
  versus?: RankField;
  /** A degree in the field held ("what can i do with a nursing degree"): the field's jobs, said to stand in for the degree's. */
  fieldDegree?: true;
  /**
   * The field itself judged ("is healthcare a good field", "are trades in demand"): its outlook summed
   * over its occupations, then its best jobs. Only where no worker of the field is named (see parse-question.ts).
   */
  fieldOutlook?: true;
  /**
   * Where an amount of pay stands ("is 50k a good salary", "is $25 an hour good pay in healthcare"):
   * the share of workers whose occupation's median is lower, with paysAtLeast the amount; nothing is
   * ranked (`unranked`).
   */
  standing?: true;
  /**
   * A broad title asked about as a group ("how much do engineers make", "do engineers make more than
   * nurses"): the spread of the group's medians, and where the role named beside it falls among them.
   * Its outlook asked ("is engineering a good career"): the group's, with its commonest kinds offered.
   */
  group?: { against: string | null; choices: readonly string[] };
  /**
   * The pay of jobs as a whole asked ("what's the average salary in the us", "average pay in
   * healthcare"): the median of the occupation the middle worker is in, over every occupation (or the
   * field's), beside those employing the most (the measure "workers").
   */
  middlePay?: true;
}

/** "the most stressful job in healthcare", "least stressful jobs", "low stress jobs", "chill jobs that pay well", "the most burnout". */
const STRESS =
  /\b(most|least|less|low|lowest|high|highest|non|not|minimal|without)( \w+)? (stress(ful)?|burnout|burn out)\b|\bstress ?free\b|\b(chill|chillest|calm|relaxed|relaxing|laid back|lazy|low key|lowkey) (jobs?|careers?|work)\b/;
/** Of STRESS, the words that ask about burnout: said so in the answer. */
const BURNOUT = /\bburn ?out\b/;
/** Of STRESS, the words that ask for the least. */
const LITTLE_STRESS = /^(least|less|low|lowest|non|not|minimal|without|stress|chill|chillest|calm|relaxed|relaxing|laid|lazy|lowkey)\b/;
/** Pay words beside another measure: "low stress high paying jobs", "chill jobs that pay well". */
const WELL_PAID = /\b(high|well|better|best|good|decent|highest) (paying|paid)\b|\bpays? (well|good|decent)\b|\b(good|great|decent|high) (pay|salary|money)\b/;

/** Jobs asked for by an amount of pay: "what jobs pay over 100k", "jobs that pay 6 figures", "jobs that make 50k a year". */
const JOBS_PAYING = /\b(jobs?|careers?|occupations?|trades?)\b.*\b(pay|pays|paying|make|makes|making|earn|earns|earning)\b/;
/** Who the member is, told: "im an army vet", "i am a felon", "as a veteran". */
const MEMBER_TOLD =
  /\b(im|i am|i m|as) (an? )?(\w+ )?(vet|veteran|felon|army|navy|military|marine|student|retiree)\b|\b(single|stay at home) (mom|mum|mother|dad|father|parent)\b/;

/** Pay as the measure: "highest paying", "pays the most", "most lucrative". */
const PAY_WORDS =
  /\b(highest|best|top|better|high|well|good|decent) (paying|paid)\b|\bpays? (well|good|decent)\b|\bpays? (the )?(most|best)\b|\b(makes?|making|earns?|earning|paid) the most\b|\bmost (money|lucrative)\b|\bhighest (salary|salaries|pay|wages?)\b/;

/** "the hardest job to get into", "toughest careers to break into", "most competitive jobs": the longest way in first. */
const HARDEST_WAY_IN =
  /\b(hardest|toughest|most difficult|most competitive) (\w+ )?(jobs?|careers?|roles?|occupations?|trades?|professions?|fields?) to (get into|get|become|break into|land|learn|master)\b|\bmost competitive (\w+ )?(jobs?|careers?|roles?|occupations?|trades?|professions?|fields?)\b/;
/** The least paid asked for: "what's the lowest paying job", "worst paid trades", "which job pays the least". */
const LEAST_PAID = /\b(lowest|worst|least) (paying|paid)\b|\bpays? the (least|worst)\b|\blowest (salary|salaries|pay|wages?)\b/;

/** "best jobs for introverts", "jobs where you work alone": the least work with people. */
const FEW_PEOPLE =
  /\bfor (an? )?(introverts?|introverted people|shy people|(people|someone|somebody|a person) who (dont|don t|do not|doesnt|doesn t|does not|hates?|dislikes?) (like )?(people|talking|being around people)|(someone|somebody|a person) (who is )?not a people person)\b|\bintrovert(ed)? (friendly )?(jobs?|careers?)\b|\b(work|working|be|being) (alone|by (yourself|myself|themselves))\b|\b(no|little|minimal|less|without) (people|human|customer|patient|patients) (contact|interaction)\b|\b(dont|don t|do not|doesnt|doesn t|does not|never) (involve|deal with|see|work with) (patients|people|customers)\b|\b(dont|don t|do not|doesnt|doesn t|does not|never|not|no need to) (have |need |got |gotta |have got )?(to )?(talk|deal|interact|speak|socialize|socialise|work) (to|with) (people|anyone|customers|the public|patients|others)\b|\bwithout (having to )?(talking|dealing|interacting|speaking|talk|deal|interact|speak) (to|with) (people|anyone|customers|the public|patients|others)\b|\b(dont|don t|do not|never|not) (like|enjoy|love|want|wanna) (to )?(talk|talking|deal|dealing|interact|interacting|be around|being around|work|working)( to| with)? (people|anyone|customers|the public|others)\b|\b(hate|hates|dislike|dislikes|cant stand) (talking to |dealing with |being around )?(people|customers|the public)\b/;

/** Of FEW_PEOPLE, the words that ask about contact with patients or customers: said so in the answer. */
const CONTACT = /\b(contact|interaction|patients|customers)\b/;

/** "best jobs for people who like helping others", "careers for extroverts": the most work with people. */
const MANY_PEOPLE =
  /\b(help|helping|helps|serve|serving|care for|caring for|work with|working with|deal with|dealing with|talk to|talking to|talking with|meet|meeting) (other )?(people|others|the public|customers)\b|\bfor (an? )?(extroverts?|extroverted people|people persons?)\b|\bpeople person\b|\bextrovert(ed)? (friendly )?(jobs?|careers?)\b|\b(likes?|loves?|enjoys?) (to talk|talking)\b/;

/**
 * "jobs for people who like working with their hands", "best jobs if you hate sitting at a desk", "outdoor
 * careers", "a good career for someone who likes to build things": the most hands-on, physical or outdoor work.
 */
const HANDS_ON =
  /\b(with|using) (my|your|their|our) hands\b|\bhands on (jobs?|careers?|work|trades?|roles?)\b|\b(physical|manual|active|outdoor|outdoors) (jobs?|careers?|work|roles?)\b|\b(love|loves|like|likes|enjoy|enjoys|prefer|prefers) (being |working )?(the )?(outdoors|outside)\b|\b(work|working|be|being) (the )?(outdoors|outside)\b|\b(hate|hates|dont like|don t like|do not like|cant stand|can t stand) (sitting|desks?)\b|\b(not|never|dont|don t|do not|without) (\w+ )?(sit|sitting|stuck) (at|behind) (a )?desk\b|\b(dont|don t|do not|never) sit (down )?all day\b|\bnot (at|behind) a desk\b|\b(no|non|not a) desk (jobs?|work)\b|\bon (my|your|their) feet\b|\b(likes?|loves?|enjoys?) (to )?(build|building|fix|fixing) things\b/;

/** "what jobs are safe from AI", "ai proof careers", "jobs that won't be replaced by robots": the growth, with its caveat. */
const AUTOMATION_SAFE =
  /\b(safe|safest|protected|immune|resistant) (from|to) (ai|automation|robots?)\b|\b(ai|automation|robot) (proof|resistant|safe)\b|\b(wont|wo not|will not|cant|ca not|can not|cannot|never) (be )?(replaced|automated|taken)( by (ai|robots?|automation))?\b|\b(ai|robots?|automation) (cant|ca not|can not|cannot|wont|wo not|will not|will never|can never) (replace|take over|automate)\b/;

/** "how to make six figures", "easiest way to earn 100k": a way to earn an amount, asked. */
const HOW_TO_EARN = /\b(how (to|can i|do i|could i|can you|do you|do people|can someone)|(easiest|fastest|quickest|best) ways? to|ways? to) (make|earn)\b/;
/** ...asked as the quickest way: "fastest way to make six figures" ranks the ways in among the jobs that pay it. */
const QUICKLY = /\b(easiest|fastest|quickest|quick|fast|quickly|soonest)\b/;
/** An amount earned in a year or an hour: a salary ("how to make 100k a year"), not a sum ("how to make 100k"). */
const SALARY_AMOUNT = /\b(six|6) figures?\b|\b(a|per|an|every) (year|yr|hour|hr)\b|\b(yearly|annually|hourly)\b|\/ ?(yr|year|hr|hour)\b/;
/** "which jobs will ai replace first", "jobs most at risk from automation": the least growth, said to stand in. */
const AUTOMATION_RISK =
  /\b(ai|automation|robots?) (will |is going to |gonna |could |might |can )?(replace|take over|take|kill|eliminate)\b|\b(replaced|taken over|automated|eliminated) by (ai|automation|robots?)\b|\bat risk (from|of) (ai|automation|robots?)\b/;
/** "which jobs are dying", "what jobs are going away": the steepest projected decline. */
const DECLINING_JOBS = /\b(dying|going away|disappearing|declining|shrinking|obsolete|on the way out)\b/;

/**
 * "jobs that arent physical", "bad back, what jobs can i do", "what jobs can you do sitting down": the
 * least hands-on or physical work (the Realistic rating, lowest first).
 */
/** SOC groups of hands-on work (farming, construction, repair, production, transport): the Realistic rating is near its top across them. */
const HANDS_ON_GROUPS = /^(45|47|49|51|53)-/;
const NOT_PHYSICAL =
  /\b(least|less|not|non|arent|aren t|are not|isnt|isn t|is not|no|without) (physical|physically demanding|manual)\b|\bbad (back|knees?|hips?|shoulders?)\b|\b(cant|can t|ca not|cannot|can not) (lift|stand|be on my feet)\b|\bsitting down\b|\bdesk (jobs?|work|careers?)\b|\b(dont|don t|do not|doesnt|doesn t|does not) (require|involve|need) (standing|lifting|heavy lifting)\b|\b(easy|easier|easiest|gentle) on (the|your|my) body\b/;

const MEASURES: readonly [RegExp, RankMeasure][] = [
  // Before pay: "least stressful high paying jobs" ranks by stress among the well paid.
  [STRESS, "stress"],
  [NOT_PHYSICAL, "handsOn"],
  [FEW_PEOPLE, "people"],
  [MANY_PEOPLE, "people"],
  [HANDS_ON, "handsOn"],
  [PAY_WORDS, "pay"],
  [LEAST_PAID, "pay"],
  // "best careers for the future", "what jobs will be in demand in the future": projected growth.
  [/\b(for|in|of) the future\b|\bwill be in (high )?demand\b|\bfuture proof\b/, "growth"],
  [
    /\bmost (in demand|needed|openings)\b|\bin (the )?(most|highest) demand\b|\bmost job openings\b|\b(are|is) (in )?(high |big |great )?demand\b|\bin high demand\b/,
    "openings",
  ],
  [/\bfastest growing\b|\bgrow(s|ing)? (the )?fastest\b|\bbest (job |career )?(outlook|prospects)\b|\bmost growth\b/, "growth"],
  // "what kinds of jobs are there in healthcare", "list of jobs in IT", "most common jobs": the field's jobs, those employing the most first.
  [
    /\b(what|which) (kinds?|types?|sorts?) of (jobs|careers|work|roles|occupations|positions)( are there| are| exist| is there)? (in|for|within)\b|\blist of ((jobs|careers|occupations) (in|for)|trades)\b|\bwhat (jobs|careers) are there (in|for)\b|\bmost common( \w+)? (jobs?|occupations?|careers?|professions?|trades?)( (in|for|among|of|there|today|right now|these days|is|are)\b|$)|\b(jobs?|occupations?) (with|that have|(that )?employs?) the most (workers|people|employees)\b/,
    "workers",
  ],
  [AUTOMATION_SAFE, "growth"],
  [AUTOMATION_RISK, "growth"],
  [DECLINING_JOBS, "growth"],
  // "what's the easiest healthcare job to get into", "easiest trade": the least schooling and preparation.
  [
    /\b(easiest|quickest|fastest) (\w+ )?(jobs?|careers?|roles?|occupations?|trades?|ones?|way) (to get into|to start|to become|to get|to learn|to pick up|in|into)\b|^(whats |what is |what s |what |which is )?(the )?(easiest|quickest) (\w+ )?(jobs?|careers?|trades?|roles?|occupations?)$/,
    "ease",
  ],
  // "what's the hardest job to get into", "most competitive careers": the longest way in, said to stand in.
  [HARDEST_WAY_IN, "ease"],
  // "best entry level jobs in healthcare": the ways in that ask least, best paid first.
  [/\bentry level (\w+ )?(jobs?|careers?|roles?|positions?|occupations?|work)\b/, "ease"],
];
/** A field judged as a whole: "is healthcare a good field", "are trades in demand", "is tech dying" (not "is the tech support here good?"). */
const FIELD_JUDGED =
  /^(is|are|will|would|should)\b.*\b(in demand|demand|growing|dying|dead|saturated|oversaturated|flooded|stable|job market|outlook|prospects|worth|(good|great|bad|smart|solid|safe) (field|industry|career|careers|path|choice|option|sector|line of work|jobs?|major|bet|future)|(jobs|careers) (good|bad|worth))\b/;
/** ...or its market asked after: "how's the job market in healthcare", "job outlook for the trades". */
const FIELD_MARKET = /\b(job market|outlook|prospects|future|demand) (for|in|of)\b/;
/**
 * What may follow the field's word when the field itself is judged ("is tech dying", "is healthcare a
 * good field", "are tech jobs good"): not "is the tech conference worth it", "is office depot worth it".
 */
const AFTER_JUDGED_FIELD =
  /^ (a|an|the|still|really|actually|even|worth|in demand|dying|dead|growing|saturated|oversaturated|flooded|stable|good|great|bad|smart|safe|be|going|field|fields|industry|industries|career|careers|path|jobs?|sector|market|work|right now)\b/;

/** Right before a field's name, words that rule it out: "but not in healthcare", "outside of tech", "anything except retail". */
const RULED_OUT_BEFORE = /\b(not|outside|outside of|except|besides|other than|apart from|away from|but not)( in| into)?( the)?$/;

/** Whether the field named is ruled out where it is named ("not in healthcare"). */
function fieldRuledOut(words: string, field: RankField): boolean {
  const named = FIELDS.find(([, f]) => f === field)?.[0].exec(words);
  return named ? RULED_OUT_BEFORE.test(words.slice(0, named.index).trimEnd()) : false;
}

/** Whether the field named is what is judged: the words after its name say what of it. */
function judgedAsAWhole(words: string, field: RankField): boolean {
  const rest = wordsAfterField(words, field);
  // ("is trade school worth it": the trades' way in, judged as the trades are.)
  return rest === null || rest === "" || AFTER_JUDGED_FIELD.test(rest) || (field === TRADES && /^ school\b/.test(rest));
}

/** The words after the field's name in `words`, or null where its pattern is not there (a field read from "IT" in capitals). */
function wordsAfterField(words: string, field: RankField): string | null {
  const named = FIELDS.find(([, f]) => f === field)?.[0].exec(words);
  return named ? words.slice(named.index + named[0].length) : null;
}
/** "how do I get into IT with no degree", "how to break into tech", "how do i get my foot in the door in IT": a field's ways in, when no role is named. */
const WAY_INTO_FIELD =
  /^(how (do|can|could|would|should|does) (i|you|someone|one|people|a person)|how to|best way to|easiest way to) ((get|break|go|start|move|switch) (into|in)|get (my|a|your|their|one s) foot in the door (of|in|into))\b/;
/**
 * After a field asked a way into, the question ends or names its schooling or a time: "how to get
 * into tech with no degree", not "how to get into tech twitter".
 */
const AFTER_FIELD_WAY_IN = /^( (field|industry|sector|jobs?|careers?|work))?( (with|without|as|if|at|after|from|when|no|any|please|fast|quickly|now)\b.*)?$/;
/** "a high paying job that's easy to get into": best paid among those open to school leavers. */
const EASY_WAY_IN =
  /\b(easy|easier|quick|fast) to (get into|get|start|become|break into)\b|\bwithout much (school|schooling|training)\b|\b(easy|easiest|simple) (\w+ )?(jobs?|careers?)\b/;

/** Computer and IT occupations: named by words, or by "IT" in capitals. */
const COMPUTING: RankField = { label: "computer and IT occupations", codes: ["15-12"] };

/** The skilled trades: construction, installation, maintenance and repair, and welding. */
const TRADES: RankField = { label: "skilled trades (construction, installation, maintenance and repair)", codes: ["47-2", "47-4", "49-", "51-4121"] };

/** Office and administrative support: "office jobs", and the desk work a member leaves a job for. */
export const OFFICE: RankField = { label: "office and administrative support occupations", codes: ["43-"] };

/**
 * Work to train for, asked ("what job can i train for in under a year", "im 30 with no degree, what
 * can i realistically become"): with a schooling limit said, the best paid within it.
 */
const TRAIN_FOR =
  /\b(train|retrain|go back to school|study|get certified) for\b|\bwhat (jobs?|careers?) can i (train|get|do|become)\b|\bwhat can i (realistically |actually )?(become|do|train for|get into)\b/;

/**
 * A time the training may take ("in under a year", "in 6 months"): BLS's entry schooling says nothing
 * of how long the training after it runs (a commercial pilot's certificate, a reactor operator's
 * years on the job), so such a limit is not ranked as a schooling limit.
 */
const TIME_LIMIT = /\b(in|within|under|less than) (a|one|1|\d+|two|three|six|nine) (years?|months?|weeks?)\b/;

/** A member's liking, before what is liked: "i love", "people who enjoy", "someone into". */
const LIKES = String.raw`(like|likes|love|loves|enjoy|enjoys|into|passionate about|obsessed with)`;

/** Fields members name, as SOC major groups (or narrower prefixes). */
/** Hair, nails, skin and makeup: a field named ("beauty jobs") and a pastime liked ("i love makeup"). */
const BEAUTY: RankField = { label: "beauty and personal appearance occupations", codes: ["39-5"] };
/** Designers, models, tailors, displayers and buyers of clothes. */
const FASHION: RankField = { label: "fashion occupations", codes: ["27-1022", "41-9012", "51-6052", "27-1026", "13-1022"] };
/** Chefs, cooks and the kitchen's managers. */
const CULINARY: RankField = { label: "culinary occupations", codes: ["35-1011", "35-1012", "35-201", "35-2021", "11-9051"] };
/** Fitness trainers, athletic trainers and exercise physiologists, beside the athletes, coaches and umpires (27-202). */
const FITNESS_CODES = ["39-9031", "29-9091", "29-1128"];
/** Healthcare practitioners and technicians, and healthcare support. */
export const HEALTHCARE: RankField = { label: "healthcare occupations", codes: ["29-", "31-"] };

const FIELDS: readonly [RegExp, RankField][] = [
  // Whom the work is with, first: "medical jobs working with kids" are among those with children.
  [
    /\b(with|around|involving|for) (\w+ )?animals\b|\banimal (care|jobs?|careers?|lovers?|people)\b|\b(like|likes|love|loves|into|enjoy|enjoys) animals\b/,
    {
      label: "occupations working with animals",
      codes: ["19-1011", "19-1023", "29-1131", "29-2056", "31-9096", "33-9011", "39-2011", "39-2021", "45-2021", "45-2093"],
      interest: true,
    },
  ],
  [
    // ("home with my kids for 5 years", "35 with two kids": the member's own children, no work with them.)
    /\b(with|around|involving) (?!(my|our|his|her|their|two|three|four|five|\d+) )(\w+ )?(kids|children|young people|toddlers|babies)\b|\b(like|likes|love|loves|enjoy|enjoys) (kids|children)\b/,
    {
      label: "occupations working with children",
      codes: ["19-3034", "21-1021", "25-2011", "25-2012", "25-2021", "25-2022", "25-2051", "25-2055", "25-2056", "25-2057", "25-9042", "29-1221", "39-9011"],
      interest: true,
    },
  ],
  // A pastime liked, the jobs it leads to: "i love baking, can i make a career out of it", "jobs for
  // people who love makeup", "i'm into fashion and sewing, what jobs", "i love working out, what jobs".
  [
    // (With the bakers.)
    new RegExp(String.raw`\b${LIKES} (cooking|baking|food|the kitchen)\b`),
    { ...CULINARY, codes: [...CULINARY.codes, "51-3011"], interest: true },
  ],
  [
    // (Not the athletes: a liking for sports asks what work it leads to, seldom a professional's career.)
    new RegExp(String.raw`\b${LIKES} (working out|fitness|the gym|lifting|exercise|exercising|sports)\b`),
    { label: "sports and fitness occupations", codes: ["27-2022", "27-2023", ...FITNESS_CODES], interest: true },
  ],
  [new RegExp(String.raw`\b${LIKES} (makeup|make up|nails|doing hair|hair|skincare|skin care|beauty)\b`), { ...BEAUTY, interest: true }],
  [new RegExp(String.raw`\b${LIKES} (fashion|sewing|clothes|clothing)\b`), { ...FASHION, interest: true }],
  // One trade's family, named by its work or its worker before "jobs": "best paying welding jobs",
  // "highest paying mechanic jobs" (before the trades: "welding trade jobs" is the welding family).
  [
    /\b(welding|welder) (jobs?|careers?|work|trades?|positions?|roles?)\b/,
    { label: "welding and related metal trades", codes: ["51-4121", "51-4122", "47-2011", "47-2152", "47-2221", "49-9092"] },
  ],
  [
    /\b(mechanic|mechanics) (jobs?|careers?|work|positions?|roles?)\b/,
    { label: "mechanic and repair technician occupations", codes: ["49-3", "49-9041", "49-9021", "47-4021", "49-9081"] },
  ],
  [
    /\b(electrician|electricians|electrical) (jobs?|careers?|work|trades?|positions?|roles?)\b/,
    { label: "electrical trades", codes: ["47-2111", "49-9051", "49-2095", "49-2094", "47-4021", "49-9052"] },
  ],
  [
    /\b(plumbing|plumber|plumbers|pipefitting|pipefitter) (jobs?|careers?|work|trades?|positions?|roles?)\b/,
    { label: "plumbing and pipe trades", codes: ["47-2152", "47-2151", "47-2011", "47-4011", "47-3015"] },
  ],
  // ("highest paying jobs in aviation": the air crews, controllers, mechanics and engineers of aircraft.)
  [/\b(aviation|airline|airlines|aerospace)\b/, { label: "aviation occupations", codes: ["53-2", "49-3011", "49-2091", "17-2011", "17-3021", "53-6051.01"] }],
  // ("best paying public safety jobs": police, fire, corrections, EMS and 911 dispatch.) Before the law.
  [
    /\b(public safety|first responders?|emergency services|protective services?|law enforcement (jobs?|careers?|fields?|positions?))\b/,
    { label: "public safety occupations", codes: ["33-1", "33-2", "33-3", "29-2042", "29-2043", "43-5031"] },
  ],
  // ("highest paying mental health jobs": counsellors, therapists, social workers, psychologists, psychiatrists, and their aides.)
  [
    /\bmental health (jobs?|careers?|fields?|field|professions?|positions?|roles?|work)\b|\b(jobs?|careers?) in mental health\b/,
    {
      label: "mental health occupations",
      codes: ["21-1011", "21-1013", "21-1014", "21-1023", "19-3033", "19-3039", "29-1223", "29-2053", "31-1133"],
    },
  ],
  // ("energy jobs that pay well": power plants, the grid, oil and gas, solar, wind and nuclear.)
  [
    /\b(energy|renewables?|oil and gas|oil ?field|power plant|utility|utilities) (jobs?|careers?|sector|industry|field|work|positions?|roles?)\b|\b(jobs?|careers?|work) in (energy|renewables?|renewable energy|oil and gas|utilities)\b/,
    {
      label: "energy occupations",
      codes: ["51-801", "51-8021", "49-9051", "49-9081", "47-2231", "47-501", "17-2161", "17-2171", "49-2095"],
    },
  ],
  // ("best paying jobs in the beauty industry": hair, nails, skin and makeup, not every occupation.)
  [
    /\b(beauty|cosmetology|salon) (jobs?|careers?|industry|field|work|positions?|roles?|licen[cs]es?)\b|\b(jobs?|careers?|work) in (the )?(beauty|cosmetology)( industry| field)?\b/,
    BEAUTY,
  ],
  // ("what are the best jobs in fitness", "sports jobs that pay well": athletes, coaches, umpires, trainers.)
  [
    /\b(sports?|fitness|athletics?) (jobs?|careers?|industry|field|work|positions?|roles?)\b|\b(jobs?|careers?|work) in (the )?(sports?|fitness|athletics)( industry| field)?\b/,
    { label: "sports and fitness occupations", codes: ["27-202", ...FITNESS_CODES] },
  ],
  // ("jobs in fashion that pay well": designers, models, tailors, displayers and buyers of clothes.)
  [/\bfashion (jobs?|careers?|industry|field|work|positions?|roles?)\b|\b(jobs?|careers?|work) in (the )?fashion( industry| field)?\b/, FASHION],
  // ("highest paying culinary jobs": chefs, cooks and the kitchen's managers.)
  [
    /\b(culinary|kitchen|cooking) (jobs?|careers?|industry|field|work|positions?|roles?)\b|\b(jobs?|careers?|work) in (the )?(culinary|kitchen)( arts| industry| field)?\b/,
    CULINARY,
  ],
  // ("highest paying trucking jobs", "i like driving what jobs pay the most": truck, bus and delivery
  // drivers, not pilots.)
  [/\b(trucking|driving|cdl)\b|\btruck drivers? (jobs?|careers?|positions?|work|industry)\b/, { label: "driving occupations", codes: ["53-3"] }],
  [/\b(skilled )?trades?\b|\bblue collar\b|\b(?<!degree )apprenticeships?\b(?! program)/, TRADES],
  // Before healthcare: "highest paying nursing job" is among nurses (and the aides and LPNs beside them).
  // ("best paying nurse jobs": the nurse's jobs are nursing's.)
  [
    /\bnursing\b(?! homes?\b)|\b(nurse|nurses) (jobs?|careers?|positions?|roles?)\b/,
    { label: "nursing occupations", codes: ["29-1141", "29-1151", "29-1161", "29-1171", "29-2061", "31-1131"] },
  ],
  // ("best paying jobs in agriculture": farming, fishing and forestry work, the farms' managers, and the
  // scientists, technicians, engineers and inspectors of agriculture. "farming" is the farmer's work.)
  [
    /\b(agriculture|agricultural)\b/,
    {
      label: "agriculture occupations",
      codes: ["45-", "11-9013", "19-1011", "19-1012", "19-1013", "19-4012", "17-2021", "25-1041", "13-1021"],
    },
  ],
  // ("what logistics jobs pay the most", "is supply chain a good career": logisticians, purchasing and
  // the managers of both, and the clerks and dispatchers who move freight.)
  [
    /\b(logistics|supply chain)\b/,
    {
      label: "logistics and supply chain occupations",
      codes: ["13-1081", "11-3071", "11-3061", "13-1023", "43-5011", "43-5032", "43-5061", "43-5071", "53-1047"],
    },
  ],
  // ("highest paying allied health jobs": the health professions beside medicine, dentistry, nursing and pharmacy.)
  [/\ballied health\b/, { label: "allied health occupations", codes: ["29-1031", "29-1071", "29-112", "29-1181", "29-1292", "29-2", "31-2", "31-909"] }],
  [/\b(health ?care|medical|healthcare)\b/, HEALTHCARE],
  // Not "it": a pronoun far more often than the field (see IT_FIELD).
  [/\b(tech|computer|software|information technology|cs)\b/, COMPUTING],
  [/\b(office|admin|administrative)\b/, OFFICE],
  [/\bengineering\b/, { label: "engineering occupations", codes: ["17-2"] }],
  // (Not the schooling a job asks: "jobs that don't require much education", "with little formal education".)
  [
    /\b((?<!\b(much|any|little|no|without|less|more|formal|higher|require|requires|need|needs) )education|teaching)\b/,
    { label: "education occupations", codes: ["25-"] },
  ],
  [/\b(legal|law)\b/, { label: "legal occupations", codes: ["23-"] }],
  [/\b(business|finance|financial)\b/, { label: "business and financial occupations", codes: ["13-"] }],
  [/\bsales\b/, { label: "sales occupations", codes: ["41-"] }],
  // (Not the athletes, coaches and umpires of 27-202: "which creative jobs are growing".)
  [
    /\b(creative|art|arts|design|media)\b/,
    { label: "arts, design and media occupations", codes: ["27-1", "27-201", "27-203", "27-204", "27-209", "27-3", "27-4"] },
  ],
  [/\bscience\b/, { label: "science occupations", codes: ["19-"] }],
  [/\btransportation\b/, { label: "transportation occupations", codes: ["53-"] }],
  [/\b(food|restaurant|hospitality)\b/, { label: "food service occupations", codes: ["35-"] }],
  // Construction proper: not its helpers (47-3) nor mining and drilling (47-5).
  [/\bconstruction\b/, { label: "construction occupations", codes: ["47-2", "47-4"] }],
  [/\b(manufacturing|factory)\b/, { label: "production and manufacturing occupations", codes: ["51-"] }],
];

/** The jobs a bachelor's degree opens to a new graduate: a bachelor's typical, no experience asked (with the request's limits). */
const NEW_GRADUATES: RankField = { label: "jobs open to new graduates with a bachelor's degree", codes: [""], minEducation: "bachelor" };
/** The jobs a two-year degree opens to a new graduate: an associate degree typical, no experience asked. */
const ASSOCIATE_GRADUATES: RankField = { label: "jobs open to new graduates with an associate degree", codes: [""], minEducation: "associate" };
/** "what 2 year degree pays the most", "best paying associate degrees". */
const TWO_YEAR_DEGREE = /\b(2|two) (year|yr)s? (degree|college|program)s?\b|\bassociates?( degree| degrees)?\b/;
/** "highest paying major that isnt stem", "non stem majors that pay well". */
const NOT_STEM = /\b(not|isnt|isn t|non|besides|other than|outside( of)?|no|without) stem\b/;
/** Science, technology, engineering and math occupations, ruled out by "not stem". */
const STEM: RankField = { label: "science, technology, engineering and math (STEM)", codes: ["15-", "17-", "19-"] };
/** A master's weighed with no subject named: "is a masters worth it", "is getting a masters degree worth it financially". */
const MASTERS_WORTH =
  /^(is|are|would|will)( it)?( getting| doing| going for| going back for)? (a |an |my )?(masters?|master s|graduate degree|grad school)( degree)? (really |even |actually )?worth\b/;
/** The jobs a master's usually opens: a master's typical. */
const MASTERS_JOBS: RankField = { label: "jobs that usually start with a master's degree", codes: [""], minEducation: "master" };
/** A doctorate weighed with no subject named: "is a phd worth it", "should i get a phd". */
const DOCTORATE_WORTH =
  /^((is|are|would|will)( it)?( getting| doing| going for| going back for)? (a |an |my )?|should i (get|do|go for|pursue|go back for) (a |an )?)(phd|ph d|doctorate|doctoral degree)( degree)?( (really |even |actually )?worth\b|$)|^(a )?(phd|doctorate) (really |even |actually )?worth (it|getting|doing)\b/;
/**
 * The jobs a PhD usually opens: BLS's "doctoral or professional degree" typical, in research, teaching,
 * science and business (a physician's or a lawyer's doctorate is a professional degree of its own).
 */
const DOCTORAL_JOBS: RankField = {
  label: "research, science and teaching jobs that usually start with a doctoral degree",
  codes: ["11-", "13-", "15-", "17-", "19-", "21-", "25-", "27-"],
  minEducation: "doctorate",
};
/** Majors or degrees asked by their pay, no subject named: "which major pays the most", "best paying majors", "what should i major in to make money". */
const MAJORS_BY_PAY =
  /^(which|what|whats|what s|best|top|highest|most)( \w+){0,2} (majors?|degrees?|college degrees?|fields? of study)( \w+){0,2} (pays?|paying|paid|make|makes|earn|earns|money|salary|salaries)\b|^(best|top|highest|most) (paying|paid|lucrative|profitable) (college )?(majors?|degrees?)\b|^what should i major in to (make|earn) (money|more|the most|bank|good money)\b/;

/**
 * "should i go to college or trade school", "trades vs a degree": college set beside a field, as the
 * jobs that usually start with a bachelor's degree or more. Only side by side: "best jobs without
 * college" is a schooling limit (SCHOOLING), and "college" alone names no field.
 */
const COLLEGE: readonly [RegExp, RankField] = [
  /\b(college|university|uni|a degree|(4|four) year degree|bachelors?( degree)?|bachelor s( degree)?)\b/,
  { label: "jobs that usually start with a bachelor's degree or more", codes: [""], minEducation: "bachelor" },
];

/** The kinds of one line of work: "what type of nurse makes the most", "which doctor specialty pays best". */
const KIND_WORDS = String.raw`(types?|kinds?|sorts?|specialt(y|ies)|specialit(y|ies)|fields?|areas?|branch(es)?) of`;
const SPECIALTY_WORDS = String.raw`(specialt(y|ies)|specialit(y|ies)|speciali[sz]ations?)`;
/** "which nurses make the most", "which doctors get paid the most": the kinds asked by their pay. */
const PAID_AFTER = String.raw`(?=.*\b(make|makes|earn|earns|paid|pay|pays|money)\b)`;
/** "highest paid doctors", "the best paying nurses": the kinds asked by their pay, the plural alone. */
const TOP_PAID = String.raw`^(what are |who are |which are )?(the )?(highest|best|top|lowest|least|worst) (paid|paying)`;
const KINDS_OF_WORK: readonly [RegExp, RankField][] = [
  [
    new RegExp(
      `\\b${KIND_WORDS} (nurse|nurses|nursing)\\b|\\b(nurse|nursing) ${SPECIALTY_WORDS}\\b|\\bwhich (nurse|nurses)\\b${PAID_AFTER}|${TOP_PAID} (nurses?|nursing (jobs?|careers?|specialt(y|ies)))$`,
    ),
    FIELDS.find(([, f]) => f.label === "nursing occupations")![1],
  ],
  [
    new RegExp(
      `\\b${KIND_WORDS} (doctors?|physicians?|surgeons?|medicine|surgery)\\b|\\b(doctor|physician|medical|surgical|surgeon) ${SPECIALTY_WORDS}\\b|\\bwhich (doctors|physicians|surgeons)\\b${PAID_AFTER}|${TOP_PAID} (doctors|physicians|surgeons)$`,
    ),
    { label: "physicians and surgeons", codes: ["29-121", "29-122", "29-124"] },
  ],
];

/** What sets two fields side by side, between them: "IT or healthcare", "tech jobs vs finance", "trades over college", "trades better than college". */
const FIELDS_JOINED =
  /^( (jobs?|careers?|fields?|industry|work|sector|school))?,? (or|vs|versus|over|compared to|compared with|((actually|really|even|still) )?(better|worse|safer|smarter) (than|then))( (the|a|an|in|into|going into|(learn|learning|get|getting|do|doing) an?|(go|going) (to|into)))? $/;
/** ...or "between trades and healthcare". */
const FIELDS_BETWEEN = /\bbetween $/;
/** The measure two fields are set side by side on, when one is asked: pay, demand or the future. */
const FIELD_MEASURES: readonly [RegExp, RankMeasure][] = [
  [/\b(pays? (more|better)|more money|better pay|higher pay|earns? more|makes? more|better paid|higher paying|better paying|salary|salaries)\b/, "pay"],
  [/\b(more (jobs|openings|demand)|in (more |higher )?demand|job security|easier to (find|get|land) (a )?job|hiring)\b/, "openings"],
  [/\b(future|grow|growing|growth|outlook|prospects|long term)\b/, "growth"],
];

/** Fields whose word stands for one worker (field-nouns.ts): "nursing or teaching" compares the nurse with the teacher. */
const ONE_WORKERS_FIELD = new Set(["nursing", "teaching", "law", "engineering"]);

/** "truck driving", "software engineering": a field noun with a word before it that says which work, one worker's. */
function namesOneWorker(words: string, found: { start: number; word: string }): boolean {
  const before = words.slice(0, found.start).trimEnd().split(" ").at(-1) ?? "";
  return before !== "" && !STOPWORDS.has(before) && !FIELD_JOINERS.has(before) && isFieldNoun(found.word);
}
/** Words right before a field that are no modifier of it: the joiners, and "future" ("better for the future, IT or healthcare"). */
const FIELD_JOINERS = new Set(["or", "vs", "versus", "over", "to", "with", "between", "future"]);

/**
 * "whats better for the future, IT or healthcare", "tech or healthcare which has more jobs": two fields
 * of work set side by side, or null. Not fields whose word names one worker on both sides ("nursing or
 * engineering" compares the nurse with the engineers), nor one inside the other ("healthcare vs nursing").
 */
function fieldsSetSideBySide(text: string, normalized: string): [RankField, RankField] | null {
  // "IT" in capitals is the field (IT_FIELD): read as "tech" so it has a place among the words.
  const words = IT_FIELD.test(text) ? normalizeWords(text.replace(/\bIT\b/g, "tech")) : normalized;
  const found: { field: RankField; start: number; end: number; word: string }[] = [];
  for (const [pattern, field] of [...FIELDS, COLLEGE]) {
    if (field.interest) continue;
    const m = pattern.exec(words);
    if (m && !found.some((f) => f.field === field)) found.push({ field, start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  if (found.length !== 2) return null;
  const [a, b] = found.sort((x, y) => x.start - y.start) as [(typeof found)[number], (typeof found)[number]];
  const gap = words.slice(a.end, b.start);
  const joined = FIELDS_JOINED.test(gap) || (gap === " and " && FIELDS_BETWEEN.test(words.slice(0, a.start)));
  if (!joined || (ONE_WORKERS_FIELD.has(a.word) && ONE_WORKERS_FIELD.has(b.word)) || namesOneWorker(words, a) || namesOneWorker(words, b)) return null;
  // (College's jobs are any field's that start with a degree: set beside a field, not around it.)
  const nested = !a.field.minEducation && !b.field.minEducation && a.field.codes.some((x) => b.field.codes.some((y) => x.startsWith(y) || y.startsWith(x)));
  return nested ? null : [a.field, b.field];
}

/** The line of work whose kinds a question asks about, or null: "highest paid type of nurse" is among nurses. */
function kindsOfWork(words: string): RankField | null {
  return KINDS_OF_WORK.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/** Whether `typed` (a title read in the question) is the line of work whose kinds it asks about: "nurse" in "what type of nurse makes the most". */
export function asksKindsOf(text: string, typed: string): boolean {
  const words = normalizeWords(text);
  return (
    kindsOfWork(words) !== null &&
    new RegExp(
      `\\b${KIND_WORDS} ${normalizeWords(typed)}s?\\b|\\b${normalizeWords(typed)} ${SPECIALTY_WORDS}\\b|\\bwhich ${normalizeWords(typed)}s?\\b${PAID_AFTER}|${TOP_PAID} ${normalizeWords(typed)}s?$`,
    ).test(words)
  );
}

/** "which healthcare jobs can I do with a 2 year degree", "what jobs only need a certificate": the jobs a level of schooling opens, best paid first (a named degree's subject is another question). */
const JOBS_WITH_SCHOOLING =
  /\b((what|which) (\w+ )?(jobs?|careers?)\b.*\b(can|could) (i|you|one|someone)|^(jobs?|careers?) (i|you|one|someone) (can|could)) ((actually|really|realistically|even|still) )?(do|get|have)\b.*(\b(with|without)( just| only)?( an?| my)? ((2|two|4|four) year degree|associates?|bachelors?|no degree|high school diploma|ged|((1|one) year )?(certificate|certification))\b|\bwithout (an? )?(degree|college)\b)|^what (can|could) (i|you|one|someone) do with (just )?(an?|my) (ged|high school diploma|((\d+|one|two|six) (month|year) )?(certificate|certification)|associates?( degree)?|(2|two) year degree)\b|^((what|which) (\w+ )?)?(jobs?|careers?) (that )?(only |just )?(need|needs|require|requires) (just |only )?(an? )?((\d+|one|two|six) (month|year) )?(certificate|certification|cert|associates?( degree)?|(2|two) year degree|high school diploma|ged)$/;

/**
 * A degree in a field that names work, not a subject of study: "what can i do with a nursing degree",
 * "what jobs can you get with a welding diploma". (Subjects are degree-subject.ts's: "a psychology degree".)
 */
const WITH_FIELD_DEGREE =
  /\bwhat (\w+ )?(can|could) (i|you|one|someone) (get|do|have|find|become|be) with (an?|my|the|your) \w+ (degree|diploma|major|background)\b/;

/** The jobs of a field named by whom the work is with: "what careers involve animals", "good job if i love kids". */
const INTEREST_JOBS = /\b(jobs?|careers?|professions?|occupations?|work)\b/;
/** "good job with the kids today", "nice work with the animals": praise in chat, not a question about jobs. */
const CHAT_PRAISE = /\b(good|great|nice|awesome|amazing|well) (job|work)\b(?! (for|if|where|that))/;

/** "what jobs can i get with no experience", "entry level jobs that pay well": none needed in a related job. */
const NO_EXPERIENCE =
  /\b(no|without|zero|little|dont have|don t have|do not have|need no|requiring no)( any| much)?( (prior|previous|work|job|related))? experience\b|\bentry level\b|\bnever (worked|had a job)\b/;
/** Jobs asked for by the schooling they don't need: "jobs that don't require a degree", "careers that do not need college", "jobs in healthcare that don't need a degree". */
const JOBS_NEEDING_LESS = /\b(jobs?|careers?|work)( \w+){0,5}? (dont|don t|do not|doesnt|doesn t|does not) (need|require)\b/;

/**
 * "best trades to learn", "good healthcare jobs", "what trade should i learn": the best with no measure
 * named, ranked on pay and outlook together. Plural, or singular before what it is for or asked as
 * the best ("what's the best trade", "best trade" alone; not "the best trade in animal crossing"):
 * "good job" alone is praise.
 */
const OVERALL =
  /\b(best|good|top|solid|great)( \w+)? (jobs|careers|trades|fields|professions|occupations)\b|\b(which|what) (\w+ )?(jobs|careers|trades|fields|professions) (are|is) (the )?(best|top)\b|\b(best|top)( \w+)? (job|career|trade|field|profession) (to|for|in)\b|\b(a|some) (good|great|solid) (job|career|trade|field|profession) to (get into|go into|learn|pick|start)\b|\b(what|which) (\w+ )?(jobs?|careers?|trades?|fields?|professions?) should (i|he|she|they|we|someone|my (son|daughter|kid|kids|child|brother|sister|friend|cousin))\b|\b(whats|what|which)( is)? the (best|top) (\w+ )?(job|career|trade|field|profession)( (to|for|right now|these days|today|out there)\b|$)|^(best|top) (\w+ )?(trade|career|profession)$/;

/** Openings asked for: "any remote jobs hiring?", "where can i apply". */
const HIRING = /\b(hiring|hire|apply|applying|postings?|listings?|openings?)\b/;
/** Jobs named as such: "remote jobs", "careers with a pension" (not "remote work", which may be a vpn's). */
const JOB_NOUNS = /\b(jobs?|careers?|occupations?|professions?|trades?|roles?)\b/;
/** Words that make the question about work at all, when no field is named: "what's the highest paying job". */
const WORK_WORDS = /\b(jobs?|careers?|occupations?|professions?|roles?|fields?|work|certifications?|certificates?)\b/;
/** "what pays the most", "what pays well without a degree": work asked for by its pay, without the word "job". */
const WHAT_PAYS = /^(what|whats|what s) (pays|pay) (the )?(most|best|well|more|good|better|highest)\b/;
/** "without", "no", "skip", "doesn't need": schooling the member means to do without. */
const DOING_WITHOUT = String.raw`\b(without|no|skip|skipping|(dont|don t|do not|doesnt|doesn t|does not) (need|require))`;
/** The schooling limit, most specific first. */
const SCHOOLING: readonly [RegExp, EducationLevel][] = [
  // "highest paying healthcare job without med school": short of a doctoral or professional degree.
  [new RegExp(`${DOING_WITHOUT}( going to| an?)? ((med|medical|law|dental|vet|veterinary|pharmacy) school|doctorate|phd|professional degree)\\b`), "master"],
  // "best jobs without grad school", "… without a masters": a bachelor's degree at most.
  [new RegExp(`${DOING_WITHOUT}( going to| an?)? ((grad|graduate) (school|degree)|masters?( degree)?)\\b`), "bachelor"],
  // "best nursing jobs without a bsn", "… without a bachelor's": an associate degree at most.
  // ("without 4 years of school", "without going back for 4 years": the same.)
  [
    new RegExp(
      `${DOING_WITHOUT}( going to| an?)? (bsn|bachelors?( degree)?|(4|four) year degree)\\b|${DOING_WITHOUT}( going back)?( to school)?( for)? (4|four) years\\b`,
    ),
    "associate",
  ],
  // "jobs that don't require a high school diploma": no schooling at all.
  [
    /\b(dont|don t|do not|doesnt|doesn t|does not|without|no)( (need|needs|require|requires|requiring|needing))?( a| an)? (high school diploma|diploma|ged)\b/,
    "none",
  ],
  [
    // ("cant afford college what jobs pay well": college ruled out by its cost.)
    /\b(no|without|(dont|don t|do not|doesnt|doesn t|does not|not) (need|require)|skip|(cant|can t|ca not|cannot|can not|couldnt|couldn t|could not) (afford|pay for|do)|no money for)( a| going to)? college\b|\b(high school diploma|without a diploma|no diploma|ged)\b/,
    "high-school",
  ],
  [/\b(without|no|(dont|don t|do not|doesnt|doesn t|does not) (need|require))( an?)? (degree|college degree)\b|\bnon degree\b/, "some-college"],
  // "jobs that don't require much education", "with little schooling": a high-school diploma at most.
  [
    /\b((dont|don t|do not|doesnt|doesn t|does not) (need|require)( much| a lot of| any)?|little|without( much| any)?|no) (formal )?(education|schooling)\b/,
    "high-school",
  ],
  // "highest paying jobs with a certificate", "… that only need a certificate", "best paying certifications": a postsecondary certificate at most.
  [
    /\b(with|just|get|getting|((only|just) )?(need|needs|needing|require|requires|requiring)( just| only)?) (an? )?((\d+|one|two|six) (month|year) )?(certificate|certification|cert)\b|\b(certificate|certification) (programs?|jobs?|courses?)\b|\bcertifications\b|\b(quickest|fastest|easiest|best paying|highest paying) (\w+ )?(certificate|certification|cert)\b/,
    "postsecondary-certificate",
  ],
  // "what can i do with a 1 year certificate", "jobs after 6 months of training", "best 1 year programs",
  // "the best paying job that takes a year": a year of school or less.
  [
    /\b((1|one|a) year|(3|three|6|six|9|nine) months?) (of )?(school|schooling|college|training|programs?|certificates?|courses?|trade school)\b|\b(takes?|in|within|under) (only )?(about |around )?((1|one|a) year|(\d|three|six|nine) months)\b/,
    "postsecondary-certificate",
  ],
  // "highest paying job you can get in 2 years of school", "… in the medical field that only takes 2 years".
  [
    /\b(2|two) year (degree|programs?)\b|\bassociates?( degree)?\b|\b(2|two) years? (of )?(school|schooling|college|community college|training|uni|university)\b|\b(takes?|in|within|under) (only )?(about |around )?(2|two) years\b/,
    "associate",
  ],
  [/\b(4|four) year degree\b|\bbachelors?( degree)?\b|\b(4|four) years? (of )?(school|schooling|college|uni|university)\b/, "bachelor"],
];
/** The most schooling a question allows ("without a degree", "with 1 year of school"), or null. */
export function schoolingLimit(words: string): EducationLevel | null {
  return SCHOOLING.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/**
 * An amount of pay judged ("is 50k a good salary", "is $25 an hour good money", "is 45k enough to live
 * on", "70k a year, is that good?"): a pay noun or the amount's period says it is pay, not a price.
 */
const PAY_JUDGED =
  /^(is|would|will|are)\b.*\b(good|decent|bad|livable|liveable|low|high|ok|okay|enough|a lot|great|average|normal|poor|comfortable|solid|fair)\b|\b(is that|is this|is it|thats|that is)( a| an)? (good|decent|bad|livable|liveable|low|high|ok|okay|enough|a lot|great|average|normal|poor|comfortable|solid|fair)\b/;
/** ...and what says the amount is pay: a pay noun, the amount's period, or living on it. */
const PAY_NOUN =
  /\b(salary|pay|wage|income|money|living|paycheck|to live on|(a|an|per) (year|yr|hour|hr|month)|(first|starting|entry level) job|to start|starting out)\b/;

/** What is asked of an employer: its pay, or whether it is a good place to work. */
const EMPLOYER_ASKED = /\b(pay|pays|paid|paying|salary|salaries|wages?|good (place|company|employer|job)|worth (it|working)|work (at|for)|working (at|for))\b/;
/** ...asked as a question: "does amazon pay well", "how much does walmart pay", "is costco a good place to work". */
const EMPLOYER_QUESTION = /^(does|do|is|are|how|what|whats|would|should|can)\b/;

/** A ranking asked as a question: a question word, or the measure opening the message ("highest paying trades?"), or options asked for at the end; not "is it the highest paid job?". */
const ASKED =
  /^(the )?(what|whats|which|best|highest|top|most|least|low|lowest|worst|fastest|easiest|quickest|hardest|toughest|safest|happiest|list|name|any|chill|chillest|good|great|jobs?|careers?|trades|(ai|automation|robot) proof)\b|\b(options|ideas|suggestions)\W*$|^(\w+ ){1,2}(jobs|careers) (for|with|without|where|that)\b|\b(job|career) (ideas|options|suggestions)\b|\b(what|which) (kind of |kinds of |type of |types of |other )?(jobs?|careers?) (can|could|should|would|do|are|pay|pays|hire|is)\b|\b(what|which|any) (jobs|careers)\W*$|\b(make|turn) (a career|a living|it into a career|it into a job) (out of|from|doing) (it|that|this)\b/;
/** "can i get a job with a psychology degree": whether the degree leads to work, asked. */
const CAN_GET_A_JOB = /^(can|could|will|would) (i|you|someone|one|people) (get|find|land) (a |any |good )?(jobs?|work|careers?)\b/;
/** "i'm 35 with no degree, what career should i go for": a question word opening a later clause. */
const CLAUSE_ASKING = /[,.;:!?]\s+(what|whats|which)\b/;

/** Whether the message asks for jobs: it opens as a request for them, or a later clause asks. */
function asksForJobs(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return ASKED.test(lower) || CLAUSE_ASKING.test(lower);
}

/** Words of the measure a phrase read as an unknown title may start with: "highest paying tech jobs" reads "paying tech". */
export const MEASURE_WORDS = /^(paying|paid|demand|growing)\b/;
/** A story before the question ("been a server 6 years, burnt out. what office jobs …"): read by the member's own job first. */
const MORE_THAN_ONE_CLAUSE = /[.!?;,]\s+\w/;
/** Jobs judged, not asked for: "the healthcare jobs without a degree are all underpaid lol". */
const JOBS_JUDGED =
  /\bjobs?\b.*\b(are|were) (all |so |really |pretty |kinda )?(underpaid|overpaid|trash|bad|good|great|hard|easy|boring|rough|tough|awful|terrible)\b/;
/** A short line ending in the jobs it asks for: "computer science degree jobs", "jobs for english majors". */
const TELEGRAPHIC_JOBS = /^(\S+ ){0,5}(jobs|careers|options|salary|salaries|pay)$|^(jobs|careers) (for|with) (\S+ ){0,4}\S+$/;
/** A subject's pay asked in so many words: "how much can i make with a psychology degree", "psychology degree salary". */
const SUBJECT_PAY = /\b(how much|what)( money)? (can|could|do|does|will|would) (\w+ ){1,3}(make|earn)\b|\b(salary|salaries|income|earnings)\b|\bpay$/;
/**
 * Games and servers have "jobs" that pay too: "what's the best paying job in this game"; "trades" are
 * swaps too: "which trade should i accept in fantasy football", "good trades for my pokemon cards"; and
 * money is made online or by betting: "how do i make six figures on youtube".
 */
const NOT_WORK =
  /\b(game|games|gaming|minecraft|roblox|stardew|sims|bitlife|runescape|osrs|terraria|rpg|mmo|server|mod|quest|guild|skyrim|gta|fantasy|football|pokemon|cards|deadline|draft|stocks?|crypto|nba|nfl|mlb|nhl|animal crossing|fortnite|valorant|league of legends|csgo|cs2|nfts?|steam|youtube|tiktok|twitch|streaming|onlyfans|dropshipping|forex|day trading|betting|gambling|poker)\b/;
/** "the average salary", "median pay", "typical income": pay as a whole, not a job's... */
const ALL_JOBS_PAY = /\b(average|avg|median|typical|mean) (annual |yearly |hourly )?(salary|salaries|pay|income|wage|wages|earnings)\b/;
/** ...of every job: "in the us", "in america", "for all jobs", "nationally" (a field named says whose, too). */
const ALL_JOBS =
  /\b(in|of|for) (the )?(us|usa|u s|united states|america|country)\b|\b(all|every) (jobs?|occupations?|careers?|workers?)\b|\b(nationally|national|americans?|us workers|overall)\b/;

/**
 * Asked of the members ("the best paying job you've ever had"), or for a kind of person the data
 * cannot rank for ("for extroverts", "for someone like me"): no ranking that would ignore it.
 * (Introverts are ranked: FEW_PEOPLE.)
 */
const NOT_RANKABLE =
  /\b(you ve|you have|youve) (ever )?(had|made|done|seen)\b|\b(did|have) you\b|\byour (best|highest|first)\b|\bfor (an? )?(introverts?|extroverts?|someone|somebody|people|me|a person)\b/;
/** "for someone with a business degree", "for people who have a biology degree": who the jobs are for is the degree's holder. */
const FOR_DEGREE_HOLDERS = /\bfor (someone|somebody|people|me|a person|grads|graduates) (with|holding|who (has|have|hold|holds))\b/;
/** "IT" in capitals is the field; in lower case, a pronoun. */
const IT_FIELD = /\bIT\b/;
/** "it" in lower case before the work it names: "entry level it job", "it jobs that pay well", "it certs". */
const IT_WORK = /\bit (jobs?|careers?|field|industry|help ?desk|certs?|certifications?|degree|roles?|positions?)\b/;

/** Whether `text` (a title read in the question) only names one of the fields: "construction" in "what pays the most in construction". */
/** The field a message names ("tech jobs", "IT" in capitals, "healthcare"), or null; `words` are its normalized words. */
export function fieldNamed(text: string, words = normalizeWords(text)): RankField | null {
  return kindsOfWork(words) ?? FIELDS.find(([pattern]) => pattern.test(words))?.[1] ?? (IT_FIELD.test(text) || IT_WORK.test(words) ? COMPUTING : null);
}

export function namesField(text: string): boolean {
  const words = normalizeWords(text);
  return words.includes(" ") ? FIELD_PHRASES.has(words) : FIELDS.some(([pattern]) => pattern.test(words));
}
/** Fields of two words that a title may have been read from: "highest paying jobs in mental health" (the counselor). */
const FIELD_PHRASES = new Set(["mental health", "public safety", "allied health", "supply chain"]);

/** Field words that are their one worker's when judged: "is nursing a good career" is the nurse's, "is trucking" the truck driver's. */
const NAMES_ITS_WORKER = new Set([...ONE_WORKERS_FIELD, "trucking", "driving"]);

/**
 * Whether `typed` (a title read in the question) is a field's bare word that stands for the field when
 * the field is judged: "construction" in "is construction a good career" (read as its laborers), not
 * "nursing".
 */
export function namesFieldNotWorker(typed: string): boolean {
  return namesField(typed) && !NAMES_ITS_WORKER.has(normalizeWords(typed));
}

/** Whether the words after the field's name (or "IT" in capitals) end the question or name its schooling (see AFTER_FIELD_WAY_IN). */
function endsAtField(text: string, words: string, field: RankField): boolean {
  const afterName = wordsAfterField(words, field);
  const it = afterName === null ? IT_FIELD.exec(text) : null;
  const rest = afterName ?? (it ? normalizeWords(text.slice(it.index + 2)) : null);
  return rest !== null && AFTER_FIELD_WAY_IN.test(rest.trim() ? ` ${rest.trim()}` : "");
}

/** "how do I get into IT", asked of a field (the caller knows whether it names a role). */
export function asksWayIntoField(text: string): boolean {
  return WAY_INTO_FIELD.test(normalizeWords(text));
}

/**
 * The ranking a question asks for, or null. Run only when the question names no role (or only a
 * field); `namesRole`: a field word in it is also a title ("how do I get into nursing" is the nurse's
 * way in, not the field's).
 */
export function rankRequest(text: string, namesRole = false): RankRequest | null {
  const words = normalizeWords(text);
  const named = fieldNamed(text, words);
  // ("a job where i can help people but not in healthcare": the field ruled out is left out, not ranked within.)
  const outside = named && fieldRuledOut(words, named) ? named : null;
  const field = outside ? null : named;
  const said = SCHOOLING.find(([pattern]) => pattern.test(words))?.[1] ?? null;
  // "which major pays the most", "highest paying college degrees": majors ranked by pay, which the data
  // cannot do (it links jobs to a level of schooling, not a subject): the jobs that usually start with
  // a bachelor's stand in, said so.
  // ("what do english majors make": a subject named keeps its own reading, below; "what 2 year degree
  // pays the most": an associate degree's jobs; "highest paying major that isnt stem": outside STEM.)
  if (!namesRole && field === null && MAJORS_BY_PAY.test(words) && !degreeSubject(text)) {
    const twoYear = TWO_YEAR_DEGREE.test(words);
    const request: RankRequest = {
      measure: "pay",
      field: twoYear ? ASSOCIATE_GRADUATES : NEW_GRADUATES,
      maxEducation: twoYear ? "associate" : "bachelor",
      noExperience: true,
      unmeasured: { id: twoYear ? "associateMajor" : "major", standIn: "pay" },
    };
    if (NOT_STEM.test(words)) request.outside = STEM;
    return request;
  }
  // "is a masters worth it": no subject named, only the level; the jobs that usually start with one stand in.
  if (!namesRole && field === null && MASTERS_WORTH.test(words))
    return { measure: "pay", field: MASTERS_JOBS, maxEducation: "master", unmeasured: { id: "masters", standIn: "pay" } };
  // "is a phd worth it": the same, for the jobs that usually start with a doctoral or professional degree.
  if (!namesRole && field === null && DOCTORATE_WORTH.test(words))
    return { measure: "pay", field: DOCTORAL_JOBS, maxEducation: "doctorate", unmeasured: { id: "doctorate", standIn: "pay" } };
  // "what jobs can you get with a psychology degree": asked in its own words, whatever opens the message.
  const subject = degreeSubject(text);
  if (subject) {
    // Asked, not told: "my history degree is useless lol, jobs are hard to find" asks for nothing.
    // ("computer science degree jobs": a short line ending in the jobs asks for them.)
    // ("is engineering a good major" is asked by its opening words.)
    const asked =
      subject.worth ||
      ASKED.test(text.trim().toLowerCase()) ||
      text.includes("?") ||
      /\b(what|which)\b/.test(words) ||
      TELEGRAPHIC_JOBS.test(words) ||
      SUBJECT_PAY.test(words) ||
      CAN_GET_A_JOB.test(words);
    // ("jobs for someone who likes computers": a liking says who the jobs are for.)
    // ("careers for someone with a business degree": the degree says who they are for.)
    if (!asked || NOT_WORK.test(words) || (subject.held === "degree" && NOT_RANKABLE.test(words) && !FOR_DEGREE_HOLDERS.test(words))) return null;
    // "is engineering a good major": its jobs' pay and growth together; "i have a bachelors in biology":
    // the degree held is the most schooling ranked.
    // ("jobs that don't require math": the best paid of those that draw little on it, short of the
    // graduate schooling whose own courses may call for it: a dermatologist's work rates math low.)
    const avoided = subject.held === "avoided";
    const measure = subject.worth ? "overall" : PAY_WORDS.test(words) || SUBJECT_PAY.test(words) || avoided ? "pay" : "related";
    // ("27, bachelors in psych, want to get into healthcare": the field named first, over the subject's pay field.)
    const subjectField = subject.field ?? field ?? (measure === "pay" ? (subject.payField ?? null) : null);
    return { measure, field: subjectField, maxEducation: said ?? (avoided ? "bachelor" : null), subject };
  }
  // "IT or healthcare, which is better": the two fields side by side (not within a schooling limit, which the sums ignore).
  // ("get a bachelors or go to trade school": the degree is college's side, not a schooling limit.)
  const sideBySide = !NOT_WORK.test(words) ? fieldsSetSideBySide(text, words) : null;
  const pair = sideBySide && (said === null || sideBySide.some((f) => f.minEducation)) ? sideBySide : null;
  if (pair) return { measure: FIELD_MEASURES.find(([pattern]) => pattern.test(words))?.[1] ?? "overall", field: pair[0], maxEducation: null, versus: pair[1] };
  // "is 50k a good salary": where the amount stands among the field's (or all) occupations.
  if (!namesRole && PAY_JUDGED.test(words) && PAY_NOUN.test(words) && !NOT_WORK.test(words)) {
    const judged = askedPayAmount(text);
    if (judged) return { measure: "pay", field, maxEducation: said, paysAtLeast: judged, standing: true, unranked: true };
  }
  // "what's the average salary in the us", "average pay for all jobs", "average salary in healthcare": jobs' pay as a whole.
  if (!namesRole && ALL_JOBS_PAY.test(words) && (field !== null || ALL_JOBS.test(words)) && !NOT_WORK.test(words))
    return { measure: "workers", field, maxEducation: said, middlePay: true };
  // "does amazon pay well", "is working at costco a good job": an employer asked about, no job named.
  const employer = !namesRole && EMPLOYER_ASKED.test(words) && (EMPLOYER_QUESTION.test(words) || text.includes("?")) ? namedEmployer(text) : null;
  if (employer) return { measure: "pay", field: null, maxEducation: null, unmeasured: { id: "employer", rankedNever: true, employer }, unranked: true };
  const wayIn = !namesRole && field !== null && WAY_INTO_FIELD.test(words) && endsAtField(text, words, field);
  // "what jobs pay over 100k without a degree": the occupations paid at least that, best paid first.
  // ("how to make six figures without a degree": the jobs that pay it, asked as a way to earn it.)
  const earning = HOW_TO_EARN.test(words);
  const amount = JOBS_PAYING.test(words) || earning ? askedPayAmount(text) : null;
  // "good career if i like animals", "jobs working with kids": the jobs of that field, best paid first.
  const interestJobs = field?.interest === true && INTEREST_JOBS.test(words) && !CHAT_PRAISE.test(words);
  // "jobs that don't require a high school diploma": the jobs open with that little schooling, best paid first.
  const withLessSchooling = said !== null && JOBS_NEEDING_LESS.test(words);
  const withSchooling = JOBS_WITH_SCHOOLING.test(words);
  const noExperience = NO_EXPERIENCE.test(words);
  // (Over every occupation, "what job should i get" is about the member, not the best paid surgeons.)
  // ("the best jobs in healthcare go to people with connections": told, not asked.)
  const fieldDegree = field !== null && WITH_FIELD_DEGREE.test(words);
  const overall =
    fieldDegree || (OVERALL.test(words) && !CHAT_PRAISE.test(words) && (field !== null || said !== null) && (!words.startsWith("the ") || text.includes("?")));
  // "best paying remote jobs", "what jobs have good benefits": said first (see unmeasured-criteria.ts).
  // ("what's the best vpn for remote work" asks for no jobs.)
  const criterion = JOB_NOUNS.test(words) ? unmeasuredCriterion(text) : null;
  // (The member's age beside a limit the data has, "i'm 35 with no degree", "at 18 with no experience":
  // the limit answers; the age is said only when nothing else is asked.)
  const limited = said !== null || field !== null || NO_EXPERIENCE.test(words);
  // ("im an army vet with no degree, what jobs pay well": who the member is, told, beside a limit the
  // data has: the limit is ranked, the list said not to be limited to them.)
  const whoTold = limited && (criterion?.id === "who" || criterion?.id === "sector") && MEMBER_TOLD.test(words);
  const unmeasured = criterion?.id === "age" && limited ? null : whoTold ? { id: "who" as const } : criterion;
  // ("what jobs are there for animal lovers": jobs by whom the work is with are ranked by pay, as asked for.)
  const found = MEASURES.find(([pattern]) => pattern.test(words))?.[1];
  const listed = found === "workers" && field?.interest ? undefined : found;
  // "is healthcare a good field", "are trades in demand": the field's outlook, then its best jobs.
  const fieldOutlook =
    !namesRole &&
    field !== null &&
    !field.interest &&
    said === null &&
    !unmeasured &&
    (listed === undefined || listed === "growth" || listed === "openings") &&
    (FIELD_MARKET.test(words) || (FIELD_JUDGED.test(words) && judgedAsAWhole(words, field)));
  // ("fastest way to make six figures", "how to make 30 an hour": the jobs that pay it, the shortest way
  // in first; with a schooling limit, the best paid within it.)
  const earnsSalary = earning && amount !== null && SALARY_AMOUNT.test(text.toLowerCase());
  // ("im 30 with no degree, what can i realistically become": work to train for, asked.)
  const trainFor = TRAIN_FOR.test(words);
  const measure =
    (fieldOutlook ? "overall" : listed) ??
    (earnsSalary && (QUICKLY.test(words) || said === null) ? "ease" : undefined) ??
    (withSchooling || amount || interestJobs || withLessSchooling || noExperience || (unmeasured && WELL_PAID.test(words))
      ? "pay"
      : overall
        ? "overall"
        : wayIn
          ? "ease"
          : (unmeasured?.standIn ??
            (said !== null && trainFor && !TIME_LIMIT.test(words)
              ? "pay"
              : unmeasured
                ? "overall"
                : // ("what healthcare jobs can i get in under a year", "healthcare jobs without a degree": a field's jobs within a schooling limit.)
                  said !== null && field !== null && !field.interest && !JOBS_JUDGED.test(words) && !MORE_THAN_ONE_CLAUSE.test(text.trim())
                  ? "pay"
                  : undefined)));
  // "for introverts", "for someone who likes working with their hands": the measure is who they are for.
  // ("best jobs for someone who loves kids": the field says who.)
  // ("best trade for someone afraid of heights": who it is for is what the data lacks, said as much.)
  // ("jobs for someone with no experience": who it is for is the limit.)
  // ("jobs for people who like to travel": who they are for is the criterion the data lacks.)
  const forSomeone =
    measure === "people" ||
    measure === "handsOn" ||
    field?.interest === true ||
    unmeasured?.rankedNever === true ||
    unmeasured?.id === "travel" ||
    noExperience;
  if (!measure || !(wayIn || fieldOutlook || (earning && amount) || asksForJobs(text)) || NOT_WORK.test(words) || (!forSomeone && NOT_RANKABLE.test(words)))
    return null;
  // ("how to make six figures without a degree": the schooling limit says it is about work.)
  // ("fastest way to make six figures": a salary is work's; "the easiest way to make 100k" may be any sum.)
  // ("what pays the most without a degree": what work pays, asked without the word.)
  if (!field && !WORK_WORDS.test(words) && !trainFor && !withSchooling && !WHAT_PAYS.test(words) && !(earning && amount && (said !== null || earnsSalary)))
    return null;
  // ("jobs with no experience": a surgeon needs none in a related job either; those open out of high
  // school, unless ranked by the way in, which puts the least schooling first anyway.)
  const assumed = said === null && ((measure === "pay" && EASY_WAY_IN.test(words)) || (noExperience && measure !== "ease"));
  const maxEducation = said ?? (assumed ? "high-school" : null);
  const request: RankRequest = { measure, field, maxEducation };
  // ("highest paying entry level tech jobs": no computer job opens out of high school; the limit was not asked.)
  if (assumed) request.schoolingAssumed = true;
  if (outside) request.outside = outside;
  // "least stressful jobs that pay 80k": any ranking among the jobs paid that much.
  if (amount) request.paysAtLeast = amount;
  if (noExperience) request.noExperience = true;
  if (fieldOutlook) request.fieldOutlook = true;
  if (fieldDegree && measure === "overall") request.fieldDegree = true;
  if (measure === "stress" && LITTLE_STRESS.test(STRESS.exec(words)![0])) request.least = true;
  if (measure === "stress" && BURNOUT.test(words)) request.burnout = true;
  if (measure === "people" && CONTACT.test(words)) request.contact = true;
  if (measure === "pay" && !PAY_WORDS.test(words) && LEAST_PAID.test(words)) request.least = true;
  if (measure === "ease" && HARDEST_WAY_IN.test(words)) request.least = true;
  if (measure === "growth") {
    // ("which jobs will ai replace first", "which jobs are dying": the steepest decline first; AI said to be unrated.)
    const safe = AUTOMATION_SAFE.test(words);
    const atRisk = !safe && AUTOMATION_RISK.test(words);
    if (safe || atRisk) request.automation = true;
    if (atRisk || (!safe && DECLINING_JOBS.test(words))) request.least = true;
  }
  // Introverts want the least work with people; a bad back the least physical work.
  if (measure === "people" && FEW_PEOPLE.test(words)) request.least = true;
  if (measure === "handsOn" && NOT_PHYSICAL.test(words)) {
    // ("least physical trade that still pays good": a field's jobs are all rated hands-on alike, so the
    // rating can't tell them apart; said as the demands the data lacks.)
    if (field !== null && field.codes.every((code) => HANDS_ON_GROUPS.test(code)))
      return { ...request, unmeasured: { id: "danger", rankedNever: true }, unranked: true };
    request.least = true;
  }
  if (RATED_RANK_MEASURES.has(measure) && WELL_PAID.test(words)) request.wellPaid = true;
  if (unmeasured) request.unmeasured = unmeasured;
  // ("best first job for a 15 year old": those open to newcomers with the schooling they have.)
  if (unmeasured?.id === "young" || unmeasured?.id === "student") {
    request.noExperience = true;
    request.maxEducation ??= unmeasured.schooling ?? "high-school";
    if (measure !== "openings") request.common = true;
  }
  // ("jobs with good work-life balance": asked for nothing the data has; "any remote jobs hiring?"
  // asks for openings, which the members may know of.)
  // ("im a veteran with ptsd, what jobs are low stress", "separating from the air force, what pays well
  // without a degree": a measure asked beside who the jobs are for is ranked, the list said not to be
  // limited to them; "best jobs for veterans" asks for nothing else, and the best paid of all, the surgeons, help no one.)
  const rankedForThem =
    unmeasured?.id === "who" && measure !== "overall" && (measure !== "pay" || request.maxEducation !== null || field !== null || amount !== null);
  if (unmeasured && ((measure === "overall" && !overall) || (unmeasured.rankedNever && !rankedForThem))) {
    if (HIRING.test(words)) return null;
    request.unranked = true;
  }
  return request;
}
