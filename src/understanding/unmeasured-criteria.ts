// "best paying remote jobs", "what jobs have good benefits", "which jobs have the most job security":
// what members want of jobs that the data does not record. A ranking asked with one says so first, then
// ranks what the data has; asked alone, nothing is ranked (a list of surgeons is no answer to "jobs
// with good work-life balance"), except job security, for which projected growth stands in. This reads
// which one is asked; answers/unmeasured-lines.ts says what the data lacks.
import { normalizeWords } from "../text/normalize.js";

/** A thing asked of jobs that the data does not record, and what ranks in its place. */
export interface UnmeasuredCriterion {
  id:
    | "remote"
    | "travel"
    | "benefits"
    | "balance"
    | "security"
    | "partTime"
    | "who"
    | "gender"
    | "danger"
    | "satisfaction"
    | "heights"
    | "indoors"
    | "sector"
    | "age"
    | "young"
    | "student"
    | "major"
    | "associateMajor"
    | "masters"
    | "doctorate"
    | "employer";
  /** The employer asked about ("does amazon pay well"), as the answer names it. */
  employer?: string;
  /** The measure that stands in for it, when one does ("job security": growth; "jobs for teens": openings). */
  standIn?: "growth" | "openings" | "pay";
  /** The most schooling the jobs may ask ("jobs for 16 year olds": none, they have no diploma yet). */
  schooling?: "none" | "high-school";
  /**
   * Most ranked jobs would not fit it whatever else is asked ("part time jobs that pay well" would list
   * surgeons; "veteran jobs that pay well" would ignore the veteran): nothing is ranked.
   */
  rankedNever?: true;
}

const CRITERIA: readonly [RegExp, UnmeasuredCriterion][] = [
  [/\b(remote|remotely|wfh|(work|working) (from|at) home|from home|home based)\b/, { id: "remote" }],
  [
    /\b(let|lets|letting) (you|me|them) travel\b|\b(travel|travels|travelling|traveling) (a lot|the world|for work|often)\b|\bjobs? (that|where|with) (you )?travel\b|\b(involve|involves|with|include|includes) (lots of |a lot of )?(travel|travelling|traveling)\b|\b(like|likes|love|loves|enjoy|enjoys|want|wants) to travel\b|\b(like|likes|love|loves|enjoy|enjoys) (travelling|traveling)\b/,
    { id: "travel" },
  ],
  [/\b(good|great|best|better|the most) benefits\b|\b(pension|pensions|401k|health insurance|retirement plan)\b/, { id: "benefits" }],
  [
    /\bwork ?life balance\b|\b(flexible|normal|regular|good|best) (hours|schedules?)\b|\b9 (to|2) 5\b|\b(most|more|best) (time off|vacation|days off)\b|\b(no|without) (weekends|nights|night shifts?)\b|\bweekends? off\b|\b(night owls?|early birds?|morning (person|people))\b|\b(3|4|three|four) days? (a|per|each) week\b|\b(3|4|three|four) day (work ?)?weeks?\b/,
    { id: "balance" },
  ],
  // "best trade for someone afraid of heights", "jobs that don't involve climbing": a list not weighing it
  // would put line installers first.
  [/\b(heights?|high places|climbing|ladders?)\b/, { id: "heights", rankedNever: true }],
  [/\b(indoors?|inside all day|(work|working) inside)\b/, { id: "indoors" }],
  [/\b(job security|most secure|stable|most stable|stability|recession proof|never be (fired|laid off))\b/, { id: "security", standIn: "growth" }],
  // "good part time jobs for college students", "side jobs while in college": work around classes, which
  // the data does not mark; jobs open to newcomers stand in, the most openings first.
  [
    /\b(part time|side|weekend|evening|flexible) (jobs?|work|gigs?)\b.*\b(students?|college|uni|university|classes)\b|\bstudents?\b.*\bpart time\b|\b(jobs?|work) (while|during) (in |at )?(college|uni|university|school|classes)\b|\b(jobs?|gigs?) for (college |uni |university )?students\b/,
    { id: "student", standIn: "openings", schooling: "high-school" },
  ],
  [/\b(part time|part timers?|few hours|(evening|weekend|night) only)\b/, { id: "partTime", rankedNever: true }],
  [
    /\b(most|more) (dangerous|deadly|risky|hazardous|physically demanding|physical)\b|\b(least|less) (dangerous|deadly|risky|hazardous)\b|\b(deadliest|riskiest|safest)\b|\b(hardest|toughest) on (your|the) body\b/,
    { id: "danger", rankedNever: true },
  ],
  [
    /\b(happiest|happy|job satisfaction|most satisfying|most fulfilling|most rewarding|least satisfying|unhappiest)\b/,
    { id: "satisfaction", rankedNever: true },
  ],
  // "best paying jobs for women": the data has no figures by gender; the ranking holds for anyone.
  [/\bfor (a )?(women|woman|men|man|females?|males?|girls|ladies|guys)\b/, { id: "gender" }],
  // Young people and first jobs: "best first job for a 15 year old", "im 16 what jobs can i get", "good
  // jobs for high school students". The data has no hiring ages; jobs needing no diploma (under 18) or
  // no more than one, and no work experience, stand in, the most openings first.
  [
    /\b(teens?|teenagers?|high ?schoolers?|high school (students?|kids?)|(1[3-7]) ?(year olds?|yr olds?|yos?|years? old)|(im|i am|i m|at|age|aged) 1[3-7])\b/,
    { id: "young", standIn: "openings", schooling: "none" },
  ],
  [
    /\b(first jobs?|summer jobs?|after school jobs?|(18|19) ?(year olds?|yr olds?|yos?|years? old)|(im|i am|i m|at|age|aged) (18|19)|(just )?(graduated|out of|finished) high school|high school (grads?|graduates?))\b/,
    { id: "young", standIn: "openings", schooling: "high-school" },
  ],
  // Leaving the military is who the member is, not the sector asked about: "separating from the air force, what pays well".
  [
    /\b(separating|separated|getting out|got out|leaving|left|retiring|retired|discharged|exiting|transitioning) (from |of |out of )?(the )?(military|army|navy|air force|marines|marine corps|usmc|coast guard)\b|\b(ex|former|retired|prior) (army|navy|air force|marines?|military|service)\b/,
    { id: "who", rankedNever: true },
  ],
  // Who the jobs are for: "jobs for veterans", "jobs for felons", "jobs for 16 year olds", "best jobs for college students".
  [
    /\b(veterans?|veteran|ex military|former military|military spouses?|felons?|felony|felonies|criminal record|single (moms?|mums?|mothers?|parents?|dads?)|stay at home (moms?|mums?|parents?)|college students|students|teens?|teenagers|high schoolers|\d\d year olds?|retirees|disabled people|disabilities|anxiety|adhd|autism|autistic)\b/,
    { id: "who", rankedNever: true },
  ],
  // "best government jobs", "what jobs does the military have": the employer's sector, which the wage
  // figures here do not split by (after who they are for: "jobs for ex military").
  [
    /\b(government|govt|federal|usajobs|gs ?\d\d?|public sector|civil service|(state|city|county) jobs?|military|army|navy|air force|marines)\b/,
    { id: "sector", rankedNever: true },
  ],
  // "career change at 35, what are my options", "best careers to start at 30": the member's age (after who
  // the jobs are for: "jobs for 16 year olds" ranks nothing); the ranking holds at any age.
  [/\b(at|age|aged) \d\d\b|\b(im|i am|i m) \d\d\b/, { id: "age" }],
];

/** The first thing asked of jobs that the data does not record, or null. */
export function unmeasuredCriterion(text: string): UnmeasuredCriterion | null {
  const words = normalizeWords(text);
  return CRITERIA.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}
