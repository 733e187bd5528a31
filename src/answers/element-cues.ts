// Words members use for a quality of the work ("more technical", "more math", "customer facing")
// and the O*NET elements that rate it. A verdict on such a question quotes those ratings as what the
// data shows, never as a measure of the word itself.
import { normalizeWords } from "../text/normalize.js";
import { DISLIKED } from "../understanding/lexicon.js";

export interface ElementCue {
  /** The quality in the member's words, for the verdict: "math", "hands-on work". */
  quality: string;
  /** The verdict's lead after the role's title: "is likely the more stressful", "needs more math". */
  more: string;
  /** O*NET element names (skills, knowledge, interests or work styles), most telling first. */
  elements: readonly string[];
  /** Where the member wants less of the quality ("for introverts"): the lead for the role rated lowest. */
  fewer?: string;
  /** A quality no data measures, only a rating hints at: said first ("The data doesn't measure stress directly"). */
  unmeasured?: string;
}

/** The dislike right before the quality's word (a few words may stand between: "doesnt wanna do much coding"). */
const DISLIKED_BEFORE = new RegExp(String.raw`\b${DISLIKED}( \w+){0,3}$`);

const CUES: readonly [RegExp, ElementCue][] = [
  // Who the asker is and how the work feels first: skill words ("programming", "writing") are as often the jobs named.
  [
    /\b(introvert|introverts|introverted|shy)\b/,
    {
      quality: "work with people",
      more: "involves more work with people",
      fewer: "involves less work with people, which suits most introverts",
      elements: ["Social", "Customer and Personal Service"],
    },
  ],
  // "for someone who hates people": the same, less of it wanted.
  [
    /\b(hates?|dislikes?|(dont|don t|do not|doesnt|doesn t|does not) (like|want to deal with)|avoid|avoiding) (people|others|the public|customers)\b|\bnot a people person\b/,
    {
      quality: "work with people",
      more: "involves more work with people",
      fewer: "involves less work with people",
      elements: ["Social", "Customer and Personal Service"],
    },
  ],
  [
    /\b(works?|working) (more |most |less |least )?with (people|others|the public)\b|\b(help|helping|helps) (other )?(people|others)\b|\b(likes?|loves?) people\b/,
    { quality: "work with people", more: "involves more work with people", elements: ["Social", "Customer and Personal Service"] },
  ],
  [
    /\b(customer facing|client facing|people facing|customers|people person|talking to people|extrovert|extroverts|extroverted|outgoing)\b/,
    { quality: "work with customers", more: "is the more customer-facing", elements: ["Customer and Personal Service", "Social"] },
  ],
  [
    /\b(stress|stressful|stresful|stressfull|stressed|pressure|burn ?out|burning out|burnt out|burned out|depressing|draining|traumatic|traumatizing|traumatising)\b/,
    { quality: "stress", more: "is likely the more stressful", elements: ["Stress Tolerance"], unmeasured: "stress" },
  ],
  [
    /\b(lonely|alone|independent|independence|autonomy|autonomous)\b/,
    { quality: "working on your own", more: "involves more working on your own", elements: ["Independence"] },
  ],
  [
    /\b(math|maths|mathematics|calculus|algebra|trig|trigonometry|geometry|((good|bad|great|terrible|not good) (at|with)|like|likes|love|loves|hate|hates|work with|working with) numbers|numbers (person|guy|girl))\b/,
    { quality: "math", more: "needs more math", elements: ["Mathematics"] },
  ],
  [/\b(chemistry)\b/, { quality: "chemistry", more: "draws more on chemistry", elements: ["Chemistry"] }],
  [/\b(physics)\b/, { quality: "physics", more: "draws more on physics", elements: ["Physics"] }],
  [/\b(biology)\b/, { quality: "biology", more: "draws more on biology", elements: ["Biology"] }],
  [/\b(coding|programming|code)\b/, { quality: "programming", more: "involves more programming", elements: ["Programming", "Computers and Electronics"] }],
  [
    /\b(technical|techy|tech heavy)\b/,
    { quality: "technical work", more: "is the more technical", elements: ["Computers and Electronics", "Engineering and Technology", "Technology Design"] },
  ],
  [/\b(creative|creativity|artistic)\b/, { quality: "creativity", more: "is the more creative", elements: ["Artistic", "Innovation", "Design"] }],
  [
    // ("do electricians work in the rain", "do roofers work outside in winter": weather is outdoor work.)
    /\b(hands on|physical|physically|manual|labou?r intensive|on (your|my|their) feet|hard on (your|the) body|with (your|my|their) hands|outdoors?|in the (rain|snow|cold|heat)|bad weather|(work|works|working) outside(?! (of|the|a|an|my|your|their|hours|office))|outside in (winter|summer|the winter|the summer))\b/,
    {
      quality: "hands-on, physical or outdoor work",
      more: "is the more hands-on",
      elements: ["Realistic"],
      unmeasured: "physical demands or outdoor work",
    },
  ],
  [
    /\b(leadership|lead people|(managing|manage|supervising|supervise) (people|a team|staff)|people management)\b/,
    { quality: "leading people", more: "involves more leading people", elements: ["Leadership", "Management of Personnel Resources"] },
  ],
  [/\b(writing|write)\b/, { quality: "writing", more: "involves more writing", elements: ["Writing"] }],
  [
    /\b(communication|people skills|talking|speaking)\b/,
    { quality: "communication", more: "leans more on communication", elements: ["Speaking", "Social Perceptiveness"] },
  ],
  [
    /\b(analytical|analysis|problem solving)\b/,
    { quality: "analysis", more: "is the more analytical", elements: ["Analytical Thinking", "Critical Thinking", "Complex Problem Solving"] },
  ],
  [/\b(detail|details|detail oriented)\b/, { quality: "attention to detail", more: "needs more attention to detail", elements: ["Attention to Detail"] }],
  // Last: "sales" is as often in a title ("sales manager"); selling disliked, the quotas, or "less salesy" are the work's.
  [
    new RegExp(
      String.raw`\b${DISLIKED} (doing |the )?(sales|selling)\b|\b(selling|salesy|cold calling|(less|more) sales|sales (quotas?|targets?|pressure|heavy|focused|calls))\b`,
    ),
    { quality: "sales", more: "involves more sales", elements: ["Sales and Marketing", "Persuasion"] },
  ],
];

export function elementCue(text: string): ElementCue | null {
  const words = normalizeWords(text);
  let liked: ElementCue | null = null;
  for (const [pattern, cue] of CUES) {
    const found = pattern.exec(words);
    if (!found) continue;
    // ("for someone who doesnt wanna code", "im bad at math", "which involves less coding": less of it is the answer.)
    if (cue.fewer) return cue;
    if (DISLIKED_BEFORE.test(wordsBefore(words, found.index + found[0].length))) return { ...cue, fewer: lessOf(cue) };
    // ("i like people but hate sales": what the member can't stand decides before what they like.)
    liked ??= cue;
  }
  return liked;
}

/** The last few words up to `end` (a dislike is at most a few words before the quality's): bounded work in a long message. */
function wordsBefore(words: string, end: number): string {
  const from = words.lastIndexOf(" ", Math.max(0, end - DISLIKE_REACH));
  return words.slice(from < 0 ? 0 : from + 1, end);
}
/** Characters before the quality's word a dislike and the words between may take ("dont really want to do much"). */
const DISLIKE_REACH = 80;

/** A cue's lead for the role with less of the quality: "needs more math" → "needs less math". */
function lessOf(cue: ElementCue): string {
  return cue.more.replace(/\bmore\b/, "less");
}

/** Whether a rating verdict's text after the role's title names it as the one with less ("is likely the less stressful", "needs less math"). */
export function leadsWithLess(afterTitle: string): boolean {
  return LESS_LEADS.some((lead) => afterTitle.startsWith(lead));
}
const LESS_LEADS: readonly string[] = [...new Set(CUES.flatMap(([, cue]) => [lessOf(cue), ...(cue.fewer ? [cue.fewer] : [])]))];
