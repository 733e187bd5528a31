// How a one-word title is used in a sentence, when the word is also an everyday word: as a verb
// ("nurse that drink", "host the stream"), as the owner in a compound noun ("farmer's market",
// "driver's licence"), or typed in lower case as a short chat word ("the bank app"). These uses
// never name a job, whatever else the sentence frames.
import { movesOnFrom } from "./leaving-role.js";
import { INDEFINITE_ARTICLES, LETTERS_ONLY } from "./lexicon.js";
import { wordSet } from "./word-list.js";

/** Words that open a verb's object: "nurse that drink", "cook the rice", "guard my base". */
const OBJECT_STARTS = wordSet("OBJECT_STARTS", [
  "that",
  "this",
  "these",
  "those",
  "the",
  "it",
  "them",
  "me",
  "him",
  "us",
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
]);
/** Before a verb: the sentence start, a subject or modal, or "to" ("gonna cook the rice", "let me host it"). */
const VERB_LEADS = wordSet("VERB_LEADS", [
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "to",
  "will",
  "can",
  "could",
  "should",
  "would",
  "gonna",
  "wanna",
  "gotta",
  "let",
  "please",
  "pls",
  "just",
  "then",
  "and",
  // "don't judge me", "never doubt it": a verb told not to be done.
  "not",
  "never",
]);

/** "nurse that drink slowly": a title word at the start of a clause, followed by its object. */
export function isVerbUse(tokens: readonly string[], at: number, clause?: readonly number[]): boolean {
  const before = at === 0 ? "" : tokens[at - 1]!;
  // ("from cna to lpn, the pay sucks": the object is past a comma, in another clause.)
  if (clause && clause[at] !== clause[at + 1]) return false;
  return (at === 0 || VERB_LEADS.has(before)) && OBJECT_STARTS.has(tokens[at + 1] ?? "");
}

/** "the architect of this raid", "the guard who let us in": one particular person or thing, not a job. */
export const PARTICULAR_BEFORE = wordSet("PARTICULAR_BEFORE", ["the", "this", "that"]);
const COMPARATIVES = wordSet("COMPARATIVES", ["more", "less", "better", "worse", "most", "least", "higher", "lower"]);
const PARTICULAR_AFTER = wordSet("PARTICULAR_AFTER", ["of", "who", "that", "which", "from", "with"]);
/** "the judge on that baking show", "the cook in this video": one person, by the thing they were on or in. */
const ON_OR_IN = wordSet("ON_OR_IN", ["on", "in"]);
const POINTED_AT = wordSet("POINTED_AT", ["that", "this", "the", "my", "our", "his", "her", "their"]);

export function isParticularOne(tokens: readonly string[], at: number, clause?: readonly number[]): boolean {
  // "the nurse or the doctor, who earns more": past a comma, "who" asks; it does not say which one.
  if (clause && clause[at] !== clause[at + 1]) return false;
  // ...nor does "who earns more": a comparison after "who" asks which of the roles it is.
  if (tokens[at + 1] === "who" && tokens.slice(at + 2).some((t) => COMPARATIVES.has(t))) return false;
  if (!PARTICULAR_BEFORE.has(tokens[at - 1] ?? "")) return false;
  // "the nurse at my school", "the cook at our place": one person at the member's own place.
  // ("is the nurse on call a lot" asks about the work: no thing pointed at after "on".)
  return (
    PARTICULAR_AFTER.has(tokens[at + 1] ?? "") ||
    (tokens[at + 1] === "at" && OWN_PLACE.has(tokens[at + 2] ?? "")) ||
    (ON_OR_IN.has(tokens[at + 1] ?? "") && POINTED_AT.has(tokens[at + 2] ?? ""))
  );
}
const OWN_PLACE = wordSet("OWN_PLACE", ["my", "our", "his", "her", "their", "your"]);

/** What asks about the one doing something: "can a nurse draw blood", "would a cook need". */
const SUBJECT_ASKS = wordSet("SUBJECT_ASKS", ["can", "could", "do", "does", "will", "would", "should", "may", "must", "did"]);

/**
 * "model train expo", "server rack", "doctor appointment": the title word describes the next noun.
 * `isPlainNoun` says whether the next token is an ordinary word (no role, aspect, job or function word).
 */
export function isNounModifier(tokens: readonly string[], at: number, isPlainNoun: (i: number) => boolean): boolean {
  const next = tokens[at + 1];
  // "i dont want to be a nurse anymore": an adverb after the title closes it; it is no noun it describes.
  if (next !== undefined && CLOSING_ADVERBS.has(next)) return false;
  // "can a nurse draw blood", "does a cook need": after a modal and an article, the title is the subject of the verb that follows.
  if (INDEFINITE_ARTICLES.has(tokens[at - 1] ?? "") && SUBJECT_ASKS.has(tokens[at - 2] ?? "")) return false;
  // "what can a nurse move on to": the verb "move on", not a kind of move.
  if (movesOnFrom(tokens, at + 1)) return false;
  return next !== undefined && LETTERS_ONLY.test(next) && isPlainNoun(at + 1) && !isPredicateEnd(tokens, at);
}

/** Adverbs that end a clause after a title: "a nurse anymore", "a cook now", "a driver again". */
const CLOSING_ADVERBS = wordSet("CLOSING_ADVERBS", [
  "anymore",
  "now",
  "again",
  "too",
  "either",
  "though",
  "tho",
  "yet",
  "already",
  "still",
  "ever",
  "instead",
  "anyway",
  "someday",
  "nowaday",
]);

const BE_STARTS = wordSet("BE_STARTS", ["is", "are", "was", "am"]);
const PROS_AND_CONS = wordSet("PROS_AND_CONS", ["pro", "con"]);

/** What being in a job is like: "is being a mechanic hard on your body". */
const BEING_PREDICATES = wordSet("BEING_PREDICATES", [
  "hard",
  "tough",
  "difficult",
  "easy",
  "stressful",
  "rewarding",
  "fulfilling",
  "demanding",
  "dangerous",
  "physical",
  "exhausting",
  "tiring",
  "boring",
  "fun",
  "lonely",
  "worth",
  "good",
  "bad",
]);

/**
 * "is a nurse rewarding", "is being a server hard", "is being a nurse bad for your back", "is being a
 * farmer physically hard": the word
 * after the title says what the job is like; it is not a noun the title describes.
 */
function isPredicateEnd(tokens: readonly string[], at: number): boolean {
  // "is being a plumber right for me", "is nurse right for me": whether the job suits the member.
  if (tokens[at + 1] === "right" && tokens[at + 2] === "for") return true;
  // "nurse vs doctor pros and cons": the job's pros, not a kind of pro.
  if (PROS_AND_CONS.has(tokens[at + 1] ?? "")) return true;
  if (!INDEFINITE_ARTICLES.has(tokens[at - 1] ?? "")) return false;
  if (at + 2 === tokens.length && BE_STARTS.has(tokens[0] ?? "")) return true;
  if (tokens[at - 2] !== "being") return false;
  // ("is being a farmer physically hard", "is being a cook really that stressful": a word of degree first.)
  let k = at + 1;
  while (k < at + 3 && DEGREE_WORDS.has(tokens[k] ?? "")) k++;
  return BEING_PREDICATES.has(tokens[k] ?? "");
}

/** Words of degree or manner before what a job is like: "physically hard", "really that stressful". */
const DEGREE_WORDS = wordSet("DEGREE_WORDS", ["physically", "mentally", "emotionally", "really", "very", "that", "so", "too", "actually", "super", "pretty"]);

const QUOTE_MARKS = /['\u2018\u2019]/;
const CURLY_QUOTES = /[\u2018\u2019]/g;

/** "farmer's market", "driver's licence": the typed word owns the next noun, unless that noun is about the job ("a nurse's salary"). */
export function isPossessiveCompound(cleaned: string, typed: string, nextIsAboutTheJob: boolean): boolean {
  if (nextIsAboutTheJob || !LETTERS_ONLY.test(typed)) return false;
  // Most messages have no apostrophe at all: no pattern to build and compile for them.
  if (!QUOTE_MARKS.test(cleaned)) return false;
  return new RegExp(`\\b${typed}'s\\s+[a-z]`, "i").test(cleaned.replace(CURLY_QUOTES, "'"));
}

/** A verb in -ing: "switching", "updating". */
const ING_VERB = /^[a-z]{3,}ing$/;

/** Verbs whose plural object is the people in a job: "hiring servers", "comparing nurses". */
const PEOPLE_VERBS = wordSet("PEOPLE_VERBS", ["hiring", "comparing", "becoming", "training", "managing", "paying"]);

/**
 * "switching servers", "updating drivers", "changing hosts": an everyday title word typed in the
 * plural right after a verb in -ing is the thing being handled, not a job.
 */
export function isHandledThing(tokens: readonly string[], typed: readonly string[], at: number): boolean {
  const before = tokens[at - 1] ?? "";
  return typed[at] !== tokens[at] && (typed[at] ?? "").endsWith("s") && ING_VERB.test(before) && !PEOPLE_VERBS.has(before);
}

/** Fields of study that end in a title word: "a criminal justice degree" names no judge ("Justice" is one of their titles). */
const STUDY_FIELDS = new Set(["criminal justice", "social justice", "juvenile justice"]);

/** "what can i do with a criminal justice degree": the title word ends the name of a field of study. */
export function isStudyField(tokens: readonly string[], at: number): boolean {
  return at > 0 && STUDY_FIELDS.has(`${tokens[at - 1]} ${tokens[at]}`);
}

/** Words before "vet" that make it a veteran: "army vet", "combat vet". */
const VETERAN_BEFORE = wordSet("VETERAN_BEFORE", ["army", "navy", "marine", "military", "combat", "disabled", "force", "guard", "usmc", "coast", "war"]);

/** Words just after "vet" that make it a veteran: "a vet with ptsd", "vet using my gi bill". */
const VETERAN_AFTER = wordSet("VETERAN_AFTER", ["ptsd", "gi", "va", "deployment", "deployed", "discharged", "honorably", "dd214"]);
/** Words anywhere in the message that make "vet" a veteran: "… jobs for veterans", "… got out of the army". */
const VETERAN_ANYWHERE = wordSet("VETERAN_ANYWHERE", ["veteran", "military", "army", "navy", "marine", "usmc", "deployment", "deployed", "dd214"]);
/** How far after "vet" a veteran's word may come ("vet using my gi bill"). */
const VETERAN_AFTER_SPAN = 3;

/** "army vet to lineman", "disabled vet looking for work", "i'm a vet with ptsd": a veteran, not an animal doctor. */
export function isVeteran(tokens: readonly string[], typed: readonly string[], at: number): boolean {
  if (!typed[at]!.startsWith("vet")) return false;
  if (VETERAN_BEFORE.has(tokens[at - 1] ?? "")) return true;
  // ("my husband is a vet and struggling to find work, what jobs are good for veterans": said outright elsewhere.)
  if (tokens.some((t) => VETERAN_ANYWHERE.has(t))) return true;
  for (let k = at + 1; k <= at + VETERAN_AFTER_SPAN && k < tokens.length; k++) if (VETERAN_AFTER.has(tokens[k]!)) return true;
  return false;
}
