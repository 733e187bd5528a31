// How strongly a role claims a shared title, name by name: one implementation for the answer's
// evidence (shared-title-evidence.ts) and the importer, which works out every occupation's claims
// on the phrases of its own names ahead of time (import/precompute-title-claims.ts), so the first
// question naming a shared title does not read hundreds of names (and parse their details line).
import { NAME_WEIGHTS } from "../knowledge/role-entry.js";
import { canonicalFormsFingerprint } from "./canonical-tokens.js";
import { hasPhrase, includesLowerCase } from "./phrase-match.js";
import { rulesFingerprint } from "./rules-fingerprint.js";

export interface Claim {
  /** The strongest weight among the role's names equal to the phrase (NAME_WEIGHTS). */
  weight: number;
  /** How many of the role's names contain the phrase. */
  density: number;
}

/** Bump whenever addNameClaim (or what it calls) changes: the importer's claims are then not used. */
const TITLE_CLAIM_RULES_VERSION = 1;

/** A stored claim is density * WEIGHT_SPAN + weight: every weight is below it. */
export const WEIGHT_SPAN = 1024;

/** Everything a stored claim depends on besides the names: claims stored under other rules are made again. */
export function titleClaimRulesFingerprint(): string {
  return rulesFingerprint(TITLE_CLAIM_RULES_VERSION, WEIGHT_SPAN, canonicalFormsFingerprint(), NAME_WEIGHTS);
}

/**
 * The start of the phrase's last word: only names that contain it (in any case) can contain the
 * phrase, a cheap test before a name's canonical form, so a role with hundreds of names costs little.
 */
export function claimStem(phrase: string): string {
  const last = phrase.slice(phrase.lastIndexOf(" ") + 1);
  return last.slice(0, Math.min(4, last.length));
}

/**
 * Adds one name of a role to its claim on `phrase` (`stem`: claimStem(phrase)). `canonical` is the
 * name's canonical phrase when it is at hand (the importer's), else `fold` makes it, only for a name
 * that passes the cheap test.
 */
export function addNameClaim(
  claim: Claim,
  phrase: string,
  stem: string,
  name: string,
  weight: number,
  canonical: string | undefined,
  fold: (name: string) => string,
): void {
  if (canonical !== undefined) {
    // Most of a role's names do not hold the phrase at all: a native search rules them out first.
    if (!canonical.includes(phrase) || !includesLowerCase(name, stem)) return;
  } else {
    if (!includesLowerCase(name, stem)) return;
    canonical = fold(name);
  }
  if (canonical === phrase) claim.weight = Math.max(claim.weight, weight);
  if (hasPhrase(canonical, phrase)) claim.density++;
}

/** A claim as stored (see WEIGHT_SPAN). */
export function packClaim(claim: Claim): number {
  if (!(claim.weight >= 0 && claim.weight < WEIGHT_SPAN) || claim.density > 0x1fffff) throw new Error(`a claim out of range: ${JSON.stringify(claim)}`);
  return claim.density * WEIGHT_SPAN + claim.weight;
}

export function unpackClaim(value: number): Claim {
  return { weight: value % WEIGHT_SPAN, density: Math.floor(value / WEIGHT_SPAN) };
}
