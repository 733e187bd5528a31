// A title several occupations share ("cook", "funeral director", "research scientist") goes to the
// occupation the evidence favours: how strongly each occupation claims the title (its own title, an
// editor's preference, O*NET's reported titles), how many of its names carry the title (O*NET lists
// dozens of "cook" titles under restaurant cooks, a few under private household cooks), the typed
// words in its own title ("secondary school teacher"), and the question's words around the title
// ("computer research scientist", "cook at a school cafeteria"). When nothing separates the leaders
// it is a toss-up: the answer asks instead of guessing.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { NameIndex, TitleClaimsData } from "../knowledge/occupations-schema.js";
import { findPhrase, type PhraseList } from "../knowledge/phrase-list.js";
import { forEachEntryName, forEachPreferredName, isCatchAllTitle, nameKeyCount, NAME_WEIGHTS, type RoleEntry } from "../knowledge/role-entry.js";
import { canonicalFormsFingerprint, canonicalPhrase, canonicalTokens } from "./canonical-tokens.js";
import { STOPWORDS } from "./lexicon.js";
import { schoolLevels } from "./school-levels.js";
import { addNameClaim, claimStem, titleClaimRulesFingerprint, unpackClaim, type Claim } from "./title-claim.js";
import * as TUNING from "./tuning.js";

export interface TitleChoice {
  roleId: string;
  /** The other occupations the title may mean, likeliest first. */
  alternatives: string[];
  /** True when the typed title is the chosen role's own title or an editor's name for it: nothing to point out. */
  ownName: boolean;
  /** Nothing in the data or the question separates the leading candidates. */
  tossUp: boolean;
}

const NO_CLAIM: Readonly<Claim> = Object.freeze({ weight: 0, density: 0 });

/** Shared titles whose context-free choice is kept: far more than members ask about (each a few hundred bytes). */
const CONTEXT_FREE_LIMIT = 20_000;

/** About the names the shared titles of a few thousand varied questions read (~3 MB). */
const CANONICAL_NAMES_LIMIT = 50_000;

/** How many of `words` are in `set` (each distinct word once when `distinct`), without building a list or set. */
function countIn(set: ReadonlySet<string>, words: readonly string[], distinct: boolean): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) if (set.has(words[i]!) && (!distinct || words.indexOf(words[i]!) === i)) count++;
  return count;
}

/**
 * Words for a place of work that a candidate's title names by its sector: "social worker (hospital)"
 * is the healthcare social worker, whose title says "healthcare", not "hospital".
 */
const SECTOR_OF_WORKPLACE: ReadonlyMap<string, string> = new Map([
  ["hospital", "healthcare"],
  ["clinic", "healthcare"],
  // "shift supervisor at a restaurant", "shift lead at starbucks": food service's own supervisors.
  ["restaurant", "food"],
  ["cafe", "food"],
  ["starbuck", "food"],
  ["mcdonald", "food"],
  ["kitchen", "food"],
]);

const SECTORS: ReadonlySet<string> = new Set(SECTOR_OF_WORKPLACE.values());

/** The question's words with each workplace's sector beside it (the same array when none is named). */
function withSectors(context: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (const word of context) {
    const sector = SECTOR_OF_WORKPLACE.get(word);
    if (sector) (out ??= [...context]).push(sector);
  }
  return out ?? context;
}

/** "midwives" singularises to "midwive"; a member types "midwife". */
const wordForms = (word: string) => (word.endsWith("ive") ? [word, `${word.slice(0, -3)}ife`] : [word]);

export class SharedTitleEvidence {
  private readonly titleWords = new Map<string, Set<string>>();
  /** Claims by phrase, then role: looked up with the strings at hand, no key built per candidate. */
  private readonly claims = new Map<string, Map<string, Claim>>();
  private claimCount = 0;
  /** Each role's own titles, canonical (one role each, at most ~1,050). */
  private readonly ownTitles = new Map<string, string[]>();
  /** Names' canonical phrases: a role's names are read again for every title it shares (bounded). */
  private readonly canonicalNames = new Map<string, string>();
  /** The importer's phrase numbers of each occupation's names, null where they do not fit (one entry per role read). */
  private readonly phraseKeys = new Map<string, Int32Array | null>();
  /** The importer's canonical phrases, when folded under today's rules: undefined until first read, null when not usable. */
  private nameIndex: NameIndex | null | undefined;
  /** The importer's claims on shared titles, when made under today's rules: undefined until first read, null when not usable. */
  private titleClaims: TitleClaimsData | null | undefined;
  /** The importer's number of each phrase claimed (-1: none), cleared with the claims. */
  private readonly phraseNumbers = new Map<string, number>();
  /** Each shared title's choice when no word around it says more (bounded: one entry per title read). */
  private readonly contextFree = new Map<string, TitleChoice>();

  constructor(private readonly knowledge: KnowledgeBase) {}

  /**
   * The likeliest role among `candidates` (the index's order: strongest claim first) for `phrase`,
   * given the question's `context` words near it.
   */
  choose(candidates: readonly string[], phrase: string, typedContext: readonly string[]): TitleChoice {
    const context = withSectors(typedContext);
    // Most questions have no word around the title that any candidate's title holds, nor a school
    // level: their choice is the title's own, weighed once and kept.
    if (this.contextSettles(candidates, phrase, context)) return this.weigh(candidates, phrase, context);
    const key = `${candidates.length}|${candidates[0]}|${phrase}`;
    let choice = this.contextFree.get(key);
    if (!choice) {
      if (this.contextFree.size >= CONTEXT_FREE_LIMIT) this.contextFree.clear();
      this.contextFree.set(key, (choice = this.weigh(candidates, phrase, [])));
    }
    return { ...choice, alternatives: [...choice.alternatives] };
  }

  /** Whether a word near the title is in a candidate's own title (a cue, as `weigh` counts them), or a school level is named. */
  private contextSettles(candidates: readonly string[], phrase: string, context: readonly string[]): boolean {
    if (schoolLevels(context).length > 0) return true;
    const spaced = ` ${phrase} `;
    const last = Math.min(candidates.length, TUNING.SHARED_TITLE_CANDIDATES);
    for (const word of context) {
      if (STOPWORDS.has(word) || spaced.includes(` ${word} `)) continue;
      for (let c = 0; c < last; c++) {
        const role = this.knowledge.getRole(candidates[c]!);
        if (role && this.titleWordsOf(role).has(word)) return true;
      }
    }
    return false;
  }

  /** `choose`, weighing every candidate with the question's words. */
  private weigh(candidates: readonly string[], phrase: string, context: readonly string[]): TitleChoice {
    const phraseWords = phrase.split(" ");
    const joined = phraseWords.join("");
    const cues = context.filter((w) => !STOPWORDS.has(w) && !phraseWords.includes(w));
    const scored = candidates.slice(0, TUNING.SHARED_TITLE_CANDIDATES).map((roleId, rank) => {
      const role = this.knowledge.getRole(roleId);
      if (!role) return { roleId, score: -1, weight: 0 };
      const claim = this.claim(role, phrase);
      const title = this.titleWordsOf(role);
      const self = title.has(joined) ? 1 : countIn(title, phraseWords, false) / phraseWords.length;
      const contextHits = countIn(title, cues, true);
      const score =
        claim.weight +
        TUNING.SHARED_TITLE_DENSITY_WEIGHT * Math.log2(1 + claim.density) +
        TUNING.SHARED_TITLE_SELF_WEIGHT * self +
        TUNING.SHARED_TITLE_CONTEXT_WEIGHT * contextHits -
        rank * 0.01; // the index's order (employment) breaks exact ties
      return { roleId, score, weight: claim.weight };
    });
    scored.sort((a, b) => b.score - a.score);
    // "tutor vs teacher at a secondary school": a school level named beside the title picks the
    // candidate whose title names it, over an editor's preference for the usual one.
    // ("social worker (hospital)": a workplace's sector likewise, among the titles O*NET or an editor
    // gives the word, not a catch-all: "phlebotomist at a hospital" is no "Healthcare Support Worker, All Other".)
    const contextNamed =
      (scored[0]!.weight >= NAME_WEIGHTS.preferred && this.promoteNaming(scored, schoolLevels(context))) ||
      // (The workplace's own word too: "cook at a restaurant" keeps the restaurant cook, whose title names it.)
      this.promoteNaming(
        scored,
        context.filter((w) => SECTORS.has(w) || SECTOR_OF_WORKPLACE.has(w)),
        (s) => s.weight >= NAME_WEIGHTS.alternate && !isCatchAllTitle(this.knowledge.getRole(s.roleId)?.title ?? ""),
      );
    const best = scored[0]!;
    // Other meanings worth offering: roles O*NET or an editor gives the title to, not the loose
    // crosswalked labels ("plumber" is an ESCO label of welders and millwrights too).
    const contenders = scored.slice(1).filter((s) => s.weight >= NAME_WEIGHTS.alternate);
    const second = contenders[0];
    const ownName = best.weight >= NAME_WEIGHTS.curated || this.isOwnTitle(best.roleId, phrase);
    const tossUp =
      !ownName &&
      !contextNamed &&
      best.weight < NAME_WEIGHTS.preferred &&
      second !== undefined &&
      best.score - second.score < TUNING.SHARED_TITLE_TOSS_UP_MARGIN;
    return { roleId: best.roleId, alternatives: contenders.map((s) => s.roleId), ownName, tossUp };
  }

  /** How strongly a role claims a name (NAME_WEIGHTS; 0 when none of its names is the phrase). */
  claimWeight(roleId: string, phrase: string): number {
    return this.claimOn(roleId, phrase).weight;
  }

  /** A role's claim on a phrase: its weight, and how many of its names hold the phrase (none for an unknown role). */
  claimOn(roleId: string, phrase: string): Readonly<Claim> {
    const role = this.knowledge.getRole(roleId);
    return role ? this.claim(role, phrase) : NO_CLAIM;
  }

  private isOwnTitle(roleId: string, phrase: string): boolean {
    const role = this.knowledge.getRole(roleId);
    if (!role) return false;
    let titles = this.ownTitles.get(roleId);
    if (!titles) {
      // An occupation's two titles are its first two names, whose phrases the importer folded.
      const numbered = this.keysOf(role);
      if (numbered) titles = [numbered.phrases.at(numbered.keys[0]!)!, numbered.phrases.at(numbered.keys[1]!)!];
      else titles = [canonicalPhrase(role.title), ...(role.kind === "occupation" ? [canonicalPhrase(role.occupation.title)] : [])];
      this.ownTitles.set(roleId, titles);
    }
    return titles.includes(phrase);
  }

  /**
   * Moves to the front the first candidate (`fits` allowing) whose title names one of `words`, when
   * the leader's names none; whether it moved one.
   */
  private promoteNaming(
    scored: { roleId: string; score: number; weight: number }[],
    words: readonly string[],
    fits: (s: { roleId: string; weight: number }) => boolean = () => true,
  ): boolean {
    if (!words.length || words.some((w) => this.hasTitleWord(scored[0]!.roleId, w))) return false;
    const named = scored.findIndex((s) => fits(s) && words.some((w) => this.hasTitleWord(s.roleId, w)));
    if (named > 0) scored.unshift(...scored.splice(named, 1));
    return named > 0;
  }

  private hasTitleWord(roleId: string, word: string): boolean {
    const role = this.knowledge.getRole(roleId);
    return role !== undefined && this.titleWordsOf(role).has(word);
  }

  private titleWordsOf(role: RoleEntry): Set<string> {
    let words = this.titleWords.get(role.id);
    if (!words) {
      const title = role.kind === "occupation" ? role.occupation.title : role.title;
      // An occupation's title is its second name, folded by the importer: its canonical tokens joined
      // by spaces (tokens hold none), so split again unless it folded to nothing.
      const numbered = this.keysOf(role);
      const folded = numbered?.phrases.at(numbered.keys[1]!);
      words = new Set((folded ? folded.split(" ") : canonicalTokens(title)).flatMap(wordForms));
      this.titleWords.set(role.id, words);
    }
    return words;
  }

  private canonicalName(name: string): string {
    let canonical = this.canonicalNames.get(name);
    if (canonical === undefined) {
      if (this.canonicalNames.size >= CANONICAL_NAMES_LIMIT) this.canonicalNames.clear();
      this.canonicalNames.set(name, (canonical = canonicalPhrase(name)));
    }
    return canonical;
  }

  /**
   * The importer's phrase numbers of an occupation's names, as the role index checks them (same
   * folding rules, one number per name): a name's canonical phrase is then read, not folded again.
   */
  private keysOf(role: RoleEntry): { keys: Int32Array; phrases: PhraseList } | null {
    if (role.kind !== "occupation") return null;
    if (this.nameIndex === undefined) {
      const index = this.knowledge.imported?.nameIndex;
      this.nameIndex = index && index.canonicalForms === canonicalFormsFingerprint() ? index : null;
    }
    if (!this.nameIndex) return null;
    const { phrases } = this.nameIndex;
    let keys = this.phraseKeys.get(role.id);
    if (keys === undefined) {
      const listed = this.nameIndex.keys[role.id];
      const fits = listed && nameKeyCount(role.occupation, listed) === listed.length && listed.every((k) => (k < 0 ? -k - 1 : k) < phrases.length);
      this.phraseKeys.set(role.id, (keys = fits ? listed : null));
    }
    return keys ? { keys, phrases } : null;
  }

  /**
   * An occupation's claim on `phrase` from its own names, as the importer worked it out: undefined
   * when there is none to use (a curated role, a phrase none of its names is, other rules).
   */
  private storedClaim(role: RoleEntry, phrase: string): Claim | undefined {
    if (role.kind !== "occupation" || !this.keysOf(role)) return undefined;
    const index = this.nameIndex!;
    if (this.titleClaims === undefined) this.titleClaims = index.titleClaims.rules === titleClaimRulesFingerprint() ? index.titleClaims : null;
    if (!this.titleClaims) return undefined;
    let key = this.phraseNumbers.get(phrase);
    if (key === undefined) this.phraseNumbers.set(phrase, (key = findPhrase(index.phrases, phrase) ?? -1));
    if (key < 0) return undefined;
    const { starts, roles, values } = this.titleClaims;
    const { order } = index.claims;
    for (let i = starts[key]!; i < starts[key + 1]!; i++) if (order[roles[i]!] === role.id) return unpackClaim(values[i]!);
    return undefined;
  }

  private claim(role: RoleEntry, phrase: string): Claim {
    let byRole = this.claims.get(phrase);
    const cached = byRole?.get(role.id);
    if (cached) return cached;
    const stem = claimStem(phrase);
    const fold = (name: string) => this.canonicalName(name);
    const stored = this.storedClaim(role, phrase);
    const claim: Claim = stored ?? { weight: 0, density: 0 };
    if (stored) {
      // The editor's preferred titles are not the importer's to know: they add to its claim.
      if (role.kind === "occupation") forEachPreferredName(role, (name, weight) => addNameClaim(claim, phrase, stem, name, weight, undefined, fold));
    } else {
      const numbered = this.keysOf(role);
      const phrases = numbered?.phrases;
      forEachEntryName(
        role,
        // A name the importer folded has its phrase by number (a name with parts: its whole phrase).
        (name, weight, _isTitle, number) => addNameClaim(claim, phrase, stem, name, weight, phrases && number >= 0 ? phrases.at(number)! : undefined, fold),
        numbered?.keys,
      );
    }
    if (this.claimCount >= TUNING.CACHE_LIMIT) {
      this.claims.clear();
      this.phraseNumbers.clear();
      this.claimCount = 0;
      byRole = undefined;
    }
    if (!byRole) this.claims.set(phrase, (byRole = new Map<string, Claim>()));
    byRole.set(role.id, claim);
    this.claimCount++;
    return claim;
  }
}
