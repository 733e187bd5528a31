// Reads a message in the context of the answer it follows up on: a reply to one of the bot's
// answers, or (in a DM or the terminal chat) the previous question of the last few minutes.
// The context is just the roles and aspect of that answer; nothing else is remembered.
//
// The rules, as a member would expect them:
// - No role named, but an aspect, a question shape, a pay period or a place ("what about pay?", "and
//   the skills?", "which pays more?", "do I need a degree?", "per hour?", "and weekly?", "what about in
//   the uk?"): the same roles, the new aspect.
// - One new role with "what about", "how about", "and", "instead" ("what about a receptionist?"):
//   in a comparison the new role takes the place of the last one (the second of two), or of the one
//   named after "instead of" / "rather than"; after a one-role answer it takes that role's place,
//   because the member asked about that role, not for a comparison.
// - One new role with "vs", "compared to", "or", "than" ("vs a receptionist?"): added beside the
//   roles shown (a comparison), the last one replaced when three are shown already.
// - One of the roles shown, alone ("what about the office manager?"): that role on its own.
// - The aspect asked now wins; without one, the aspect of the answer carries over.
// - Anything else (a full question with its own roles, thanks, chat) is read as it stands.
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { normalizeWords } from "../text/normalize.js";
import { tierFor } from "./confidence.js";
import { buildAspectTable, chooseAspect, findAspectHits } from "./detect-aspect.js";
import { detectQuestionKind } from "./detect-kind.js";
import { askedPayBand } from "./detect-pay-band.js";
import { askedPayPer } from "./detect-pay-period.js";
import { namedPlace, placeAlone } from "./detect-place.js";
import { detectTopic } from "./detect-topic.js";
import { refineAspect } from "./refine-aspect.js";
import { MAX_ROLES } from "./find-role-mentions.js";
import { insideAny, toTokenView } from "./token-view.js";
import { ASPECT_CUE_WEIGHT } from "./tuning.js";
import { roleMention, type ParsedQuestion, type RoleMention } from "./types.js";

/** The answer a message follows up on: its roles in order, and the aspect it showed. */
export interface FollowUpContext {
  roleIds: readonly string[];
  aspect: AspectId | null;
}

/** How the context was used: the same roles, one role replaced, one added, or one picked out. */
export type FollowUpKind = "same-roles" | "swap" | "add" | "narrow";

/** "what about X", "how about X", "and X?", "X instead": another role in the same frame. */
const SWAP_CUE = /^(so |ok |okay |and |but )?(what about|how about|what of|and|or|same for|now|then)\b|\binstead\b/;
/** Filler before a follow-up's question: "ok but what about stress", "lol what about pay", "wait how much do they make". */
const FILLER_START = /^((ok|okay|k|kk|so|but|and|lol|lmao|cool|wait|alright|oh|ah|hmm|yeah|yea|ya|fr|tho|nice|thanks|thx|ty) )+(?=\S)/;
/** "vs X", "compared to X", "how does it compare with X": the new role beside the old ones. */
const ADD_CUE = /\b(vs|versus|compared? (to|with)|comparison|against|than)\b/;

/** Articles that may stand between "or" and the role named ("or a secretary", "or the secretary"). */
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
/**
 * "or a dental assistant?", "dental assistant or?": "or" right beside the role named sets it against the
 * roles shown; elsewhere it joins the question's own choices ("do i need to be certified or can i learn
 * on the job" asks a fresh question of the job it names).
 */
function orBeside(parsed: ParsedQuestion, named: RoleMention): boolean {
  const { tokens } = toTokenView(parsed.cleaned);
  const before = ARTICLES.has(tokens[named.start - 1] ?? "") ? named.start - 2 : named.start - 1;
  return tokens[before] === "or" || tokens[named.end] === "or";
}
/** "X instead of Y": Y is the role to replace. */
const REPLACE_CUE = /\b(instead of|rather than|in place of|replace|swap)\b/;
const INSTEAD = /\binstead\b/;
/** Words that point back at the roles shown: "is it hard", "do they need a degree", "which one". */
const POINTS_BACK = /\b(it|its|they|them|their|that|this|those|these|one|ones|either|both|there|job|role|career)\b/;
/** A question's first word: "which pays more", "is it hard", "tell me about their duties". */
const QUESTION_START = /^(what|whats|which|how|who|whos|why|where|when|do|does|did|is|are|can|could|should|would|will|tell|show|give|compare)\b/;
/** "pay", "skills please", "salary?": an aspect alone asks about it. */
const TELEGRAPHIC_MAX_WORDS = 3;
/** "how long does it take", "how many years": the time the way in takes, of the roles shown. */
const HOW_LONG = /\b(how long|how many (years|months))\b/;
/** Words about the bot itself: "is this bot working?" is not about the roles shown. */
const ABOUT_THE_BOT = /\b(bot|you|u|server|discord|channel)\b/;
/**
 * Words of a line said to the people around, not of the jobs shown: "is it friday yet?", "do u guys get
 * paid today?", "which one of yall took my charger", "how do i get there from here lol".
 */
const CHAT_MARKERS =
  /\b(yall|y all|you all|you guys|u guys|guys|bot|server|discord|channel|today|tonight|tomorrow|tmrw|tmr|yet|here|lunch|dinner|breakfast|coffee|pizza|tacos?|party|game|friday|payday|park|charger|thing|weather|raining)\b/;
/** "the first one", "the second", "the latter", "2nd one": one of the roles shown, by its place ("the first job" is no pick). */
const ORDINAL =
  /\bthe (first|second|third|last|former|latter)\b(?! (job|time|year|step|thing|day|week|month|place|half))|\b(first|1st|second|2nd|third|3rd|last) one\b/;
const ORDINAL_PLACE: Readonly<Record<string, number>> = { first: 0, "1st": 0, former: 0, second: 1, "2nd": 1, third: 2, "3rd": 2, last: -1, latter: -1 };

/** The role shown that an ordinal picks, or null. */
function ordinalPick(words: string, shown: readonly string[]): string | null {
  const found = ORDINAL.exec(words);
  if (!found) return null;
  const at = ORDINAL_PLACE[found[1] ?? found[3]!]!;
  return shown.at(at) ?? null;
}

/** "do you know which pays more", "can u tell me which is easier": the bot asked, about the roles shown. */
const ASKING_THE_BOT = /\b(do|does|would|could|can) (you|u) (know|tell me|say)\b/;

/** "whats the difference", "how are they different": the roles shown, set side by side. */
const DIFFERENCE = /\b(difference|differences|different|differ|diff)\b/;

export interface FollowUpResolver {
  /** The parsed question, read in the context; unchanged when it is not a follow-up. */
  apply(parsed: ParsedQuestion, context: FollowUpContext): ParsedQuestion;
}

export function createFollowUpResolver(knowledge: KnowledgeBase): FollowUpResolver {
  const aspects = buildAspectTable();

  /** A role from the context, as if typed by its title: nothing was typed, so its span is empty. */
  const contextMention = (roleId: string): RoleMention => roleMention(roleId, knowledge.getRole(roleId)!.title, 0, 0, 1);

  /** The aspect the message itself names (outside role names), or null when it names none. */
  function askedAspect(parsed: ParsedQuestion): AspectId | null {
    const view = toTokenView(parsed.cleaned);
    const inRole = (i: number) => insideAny(parsed.roles, i);
    const hits = findAspectHits(aspects, view.tokens, inRole);
    if (!hits.some((h) => h.weight >= ASPECT_CUE_WEIGHT)) return null;
    return chooseAspect(hits, { view, roleSpans: parsed.roles });
  }

  function withRoles(
    parsed: ParsedQuestion,
    roles: RoleMention[],
    aspect: AspectId | null,
    followUp: FollowUpKind,
    contextAspect: AspectId | null,
  ): ParsedQuestion {
    const confidence = Math.min(...roles.map((r) => r.confidence));
    const { smallTalk: _chat, skippedRoles: _skipped, ...rest } = parsed;
    const kind = detectQuestionKind(parsed.cleaned, roles.length);
    // "is it a dead end?", "which is more stressful?": the topic settles the aspect as in a full question.
    const words = normalizeWords(parsed.cleaned);
    const topic = detectTopic(words);
    const refined = refineAspect(aspect ?? "overview", kind, topic, words, roles.length);
    const finalAspect = aspect === null && refined === "overview" ? (contextAspect ?? "overview") : refined;
    const payBand = finalAspect === "salary" ? askedPayBand(words) : null;
    // "what about per month?", "and weekly?": the pay shown, worked out for that period.
    const payPer = finalAspect === "salary" ? askedPayPer(parsed.cleaned) : null;
    const place = parsed.place ?? namedPlace(words) ?? placeAlone(words);
    return {
      ...rest,
      intent: roles.length >= 2 ? "compare" : "profile",
      roles,
      aspect: finalAspect,
      kind,
      ...(topic ? { topic } : {}),
      ...(payBand ? { payBand } : {}),
      ...(payPer ? { payPer } : {}),
      ...(place ? { place } : {}),
      suggestions: tierFor(confidence) === "weak" ? parsed.suggestions : [],
      confidence,
      tier: tierFor(confidence),
      followUp,
    };
  }

  function apply(parsed: ParsedQuestion, context: FollowUpContext): ParsedQuestion {
    const shown = context.roleIds.filter((id) => knowledge.getRole(id)).slice(0, MAX_ROLES);
    if (shown.length === 0 || parsed.unknownRoles.length > 0) return parsed;
    const words = normalizeWords(parsed.cleaned);
    // ("ok but what about stress": the question after the filler.)
    const unfilled = words.replace(FILLER_START, "");
    const aspect = askedAspect(parsed);

    if (parsed.roles.length === 0) {
      const alone = placeAlone(words);
      // "thanks for the skills!", "good to know": chat about the answer; "thanks! what about pay?" asks again.
      const asks =
        parsed.cleaned.includes("?") ||
        // (No question word is filler: the words without it open the same as with it when there is none.)
        QUESTION_START.test(unfilled) ||
        SWAP_CUE.test(words) ||
        SWAP_CUE.test(unfilled) ||
        DIFFERENCE.test(words) ||
        alone !== null ||
        (aspect !== null && words.split(" ").length <= TELEGRAPHIC_MAX_WORDS);
      if (parsed.intent !== "none" || !asks || CHAT_MARKERS.test(words.replace(ASKING_THE_BOT, ""))) return parsed;
      const kind = detectQuestionKind(parsed.cleaned, shown.length);
      const pointsBack = POINTS_BACK.test(words) && !ABOUT_THE_BOT.test(words);
      // "how long does it take": becoming the role shown (or each of those shown).
      const howLong = pointsBack && HOW_LONG.test(words);
      // "and weekly?", "what about in the uk?": the answer shown, per week or for that place.
      const perPeriod = askedPayPer(parsed.cleaned) !== null;
      const place = namedPlace(words) ?? alone;
      const placed = place !== null && !place.startsWith("each ");
      const difference = shown.length > 1 && DIFFERENCE.test(words);
      // "tell me more about the second one", "is the first one worth it": one of the roles shown.
      const picked = shown.length > 1 ? ordinalPick(words, shown) : null;
      const asksMore =
        picked !== null ||
        difference ||
        aspect !== null ||
        parsed.payPeriod !== undefined ||
        perPeriod ||
        placed ||
        kind === "which" ||
        kind === "path" ||
        (kind === "yes-no" && pointsBack) ||
        howLong;
      if (!asksMore) return parsed;
      const read = withRoles(
        parsed,
        (picked ? [picked] : shown).map(contextMention),
        aspect ?? (howLong ? "requirements" : perPeriod ? "salary" : difference ? "overview" : null),
        "same-roles",
        context.aspect,
      );
      return howLong && read.roles.length === 1 ? { ...read, kind: "path" } : read;
    }

    const fresh = parsed.roles.filter((r) => !shown.includes(r.roleId));
    const repeated = parsed.roles.filter((r) => shown.includes(r.roleId));
    // "what about a receptionist instead of the office manager?": the named shown role is replaced.
    if (fresh.length === 1 && repeated.length === 1 && shown.length >= 2 && REPLACE_CUE.test(words)) {
      const roles = shown.map((id) => (id === repeated[0]!.roleId ? fresh[0]! : contextMention(id)));
      return withRoles(parsed, roles, aspect, "swap", context.aspect);
    }
    if (parsed.roles.length !== 1 || (parsed.intent !== "profile" && parsed.intent !== "compare")) return parsed;
    const [named] = parsed.roles as [RoleMention];
    const setAgainst = ADD_CUE.test(words) || orBeside(parsed, named);
    if (!SWAP_CUE.test(words) && !SWAP_CUE.test(unfilled) && !setAgainst) return parsed;

    if (repeated.length === 1) return shown.length > 1 ? withRoles(parsed, [named], aspect, "narrow", context.aspect) : parsed;
    // "vs X" beside a one-role answer, or any "compared to X": a comparison with the roles shown.
    const adds = setAgainst && !REPLACE_CUE.test(words) && !INSTEAD.test(words);
    if (adds) {
      const kept = shown.slice(0, MAX_ROLES - 1).map(contextMention);
      return withRoles(parsed, [...kept, named], aspect, "add", context.aspect);
    }
    const roles = shown.length === 1 ? [named] : [...shown.slice(0, -1).map(contextMention), named];
    return withRoles(parsed, roles, aspect, "swap", context.aspect);
  }

  return { apply };
}
