// "should i do lpn first or go straight for rn": one role as a step on the way to the other, against
// going straight there. The data has each role's typical entry education, its pay and whether O*NET
// lists the move; it has no bridge programs or how much of the second schooling the first one
// saves, which the verdict says rather than guess.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { toTokenView } from "../understanding/token-view.js";
import type { ParsedQuestion } from "../understanding/types.js";
import type { Verdict } from "./answer.js";
import { findRoute } from "./compose-path.js";
import { EDUCATION_LABELS, formatMoney, perUnit } from "./format-figures.js";
import { entryEducation, headlineMedian, shortAttribution } from "./role-evidence.js";

/** "lpn first or straight to rn", "go directly for rn or do lpn first" (the question's words, normalised). */
export const FIRST_OR_STRAIGHT = /\bfirst\b.*\b(straight|directly)\b|\b(straight|directly)\b.*\bfirst\b/;

const NO_BRIDGES = "The data doesn't cover bridge programs or how much of the second schooling the first one saves.";

/**
 * Which of two roles is the first step: the one named right before "first". Null when neither is
 * (then the question is no such choice).
 */
export function firstStepOf(parsed: ParsedQuestion, entries: readonly RoleEntry[]): { step: RoleEntry; target: RoleEntry } | null {
  if (entries.length !== 2 || parsed.roles.length !== 2) return null;
  const { tokens } = toTokenView(parsed.cleaned);
  const first = tokens.indexOf("first");
  const at = parsed.roles.findIndex((r) => r.end === first || r.end === first - 1);
  if (at < 0) return null;
  return { step: entries[at]!, target: entries[1 - at]! };
}

export function firstStepVerdict(knowledge: KnowledgeBase, step: RoleEntry, target: RoleEntry): Verdict {
  const stepLevel = entryEducation(step);
  const targetLevel = entryEducation(target);
  const parts: string[] = [];
  if (targetLevel) parts.push(`Straight to ${target.title}: ${EDUCATION_LABELS[targetLevel]} is the typical entry (BLS).`);
  const stepPay = headlineMedian(knowledge, step);
  const targetPay = headlineMedian(knowledge, target);
  const pay =
    stepPay && targetPay && stepPay.period === targetPay.period
      ? `, at a median of ${formatMoney(stepPay.median!)} against ${formatMoney(targetPay.median!)} ${perUnit(stepPay.period)} for ${target.title} (${shortAttribution(knowledge, targetPay)})`
      : "";
  if (stepLevel) parts.push(`${step.title} first: ${EDUCATION_LABELS[stepLevel]}, then work as one on the way${pay}.`);
  const route = findRoute(knowledge, step, target);
  if (route?.route.length === 2)
    parts.push(`${route.via === "editor" ? "The role notes list" : "O*NET lists"} ${target.title} among the next steps from ${step.title}.`);
  if (!parts.length) return { text: NO_BRIDGES, basis: "none" };
  return { text: `${parts.join(" ")} ${NO_BRIDGES}`, basis: "data" };
}
