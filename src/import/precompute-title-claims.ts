// Each occupation's claim on the phrase of each of its own names (its weight and how many of its
// names hold the phrase), worked out once here with the code the answers use
// (understanding/title-claim.ts): a title several occupations share is then weighed at once, where
// the first question naming it read every name of every occupation sharing it.
import type { NameIndex, Occupation, TitleClaimsData } from "../knowledge/occupations-schema.js";
import { forEachEntryName, occupationEntry } from "../knowledge/role-entry.js";
import { canonicalPhrase } from "../understanding/canonical-tokens.js";
import { addNameClaim, claimStem, packClaim, titleClaimRulesFingerprint, type Claim } from "../understanding/title-claim.js";

/**
 * Every phrase a canonical phrase holds as whole words (hasPhrase): its runs of words. A phrase not
 * among them is neither the name nor in it, so the name adds nothing to a claim on it.
 */
function wordRuns(canonical: string, withEmpty: boolean): Set<string> {
  const words = canonical.split(" ");
  const runs = new Set<string>(withEmpty ? [""] : []);
  for (let i = 0; i < words.length; i++) {
    let run = words[i]!;
    runs.add(run);
    for (let j = i + 1; j < words.length; j++) runs.add((run = `${run} ${words[j]!}`));
  }
  return runs;
}

/** The claims of the occupations in `index.claims.order` on the phrases of their own names (no editor's preferred titles). */
export function precomputeTitleClaims(occupations: readonly Occupation[], index: Pick<NameIndex, "phrases" | "keys" | "claims">): TitleClaimsData {
  const { phrases } = index;
  const byCode = new Map(occupations.map((o) => [o.code, o] as const));
  // Triples (phrase number, place, claim), by place: each phrase's run then comes out by place too.
  const found: number[] = [];
  index.claims.order.forEach((code, place) => {
    const occupation = byCode.get(code);
    const keys = index.keys[code];
    if (!occupation || !keys) return;
    const own = new Map<string, number>();
    for (const k of keys) {
      const key = k < 0 ? -k - 1 : k;
      own.set(phrases.at(key)!, key);
    }
    // A claim on every phrase of its names, even one none of them passes the cheap test for (weight 0).
    const claims = new Map<number, Claim>([...own.values()].map((key) => [key, { weight: 0, density: 0 }]));
    const withEmpty = own.has("");
    forEachEntryName(
      occupationEntry(occupation),
      (name, weight, _isTitle, key) => {
        const canonical = phrases.at(key)!;
        for (const phrase of wordRuns(canonical, withEmpty)) {
          const target = own.get(phrase);
          if (target !== undefined) addNameClaim(claims.get(target)!, phrase, claimStem(phrase), name, weight, canonical, canonicalPhrase);
        }
      },
      keys,
    );
    for (const [key, claim] of claims) found.push(key, place, packClaim(claim));
  });
  const starts = new Int32Array(phrases.length + 1);
  for (let i = 0; i < found.length; i += 3) starts[found[i]! + 1] = starts[found[i]! + 1]! + 1;
  for (let k = 0; k < phrases.length; k++) starts[k + 1] = starts[k + 1]! + starts[k]!;
  const roles = new Int32Array(found.length / 3);
  const values = new Int32Array(roles.length);
  const next = starts.slice(0, phrases.length);
  for (let i = 0; i < found.length; i += 3) {
    const at = next[found[i]!]!;
    next[found[i]!] = at + 1;
    roles[at] = found[i + 1]!;
    values[at] = found[i + 2]!;
  }
  return { rules: titleClaimRulesFingerprint(), starts, roles, values };
}
