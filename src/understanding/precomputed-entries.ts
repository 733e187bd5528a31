// The importer claims every occupation name ahead of time (name-claims.ts), so a start-up need not
// make 160,000 claims again. The curated layer (editors' roles and title preferences, which change
// without a new import) touches a few hundred phrases: a start-up re-claims only those, in the same
// order as a full pass, and takes every other phrase's claims as the importer left them. Claims on
// different phrases never interact, so the result is the full pass's, entry for entry and in order.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { NameClaimsData, NameIndex, OccupationsFile } from "../knowledge/occupations-schema.js";
import { appendPhrases, findPhrase, type PhraseList } from "../knowledge/phrase-list.js";
import { createKnowledgeBase } from "../knowledge/knowledge-base.js";
import { forEachEntryName, forEachPreferredName, occupationNames, ownNameWeights, type OccupationEntry, type RoleEntry } from "../knowledge/role-entry.js";
import { canonicalPhrase } from "./canonical-tokens.js";
import {
  claimRulesFingerprint,
  importedNameFilter,
  isFunctionWord,
  NameClaims,
  NO_ALTERNATIVES,
  tieBreak,
  VISITS_PER_ROLE,
  type NameEntry,
} from "./name-claims.js";
import type { FoldedWords } from "./name-entries.js";
import { MAX_NAME_WORDS, MAX_TITLE_WORDS } from "./tuning.js";

/**
 * The claimed names by place (index order), and for each its phrase number among `phrases` (the
 * file's, then any folded at start-up). A name's entry is made the first time it is asked for: a
 * start-up does not build 70,000 objects the first questions never look at.
 */
export interface ClaimedEntries {
  /** How many names. */
  count: number;
  keys: ArrayLike<number>;
  phrases: PhraseList;
  /** The first `sortedPhrases` phrases are in sorted order (code units), so a phrase is found by binary search. */
  sortedPhrases: number;
  /** The entry of the name at a place: the same object every time. */
  entryAt(place: number): NameEntry;
  /** Whether the name at a place is a role's title, without making its entry (autocomplete's order). */
  isTitleAt(place: number): boolean;
  /** The role the name at a place leads to, without making its entry (the name search's tables). */
  roleIdAt(place: number): string;
}

/** The canonical phrase of the name at a place, without making its entry. */
export function phraseAt(table: Pick<ClaimedEntries, "phrases" | "keys">, place: number): string {
  return table.phrases.at(table.keys[place]!)!;
}

/** Entries already made (a start-up that claimed every name itself). */
export function madeEntries(entries: NameEntry[], keys: readonly number[], phrases: PhraseList): ClaimedEntries {
  return {
    count: entries.length,
    keys,
    phrases,
    sortedPhrases: 0,
    entryAt: (place) => entries[place]!,
    isTitleAt: (place) => entries[place]!.isTitle,
    roleIdAt: (place) => entries[place]!.roleId,
  };
}

type FoldedNames = Pick<NameIndex, "phrases" | "keys">;

/** The importer's side: the claims of the occupations alone, in the order a knowledge base lists them. */
export function claimOccupationNames(
  body: Omit<OccupationsFile, "format" | "generatedAt" | "contentHash" | "sources" | "nameIndex">,
  folded: FoldedNames,
): NameClaimsData {
  const knowledge = createKnowledgeBase([], [], { ...body } as OccupationsFile);
  // Every phrase, whatever the word lists of the day: a start-up drops the ones they rule out.
  const claims = new NameClaims(folded.phrases, () => true);
  const order = knowledge.roleList.map((role) => role.id);
  knowledge.roleList.forEach((role, r) => {
    claims.begin(role, tieBreak(knowledge, role));
    let visit = 0;
    forEachEntryName(
      role,
      (name, weight, isTitle, key) => {
        if (visit >= VISITS_PER_ROLE) throw new Error(`${role.id} has more than ${VISITS_PER_ROLE} names`);
        claims.position = r * VISITS_PER_ROLE + visit++;
        claims.claim(name, weight, isTitle, key);
      },
      folded.keys[role.id],
    );
  });
  claims.finish();
  const place = new Map(order.map((id, r) => [id, r] as const));
  const alternatives: number[] = [];
  for (const entry of claims.entries) {
    for (const id of entry.alternatives) alternatives.push(place.get(id)!);
    alternatives.push(-1);
  }
  return {
    rules: claimRulesFingerprint(),
    order,
    keys: Int32Array.from(claims.keys),
    first: Int32Array.from(claims.firstPositions),
    named: Int32Array.from(claims.namePositions),
    titles: Int32Array.from(claims.entries, (e) => (e.isTitle ? 1 : 0)),
    alternatives: Int32Array.from(alternatives),
  };
}

/**
 * The claim positions, when the claims can be used as they are: every list as long as the others,
 * every number in range, first claims in order. Undefined otherwise. (The phrases are in sorted
 * order: the importer sorts them, and the lists file is tied to its import by a stamp.)
 */
function positions(index: NameIndex, occupations: readonly RoleEntry[]): { first: Int32Array; named: Int32Array } | undefined {
  const c = index.claims;
  const n = c.keys.length;
  if (c.first.length !== n || c.named.length !== n || c.titles.length !== n) return undefined;
  if (c.order.length !== occupations.length || occupations.some((o, r) => o.id !== c.order[r])) return undefined;
  const limit = occupations.length * VISITS_PER_ROLE;
  const phraseCount = index.phrases.length;
  const { first, named } = c;
  for (let i = 0; i < n; i++) {
    const at = first[i]!;
    if (c.keys[i]! >= phraseCount || at >= limit || (i > 0 && at < first[i - 1]!) || named[i]! < 0 || named[i]! >= limit) return undefined;
  }
  let ends = 0;
  for (const r of c.alternatives)
    if (r === -1) ends++;
    else if (r >= occupations.length) return undefined;
  return ends === n ? { first, named } : undefined;
}

/** Whether any of an occupation's phrase numbers (a name with parts as -(key + 1)) is marked in `only`. */
function touches(keys: Int32Array, only: Uint8Array): boolean {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (only[key < 0 ? -key - 1 : key]) return true;
  }
  return false;
}

/**
 * The names of the knowledge, from the importer's claims: undefined when they cannot be used (other
 * rules, another order of occupations, a curated role listed among the occupations, keys that do not
 * fit), and the caller then claims every name itself. `keysByRole`: each role's aligned phrase numbers.
 */
export function entriesFromClaims(
  knowledge: KnowledgeBase,
  index: NameIndex,
  keysByRole: readonly (Int32Array | undefined)[],
  words: FoldedWords,
): ClaimedEntries | undefined {
  const claims = index.claims;
  if (claims.rules !== claimRulesFingerprint()) return undefined;
  const roles = knowledge.roleList;
  const firstOccupation = roles.findIndex((role) => role.kind === "occupation");
  const occupations = firstOccupation === -1 ? [] : roles.slice(firstOccupation);
  if (occupations.some((role, r) => role.kind !== "occupation" || !keysByRole[firstOccupation + r])) return undefined;
  const decoded = positions(index, occupations);
  if (!decoded) return undefined;

  // The phrases the curated layer names: editors' names and preferred titles, folded here.
  const extra: string[] = [];
  const keyOfPhrase = new Map<string, number>();
  const folded = new Map<string, number>();
  const keyOf = (name: string) => {
    let key = folded.get(name);
    if (key !== undefined) return key;
    const phrase = canonicalPhrase(name);
    key = keyOfPhrase.get(phrase) ?? findPhrase(index.phrases, phrase);
    if (key === undefined) key = index.phrases.length + extra.push(phrase) - 1;
    keyOfPhrase.set(phrase, key);
    folded.set(name, key);
    return key;
  };
  const touched: number[] = [];
  for (const role of roles) {
    if (role.kind === "curated") forEachEntryName(role, (name) => void touched.push(keyOf(name)));
    else if (role.preferredTitles.length) forEachPreferredName(role, (name) => void touched.push(keyOf(name)));
  }
  const phrases = appendPhrases(index.phrases, extra);
  const only = new Uint8Array(phrases.length);
  for (const key of touched) only[key] = 1;

  // Every name of an occupation in the order the importer counted them (no preferred titles).
  const namesByRole: ReturnType<typeof occupationNames>[] = [];
  const namesOf = (r: number) => (namesByRole[r] ??= occupationNames((occupations[r] as OccupationEntry).occupation, keysByRole[firstOccupation + r]!));
  const nameAt = (position: number) => {
    const r = Math.floor(position / VISITS_PER_ROLE);
    const visit = position - r * VISITS_PER_ROLE;
    // Its two titles are on the first line; the others are read from its titles line.
    if (visit < 2) return visit === 0 ? occupations[r]!.title : (occupations[r] as OccupationEntry).occupation.title;
    return namesOf(r).names[visit]!;
  };

  // Re-claim the touched phrases, in the full pass's order: curated roles first, then every
  // occupation that claims one of them. Positions as the importer's, counting the preferred titles.
  const replay = new NameClaims(phrases, importedNameFilter(), only);
  const preferredVisits = new Int32Array(occupations.length);
  for (const [at, role] of roles.entries()) {
    if (role.kind === "curated") {
      replay.begin(role, 0);
      replay.position = -1;
      forEachEntryName(role, (name, weight, isTitle) => replay.claim(name, weight, isTitle, keyOf(name)));
      continue;
    }
    const keys = keysByRole[at]!;
    if (role.preferredTitles.length === 0 && !touches(keys, only)) continue;
    const r = at - firstOccupation;
    // The weights from the counts of the title lists: the names themselves are looked up when an entry is made (see make).
    const weights = ownNameWeights(role.occupation, keys);
    replay.begin(role, tieBreak(knowledge, role));
    let preferred = 0;
    const claimOwn = (visit: number) => {
      const key = keys[visit]! < 0 ? -keys[visit]! - 1 : keys[visit]!;
      if (!only[key]) return;
      replay.position = r * VISITS_PER_ROLE + (visit < 2 ? visit : visit + preferred);
      replay.claim(visit === 0 ? role.occupation.singular : visit === 1 ? role.occupation.title : "", weights[visit]!, visit === 0, key);
    };
    claimOwn(0);
    claimOwn(1);
    forEachPreferredName(role, (name, weight, isTitle) => {
      replay.position = r * VISITS_PER_ROLE + 2 + preferred++;
      replay.claim(name, weight, isTitle, keyOf(name));
    });
    for (let visit = 2; visit < keys.length; visit++) claimOwn(visit);
    preferredVisits[r] = preferred;
  }
  replay.finish();

  // Whether an imported name may be the phrase, decided from its words as the importer split them.
  const filter = importedNameFilter();
  const functionWords = new Int8Array(words.words.length); // 0 not yet known, 1 a function word, 2 not
  const oneWordNames = new Int8Array(words.words.length); // 0 not yet known, 1 a name on its own, 2 not
  // An occupation's own two titles may run longer than other names (see MAX_TITLE_WORDS).
  const ownTitle = new Uint8Array(phrases.length);
  for (let r = 0; r < occupations.length; r++) {
    const keys = keysByRole[firstOccupation + r]!;
    for (const visit of [0, 1]) ownTitle[keys[visit]! < 0 ? -keys[visit]! - 1 : keys[visit]!] = 1;
  }
  const usable = (key: number) => {
    const start = words.starts[key]!;
    const end = words.starts[key + 1]! - 1;
    if (end - start > MAX_NAME_WORDS) return ownTitle[key] === 1 && end - start <= MAX_TITLE_WORDS; // as the filter says, without reading the phrase
    if (end - start === 1) {
      // The phrase is its one word: the filter's answer, once per word.
      const id = words.phraseWords[start]!;
      if (oneWordNames[id] === 0) oneWordNames[id] = filter(words.words[id]!) ? 1 : 2;
      return oneWordNames[id] === 1;
    }
    for (let at = start; at < end; at++) {
      const id = words.phraseWords[at]!;
      if (functionWords[id] === 0) functionWords[id] = isFunctionWord(words.words[id]!) ? 1 : 2;
      if (functionWords[id] === 2) return true;
    }
    return false;
  };

  // Each place holds an importer claim (its number, >= 0) or a re-claimed entry (-1 - its number).
  // Filled in place (at most every claim and every re-claimed entry once), then cut to length.
  const sources = new Int32Array(claims.keys.length + replay.entries.length);
  const keys = new Int32Array(sources.length);
  let count = 0;
  /** The importer's claim on each phrase number it claimed. */
  const sourceOfKey = new Int32Array(index.phrases.length);
  /** Where each claim's alternatives start in claims.alternatives. */
  const alternativesAt = new Int32Array(claims.keys.length);
  let t = 0;
  const takeReplayed = (before: number) => {
    for (; t < replay.entries.length && replay.firstPositions[t]! < before; t++) {
      sources[count] = -1 - t;
      keys[count++] = replay.keys[t]!;
    }
  };
  takeReplayed(0);
  let next = 0; // the next item of claims.alternatives
  for (let i = 0; i < claims.keys.length; i++) {
    const key = claims.keys[i]!;
    alternativesAt[i] = next;
    while (claims.alternatives[next++] !== -1);
    if (only[key] || !usable(key)) continue; // re-claimed above, or not a name under today's word lists
    const first = decoded.first[i]!;
    const r = Math.floor(first / VISITS_PER_ROLE);
    const visit = first - r * VISITS_PER_ROLE;
    takeReplayed(r * VISITS_PER_ROLE + (visit < 2 ? visit : visit + preferredVisits[r]!));
    sources[count] = i;
    sourceOfKey[key] = i;
    keys[count++] = key;
  }
  takeReplayed(Infinity);

  /** Made on the first entry asked for: a start-up that asks for none does not allocate it. */
  let made: NameEntry[] | undefined;
  const make = (source: number): NameEntry => {
    if (source < 0) {
      // A re-claimed entry named by an occupation's own title (past its two titles and its preferred
      // titles, whose names the replay had): that title, read now.
      const entry = replay.entries[-1 - source]!;
      const position = replay.namePositions[-1 - source]!;
      const r = Math.floor(position / VISITS_PER_ROLE);
      const visit = position - r * VISITS_PER_ROLE;
      if (position >= 0 && visit >= 2 + preferredVisits[r]!) entry.name = nameAt(position - preferredVisits[r]!);
      return entry;
    }
    let alternatives = NO_ALTERNATIVES;
    let at = alternativesAt[source]!;
    if (claims.alternatives[at] !== -1) alternatives = [];
    for (let r = claims.alternatives[at++]!; r !== -1; r = claims.alternatives[at++]!) alternatives.push(claims.order[r]!);
    const named = decoded.named[source]!;
    const entry = { roleId: claims.order[Math.floor(named / VISITS_PER_ROLE)]!, alternatives, phrase: phrases.at(claims.keys[source]!)! } as NameEntry;
    Object.defineProperty(entry, "name", lazyName);
    entry.isTitle = claims.titles[source] === 1;
    return entry;
  };
  // An importer's claim looks up its name when first read (few are: answers and autocomplete show a
  // handful), so making every entry (autocomplete, the warm-up) reads no occupation's titles. One
  // getter for all of them, which finds the claim by the entry's phrase.
  const lazyName: PropertyDescriptor = {
    get(this: NameEntry): string {
      return nameAt(decoded.named[sourceOfKey[findPhrase(index.phrases, this.phrase)!]!]!);
    },
    set(this: NameEntry, name: string) {
      Object.defineProperty(this, "name", { value: name, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };
  return {
    count,
    keys: keys.subarray(0, count),
    phrases,
    sortedPhrases: index.phrases.length,
    entryAt: (place) => ((made ??= new Array<NameEntry>(count))[place] ??= make(sources[place]!)),
    isTitleAt: (place) => {
      const source = sources[place]!;
      return source < 0 ? replay.entries[-1 - source]!.isTitle : claims.titles[source] === 1;
    },
    roleIdAt: (place) => {
      const source = sources[place]!;
      return source < 0 ? replay.entries[-1 - source]!.roleId : claims.order[Math.floor(decoded.named[source]! / VISITS_PER_ROLE)]!;
    },
  };
}
