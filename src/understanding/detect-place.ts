// A place named in a question ("in London", "in Texas", "UK"): the figures are US national ones,
// so the answer must say so plainly rather than pass them off as local. Returns the place as it reads
// in a sentence ("the UK").
import { normalizeWords } from "../text/normalize.js";

const US_STATES =
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|west virginia|wisconsin|wyoming";
const COUNTRIES =
  "uk|united kingdom|england|scotland|wales|northern ireland|ireland|canada|australia|new zealand|india|germany|france|spain|italy|netherlands|sweden|norway|denmark|switzerland|singapore|dubai|uae|south africa|nigeria|kenya|philippines|pakistan|mexico|brazil|japan|china|europe|the eu|asia|the states|world";
/** Provinces, states and cities outside the US that CITIES leaves out: "a sparky in queensland", "electricians in ontario". */
const REGIONS_ABROAD =
  "ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|prince edward island|queensland|new south wales|nsw|western australia|south australia|tasmania|northern territory|perth|adelaide|calgary|ottawa|edmonton|winnipeg|halifax|leeds|liverpool|bristol|cardiff|belfast";
const CITIES_ABROAD =
  "london|manchester|birmingham|glasgow|edinburgh|dublin|toronto|vancouver|montreal|sydney|melbourne|brisbane|auckland|berlin|paris|amsterdam|madrid|mumbai|bangalore|delhi";
const US_CITIES =
  "nyc|new york city|los angeles|san francisco|bay area|seattle|chicago|boston|austin|dallas|houston|atlanta|miami|denver|phoenix|philadelphia|san diego|portland|minneapolis|detroit|nashville|las vegas|silicon valley|dc|washington dc";
const CITIES = `${CITIES_ABROAD}|${US_CITIES}`;

/** The places above outside the US, as namedPlace writes them (lower-cased, without "the"). */
const ABROAD = new RegExp(
  `^(${COUNTRIES.split("|")
    .filter((c) => c !== "the states" && c !== "world")
    .join("|")}|${REGIONS_ABROAD}|${CITIES_ABROAD})$`,
);

/** Titles of the UK and the Commonwealth, read as a role whose figures are the US's: "what does a chartered accountant earn". */
const UK_TITLES = /\bchartered (accountants?|surveyors?)\b/i;

/** The place a title itself says (the role read from it has US figures), or null. */
export function placeOfTitle(text: string): string | null {
  return UK_TITLES.test(text) ? "the UK" : null;
}

/** Whether a place namedPlace returned ("the UK", "Ontario", "Texas or the UK") is, or includes, one outside the US. */
export function isAbroad(place: string): boolean {
  return place.split(" or ").some((p) => ABROAD.test(p.toLowerCase().replace(/^the /, "")));
}

/** Short names of places, as members type them: "lvn pay in cali", after an answer "tx". */
const PLACE_SHORT: Readonly<Record<string, string>> = { cali: "california", tx: "texas", fla: "florida", ny: "new york", nj: "new jersey" };
/** "in texas", "in the uk", "for london", "in cali", "uk based": a place after a preposition, or a country beside pay words. */
const AFTER_PREPOSITION = new RegExp(
  `\\b(?:in|for|around|near|across|within|based in|living in|move to|moving to)\\s+(?:the\\s+)?(${US_STATES}|${COUNTRIES}|${REGIONS_ABROAD}|${CITIES}|${Object.keys(PLACE_SHORT).join("|")})\\b`,
);
/** Country names are unambiguous enough on their own ("uk salary for nurses"); states and cities need "in"... */
const COUNTRY_ALONE = /\b(uk|united kingdom|canada|australia|new zealand|ireland|germany|india)\b/;
/** ...or a pay word right before them: "rn salary new york", "nurse practitioner salary california vs texas". */
const AFTER_PAY_WORD = new RegExp(`\\b(?:salary|salaries|pay|wages?)\\s+(${US_STATES}|${REGIONS_ABROAD}|${CITIES})\\b`);

/** "what state pays nurses the most", "best cities for welders", "salary by state": places asked about as a kind, not by name. */
const PLACE_KIND = /\b(?:which|what|best|top|highest paying|by)\s+(states?|cit(?:y|ies)|countr(?:y|ies))\b/;
const SINGULAR: Readonly<Record<string, string>> = { states: "state", cities: "city", countries: "country" };

/**
 * "best states for nurses": places asked about as a kind, which makes a question of a title with no
 * other cue; "the best cities for drivers are the ones with no traffic lol" is told, not asked.
 */
export function asksByPlace(text: string): boolean {
  const words = normalizeWords(text);
  return PLACE_KIND.test(words) && (!words.startsWith("the ") || text.includes("?"));
}

/** "australian electrician salary", "british nurse pay": a country named by its people's word. */
const DEMONYMS: Readonly<Record<string, string>> = {
  australian: "Australia",
  aussie: "Australia",
  british: "the UK",
  canadian: "Canada",
  irish: "Ireland",
  german: "Germany",
  kiwi: "New Zealand",
};
const DEMONYM = new RegExp(`\\b(${Object.keys(DEMONYMS).join("|")})\\b`);
/** The UK's own institutions and schooling: "band 5 nurse salary", "nhs phlebotomist", "what a levels do i need". */
const UK_SIGNS = /\b(nhs|a levels|gcses?|pgce|qts|band [2-9] (nurse|nurses|pay|salary|role|job))\b/;
/** Australia's: "a cert 3", "tafe". */
const AUSTRALIAN_SIGNS = /\b(tafe|cert (2|3|4|ii|iii|iv))\b/;

export function namedPlace(text: string): string | null {
  const words = normalizeWords(text);
  const kind = PLACE_KIND.exec(words);
  if (kind) return `each ${SINGULAR[kind[1]!] ?? kind[1]}`;
  const match = AFTER_PREPOSITION.exec(words) ?? COUNTRY_ALONE.exec(words) ?? AFTER_PAY_WORD.exec(words);
  if (!match) {
    const people = DEMONYM.exec(words);
    if (people) return DEMONYMS[people[1]!]!;
    return UK_SIGNS.test(words) ? "the UK" : AUSTRALIAN_SIGNS.test(words) ? "Australia" : null;
  }
  // "a nurse in texas or florida", "nurse pay texas vs florida": two places set side by side.
  const other = SECOND_PLACE.exec(words.slice(match.index + match[0].length));
  const first = PLACE_SHORT[match[1]!] ?? match[1]!;
  // ("how much does a gp earn over in the states", "nurse pay in the states vs the uk": the US itself, whose figures these are.)
  const places = [first, ...(other ? [other[1]!] : [])].filter((p) => p !== "the states");
  return places.length ? places.map(asWritten).join(" or ") : null;
}

/** A place set beside the one found: "… or florida", "… vs the uk". */
const SECOND_PLACE = new RegExp(`^\\s+(?:or|vs|versus|and)\\s+(?:the\\s+)?(${US_STATES}|${COUNTRIES}|${REGIONS_ABROAD}|${CITIES})\\b`);

/** A place as it reads in a sentence: "not figures for the UK", "… for Texas", "… for the world". */
function asWritten(named: string): string {
  const place = named.replace(/\b(uk|uae|nyc|dc|eu|nsw)\b/g, (w) => w.toUpperCase()).replace(/\b[a-z]/g, (c) => c.toUpperCase());
  if (place === "World") return "the world";
  if (place.startsWith("The ")) return `the ${place.slice(4)}`;
  return SAID_WITH_THE.test(place) ? `the ${place}` : place;
}

/** Places said with "the": "the UK", "the Netherlands". */
const SAID_WITH_THE = /^(UK|UAE|United Kingdom|Netherlands|Philippines)$/;

/** A message that is only a place, maybe after "what about", "and" or "in": "in florida", "texas?", "what about cali". */
const PLACE_ONLY = new RegExp(
  `^(?:(?:what|how) about |and |ok |so )*(?:in |for )?(?:the )?(${US_STATES}|${COUNTRIES}|${REGIONS_ABROAD}|${CITIES}|${Object.keys(PLACE_SHORT).join("|")})$`,
);

/** The place a message names and nothing else (a follow-up after an answer), or null. */
export function placeAlone(text: string): string | null {
  const found = PLACE_ONLY.exec(normalizeWords(text));
  return found ? asWritten(PLACE_SHORT[found[1]!] ?? found[1]!) : null;
}
