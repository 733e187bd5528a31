// Whether a pay question asks per hour ("hourly", "per hour", "an hour", "$/hr"). Annual is the
// default everywhere, so only hourly needs recognising.
import { foldCase, normalizeWords } from "../text/normalize.js";
import type { PayPer } from "./types.js";

// "an hr" alone would read "an HR manager" as per hour: it counts only after an amount ("20 an hr").
const HOURLY_WORDS = /\b(hourly|per hour|an hour|by the hour|hour rate|hours rate|hour wage|hr rate|per hr|\d+ an hr)\b/;
const HOURLY_SIGNS = /(\/\s?(hr|hour)\b|\bph\b|p\/h\b)/;

/** Plain ASCII: folding only lower-cases it, so a sign needs a "/" or a "ph" in the text itself. */
const ASCII = /^[\x20-\x7e]*$/;
const PH = /ph/i;

export function askedPayPeriod(text: string): "hourly" | null {
  // Every hourly phrase has "hour" or "hr" in it: most questions have neither, and skip the pattern.
  const words = normalizeWords(text);
  if ((words.includes("hour") || words.includes("hr")) && HOURLY_WORDS.test(words)) return "hourly";
  if (ASCII.test(text) && !text.includes("/") && !PH.test(text)) return null;
  return HOURLY_SIGNS.test(foldCase(text)) ? "hourly" : null;
}

/** "salary of a data scientist per month", "monthly pay", "cna weekly pay": BLS publishes a year and an hour, so these are worked out. */
const MONTHLY_WORDS = /\b(per month|a month|each month|every month|monthly|in a month)\b/;
const MONTHLY_SIGNS = /\/\s?(mo|month)\b/i;
const WEEKLY_WORDS = /\b(per (week|wk)|a (week|wk)|each week|every week|weekly|in a week)\b/;
/** "how much does a cna make biweekly", "per paycheck": the US pay period of two weeks (read before the week). */
const BIWEEKLY_WORDS =
  /\b(biweekly|bi weekly|every (two|2) weeks|per (two|2) weeks|fortnightly|a fortnight|per fortnight|per paycheck|each paycheck|a paycheck)\b/;
const WEEKLY_SIGNS = /\/\s?(wk|week)\b/i;

/** The period pay is asked for when it is a month, two weeks or a week, or null. */
export function askedPayPer(text: string): PayPer | null {
  const words = normalizeWords(text);
  if ((words.includes("month") && MONTHLY_WORDS.test(words)) || MONTHLY_SIGNS.test(text)) return "month";
  if (BIWEEKLY_WORDS.test(words)) return "two weeks";
  if (((words.includes("week") || words.includes("wk")) && WEEKLY_WORDS.test(words)) || WEEKLY_SIGNS.test(text)) return "week";
  return null;
}

/** "how much do nurses make in a 12 hour shift", "pay for an 8 hr shift": pay over a shift of so many hours. */
const SHIFT_PAY =
  /\b(?:make|makes|making|earn|earns|earning|paid|pay|money)\b.*?\b(?:in|per|for|a|an|each|every) (?:a |an |one )?(\d{1,2}|eight|ten|twelve) ?(?:hour|hr) shift\b/;
const SHIFT = /shift/i;
const SHIFT_HOURS: Record<string, number> = { eight: 8, ten: 10, twelve: 12 };
/** The longest shift read as one: a day and a night. */
const MAX_SHIFT_HOURS = 24;

/** The hours of the shift whose pay is asked, or null. */
export function askedShiftHours(text: string): number | null {
  // Most questions name no shift: tell before folding the text.
  if (!SHIFT.test(text)) return null;
  const words = normalizeWords(text);
  const found = SHIFT_PAY.exec(words)?.[1];
  if (!found) return null;
  const hours = SHIFT_HOURS[found] ?? Number(found);
  return hours > 0 && hours <= MAX_SHIFT_HOURS ? hours : null;
}
