// An employer named beside a job's pay ("how much does google pay software engineers", "amazon
// warehouse worker pay"): BLS publishes pay by occupation across all employers, so the answer says
// it has no figures for that one before giving the occupation's. Only names that are no everyday
// word ("target", "apple", "meta", "ups", "intel" and "adobe" are left out: "target audience", "ups and
// downs", "any intel on nurse pay", "do designers need adobe").
import { normalizeWords } from "../text/normalize.js";

/** The kinds of place a chain is, in the words O*NET's titles use: a cook at a fast food chain is a fast food cook. */
const FAST_FOOD = ["fast", "food"];
const COFFEE_SHOP = ["coffee", "shop"];

/**
 * Employers as members type them (normalized words), as the answer names them, and, for a chain,
 * the kind of place it is ("how much do cooks make at mcdonalds": find-role-mentions.ts weighs it).
 */
const EMPLOYERS: readonly (readonly [string, string, (readonly string[])?])[] = [
  ["google", "Google"],
  // (Before "amazon": the longer name first.)
  ["amazon flex", "Amazon Flex"],
  ["amazon", "Amazon"],
  ["walmart", "Walmart"],
  ["costco", "Costco"],
  ["microsoft", "Microsoft"],
  ["facebook", "Facebook"],
  ["netflix", "Netflix"],
  ["tesla", "Tesla"],
  ["spacex", "SpaceX"],
  ["nvidia", "Nvidia"],
  ["starbucks", "Starbucks", COFFEE_SHOP],
  ["mcdonalds", "McDonald's", FAST_FOOD],
  ["chick fil a", "Chick-fil-A"],
  ["wendys", "Wendy's", FAST_FOOD],
  ["burger king", "Burger King"],
  ["taco bell", "Taco Bell"],
  ["kfc", "KFC", FAST_FOOD],
  ["popeyes", "Popeyes", FAST_FOOD],
  ["chipotle", "Chipotle", FAST_FOOD],
  ["fedex", "FedEx"],
  // ("ups" alone is the "ups and downs" of a job.)
  ["ups drivers", "UPS"],
  ["ups driver", "UPS"],
  ["home depot", "Home Depot"],
  ["lowes", "Lowe's"],
  ["kroger", "Kroger"],
  ["walgreens", "Walgreens"],
  ["cvs", "CVS"],
  // (Before "uber": the longer name first.)
  ["uber eats", "Uber Eats"],
  ["uber", "Uber"],
  ["lyft", "Lyft"],
  ["doordash", "DoorDash"],
  ["grubhub", "Grubhub"],
  ["instacart", "Instacart"],
  ["postmates", "Postmates"],
  ["gopuff", "Gopuff"],
  ["shipt", "Shipt"],
  ["deloitte", "Deloitte"],
  ["kpmg", "KPMG"],
  ["pwc", "PwC"],
  ["accenture", "Accenture"],
  ["jpmorgan", "JPMorgan"],
  ["jp morgan", "JPMorgan"],
  ["goldman sachs", "Goldman Sachs"],
  ["boeing", "Boeing"],
  ["nasa", "NASA"],
  ["ibm", "IBM"],
  ["kaiser", "Kaiser"],
  ["disney", "Disney"],
  ["pixar", "Pixar"],
  ["nike", "Nike"],
  ["salesforce", "Salesforce"],
  ["spotify", "Spotify"],
  ["airbnb", "Airbnb"],
  ["paypal", "PayPal"],
  ["verizon", "Verizon"],
  ["comcast", "Comcast"],
  ["mayo clinic", "Mayo Clinic"],
  ["bank of america", "Bank of America"],
  ["wells fargo", "Wells Fargo"],
  ["lockheed", "Lockheed Martin"],
  ["raytheon", "Raytheon"],
  ["tsmc", "TSMC"],
  ["hca", "HCA"],
  ["faang", "the big tech firms"],
  ["big tech", "the big tech firms"],
  ["big 4", "the Big Four"],
  ["big four", "the Big Four"],
];
const NAMED = new RegExp(`\\b(${EMPLOYERS.map(([words]) => words).join("|")})\\b`);
const BY_WORDS = new Map(EMPLOYERS.map(([words, name]) => [words, name]));

/** Each chain whose name says what kind of place it is: its words as typed, and the place's words. */
export function chainSettings(): readonly (readonly [string, readonly string[]])[] {
  return EMPLOYERS.flatMap(([words, , setting]) => (setting ? [[words, setting] as const] : []));
}

/** The employer named in `text`, as the answer names it, or null. */
export function namedEmployer(text: string): string | null {
  const found = NAMED.exec(normalizeWords(text));
  return found ? BY_WORDS.get(found[1]!)! : null;
}

/** App platforms whose drivers and shoppers work as independent contractors, not employees. */
export const GIG_PLATFORMS: ReadonlySet<string> = new Set([
  "Uber",
  "Uber Eats",
  "Lyft",
  "DoorDash",
  "Grubhub",
  "Instacart",
  "Amazon Flex",
  "Postmates",
  "Gopuff",
  "Shipt",
]);
