// Finds the vocabulary words within one or two edits of a word without scanning the vocabulary: a
// deletion neighbourhood (as in SymSpell). Two words are within k edits (substitutions, insertions,
// deletions, swaps of neighbours) only if deleting at most k letters from each makes them equal, so
// every word is filed under itself and its deletions, and a typo looks up its own deletions. The
// table holds hashes, not strings (about 420,000 of them for 11,000 words), and every candidate is
// confirmed by the edit distance, so a hash collision costs a check, never a wrong answer.
import { withinEdits, withinOneEdit } from "./edit-distance.js";

/** Words at least this long are filed under their two-letter deletions too: the targets of two-edit typos. */
const TWO_DELETION_LENGTH = 6;
/** Table buckets: a power of two, about one per three filed hashes at occupation scale. */
const BUCKET_BITS = 17;

function hashSkipping(word: string, skipA: number, skipB: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skipA || i === skipB) continue;
    hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Each deletion of at most `max` letters (and the word itself), as a hash; a repeated deletion may come twice. */
function forEachDeletion(word: string, max: number, visit: (hash: number, deleted: number) => void): void {
  visit(hashSkipping(word, -1, -1), 0);
  if (max < 1) return;
  for (let i = 0; i < word.length; i++) {
    if (i > 0 && word[i] === word[i - 1]) continue; // deleting either of two equal letters gives the same word
    visit(hashSkipping(word, i, -1), 1);
    if (max < 2) continue;
    for (let j = i + 1; j < word.length; j++) {
      if (j > i + 1 && word[j] === word[j - 1]) continue;
      visit(hashSkipping(word, i, j), 2);
    }
  }
}

export class TypoIndex {
  private readonly starts: Int32Array;
  private readonly hashes: Uint32Array;
  /** Word number times 4 plus how many letters were deleted. */
  private readonly filed: Uint32Array;
  /** Which word numbers the current lookup has already seen: a stamp per word, so nothing is cleared between lookups. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(private readonly words: readonly string[]) {
    const maxDeletions = (word: string) => (word.length >= TWO_DELETION_LENGTH ? 2 : 1);
    // A counting sort into buckets by the hash's low bits: one pass to count, one to place.
    const buckets = 1 << BUCKET_BITS;
    const mask = buckets - 1;
    const counts = new Int32Array(buckets + 1);
    for (const word of words) forEachDeletion(word, maxDeletions(word), (hash) => void counts[(hash & mask) + 1]!++);
    for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
    this.starts = counts.slice();
    this.hashes = new Uint32Array(counts[buckets]!);
    this.filed = new Uint32Array(counts[buckets]!);
    const next = counts; // reused as the next free place in each bucket
    words.forEach((word, w) =>
      forEachDeletion(word, maxDeletions(word), (hash, deleted) => {
        const at = next[hash & mask]!++;
        this.hashes[at] = hash;
        this.filed[at] = w * 4 + deleted;
      }),
    );
    this.seen = new Uint32Array(words.length);
  }

  get size(): number {
    return this.hashes.length;
  }

  /**
   * Calls `visit` once for each word within `maxDistance` edits of `word` (1 or 2; the word itself
   * included if it is one), with its number in the list given to the constructor and its distance.
   * Two-edit targets shorter than TWO_DELETION_LENGTH letters are not filed deep enough to be found.
   */
  forEachWithin(word: string, maxDistance: 1 | 2, visit: (wordNumber: number, distance: number) => void): void {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const mask = (1 << BUCKET_BITS) - 1;
    forEachDeletion(word, maxDistance, (hash) => {
      const bucket = hash & mask;
      for (let at = this.starts[bucket]!; at < this.starts[bucket + 1]!; at++) {
        if (this.hashes[at] !== hash) continue;
        const filed = this.filed[at]!;
        const w = filed >>> 2;
        if (this.seen[w] === stamp || (filed & 3) > maxDistance) continue;
        this.seen[w] = stamp;
        const candidate = this.words[w]!;
        if (candidate === word) visit(w, 0);
        else if (withinOneEdit(word, candidate)) visit(w, 1);
        else if (maxDistance === 2 && withinEdits(word, candidate, 2)) visit(w, 2);
      }
    });
  }
}
