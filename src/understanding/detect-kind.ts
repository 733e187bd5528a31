// What shape of answer a role question wants, beside its aspect: the facts of an aspect, a verdict
// between roles ("which pays more"), a path from one role to another ("how do I get from A to B"),
// or a yes or no ("do I need a degree", "is it a good career"). Read from the wording alone.
import { normalizeWords } from "../text/normalize.js";
import { LEAVE_FOR, RANKS_MADE } from "./lexicon.js";
import { CLAUSE_AUXILIARY, PARENTS_WANT, VETERAN_MOVE } from "./question-signals.js";
import { THINK_ABOUT_BEING } from "./detect-topic.js";
import { splitSentences } from "./token-view.js";

export const QUESTION_KINDS = ["facts", "which", "path", "yes-no"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Moving between roles: "go from", "transition", "the route to", "become", "land a job as" ("how does a nurse get paid" is no move). */
const PATH_WORDS =
  /\b(get(?! paid\b)|land(?= (a|an|the|my|your|that)( \w+){0,3} (job|role|position|gig|career|offer)\b)|go|going|move|moving|transition|transitioning|switch|switching|progress|step up|get promoted|promoted|break into|get into|pivot|career change|path|pathway|route|roadmap|steps|next step|become|becoming|make the jump|make the move|work (my way |your way |our way )?up to|level up|move up to|fast track|fast tracks|shortcut|short cut|(faster|quicker|quick|shorter) (way|route))\b/;
const HOW_TO =
  /\b(how (do|does|can|would|should|could|did) (i|you|one|someone|people|a|an|we)|how (i|we) (can|could|should)|how (i|we) (become|get into|go into)|how to|what does it take to|(what|whats)( is)? (involved|required|needed) (in|to|for) (becoming|become|being)|how (long|many years|many yrs|many months|much time) (does|will|would|did) it take (to|me to|someone to)|how (long|many years|many yrs) to|what do i need to do to|what (\w+ )?(do|would|should) (i|you) (need|have) to (learn|know|do|get|study|take)? ?(to )?(become|be|get|move|switch)|(best|fastest|quickest|easiest) way to|what (should|can|could|would|do|does) (i|you|one|someone|a|an)( \w+){0,3} do (to|in order to) (become|be)\b)\b/;
/** "how many years to be an electrician", "how long to be a dentist": the time it takes, which the route gives. */
const TIME_TO_BE = /\bhow (long|many years|many yrs|many months|much time)( (does|will|would|did) it take( me| someone)?)? to (be|become)\b/;
/**
 * "how fast can i get my cdl" (read "… get a truck driver"), "how long to get certified", "how soon could i
 * become one": the time the way in takes, asked of the job or its credential.
 */
const TIME_TO_CREDENTIAL =
  /\bhow (long|fast|quickly|soon)( (can|could|would|will|do|does) (i|you|someone|one))?( (get|become|be))? (my |a |an |the |your )?(cdl|license|licence|licensed|certified|certification|cert|certificate)\b|\bhow (fast|quickly|soon) (can|could|would|will) (i|you|someone|one) (get|become|be) (a|an)\b/;
/** Whether a move can be made: "could i (realistically) become", "can i switch to", "can a medical assistant become", "can dental assistants become". */
const MEMBER_MOVE =
  /\b(can|could|should) (i|you|someone|one|a|an)( \w+){0,4}? (become|switch|transition|move|get into|go into|break into|make the jump)\b|\b(can|could) (\w+ ){0,3}(become|move up to|transition to|transition into|switch to)\b/;
/** "is it possible to go from lawyer to judge", "is it hard going from line cook to head chef", "is going from server to bartender a thing": whether a move can be made, which the route answers. */
const POSSIBLE_MOVE =
  /\bis it (possible|realistic|hard|easy|doable|common) to (go|move|switch|transition|get|become|progress)\b|\bis it (hard|easy|possible|realistic|doable|common) (going|moving|switching|transitioning|getting) (from|to|into)\b|^(is|are) (going|moving|switching|transitioning|jumping|getting) from\b/;
/** The member's plan: "i want to become", "thinking of switching", "considering going into". */
const MEMBER_PLAN =
  /\b(want to|wanna|i want|planning to|planning on|thinking of|thinking about|considering|hoping to|trying to)( \w+)? (become|becoming|switch|switching|get into|getting into|go into|going into|move into|moving into|transition|transitioning|pivot|pivoting|break into|be (a|an) (?!(good|better|great|successful|happy)\b))/;
/**
 * A doubt about the plan: "thinking about becoming an electrician, too late?", "…, is it worth it",
 * "…but heard the market is saturated": whether, not how.
 */
const PLAN_DOUBT =
  /\b(too late|too old|realistic|possible|doable|worth it|good idea|bad idea|smart move|mistake|saturated|oversaturated|flooded|dying|dead end)\b/;
/** "i want to be a dental hygienist, how do i start": where to begin is the route. */
/** "data analyst roadmap", "roadmap for a nurse": the way in, step by step. */
const ROADMAP = /\broad ?map\b/;
const HOW_TO_START =
  /\bhow (do|can|should|would) (i|you|one|someone) (start|begin|get started)( out)?$|\bwhere (do|should|can|would) (i|you|one|someone) (start|begin)\b|\bwhere to (start|begin)\b/;
/** "first step to becoming a dental hygienist", "want to be a lineman, what do i do first": where the way in starts. */
const FIRST_STEP = /\b(first steps?|what (do|should|would|can) i do first|where do i even (start|begin))\b/;
/** A rank the member means to reach: "thinking about making detective", "how long to make partner". */
const MAKE_RANK = new RegExp(String.raw`\b(make|making) (${[...RANKS_MADE].join("|")})\b`);
/** What the member has, counted toward a job: "do my credits transfer", "does 4 yrs as a medic count toward". */
const COUNTED_TOWARD = /\b((credits?|hours?|years?|yrs|experience|training) (\w+ )?(transfer|carry over|count)|counts? (toward|towards))\b/;
/** What the member has, counted toward the move: credits or hours carried over, a bridge ("an lpn to rn bridge"), or starting over. */
const CREDIT_ASKED = new RegExp(
  String.raw`${COUNTED_TOWARD.source}|\b(start(ing)? (over|again|fresh|from (zero|scratch|the beginning|square one))|(is there|any) (a )?(bridge|shortcut)|bridge programs?|(to|into) (\w+ ){1,3}bridges?)\b`,
);
/**
 * Whether a move counts what the member has: "is there a bridge or do i start from zero", "do any
 * credits transfer or is it start over", "how many more years", "how long till i could be an rn".
 */
const WHAT_CARRIES_OVER = new RegExp(
  String.raw`${CREDIT_ASKED.source}|\bhow (many )?more (years|months|school|schooling)\b|\bhow long (till|until|before) (i|you|someone) (could|can|would|will) (be|become)\b`,
);

/** The job to become, named as the aim: "toward becoming a paramedic", "to be an rn". */
const BECOMING = /\b(becoming|become|to be|getting into|get into)\b/;

/** Whether a move asks what carries over from what the member has (credits, hours, a bridge, starting over). */
export function asksWhatCarriesOver(words: string): boolean {
  return CREDIT_ASKED.test(words);
}

/** Whether what the member has is asked to count toward a job ("starting from scratch" is no credit asked of one job). */
export function asksWhatCounts(words: string): boolean {
  return COUNTED_TOWARD.test(words);
}

/** "judges have to be lawyers", "does a detective need to be a cop": one role as the way into another. */
const MUST_FIRST_WORDS = "(have|has|need|needs|got) to (be|become)";
const MUST_FIRST = new RegExp(`\\b${MUST_FIRST_WORDS}\\b`);
/** The same words as all that stands between two roles ("have to be a"): the second is where the move starts. */
export const MUST_FIRST_BETWEEN = new RegExp(`^\\s*${MUST_FIRST_WORDS}\\s+(an?\\s+)?$`);
/** "is paralegal a good career change for a teacher": a change made by the role after "for", into the one before. */
const CHANGE_FOR_WORDS =
  "(career change|career switch|career move|switch|move|transition|pivot|change)s? for (an? |someone (in|from|working in|working as an?|who is an?) )?";
export const CHANGE_FOR = new RegExp(`\\b${CHANGE_FOR_WORDS}(?!(me|you|us|someone|somebody|people|person|him|her|them|my|your|introverts?|extroverts?)\\b)\\w`);
/** The same words ending all that stands between two roles ("a good career change for a"): the second is where the move starts. */
export const CHANGE_FOR_BETWEEN = new RegExp(`\\b${CHANGE_FOR_WORDS}$`);
/** Words that offer a choice between the roles named: "nursing or radiology", "A vs B". */
const CHOICE_WORDS = /\b(or|vs|versus|between)\b/;
/**
 * An "or" that opens what the member must do, or ends a yes or no, offers no second role: "can an rn
 * become a pa or do i have to start over", "can a cna become an rn or not", "is going from server to
 * bartender a thing or do bars only want experience" ("… or should i go straight for nursing" does).
 */
const OR_NO_CHOICE =
  /\bor ((do|will|would) (i|you|we|one|u) (have|need|gotta|got) to|not|nah|no|something|anything|similar|whatever|(do|does|did|will|would|are|is) (they|employers|companies|places|bars|shops|hospitals|most|people|it|that|there)\b)/g;
/** Words that make "A to B" a comparison rather than a move: "compare A to B", "is A similar to B". */
const NOT_A_MOVE = /\b(versus|vs|or|compare|compared|difference|different|similar|same|than|better|more|less|least|likely)\b/;
/** A verdict between roles: "which/who ... more, better, higher ...". */
const WHICH_WORDS = /\b(which|who|whos)\b/;
const COMPARATIVE =
  /\b(more|better|higher|less|lower|best|most|worse|fewer|easier|harder|faster|slower|bigger|smaller|safer|greater|senior|stressful|employable|demand|quickest|fastest|easiest|cheapest|shortest|hardest|highest|lowest|safest|longest|toughest|simplest)\b|\b\w{3,}(ier|er)\b/;
/** "ok what about corrections officers then, better pay than cops?": one role set above the other. */
const BETTER_THAN = /\b(better|worse|more|less|higher|lower|easier|harder|safer)( \w+){0,2} than\b/;
/** "is a chiropractor better than a physical therapist": one judged the better of the two ("is lpn easier than rn" asks whether). */
const BETTER_OF_TWO = /\bbetter( \w+){0,2} than\b/;
/** "what's better pay, A or B", "what pays more": "what" asking for a verdict, with a plain comparative. */
const WHAT_COMPARES = /\bwhat (\w+ ){0,2}(better|more|higher|best|worse|easier|harder|less|lower|safer)\b/;
/** "rank these by salary: …", "order them by growth": the roles put in order, which the verdict between them states. */
const RANK_ASK =
  /\b(rank|order|sort)( (them|these|those|the following|these jobs|these careers))?( by| on| from| in order of)\b|\b(ranked|sorted|ordered) by\b/;
/** "How much more do RNs make than LPNs": the size of a gap, which the verdict between them states. */
export const HOW_MUCH_MORE = /\bhow (much|many) (more|less|higher|lower)\b/;
/** A choice made for a kind of person: "accountant or actuary for someone good at math", "nurse or teacher if i hate blood", "… i'm scared of burning out". */
const CHOICE_FOR_PERSON =
  /\b(for (someone|somebody|a person|people|me|an? introvert|introverts|an? extrovert|extroverts)|if (i|you) (like|love|hate|enjoy|am|are)|good at|who (likes|loves|enjoys|hates)|(i|im|i m|i am) (really |so |kinda |a bit |pretty )?(scared|afraid|worried|terrified|nervous) (of|about))\b|(?<!\b(do|does|did|would|will|should|can|could|what|which|much|many|whatever) )\b(i|im|i m) (really )?(want|need|prefer|would rather|d rather|care about|value|hate|dont like|don t like|do not like|cant stand|can t stand) (?!to (know|see|understand|hear|learn about|ask|start|get|go|do|switch|move|become|leave|try|quit|find|buy)\b|(info|information|details|opinions?|advice)\b)/;
/** Asking for a pick: "should i do lpn or rn", "would you choose welding or hvac". */
const CHOOSE_ASK =
  /\b(should (i|we)|should (my|our) \w+|should (he|she|they) (go|become|be|do|pick|choose|study)|would you (pick|choose|recommend|go with|go for|do)|what would you (pick|choose|do)|decide|help me (choose|pick)|(torn|choosing|deciding) between)\b/;
/** "how do they differ", "what's the difference": the key difference answers it, not a verdict. */
const ASKS_DIFFERENCE = /\b(differ|differs|difference|differences|different)\b/;
/** Comparatives that are never part of a title ("teacher" ends in -er; "better" is no role). */
const PLAIN_COMPARATIVE = /\b(better|best|worse|easier|harder|safer|more|less|higher|lower|longer|shorter|faster|quicker)\b/;
/** "what degree do you need", also after the role ("electricians - what training do you need"): asks which, not whether. */
const WH_NEED = /\b(what|which|how many|how much|how long) (\w+ ){0,3}(do|would) (i|you|we|one) (need|have)\b/;
const AUXILIARY_START = /^(do|does|did|is|are|am|was|were|can|could|should|will|would|have|has)\b/;
/** "is there a fast track from mechanic to aircraft mechanic", "is there a quicker way": the route asked for, not a yes or no. */
/** ("is there an lpn to rn bridge", "are there any cna to rn programs": the titles between.) */
const WAY_ASKED =
  /^(is|are) there (a|an|any) ((fast track|faster (way|route)|quicker (way|route)|quick (way|route)|shortcut|short cut|bridge|bridges)\b|(\w+ ){1,4}(to|into) (\w+ ){1,4}(bridges?|programs?|pathways?|fast track)\b)/;
/** "can you explain..." is a request for facts, not a yes-or-no question. */
const REQUEST_START = /^(can|could|would|will) (you|u) (tell|explain|show|compare|give|list|describe|help)\b/;
/** "anyone know if …", "i wonder whether …", "curious if …": the yes-or-no question after it. */
const ASKED_IF = /\b(know|knows|wonder|wondering|wondered|curious|ask|asking|tell me) (if|whether)\b/;
/** "can someone explain what a practice manager does": a request to the channel, not a yes or no. */
const REQUEST_TO_ANYONE =
  /\b((can|could|would) (someone|anyone|somebody|anybody) (please )?(tell|explain|show|compare|give|list|describe|help)|(do|does) (anyone|anybody|someone|somebody|you) know (what|how|which|where|who|when|why))\b/;
/**
 * A yes or no asked without an auxiliary, at the end of a short question: "CNC operators, certificate
 * needed?", "loan officers - stressful job?", "cyber security analysts still in high demand?",
 * "bartenders make good money in tips right?", "EMTs get paid decent or nah", "graphic design dying?".
 */
const YES_NO_TAIL =
  /\b(needed|required|necessary|enough|worth it|right|or nah|or not|yes or no|still in (high )?demand|in demand|dying|dying out|going extinct|obsolete|(over)?saturated|expensive|possible|doable|realistic|(is )?real|(stressful|dangerous|boring|hard|easy|good|bad|safe|fun|rewarding|demanding|physical)( (job|career|work|field|trade))?)\s*$/;
/** "car mechanic skills needed", "… what skills are needed": what a job needs, listed, not whether ("certificate needed?" asks whether). */
const WHAT_IS_NEEDED =
  /\b(skills|qualifications|requirements|knowledge|education|training|abilities|traits) (needed|required|necessary)\s*$|\b(what|which) (\w+ ){0,2}(is|are) (needed|required|necessary)\s*$/;
/** An arrow between two roles: "cna -> rn". */
export const ARROW = /(->|→|=>)/;
const FROM_TO = /\bfrom\b.+\b(to|into)\b/;
// (Not "to" before knowing or asking: "want to know the difference of a civil engineer and an architect".)
const TO = /\b(to|into)\b(?! (know|ask|understand|learn|see|hear|find out|compare|check|figure out|clarify)\b)/;
/** "what skills …", "which skills should i build …": the skills a job takes, asked first. */
const SKILLS_ASKED = /^(what|which) (\w+ )?skills\b/;
const ROUTE_TO = /\b(path|route|roadmap|steps)\b.*\b(to|into)\b|\b(how|way) (\w+ ){0,3}end up (as|being)\b/;
/** "how i can be a electrician", "how to be an RN": the route in ("how to be a good nurse" asks something else). */
const HOW_TO_BE = /\bhow (can i|i can|could i|do i|to|would i|can you|can someone|can one|does one) be (a|an) (?!(good|better|great|successful|happy)\b)/;
/**
 * "is cna a good stepping stone to rn", "a path into nursing", "would being a paralegal help me get into
 * law school": whether one role is a way into the other, which the route answers.
 */
const STEP_TO =
  /\b(stepping stones?|springboard|path|pathway|route|bridge|gateway|first step|good step) (to|into|for|towards?)\b|\b(help|helps) (me |you |someone )?(get into|get in to|become|move into|move up to)\b/;
/** "do teachers make good recruiters", "would a nurse make a good case manager": whether one job's workers suit the other, which the move between them answers. */
const MAKES_GOOD = /\b(make|makes|become|becomes)( an?)? (good|great|decent|successful|strong) \w/;
const QUESTION_WORD_START = /^(what|which|how|who|why|where|when)\b/;
const YES_NO_PHRASES =
  /\b(do i need|do you need|do i have to|do you have to|is it worth|is the( \w+){1,3} worth the|worth it|good career|dead end|is it hard|is it possible|too late|too old|can i|can you become|can someone|right for me|good fit for me|cut out for|cut out to be|a (good|bad) idea|a (smart|good|bad) (move|choice))\b/;
/** "what sort of salary can i expect", "how much can i make": "can i" inside a question a question word opens, asking no yes or no. */
const WH_CAN_I = /\b(what|which|how much|how many|how long)\b(( \w+){0,5}) can i\b/;
/** "need a degree for air traffic control?", "license required to be a realtor?": "do i" left out, still yes or no. */
const NEED_START =
  /^(need|needs|required|require|gotta have|have to have) (a |an |any |my )?(degree|license|licence|certificate|certification|cert|diploma|bachelors?|masters?|phd|doctorate|college|schooling|training|exam)\b|^(degree|license|licence|certificate|certification|diploma) (needed|required|necessary) (for|to)\b/;
/** "i'm a teacher making 52k, would i make more as an instructional designer": the member's job against another, on pay. */
const MORE_AS_OTHER = /\b(would|will|could|can|do) (i|you) (make|earn|get paid) (more|less|better)( money)? (as|being)\b/;
/** A later sentence opening with an auxiliary: "anyone here a dental hygienist? is the pay worth the school". */
const SENTENCE_AUXILIARY = /[?.!]\s+(is|are|does|do|can|could|should|would|will|am)\s+\w/i;
/** After a comma, the member asking about themselves: "i love cooking, should i become a chef" (not "hey, can you tell me…"). */
const CLAUSE_DOUBT = /,\s*((should|would|could|can) i|is (it|that|this)|am i)\b/i;
const SHORT_MESSAGE = 200;
/** A statement's order in a question: the workers, then whether they need or do something ("bookkeepers need quickbooks?"). */
const ASKED_AS_SAID =
  /^([a-z]+ ){0,4}(really |actually |usually |all |still |always )?(need|needs|have to|has to|require|requires|get paid|(work|works) (\d+|nights|weekends|holidays|long|overtime|from home|remote|remotely))\b \w/;
/** A superlative closing a list of roles: "… fastest to get into", "… best paying?". */
const RANKED_AT_END =
  /\b(fastest|quickest|easiest|cheapest|hardest|shortest|best paid|highest paid|best paying|highest paying|most money|least schooling)( \w+){0,3}$/;
/** A question word anywhere: "… wants to work as a deckhand - what's the pay like?" asks for facts. */
const ANY_QUESTION_WORD = /\b(what|whats|how|hows|which|where|when|why|who)\b/;
/** One role chosen over the other: "worth it over", "pick rn over lpn", "go with plumbing over hvac". */
const CHOSEN_OVER = /\b(worth it|worth|pick|choose|go with|prefer|better)\b( \w+){0,3} over\b/;
/** "I've heard radiology techs get replaced by AI, is that true?": a claim about one role to confirm (about two, what is claimed is rarely one figure). */
const IS_IT_TRUE = /\b(is (that|it|this) true|true or false)\b/;

/** A question a question word opens: "how different are the requirements?", "what education does each one need?". */
const WH_OPEN = /^(what|whats|how|hows|why|where|when)\b/;

/**
 * The shape of answer a question wants. A yes or no read from a story's sentences gives way to a last
 * question that asks for facts: "… wondering whether to train as an LPN or go the whole way to RN. How
 * different are the requirements?".
 */
export function detectQuestionKind(text: string, roleCount: number): QuestionKind {
  const kind = kindOfWhole(text, roleCount);
  if (kind !== "yes-no") return kind;
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith("?")) return kind;
  const sentences = splitSentences(trimmed);
  if (sentences.length < 2) return kind;
  const last = sentences.at(-1)!;
  const words = normalizeWords(last);
  if (!WH_OPEN.test(words)) return kind;
  return kindOfWhole(last, roleCount) === "facts" ? "facts" : kind;
}

function kindOfWhole(text: string, roleCount: number): QuestionKind {
  const words = normalizeWords(text);
  const offersChoice = CHOICE_WORDS.test(words.replace(OR_NO_CHOICE, " "));
  // "my mom wants me to be a lawyer but i want to be a teacher": a choice between the two, not a move.
  if (roleCount >= 2 && PARENTS_WANT.test(text)) return "which";
  const arrow = ARROW.test(text) && roleCount >= 2;
  const fromTo = FROM_TO.test(words) && roleCount >= 2;
  // "secretary to EA, what certs would help": two roles joined by "to" with nothing comparing them.
  const aToB = roleCount >= 2 && TO.test(words) && !NOT_A_MOVE.test(words);
  // "what do you need to become an admin assistant vs an office assistant" compares two ways in; it is not a move.
  const comparesTwo = roleCount >= 2 && !fromTo && NOT_A_MOVE.test(words);
  // ("which skills should i build if i want to be a marketing manager", "what skills do i need to become a
  // data analyst": the skills asked; the plan only says why.)
  if (roleCount === 1 && SKILLS_ASKED.test(words)) return "facts";
  if (
    arrow ||
    aToB ||
    (HOW_TO.test(words) && PATH_WORDS.test(words) && !comparesTwo) ||
    (fromTo && PATH_WORDS.test(words)) ||
    ((TIME_TO_BE.test(words) || TIME_TO_CREDENTIAL.test(words)) && !comparesTwo) ||
    (HOW_TO_BE.test(words) && !comparesTwo)
  ) {
    // "do I need a degree to become a web developer" asks yes or no, not for the route.
    if (!(AUXILIARY_START.test(words) && !HOW_TO.test(words) && !WAY_ASKED.test(words))) return "path";
  }
  if (roleCount >= 2 && (STEP_TO.test(words) || CHANGE_FOR.test(words) || LEAVE_FOR.test(words) || MAKES_GOOD.test(words)) && !offersChoice) return "path";
  // "vet tech to veterinarian, do any credits transfer or is it start over": what the move counts, asked (an "or" offering no other role).
  if (roleCount >= 2 && WHAT_CARRIES_OVER.test(words)) return "path";
  // ("does 4 yrs as a combat medic count toward becoming a paramedic": what the member has, counted toward the way in.)
  if (roleCount === 1 && COUNTED_TOWARD.test(words) && BECOMING.test(words)) return "path";
  if (roleCount >= 1 && (FIRST_STEP.test(words) || MAKE_RANK.test(words))) return "path";
  // "i want to become a nurse", "thinking of switching from marketing to product": a plan; the route answers it.
  // ...but a doubt about one ("thinking about becoming an electrician, too late?"), or a yes-or-no question
  // after it ("…, is the money good"), asks whether.
  // ("is biology a good major if i want to become a pa": the question itself opens yes or no.)
  if (MEMBER_PLAN.test(words) && roleCount === 1 && (PLAN_DOUBT.test(words) || CLAUSE_AUXILIARY.test(text) || AUXILIARY_START.test(words))) return "yes-no";
  if (MEMBER_PLAN.test(words) && !(roleCount >= 2 && offersChoice)) return "path";
  if (roleCount === 1 && (HOW_TO_START.test(words) || ROADMAP.test(words) || VETERAN_MOVE.test(words))) return "path";
  // "i'm a warehouse worker, could i realistically become an electrician": a move the member asks about.
  // ...but "should i go into nursing or radiology" is a choice between them, not a move.
  if (roleCount >= 2 && (MEMBER_MOVE.test(words) || POSSIBLE_MOVE.test(words))) return offersChoice ? "which" : "path";
  if (
    roleCount >= 2 &&
    ((WHICH_WORDS.test(words) && COMPARATIVE.test(words)) ||
      WHAT_COMPARES.test(words) ||
      HOW_MUCH_MORE.test(words) ||
      RANK_ASK.test(words) ||
      MORE_AS_OTHER.test(words) ||
      (BETTER_THAN.test(words) && (!AUXILIARY_START.test(words) || BETTER_OF_TWO.test(words))))
  )
    return "which";
  // ("cna vs ma vs phlebotomist fastest to get into": the roles, then a superlative that ranks them.)
  if (roleCount >= 2 && RANKED_AT_END.test(words)) return "which";
  // "do judges have to be lawyers first": whether one role is the way into the other; the route answers it.
  if (roleCount >= 2 && MUST_FIRST.test(words) && !offersChoice) return "path";
  // "is it better to be a medical coder or a biller": a choice between two, however it opens.
  if (roleCount >= 2 && offersChoice && (PLAIN_COMPARATIVE.test(words) || CHOICE_FOR_PERSON.test(words))) return "which";
  // "should i be a nurse or a teacher", "should i do lpn or go straight for rn": a pick between them.
  // ...unless it asks how they differ: "torn between mechanical and civil engineering, how do they differ".
  if (roleCount >= 2 && offersChoice && CHOOSE_ASK.test(words) && !ASKS_DIFFERENCE.test(words)) return "which";
  // "is rn worth it over lpn", "should i pick welding over hvac": one chosen over the other.
  if (roleCount >= 2 && CHOSEN_OVER.test(words)) return "which";
  // "what degree do you need to be a PT" asks which, not whether.
  if (REQUEST_TO_ANYONE.test(words)) return "facts";
  // "anyone know if radiology techs get good benefits", "wondering whether a bsn is needed": a yes or no, asked indirectly.
  if (ASKED_IF.test(words)) return "yes-no";
  // ("what do you think about being a flight attendant": a judgement of the job asked for.)
  if (
    (AUXILIARY_START.test(words) && !REQUEST_START.test(words)) ||
    (YES_NO_PHRASES.test(words.replace(WH_CAN_I, "$1")) && !WH_NEED.test(words)) ||
    NEED_START.test(words) ||
    THINK_ABOUT_BEING.test(words) ||
    // (Of one role, in a short message: a story's sentences, or two roles' comparison, read otherwise.)
    (roleCount === 1 && text.length <= SHORT_MESSAGE && (SENTENCE_AUXILIARY.test(text) || CLAUSE_DOUBT.test(text)))
  )
    return "yes-no";
  if (roleCount === 1 && IS_IT_TRUE.test(words)) return "yes-no";
  // ("pest control techs need a state license?", "investment banking analysts really work 80-hour weeks?": a
  // statement's order, asked by its mark; "… by the mile or hourly?" offers a choice.)
  if (
    roleCount === 1 &&
    text.trim().endsWith("?") &&
    !text.includes("\n") &&
    ASKED_AS_SAID.test(words) &&
    !/\bor\b/.test(words) &&
    !ANY_QUESTION_WORD.test(words)
  )
    return "yes-no";
  if (YES_NO_TAIL.test(words) && !QUESTION_WORD_START.test(words) && !WH_NEED.test(words) && !WHAT_IS_NEEDED.test(words)) return "yes-no";
  if (ROUTE_TO.test(words)) return "path";
  return "facts";
}
