// Whether a pay question asks about starting pay ("starting salary", "entry level", "junior") or
// pay later on ("senior", "experienced", "top earners"). BLS publishes no pay by years of
// experience, so the answer layer reads these from the percentiles and says so.
import { normalizeWords } from "../text/normalize.js";

/** One band of pay: starting (10th–25th percentile), the middle (25th–75th) or experienced (75th–90th). */
export type OneBand = "entry" | "middle" | "senior";
/**
 * Starting pay, pay later on, or both set side by side ("entry level vs senior"); a trade's licence
 * levels name the middle too ("journeyman vs master electrician pay": "middle+senior").
 */
export type PayBand = OneBand | "both" | "entry+middle" | "middle+senior" | "entry+middle+senior";

const ENTRY =
  // ("what should i expect to make as a new electrician": the job at its start.)
  /\b(as an? new|for an? new|starting|start out|starting out|start at|entry level|entry|junior|new grad|graduate|first job|beginner|right out of|fresh out of|first year|apprentices?|apprenticeship|trainees?|lowest|least (an? )?\w+( \w+)? (can|could) (make|earn)|bottom \d+|bottom quarter)\b/;
/** A trade's licence levels: the journeyman's is the middle of the pay, the master's the top ("master's degree" is no level). */
const JOURNEYMAN = /\b(journeyman|journeymen|journeyperson|journey level)\b/;
const MASTER_LEVEL = /\bmaster\b(?! (degree|s|program|programs|in|of|level degree)\b)/;
/** ("hs senior here", "a senior in high school", "senior citizens": a school year or an age, no level of the job.) */
const SENIOR =
  /\b((?<!\b(high school|hs|highschool|college|university|uni) )senior(?! (year|in (high school|hs|college|university|uni)|citizens?)\b)|experienced|top earners|top end|top pay|top salary|most you can (make|earn)|most (an? )?\w+( \w+)? (can|could) (make|earn)|highest|max|maximum|top \d+|top quarter|with experience|years in|mid career|late career|ceiling|(salary|pay|wage) cap|caps? out|tops? out|topping out|(top|best paid|highest paid) (\w+ ){0,2}(make|makes|earn|earns))\b/;

/** Years of experience the pay is asked for: "a paralegal with 5 years experience" (not the member's own, "i have 5 years"). */
const WITH_YEARS = /\b(with|after|having) (\d{1,2}) (years?|yrs?)( of)?( experience| exp)?\b/;
/** Up to ENTRY_YEARS_UP_TO years is the start of the pay, up to MIDDLE_YEARS_UP_TO its middle; more, the experienced band. */
const ENTRY_YEARS_UP_TO = 2;
const MIDDLE_YEARS_UP_TO = 9;

export function askedPayBand(text: string): PayBand | null {
  const words = normalizeWords(text);
  const years = Number(WITH_YEARS.exec(words)?.[2] ?? NaN);
  const entry = ENTRY.test(words) || years <= ENTRY_YEARS_UP_TO;
  const senior = SENIOR.test(words) || MASTER_LEVEL.test(words) || years > MIDDLE_YEARS_UP_TO;
  // "with 5 years experience": the middle of the pay.
  if (!entry && !senior && years > 0) return "middle";
  // "journeyman vs master electrician pay": the licence levels named, each its band.
  if (JOURNEYMAN.test(words)) return entry && senior ? "entry+middle+senior" : entry ? "entry+middle" : senior ? "middle+senior" : "middle";
  // "entry level vs senior", "starting out and after 10 years": both bands.
  if (entry && senior) return "both";
  if (entry) return "entry";
  if (senior) return "senior";
  return null;
}

const YEARS_HAD =
  /\b(?:i have|i ve|ive|i had|with|after|been|for|got)\b[a-z ]{0,40}?\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?)\b/;
const YEARS_OF = /\b(\d{1,2}) (?:years?|yrs?) (?:of )?(?:experience|exp|as|in)\b/;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "I have 5 years as…", "been a receptionist for 2 yrs", "after 10 years in retail": the member's own years. */
export function memberYears(text: string): number | null {
  const words = normalizeWords(text);
  const match = YEARS_HAD.exec(words) ?? YEARS_OF.exec(words);
  if (!match) return null;
  const value = NUMBER_WORDS[match[1]!] ?? Number(match[1]);
  return Number.isFinite(value) && value > 0 && value < 60 ? value : null;
}

/**
 * A percentile of pay asked by name: "top 10% of lawyers", "bottom 25 percent", "90th percentile",
 * "top quarter". `share` is the share asked for (5 in "top 5%", which BLS does not publish: its 90th
 * percentile is the nearest it has).
 */
export interface AskedPercentile {
  side: "top" | "bottom";
  /** The published percentile that answers it. */
  percentile: 10 | 25 | 75 | 90;
  /** The share asked, in percent of workers ("top 5%": 5). */
  share: number;
}

const SHARE = /\b(top|bottom|highest|lowest|highest paid|lowest paid|best paid|upper|lower) (\d{1,2}) ?(%|percent|pct)/;
const QUARTER = /\b(top|bottom|upper|lower|highest paid|lowest paid) (quarter|quartile)\b/;
const NAMED = /\b(10|25|75|90)th (percentile|pct|%ile)\b/;
const PERCENTILE_SIGN = /\d|quart/i;

/** The percentile of pay asked for by name, or null ("the top earners" and "entry level" are bands, see askedPayBand). */
export function askedPercentile(text: string): AskedPercentile | null {
  // (Most messages name no share, quarter or percentile: nothing to read.)
  if (!PERCENTILE_SIGN.test(text)) return null;
  const words = normalizeWords(text);
  const named = NAMED.exec(words);
  if (named) {
    const percentile = Number(named[1]) as AskedPercentile["percentile"];
    return percentile > 50 ? { side: "top", percentile, share: 100 - percentile } : { side: "bottom", percentile, share: percentile };
  }
  const quarter = QUARTER.exec(words);
  if (quarter) return /^(top|upper|highest)/.test(quarter[1]!) ? { side: "top", percentile: 75, share: 25 } : { side: "bottom", percentile: 25, share: 25 };
  const share = SHARE.exec(words);
  if (!share) return null;
  const n = Number(share[2]);
  if (n < 1 || n > 25) return null;
  const top = /^(top|highest|best|upper)/.test(share[1]!);
  // (The nearest published percentile at or beyond the share: "top 5%" has the 90th, "bottom 20%" the 25th.)
  const percentile = top ? (n <= 10 ? 90 : 75) : n <= 10 ? 10 : 25;
  return { side: top ? "top" : "bottom", percentile, share: n };
}
