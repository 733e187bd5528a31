// What a verdict or a yes-or-no question is about, beside the aspect: "which pays more" is about pay,
// "is it a dead end" about prospects, "do I need a degree" about education, "which is more stressful"
// about stress (which the data does not measure directly). Read from the wording alone; the answer
// layer decides what the data can say about it.
import type { AspectId } from "../knowledge/aspects.js";
import { normalizeWords } from "../text/normalize.js";
import { AVERSION_WORDS, DISLIKED, FEARED, REPORTING_WORDS, ROOM_TO_GROW_WORDS } from "./lexicon.js";

export const QUESTION_TOPICS = [
  "pay",
  "benefits",
  "payBasis",
  "cost",
  "admissions",
  "extras",
  "prospects",
  "education",
  "credential",
  "seniority",
  "stress",
  "balance",
  "physical",
  "interest",
  "ease",
  "skills",
  "work",
  "setting",
  "general",
  "record",
  "tools",
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/**
 * "pros and cons of being a paramedic", "the worst part of being a pharmacist", "what's the catch with
 * travel nursing": the job weighed as a whole (the verdict weighs what the data has on it).
 */
export const PROS_AND_CONS =
  /\b(pros and cons|pros cons|cons|downsides?|drawbacks?|disadvantages?|negatives|the catch|(worst|best|hardest|toughest) (parts?|things?)|(hate|hated|dislike|love|loved|like) (the )?(most |least )?about (being|working|the job|their jobs?|your jobs?))\b/;

/**
 * "is it hard to find a job as a graphic designer", "how easy is it to get hired as a paralegal": the
 * job market, not the way in; so is "which is easier to find work as". ("which is easier to get hired
 * as" weighs the ways in, and with "without a degree" the schooling is the doubt.)
 */
export const FINDING_WORK =
  /\b((hard|easy|difficult|tough|competitive)\b( \w+){0,4} (find|finding|get|getting|land|landing)|(easier|harder|easiest|hardest)\b( \w+){0,4} (find|finding|land|landing)) (a |an )?(job|jobs|work|position|hired)\b(?!.*\b(without|no) (a )?(degree|college|diploma|experience)\b)/;

/**
 * "how many nurses are there in the us", "how many people work as electricians", "number of welding
 * jobs": how many do the work, asked (the title taken out of the words).
 */
export const HEADCOUNT =
  /\bhow many (people |workers |of them )?(are there|are in|are employed|work|working|jobs|positions|exist)\b|\b(number|total) of (people|workers|jobs)\b|\bhow many (jobs|positions) (are there|exist)\b|^(the )?(number|total) of( in the us| in america| nationwide| in the country)?$/;

/** Pay while training, asked: "do you get paid during police academy", "does nursing school pay you". */
// (Not an apprenticeship: it is paid work, whose starting band answers "do hvac apprentices get paid".)
export const PAID_TRAINING =
  /\b(paid|get paid|gets paid|pay you|pays you|paying you)\b.*\b(during|while in|while at|while doing|in|for) (the |your )?(\w+ ){0,2}(academy|training|school|program|clinicals|residency)\b|\b(academy|school|training|program|residency) (pay|pays) (you|me|them)\b|\b(trainees|residents|cadets) (get|are) paid\b/;

/** Verbs of leaving a job: "quit", "leaving", "burn out". */
export const LEAVE_VERB_WORDS = "quit|quitting|leave|leaving|left|burn out|burning out";
/** "why do nurses quit", "why are teachers leaving": why workers leave a job. */
export const WORKERS_LEAVING = new RegExp(String.raw`\bwhy (do|are|did|is|does|have) (so many )?(\w+ ){0,3}(${LEAVE_VERB_WORDS})\b`);

/** "turnover rate for nurses", "what percentage of nurses leave the profession": rates no dataset here has by occupation. */
export const QUIT_RATES =
  /\b(unemployment|turnover|attrition|quit|quitting|retention) (rates?|percentages?)\b|\b(what percentage|how many) (of )?(\w+ )?(quit|leave the (field|profession))\b|\bis it (normal|common|usual) for (\w+ ){0,3}to (quit|leave)\b/;

/** "is the nursing shortage real", "is there a shortage of electricians". */
export const SHORTAGE = /\bshortages?\b/;
/**
 * A criminal record in the member's words ("a felony", "my juvenile record", "a dui"): the record topic
 * reads it among other circumstances, the record verdict to say which the data lacks.
 */
export const RECORD_WORDS = String.raw`felon|felons|felony|felonies|(juvenile|police|arrest) record|(i|you) (have|got) a record|misdemeanou?rs?|convictions?|background check|dui|dwi`;
/**
 * "how many hours of school for massage therapy", "how many hours is cosmetology school": the hours a
 * programme or licence takes, not the hours worked (canonical words: "hour").
 */
export const SCHOOL_HOURS =
  /\bhours? (of|for|in)( \w+){0,2} (school|schooling|training|classes|class|program|course|clinicals?|licen[cs]e|licensing|certification|supervised (practice|work|experience)|supervision)\b|\bhow many hours? (is|are|does|do)( \w+){0,4} (school|schooling|training|program|course|licen[cs]e|licensing)\b|\bhours? (transfer|carry over|count (for|toward|towards))\b|\b(training|clinical|school|program|course|licensing|flight|flying|supervised|supervision|apprentice|apprenticeship|practicum|internship|residency) hours?\b|\b(licen[cs]e|licensing|apprenticeship|certification)\b[^.?!]{0,40}\bhow many (\w+ )?hours\b/;

/** Why workers leave, how many do, or a shortage: asked of one job, its outlook is what the data has instead. */
export function outlookStandsIn(words: string): boolean {
  return WORKERS_LEAVING.test(words) || QUIT_RATES.test(words) || SHORTAGE.test(words);
}

/** "what do you guys think about being a nurse", "thoughts on becoming an electrician": the job itself, judged. */
export const THINK_ABOUT_BEING = /\b(think|thoughts|opinions?|feel) (about|of|on) (being|becoming)\b/;

/** Checked in order: the first that matches wins ("worth it for the money" is pay, not prospects). */
/** Work BLS's wage survey does not cover: "freelance", "self-employed", "1099", "owner operator". */
const SELF_EMPLOYED_WORDS = String.raw`freelance|freelancer|freelancers|freelancing|self employed|1099|own business|owner operators?|owners?|private practice`;
/** A bootcamp named: "is a coding bootcamp worth it", "can i become a developer through a boot camp". */
export const BOOTCAMP = /\b(bootcamps?|boot camps?)\b/;

/** Whether normalized words ask about self-employed work ("how much do graphic designers make freelance"). */
export const SELF_EMPLOYED = new RegExp(String.raw`\b(${SELF_EMPLOYED_WORDS})\b`);
/** Pay for night or weekend shifts, which BLS's wage survey leaves out: "do nurses get paid more at night", "night shift differential". */
const SHIFT_PAY = String.raw`(paid|pay|pays|make|makes|earn|earns) (more|extra) (at night|on nights|for nights|(for|on|working) (the )?(night|weekend|overnight|graveyard) shifts?|on weekends|for weekends|on holidays)|(night|weekend|overnight|graveyard)( shift)? (differentials?|premium)|(night|weekend|overnight|graveyard) shifts? (pay|pays) (more|extra|better)`;
/** Whether the words ask about shift pay (SHIFT_PAY). */
export const SHIFT_PAY_ASKED = new RegExp(String.raw`\b(${SHIFT_PAY})\b`);

/** Work needed soon or in a set time: "needs a job fast", "need money asap", "if i only have 1 yr", "within a year": how long the way in takes. */
export const NEEDED_SOON =
  /\b((a )?(job|jobs|work|working|hired|started|money|paycheck|income) (fast|quick|quickly|asap|soon|right away|now)|(only|just) (have|got) (\d+|one|a|two|six) (years?|yrs?|months?)|(within|in under|under|in less than) (a|one|\d+|two|six) (years?|yrs?|months?))\b/;

const TOPIC_PATTERNS: readonly [QuestionTopic, RegExp][] = [
  // Before the physical: "is accounting safe from ai" asks about the work's future, not its dangers.
  ["prospects", /\b(safe|secure) from (ai|automation|robots)\b/],
  // "can a felon become a nurse": whether a record bars the way in, which no dataset here covers.
  // ...and other circumstances of the member's own that no dataset here covers: "can i be a cop with
  // tattoos", "can i be a nurse if i faint at blood", "can i be a mechanic with a bad back".
  [
    "record",
    new RegExp(
      String.raw`\b(${RECORD_WORDS}|criminal record|criminal history|tattoos?|tatts?|piercings?|glasses|asthma|adhd|autism|autistic|dyslexia|dyslexic|diabetes|diabetic|epilepsy|colou?r ?blind(ness)?|(my )?hands shake|shaky hands|tremors?|arthritis|bad credit|a disability|disabilities|faint(s|ing)? at|faint(s|ing)? when|squeamish|${FEARED}|${AVERSION_WORDS}|(bad|injured) (back|knees?)|back (problems|injury|issues)|anxiety|depression|deaf|hard of hearing|wheelchair|pregnant|(bad|poor|weak|perfect|good|great|20 20) (eyesight|vision|eyes)|eyesight|(height|weight|vision) (requirements?|limits?|minimums?|restrictions?|standards?)|minimum height|too short|too tall|tall enough|overweight)\b`,
    ),
  ],
  // ("cna or phlebotomist for a 19 yo who needs a job fast", "rn, lpn or ma if i only have 1 yr": how long each way in takes.)
  ["ease", NEEDED_SOON],
  // "the hardest part of nursing school": how hard the way in is...
  ["ease", /\b(hardest|toughest|most difficult) (parts?|things?) (of|about) (\w+ )?(school|program|training|academy|clinicals|residency|apprenticeship)\b/],
  // ...and "the hardest part of being a nurse": the job weighed as a whole, not how hard it is to get into.
  ["general", /\b(hardest|toughest|worst|best|most rewarding|most stressful) (part|thing)s?\b/],
  [
    "stress",
    /\b(stress|stressful|stresful|stressfull|stressed|pressure|burn ?out|burning out|burnt out|burned out|high stakes|depressing|traumatic|traumatizing|traumatising|emotionally (draining|taxing|hard|tough|heavy)|draining)\b/,
  ],
  // Before pay: "is being a pharmacist worth the debt", "is becoming a pilot worth the cost", "how much does pharmacy school cost", "how
  // much is nursing school": what
  // schooling costs, which no dataset here covers (not "how much does it cost to hire a plumber").
  [
    "cost",
    /\b(tuition|student (loans?|debt)|(school|college|in|the|much|of|without) debt|debt free|(school|college|degree|program|training|course|schooling|certification|license|licence) (costs?|price|fees?|expensive)|how much (does|do|is|would|will) (\w+ ){0,3}(school|college|degree|program|training|course|schooling|certification|license|licence) cost|how much (is|are) (\w+ ){0,3}(school|college|tuition|schooling|training)$|costs? (of|to) (school|college|becoming|become|get into|train|training|study|studying)|costs? to become|expensive to (become|study|train)|worth the (cost|costs|price|investment|tuition)|(employers?|companies|hospitals|jobs?|they) (pay|pays|paying) for (your |my |the )?(\w+ )?(school|college|tuition|degree|training|certification)|tuition (reimbursement|assistance)|worth (about |around |over |nearly |almost )?\d+ ?(k|grand|thousand)?|in (student )?loans|of debt)\b/,
  ],
  // "whats the acceptance rate for med school", "how many people apply to nursing school", "what gpa do you need for nursing school": getting into a
  // program, which no dataset here covers ("how competitive is pa school" is its ease: what it takes).
  [
    "admissions",
    /\b(acceptance rates?|admissions?|admitted|(?<!\b(got|was|been|just|finally|im|i m) )accepted into|get accepted|gpa|what grades|sat scores?|act scores?|(how many|how much|lots of|a lot of) (people|students|applicants) (apply|applied|get in|are accepted|accepted)|applicants)\b/,
  ],
  // "why do nurses quit", "is the nursing shortage real": the job market, which the outlook answers.
  ["prospects", WORKERS_LEAVING],
  ["prospects", SHORTAGE],
  ["prospects", QUIT_RATES],
  // Before pay: "do you get paid during police academy" asks about the way in, which the training line answers.
  ["ease", PAID_TRAINING],
  // Before pay: "do nurses get good benefits" is not about the wage, which the data has, but about what comes with it.
  [
    "benefits",
    /\b(benefits|pensions?|401k|health insurance|retirement( plan)?(?! age)|perks?|free (flights?|travel|food|meals?)|(employee|staff) discounts?)\b/,
  ],
  // Before pay and balance: "do teachers get paid in the summer", "are electricians paid hourly or
  // salary", "do truck drivers get paid by the mile", "how do pilots get paid", "how much do truck drivers make per mile", "nurse pay per
  // shift": how or when the pay comes, or per what, which no dataset here covers.
  [
    "payBasis",
    /\b(paid|get paid|gets paid|getting paid)( \w+)? (weekly|biweekly|bi weekly|every (week|two weeks|other week|month)|by the (mile|load|job|piece|project)|per (mile|load|piece)|(in|over|during) (the )?summers?|hourly or (salary|salaried)|(salary|salaried) or hourly)\b|\b(hourly or salar(y|ied)|salar(y|ied) or hourly)\b|\bsalaried\b|\bhow (do|does|are|is) (\w+ ){0,3}(get |gets )?paid\b(?! (more|better|well|less|enough))|\b(make|makes|making|earn|earns|earning|pay|paid|pays|rate|cents)( \w+){0,2} (per|a|each|by the) (mile|load|ride|trip|delivery|patient|shift|piece)\b/,
  ],
  // Before pay: "do welders get paid overtime", "how much do bartenders make with tips", "… after taxes" ask what the pay figures count.
  // ("do nurses work a lot of overtime" is about hours: the balance.)
  [
    "extras",
    new RegExp(
      String.raw`\b(after (taxes|tax|deductions)|take ?home|net pay|(overtime|ot) (pay|paid|rate)|(include|includes|including|count|counts|counting) overtime|(paid|pay|pays|earn|earns|make|makes|money)\b.*\bovertime|shift differentials?|${SHIFT_PAY}|tipped|commissions?|(with|in|plus|including|incl|from|and|without|count|counts|counting|get|gets|getting|make|makes|receive|receives|earn|earns) tips|tips (included|count|counted)|${SELF_EMPLOYED_WORDS})\b`,
    ),
  ],
  // Before pay: "what certifications should a medical assistant get to earn more" asks for the credentials.
  ["credential", /\b(what|which) (certifications?|certs?|certificates?|licen[cs]es?|credentials?) (should|can|could|do|would|will)\b/],
  // Before balance: "which pays better and which has better hours" is answered on pay, which the data has.
  [
    "pay",
    // ("what do they make", "how much does a welder make": pay asked with the plain verb.)
    /\b(pays?|paid|paying|earns?|earning|make more|makes more|make good|(good|best|most|more|better|decent|big) money|the money|salary|salaries|wages?|income|well paid|better paid|highest paid|good living|(make|making|earn|earning) a living|profitable|lucrative|rich|wealthy|well off|underpaid|overpaid|money ?wise|cash ?wise|financially)\b|\b(how much|what)( money)? (do|does|would|could|can|will|did) (\w+ ){0,3}make\b|\bhow much (would|will|do|did|could) (i|you|we|they) (lose|gain)\b|\bhow much (more|less)( money)? (do|does|would|will|could|can|did) \w+( \w+)? (make|earn|get)\b|\bpay (cut|drop|bump)\b/,
  ],
  // Before balance: "how many hours of school for massage therapy", "how many hours is cosmetology school":
  // the hours a programme or licence takes, not the hours worked.
  ["education", SCHOOL_HOURS],
  [
    "physical",
    // ("which is safer from ai": the job's future, the prospects.)
    /\b(dangerous|danger|(safe|safer|safest)(?! (from|against) (ai|automation|robots?|being replaced|layoffs?|recessions?)| (career|careers|job|jobs|field|profession|trade|major|degree|bet|choice|path) ?(wise|choice|with|in|for|to|long|$)| job ?wise| with (ai|automation))|unsafe|risky|worth the risks?|injur\w*|(hard|harder|hardest|tough|tougher|toughest|rough|rougher|easier|easiest) on (your|ur|yo|the|my) (body|back|knees|joints)|bad for (your|ur|the) (health|body|back|lungs)|(better|worse|easier|harder|hard|easy|bad|good) (for|on) (my|your|ur|the) (back|body|knees|joints)|health risks?|unhealthy|physical(ly)?|demanding on|exposed to|exposure|bad (back|knees?|joints)|back (problems|pain|issues)|in the (rain|snow|cold|heat)|(bad|any|all|hot) weather|(the|summer|extreme|brutal) heat|heat ?stroke|(wreck|wrecks|wrecked|destroy|destroys|ruin|ruins|ruined|kill|kills|break|breaks|hurt|hurts|damage|damages|mess up|messes up|tear up|tears up|beat up|beats up|wear out|wears out|wear down|wears down) (my|your|ur|the|their|his|her) (body|bodies|back|knees|joints|feet|wrists|hands|shoulders|neck)|be strong|strong enough|physically strong|heavy lifting|lift heavy|crawl ?spaces?|crawl(ing)? (under|in|into|around|through)|(lift|lifting|climb|climbing|crawl|crawling|kneel|kneeling|bend|bending|carry|carrying) (a lot|all day|much|so much)|a lot of (crawling|climbing|lifting|kneeling|bending)|get (dirty|hurt|injured|bit|bitten)|(lift|lifting|move|moving|turn|turning) (patients|heavy)|attics?|tight spaces|cramped spaces|in (good )?shape|athletic|on (their|my|our) feet|(stand|standing|sit|sitting) (all day|the whole (day|shift)|for hours))\b/,
  ],
  [
    "balance",
    // ("24 hr shifts": "hr" reads as "human resources", two words, so its typed words carry "hr" twice.)
    /\b(overworked|over worked|\d+ on \d+ off|time off|days off|summers? off|vacation|holidays|christmas|thanksgiving|pto|work ?life|balance|overtime|part time|long hours|weekends?|night shifts?|nights|(rotating|rotate|rotates|day|overnight|early|late|split|long|(\d+|eight|ten|twelve) ?(hours?|hrs?)( hrs?)?) shifts?|schedules?|mornings|late nights|away from home|(be|being|time) away from (my |the |your |our )?(family|kids|home|wife|husband|partner|spouse)|(gone|away|go out|goes out|going out|out at sea|at sea|offshore|on the road) (for )?((\d+|two|three|four|a few|several|many) )?(days|weeks|months)( at a time)?|home time|home (every|each) (night|weekend)|(get|gets|getting|be|being) called (in|out)|(work|works|working|called in|called out|call) at night|call ?outs?|callouts?|(be|being|get|getting) home (more|most|at night|every night|for dinner|by \w+)|(?<!\b(take|takes|taking|took|bring|brings|bringing|brought) )home (more|for dinner)|home with (my|the) (kids|family)|overnights?|(work|works|working) overnight|on call|graveyard|(\d+|eight|ten|twelve) ?(hours?|hrs?) (a|per) (week|day)|(\d+|eight|ten|twelve) ?(hour|hr) (shifts?|days?)|shift work|family time|family life|time with (my |the )?(kids|family)|flexible hours|flexibility|hours|days? (a|per) week|(work|works|working) (\d+|nine|ten|eleven) months|seasonal|(in|during|over|outside) (the )?(winter|summer|off season|tax season|busy season)|year round|all year)\b/,
  ],
  [
    "work",
    /\b(hands on|customer facing|people facing|client facing|desk job|introverts?|introverted|extroverts?|extroverted|outgoing|shy|(works?|working) (more |most |less |least )?with (people|others|the public)|(help|helping|helps) (other )?(people|others)|people person|(likes?|loves?|hates?|dislikes?|(dont|don t|do not|doesnt|doesn t) like) people)\b/,
  ],
  // Before the setting: "are hospitals hiring nurses", "is usps hiring": the job market, not where the work is done.
  ["prospects", /\b(is|are|anyone|who s|whos|who is) (\w+ ){0,3}hiring\b/],
  [
    "setting",
    /\b(outdoors|outside|office based|remote|remotely|hybrid|wfh|from home|travel|travelling|traveling|on your feet|lonely|alone|autonomy|autonomous|independent|hospitals?|icu|emergency rooms?|clinics?|nursing homes?|prisons?|(in|at) (an? |the )?(doctor s|doctors?|dentist s|dentists?|dental|medical|law|vet s|vets?|private|home health) (offices?|practices?|settings?))\b/,
  ],
  // Before the skills: "is a coding bootcamp enough" asks about the way in, not about coding.
  ["education", BOOTCAMP],
  [
    "skills",
    /\b(technical|creative|creativity|math|maths|mathematics|calculus|algebra|(likes?|loves?|good (at|with)) numbers|coding|analytical|leadership|lead people|(managing|manage|supervising|supervise) (people|a team|staff)|people management|writing|people skills|communication)\b/,
  ],
  // ("cyber security or network admin for someone who doesnt wanna code", "… who hates sales": the work disliked, rated.)
  // ("insurance agent vs underwriter, which one is less salesy": how much selling the work is, rated.)
  ["skills", new RegExp(String.raw`\b${DISLIKED} (doing |to )?(code|sales|selling|numbers|cold call(ing|s)?|prospecting)\b|\b(salesy|(less|more) sales)\b`)],
  [
    "interest",
    /\b(boring|bored|fun|lonely|interesting|enjoyable|enjoy|rewarding|fulfilling|satisfying|happy|happier|satisfied|job satisfaction|regret|(like|love|hate) (their|your|the) (jobs?|work)|(do|does) (you|u|they|people|ppl|yall|you guys) (like|love|enjoy|hate) (it|that|this|what (you|they) do))\b/,
  ],
  // "a dead end without an MBA": the prospects, whatever schooling is named beside them.
  // ("is photography a dead career", "is journalism dead": the prospects too.)
  ["prospects", /\bdead end\b|\b(dead|dying) (career|field|industry|profession|trade|job)\b|^(is|are) (\w+ ){0,4}dead$/],
  ["prospects", FINDING_WORK],
  ["prospects", THINK_ABOUT_BEING],
  // "how long is an electrician apprenticeship", "how competitive is PA school": the way in, however it is named.
  // ("how long is nursing school" stays a schooling question).
  ["ease", /\bhow (competitive|hard|difficult|tough)\b|\bhow long\b(?!.*\b(school|college|degree|university|uni)\b)/],
  // "I'm 35 with two kids, is it realistic to go back to school for nursing": the member's age is the doubt, not the schooling.
  // ("is 30 too late to start nursing school", "too old to become a nurse at 45", "can a 50 year old become a
  // paralegal": the same doubt, the age said.)
  [
    "ease",
    /\b((i am|im) \d\d|\d\d (years? old|yrs? old|yo))\b(?=.*\b(realistic|possible|too late|too old|(can|could) (i|you|someone|one) still)\b)|\b\d\d( years? old| yrs? old)? (is )?too (late|old)\b|\btoo (late|old)\b.*\b(at|by) \d\d\b|\b(realistic|possible)\b.*\b(at|by) (age )?\d\d\b|\b(can|could) (an?|someone who is) \d\d ?(years?|yrs?|yo) ?(old )?(become|be|start|get)\b/,
  ],
  // "is accounting a good major", "is cs a good degree": the prospects of its work, before the schooling.
  // ("is computer science a good major for becoming a software developer": the schooling for a job named.)
  ["prospects", /\b(good|great|bad|smart|useful|useless|solid) (major|degree|field of study)\b(?!.*\b(becoming|become|to be an?)\b)|\bworth majoring\b/],
  // "is crna school hard", "is nursing school really that difficult": how hard the way in is, not whether
  // a degree is needed (before the schooling and credentials, whose words name what is hard).
  [
    "ease",
    /\b(school|program|programs|classes|courses?|degree|exams?|boards|nclex|apprenticeship|residency) (is |are )?(really |very |so |that |too |actually |even )*(hard|harder|hardest|difficult|tough|tougher|competitive)\b/,
  ],
  // ("how do u become a firefighter, do i need my emt first": the EMT certificate asked of another job.)
  [
    "credential",
    /\b(need|needs|get|have|require|required|requires) (my |an |the |your |their )?emt (cert|certs|certification|certificate|license|licence|first|before)\b/,
  ],
  [
    "credential",
    // ("can i be a project manager without a pmp": a credential by its name.)
    /\b(certificate|certificates|certification|certifications|certified|cert|certs|licen[cs]e[ds]?|licensing|exam|exams|apprenticeship|comptia|ccna|cissp|pmp|capm|csm|shrm|phr|nremt|nclex|boards|bar exam|cfa|cdl)\b/,
  ],
  [
    "education",
    // ("what do you need to be a cop": what it takes, schooling first; not "to be a good nurse", the qualities;
    // nor "the teacher at my school": where someone works; nor "cs major, should i…", "i'm a bio major", "… for a chem major": who is asking.)
    /\b(degree|degrees|diploma|masters?|bachelors?|an associates?|phd|doctorate|mba|bsn|msn|adn|college|university|uni|(?<!\b(at|in (a|the|my|our|your|his|her|their)) (a |the |my |our |your |his |her |their )?)school|schooling|study|studying|education|qualifications?|(?<!^\w+ |\b(i am|im|as|for) an? \w+ )major|majors|majoring)\b|\bwhat do (i|you|one|someone) need to (be|become)\b(?! (an? )?(good|great|better|successful)\b)/,
  ],
  // "is cna a good entry level job", "a good first job in healthcare": how open the way in is, before the prospects.
  ["ease", /\b(first job|starter job|entry level|beginners?|with no experience|without experience|(good|easy) (way|place) to start)\b/],
  [
    "prospects",
    /\b(good career|good job|(real|legit|legitimate|viable|stable) (career|job|profession)|realistic|unrealistic|good to (be|become)|scope (in|for)|scope of(?! practice)|future scope|(good|great|decent|bad) (side )?(job|gig|hustle)|good trade|good field|future proof|bad career|career choice|future|in demand|demand|replaced|replace|automation|automated|ai|still a thing|still exist|still worth|still needed|be needed|needed in the future|worth it|worth getting|worth becoming|worth being|worth going|(it|be) (smart|wise) to|(a )?(smart|wise) (move|choice|decision|career|idea)|(a )?(good|bad) idea|job security|secure|stable|safe (career|job|field|profession|trade|bet|choice|path)|safe job ?wise|flooded|saturated|oversaturated|enough jobs|still be|years from now|grows|growing|jobs grow|shrinking|declining|decline|dying|growth|outlook|prospects|(job|the) market|openings|more jobs|still hiring|are hiring|anyone hiring|laid off|layoffs?|lay offs|job cuts|obsolete|extinct|dying out|die out|disappearing|going away)\b/,
  ],
  // "do pharmacists need chemistry": a school subject the work draws on (after the prospects: "is chemistry a good career").
  ["skills", /\b(chemistry|physics|biology)\b/],
  // "what software do accountants use", "what programming languages": the technologies the job uses
  // (not "tools": a plumber's are wrenches). After the prospects: "is bookkeeping being replaced by
  // software" asks about the future.
  ["tools", /\b(software|programs|programming languages?|coding languages?|apps|technolog(y|ies)|tech stack)\b/],
  // ("is a paralegal supervised by the lawyer", "do vet techs work under the vet", "does a lawyer supervise paralegals": who directs whom.)
  [
    "seniority",
    new RegExp(String.raw`\b(higher|senior|more senior|step up|above|below|promotion|outrank|rank|level|${ROOM_TO_GROW_WORDS}|${REPORTING_WORDS})\b`),
  ],
  [
    "ease",
    // ("is it possible to become a pilot", "can i become a pilot": what it takes, not whether a degree is needed.)
    /^(can|could) (i|you|someone|one|people) (still )?(become|be) (an? )?\w+( \w+)?$|\bis it (even |still )?possible to (become|be)\b|\b(easy|easier|easiest|more easy|most easy|harder|hardest|hard|difficult|tough|competitive|too late|too old|how old|age limits?|minimum age|maximum age|age requirements?|at \d\d|(i am|im) \d\d\b(?=.*\b(can|could|still|too)\b)|quicker|quickest|faster|fastest|fast to (start|finish|get into)|(something|somewhere|job|jobs|career|one|program) (quick|fast)|start (working )?sooner|sooner|how long|longer|to train|train for|training)\b/,
  ],
  // ("am i cut out to be a nurse", "how do i know if im cut out for teaching": whether it suits the member.)
  // ("what should i be making as a paralegal" asks the pay, no choice.)
  [
    "general",
    new RegExp(
      `\\b(better|best|worse|(that|so|really) bad|right for me|(good|suited) for (me|someone like me)|cut out (to be|for)|(smart|good|strong|tough|patient|brave|organized) enough (to be|to become|for)|should i(?! be (making|paid|earning|getting paid|charging))|should (my|our) \\w+ (go|become|be|do|pick|choose|study|get)|decide|torn between|recommend|recommended|(i would|i d|id|would i|could i|will i) (be|make) (a|an) (good|great|decent))\\b|${PROS_AND_CONS.source}`,
    ),
  ],
];

export function detectTopic(text: string): QuestionTopic | null {
  const words = normalizeWords(text);
  for (const [topic, pattern] of TOPIC_PATTERNS) if (pattern.test(words)) return topic;
  return null;
}

const MAX_CRITERIA_LENGTH = 120;

/**
 * "which has better pay and less school", "how hard is it to get in and what's the pay like": two
 * criteria joined by "and", one of them the question's topic (`first`), in the order asked; or null.
 * Neither may be the general "better".
 */
export function twoCriteria(text: string, first: QuestionTopic): readonly [QuestionTopic, QuestionTopic] | null {
  // Two criteria are asked in a line; in a story, an "and" joins anything.
  if (text.length > MAX_CRITERIA_LENGTH) return null;
  const words = normalizeWords(text);
  const at = words.lastIndexOf(" and ");
  if (at < 0) return null;
  return criteriaPair(detectTopic(words.slice(0, at)), detectTopic(words.slice(at + 5)), first);
}

/** Two topics read as two criteria: both found, different, neither the general "better", one of them `first`. */
export function criteriaPair(before: QuestionTopic | null, after: QuestionTopic | null, first: QuestionTopic): readonly [QuestionTopic, QuestionTopic] | null {
  if (!before || !after || before === after || before === "general" || after === "general" || (before !== first && after !== first)) return null;
  return [before, after];
}

/** The aspect whose card supports a verdict on this topic. */
export const TOPIC_ASPECTS: Record<QuestionTopic, AspectId> = {
  pay: "salary",
  benefits: "salary",
  payBasis: "salary",
  cost: "requirements",
  admissions: "requirements",
  extras: "salary",
  prospects: "outlook",
  education: "requirements",
  credential: "requirements",
  seniority: "career",
  stress: "environment",
  balance: "environment",
  physical: "environment",
  interest: "duties",
  ease: "requirements",
  skills: "skills",
  work: "duties",
  setting: "environment",
  general: "overview",
  record: "requirements",
  tools: "skills",
};
