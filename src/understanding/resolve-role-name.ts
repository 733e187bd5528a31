// Resolves what was typed into a slash-command role option: a role id picked from autocomplete, a
// title or alias typed in full, a typo, or something the bot does not know.
import { findRoleMentions } from "./find-role-mentions.js";
import { tierFor } from "./confidence.js";
import type { RoleIndex } from "./role-index.js";
import { toTokenView } from "./token-view.js";
import { MAX_SUGGESTIONS } from "./tuning.js";
import type { ConfidenceTier } from "./types.js";

export type RoleResolution =
  { status: "found"; roleId: string; tier: ConfidenceTier; confidence: number; typed: string } | { status: "unknown"; typed: string; suggestions: string[] };

export function resolveRoleName(index: RoleIndex, input: string): RoleResolution {
  const typed = input.trim();
  if (index.knowledge.getRole(typed)) return { status: "found", roleId: typed, tier: "exact", confidence: 1, typed };
  const view = toTokenView(typed);
  const mentions = findRoleMentions(index, view);
  // The whole input has to be the role name: "office" + "manager of stuff" is not a match.
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  if (only && view.tokens.length - (only.end - only.start) <= 1) {
    return { status: "found", roleId: only.roleId, tier: tierFor(only.confidence), confidence: only.confidence, typed };
  }
  return { status: "unknown", typed, suggestions: index.similarRoles(typed, MAX_SUGGESTIONS) };
}
