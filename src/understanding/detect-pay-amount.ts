// "Can you make 100k as an electrician", "is 60k good for a paralegal", "$25 an hour as a CNA": an
// amount of pay named in the question, which the answer places among the role's pay percentiles.
// Only numbers written as money count ("100k", "$60,000", "60 grand", "six figures", "25 an hour"):
// "5 years", "911 dispatcher" and "at 35" are no pay.
import { FOREIGN_SIGNS, foreignAfter } from "./currencies.js";
import { askedPayPeriod } from "./detect-pay-period.js";

export interface PayAmount {
  value: number;
  period: "annual" | "hourly";
  /** Pay told by the week or month ("3000 a month"): `value` is a year of it; this is the amount as told. */
  told?: { value: number; per: "week" | "two weeks" | "month" };
}

/** "3000 a month", "$900 a week", "1500 biweekly": pay by the week or month, and a year's worth of each. */
const PER_AFTER: readonly [RegExp, "week" | "two weeks" | "month", number, readonly [number, number]][] = [
  [/^\s?(?:a|per|\/|each|every)\s?(?:month|mo)\b|^\s?monthly\b/i, "month", 12, [500, 50_000]],
  [/^\s?(?:every (?:two|2) weeks|biweekly|bi weekly|bi-weekly|per paycheck|a paycheck)\b/i, "two weeks", 26, [200, 25_000]],
  [/^\s?(?:a|per|\/|each|every)\s?(?:week|wk)\b|^\s?weekly\b/i, "week", 52, [100, 12_000]],
];

/** "$60,000", "$60k", "60k", "60 k", "60 grand", "60 thousand", "$25", "25 an hour", "25/hr", "30 dollars", "30 bucks". */
const AMOUNT = /(\$\s?)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b|grand\b|thousand\b)?(\s?(?:dollars?|bucks|usd)\b)?/gi;
const HOURLY_AFTER = /^\s?(?:\/\s?(?:hr|hour)\b|an? (?:hour|hr)\b|per (?:hour|hr)\b|hourly\b)/i;
const SIX_FIGURES = /\b(six|6) (figures?|figs?)\b/i;

/**
 * An amount that is a cost or savings, not pay: "is pt school worth 150k in loans", "is pa school worth
 * 120k", "it costs 80k", "i owe 60k", "20k saved". Read just before the amount (COST_BEFORE) or just after it (COST_AFTER).
 */
const COST_BEFORE =
  /\b(worth|costs?|costing|spend|spent|spending|owe|owed|owing|borrow|borrowed|borrowing|saved|saved up|savings of|tuition( is| of)?|debt of|loans? of)( the| a| that| me| us| about| around| like| over| nearly| almost)?\s?$/i;
// ("worth the 100k flight school cost", "a 60k bootcamp": the amount names what a school or program costs.)
const COST_AFTER =
  /^\s?((in|of)( student)? (loans?|debt)|(student )?(loans?|debt|tuition)|saved|saved up|in savings|(of )?savings|put away|in the bank|((?!(as|a|an|for|per|at|in|to|and|or|with|working|making|salary|job)\b)\w+ ){0,2}(school|program|programme|bootcamp|course|courses|tuition|cost|costs|loans?|debt))\b/i;
/** How far before an amount its cost word may stand. */
const COST_REACH = 24;
/** An amount that is a change in pay, not the pay: "for 10k more", "a 5k raise", "an extra 2 an hour", "a $3 bump". */
const CHANGE_AFTER = /^\s?(more|extra|raise|raises|increase|bump|pay bump|higher|less|lower|cut|pay cut|difference)\b/i;
const CHANGE_BEFORE = /\b(an extra|extra|a raise of|raise of|up by|bump of|increase of)\s?$/i;

// An amount in another currency is no dollar figure to place among US pay: "£30k", "€40k", "₹12 lakh"
// (a sign right before it), "80k cad", "35k pounds", "12 lpa" (a currency word right after it).

/** Plausible pay: a year from $10,000 to $2,000,000; an hour from $5 to $500. */
const ANNUAL_RANGE = [10_000, 2_000_000] as const;
const HOURLY_RANGE = [5, 500] as const;

/** Whether `text` names an amount of pay in another currency ("is £30k good for a nurse", "12 lpa"): pay asked, in no dollars to place. */
export function foreignPayAmount(text: string): boolean {
  if (!/\d/.test(text)) return false;
  for (const match of text.matchAll(AMOUNT)) {
    if (match[1] ?? match[4]) continue;
    if (FOREIGN_SIGNS.has(text[match.index - 1] ?? "") || foreignAfter(match[0], text.slice(match.index + match[0].length))) return true;
  }
  return false;
}

/** The first amount of pay in `text`, or null. */
export function askedPayAmount(text: string): PayAmount | null {
  if (SIX_FIGURES.test(text)) return { value: 100_000, period: "annual" };
  // Most questions have no digit: they skip the pattern.
  if (!/\d/.test(text)) return null;
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, sign, digits, unit, named] = match;
    // "30 dollars" is written as money as "$30" is.
    const dollar = sign ?? named;
    const number = Number(digits!.replace(/,/g, ""));
    if (!Number.isFinite(number)) continue;
    const after = text.slice(match.index + whole.length);
    if (!dollar && (FOREIGN_SIGNS.has(text[match.index - 1] ?? "") || foreignAfter(whole, after))) continue;
    if (COST_BEFORE.test(text.slice(Math.max(0, match.index - COST_REACH), match.index)) || COST_AFTER.test(after)) continue;
    // ("should i leave for 10k more as an accountant": a raise, not a salary to place.)
    if (CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(text.slice(Math.max(0, match.index - COST_REACH), match.index))) continue;
    // "25 an hour", or "$25" in a question asking per hour.
    const marked = HOURLY_AFTER.test(after);
    if (marked || (dollar && !unit && number <= HOURLY_RANGE[1] && askedPayPeriod(text) === "hourly")) {
      if (number >= HOURLY_RANGE[0] && number <= HOURLY_RANGE[1]) return { value: number, period: "hourly" };
      continue;
    }
    // ("is 3000 a month good for a cna": a month's pay, a year of it placed.)
    const per = PER_AFTER.find(([pattern]) => pattern.test(after));
    if (per) {
      const [, unitOfTime, times, [low, high]] = per;
      const told = unit ? number * 1000 : number;
      if (told >= low && told <= high) return { value: told * times, period: "annual", told: { value: told, per: unitOfTime } };
      continue;
    }
    // Written as money: a "k", "grand" or "thousand", a dollar sign, or thousands with commas.
    const value = unit ? number * 1000 : number;
    if (!unit && !dollar && !digits!.includes(",")) continue;
    if (value >= ANNUAL_RANGE[0] && value <= ANNUAL_RANGE[1]) return { value, period: "annual" };
  }
  return null;
}
