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

export class NamePrefixIndex {
  private readonly lists = new Map<string, number[]>();

  /** `ranked`: the names in the order autocomplete offers them (titles first). */
  constructor(private readonly ranked: readonly NameEntry[]) {
    const file = (key: string, start: number) => {
      const list = this.lists.get(key);
      if (list) list.push(start);
      else this.lists.set(key, [start]);
    };
    ranked.forEach((entry, place) => {
      const phrase = entry.phrase;
      for (let offset = 0; offset !== -1 && offset < OFFSETS; offset = phrase.indexOf(" ", offset) + 1 || -1) {
        const start = place * OFFSETS + offset;
        for (let length = 1; length <= KEY_LENGTH && offset + length <= phrase.length; length++) file(phrase.slice(offset, offset + length), start);
      }
    });
  }

  /**
   * Names whose whole text starts with `prefix` (`wholeName`), or that have a later word starting
   * with it (not `wholeName`), in ranked order: the same as scanning `ranked` with startsWith or
   * includes(" " + prefix). The walk ends when `visit` returns true.
   */
  forEachStartingWith(prefix: string, wholeName: boolean, visit: (entry: NameEntry) => boolean): void {
    if (!prefix) return;
    const list = this.lists.get(prefix.slice(0, KEY_LENGTH));
    if (!list) return;
    let last = -1;
    for (const start of list) {
      const place = Math.floor(start / OFFSETS);
      const offset = start - place * OFFSETS;
      if (offset === 0 ? !wholeName : wholeName) continue;
      if (place === last) continue; // a name with the word twice
      const entry = this.ranked[place]!;
      if (!entry.phrase.startsWith(prefix, offset)) continue;
      last = place;
      if (visit(entry)) return;
    }
  }
}
