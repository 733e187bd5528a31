// How long learning the job takes once hired, from O*NET's survey of workers (the On-the-Job
// Training scale, OJ): the middle answer, and the most common one where it differs. It answers
// "how long does it take to become…" better than a Job Zone's general description.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Occupation } from "../knowledge/occupations-schema.js";
import { normalizeWords } from "../text/normalize.js";
import { NEEDED_SOON } from "../understanding/detect-topic.js";

export interface TrainingTime {
  /** The category half the workers surveyed reach, e.g. "1 to 2 years". */
  middle: string;
  /** The middle answer is O*NET's lowest category: little or no training on the job. */
  little: boolean;
  /** The single most common answer, when it is another category and said by a fair share. */
  common: { label: string; percent: number } | null;
}

/** A most common answer is worth naming beside the middle one only when this many workers gave it. */
const COMMON_ANSWER_MIN_PERCENT = 25;

/** O*NET's category names as they read inside a sentence. */
function inSentence(label: string): string {
  if (/^none or short demonstration$/i.test(label)) return "none or a short demonstration";
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function trainingTime(knowledge: KnowledgeBase, occupation: Occupation | null): TrainingTime | null {
  const labels = knowledge.imported?.categories.training;
  const shares = occupation?.training;
  if (!labels || !shares?.length) return null;
  const total = shares.reduce((sum, p) => sum + p, 0);
  if (total <= 0) return null;
  let running = 0;
  let middle = -1;
  let common = 0;
  shares.forEach((p, i) => {
    running += p;
    if (middle < 0 && running >= total / 2) middle = i;
    if (p > shares[common]!) common = i;
  });
  const label = labels[middle];
  if (label === undefined) return null;
  const percent = Math.round((shares[common]! / total) * 100);
  const commonLabel = labels[common];
  return {
    middle: inSentence(label),
    little: middle === 0,
    common: common !== middle && percent >= COMMON_ANSWER_MIN_PERCENT && commonLabel ? { label: inSentence(commonLabel), percent } : null,
  };
}

/** "1 to 2 years is the middle answer of Electrician workers surveyed (37% say 4 to 10 years)". */
export function trainingTimeText(time: TrainingTime, title: string): string {
  const common = time.common ? ` (${time.common.percent}% say ${time.common.label})` : "";
  const amount = time.little ? "little or no on-the-job training" : `${time.middle} of on-the-job training`;
  return `${amount} is the middle answer of ${title} workers surveyed by O*NET${common}`;
}

/** The path card's step: "1 to 2 years is the middle answer of Electrician workers surveyed; 37% say 4 to 10 years (O*NET)". */
export function trainingTimeFact(time: TrainingTime, title: string): string {
  const common = time.common ? `; ${time.common.percent}% say ${time.common.label}` : "";
  return `${time.middle} is the middle answer of ${title} workers surveyed${common} (O*NET)`;
}

/** "How long does it take", "how many years", "fastest way": the member asked about time. */
export function asksHowLong(text: string): boolean {
  const words = normalizeWords(text);
  return (
    /\b(how long|how many (\w+ )?(years|yrs|months|weeks|hours)|how much time|how quickly|how fast|how soon|quickest|fastest|takes? longer|long does it take)\b/.test(
      words,
    ) || NEEDED_SOON.test(words)
  );
}
