// Confidence tiers: how sure the parser is of a role. Shared by understanding (which sets them) and
// answers (which asks before answering a weak guess), so neither imports the other's internals.
import { EXACT_CONFIDENCE, FUZZY_FLOOR } from "./tuning.js";

/** How sure the parser is: adapters answer, answer with a note, or offer a choice. */
export type ConfidenceTier = "exact" | "fuzzy" | "weak";

export function tierFor(confidence: number): ConfidenceTier {
  if (confidence >= EXACT_CONFIDENCE) return "exact";
  return confidence >= FUZZY_FLOOR ? "fuzzy" : "weak";
}
