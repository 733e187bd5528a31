// Canonical word forms. The same function is applied to aliases, aspect synonyms and questions, so
// "Ops Mgrs", "operations manager's" and "Operations Manager" all become ["operation", "manager"].
import { normalizedWordList } from "../text/normalize.js";
import { rulesFingerprint } from "./rules-fingerprint.js";

/** Abbreviations and spelling variants people type, mapped to one written-out form (may be several words). */
const WORD_VARIANTS = new Map<string, string>(
  Object.entries({
    mgr: "manager",
    mngr: "manager",
    mgrs: "manager",
    mgmt: "management",
    asst: "assistant",
    assist: "assistant",
    ops: "operations",
    op: "operations",
    exec: "executive",
    execs: "executive",
    admin: "administrative",
    admins: "administrative",
    hr: "human resources",
    coord: "coordinator",
    // "mech eng vs elec eng", "customer service rep": engineering and sales shorthand.
    eng: "engineer",
    engr: "engineer",
    mech: "mechanical",
    elec: "electrical",
    rep: "representative",
    reps: "representative",
    dir: "director",
    programme: "program",
    programmes: "program",
    organiser: "organizer",
    organise: "organize",
    organising: "organizing",
    // "rns vs lpns": `singular` keeps words of three letters, so a short abbreviation's plural is listed.
    rns: "rn",
    nps: "np",
    pas: "pa",
    // "pts vs ots pay", "how much do pms make": still chat words in lower case ("500 pts"), read as a job only when framed.
    pts: "pt",
    ots: "ot",
    pms: "pm",
    certs: "cert",
    // "game dev", "backend dev", "fullstack devs": chat shorthand for developer, and the one-word
    // spellings of O*NET's "Front End Developer" and "Full Stack Developer".
    dev: "developer",
    devs: "developer",
    frontend: "front end",
    backend: "back end",
    fullstack: "full stack",
    // "vet tech", "pharmacy tech", "HVAC tech": O*NET writes these titles out as "Technician".
    tech: "technician",
    techs: "technician",
    // "xray tech", "ag inspector": O*NET writes "X-Ray" and "Agricultural".
    xray: "x ray",
    xrays: "x ray",
    ag: "agricultural",
    agriculture: "agricultural",
    // Words O*NET writes another way: "retail salespeople", "farm labourer". (Question words typed
    // short or slipped, "wat", "hwo", are written out before anything reads the message: fix-misspellings.ts.)
    salespeople: "salesperson",
    labourer: "laborer",
    labourers: "laborer",
    // "doordash driver", "grubhub driver", "dashers": gig delivery, O*NET's delivery drivers.
    doordash: "delivery",
    grubhub: "delivery",
    ubereats: "delivery",
    postmates: "delivery",
    dasher: "delivery driver",
    dashers: "delivery driver",
    webdev: "web developer",
    webdevs: "web developer",
    yrs: "year",
    yr: "year",
    diff: "difference",
    // "eli5 what an actuary does": explain like I'm five.
    eli5: "explain",
    // Misspelt question words that no title or aspect word corrects: "how mutch", "the diffrence betwen".
    mutch: "much",
    diffrence: "difference",
    diference: "difference",
    differnce: "difference",
    diffrences: "difference",
    betwen: "between",
    beween: "between",
    bewteen: "between",
    btwn: "between",
    becum: "become",
    stresful: "stressful",
    stressfull: "stressful",
    skils: "skills",
    salry: "salary",
    organisation: "organization",
    organisational: "organizational",
    centre: "center",
    // British spellings of title words, so "school counsellor" meets O*NET's "School Counselor".
    counsellor: "counselor",
    counsellors: "counselor",
    counselling: "counseling",
    councillor: "councilor",
    jeweller: "jeweler",
    jewellers: "jeweler",
    traveller: "traveler",
    travellers: "traveler",
    modeller: "modeler",
    paediatrician: "pediatrician",
    paediatric: "pediatric",
    anaesthetist: "anesthesiologist",
    anaesthesiologist: "anesthesiologist",
    orthopaedic: "orthopedic",
    gynaecologist: "gynecologist",
    labour: "labor",
    behaviour: "behavior",
    analyse: "analyze",
    specialise: "specialize",
    vs: "versus",
    v: "versus",
    u: "you",
    ur: "your",
    r: "are",
    b4: "before",
    // "any1 know what a data analyst makes".
    any1: "anyone",
    some1: "someone",
    ppl: "people",
    w: "with",
    // "lpn n rn", "pay n benefits".
    n: "and",
    $: "money",
  }),
);

/** Words ending in s that are not plurals; stripping their s would merge them with other words. */
const NOT_PLURAL = new Set([
  "is",
  "as",
  "us",
  "was",
  "has",
  "this",
  "his",
  "its",
  "yes",
  "does",
  "versus",
  "analysis",
  "business",
  "less",
  "process",
  "always",
  "perhaps",
  "sometimes",
  "various",
  "previous",
  "serious",
  "series",
  "plus",
  "bus",
  "status",
  "campus",
  "bonus",
  "focus",
  "thus",
  "whereas",
  "across",
  "chess",
  "boss",
  "class",
  "press",
  "access",
  "success",
  "address",
  "statistics",
  "economics",
  "analytics",
  "sales",
  "news",
  "ethics",
  "physics",
  "mathematics",
  "means",
  "ps",
  "ms",
  "mrs",
  "os",
  "vs",
  "ops",
]);

/** Endings of words that are no plurals ("class", "campus", "basis"). Read with endsWith: this runs for every word of every question. */
const notPluralEnding = (word: string) => word.endsWith("ss") || word.endsWith("us") || word.endsWith("is");
/** Plurals that add "es": "coaches", "washes", "boxes". */
const esPlural = (word: string) => word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes");

export function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word) || notPluralEnding(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (esPlural(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** One word (already normalised) to its canonical tokens. */
export function canonicalWord(word: string): string[] {
  // A Map, not an object: job titles contain words such as "constructor" that an object's prototype answers.
  const variant = WORD_VARIANTS.get(word);
  if (variant) return variant.split(" ").map(singular);
  return [singular(word)];
}

/** canonicalWord, appended to `out` (no array per word). */
export function pushCanonicalWord(word: string, out: string[]): void {
  const variant = WORD_VARIANTS.get(word);
  if (variant) for (const part of variant.split(" ")) out.push(singular(part));
  else out.push(singular(word));
}

/** canonicalWord, written into `out` from place `at` (over what was there); returns the place after the last token. */
export function writeCanonicalWord(word: string, out: string[], at: number): number {
  const variant = WORD_VARIANTS.get(word);
  if (!variant) {
    out[at] = singular(word);
    return at + 1;
  }
  for (const part of variant.split(" ")) out[at++] = singular(part);
  return at;
}

export function canonicalTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizedWordList(text)) pushCanonicalWord(word, out);
  return out;
}

export function canonicalPhrase(text: string): string {
  return canonicalTokens(text).join(" ");
}

/** Bump when the code of these rules (or of normalizeWords) changes in a way the probes below may miss. */
const CANONICAL_RULES_VERSION = 1;
const PROBES = [
  "Co-ordinators' Assistants",
  "Café Managers & Chefs",
  "Nurse Practitioners (NPs)",
  "Sr. Ops Mgr",
  "CEO's Executive Secretaries",
  "Boxes, Watches, Companies",
  "Analysis Buses Classes",
  "it's they're won't",
  "Data—Entry Keyers",
];

/**
 * A fingerprint of the canonical-form rules, stored beside names the importer folded ahead of
 * time: folded under other rules, they would no longer meet the questions' tokens.
 */
export function canonicalFormsFingerprint(): string {
  return rulesFingerprint(
    CANONICAL_RULES_VERSION,
    [...WORD_VARIANTS],
    [...NOT_PLURAL],
    [...WORD_VARIANTS.keys(), ...NOT_PLURAL, ...PROBES].map(canonicalPhrase),
  );
}
