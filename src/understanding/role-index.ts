// The in-memory index of every name a role goes by (id, title, aliases) in canonical form, plus the
// word vocabulary used to correct typos. Built once per knowledge base; read-only afterwards.
import Fuse from "fuse.js";
import { ASPECTS, ASPECT_IDS } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { entryNames, type RoleEntry } from "../knowledge/role-entry.js";
import { canonicalPhrase, canonicalTokens } from "./canonical-tokens.js";
import { editDistance } from "./edit-distance.js";
import { GENERIC_ROLE_WORDS, KNOWN_WORDS, OCCUPATION_HEADS, STOPWORDS, TITLE_ABBREVIATIONS } from "./lexicon.js";
import * as TUNING from "./tuning.js";

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

export interface Correction {
  word: string;
  distance: number;
}

/** Among equal claims, the occupation more people work in is the likelier meaning; a base code (.00) before its specialisations. */
function tieBreak(knowledge: KnowledgeBase, entry: RoleEntry): number {
  if (entry.kind === "curated") return 0;
  const series = entry.occupation.wages ? knowledge.wageSeries(entry.occupation.wages.series) : undefined;
  const employment = series?.employment ?? 0;
  return (entry.code?.endsWith(".00") ? 0.5 : 0) + Math.min(employment, 9_999_999) / 1e7 / 4;
}

function wordCount(phrase: string): number {
  let count = 1;
  for (let i = phrase.indexOf(" "); i !== -1; i = phrase.indexOf(" ", i + 1)) count++;
  return count;
}

export class RoleIndex {
  readonly names = new Map<string, NameEntry>();
  readonly entries: NameEntry[] = [];
  readonly maxPhraseLength: number;
  /** Words that appear in any role name or aspect synonym: the targets of typo correction. */
  readonly vocabulary = new Set<string>();
  /** How many names use each word: a typo equally close to two words most likely meant the common one. */
  private readonly wordUse = new Map<string, number>();
  private readonly vocabularyByLength = new Map<number, string[]>();
  private readonly fuseByLength = new Map<number, Fuse<string>>();
  private readonly corrections = new Map<string, Correction | null>();
  private readonly rareVariants = new Map<string, boolean>();
  /** Names by the words in them, and roles by the words of their title: the candidates for suggestions. */
  private readonly entriesByWord = new Map<string, NameEntry[]>();
  private readonly rolesByTitleWord = new Map<string, string[]>();
  private readonly searchCache = new Map<string, { roleId: string; name: string; score: number }[]>();
  private readonly similarCache = new Map<string, string[]>();
  /** Every name, titles first: the order autocomplete offers them in. */
  readonly entriesTitlesFirst: NameEntry[];
  /** Role ids in alphabetical order of title: what autocomplete shows before anything is typed. */
  readonly rolesByTitle: string[];

  constructor(readonly knowledge: KnowledgeBase) {
    let longest = 1;
    // Every claim on every phrase first, so a shared name can go to its strongest claimant.
    const aspectWords = new Set(ASPECT_IDS.flatMap((id) => [...ASPECTS[id].synonyms, ...ASPECTS[id].weakSynonyms]).map(canonicalPhrase));
    /**
     * Imported titles include everyday words ("DO", "Education", "Manager"): as a whole name they would
     * turn ordinary sentences into role questions. Editors' names are taken as written.
     */
    const usable = (phrase: string, curated: boolean) => {
      if (curated) return true;
      if (!phrase.includes(" ")) {
        if (STOPWORDS.has(phrase) && !TITLE_ABBREVIATIONS.has(phrase)) return false;
      } else if (phrase.split(" ").every((w) => STOPWORDS.has(w) && !TITLE_ABBREVIATIONS.has(w))) return false;
      return phrase.includes(" ") || !((KNOWN_WORDS.has(phrase) && !OCCUPATION_HEADS.has(phrase)) || GENERIC_ROLE_WORDS.has(phrase) || aspectWords.has(phrase));
    };
    // One entry per phrase, holding its strongest claim; weaker claims of other roles become its
    // alternatives. Built in one pass with few allocations: about 150,000 names at occupation scale.
    const scores = new Map<NameEntry, number>();
    const alternativeScores = new Map<NameEntry, Map<string, number>>();
    // Half the imported names repeat (an ESCO label crosswalked to several occupations): fold each once.
    const folded = new Map<string, string>();
    for (const role of knowledge.roleList) {
      const bonus = tieBreak(knowledge, role);
      const curated = role.kind === "curated";
      for (const { name, weight, isTitle } of entryNames(role)) {
        let phrase = folded.get(name);
        if (phrase === undefined) folded.set(name, (phrase = canonicalPhrase(name)));
        if (!phrase || wordCount(phrase) > TUNING.MAX_NAME_WORDS || !usable(phrase, curated)) continue;
        const score = weight + bonus;
        const entry = this.names.get(phrase);
        if (!entry) {
          const created: NameEntry = { roleId: role.id, alternatives: [], phrase, name, isTitle };
          this.names.set(phrase, created);
          scores.set(created, score);
          continue;
        }
        const best = scores.get(entry)!;
        if (entry.roleId === role.id) {
          if (score > best) {
            Object.assign(entry, { name, isTitle: isTitle || entry.isTitle });
            scores.set(entry, score);
          }
          continue;
        }
        let others = alternativeScores.get(entry);
        if (!others) alternativeScores.set(entry, (others = new Map<string, number>()));
        if (score > best) {
          others.set(entry.roleId, best);
          others.delete(role.id);
          Object.assign(entry, { roleId: role.id, name, isTitle });
          scores.set(entry, score);
        } else if (score > (others.get(role.id) ?? -1)) others.set(role.id, score);
      }
    }
    for (const [entry, others] of alternativeScores) entry.alternatives = [...others].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    for (const entry of this.names.values()) {
      this.entries.push(entry);
      const words = entry.phrase.split(" ");
      longest = Math.max(longest, words.length);
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (words.indexOf(word) !== i) continue; // a word twice in one name counts once
        this.addVocabulary(word);
        this.wordUse.set(word, (this.wordUse.get(word) ?? 0) + 1);
        const byWord = this.entriesByWord.get(word);
        if (byWord) byWord.push(entry);
        else this.entriesByWord.set(word, [entry]);
      }
    }
    for (const id of ASPECT_IDS) for (const synonym of ASPECTS[id].synonyms) for (const word of canonicalTokens(synonym)) this.addVocabulary(word);
    this.maxPhraseLength = longest;
    for (const role of knowledge.roleList) {
      for (const word of new Set(canonicalTokens(role.title))) {
        const list = this.rolesByTitleWord.get(word) ?? [];
        list.push(role.id);
        this.rolesByTitleWord.set(word, list);
      }
    }
    this.entriesTitlesFirst = [...this.entries.filter((e) => e.isTitle), ...this.entries.filter((e) => !e.isTitle)];
    this.rolesByTitle = [...knowledge.roleList].sort((a, b) => a.title.localeCompare(b.title)).map((r) => r.id);
  }

  private addVocabulary(word: string): void {
    if (word.length < TUNING.MIN_VOCABULARY_WORD || STOPWORDS.has(word) || this.vocabulary.has(word)) return;
    this.vocabulary.add(word);
    const bucket = this.vocabularyByLength.get(word.length) ?? [];
    bucket.push(word);
    this.vocabularyByLength.set(word.length, bucket);
  }

  /** Words never corrected: the vocabulary itself, everyday words, job nouns, numbers, short words. */
  isSettled(word: string): boolean {
    if (word.length < TUNING.MIN_CORRECTED_WORD || STOPWORDS.has(word) || KNOWN_WORDS.has(word) || OCCUPATION_HEADS.has(word) || /\d/.test(word)) return true;
    return this.vocabulary.has(word) && !this.isRareVariant(word);
  }

  /**
   * A word found in one name only, one edit from a word many names use, is most likely a slip in the
   * data ("aftersales manger" in one imported label): a member typing it meant the common word.
   */
  private isRareVariant(word: string): boolean {
    if ((this.wordUse.get(word) ?? 0) > TUNING.RARE_WORD_USES) return false;
    const cached = this.rareVariants.get(word);
    if (cached !== undefined) return cached;
    const rare = this.fuseFor(word.length)
      .search(word, { limit: TUNING.FUSE_CANDIDATES })
      .some((c) => c.item !== word && (this.wordUse.get(c.item) ?? 0) >= TUNING.COMMON_WORD_USES && editDistance(word, c.item, 1) <= 1);
    remember(this.rareVariants, word, rare);
    return rare;
  }

  /**
   * The vocabulary word a typo most likely meant, or null. Only words the bot does not otherwise
   * know are corrected, and only within one edit (two for long words), so "manage" stays "manage".
   */
  correct(word: string): Correction | null {
    if (this.isSettled(word)) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const maxDistance = word.length >= TUNING.TWO_EDIT_WORD_LENGTH ? 2 : 1;
    let best: Correction | null = null;
    for (const candidate of this.fuseFor(word.length).search(word, { limit: TUNING.FUSE_CANDIDATES })) {
      if (candidate.item === word) continue;
      const distance = editDistance(word, candidate.item, maxDistance);
      if (distance > maxDistance) continue;
      const better =
        !best || distance < best.distance || (distance === best.distance && (this.wordUse.get(candidate.item) ?? 0) > (this.wordUse.get(best.word) ?? 0));
      if (better) best = { word: candidate.item, distance };
    }
    remember(this.corrections, word, best);
    return best;
  }

  /** fuse.js indices are built lazily per word length (±2), so start-up stays cheap. */
  private fuseFor(length: number): Fuse<string> {
    let fuse = this.fuseByLength.get(length);
    if (!fuse) {
      const words: string[] = [];
      for (let l = length - 2; l <= length + 2; l++) words.push(...(this.vocabularyByLength.get(l) ?? []));
      fuse = new Fuse(words, { threshold: TUNING.FUSE_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuseByLength.set(length, fuse);
    }
    return fuse;
  }

  /**
   * Roles worth suggesting for a phrase the bot does not know: first roles sharing its head noun
   * ("data analyst" -> the analysts), then close-looking names. Nothing rather than a far-fetched guess.
   */
  similarRoles(phrase: string, limit: number): string[] {
    const key = `${limit}|${phrase}`;
    const cached = this.similarCache.get(key);
    if (cached) return cached;
    const words = canonicalTokens(phrase);
    const head = words[words.length - 1] ?? "";
    const sameHead = this.rolesByTitleWord.get(head) ?? [];
    const ranked = this.searchNames(phrase, limit * 3);
    const out = ranked.filter((h) => sameHead.includes(h.roleId)).map((h) => h.roleId);
    for (const id of sameHead) if (out.length < limit && !out.includes(id)) out.push(id);
    for (const h of ranked) if (out.length < limit && !out.includes(h.roleId) && h.score >= TUNING.SIMILAR_ROLE_MIN_SCORE) out.push(h.roleId);
    const result = out.slice(0, limit);
    remember(this.similarCache, key, result);
    return result;
  }

  /**
   * Roles whose names look like `text`, best first: for "did you mean" and autocomplete. Candidates
   * are the names sharing a word (or a typo-corrected word, or a word prefix) with the text, so the
   * cost follows the few names that could match, not the size of the knowledge base.
   */
  searchNames(text: string, limit: number): { roleId: string; name: string; score: number }[] {
    const key = `${limit}|${text}`;
    const cached = this.searchCache.get(key);
    if (cached) return cached;
    const query = canonicalTokens(text).filter((t) => !STOPWORDS.has(t));
    const wanted = new Map<string, number>(); // vocabulary word -> how well it matches a query word
    for (const token of query) {
      if (this.vocabulary.has(token)) wanted.set(token, 1);
      const fix = this.correct(token);
      if (fix) wanted.set(fix.word, Math.max(wanted.get(fix.word) ?? 0, 1 - fix.distance / Math.max(token.length, fix.word.length)));
      if (token.length >= 3) for (const word of this.vocabularyWithPrefix(token)) if (!wanted.has(word)) wanted.set(word, TUNING.PREFIX_MATCH_WEIGHT);
      // Half-typed with a typo ("acount" for accountant): match the start of words within one edit.
      if (token.length >= 4 && !this.vocabulary.has(token))
        for (const word of this.vocabularyWithFuzzyPrefix(token)) if (!wanted.has(word)) wanted.set(word, TUNING.FUZZY_PREFIX_MATCH_WEIGHT);
    }
    const scores = new Map<NameEntry, number>();
    for (const [word, weight] of wanted) {
      for (const entry of this.entriesByWord.get(word) ?? []) scores.set(entry, (scores.get(entry) ?? 0) + weight);
    }
    const ranked = [...scores]
      .map(([entry, overlap]) => ({ entry, score: overlap / Math.max(query.length, entry.phrase.split(" ").length) }))
      .sort((a, b) => b.score - a.score || Number(b.entry.isTitle) - Number(a.entry.isTitle) || a.entry.phrase.length - b.entry.phrase.length);
    const seen = new Set<string>();
    const out: { roleId: string; name: string; score: number }[] = [];
    for (const { entry, score } of ranked) {
      if (seen.has(entry.roleId)) continue;
      seen.add(entry.roleId);
      out.push({ roleId: entry.roleId, name: entry.name, score: Math.min(1, score) });
      if (out.length >= limit) break;
    }
    remember(this.searchCache, key, out);
    return out;
  }

  private vocabularyWithFuzzyPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (const word of this.vocabulary) {
      if (word.length <= prefix.length) continue;
      // The typo may have dropped or added a letter, so compare with starts one shorter and one longer too.
      const n = prefix.length;
      if ([n - 1, n, n + 1].some((len) => editDistance(prefix, word.slice(0, len), 1) <= 1)) out.push(word);
    }
    return out;
  }

  private vocabularyWithPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (const word of this.vocabulary) if (word.length > prefix.length && word.startsWith(prefix)) out.push(word);
    return out;
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= TUNING.CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
