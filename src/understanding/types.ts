import type { DataTopic } from "./data-question.js";
import type { RankRequest } from "./ranked-question.js";
import type { QuestionKind } from "./detect-kind.js";
import type { QuestionTopic } from "./detect-topic.js";
import type { PayAmount } from "./detect-pay-amount.js";
import type { AskedPercentile, PayBand } from "./detect-pay-band.js";
import type { AspectId } from "../knowledge/aspects.js";
import type { EducationLevel } from "../knowledge/schema.js";
import type { ConfidenceTier } from "./confidence.js";
import type { SmallTalk } from "./detect-small-talk.js";
import type { FollowUpKind } from "./follow-up.js";

export const INTENTS = ["compare", "profile", "unknown", "list", "help", "none"] as const;
export type Intent = (typeof INTENTS)[number];

export type { ConfidenceTier };

export interface RoleMention {
  roleId: string;
  /** The words as the member typed them (after cleaning), e.g. "offce manger". */
  typed: string;
  /** Token span in the canonical token list. */
  start: number;
  end: number;
  /** Other titles in the question that name the same role ("pipefitter" beside "plumber"). */
  alsoTyped?: string[];
  /** Token spans where the same role is named again. */
  alsoAt?: { start: number; end: number }[];
  /** A title several roles share: the others it may mean, likeliest first (see shared-title-evidence.ts). */
  alternatives?: string[];
  /** Nothing separated the roles sharing the title: ask which one was meant. */
  tossUp?: boolean;
  /** 1 for an exact title/alias match; lower when typos were corrected. */
  confidence: number;
}

/**
 * A mention with every field of RoleMention from the start, in one order: fields added later to
 * some mentions only (alternatives, alsoAt...) would give the parser's hot loops a different object
 * shape per combination, and each new one throws away their optimised code.
 */
export function roleMention(roleId: string, typed: string, start: number, end: number, confidence: number): RoleMention {
  return { roleId, typed, start, end, alsoTyped: undefined, alsoAt: undefined, alternatives: undefined, tossUp: undefined, confidence };
}

/** A period pay is asked for that BLS does not publish: worked out from the annual median. */
export type PayPer = "month" | "two weeks" | "week";

export interface ParsedQuestion {
  text: string;
  cleaned: string;
  intent: Intent;
  /** Known roles in order of mention, at most three. */
  roles: RoleMention[];
  aspect: AspectId | null;
  /** Role-like phrases the bot does not know ("marketing manager"). */
  unknownRoles: string[];
  /** Known roles named beyond the three an answer compares. */
  skippedRoles?: string[];
  /** Known role ids to offer when a role is unknown or a match is weak. */
  suggestions: string[];
  confidence: number;
  tier: ConfidenceTier;
  /** What shape of answer is wanted: an aspect's facts, a verdict, a path, or a yes or no. */
  kind?: QuestionKind;
  /** "hourly" when the question asks for pay per hour. */
  payPeriod?: "hourly";
  /** Pay asked per month or week ("salary per month", "weekly pay"): the figures are annual, so the answer works it out. */
  payPer?: PayPer;
  /** The hours of a shift whose pay is asked: "how much do nurses make in a 12 hour shift". */
  shiftHours?: number;
  /** What a verdict or yes-or-no question is about (pay, prospects, education, stress...). */
  topic?: QuestionTopic;
  /** Pay set aside by the member ("the difference besides pay"): an overview leads with something else. */
  payAside?: true;
  /** A title's letters asked to be spelled out: "what does cna stand for". */
  asksMeaning?: true;
  /** A question about the figures themselves ("what does median mean"), answered with the help. */
  dataTopic?: DataTopic;
  /** Two criteria joined by "and", in the order asked: "which has better pay and less school" (pay, then education). */
  criteria?: readonly [QuestionTopic, QuestionTopic];
  /** Starting or senior pay, when a pay question asks for either. */
  payBand?: PayBand;
  /** A percentile of pay asked by name ("top 10% of lawyers", "90th percentile"): its figure answers. */
  percentile?: AskedPercentile;
  /** A place named in the question ("in London"): the figures are US national ones. */
  place?: string;
  /** An employer named beside pay ("how much does google pay…"): the figures are across all employers. */
  employer?: string;
  /** The member's own years of experience, when they say ("I have 5 years as..."). */
  memberYears?: number;
  /** A long post's asking sentences (question-part.ts), where they are not the whole message: what its leads read. */
  askingPart?: string;
  /** The schooling the member says they have ("i have a bachelor's in psych", "just graduated with a … degree"). */
  memberEducation?: EducationLevel;
  /** An amount of pay named in the question ("can you make 100k as…", "is $25 an hour good for…"). */
  payAmount?: PayAmount;
  /**
   * The one role named is where the member is: "up" asks where it leads ("what can a cashier move up
   * to"), "out" what else its worker could do ("how do I get out of nursing"), "in" what leads into
   * it ("a good stepping stone to becoming a pa").
   */
  movingOn?: "up" | "out" | "in";
  /** No role named, but occupations to rank: "which trade pays the most" (the answer names the top ones). */
  ranking?: RankRequest;
  /** Set when the roles (or the aspect) came from the answer this message follows up on. */
  followUp?: FollowUpKind;
  /** For intent "none": what kind of chat it is, so a bot that was addressed can answer in kind. */
  smallTalk?: SmallTalk;
}
