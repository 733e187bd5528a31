/**
 * Optimal-string-alignment (Damerau-Levenshtein) distance, stopping early once it exceeds `max`.
 * Decides whether a vocabulary word found by the typo index (typo-index.ts) is close enough.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** editDistance(a, b, 1) <= 1 without allocating: equal, or one substitution, insertion, deletion or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  return a === b || withinOneEditOfStart(a, b, b.length);
}

/** withinOneEdit(a, b.slice(0, length)), without the slice. */
export function withinOneEditOfStart(a: string, b: string, length: number): boolean {
  return oneEdit(a, b, Math.min(Math.max(length, 0), b.length), true);
}

/**
 * One letter left out, one too many, or two neighbours swapped ("nusring", "acounting", "wellding"),
 * but not one letter for another: "paying" and "paving", "hiring" and "wiring" are both words.
 */
export function oneSlipNoSubstitution(a: string, b: string): boolean {
  return a !== b && oneEdit(a, b, b.length, false);
}

/**
 * Two neighbouring letters swapped after the first and nothing else ("nures" for "nurse", "laywer" for
 * "lawyer"): the commonest slip, and one that seldom makes another word. A member rarely slips on the
 * first letter ("techer" is no "etcher").
 */
export function swappedNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i > 0 && i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2);
}

/** One doubled letter written once, or one letter doubled ("programer" for "programmer", "acountant"). */
export function doubledLetterSlip(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // long[i] is the extra letter: it doubles its neighbour.
  const doubles = (i > 0 && long.charCodeAt(i) === long.charCodeAt(i - 1)) || long.charCodeAt(i) === long.charCodeAt(i + 1);
  return doubles && short.slice(i) === long.slice(i + 1);
}

/** Whether a and b.slice(0, lb) are equal or one edit apart: a letter left out, added or swapped with its neighbour, or (`substitution`) one letter for another. */
function oneEdit(a: string, b: string, lb: number, substitution: boolean): boolean {
  const la = a.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la > lb) return sameFrom(a, la, i + 1, b, lb, i);
  if (lb > la) return sameFrom(a, la, i, b, lb, i + 1);
  return (
    (substitution && sameFrom(a, la, i + 1, b, lb, i + 1)) ||
    (i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, la, i + 2, b, lb, i + 2))
  );
}

/** Whether a[ai..la) equals b[bi..lb). */
function sameFrom(a: string, la: number, ai: number, b: string, lb: number, bi: number): boolean {
  while (ai < la && bi < lb && a.charCodeAt(ai) === b.charCodeAt(bi)) {
    ai++;
    bi++;
  }
  return ai === la && bi === lb;
}

// Rows reused by withinEdits: it runs over thousands of vocabulary words per unknown word.
const ROW_LENGTH = 64;
let rowA = new Int32Array(ROW_LENGTH);
let rowB = new Int32Array(ROW_LENGTH);
let rowC = new Int32Array(ROW_LENGTH);

/** editDistance(a, b, max) <= max, without allocating (the same distance, the same early stop). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > ROW_LENGTH) return editDistance(a, b, max) <= max;
  let prevPrev = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  const result = prev[b.length]! <= max;
  [rowA, rowB, rowC] = [prevPrev, prev, row];
  return result;
}

/**
 * The fewest edits (substitutions, insertions, deletions) that make `pattern` appear somewhere inside
 * `text`: how the fuse.js (bitap) search ranked typo candidates before the typo index replaced it.
 */
export function substringErrors(pattern: string, text: string): number {
  // Column by column over the pattern; a match may start anywhere in the text, so row 0 stays 0.
  let prev = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1)));
    prev = row;
  }
  return Math.min(...prev);
}
