// The in-memory index of every name a role goes by (id, title, aliases) in canonical form, plus the
// word vocabulary used to correct typos. Built once per knowledge base; read-only afterwards.
import { ASPECTS, ASPECT_IDS } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { isCatchAllTitle, type RoleEntry } from "../knowledge/role-entry.js";
import { canonicalTokens } from "./canonical-tokens.js";
import { doubledLetterSlip, substringErrors, withinOneEditOfStart } from "./edit-distance.js";
import { COMPARATIVE_ADJECTIVES, KNOWN_WORDS, OCCUPATION_HEADS, STOPWORDS } from "./lexicon.js";
import type { NameEntry } from "./name-claims.js";
import { buildNameEntries } from "./name-entries.js";
import * as TUNING from "./tuning.js";
import { spanPhrase } from "./token-view.js";
import { TypoIndex } from "./typo-index.js";
import { NamePrefixIndex } from "./name-prefix-index.js";
import { NameLookup } from "./name-lookup.js";
import { phraseAt, type ClaimedEntries } from "./precomputed-entries.js";

export type { NameEntry } from "./name-claims.js";

interface NamePairs {
  /** By first word number: where its pairs start in `seconds` (one more entry than there are words). */
  starts: Int32Array;
  /** Second word numbers, ascending within each first word. */
  seconds: Int32Array;
  /** Per pair: how many words its longest name has (at most 255). */
  longest: Uint8Array;
}

export interface Correction {
  word: string;
  distance: number;
}

export class RoleIndex {
  /** Every name by its canonical phrase. */
  readonly names: NameLookup;
  /** How many names there are. */
  readonly nameCount: number;
  /** The names by place in index order: entries made on first use. */
  private readonly table: ClaimedEntries;
  private entriesCache?: NameEntry[];
  readonly maxPhraseLength: number;
  /** Words that appear in any role name or aspect synonym: the targets of typo correction. */
  readonly vocabulary = new Set<string>();
  /** How many names use each word: a typo equally close to two words most likely meant the common one. */
  private readonly wordUse: number[];
  private readonly wordIds = new Map<string, number>();
  /** The word numbers of each entry's name, in entry order, each name ended by -1. */
  private readonly wordOfEntry: Int32Array;
  /** What a name search reads and its reused working arrays: built on first use (the bot's warm-up). */
  private nameSearchCache?: NameSearch;
  /** By entry ordinal: how many words its phrase has (at most 255), noted while the names are numbered. */
  private readonly phraseWordCounts: Uint8Array;
  /** Vocabulary word numbers by their first letter and by their second, in vocabulary order: the candidates of a fuzzy prefix. Built on first use. */
  private vocabularyByLetterCache?: { first: Map<number, Int32Array>; second: Map<number, Int32Array> };
  /** By vocabulary word number: the stamp of the last fuzzy-prefix search that checked it. */
  private fuzzyPrefixSeen?: Int32Array;
  private fuzzyPrefixStamp = 0;
  /** By word number: how many words the longest name starting with that word has (at most 255). */
  private readonly longestNameByFirstWordId: Uint8Array;
  /** Multi-word names by their first two words: built on first use (the bot's warm-up). */
  private namePairsCache?: NamePairs;
  private rolesByTitleWordCache?: Map<string, string[]>;
  private rolesByTitleCache?: string[];
  private namePrefixesCache?: NamePrefixIndex;
  /** The vocabulary in the order it was filled: typo candidates equally good otherwise go to the earlier word. */
  private readonly vocabularyList: string[] = [];
  private typoIndexCache?: TypoIndex;
  /** Vocabulary word numbers in sorted order of the words, for prefix lookups: built on first use. */
  private sortedVocabularyCache?: number[];
  private readonly corrections = new Map<string, Correction | null>();
  /** The same, for a search that may start with another letter ("zookeeper": "bookkeeper" suggested). */
  private readonly searchCorrections = new Map<string, Correction | null>();
  private readonly rareVariants = new Map<string, boolean>();
  private readonly otherCorrectionsCache = new Map<string, readonly Correction[]>();
  private readonly searchCache = new Map<string, readonly RankedName[]>();
  private readonly similarCache = new Map<string, string[]>();
  private editorWordsCache: ReadonlySet<string> | undefined;

  constructor(readonly knowledge: KnowledgeBase) {
    const table = buildNameEntries(knowledge);
    const { keys, phrases, folded } = table;
    this.names = new NameLookup(table);
    this.nameCount = table.count;
    this.table = table;
    // Each word of each name gets a number, so the names by word can be sorted out later without maps.
    // The importer split its phrases into numbered words already; other phrases are split here.
    const foldedWords = folded?.words ?? [];
    const phraseWords = folded?.phraseWords ?? [];
    const wordStarts = folded?.starts ?? new Int32Array(0);
    foldedWords.forEach((word, id) => this.wordIds.set(word, id));
    this.wordUse = new Array<number>(foldedWords.length).fill(0);
    /** Folded words already offered to the vocabulary: only a word's first use can add it. */
    const offered = new Uint8Array(foldedWords.length);
    // Filled in place: at most every folded word once, plus an end mark per name; grown for names split here.
    let wordOfEntry = new Int32Array(phraseWords.length + table.count + 1024);
    let filled = 0;
    const add = (id: number) => {
      if (filled === wordOfEntry.length) {
        const grown = new Int32Array(wordOfEntry.length * 2);
        grown.set(wordOfEntry);
        wordOfEntry = grown;
      }
      wordOfEntry[filled++] = id;
    };
    let longest = 1;
    const phraseWordCounts = new Uint8Array(table.count);
    /** By word number, grown with the words of names split here. */
    let longestFrom = new Uint8Array(foldedWords.length + 1024);
    const noteLength = (firstWord: number, words: number) => {
      if (firstWord >= longestFrom.length) {
        const grown = new Uint8Array(Math.max(firstWord + 1, longestFrom.length * 2));
        grown.set(longestFrom);
        longestFrom = grown;
      }
      longestFrom[firstWord] = Math.max(longestFrom[firstWord]!, Math.min(255, words));
    };
    for (let ordinal = 0; ordinal < table.count; ordinal++) {
      const key = keys[ordinal]!;
      if (key < wordStarts.length - 1) {
        const start = wordStarts[key]!;
        const end = wordStarts[key + 1]! - 1;
        longest = Math.max(longest, end - start);
        noteLength(phraseWords[start]!, end - start);
        phraseWordCounts[ordinal] = Math.min(255, end - start);
        for (let i = start; i < end; i++) {
          const id = phraseWords[i]!;
          let repeated = false; // a word twice in one name counts once
          for (let j = start; j < i && !repeated; j++) repeated = phraseWords[j] === id;
          if (repeated) continue;
          if (!offered[id]) {
            offered[id] = 1;
            this.addVocabulary(foldedWords[id]!);
          }
          this.wordUse[id]!++;
          add(id);
        }
        add(-1);
        continue;
      }
      const words = phrases.at(key)!.split(" ");
      longest = Math.max(longest, words.length);
      phraseWordCounts[ordinal] = Math.min(255, words.length);
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (words.indexOf(word) !== i) continue; // a word twice in one name counts once
        this.addVocabulary(word);
        let id = this.wordIds.get(word);
        if (id === undefined) {
          this.wordIds.set(word, (id = this.wordUse.length));
          this.wordUse.push(0);
        }
        this.wordUse[id]!++;
        add(id);
      }
      noteLength(this.wordIds.get(words[0]!)!, words.length); // numbered by the loop above
      add(-1);
    }
    // A view, not a copy: the unused tail is small, not worth copying 1.5 MB to drop it.
    this.wordOfEntry = wordOfEntry.subarray(0, filled);
    this.phraseWordCounts = phraseWordCounts;
    this.longestNameByFirstWordId = longestFrom;
    for (const id of ASPECT_IDS) for (const synonym of ASPECTS[id].synonyms) for (const word of canonicalTokens(synonym)) this.addVocabulary(word);
    this.maxPhraseLength = longest;
  }

  /**
   * The names by the words in them (each name once per word, in index order), for rankNames, with
   * what the search needs of each name packed in one number (role, word count, tie-break): a common
   * word's thousands of names cost two reads each on a cold question (its score and its facts), not
   * one from each of five arrays and the name's object. Roles are numbered, so a search keeps each
   * role's best name in arrays, not a map.
   */
  private get nameSearch(): NameSearch {
    if (!this.nameSearchCache) {
      // A counting sort of the (word, name) pairs: one pass to count, one to place.
      const starts = new Int32Array(this.wordUse.length + 1);
      for (let w = 0; w < this.wordUse.length; w++) starts[w + 1] = starts[w]! + this.wordUse[w]!;
      const next = starts.slice(0, -1);
      const postings = new Int32Array(starts[this.wordUse.length]!);
      let ordinal = 0;
      // Indexed: runs once, cold, where for-of would allocate an iterator result per number.
      for (let k = 0; k < this.wordOfEntry.length; k++) {
        const w = this.wordOfEntry[k]!;
        if (w === -1) ordinal++;
        else postings[next[w]!++] = ordinal;
      }
      const roleNumbers = new Map<string, number>();
      const facts = new Uint32Array(this.nameCount);
      // From the table, not the entries: a name's entry is made when a search returns it.
      const { table } = this;
      for (let place = 0; place < this.nameCount; place++) {
        const roleId = table.roleIdAt(place);
        let role = roleNumbers.get(roleId);
        if (role === undefined) roleNumbers.set(roleId, (role = roleNumbers.size));
        facts[place] = packFacts(role, this.phraseWordCounts[place]!, table.isTitleAt(place), phraseAt(table, place).length);
      }
      const roles = roleNumbers.size;
      this.nameSearchCache = {
        starts,
        postings,
        facts,
        scores: new Float64Array(this.nameCount),
        order: new Int32Array(this.nameCount),
        bestOfRole: new Int32Array(roles).fill(-1),
        best: new Int32Array(roles),
        bestScore: new Float64Array(roles),
        roleAt: new Int32Array(roles),
      };
    }
    return this.nameSearchCache;
  }

  /**
   * How many words the longest name starting with `word` has (0 when no name starts with it), so a
   * question's n-gram scan looks up only spans that could be a name. Noted while the names are
   * numbered, so the first question does not walk every name.
   */
  longestNameFrom(word: string): number {
    const id = this.wordIds.get(word);
    return id === undefined ? 0 : (this.longestNameByFirstWordId[id] ?? 0);
  }

  /**
   * The name spelled by `words[start..end)` (more than one word: each lookup would build a string, and
   * most spans a question's scan tries name nothing), or undefined. A span whose first two words start
   * no name that long is ruled out without building its phrase.
   */
  nameOf(words: readonly string[], start: number, end: number): NameEntry | undefined {
    if (end - start === 1) return this.names.get(words[start]!);
    if (end - start > this.longestNameFromPair(words[start]!, words[start + 1]!)) return undefined;
    return this.names.get(spanPhrase(words, start, end));
  }

  /** How many words the longest name starting with these two words has (0 when none does). */
  private longestNameFromPair(first: string, second: string): number {
    const a = this.wordIds.get(first);
    const b = this.wordIds.get(second);
    if (a === undefined || b === undefined) return 0;
    const { starts, seconds, longest } = this.namePairs;
    let low = starts[a]!;
    let high = starts[a + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (seconds[middle]! < b) low = middle + 1;
      else high = middle;
    }
    return low < starts[a + 1]! && seconds[low] === b ? longest[low]! : 0;
  }

  /** Each name of two words or more, read once: by first word number, its second words' numbers (sorted) and longest name. */
  private get namePairs(): NamePairs {
    if (!this.namePairsCache) {
      const words = this.wordUse.length;
      // One sortable number per name: (first word, second word, word count), exact in a double.
      const packed: number[] = [];
      for (const phrase of this.names.keys()) {
        const space = phrase.indexOf(" ");
        if (space === -1) continue;
        const next = phrase.indexOf(" ", space + 1);
        const a = this.wordIds.get(phrase.slice(0, space));
        const b = this.wordIds.get(next === -1 ? phrase.slice(space + 1) : phrase.slice(space + 1, next));
        // A name with a word no name is numbered for is never looked up (isNameWord bounds every scan).
        if (a === undefined || b === undefined) continue;
        let count = 2;
        for (let at = next; at !== -1; at = phrase.indexOf(" ", at + 1)) count++;
        packed.push((a * words + b) * 256 + Math.min(255, count));
      }
      const sorted = Float64Array.from(packed).sort();
      const starts = new Int32Array(words + 1);
      const seconds = new Int32Array(sorted.length);
      const longest = new Uint8Array(sorted.length);
      let pairs = 0;
      let previous = -1;
      for (const value of sorted) {
        const pair = Math.floor(value / 256);
        if (pair !== previous) {
          seconds[pairs] = pair % words;
          const first = Math.floor(pair / words) + 1;
          starts[first] = starts[first]! + 1;
          pairs++;
          previous = pair;
        }
        longest[pairs - 1] = value % 256; // ascending: the last of a pair is its longest
      }
      for (let w = 0; w < words; w++) starts[w + 1] = starts[w + 1]! + starts[w]!;
      this.namePairsCache = { starts, seconds: seconds.slice(0, pairs), longest: longest.slice(0, pairs) };
    }
    return this.namePairsCache;
  }

  /**
   * Builds now what the first questions and autocompletes would otherwise build while a member
   * waits (the typo index, name lengths, autocomplete's prefix index): the bot runs it once online.
   */
  warmUp(): void {
    for (const step of this.warmUpSteps()) step();
  }

  /** warmUp() one structure at a time, so a caller can let the event loop turn between them. */
  warmUpSteps(): (() => void)[] {
    return [
      () => this.names.hashAll(),
      () => void this.namePairs,
      () => void this.nameSearch,
      () => void this.vocabularyByLetter,
      () => void this.sortedVocabulary,
      () => void this.typoIndex,
      () => void this.namePrefixes,
      () => void this.rolesByTitle,
      () => void this.rolesByTitleWord,
    ];
  }

  /** Whether any name has this word. */
  isNameWord(word: string): boolean {
    return this.wordIds.has(word);
  }

  private get rolesByTitleWord(): ReadonlyMap<string, string[]> {
    if (!this.rolesByTitleWordCache) {
      const byWord = new Map<string, string[]>();
      for (const role of this.knowledge.roleList) {
        for (const word of new Set(canonicalTokens(role.title))) {
          const list = byWord.get(word) ?? [];
          list.push(role.id);
          byWord.set(word, list);
        }
      }
      this.rolesByTitleWordCache = byWord;
    }
    return this.rolesByTitleWordCache;
  }

  /** Every name, in index order: made on first use (a start-up makes only the entries questions name). */
  get entries(): readonly NameEntry[] {
    return (this.entriesCache ??= Array.from({ length: this.nameCount }, (_, place) => this.table.entryAt(place)));
  }

  /** Every name, titles first: the order autocomplete offers them in. */
  get entriesTitlesFirst(): readonly NameEntry[] {
    return Array.from(this.placesTitlesFirst().order, (place) => this.table.entryAt(place));
  }

  /**
   * Names by the start of any of their words, for autocomplete: built on first use (the warm-up),
   * from the names' phrases alone. An entry is made when a member's typing reaches it, not 74,000 at once.
   */
  get namePrefixes(): NamePrefixIndex {
    const { table } = this;
    return (this.namePrefixesCache ??= new NamePrefixIndex({
      ...this.placesTitlesFirst(),
      phraseAt: (place) => phraseAt(table, place),
      entryAt: (place) => table.entryAt(place),
    }));
  }

  /**
   * The places of the names, titles first: the curated roles' titles, then the occupations' by how
   * many people do the work ("cook" offers Cook, Restaurant before Cook, All Other), catch-alls last;
   * then every other name in index order; and how many of the first places are titles.
   */
  private placesTitlesFirst(): { order: Int32Array; titleCount: number } {
    const order = new Int32Array(this.nameCount);
    const titles: number[] = [];
    for (let place = 0; place < this.nameCount; place++) if (this.table.isTitleAt(place)) titles.push(place);
    const weight = new Map(titles.map((place) => [place, titleWeight(this.knowledge, this.knowledge.getRole(this.table.roleIdAt(place)))] as const));
    titles.sort((a, b) => weight.get(b)! - weight.get(a)! || a - b);
    order.set(titles);
    let filled = titles.length;
    for (let place = 0; place < this.nameCount; place++) if (!this.table.isTitleAt(place)) order[filled++] = place;
    return { order, titleCount: titles.length };
  }

  /** Role ids in alphabetical order of title: what autocomplete shows before anything is typed. Built on first use. */
  get rolesByTitle(): readonly string[] {
    return (this.rolesByTitleCache ??= [...this.knowledge.roleList].sort((a, b) => a.title.localeCompare(b.title)).map((r) => r.id));
  }

  private addVocabulary(word: string): void {
    if (word.length < TUNING.MIN_VOCABULARY_WORD || STOPWORDS.has(word) || this.vocabulary.has(word)) return;
    this.vocabulary.add(word);
    this.vocabularyList.push(word);
  }

  /** Built on the first word that needs correcting (about 30 ms at occupation scale), so start-up does not pay for it. */
  private get typoIndex(): TypoIndex {
    return (this.typoIndexCache ??= new TypoIndex(this.vocabularyList));
  }

  /** How many names use a word. */
  private usesOf(word: string): number {
    const id = this.wordIds.get(word);
    return id === undefined ? 0 : this.wordUse[id]!;
  }

  /** Words never corrected: the vocabulary itself, everyday words, job nouns, numbers, short words. */
  isSettled(word: string): boolean {
    // (A comparative is a word of its own: "is trucking or welding faster" has no "welder fitter" in it.)
    if (
      word.length < TUNING.MIN_CORRECTED_WORD ||
      STOPWORDS.has(word) ||
      KNOWN_WORDS.has(word) ||
      COMPARATIVE_ADJECTIVES.has(word) ||
      OCCUPATION_HEADS.has(word) ||
      DIGIT.test(word)
    )
      return true;
    return this.vocabulary.has(word) && !this.isRareVariant(word);
  }

  /** Words of the names editors wrote (curated titles and aliases, preferred titles): "uber" is never a slip for "tuber". */
  private get editorWords(): ReadonlySet<string> {
    if (!this.editorWordsCache) {
      const words = new Set<string>();
      for (const role of this.knowledge.roleList) {
        const names = role.kind === "occupation" ? role.preferredTitles : [role.title, ...role.role.aliases];
        for (const name of names) for (const word of canonicalTokens(name)) words.add(word);
      }
      this.editorWordsCache = words;
    }
    return this.editorWordsCache;
  }

  /**
   * A word found in one name only, one edit from a word many names use, is most likely a slip in the
   * data ("aftersales manger" in one imported label): a member typing it meant the common word. So is
   * a long word in a few names ("tecnician" in two, "enginer" in three) one edit from a title's head
   * noun that hundreds of names use; shorter words and other neighbours are too often words of their
   * own ("lender" is no slip for "tender", "settler" none for "setter"). A doubled letter written once
   * is a slip too ("programer" in two names), when the word it misses is an editor's title word that
   * many names use ("programmer").
   */
  private isRareVariant(word: string): boolean {
    const uses = this.usesOf(word);
    if (uses > TUNING.SLIP_WORD_USES || this.editorWords.has(word)) return false;
    const cached = this.rareVariants.get(word);
    if (cached !== undefined) return cached;
    const inFew = uses > TUNING.RARE_WORD_USES;
    const rare = inFew
      ? word.length >= TUNING.MIN_SLIP_WORD &&
        (this.hasNeighbour(word, 1, TUNING.VERY_COMMON_WORD_USES, OCCUPATION_HEADS) || this.missesDoubledLetterOfTitleWord(word))
      : this.hasNeighbour(word, 1, TUNING.COMMON_WORD_USES);
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
    const best = this.nearestVocabularyWord(word, true);
    remember(this.corrections, word, best);
    return best;
  }

  /** correct() for a search of names: a slip on the first letter too, for "did you mean" ("zookeeper": "bookkeeper"). */
  private correctForSearch(word: string): Correction | null {
    if (this.isSettled(word)) return null;
    const cached = this.searchCorrections.get(word);
    if (cached !== undefined) return cached;
    const best = this.correct(word) ?? this.nearestVocabularyWord(word, false);
    remember(this.searchCorrections, word, best);
    return best;
  }

  /**
   * correct()'s search, in a function of its own: the variables its callback shares live in a
   * context made on every call, which the cached words (nearly all) should not pay for.
   */
  private nearestVocabularyWord(word: string, sameStart: boolean): Correction | null {
    const maxDistance = typoReach(word);
    let best: Correction | null = null;
    let bestNumber = -1;
    this.typoIndex.forEachWithin(word, maxDistance, (number, distance) => {
      if (distance === 0) return;
      const candidate = this.vocabularyList[number]!;
      // (Members rarely slip on a word's first letter: read, "vtuber" is no "tuber".)
      if (sameStart && !keepsFirstLetter(word, candidate)) return;
      if (!best || distance < best.distance || (distance === best.distance && this.preferredTypoTarget(word, number, bestNumber))) {
        best = { word: candidate, distance };
        bestNumber = number;
      }
    });
    return best;
  }

  /** The other vocabulary words within reach of a typo than `nearest` (what `correct` chose), nearest first. */
  otherCorrections(word: string, nearest: Correction): readonly Correction[] {
    const cached = this.otherCorrectionsCache.get(word);
    if (cached) return cached;
    const others: Correction[] = [];
    const maxDistance = typoReach(word);
    this.typoIndex.forEachWithin(word, maxDistance, (number, distance) => {
      const candidate = this.vocabularyList[number]!;
      if (distance > 0 && candidate !== nearest.word) others.push({ word: candidate, distance });
    });
    others.sort((a, b) => a.distance - b.distance);
    remember(this.otherCorrectionsCache, word, others);
    return others;
  }

  /**
   * Between two vocabulary words equally far from a typo, the one more names use; then the order the
   * fuse.js search this index replaced listed them in (fewer errors matching the typo inside the
   * word, then shorter, then earlier in the vocabulary), so corrections stay what they were.
   */
  private preferredTypoTarget(typo: string, number: number, than: number): boolean {
    const word = this.vocabularyList[number]!;
    const other = this.vocabularyList[than]!;
    const uses = this.usesOf(word) - this.usesOf(other);
    if (uses !== 0) return uses > 0;
    const errors = substringErrors(typo, word) - substringErrors(typo, other);
    if (errors !== 0) return errors < 0;
    if (word.length !== other.length) return word.length < other.length;
    return number < than;
  }

  /** Whether some other vocabulary word (used by at least `minUses` names, and in `among` when given) lies within `maxDistance` edits. */
  private missesDoubledLetterOfTitleWord(word: string): boolean {
    let found = false;
    this.typoIndex.forEachWithin(word, 1, (number) => {
      const other = this.vocabularyList[number]!;
      if (!found && this.editorWords.has(other) && this.usesOf(other) >= TUNING.COMMON_WORD_USES && doubledLetterSlip(word, other)) found = true;
    });
    return found;
  }

  private hasNeighbour(word: string, maxDistance: 1 | 2, minUses = 0, among?: ReadonlySet<string>): boolean {
    let found = false;
    this.typoIndex.forEachWithin(word, maxDistance, (number, distance) => {
      const other = this.vocabularyList[number]!;
      if (distance > 0 && (!among || among.has(other)) && this.usesOf(other) >= minUses) found = true;
    });
    return found;
  }

  /**
   * How many work in a role, by BLS's count for its occupation's own series; 0 where the series is
   * shared with other occupations (a broad group, an "All Other" split into O*NET specialisations),
   * which says nothing of this one's size. A curated role counts its occupation's workers.
   */
  employmentOf(role: RoleEntry): number {
    const wages = role.occupation?.wages;
    return wages?.fallback === "none" && role.code?.endsWith(".00") ? (this.knowledge.wageSeries(wages.series)?.employment ?? 0) : 0;
  }

  /**
   * The roles whose title ends in `head` ("manager" -> Marketing Managers...), the ones most people
   * work in first: what a member typing the word alone most likely means. A curated role stands for
   * the occupation it is written from.
   */
  private rolesHeadedBy(head: string): string[] {
    const headed = (this.rolesByTitleWord.get(head) ?? [])
      .map((id) => this.knowledge.getRole(id)!)
      .filter((role) => canonicalTokens(role.title).at(-1) === head)
      .sort((a, b) => this.employmentOf(b) - this.employmentOf(a) || (a.kind === b.kind ? 0 : a.kind === "curated" ? -1 : 1));
    const codes = new Set<string>();
    const out: string[] = [];
    for (const role of headed) {
      if (role.code && codes.has(role.code)) continue;
      if (role.code) codes.add(role.code);
      out.push(role.id);
    }
    return out;
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
    // By rank alone: a name shown (read from its occupation's titles the first time) is not needed here.
    const ranked = this.rankNames(phrase, limit * 3);
    // One word alone ("technician"): the commonest roles it heads come first.
    const out = words.length === 1 ? this.rolesHeadedBy(head).slice(0, limit) : [];
    for (const h of ranked) if (sameHead.includes(h.roleId) && !out.includes(h.roleId)) out.push(h.roleId);
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
    return this.rankNames(text, limit).map(({ roleId, entry, score }) => ({ roleId, name: entry.name, score }));
  }

  /** The roles whose names best match `text`, each with its best name's entry and score, best first. */
  private rankNames(text: string, limit: number): readonly RankedName[] {
    const key = `${limit}|${text}`;
    const cached = this.searchCache.get(key);
    if (cached) return cached;
    const query = canonicalTokens(text).filter((t) => !STOPWORDS.has(t));
    const wanted = new Map<string, number>(); // vocabulary word -> how well it matches a query word
    for (const token of query) {
      if (this.vocabulary.has(token)) wanted.set(token, 1);
      const fix = this.correctForSearch(token);
      if (fix) wanted.set(fix.word, Math.max(wanted.get(fix.word) ?? 0, 1 - fix.distance / Math.max(token.length, fix.word.length)));
      if (token.length >= 3) for (const word of this.vocabularyWithPrefix(token)) if (!wanted.has(word)) wanted.set(word, TUNING.PREFIX_MATCH_WEIGHT);
      // Half-typed with a typo ("acount" for accountant): match the start of words within one edit.
      if (token.length >= 4 && !this.vocabulary.has(token))
        for (const word of this.vocabularyWithFuzzyPrefix(token)) if (!wanted.has(word)) wanted.set(word, TUNING.FUZZY_PREFIX_MATCH_WEIGHT);
    }
    // Scores by entry ordinal in a reused array (0 between searches; every weight used is above 0, so 0
    // also means not scored yet); `order` lists the names in the order they were first scored, which
    // breaks ties as the stable sort of every scored name did.
    const { starts, postings, facts, scores, order, bestOfRole, best, bestScore, roleAt } = this.nameSearch;
    let scored = 0;
    for (const [word, weight] of wanted) {
      const id = this.wordIds.get(word);
      // A correction as long as the word ("x" for "y") weighs nothing: it matches nothing.
      if (id === undefined || weight <= 0) continue;
      for (let k = starts[id]!; k < starts[id + 1]!; k++) {
        const ordinal = postings[k]!;
        if (scores[ordinal] === 0) order[scored++] = ordinal;
        scores[ordinal] = scores[ordinal]! + weight;
      }
    }
    // Each role's best name (score, then titles, then shorter; the first scored among equals), then
    // the best `limit` roles in that order: what walking every scored name in ranked order picked,
    // without sorting them all.
    let places = 0; // roles seen; best[place]: the rank of that role's best name so far
    for (let rank = 0; rank < scored; rank++) {
      const ordinal = order[rank]!;
      const packed = facts[ordinal]!;
      const score = scores[ordinal]! / Math.max(query.length, (packed >>> WORDS_SHIFT) & WORDS_MASK);
      scores[ordinal] = 0;
      const role = packed >>> ROLE_SHIFT;
      const place = bestOfRole[role]!;
      if (place === -1) {
        bestOfRole[role] = places;
        best[places] = rank;
        bestScore[places] = score;
        roleAt[places++] = role;
      } else if (score > bestScore[place]! || (score === bestScore[place]! && (packed & TIE_MASK) < (facts[order[best[place]!]!]! & TIE_MASK))) {
        best[place] = rank;
        bestScore[place] = score;
      }
    }
    for (let place = 0; place < places; place++) bestOfRole[roleAt[place]!] = -1;
    const tieOf = (place: number) => facts[order[best[place]!]!]! & TIE_MASK;
    const before = (a: number, b: number) => bestScore[b]! - bestScore[a]! || tieOf(a) - tieOf(b) || best[a]! - best[b]!;
    const out: RankedName[] = [];
    for (const place of firstInOrder(places, limit, before)) {
      const entry = this.table.entryAt(order[best[place]!]!);
      out.push({ roleId: entry.roleId, entry, score: Math.min(1, bestScore[place]!) });
    }
    remember(this.searchCache, key, out);
    return out;
  }

  /** Vocabulary word numbers by first letter and by second letter, each list in vocabulary order. */
  private get vocabularyByLetter(): { first: Map<number, Int32Array>; second: Map<number, Int32Array> } {
    if (!this.vocabularyByLetterCache) {
      const group = (at: number) => {
        const lists = new Map<number, number[]>();
        this.vocabularyList.forEach((word, number) => {
          if (word.length <= at) return;
          const code = word.charCodeAt(at);
          const list = lists.get(code);
          if (list) list.push(number);
          else lists.set(code, [number]);
        });
        return new Map([...lists].map(([code, list]) => [code, Int32Array.from(list)]));
      };
      this.vocabularyByLetterCache = { first: group(0), second: group(1) };
    }
    return this.vocabularyByLetterCache;
  }

  /** Vocabulary words longer than `prefix` whose start is within one edit of it, in vocabulary order. */
  private vocabularyWithFuzzyPrefix(prefix: string): string[] {
    const n = prefix.length;
    const p0 = prefix.charCodeAt(0);
    const p1 = prefix.charCodeAt(1);
    // One edit keeps the first letter, or moves the second into first place or the first into second:
    // only words starting with either letter, or with either as their second, can match: four lists of
    // the vocabulary by letter, not the whole vocabulary. The words found are put in vocabulary order.
    const { first, second } = this.vocabularyByLetter;
    // A word in two of the lists is checked once: marked with this search's stamp.
    const seen = (this.fuzzyPrefixSeen ??= new Int32Array(this.vocabularyList.length));
    if (this.fuzzyPrefixStamp === 0x7fffffff) {
      seen.fill(0);
      this.fuzzyPrefixStamp = 0;
    }
    const stamp = ++this.fuzzyPrefixStamp;
    const found: number[] = [];
    for (const list of [first.get(p0), first.get(p1), second.get(p0), second.get(p1)]) {
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const number = list[i]!;
        if (seen[number] === stamp) continue;
        seen[number] = stamp;
        const word = this.vocabularyList[number]!;
        // The typo may have dropped or added a letter, so compare with starts one shorter and one longer too.
        if (
          word.length > n &&
          (withinOneEditOfStart(prefix, word, n - 1) || withinOneEditOfStart(prefix, word, n) || withinOneEditOfStart(prefix, word, n + 1))
        )
          found.push(number);
      }
    }
    found.sort((a, b) => a - b);
    return this.wordsNumbered(found);
  }

  private get sortedVocabulary(): number[] {
    return (this.sortedVocabularyCache ??= this.vocabularyList
      .map((_, number) => number)
      .sort((a, b) => compareWords(this.vocabularyList[a]!, this.vocabularyList[b]!)));
  }

  /** Vocabulary words longer than `prefix` that start with it, in vocabulary order: a binary search of the sorted vocabulary. */
  private vocabularyWithPrefix(prefix: string): string[] {
    const sorted = this.sortedVocabulary;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.vocabularyList[sorted[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    const numbers: number[] = [];
    for (let i = low; i < sorted.length && this.vocabularyList[sorted[i]!]!.startsWith(prefix); i++)
      if (this.vocabularyList[sorted[i]!]!.length > prefix.length) numbers.push(sorted[i]!);
    numbers.sort((a, b) => a - b);
    return this.wordsNumbered(numbers);
  }

  /**
   * The vocabulary words of these numbers. Pushed into an array literal, not map()ped: map() makes an
   * empty result with another hidden class than a full one, and the first empty one after rankNames'
   * loop over them was optimised sent rankNames back to the interpreter on a member's question.
   */
  private wordsNumbered(numbers: readonly number[]): string[] {
    const words: string[] = [];
    for (let i = 0; i < numbers.length; i++) words.push(this.vocabularyList[numbers[i]!]!);
    return words;
  }
}

/** A role found by its names: its best name's entry (its name is read when shown) and the score. */
interface RankedName {
  roleId: string;
  entry: NameEntry;
  score: number;
}

/** What a name search reads (see RoleIndex.nameSearch), and its working arrays, reused from search to search. */
interface NameSearch {
  /** Word number -> its first posting; a word's postings run to the next word's first. */
  starts: Int32Array;
  /** The name ordinals of each word, in index order. */
  postings: Int32Array;
  /** By name ordinal: its role number, word count and tie-break (see packFacts). */
  facts: Uint32Array;
  /** By name ordinal: its score in the search under way, 0 otherwise. */
  scores: Float64Array;
  /** By rank: the names in the order they were first scored. */
  order: Int32Array;
  /** By role number: the role's place among the search's roles, -1 between searches. */
  bestOfRole: Int32Array;
  /** By place: the rank of the role's best name so far, its score, and the role number. */
  best: Int32Array;
  bestScore: Float64Array;
  roleAt: Int32Array;
}

const ROLE_SHIFT = 16;
const WORDS_SHIFT = 9;
const WORDS_MASK = 0x7f;
/** Among names of equal score, smaller first: a title before other names, then the shorter phrase (up to 255 characters). */
const TIE_MASK = 0x1ff;
const NOT_TITLE = 0x100;
const LENGTH_MASK = 0xff;

/** A name's role number (below 65,536), word count (up to 127 counted) and tie-break, in one unsigned number. */
function packFacts(role: number, words: number, isTitle: boolean, length: number): number {
  if (role > 0xffff) throw new Error(`role number ${role} does not fit a name's facts (at most 65,535 roles)`);
  return ((role << ROLE_SHIFT) | (Math.min(words, WORDS_MASK) << WORDS_SHIFT) | (isTitle ? 0 : NOT_TITLE) | Math.min(length, LENGTH_MASK)) >>> 0;
}

const DIGIT = /\d/;

function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many edits a typo of `word` may be from what was meant: two for long words, else one. */
function typoReach(word: string): 1 | 2 {
  return word.length >= TUNING.TWO_EDIT_WORD_LENGTH ? 2 : 1;
}

/** The first `limit` of 0..count-1 in the order `before` sorts them, found without sorting them all (limit is small). */
function firstInOrder(count: number, limit: number, before: (a: number, b: number) => number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < count; i++) {
    if (kept.length === limit && before(i, kept[kept.length - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && before(i, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, i);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= TUNING.CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

/**
 * Curated roles first, then occupations by workers (the employment of their OEWS pay series),
 * catch-alls ("… All Other") last. (Read from the pay series, which loads with the knowledge: an
 * occupation's projection is parsed only when something reads its details, and reading all of them
 * here would hold some 20 MB more from start-up.)
 */
function titleWeight(knowledge: KnowledgeBase, entry: RoleEntry | undefined): number {
  if (!entry) return -1;
  if (entry.kind === "curated") return Number.MAX_SAFE_INTEGER;
  if (isCatchAllTitle(entry.title)) return -1;
  const series = entry.occupation.wages?.series;
  return (series ? knowledge.wageSeries(series)?.employment : null) ?? 0;
}

/** Whether a typo starts as `target` does, or swaps its first two letters. */
function keepsFirstLetter(typo: string, target: string): boolean {
  return typo[0] === target[0] || (typo[0] === target[1] && typo[1] === target[0]);
}
