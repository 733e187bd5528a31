// The in-memory index of every name a role goes by (id, title, aliases) in canonical form, plus the
// word vocabulary used to correct typos. Built once per knowledge base; read-only afterwards.
import Fuse from "fuse.js";
import { ASPECTS, ASPECT_IDS } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { canonicalPhrase, canonicalTokens } from "./canonical-tokens.js";
import { editDistance } from "./edit-distance.js";
import { KNOWN_WORDS, OCCUPATION_HEADS, STOPWORDS } from "./lexicon.js";

export interface NameEntry {
  roleId: string;
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

const CORRECTION_CACHE_LIMIT = 5000;

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
  private nameFuse: Fuse<NameEntry> | undefined;

  constructor(readonly knowledge: KnowledgeBase) {
    let longest = 1;
    for (const role of knowledge.roleList) {
      const names: [string, boolean][] = [[role.title, true], [role.id.replace(/-/g, " "), false], ...role.aliases.map((a): [string, boolean] => [a, false])];
      for (const [name, isTitle] of names) {
        const phrase = canonicalPhrase(name);
        if (!phrase || this.names.has(phrase)) continue;
        const entry = { roleId: role.id, phrase, name, isTitle };
        this.names.set(phrase, entry);
        this.entries.push(entry);
        const words = phrase.split(" ");
        longest = Math.max(longest, words.length);
        for (const word of words) {
          this.addVocabulary(word);
          this.wordUse.set(word, (this.wordUse.get(word) ?? 0) + 1);
        }
      }
    }
    for (const id of ASPECT_IDS) for (const synonym of ASPECTS[id].synonyms) for (const word of canonicalTokens(synonym)) this.addVocabulary(word);
    this.maxPhraseLength = longest;
  }

  private addVocabulary(word: string): void {
    if (word.length < 3 || STOPWORDS.has(word) || this.vocabulary.has(word)) return;
    this.vocabulary.add(word);
    const bucket = this.vocabularyByLength.get(word.length) ?? [];
    bucket.push(word);
    this.vocabularyByLength.set(word.length, bucket);
  }

  /**
   * The vocabulary word a typo most likely meant, or null. Only words the bot does not otherwise
   * know are corrected, and only within one edit (two for long words), so "manage" stays "manage".
   */
  correct(word: string): Correction | null {
    if (word.length < 4 || this.vocabulary.has(word) || STOPWORDS.has(word) || KNOWN_WORDS.has(word) || OCCUPATION_HEADS.has(word) || /\d/.test(word)) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const maxDistance = word.length >= 8 ? 2 : 1;
    let best: Correction | null = null;
    for (const candidate of this.fuseFor(word.length).search(word, { limit: 8 })) {
      const distance = editDistance(word, candidate.item, maxDistance);
      if (distance > maxDistance) continue;
      const better = !best || distance < best.distance || (distance === best.distance && (this.wordUse.get(candidate.item) ?? 0) > (this.wordUse.get(best.word) ?? 0));
      if (better) best = { word: candidate.item, distance };
    }
    if (this.corrections.size >= CORRECTION_CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, best);
    return best;
  }

  /** fuse.js indices are built lazily per word length (±2), so start-up stays cheap. */
  private fuseFor(length: number): Fuse<string> {
    let fuse = this.fuseByLength.get(length);
    if (!fuse) {
      const words: string[] = [];
      for (let l = length - 2; l <= length + 2; l++) words.push(...(this.vocabularyByLength.get(l) ?? []));
      fuse = new Fuse(words, { threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuseByLength.set(length, fuse);
    }
    return fuse;
  }

  /**
   * Roles worth suggesting for a phrase the bot does not know: first roles sharing its head noun
   * ("data analyst" -> the analysts), then close-looking names. Nothing rather than a far-fetched guess.
   */
  similarRoles(phrase: string, limit: number): string[] {
    const words = canonicalTokens(phrase);
    const head = words[words.length - 1];
    const ranked = this.searchNames(phrase, limit * 3);
    const sameHead = (id: string) => this.knowledge.getRole(id)!.title.toLowerCase().split(/\s+/).map((w) => canonicalTokens(w)[0]).includes(head ?? "");
    const out = ranked.filter((h) => sameHead(h.roleId)).map((h) => h.roleId);
    if (head && out.length < limit) {
      for (const role of this.knowledge.roleList) if (out.length < limit && !out.includes(role.id) && sameHead(role.id)) out.push(role.id);
    }
    for (const h of ranked) if (out.length < limit && !out.includes(h.roleId) && h.score >= 0.6) out.push(h.roleId);
    return out.slice(0, limit);
  }

  /** Roles whose names look like `text`, best first: for "did you mean" and autocomplete. */
  searchNames(text: string, limit: number): { roleId: string; name: string; score: number }[] {
    this.nameFuse ??= new Fuse(this.entries, { keys: ["phrase"], threshold: 0.45, ignoreLocation: true, includeScore: true });
    const query = canonicalPhrase(text);
    if (!query) return [];
    const seen = new Set<string>();
    const out: { roleId: string; name: string; score: number }[] = [];
    for (const hit of this.nameFuse.search(query.slice(0, 32), { limit: limit * 4 })) {
      if (seen.has(hit.item.roleId)) continue;
      seen.add(hit.item.roleId);
      out.push({ roleId: hit.item.roleId, name: hit.item.name, score: 1 - (hit.score ?? 1) });
      if (out.length >= limit) break;
    }
    return out;
  }
}
