// "what does median mean", "where do your numbers come from", "is this before taxes", "what is a job
// zone": questions about the figures the bot shows, not about a job. Read only when no role is named.

/** What a member may ask about the figures themselves. */
export type DataTopic =
  | "median"
  | "percentile"
  | "jobZone"
  | "sources"
  | "agencies"
  | "taxes"
  | "included"
  | "national"
  | "yearHours"
  | "openings"
  | "reliability"
  | "otherSites"
  | "dataYear";

/** About this bot's or these figures: "your numbers", "the data", "this salary". */
const FIGURES = String.raw`(your|the|these|this|ur|those|bot s|rolecompare s) (hourly |annual |yearly )?(numbers?|data|figures?|stats?|statistics|info|information|salar(y|ies)|pay|wages?|medians?|rates?)`;

/** Each topic's wordings (normalized words), most specific first. */
const TOPICS: readonly [RegExp, DataTopic][] = [
  [/\b(percentiles?|(10th|25th|75th|90th) percentile|middle half)\b.*\bmean\b|\bwhat (is|are|s) (a |the )?(percentiles?|middle half)\b/, "percentile"],
  [
    /\bwhat (does|do|is|s) (a |the )?median( pay| salary| wage)? mean\b|\bwhat (is|s) (a |the )?median( pay| salary| wage)?\b|\bmedian (vs|or|versus) (average|mean)\b|\b(difference between|diff between) (the )?median and (the )?(average|mean)\b|\bwhy (median|the median)\b/,
    "median",
  ],
  [/\bjob zones?\b/, "jobZone"],
  [/\bwhat (is|are|s) (the )?(bls|o ?net|oews|soc|bureau of labor statistics)\b|\bwhat does (bls|o ?net|oews) (stand for|mean)\b/, "agencies"],
  [
    new RegExp(
      String.raw`\b(does|do|is|are) ${FIGURES} (include|includes|count|counting|cover|with) (overtime|ot|benefits?|bonus(es)?|tips?|commissions?|stipends?|401k|insurance|pensions?)\b|\b(overtime|bonus(es)?|benefits?|tips?) (included|counted) in ${FIGURES}\b`,
    ),
    "included",
  ],
  [
    new RegExp(
      String.raw`\b(is|are) ${FIGURES} (for )?(the )?(whole|entire|national|nationwide) (us|usa|country)\b|\b(whole|entire) (us|usa|country) or (my|by|each|per) (state|city|area)\b|\b(is|are) ${FIGURES} (by|for) (state|my state|city|my city|area|my area)\b`,
    ),
    "national",
  ],
  [/\b2080\b|\b2 ?080 hours\b|\bhourly (number|figure|rate|pay) times\b/, "yearHours"],
  [/\bwhat (does|do) (the )?(job )?openings( per year| a year| per yr)? mean\b|\bwhat (is|are) (the )?openings (per|a) year\b/, "openings"],
  [
    new RegExp(
      String.raw`\bwhere (do|does|did) ${FIGURES} come from\b|\bwhere (is|are|s) ${FIGURES} from\b|\bwhat (is|are) (your|the) sources?\b|\b(source|sources) (for|of) ${FIGURES}\b|\bwhat data (do you|does (this|the) bot|does rolecompare) use\b|\bwhere (do you|does (this|the) bot) get (your |the |these |this )?(numbers?|data|figures?|info|salar(y|ies))\b|\bhow (do you|does (this|the) bot) know (the |these )?(numbers|salaries|pay)\b`,
    ),
    "sources",
  ],
  [
    new RegExp(
      String.raw`\b(is|are) ${FIGURES} (before( or after)?|after( or before)?) tax(es)?\b|\b(before|after) tax(es)? or (before|after) tax(es)?\b|\b(gross|net) or (gross|net)\b|\b(is|are) (that|this|it|these|those) (before|after) tax(es)?\b|\bpre tax or (post tax|after tax)\b`,
    ),
    "taxes",
  ],
  // "can i trust the salary numbers", "how accurate are these numbers": how sure the figures are.
  [
    new RegExp(
      String.raw`\b(can|should|do) (i|we|you|u) (trust|believe|rely on) ${FIGURES}\b|\bhow (accurate|reliable|trustworthy|exact|precise|legit) (is|are) ${FIGURES}\b|\b(is|are) ${FIGURES} (accurate|reliable|trustworthy|legit|correct)\b`,
    ),
    "reliability",
  ],
  // "why does glassdoor say something different", "indeed says nurses make more, which is right": another site's pay.
  [
    /^(why|how come|which|whats|what|should|is|are|do|does|but)\b.*\b(glassdoor|indeed|payscale|levels ?fyi|salary ?com|ziprecruiter)\b.*\b(different|differ|differs|higher|lower|more|less|say|says|shows?|vs|versus|or|than|right|trust)\b|\b(glassdoor|indeed|payscale|levels ?fyi|salary ?com|ziprecruiter) (says|shows|has) (something |way )?(different|higher|lower|more|less)\b/,
    "otherSites",
  ],
  [
    new RegExp(
      String.raw`\bhow (old|recent|current|new|up to date) (is|are) ${FIGURES}\b|\bwhat year (is|are|s) ${FIGURES}( from)?\b|\b(is|are) ${FIGURES} (current|up to date|recent|old|outdated)\b|\bwhen (is|are|was|were) ${FIGURES} from\b|\bwhen (was|were) ${FIGURES} (updated|collected)\b`,
    ),
    "dataYear",
  ],
];

/** The topic a question about the figures asks, or null. `words`: the message's normalized words. */
export function askedAboutTheData(words: string): DataTopic | null {
  return TOPICS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}
