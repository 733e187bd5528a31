// The importer's 76,000 canonical phrases as the name index reads them: by number, one at a time.
// A start-up reads a few thousand of them (the curated layer's names, binary searches, the one-word
// names the word lists of the day may rule out), so they stay bytes of the name index's lists file
// (name-index-file.ts) and each becomes a string the first time it is read, instead of
// 76,000 strings made, and collected, at every start.
import { isAscii } from "node:buffer";

/** How many phrases are made one at a time before the rest are made at once. */
const ALL_AT_ONCE_AFTER = 8192;

/** Phrases by number: an array of them, or the stored ones. */
export interface PhraseList extends Iterable<string> {
  readonly length: number;
  at(index: number): string | undefined;
}

/** Phrases held as bytes: phrase i is bytes[offsets[i]] up to the byte before offsets[i + 1] (a newline between each). */
export class StoredPhrases implements PhraseList {
  readonly length: number;
  private readonly strings: (string | undefined)[];
  private readonly encoding: "latin1" | "utf8";
  /** How many phrases were made one at a time (see at). */
  private madeOneByOne = 0;

  private constructor(
    private readonly bytes: Buffer,
    private readonly offsets: Int32Array,
  ) {
    this.length = offsets.length - 1;
    this.strings = new Array<string | undefined>(this.length).fill(undefined);
    this.encoding = isAscii(bytes) ? "latin1" : "utf8";
  }

  /** The phrases of `bytes`, or undefined when `offsets` do not fit them (one more offset than phrases, growing, the last one past the end). */
  static of(bytes: Buffer, offsets: Int32Array): StoredPhrases | undefined {
    if (offsets.length === 1 && bytes.length === 0) return new StoredPhrases(bytes, offsets);
    if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== bytes.length + 1) return undefined;
    for (let i = 1; i < offsets.length; i++) if (offsets[i]! <= offsets[i - 1]!) return undefined;
    return new StoredPhrases(bytes, offsets);
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const made = this.strings[index];
    if (made !== undefined) return made;
    // Past a few thousand phrases the reader is going through them all (the warm-up's hash map,
    // autocomplete's entries): one decode and one split make the rest at a fraction of the cost.
    if (++this.madeOneByOne > ALL_AT_ONCE_AFTER) return this.makeAll()[index];
    return (this.strings[index] = this.bytes.toString(this.encoding, this.offsets[index], this.offsets[index + 1]! - 1));
  }

  private makeAll(): (string | undefined)[] {
    const all = this.length ? this.bytes.toString(this.encoding).split("\n") : [];
    for (let i = 0; i < this.length; i++) this.strings[i] ??= all[i];
    this.madeOneByOne = -Infinity;
    return this.strings;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

/** `list` followed by `extra`, without copying `list`. */
export function appendPhrases(list: PhraseList, extra: readonly string[]): PhraseList {
  if (extra.length === 0) return list;
  const base = list.length;
  return {
    length: base + extra.length,
    at: (index) => (index < base ? list.at(index) : extra[index - base]),
    *[Symbol.iterator]() {
      yield* list;
      yield* extra;
    },
  };
}

/**
 * The number of `phrase` among the first `sorted` phrases (all, by default), which are in sorted
 * order (code units), by binary search; undefined when absent.
 */
export function findPhrase(phrases: PhraseList, phrase: string, sorted = phrases.length): number | undefined {
  let low = 0;
  let high = sorted;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (phrases.at(middle)! < phrase) low = middle + 1;
    else high = middle;
  }
  return low < sorted && phrases.at(low) === phrase ? low : undefined;
}
