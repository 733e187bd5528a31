/**
 * The currencies members write pay in, other than dollars, with the country each is paid in: one
 * table for the three questions asked of an amount (is it foreign pay, where is it paid, is a short
 * word after it a currency rather than a title: "80k cad" is no CAD drafter).
 */
interface Currency {
  /** Where pay in it is earned, as an answer names the place ("the UK"), or null where no one country is meant. */
  readonly country: string | null;
  /** Signs written right before the amount: "£30k". */
  readonly signs: readonly string[];
  /** Words written right after the amount: "35k pounds", "80k cad". Many are other words too ("cad", "php", "pounds" of weight). */
  readonly after: readonly string[];
  /** Words that mean this currency's pay wherever they stand: "12 lpa", "ctc in lakhs". */
  readonly anywhere?: readonly string[];
  /** Words after an amount that are a weight unless the amount is in thousands: "30k pounds", not "50 pound boxes". */
  readonly weights?: readonly string[];
}

const CURRENCIES: readonly Currency[] = [
  { country: "the UK", signs: ["£"], after: ["gbp", "quid"], weights: ["pound", "pounds"] },
  { country: "Europe", signs: ["€"], after: ["eur", "euro", "euros"] },
  { country: "India", signs: ["₹"], after: ["inr", "rs", "rupee", "rupees", "lac", "lacs"], anywhere: ["lpa", "lakh", "lakhs", "crore", "crores"] },
  { country: "Canada", signs: [], after: ["cad"] },
  { country: "Australia", signs: [], after: ["aud"] },
  { country: "New Zealand", signs: [], after: ["nzd"] },
  { country: "Nigeria", signs: ["₦"], after: ["naira", "ngn"] },
  { country: "the Philippines", signs: ["₱"], after: ["php", "peso", "pesos"] },
  { country: "the UAE", signs: [], after: ["aed", "dirham", "dirhams"] },
  { country: "Singapore", signs: [], after: ["sgd"] },
  { country: "South Africa", signs: [], after: ["zar", "rand"] },
  // (¥ is yen and yuan alike.)
  { country: null, signs: ["¥"], after: [] },
];

/** Signs of another currency, written right before an amount. */
export const FOREIGN_SIGNS: ReadonlySet<string> = new Set(CURRENCIES.flatMap((c) => c.signs));

/** Currency words right after an amount: "35k pounds", "80k cad", "12 lpa". */
const AFTER = new RegExp(`^\\s?(${CURRENCIES.flatMap((c) => [...c.after, ...(c.anywhere ?? [])]).join("|")})\\b`, "i");
const WEIGHT_AFTER = new RegExp(`^\\s?(${CURRENCIES.flatMap((c) => c.weights ?? []).join("|")})\\b`, "i");
/** An amount in thousands, as typed: "30k", "30,000", "30000". */
const THOUSANDS = /k\b|\d,\d{3}|\d{4}/i;

/** Whether the words after an amount (`amount` as typed) name another currency: "35k pounds", "12 lpa", not "50 pound boxes". */
export function foreignAfter(amount: string, after: string): boolean {
  return AFTER.test(after) || (THOUSANDS.test(amount) && WEIGHT_AFTER.test(after));
}

/** Every currency word as typed, for the parser: after a number it is a currency, not a short title ("50k aud"). */
export const CURRENCY_WORDS: readonly string[] = CURRENCIES.flatMap((c) => [...c.after, ...(c.anywhere ?? []), ...(c.weights ?? [])]);

/** Per country: a sign, a word that means it anywhere, a word right after a number ("80k cad") or after thousands ("30k pounds"). */
const COUNTRY_PATTERNS: readonly [RegExp, string][] = CURRENCIES.filter((c) => c.country !== null).map((c) => {
  const parts = [
    ...c.signs,
    ...(c.anywhere?.length ? [`\\b(${c.anywhere.join("|")})\\b`] : []),
    ...(c.after.length ? [`\\d\\s?k?\\s?(${c.after.join("|")})\\b`] : []),
    ...(c.weights?.length ? [`(\\d\\s?k|\\d,\\d{3}|\\d{4})\\s?(${c.weights.join("|")})\\b`] : []),
  ];
  return [new RegExp(parts.join("|"), "i"), c.country!];
});
/** Whether a text may name pay in another currency at all: a digit, a sign, or a word that needs no number. */
const MONEY_SIGN = new RegExp(`[\\d${[...FOREIGN_SIGNS].join("")}]|\\b(${CURRENCIES.flatMap((c) => c.anywhere ?? []).join("|")})\\b`, "i");

/**
 * The country whose currency an amount of pay is written in, read on the message as typed, or null
 * ("$60k" and plain "60k" are dollars). Words that are other words too ("cad" drafting, "php" code,
 * "pounds" of weight) count only right after a number.
 */
export function currencyPlace(text: string): string | null {
  // (Most messages have no digit and no currency sign: nothing to look for.)
  if (!MONEY_SIGN.test(text)) return null;
  return COUNTRY_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
