// The importer's name index on disk: its small parts on the first line of the occupations file, its
// lists (76,000 phrases, their words, every occupation's phrase numbers, the claims, the claims on
// shared titles) in a file of lists beside it (binary-sections.ts), read at start-up as views instead
// of parsed as JSON. The first line lists the sections and a stamp the lists file repeats, so lists
// from another import are refused instead of read as if they fitted.
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { decodeSections, encodeSections, type SectionValues } from "./binary-sections.js";
import type { NameIndex } from "./occupations-schema.js";
import { StoredPhrases } from "./phrase-list.js";

/** Beside `occupations.json`, `occupations.names.bin` (any other name: the name with the suffix added). */
export function namesFileOf(occupationsFile: string): string {
  const name = basename(occupationsFile);
  return join(dirname(occupationsFile), `${name.endsWith(".json") ? name.slice(0, -".json".length) : name}.names.bin`);
}

/** The name index as the first line holds it. */
export const writtenNameIndexSchema = z
  .object({
    canonicalForms: z.string(),
    claims: z.object({ rules: z.string(), order: z.array(z.string()) }).strict(),
    titleClaims: z.object({ rules: z.string() }).strict(),
    /** Ties the lists file to this line: the lists file starts with the same 32 characters. */
    stamp: z.string(),
    sections: z.array(z.tuple([z.string(), z.enum(["int32", "text", "bytes"]), z.number().int().nonnegative()])),
  })
  .strict();
export type WrittenNameIndex = z.infer<typeof writtenNameIndexSchema>;

/** What goes on the first line and what goes in the lists file. `codes`: the occupations' codes in the order of the file. */
export function splitNameIndex(index: NameIndex, codes: readonly string[], stamp: string): { written: WrittenNameIndex; bytes: Buffer } {
  const keyCounts = Int32Array.from(codes, (code) => index.keys[code]?.length ?? -1);
  const keys = new Int32Array(keyCounts.reduce((sum, n) => sum + Math.max(0, n), 0));
  let at = 0;
  for (const code of codes) {
    const list = index.keys[code];
    if (!list) continue;
    keys.set(list, at);
    at += list.length;
  }
  const { claims } = index;
  // The phrases as bytes, a newline after each but the last, and where each starts (and where a next one would).
  const phrases = Buffer.from([...index.phrases].join("\n"), "utf8");
  const phraseOffsets = new Int32Array(index.phrases.length + 1);
  let offset = 0;
  for (let i = 0; i < index.phrases.length; i++) {
    const phrase = index.phrases.at(i)!;
    if (phrase.includes("\n")) throw new Error("a phrase holds a newline");
    phraseOffsets[i] = offset;
    offset += Buffer.byteLength(phrase) + 1;
  }
  phraseOffsets[index.phrases.length] = index.phrases.length ? offset : 0;
  const sections: SectionValues = {
    phrases,
    phraseOffsets,
    words: index.words,
    phraseWords: index.phraseWords,
    ...(index.phraseWordStarts ? { phraseWordStarts: index.phraseWordStarts } : {}),
    keyCounts,
    keys,
    claimKeys: claims.keys,
    claimFirst: claims.first,
    claimNamed: claims.named,
    claimTitles: claims.titles,
    claimAlternatives: claims.alternatives,
    titleClaimStarts: index.titleClaims.starts,
    titleClaimRoles: index.titleClaims.roles,
    titleClaimValues: index.titleClaims.values,
  };
  const { bytes, layout } = encodeSections(stamp, sections);
  return {
    written: {
      canonicalForms: index.canonicalForms,
      claims: { rules: claims.rules, order: claims.order },
      titleClaims: { rules: index.titleClaims.rules },
      stamp,
      sections: layout,
    },
    bytes,
  };
}

const int32 = (values: SectionValues, name: string) => (values[name] instanceof Int32Array ? values[name] : undefined);
const strings = (values: SectionValues, name: string): readonly string[] | undefined => {
  const value = values[name];
  return value instanceof Uint8Array || value instanceof Int32Array ? undefined : value;
};

/** The name index from the first line's part and the lists file's bytes, or why they do not go together. */
export function joinNameIndex(written: WrittenNameIndex, bytes: Buffer, codes: readonly string[]): NameIndex | string {
  const values = decodeSections(bytes, written.stamp, written.sections);
  if (typeof values === "string") return values;
  const phraseBytes = values.phrases instanceof Buffer ? values.phrases : undefined;
  const phraseOffsets = int32(values, "phraseOffsets");
  const phrases = phraseBytes && phraseOffsets ? StoredPhrases.of(phraseBytes, phraseOffsets) : undefined;
  const [words, phraseWords, keyCounts, allKeys] = [strings(values, "words"), int32(values, "phraseWords"), int32(values, "keyCounts"), int32(values, "keys")];
  const [keys, first, named, titles, alternatives] = ["claimKeys", "claimFirst", "claimNamed", "claimTitles", "claimAlternatives"].map((n) => int32(values, n));
  if (phraseBytes && phraseOffsets && !phrases) return "its phrases do not fit their offsets";
  if (!phrases || !words || !phraseWords || !keyCounts || !allKeys || !keys || !first || !named || !titles || !alternatives) return "a section is missing";
  if (keyCounts.length !== codes.length) return "not for these occupations";
  const byCode: Record<string, Int32Array> = {};
  let at = 0;
  for (let i = 0; i < codes.length; i++) {
    const count = keyCounts[i]!;
    if (count < 0) continue;
    if (at + count > allKeys.length) return "not for these occupations";
    byCode[codes[i]!] = allKeys.subarray(at, (at += count));
  }
  if (at !== allKeys.length) return "not for these occupations";
  const [starts, roles, claimValues] = ["titleClaimStarts", "titleClaimRoles", "titleClaimValues"].map((n) => int32(values, n));
  if (!starts || !roles || !claimValues) return "a section is missing";
  const titleClaimsProblem = checkTitleClaims(starts, roles, claimValues, phrases.length, written.claims.order.length);
  if (titleClaimsProblem) return titleClaimsProblem;
  const { canonicalForms, claims } = written;
  return {
    canonicalForms,
    phrases,
    keys: byCode,
    words: words as string[],
    phraseWords,
    ...(values.phraseWordStarts instanceof Int32Array ? { phraseWordStarts: values.phraseWordStarts } : {}),
    claims: { rules: claims.rules, order: claims.order, keys, first, named, titles, alternatives },
    titleClaims: { rules: written.titleClaims.rules, starts, roles, values: claimValues },
  };
}

/** Why the claims on shared titles cannot be read as runs by phrase number (or undefined): checked once, so a lookup need not. */
function checkTitleClaims(starts: Int32Array, roles: Int32Array, values: Int32Array, phraseCount: number, roleCount: number): string | undefined {
  const problem = "its claims on shared titles do not fit its phrases";
  if (starts.length !== phraseCount + 1 || starts[0] !== 0 || starts[phraseCount] !== roles.length || values.length !== roles.length) return problem;
  for (let k = 0; k < phraseCount; k++) if (starts[k + 1]! < starts[k]!) return problem;
  for (let i = 0; i < roles.length; i++) if (roles[i]! < 0 || roles[i]! >= roleCount || values[i]! < 0) return problem;
  return undefined;
}
