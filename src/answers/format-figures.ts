// Words for numbers, shared by derived key differences and every renderer.
import type { EducationLevel, SeniorityLevel } from "../knowledge/schema.js";
import type { FigureView, PayPeriod, SourceView } from "./answer.js";

/** "2025", or "accessed 2026" for an undated page. */
export function sourceYear(source: SourceView): string {
  return source.accessed ? `accessed ${source.year}` : String(source.year);
}

// Built once: constructing a number format on every call showed up in the benchmark profile.
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "an hour" or "a year", as a figure of that period is said after its amount. */
export function perUnit(period: PayPeriod | undefined): string {
  return period === "hourly" ? "an hour" : "a year";
}

export function formatMoney(amount: number, currency = "USD"): string {
  const symbol = currency === "USD" ? "$" : currency === "GBP" ? "£" : currency === "EUR" ? "€" : `${currency} `;
  return `${symbol}${Number.isInteger(amount) ? wholeNumber(amount) : CENTS.format(amount)}`;
}

/** WHOLE.format for an integer, in plain code for the usual ones: each call into ICU costs a few microseconds, and an answer formats several. */
export function wholeNumber(amount: number): string {
  if (!Number.isSafeInteger(amount) || Object.is(amount, -0)) return WHOLE.format(amount);
  const digits = String(Math.abs(amount));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return amount < 0 ? `-${out}` : out;
}

export function formatRange(range: { low: number; high: number }, currency?: string): string {
  return `${formatMoney(range.low, currency)}–${formatMoney(range.high, currency)}`;
}

export function formatPercentile(value: number | { atLeast: number }, currency?: string): string {
  return typeof value === "number" ? formatMoney(value, currency) : `≥ ${formatMoney(value.atLeast, currency)}`;
}

/** Publishers members know by their initials; the sources line keeps the full name. */
const SHORT_PUBLISHERS: Record<string, string> = { "U.S. Bureau of Labor Statistics": "BLS" };

/** "BLS, 2024" style attribution: publisher (short where it has a known short name) or title, with the year or "year not stated". */
export function figureAttribution(figure: FigureView): string {
  const publisher = figure.source.publisher;
  const who = publisher ? (SHORT_PUBLISHERS[publisher] ?? publisher) : figure.source.title;
  return `${who}, ${figure.year ?? "year not stated"}`;
}

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: "no formal education requirement",
  "high-school": "a high-school diploma or equivalent",
  "postsecondary-certificate": "a postsecondary certificate",
  "some-college": "some college",
  associate: "an associate degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: "a doctorate",
};

export const LEVEL_LABELS: Record<SeniorityLevel, string> = {
  entry: "entry level",
  mid: "mid level",
  senior: "senior",
  executive: "executive",
};

export function formatYears(minYears: number, maxYears?: number): string {
  if (minYears === 0 && !maxYears) return "no prior experience required";
  if (maxYears && maxYears !== minYears) return `${minYears}–${maxYears} years' experience`;
  return `${minYears}+ years' experience`;
}

/** Medians closer than this (percent) are "about the same": a gap that small is within the survey's error. */
export const SAME_PAY_PERCENT = 3;

export function percentDifference(higher: number, lower: number): number {
  return Math.round(((higher - lower) / lower) * 100);
}

/** A change in percent with its sign: +4.9%, -0.3%, 0%. */
export function formatPercentChange(percent: number): string {
  return `${percent > 0 ? "+" : ""}${percent}%`;
}

/** "1.9 million", "356,000": a count of people or openings, rounded as a reader would say it. */
export function roughCount(count: number): string {
  if (count >= 1_000_000) return `${(count / 1_000_000).toFixed(1).replace(/\.0$/, "")} million`;
  return wholeNumber(Math.round(count / 1000) * 1000);
}

/** To one decimal place: summed growth (+9.4567%) as BLS publishes one occupation's (+9.5%). */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Text cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** BLS projections count jobs in thousands: 1895.5 -> "1,895,500". */
export function formatThousands(thousands: number): string {
  return wholeNumber(Math.round(thousands * 1000));
}

/** O*NET's job zone name without its "Job Zone Four:" prefix: "Considerable Preparation Needed". */
export function jobZoneName(zone: { name: string }): string {
  return zone.name.replace(/^Job Zone \w+:\s*/, "");
}

/** "O*NET puts it in Job Zone 4 of 5 (considerable preparation needed).": a verdict's sentence on the preparation. */
export function jobZoneSentence(zone: { zone: number; name: string }): string {
  return `O*NET puts it in Job Zone ${zone.zone} of 5 (${jobZoneName(zone).toLowerCase()}).`;
}
