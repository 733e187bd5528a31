// "an operator at a water plant", "a scientist working on food products", "an inspector who checks
// houses": a bare title word that names no one occupation, made one by what the message says right
// after it. A word of that description and the title word make a title O*NET lists ("water operator",
// "food scientist", "house inspector"); where those titles point to one occupation, it is the one meant.
import { canonicalTokens } from "./canonical-tokens.js";
import type { RoleIndex } from "./role-index.js";
import { wordSet } from "./word-list.js";

/** Words that open a description of the worker: "who/that …", "at/for/in/on …", "working on …". */
const DESCRIBES = wordSet("DESCRIBES", ["who", "that", "at", "for", "in", "on", "working", "with"]);
/** How many words after the title word a description runs (to the next mark at most). */
const MAX_DESCRIBING_WORDS = 8;
/**
 * Words of a description that make a title of no use here: places any worker may be at ("an assistant
 * at a dentist's office" is no office assistant; "a designer for a home renovation company" no house
 * designer) and words of any sentence.
 */
const NOT_DESCRIBING = wordSet("NOT_DESCRIBING", [
  "office",
  "company",
  "firm",
  "business",
  "place",
  "home",
  "center",
  "job",
  "work",
  "people",
  "someone",
  "thing",
  "kind",
  "type",
  "can",
  "do",
  "make",
  "get",
  "need",
  "good",
  "new",
  "big",
  "small",
  "local",
  // ("a counselor at a rehab center helping people with addiction": drug rehab as often as the
  // rehabilitation counselors' work with disability.)
  "rehab",
]);
/** Words of the member's own life, where a description of the work has ended. */
const OWN_LIFE = wordSet("OWN_LIFE", ["i", "my", "me", "we", "our", "year", "month"]);
/** Words that set another side against the one described. */
const SETS_AGAINST = wordSet("SETS_AGAINST", ["versus", "or", "than", "compared"]);
/** A title whose other readings share the weight: "plant operator" is in seven occupations, "water operator" in one. */
const MIN_WEIGHT = 0.5;
/** The occupations O*NET keeps for work no other one names: "Sales and Related Workers, All Other". */
const CATCH_ALL = /\ball other\b/i;
/** The first word of what follows the title. */
const FIRST_WORD = /^\s*([a-z]+)/i;
/** Where a description ends. */
const MARK = /[,.;:!?(]/;

/**
 * The message with `head` (a title word read as no occupation, canonical) made the compound title its
 * description settles ("operator at a water plant" → "water operator at a water plant"), or null where
 * no description follows it or its words point to no single occupation.
 */
export function compoundFromContext(index: RoleIndex, text: string, head: string): string | null {
  if (!/^[a-z]+$/.test(head)) return null;
  const found = new RegExp(`\\b${head}s?\\b`, "i").exec(text);
  if (!found) return null;
  const after = text.slice(found.index + found[0].length).split(MARK)[0]!;
  // (Most titles are followed by no description: told by the next word before the rest is read.)
  if (!DESCRIBES.has(FIRST_WORD.exec(after)?.[1]?.toLowerCase() ?? "")) return null;
  const words = canonicalTokens(after);
  if (!DESCRIBES.has(words[0] ?? "")) return null;
  const weights = new Map<string, number>();
  let best: { roleId: string; word: string; weight: number } | null = null;
  for (const word of words.slice(1, 1 + MAX_DESCRIBING_WORDS)) {
    // ("mechanic for planes versus cars": the second kind is the other side, not this one's; "mechanic
    // for 15 years and my body is done": the member's own life, not the work.)
    if (SETS_AGAINST.has(word) || OWN_LIFE.has(word)) break;
    if (NOT_DESCRIBING.has(word) || DESCRIBES.has(word)) continue;
    const entry = index.nameOf([word, head], 0, 2);
    // (O*NET files "wedding coordinator" under sales workers "all other": a catch-all settles nothing.)
    if (!entry || CATCH_ALL.test(index.knowledge.getRole(entry.roleId)?.title ?? "")) continue;
    const weight = 1 / (1 + entry.alternatives.length);
    const total = (weights.get(entry.roleId) ?? 0) + weight;
    weights.set(entry.roleId, total);
    if (!best || total > best.weight) best = { roleId: entry.roleId, word, weight: total };
  }
  if (!best || best.weight < MIN_WEIGHT) return null;
  // (Two occupations as likely: "a computer specialist" or "an IT specialist" for "the specialist who fixes computers and IT tickets".)
  if ([...weights].some(([roleId, weight]) => roleId !== best.roleId && weight >= best.weight)) return null;
  return `${text.slice(0, found.index)}${best.word} ${text.slice(found.index)}`;
}
