// Who gets a name several roles share: every role claims each of its names, in the knowledge's role
// order, with the weight of the name (NAME_WEIGHTS) plus a tie-break; the strongest claim holds the
// name and the others become its alternatives, strongest first. One implementation, used by the role
// index at start-up and by the importer, which claims the occupations' names ahead of time (see
// precomputed-entries.ts) so a start-up only re-claims the few names the curated layer touches.
import { ASPECTS, ASPECT_IDS } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { PhraseList } from "../knowledge/phrase-list.js";
import { NAME_WEIGHTS, type RoleEntry } from "../knowledge/role-entry.js";
import { canonicalFormsFingerprint, canonicalPhrase } from "./canonical-tokens.js";
import { GENERIC_ROLE_WORDS, KNOWN_WORDS, OCCUPATION_HEADS, STOPWORDS, TITLE_ABBREVIATIONS } from "./lexicon.js";
import { rulesFingerprint } from "./rules-fingerprint.js";
import * as TUNING from "./tuning.js";

/** Bump whenever the claim rules below (or tieBreak) change: the importer's claims are then not used. */
const CLAIM_RULES_VERSION = 2;

export interface NameEntry {
  /** The role this name leads to: the strongest claim among the roles that share it. */
  roleId: string;
  /** Other roles with the same name, strongest claim first ("data analyst" is in several occupations). */
  alternatives: string[];
  /** Canonical phrase, e.g. "operation manager". */
  phrase: string;
  /** As written in data/, e.g. "Operations Manager" or "ops manager". */
  name: string;
  isTitle: boolean;
}

/** Most names have no alternatives: one shared, frozen list for all of them. */
export const NO_ALTERNATIVES = Object.freeze([]) as unknown as string[];

/** A claim position: the role's place among the occupations, and the name's place among the role's names. */
export const VISITS_PER_ROLE = 65536;

/** Among equal claims, the occupation more people work in is the likelier meaning; a base code (.00) before its specialisations. */
export function tieBreak(knowledge: KnowledgeBase, entry: RoleEntry): number {
  if (entry.kind === "curated") return 0;
  const series = entry.occupation.wages ? knowledge.wageSeries(entry.occupation.wages.series) : undefined;
  const employment = series?.employment ?? 0;
  return (entry.code?.endsWith(".00") ? 0.5 : 0) + Math.min(employment, 9_999_999) / 1e7 / 4;
}

export function wordCount(phrase: string): number {
  let count = 1;
  for (let i = phrase.indexOf(" "); i !== -1; i = phrase.indexOf(" ", i + 1)) count++;
  return count;
}

const aspectWords = () => new Set(ASPECT_IDS.flatMap((id) => [...ASPECTS[id].synonyms, ...ASPECTS[id].weakSynonyms]).map(canonicalPhrase));

/** An imported word that can never be a name on its own words: "the", "of and". Titles that are abbreviations ("RN") stay. */
export function isFunctionWord(word: string): boolean {
  return STOPWORDS.has(word) && !TITLE_ABBREVIATIONS.has(word);
}

/** An occupation's own title longer than other names may be, still short enough to be typed whole. */
export function isLongTitle(phrase: string): boolean {
  const words = wordCount(phrase);
  return words > TUNING.MAX_NAME_WORDS && words <= TUNING.MAX_TITLE_WORDS;
}

/**
 * Loose crosswalk labels for work no occupation here measures: ESCO gives "youtuber" to poets and
 * creative writers, whose pay is no YouTuber's. Asked about, they are titles the data doesn't know.
 */
const NOT_THEIR_WORK: ReadonlySet<string> = new Set(["youtuber", "tiktoker"]);

/**
 * Imported titles include everyday words ("DO", "Education", "Manager"): as a whole name they would
 * turn ordinary sentences into role questions. Editors' names are taken as written. Names longer
 * than MAX_NAME_WORDS are never names.
 */
export function importedNameFilter(): (phrase: string) => boolean {
  const aspects = aspectWords();
  return (phrase) => {
    if (wordCount(phrase) > TUNING.MAX_NAME_WORDS) return false;
    if (phrase.includes(" ")) return !phrase.split(" ").every(isFunctionWord);
    return !(
      isFunctionWord(phrase) ||
      (KNOWN_WORDS.has(phrase) && !OCCUPATION_HEADS.has(phrase)) ||
      GENERIC_ROLE_WORDS.has(phrase) ||
      aspects.has(phrase) ||
      NOT_THEIR_WORK.has(phrase)
    );
  };
}

/**
 * Everything the importer's claims depend on besides the names themselves: claims made under other
 * rules are made again. Not the word lists: the importer claims every phrase, and a start-up drops
 * the phrases the lists of the day rule out, so editing a list needs no new import.
 */
export function claimRulesFingerprint(): string {
  return rulesFingerprint(CLAIM_RULES_VERSION, canonicalFormsFingerprint(), NAME_WEIGHTS);
}

const NOT_SEEN = -1;

/**
 * The claims on numbered phrases. `begin` a role, then `claim` each of its names in order; `finish`
 * sorts the alternatives. Entries come out in the order of their first claim, each with the position
 * (set by the caller before each claim) of that first claim and of the claim that named it.
 */
export class NameClaims {
  readonly entries: NameEntry[] = [];
  /** Per entry: its phrase number, the position of its first claim, and of the claim whose name it shows. */
  readonly keys: number[] = [];
  readonly firstPositions: number[] = [];
  readonly namePositions: number[] = [];
  /** Set by the caller before each claim. */
  position = 0;
  private readonly ordinalByKey: Int32Array;
  /** Per phrase number: 0 not yet decided, 1 an imported name may be it, 2 it may not. */
  private readonly usableByKey: Uint8Array;
  private readonly scores: number[] = [];
  private readonly alternativeScores: ([string, number][] | undefined)[] = [];
  private role!: RoleEntry;
  private bonus = 0;
  private curated = false;

  /**
   * `usable`: whether an imported name may be the phrase (importedNameFilter; the importer takes
   * every phrase). `only`: claims on other phrase numbers are ignored (a start-up re-claiming a few).
   */
  constructor(
    private readonly phrases: PhraseList,
    private readonly usable: (phrase: string) => boolean,
    private readonly only?: Uint8Array,
  ) {
    this.ordinalByKey = new Int32Array(phrases.length).fill(NOT_SEEN);
    this.usableByKey = new Uint8Array(phrases.length);
  }

  begin(role: RoleEntry, bonus: number): void {
    this.role = role;
    this.bonus = bonus;
    this.curated = role.kind === "curated";
  }

  claim(name: string, weight: number, isTitle: boolean, key: number): void {
    if (this.only && !this.only[key]) return;
    const phrase = this.phrases.at(key)!;
    if (!phrase) return;
    if (this.curated) {
      if (wordCount(phrase) > TUNING.MAX_NAME_WORDS) return;
    } else {
      if (this.usableByKey[key] === 0) this.usableByKey[key] = this.usable(phrase) ? 1 : 2;
      if (this.usableByKey[key] === 2 && !(weight === NAME_WEIGHTS.title && isLongTitle(phrase))) return;
    }
    const role = this.role;
    const score = weight + this.bonus;
    const ordinal = this.ordinalByKey[key]!;
    if (ordinal === NOT_SEEN) {
      this.ordinalByKey[key] = this.entries.push({ roleId: role.id, alternatives: NO_ALTERNATIVES, phrase, name, isTitle }) - 1;
      this.keys.push(key);
      this.firstPositions.push(this.position);
      this.namePositions.push(this.position);
      this.scores.push(score);
      this.alternativeScores.push(undefined);
      return;
    }
    const entry = this.entries[ordinal]!;
    const best = this.scores[ordinal]!;
    if (entry.roleId === role.id) {
      if (score > best) {
        entry.name = name;
        entry.isTitle = isTitle || entry.isTitle;
        this.scores[ordinal] = score;
        this.namePositions[ordinal] = this.position;
      }
      return;
    }
    // Other roles' best claims, as [role id, score] pairs in the order a map would keep them.
    let others = this.alternativeScores[ordinal];
    if (!others) this.alternativeScores[ordinal] = others = [];
    if (score > best) {
      setScore(others, entry.roleId, best);
      const own = others.findIndex((o) => o[0] === role.id);
      if (own !== -1) others.splice(own, 1);
      entry.roleId = role.id;
      entry.name = name;
      entry.isTitle = isTitle;
      this.scores[ordinal] = score;
      this.namePositions[ordinal] = this.position;
    } else if (score > (others.find((o) => o[0] === role.id)?.[1] ?? -1)) setScore(others, role.id, score);
  }

  finish(): void {
    this.alternativeScores.forEach((others, ordinal) => {
      if (others) this.entries[ordinal]!.alternatives = [...others].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    });
  }
}

function setScore(pairs: [string, number][], roleId: string, score: number): void {
  const pair = pairs.find((p) => p[0] === roleId);
  if (pair) pair[1] = score;
  else pairs.push([roleId, score]);
}
