// Whether a pay question asks per hour ("hourly", "per hour", "an hour", "$/hr"). Annual is the
// default everywhere, so only hourly needs recognising.
import { foldCase, normalizeWords } from "../text/normalize.js";

// "an hr" alone would read "an HR manager" as per hour: it counts only after an amount ("20 an hr").
const HOURLY_WORDS = /\b(hourly|per hour|an hour|by the hour|hour rate|hours rate|hour wage|hr rate|per hr|\d+ an hr)\b/;
const HOURLY_SIGNS = /(\/\s?(hr|hour)\b|\bph\b|p\/h\b)/;

export function askedPayPeriod(text: string): "hourly" | null {
  return HOURLY_WORDS.test(normalizeWords(text)) || HOURLY_SIGNS.test(foldCase(text)) ? "hourly" : null;
}
