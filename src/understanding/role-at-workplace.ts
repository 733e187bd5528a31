// "technician at a vet clinic", "front desk clerk at a hotel", "teacher (high school)": a workplace
// or a bracketed qualifier says which role a broad or shared title means. When its words and the
// title make a known name ("vet technician", "hotel front desk clerk", "high school teacher"), the
// title is read as that name.
import { NAME_WEIGHTS } from "../knowledge/role-entry.js";
import { ARTICLES, EVERYDAY_TITLE_WORDS, OCCUPATION_HEADS, WORKPLACE_PREPOSITIONS } from "./lexicon.js";
import { schoolLevels } from "./school-levels.js";
import type { NameEntry, RoleIndex } from "./role-index.js";
import type { SharedTitleEvidence } from "./shared-title-evidence.js";
import { roleMention, type RoleMention } from "./types.js";
import { wordSet } from "./word-list.js";

/** Nouns naming a kind of workplace: "a vet clinic" -> "vet", and "a nursing home" -> "nursing home". */
const WORKPLACE_NOUNS = wordSet(
  "WORKPLACE_NOUNS",
  "clinic hospital home school office shop store restaurant hotel firm company plant factory lab laboratory center agency department site",
);

/** Words of the workplace before its noun that may make the name: "a [vet] clinic", "a [high school]". */
const MAX_PLACE_WORDS = 2;

/** The names to try, most specific first: the place's words with and without its noun, before the whole title and before its head. */
function candidatePhrases(title: readonly string[], place: readonly string[]): string[] {
  const placeWords = WORKPLACE_NOUNS.has(place.at(-1)!) && place.length > 1 ? [place, place.slice(0, -1)] : [place];
  const heads = title.length > 1 ? [title, title.slice(-1)] : [title];
  return placeWords.flatMap((p) => heads.map((h) => [...p, ...h].join(" ")));
}

/**
 * Whether the name a title and its workplace make may replace the title's own reading. A title that
 * names one role keeps it ("receptionist at a GP surgery"), and so does one an editor prefers for a
 * role ("lab tech"): the workplace only chooses among the meanings of a shared title, or names the
 * role a broad word stands for. An ESCO label alone is too loose a link ("secondary school maths
 * teacher" is filed under postsecondary teachers there).
 */
function mayRead(evidence: SharedTitleEvidence | undefined, found: NameEntry, title: NameEntry | undefined): boolean {
  if (!evidence || evidence.claimWeight(found.roleId, found.phrase) <= NAME_WEIGHTS.esco) return false;
  if (!title) return true;
  const weight = evidence.claimWeight(title.roleId, title.phrase);
  if (found.roleId === title.roleId) return true; // "pilot (airline)": the qualifier confirms the title, and is part of it
  // ("credit analyst at a bank" is no "bank analyst": an occupation's own title keeps its words; the place
  // may only add to them, as in "hotel front desk clerk".)
  if (weight >= NAME_WEIGHTS.title && weight < NAME_WEIGHTS.preferred && !` ${found.phrase} `.includes(` ${title.phrase} `)) return false;
  // ...but a school level names which teacher, whatever an editor prefers: "teacher (high school)".
  const preferred = weight >= NAME_WEIGHTS.preferred && weight < NAME_WEIGHTS.curated;
  return title.alternatives.includes(found.roleId) && (!preferred || schoolLevels(found.phrase.split(" ")).length > 0);
}

// Loops, not findIndex callbacks: a callback reading the loop's variable costs a context for every word.
/** The place of the mention that ends at `at`, or -1. */
function mentionEndingAt(mentions: readonly RoleMention[], at: number): number {
  for (let k = 0; k < mentions.length; k++) if (mentions[k]!.end === at) return k;
  return -1;
}

/** The place of the first mention starting after `start`, or -1. */
function firstMentionAfter(mentions: readonly RoleMention[], start: number): number {
  for (let k = 0; k < mentions.length; k++) if (mentions[k]!.start > start) return k;
  return -1;
}

/**
 * Reads a title followed by "at/in (a) <workplace>", or by a qualifier in brackets, as the name the
 * two make, when there is one.
 * Mentions inside the workplace ("vet" in "vet clinic") are dropped, since they describe the place.
 */
export function readTitlesAtWorkplaces(
  index: RoleIndex,
  evidence: SharedTitleEvidence | undefined,
  words: readonly string[],
  typed: readonly string[],
  inParens: readonly boolean[] | undefined,
  mentions: RoleMention[],
  entries: NameEntry[],
): void {
  for (let at = 1; at < words.length; at++) {
    // "pilot (airline)", "teacher (high school)": a qualifier in brackets right after the title.
    const bracketed = inParens !== undefined && inParens[at] === true && !inParens[at - 1];
    if (!bracketed && (at + 1 >= words.length || !WORKPLACE_PREPOSITIONS.has(words[at]!))) continue;
    const k = mentionEndingAt(mentions, at);
    const titleStart = k >= 0 ? mentions[k]!.start : OCCUPATION_HEADS.has(words[at - 1]!) ? at - 1 : -1;
    // "the cook at the restaurant was rude": a one-word title that is an everyday word stays for
    // parse-question's framing checks, which a longer name would skip. Brackets frame it as a job.
    if (titleStart < 0 || (!bracketed && titleStart === at - 1 && EVERYDAY_TITLE_WORDS.has(words[titleStart]!))) continue;
    let from = bracketed ? at : at + 1;
    if (ARTICLES.has(words[from]!)) from++;
    // Every name tried starts with the place's first word: none does ("in the evenings"), nothing to look up.
    if (from >= words.length || index.longestNameFrom(words[from]!) === 0) continue;
    let placeEnd = Math.min(words.length, from + MAX_PLACE_WORDS + 1);
    if (bracketed) while (placeEnd > from && !inParens[placeEnd - 1]) placeEnd--;
    const title = words.slice(titleStart, at);
    let found: NameEntry | undefined;
    let end = 0;
    for (let to = placeEnd; to > from && !found; to--) {
      for (const phrase of candidatePhrases(title, words.slice(from, to))) {
        found = index.names.get(phrase);
        if (found) {
          end = to;
          break;
        }
      }
    }
    if (!found || !mayRead(evidence, found, k >= 0 ? entries[k]! : undefined)) continue;
    // The mention spans the workplace too: its words are part of the name, not other roles or unknown ones.
    const mention = roleMention(found.roleId, typed.slice(titleStart, at).join(" "), titleStart, end, k >= 0 ? mentions[k]!.confidence : 1);
    for (let m = mentions.length - 1; m >= 0; m--) {
      if (m === k || (mentions[m]!.start >= at && mentions[m]!.start < end)) {
        mentions.splice(m, 1);
        entries.splice(m, 1);
      }
    }
    const place = firstMentionAfter(mentions, titleStart);
    const insertAt = place < 0 ? mentions.length : place;
    mentions.splice(insertAt, 0, mention);
    entries.splice(insertAt, 0, found);
  }
}
