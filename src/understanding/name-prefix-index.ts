// Autocomplete's lookup of names by what was typed so far, without scanning 70,000 names: every
// word start of every name (the name itself, and each point after a space) as a sorted list, so
// the names starting with the input, or with a word starting with it, are one binary search away.
import type { NameEntry } from "./role-index.js";

export class NamePrefixIndex {
  /** The text from each word start to the end of its name, sorted. */
  private readonly tails: string[];
  /** For each tail, the name's place in `ranked`, negated minus one when the tail is the whole name. */
  private readonly places: Int32Array;

  /** `ranked`: the names in the order autocomplete offers them (titles first). */
  constructor(private readonly ranked: readonly NameEntry[]) {
    const starts: { tail: string; place: number }[] = [];
    ranked.forEach((entry, place) => {
      const phrase = entry.phrase;
      starts.push({ tail: phrase, place: -1 - place });
      for (let i = phrase.indexOf(" "); i !== -1; i = phrase.indexOf(" ", i + 1)) starts.push({ tail: phrase.slice(i + 1), place });
    });
    starts.sort((a, b) => (a.tail < b.tail ? -1 : a.tail > b.tail ? 1 : a.place - b.place));
    this.tails = starts.map((s) => s.tail);
    this.places = Int32Array.from(starts, (s) => s.place);
  }

  /**
   * Names whose whole text starts with `prefix` (`wholeName`), or that have a later word starting
   * with it (not `wholeName`), in ranked order: the same as scanning `ranked` with startsWith or
   * includes(" " + prefix). The walk ends when `visit` returns true.
   */
  forEachStartingWith(prefix: string, wholeName: boolean, visit: (entry: NameEntry) => boolean): void {
    let low = 0;
    let high = this.tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.tails[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let i = low; i < this.tails.length && this.tails[i]!.startsWith(prefix); i++) {
      const place = this.places[i]!;
      if (wholeName ? place < 0 : place >= 0) found.push(place < 0 ? -1 - place : place);
    }
    const places = Int32Array.from(found).sort();
    for (let i = 0; i < places.length; i++) {
      if (i > 0 && places[i] === places[i - 1]) continue; // a name with the word twice
      if (visit(this.ranked[places[i]!]!)) return;
    }
  }
}
