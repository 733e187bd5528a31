// "How do I get out of nursing", "thinking of leaving teaching", "what can a nurse move on to": the
// role named is where the member is, not where they want to be. Asked as a path, it would answer how
// to become what they want to leave; its career (the occupations it leads on to) answers it.
import { beforeArticle, CREDENTIAL_NOUNS, FORMER_WORDS, JOB_WORDS, MAX_ABBREVIATION, QUESTION_WORDS } from "./lexicon.js";
import { wordSet } from "./word-list.js";

/** A word right before the role that leaves it: "leave", "quit", "escape" and their forms. */
const LEAVING = wordSet("LEAVING", ["leave", "leaving", "left", "quit", "quitting", "escape", "escaping", "exit", "exiting"]);
/** Articles and possessives that may stand between the leaving word and the role: "quit my nursing job". */
const BETWEEN = wordSet("LEAVING_BETWEEN", ["a", "an", "the", "my", "our"]);

/** Whether the role starting at token `start` is being left ("get out of", "leaving", "quit my"). */
export function leavesRole(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  // "leaving the host a tip": "the" after a leaving word is one particular person; only "out of the" leaves a job.
  if (BETWEEN.has(tokens[i] ?? "") && (tokens[i] !== "the" || tokens[i - 1] === "of")) i--;
  // "quitting my job as a paralegal": the job left, then the role it is.
  if (tokens[i] === "as" && tokens[i - 1] === "job") i = BETWEEN.has(tokens[i - 2] ?? "") ? i - 3 : i - 2;
  if (LEAVING.has(tokens[i] ?? "")) return true;
  // "get out of nursing", "transition out of teaching", "move on from retail".
  return (tokens[i] === "of" && tokens[i - 1] === "out") || (tokens[i] === "from" && tokens[i - 1] === "on");
}

/** Words before a title that make it one particular person: "the cashier", "my nurse". */
export const PARTICULAR = wordSet("LEAVING_PARTICULAR", ["the", "this", "that", "my", "our", "his", "her", "their"]);

/** Work named by its kind, not a role: "an office job", "something better", "a corporate role". */
const OTHER_WORK = wordSet("OTHER_WORK", ["job", "career", "role", "position", "work", "something", "anything", "field", "industry", "gig"]);
/** The most words between "to" and the kind of work: "to a fully remote office job". */
const MAX_WORDS_BEFORE_WORK = 3;

/**
 * "how do i go from cashier to an office job", "transition from nursing to a desk job": the role moved
 * from, toward other work named by its kind only, is being left.
 */
export function leavesForOtherWork(tokens: readonly string[], role: { start: number; end: number }): boolean {
  if (tokens[beforeArticle(tokens, role.start)] !== "from" || (tokens[role.end] !== "to" && tokens[role.end] !== "into")) return false;
  const after = tokens.slice(role.end + 1, role.end + 2 + MAX_WORDS_BEFORE_WORK);
  return after.some((w) => OTHER_WORK.has(w));
}

/** Whether the role ending at token `end` is followed by "move on" or "moving on": "what can a nurse move on to". */
export function movesOnFrom(tokens: readonly string[], end: number): boolean {
  return (tokens[end] === "move" || tokens[end] === "moving") && tokens[end + 1] === "on";
}

/** Words after a role that ask where it leads: "what can a cashier move up to", "where can an MA go from here". */
const WHERE_IT_LEADS = [
  "move up",
  "moving up",
  "step up",
  "next step",
  "go from here",
  "go from there",
  // "what comes after a cna", "what comes after being an lpn": the next step up (with "after" before the role).
  "what come after",
  "what comes after",
  "lead to",
  "lead on to",
  "move on",
  "moving on",
  "move into",
  "progress to",
  "get promoted",
  "promoted to",
  "advance to",
  // "what's the career path for a paralegal": the ladder up from it.
  "career path",
  "career progression",
  "promotion path",
  "career ladder",
  "progression",
  // "is being a bank teller a good stepping stone": to what, is where it leads.
  "stepping stone",
  "springboard",
];
/** ...or where a member could go instead: "i'm a nurse, how do i switch careers". */
const WAYS_OUT = [
  "switch career",
  "change career",
  "career change",
  "exit option",
  "get out",
  "way out",
  // "what can teachers transition into", "i have a cna license, what else can i do with it".
  "transition into",
  "transition to",
  "pivot into",
  "pivot to",
  "what else can i do",
  "what else could i do",
  // "i'm a teacher, what other jobs could i do": other work than the member's.
  "what other job",
  "what other career",
];

/** Words before a role after which a cue may come first: "next step after teller", "exit options for a developer", "next step up from a medical assistant". */
const CUE_FIRST_BEFORE = new Set(["after", "for", "as", "from"]);
/** Canonical words right before a role that ask for work like it: "jobs similar to a paralegal", "alternatives to teaching". */
const LIKE_IT_BEFORE = [
  ["similar", "to"],
  ["alternative", "to"],
  ["alternative", "to", "being"],
  ["job", "like"],
  ["career", "like"],
  ["role", "like"],
  // "what other jobs are like nursing".
  ["job", "are", "like"],
  ["career", "are", "like"],
  // "what jobs are similar to being a pharmacist", "what jobs are like being a nurse".
  ["similar", "to", "being"],
  ["job", "are", "like", "being"],
  ["career", "are", "like", "being"],
  ["job", "like", "being"],
];
/** "how do i get a government job like policy analyst", "land a job like that": the job named as the one sought, not work like it. */
const GOT_JOB_SUCH_AS = /\b(get|land|find|apply for|go for) an? (\w+ )?(job|career|role) like$/;

function jobSuchAs(tokens: readonly string[], beforeAt: number): boolean {
  return GOT_JOB_SUCH_AS.test(tokens.slice(Math.max(0, beforeAt - 5), beforeAt + 1).join(" "));
}
/** "a good backup career if i don't get into nursing school", "plan b if nursing doesn't work out": other work than the role. */
const BACKUP = /\b((backup|back up|fallback) (plan|career|job|option)s?|plan b)\b/;
/** "what can i do after being a cna", "what jobs can i get after working as a teller": what else its worker could do. */
const AFTER_IT = [
  ["after", "being"],
  ["after", "working", "as"],
];
const WHAT_NEXT = /^(what|which) (\w+ )?(can|could|should) (i|you|one|someone) (do|get|go|move|try)\b|^what (now|next)\b/;
/** "where do cpas go after public accounting", "where do nurses go when they leave": where its workers go next (not "after work"). */
const WHERE_THEY_GO = /\bwhere (do|did|can|could|would|should) (\w+ ){1,3}go (after|when|once|if)\b(?! (work|shift|their shift|school|class|hour)\b)/;
/** "where can a job as a 911 dispatcher lead", "where does an emt career usually lead": where it leads, asked around the role. */
const WHERE_DOES_IT_LEAD = /^where (can|could|does|do|will|would|might) (\w+ ){1,8}lead\b/;
/** "what jobs can teachers do", "what other careers can a nurse get": the words before the role... */
const WHAT_JOBS_CAN = /\bwhat ((other |else )?(job|jobs|career|careers|work)|else) (can|could)( a| an)?$/;
/** ...and the verb after it. */
const DOING_NEXT = new Set(["do", "get", "have"]);
/** Asked, not told: a question word shortly before the former workers ("what careers do ex teachers…"). */
const ASKED_WITHIN = 5;

/**
 * Words right before a role (past "becoming a", "being an") that ask what leads into it: "a good
 * stepping stone to becoming a pa", "what jobs lead to nursing", "what should i do before becoming a
 * nurse practitioner", "best job to have before pa school", "good jobs for pre pa students".
 */
const INTO_IT_BEFORE = [
  ["stepping", "stone", "to"],
  ["stepping", "stone", "into"],
  ["stepping", "stone", "for"],
  ["lead", "to"],
  ["lead", "into"],
  ["before"],
  ["pre"],
];
/** Between such a cue and the role: "becoming a", "being an". */
const BECOMING_WORDS = new Set(["a", "an", "becoming", "being", "become"]);
/** A question opening: the words before a role ask, not tell ("i was a teacher before nursing" tells). */
const ASKING_OPENERS = new Set(["what", "whats", "which", "best", "good", "any", "is", "are", "should", "how"]);

/** Whether the question asks what leads into the role: the work to do first (see INTO_IT_BEFORE). */
export function asksWayInto(tokens: readonly string[], role: { start: number }): boolean {
  // ("what do you wish you knew before becoming a pharmacist": what workers learned, not what comes first.)
  if (!ASKING_OPENERS.has(tokens[0] ?? "") || tokens.includes("wish") || tokens.includes("knew")) return false;
  let at = role.start - 1;
  while (at >= 0 && BECOMING_WORDS.has(tokens[at]!)) at--;
  return INTO_IT_BEFORE.some((words) => endsWith(tokens, at, words));
}

/** Whether the words right before `at` are `words`. */
function endsWith(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  return words.every((w, i) => tokens[at - words.length + 1 + i] === w);
}

/**
 * Whether the question asks where the one role named leads ("up"), what else its worker could do ("out")
 * or what leads into it ("in"): a cue after it ("what jobs can a cashier
 * move up to", "i'm a cashier, what jobs can i move up to"), or any cue with the role after "after"
 * ("what's the next step after teller"). Not "how do I move up to office manager": the role is the goal.
 */
export function asksWhereItLeads(tokens: readonly string[], role: { start: number; end: number }): "up" | "out" | "in" | null {
  // "a good stepping stone to becoming a pa": what leads into it, not where it leads.
  if (asksWayInto(tokens, role)) return "in";
  // After the role, or anywhere when the role comes after "after", "for" or "as": "exit options for a software developer".
  const beforeAt = beforeArticle(tokens, role.start);
  if ((LIKE_IT_BEFORE.some((words) => endsWith(tokens, beforeAt, words)) && !jobSuchAs(tokens, beforeAt)) || BACKUP.test(tokens.join(" "))) return "out";
  if (AFTER_IT.some((words) => endsWith(tokens, beforeAt, words)) && WHAT_NEXT.test(tokens.join(" "))) return "out";
  const before = tokens[beforeAt] ?? "";
  // Where its former workers went: what else it leads to.
  if (askedOfFormerWorkers(tokens, role) || asksOtherWorkFor(tokens, role)) return "out";
  if (asksWhatToDoInstead(tokens, role)) return "out";
  if (asksWhatElseTheyCanDo(tokens, role)) return "out";
  // "what can a medical assistant become": what it leads up to.
  if (tokens[role.end] === "become" && (tokens[0] === "what" || tokens[0] === "whats")) return "up";
  // ("the next step after being a pharmacy tech": "being" between.)
  const cueFirst = CUE_FIRST_BEFORE.has(before) || (before === "being" && CUE_FIRST_BEFORE.has(tokens[beforeAt - 1] ?? ""));
  const rest = ` ${tokens.slice(cueFirst ? 0 : role.end).join(" ")} `;
  if (WAYS_OUT.some((cue) => rest.includes(` ${cue} `))) return "out";
  if (WHERE_IT_LEADS.some((cue) => rest.includes(` ${cue} `))) return "up";
  if (asksWhereItLeadsAround(tokens, role)) return "up";
  // ("where do office managers go after a few years, like whats the promotion path": up, above.)
  return WHERE_THEY_GO.test(tokens.join(" ")) ? "out" : null;
}

/** "where can a job as a 911 dispatcher lead", "where does an emt career lead": where it leads, the role asked in between. */
export function asksWhereItLeadsAround(tokens: readonly string[], role: { start: number; end: number }): boolean {
  const leads = WHERE_DOES_IT_LEAD.exec(tokens.join(" "));
  return leads !== null && role.end <= leads[0].split(" ").length;
}

/** "what jobs can teachers do", "what other jobs can nurses do", "what else can nurses do": what else its worker could do. */
export function asksWhatElseTheyCanDo(tokens: readonly string[], role: { start: number; end: number }): boolean {
  return DOING_NEXT.has(tokens[role.end] ?? "") && WHAT_JOBS_CAN.test(tokens.slice(0, beforeArticle(tokens, role.start) + 1).join(" "));
}

/**
 * "i hate my job as a cashier, what should i do", "i work in retail and hate it, any suggestions", "im a
 * cashier, what should i do": the member's own job (or one they dislike), then what to do asked: what
 * else they could do. Told in the first person, as a statement is, and still a question.
 */
export function asksWhatToDoInstead(tokens: readonly string[], role: { start: number; end: number }): boolean {
  // ("i hate the cashier at my store, what should i do": one particular person, not a job; "my marketing job" is the member's work.)
  const myJob = tokens[role.start - 1] === "my" && JOB_WORDS.has(tokens[role.end] ?? "");
  if (PARTICULAR.has(tokens[role.start - 1] ?? "") && !myJob) return false;
  // ("im a former paralegal, what should i do now", "former cna looking for something better": the job the member had.)
  const former = FORMER_WORDS.has(tokens[role.start - 1] ?? "") ? 1 : 0;
  const before = tokens.slice(0, role.start - former).join(" ");
  const after = tokens.slice(role.end).join(" ");
  // ("im a nurse and i hate mondays, any advice", "i work as a server and my feet hurt, any tips": no wish to leave the job.)
  // ("i got laid off from my marketing job, what should i do next", "just got fired from my job as a bank teller, what now".)
  // ("i dont want to be a vet anymore, what else is there": the job the member no longer wants.)
  if (DISLIKES_IT.test(before) || LOST_IT.test(before) || NO_LONGER_WANTS.test(before)) return WHAT_TO_DO.test(after);
  // ("warehouse worker looking for something better": the member's job as a headline, the wish after it.)
  // ("former teacher here, what jobs can i get": "here" after it tells it as theirs.)
  if (role.start === former && ((HEADLINE_WISH.test(after) && WANTS_OTHER_WORK.test(after)) || (after.startsWith("here ") && WHAT_TO_DO_NEXT.test(after))))
    return true;
  // ("rn leaving bedside what are my options", "teacher wants out, ideas?": the job as a headline, being left, then what next.)
  if (role.start === former && HEADLINE_LEAVING.test(after) && WHAT_AFTER_LEAVING.test(after)) return true;
  // ("preschool teacher to what", "restaurant manager into what": the move's end left open, asked.)
  if (role.start === former && /^(to|into) what$/.test(after)) return true;
  // ("what do teachers who quit do", "where do nurses who leave the bedside go": where its workers went, asked.)
  if (WHO_LEFT.test(after) && /^(what|where)\b/.test(before)) return true;
  // ("mechanic for 15 years and my body is done, what can i do next": the job's years told, then what next.)
  if (role.start === former && YEARS_IN_IT.test(after) && WHAT_TO_DO.test(after)) return true;
  if (!OWN_JOB_BEFORE.test(before)) return false;
  return DISLIKES_IT_AFTER.test(after) ? WHAT_TO_DO.test(after) : WHAT_TO_DO_NEXT.test(after) || WANTS_OTHER_WORK.test(after);
}

/** Desk work named by its kind after the member's job: "to an office job", "looking for desk work", "into a corporate role". */
const FOR_DESK_WORK =
  /^(to|into|for|(and |but )?(looking for|want|wanna|need|trying to get|trying to find|seeking))( an?| some| any)? (office|desk|corporate|administrative) (job|work|role|position|career|gig)\b/;

/** The words that name desk work in the patterns below, canonical ("admin" is "administrative"). */
const DESK_KINDS = wordSet("DESK_KINDS", ["office", "desk", "corporate", "administrative"]);

/** Getting into desk work: "get into an office job", "move into corporate". */
const INTO_DESK_WORK =
  /\b(get|getting|move|moving|switch|switching|transition|transitioning|go|going|break|breaking|pivot|pivoting) (in)?to (an? )?((office|desk|corporate|administrative) (job|work|role|position|career)|corporate)\b/;

/** ...or after it, in a later question: "… what office jobs use my experience". */
const DESK_WORK_ASKED_AFTER =
  /\b((what|which|any)( kind of| kinds of| type of| other)? (office|desk|corporate) (job|work|role|career|position)s?|(office|desk|corporate) (job|work|role|career|position)s? (where|that|which|for me|i can|i could))\b/;
/** Desk work asked for before the role: "what office jobs can an electrician do", "any desk jobs for a nurse". */
const DESK_WORK_ASKED = /^(what|which|any|good|best)( kind of| kinds of| type of| other)? (office|desk|corporate) (job|work|role|career|position)s?\b/;

/**
 * "electrician to office job", "trucker looking for office work", "how do i go from cashier to an
 * office job": the member's job (opening the message, or moved from) left for desk work.
 */
export function leavesForDeskWork(tokens: readonly string[], role: { start: number; end: number }): boolean {
  // (Every desk-work pattern below holds one of these words: most messages hold none.)
  if (!tokens.some((t) => DESK_KINDS.has(t))) return false;
  // ("what office jobs can an electrician do": desk work asked for the role's workers.)
  if (DESK_WORK_ASKED.test(tokens.slice(Math.max(0, role.start - 6), role.start).join(" "))) return true;
  // ("15 yrs of roofing. what office jobs use my experience": the job told, then desk work asked.)
  if (DESK_WORK_ASKED_AFTER.test(tokens.slice(role.end).join(" "))) return true;
  const before = tokens[beforeArticle(tokens, role.start)];
  const opens = role.start === 0 || before === "from";
  // ("warehouse to office job": a field's one word, read as its worker's two-word title.)
  const after = (at: number) => FOR_DESK_WORK.test(tokens.slice(at, at + 8).join(" "));
  if (opens && (after(role.end) || (role.end - role.start > 1 && after(role.start + 1)))) return true;
  // ("how do i get into an office job from retail", "been in retail 5 years, how do i get into corporate":
  // the member's job, and desk work to get into.)
  const own = opens || before === "in" || OWN_JOB_BEFORE.test(tokens.slice(0, role.start).join(" "));
  return own && INTO_DESK_WORK.test(tokens.join(" "));
}

/** Whether the words before the role open the message as a worn-out headline (see WORN_OUT_HEADLINE). */
export function opensWornOut(tokens: readonly string[], start: number): boolean {
  return start > 0 && start <= 3 && WORN_OUT_HEADLINE.test(tokens.slice(0, start).join(" "));
}

/** "what careers do ex teachers go into": the role's words after "ex" or "former", a question word shortly before (the role may be named earlier too). */
function askedOfFormerWorkers(tokens: readonly string[], role: { start: number; end: number }): boolean {
  const words = tokens.slice(role.start, role.end);
  for (let i = 0; i < tokens.length; i++) {
    if (!FORMER_WORDS.has(tokens[i]!) || !words.every((w, k) => tokens[i + 1 + k] === w)) continue;
    if (tokens.slice(Math.max(0, i - ASKED_WITHIN), i).some((w) => QUESTION_WORDS.has(w))) return true;
    // "best jobs for former teachers", "good jobs for ex cops": jobs asked for them.
    if (tokens[i - 1] === "for" && JOB_WORDS.has(tokens[i - 2] ?? "")) return true;
  }
  return false;
}

/** "jobs for former teachers", "non clinical jobs for nurses", "best careers for burned out nurses": jobs asked for the role's workers... */
const JOBS_FOR_WORKERS =
  /^(\w+ ){0,4}(job|career|role|position|work|option|gig|hustle) for( (a|an|former|ex|retired|burned|burnt|out|tired|unhappy|exhausted))*$/;
/** ...away from the role: said before it ("non clinical", "alternative", "former"; "side jobs for nurses", "second jobs for teachers")... */
const AWAY_BEFORE = /\b(non|alternative|other|different|outside|former|ex|retired|burned|burnt|tired|unhappy|exhausted|side|second)\b/;
/** ...or after it: "jobs for paralegals besides law firms", "jobs for nurses who want to leave bedside". */
const AWAY_AFTER =
  /^(who )?(beside|outside|other than|apart from|away from|beyond|instead of|not in|leaving|(want|wanna|need|looking|trying) to (leave|quit|get out))\b/;
/** Words of disliking a job, said of it ("hate", "sick of") or of the member ("burned out"). */
const DISLIKE_VERBS = "hate|hating|sick of|tired of|bored of|bored with|fed up with|done with";
const WORN_OUT = "burned out|burnt out|miserable|bored|unhappy|unfulfilled";
/** Before the role: the member dislikes the job ("i hate my job as a cashier", "so burned out as a nurse")... */
const DISLIKES_IT = new RegExp(String.raw`\b(${DISLIKE_VERBS}|${WORN_OUT})\b`);
/** A worn-out headline before the member's job: "burnt out nurse, what else can i do", "so tired cook here, ideas?". */
const WORN_OUT_HEADLINE = new RegExp(String.raw`^((so|very|super|really|totally) )?(${WORN_OUT}|tired|exhausted|overworked|underpaid|frustrated|fed up)$`);
/** Right before the role: the member no longer wants it ("i dont want to be a", "no longer want to be an"; "don't" is "do not"). */
const NO_LONGER_WANTS = /\b(do not|dont|don t|no longer|never) (want|wanna)( to)? (be|become|work as)( an?)?$/;
/** Before the role: the member has lost the job ("got laid off from my marketing job", "fired from my job as a teller"). */
const LOST_IT = /\b(laid off|got fired|was fired|been fired|got let go|was let go|lost my job)\b/;
/** After the member's own job alone, what to do next asked of their life: "im a cashier, what should i do", "i'm a paralegal, what else is there". */
const WHAT_TO_DO_NEXT =
  /\b(what (else )?(should|can|could|do) i do( now| next| instead| with my life)?$|what else i (can|could|should) do( now| next)?$|what now$|what next$|what s next$|whats next$|what (is )?(a |some )?(better|other) (job|career|option|work)( for me)?$|what else pay (well|more|better)$|what else is (there|out there)$|what (other )?(job|career)s? (can|could|should) i (do|get|go for|apply for|look at|look for)$|what (are|r) my options?$|what options? do i have$|what should i (look into|look at|consider|pursue|try)( now| next| instead)?$)/;
/**
 * ...or other work wished for, which asks it too: "been a bartender for 6 years, need a change",
 * "im a warehouse worker looking for something better", "im a nurse but want out of bedside".
 */
const WANTS_OTHER_WORK =
  /\b(need|want|wanna|ready for|looking for) (a )?(change(?! of (scenery|pace))|career change|new career|new job|fresh start)\b|\b(want|wanna|need) out\b(?! of (this|the|my|that) (meeting|class|call|house|room|chat|marriage|relationship|lease|contract|game|group))|\b(want|need|looking for|find) (something|a job|work) (else|better|new|different|better paying|better paid|that pays (more|better))\b/;
/** ...and after a job disliked, advice asked too: "what should i do", "what now", "any suggestions" (canonical tokens: singular). */
const WHAT_TO_DO = new RegExp(`${WHAT_TO_DO_NEXT.source}|${WANTS_OTHER_WORK.source}|\\bany (ideas?|suggestions?|advice|tips?)$|\\boptions?$`);
/**
 * The member's job as a headline, being left: "rn leaving bedside …", "cop leaving the force …",
 * "teacher wants out, …", "pharmacist burned out …" (canonical tokens)...
 */
const HEADLINE_LEAVING =
  /^(here )?(who is |thinking of |thinking about |about to )?(leaving|quitting|getting out|exiting|wanting out|want out|wants out|trying to leave|looking to leave|burned out|burnt out|burning out|burnout|burnt|burned)\b/;
/** ...then what next asked: "what are my options", "what jobs", "ideas", "what now". */
const WHAT_AFTER_LEAVING = new RegExp(
  `${WHAT_TO_DO.source}|\\bwhat (other )?(job|career|work|option)$|\\b(other|different|new) (job|career|work|option)$|\\b(idea|suggestion)$|\\bwhat else$|\\bnow what$`,
);
/** After a job's workers, those who left it, and what they did next: "teachers (who quit do)", "nurses (who leave the bedside go)". */
const WHO_LEFT = /^who (quit|left|leave|leaves|get out|got out|burn out|burned out|burnt out)( \w+){0,3} (do|go|end up|become|work)\b/;
/** Years in the job right after it: "for 15 years", "of 8 yrs", "10 years in" (canonical tokens: "year"). */
const YEARS_IN_IT = /^(for |of )?(\d+|a few|many|several|ten|twenty|fifteen) (\+ )?year\b/;
/** The member's job opening the message as a headline, a wish right after it: "cashier looking for a better job". */
const HEADLINE_WISH = /^(here )?(looking for|wanting|needing|trying to find|seeking|who wants|who needs)\b/;
/** ...or after the member's own job, the job itself disliked: "i work in retail and hate it". */
const DISLIKES_IT_AFTER = new RegExp(String.raw`\b(${DISLIKE_VERBS}) (it|my job|this job|the job|working( here| there)?|my career)\b|\b(${WORN_OUT})\b`);
/**
 * The member's own job told with its pay or employer, right before "as": "i make 18 an hour as a
 * cashier", "i work at target as a cashier" (normalized words; here and in parse-question.ts's own-job words).
 */
export const TOLD_WITH_PAY_OR_EMPLOYER = String.raw`i (make|earn)( \w+){1,4} as|i (work|drive) (at|for) \w+( \w+)? as`;
/** The role as the member's own job, said right before it: "i work in retail", "im 19 working fast food", "currently a cashier". */
const OWN_JOB_BEFORE = new RegExp(
  String.raw`(^|\b)(i work( in| at| as)?( an?)?|working( in| at| as)?( an?)?|(i am|im|i m)( an?)?|(ive been|i ve been|i have been|been)( an?)?|currently( an?| working( in| at| as)?( an?)?)?|(?:${TOLD_WITH_PAY_OR_EMPLOYER})( an?)?)$`,
);

/** Whether the role is told as the member's own job, said right before it: "i work in retail", "currently a cashier". */
export function toldAsOwnJob(tokens: readonly string[], role: { start: number }): boolean {
  return OWN_JOB_BEFORE.test(tokens.slice(0, role.start).join(" "));
}

/** "what can teachers do besides teaching": what else its workers could do ("what do managers do besides…" asks their duties). */
const WHAT_ELSE_BEFORE = /^(what|which) (else |other )?((job|career|work) )?(can|could|should)( a| an)?$/;
const WHAT_ELSE_AFTER = /^(do|get|become) (beside|outside|other than|apart from|instead of)\b/;

/** Whether the question asks for work other than the role for its workers (see JOBS_FOR_WORKERS, WHAT_ELSE_BEFORE). */
export function asksOtherWorkFor(tokens: readonly string[], role: { start: number; end: number }): boolean {
  const before = tokens.slice(0, role.start).join(" ");
  const after = tokens.slice(role.end).join(" ");
  if (JOBS_FOR_WORKERS.test(before)) return AWAY_BEFORE.test(before) || AWAY_AFTER.test(after);
  // "non clinical nursing jobs", "alternative teaching jobs": the role's jobs, away from what it usually does.
  if (AWAY_FROM_ITS_JOBS.test(before) && /^(job|career|role|position|option)\b/.test(after)) return true;
  return WHAT_ELSE_BEFORE.test(before) && WHAT_ELSE_AFTER.test(after);
}

/** Right before the role and its jobs: "non clinical (nursing jobs)", "alternative (teaching careers)". */
const AWAY_FROM_ITS_JOBS = /(^|\b)(non clinical|nonclinical|non bedside|alternative|alternate)$/;

/** "what jobs can i get with a cna license", "what can i do with my phlebotomy certificate": what else a credential held opens. */
export function asksWhatCredentialOpens(tokens: readonly string[], role: { start: number; end: number }): boolean {
  const before = beforeArticle(tokens, role.start);
  const at = BETWEEN.has(tokens[before] ?? "") ? before - 1 : before;
  if (tokens[at] !== "with" || !WHAT_NEXT.test(tokens.join(" "))) return false;
  // "what can i do with a cna": an abbreviation ending the question is the credential itself.
  const abbreviation = role.end === tokens.length && role.end - role.start === 1 && tokens[role.start]!.length <= MAX_ABBREVIATION;
  return abbreviation || CREDENTIAL_NOUNS.has(tokens[role.end] ?? "");
}

/** Whether the role starting at `start` comes right after "as (a)": "how to move up as a nurse". */
export function workedAs(tokens: readonly string[], start: number): boolean {
  return tokens[beforeArticle(tokens, start)] === "as";
}

/** "which job i can do for more money", "what jobs pay more": a job that pays better than the one the member has. */
const BETTER_PAID_JOB =
  /\b(what|which) (\w+ )?(job|career|work|role)\b.*\b(more money|pay more|pay better|better pay|better paid|better paying|earn more|make more|higher pay|higher paying)\b|\b(better|higher) (paying|paid) (job|career|work|role)\b|\b(job|career|work|role) (\w+ ){0,3}(that|which) pay (more|better)\b|\b(what|how) (can|could|should) (\w+ ){1,4}do to ((make|earn) more (money|cash)|earn more|get paid more)\b|\b(something|anything|a job|work) (that|which) (pay|pays) (more|better)\b|\bhow (do|can|could|would|should) i (make|earn|get paid) more\b|\bwhat else pay (well|more|better)\b|\b(something|anything|a job|work) (better paying|better paid|paying more)\b|\bwhat (pay|pays) (more|better)\b|\bwhat can i do (that|which) (pay|pays) (more|better)\b|\b(something|anything|a job|work) with (more money|better pay|higher pay)\b/;

/** Whether the question (canonical tokens) asks for a better-paid job: after the member's own job, where it leads. */
export function asksForBetterPaidJob(tokens: readonly string[]): boolean {
  return BETTER_PAID_JOB.test(tokens.join(" "));
}
