// Question -> intent, roles, aspect, confidence. Pure: no Discord, no I/O. Built once per knowledge base.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { cleanMessage } from "./clean-message.js";
import { buildAspectTable, chooseAspect, findAspectHits } from "./detect-aspect.js";
import { isHelpQuestion, isListQuestion } from "./detect-meta-intent.js";
import { findRoleMentions, MAX_ROLES } from "./find-role-mentions.js";
import { findUnknownRolePhrases, type UnknownPhrase } from "./find-unknown-roles.js";
import { ADDRESSING_OTHERS, AUXILIARY_STARTS, GENERIC_ROLE_WORDS, IMPERATIVE_STARTS, POSSESSIVES, QUESTION_WORDS, STOPWORDS } from "./lexicon.js";
import { RoleIndex } from "./role-index.js";
import { toTokenView } from "./token-view.js";
import type { ConfidenceTier, Intent, ParsedQuestion, RoleMention } from "./types.js";

/** Words that ask for a comparison on their own, and words that only do so when two roles are named ("same", "than"). */
const COMPARE_WORDS = new Set(["versus", "compare", "compared", "comparison", "difference"]);
const PAIR_WORDS = new Set(["different", "differ", "same", "similar", "between", "than", "or"]);
/** "a nurse", "an electrician" frame a role; "the recruiter" is usually a particular person. */
const ARTICLES = new Set(["a", "an"]);
const JOB_WORDS = new Set(["job", "role", "position", "career", "work"]);
/** Words that follow a question word in a real question: "what does", "how much", "which one". */
const QUESTION_FOLLOWERS = new Set(["does", "doe", "do", "is", "are", "much", "many", "can", "should", "would", "one", "kind", "sort", "type", "role", "job", "exactly", "did"]);
const FUZZY_FLOOR = 0.75;
/** First-person and news words: with no question shape they mark a statement about someone's day. */
const STATEMENT_MARKERS = new Set(["i", "im", "ive", "we", "weve", "my", "our", "just", "finally", "yesterday", "today", "tomorrow"]);
/** ...unless the statement is a request in disguise: "i want to know what an office manager earns". */
const REQUEST_PHRASES = [" want to know ", " wondering ", " curious ", " like to know ", " need to know ", " tell me ", " looking for info", " any idea", " wonder "];

export interface QuestionParser {
  parse(text: string): ParsedQuestion;
  readonly index: RoleIndex;
}

export function tierFor(confidence: number): ConfidenceTier {
  if (confidence >= 0.999) return "exact";
  return confidence >= FUZZY_FLOOR ? "fuzzy" : "weak";
}

export function createQuestionParser(knowledge: KnowledgeBase): QuestionParser {
  const index = new RoleIndex(knowledge);
  const aspects = buildAspectTable();

  function suggestionsFor(unknown: readonly UnknownPhrase[], typed: string, exclude: readonly string[]): string[] {
    const out: string[] = [];
    const add = (id: string) => {
      if (!out.includes(id) && !exclude.includes(id) && out.length < 3) out.push(id);
    };
    for (const u of unknown) for (const id of index.similarRoles(u.phrase, 3)) add(id);
    if (unknown.length === 0) for (const id of index.similarRoles(typed, 3)) add(id);
    return out;
  }

  function parse(text: string): ParsedQuestion {
    const cleaned = cleanMessage(text);
    const view = toTokenView(cleaned);
    const { tokens, typed } = view;
    const result = (intent: Intent, extra: Partial<ParsedQuestion> = {}): ParsedQuestion => ({
      text,
      cleaned,
      intent,
      roles: [],
      aspect: null,
      unknownRoles: [],
      suggestions: [],
      confidence: 1,
      tier: "exact",
      ...extra,
    });
    if (tokens.length === 0) return result("none");

    // Every known role counts for coverage (a fourth one is not "unknown"); an answer compares at most three.
    const mentioned = findRoleMentions(index, { tokens, typed });
    const roles = mentioned.slice(0, MAX_ROLES);
    const inRole = (i: number) => mentioned.some((r) => i >= r.start && i < r.end);
    const aspectHits = findAspectHits(aspects, tokens, inRole);
    const isAspectWord = (i: number) => aspectHits.some((h) => i >= h.start && i < h.end);

    if (roles.length === 0) {
      // "do you have a list of careers I can ask about?" asks for the list, not for instructions.
      if (tokens.includes("list") && isListQuestion(tokens)) return result("list");
      if (isHelpQuestion(tokens)) return result("help");
      if (isListQuestion(tokens)) return result("list");
    }

    const questionMark = cleaned.includes("?");
    const first = tokens[0]!;
    // A question may follow a lead-in ("my sister asked me this but what does a bookkeeper do"):
    // a question word followed by an auxiliary anywhere counts as well as one at the start.
    const embeddedQuestion = tokens.some((t, i) => QUESTION_WORDS.has(t) && i > 0 && QUESTION_FOLLOWERS.has(tokens[i + 1] ?? ""));
    const questionShape = questionMark || embeddedQuestion || QUESTION_WORDS.has(first) || AUXILIARY_STARTS.has(first) || IMPERATIVE_STARTS.has(first);
    const rawUnknown = findUnknownRolePhrases(tokens, typed, inRole, isAspectWord);
    const compareCue = tokens.some((t) => COMPARE_WORDS.has(t)) || (mentioned.length + rawUnknown.length >= 2 && tokens.some((t) => PAIR_WORDS.has(t)));
    // Weak words ("office", "know") are not enough to make a sentence a question about an aspect.
    const aspectCue = aspectHits.some((h) => h.aspect !== "overview" && h.weight >= 0.75);
    // "office manager", "receptionist salary": nothing but role names, aspect words and filler.
    const telegraphic = tokens.every((t, i) => inRole(i) || isAspectWord(i) || STOPWORDS.has(t));
    const possessed = (m: { start: number }) => POSSESSIVES.has(tokens[m.start - 1] ?? "") || POSSESSIVES.has(tokens[m.start - 2] ?? "");
    const addressingOthers = tokens.some((t) => ADDRESSING_OTHERS.has(t));
    const cleanedWords = ` ${tokens.join(" ")} `;

    const unknown = rawUnknown.filter((u) => {
      if (possessed(u)) return false;
      // Beside a known role, a bare generic word is a reporting line or a team, not a role to look up:
      // "does a program manager report to a director".
      if (mentioned.length > 0 && u.end - u.start === 1 && GENERIC_ROLE_WORDS.has(tokens[u.start]!)) return false;
      const before = tokens[u.start - 1] ?? "";
      // "UX designer job requirements": an aspect word may follow after "job" or "role".
      const after = JOB_WORDS.has(tokens[u.end] ?? "") ? u.end + 1 : u.end;
      const framed = compareCue || ARTICLES.has(before) || isAspectWord(u.start - 1) || isAspectWord(after) || isAspectWord(u.start - 2) || telegraphic;
      return framed && (questionShape || compareCue || aspectCue || telegraphic);
    });

    // Words inside an unknown title ("software" in "software engineer") are not aspect words.
    const outsideUnknown = aspectHits.filter((h) => !unknown.some((u) => h.start < u.end && h.end > u.start));
    const roleSpans = [...roles, ...unknown].sort((a, b) => a.start - b.start);
    const aspect = chooseAspect(outsideUnknown, { view, roleSpans });
    const unknownRoles = unknown.map((u) => u.phrase);

    if (roles.length === 0) {
      if (unknown.length > 0 && !addressingOthers) {
        return result("unknown", { aspect, unknownRoles, suggestions: suggestionsFor(unknown, cleaned, []) });
      }
      return result("none");
    }

    // "just got promoted to project manager", "we're ordering pizza for the accountants": news, not questions.
    const statement = !questionShape && !compareCue && tokens.some((t) => STATEMENT_MARKERS.has(t)) && !REQUEST_PHRASES.some((p) => cleanedWords.includes(p));
    const hasCue = questionShape || compareCue || aspectCue || telegraphic;
    const allPossessed = roles.every(possessed);
    // "can someone ask the office manager about parking?": talk among members about a colleague.
    const aboutAColleague = addressingOthers && !compareCue && !aspectCue;
    if (!hasCue || statement || aboutAColleague || (allPossessed && !questionMark)) return result("none", { confidence: 0.5, tier: "weak" });

    const roleIds = roles.map((r) => r.roleId);
    if (roles.length === 1 && unknown.length > 0 && compareCue) {
      return result("unknown", { roles, aspect, unknownRoles, suggestions: suggestionsFor(unknown, cleaned, roleIds) });
    }
    const confidence = Math.min(...roles.map((r: RoleMention) => r.confidence));
    const tier = tierFor(confidence);
    return result(roles.length >= 2 ? "compare" : "profile", {
      roles,
      ...(mentioned.length > MAX_ROLES ? { skippedRoles: mentioned.slice(MAX_ROLES).map((m) => m.roleId) } : {}),
      aspect,
      unknownRoles,
      suggestions: tier === "weak" ? suggestionsFor([], roles.map((r) => r.typed).join(" "), []) : [],
      confidence,
      tier,
    });
  }

  return { parse, index };
}
