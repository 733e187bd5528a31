// Autocomplete's lookup of names by what was typed so far, without scanning 70,000 names: every
// word start of every name (the name itself, and each point after a space) is listed under its
// first one, two and three letters, in the order autocomplete offers names. A lookup walks the one
// list that fits the input and stops once the caller has enough, so it costs the size of that list
// at most, and usually far less. Lists, not a sorted array: sorting 200,000 strings takes longer
// than a first keystroke may.

import type { NameEntry } from "./role-index.js";

/** Longest list key: inputs longer than this filter the list of their first KEY_LENGTH letters. */
const KEY_LENGTH = 3;
/** A word start as one number: the name's place in `ranked` times this, plus where in the name the word starts. */
const OFFSETS = 1024;

/** Where the index reads names: by place in the index, in the order autocomplete offers them. */
export interface RankedNames {
  /** The places of the names, titles first: the order autocomplete offers them in. */
  order: Int32Array;
  /** How many of `order`'s first places are titles. */
  titleCount: number;
  /** The canonical phrase of the name at a place. */
  phraseAt(place: number): string;
  /** The entry of the name at a place, made when a walk reaches it. */
  entryAt(place: number): NameEntry;
}

export class NamePrefixIndex {
  /** Packed once built: about 400,000 word starts, kept for the life of the bot. */
  private readonly lists = new Map<string, Int32Array>();

  constructor(private readonly ranked: RankedNames) {
    const building = new Map<string, number[]>();
    const file = (key: string, start: number) => {
      const list = building.get(key);
      if (list) list.push(start);
      else building.set(key, [start]);
    };
    const { order } = ranked;
    for (let rank = 0; rank < order.length; rank++) {
      const phrase = ranked.phraseAt(order[rank]!);
      for (let offset = 0; offset !== -1 && offset < OFFSETS; offset = phrase.indexOf(" ", offset) + 1 || -1) {
        const start = rank * OFFSETS + offset;
        for (let length = 1; length <= KEY_LENGTH && offset + length <= phrase.length; length++) file(phrase.slice(offset, offset + length), start);
      }
    }
    for (const [key, list] of building) this.lists.set(key, Int32Array.from(list));
  }

  /**
   * Names whose whole text starts with `prefix` (`wholeName`), or that have a later word starting
   * with it (not `wholeName`), among the titles (`titles`) or the other names, in ranked order: the same as scanning the ranked names with startsWith or
   * includes(" " + prefix). The walk ends when `visit` returns true.
   */
  forEachStartingWith(prefix: string, wholeName: boolean, titles: boolean, visit: (entry: NameEntry) => boolean): void {
    if (!prefix) return;
    const list = this.lists.get(prefix.slice(0, KEY_LENGTH));
    if (!list) return;
    let last = -1;
    const { titleCount } = this.ranked;
    for (const start of list) {
      const rank = Math.floor(start / OFFSETS);
      // (Titles rank first: past them, a walk for titles is done.)
      if (titles ? rank >= titleCount : rank < titleCount) {
        if (titles) return;
        continue;
      }
      const offset = start - rank * OFFSETS;
      if (offset === 0 ? !wholeName : wholeName) continue;
      if (rank === last) continue; // a name with the word twice
      const place = this.ranked.order[rank]!;
      if (!this.ranked.phraseAt(place).startsWith(prefix, offset)) continue;
      last = rank;
      if (visit(this.ranked.entryAt(place))) return;
    }
  }
}
