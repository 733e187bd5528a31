// The names by canonical phrase, read like a Map. A start-up finds a phrase by binary search of the
// importer's sorted phrases (and a small map of the phrases folded at start-up), making an entry
// only when a question names it; warmUp() switches to one hash map over every name, so questions
// after the bot is online cost what they did.
import { findPhrase } from "../knowledge/phrase-list.js";
import type { NameEntry } from "./name-claims.js";
import { phraseAt, type ClaimedEntries } from "./precomputed-entries.js";

export class NameLookup {
  /** The place of the name of each phrase number, or -1 for a phrase no name holds. */
  private readonly placeOfKey: Int32Array;
  /** Phrase numbers of the phrases past the sorted ones: built on first use. */
  private unsortedKeys?: Map<string, number>;
  /** Each phrase's place, once hashed: the entries themselves are made when a question names them. */
  private byPhrase?: Map<string, number>;

  constructor(private readonly table: ClaimedEntries) {
    this.placeOfKey = new Int32Array(table.phrases.length).fill(-1);
    for (let place = 0; place < table.count; place++) this.placeOfKey[table.keys[place]!] = place;
  }

  get(phrase: string): NameEntry | undefined {
    let place: number | undefined;
    if (this.byPhrase) place = this.byPhrase.get(phrase);
    else {
      const key = this.keyOf(phrase);
      place = key === -1 ? undefined : this.placeOfKey[key]!;
    }
    return place === undefined || place === -1 ? undefined : this.table.entryAt(place);
  }

  has(phrase: string): boolean {
    return this.get(phrase) !== undefined;
  }

  /** Every name's phrase, in index order. */
  *keys(): IterableIterator<string> {
    for (let place = 0; place < this.table.count; place++) yield phraseAt(this.table, place);
  }

  /** One hash map over every name from now on: the bot builds it once online (RoleIndex.warmUp). */
  hashAll(): void {
    if (this.byPhrase) return;
    const byPhrase = new Map<string, number>();
    for (let place = 0; place < this.table.count; place++) byPhrase.set(phraseAt(this.table, place), place);
    this.byPhrase = byPhrase;
  }

  private keyOf(phrase: string): number {
    const { phrases, sortedPhrases } = this.table;
    const sorted = findPhrase(phrases, phrase, sortedPhrases);
    if (sorted !== undefined) return sorted;
    if (!this.unsortedKeys) {
      this.unsortedKeys = new Map();
      for (let key = sortedPhrases; key < phrases.length; key++) this.unsortedKeys.set(phrases.at(key)!, key);
    }
    return this.unsortedKeys.get(phrase) ?? -1;
  }
}
