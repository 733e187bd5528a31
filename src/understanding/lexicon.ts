// Word lists the parser reasons with. Kept as data in one file so they are easy to review and extend.
// Every entry is written in canonical form (see canonical-tokens.ts: singular, abbreviations expanded);
// test/understanding/word-lists.test.ts checks it.
import { singular } from "./canonical-tokens.js";
import { wordSet } from "./word-list.js";

/** Words that carry no role or aspect meaning. They may sit inside an alias ("director of operations") but never make one. */
export const STOPWORDS = wordSet(
  "STOPWORDS",
  `a an the and or but of for to in on at by with from as into about than then so if is are was were be been being am
  do does did done doing have ha has had having i me my mine we our you your he him his she her it its
  they them their this that these those there here what which who whom whose when where why how can could should
  would will shall may might must not no yes just also very really too more most less least much many some any all each
  every both either neither one two three other another same such own only ever even still again please thank
  hi hello hey ok okay lol haha yeah yep nope get got getting go going gone went come came like want need know think
  tell told say said ask asked let us im ive id dont doesnt isnt arent wont cant
  between versus compared compare comparison against vice difference different differ
  pls plz thx ty fr tbh ngl lmao lmk idk imo btw rn kinda sorta actually honestly basically pretty
  stuff thing`,
);

/**
 * Everyday words that look like typos of role words (manage -> manager, accounting -> accountant).
 * A word listed here is never "corrected" into a role word.
 */
export const KNOWN_WORDS = wordSet(
  "KNOWN_WORDS",
  `manage managing managed management managerial supervise supervising supervised oversee operate operating operated operation operational administer
  administration administrative coordinate coordinating coordination direct directing direction account accounting
  assisting assistance analyze analysing analyzing analysis analytical analytic produce producing
  production product project program plan planning planner supply chain store storing retail service serve customer
  human resource people person practice medical dental office officer offer clerk clerical secretary
  receptionist reception front desk book keeping bookkeeping finance financial business team staff work working
  job role position career title company boss level senior junior
  entry head lead leader leadership chief general warehouse facility building
  interview resume cv linkedin recruiter hire hiring hired apply applying application
  weekend today tomorrow yesterday schedule mock event calendar email note
  great good bad best better worse worst luck wish anyone anybody someone somebody everyone everybody find found
  write writing written after before anyway here there now new old big small main key typical typically
  average range high higher low lower more less year month week day hour time
  money salary pay paid earn make wage remove house decent staying stay major minor degree hand
  roadmap pathway route organize organized organizing fresher
  winter summer autumn spring season seasonal holiday
  stream streamer streaming gamer gaming wonder wondering wondered leave leaving quit quitting
  math calculus algebra physics chemistry biology anatomy sitting standing danger
  trucking look looked looking rather midlife doable`,
);

/**
 * Generic words that never name a role on their own: "office", "manager", "operations" alone are
 * too vague to guess from, whatever the fuzzy matcher thinks.
 */
export const GENERIC_ROLE_WORDS = wordSet(
  "GENERIC_ROLE_WORDS",
  `office manager operation administrative assistant director coordinator analyst officer clerk executive chief
  general business project program product practice service customer store supply chain human resource medical
  team staff head lead senior junior associate specialist supervisor technician technologist engineer designer
  scientist operator apprentice`,
);

/**
 * Head nouns of job titles. A phrase ending in one of these that is not a known role is reported
 * as an unknown role ("marketing manager", "data engineer", "teacher").
 */
export const OCCUPATION_HEADS = wordSet(
  "OCCUPATION_HEADS",
  `manager director officer executive assistant coordinator administrator analyst engineer developer programmer
  designer architect scientist researcher consultant specialist technician technologist representative agent broker
  clerk secretary receptionist accountant bookkeeper auditor controller lawyer attorney paralegal judge nurse doctor
  physician surgeon dentist hygienist pharmacist therapist psychologist counselor paramedic emt teacher professor
  lecturer tutor instructor principal librarian electrician plumber carpenter mechanic welder machinist driver pilot
  chef cook baker barista bartender waiter waitress cashier salesperson associate recruiter trainer coach
  editor writer journalist photographer artist musician actor firefighter police policeman policewoman soldier guard
  supervisor foreman superintendent inspector planner buyer merchandiser marketer strategist economist statistician
  actuary banker teller underwriter advisor adviser adjuster investor trader founder owner ceo cfo cto cmo cio vp president intern
  apprentice veterinarian vet nanny caregiver housekeeper janitor custodian cleaner gardener landscaper farmer
  miner operator installer repairer dispatcher courier mover packer picker stocker master
  steward stewardess attendant hostess host crew streamer`,
);

/**
 * One-word job titles that are everyday words in chat ("the server is down", "who's the dealer", "our
 * agent in valorant"): alone, they name a job only when the message frames one (see parse-question).
 */
export const EVERYDAY_TITLE_WORDS = wordSet(
  "EVERYDAY_TITLE_WORDS",
  `server host driver model runner agent associate cook guard nurse detective dealer painter producer interpreter
  courier farmer pilot judge doctor architect coach trainer player teller usher operator writer editor captain
  cleaner builder designer engineer miner hunter fisher gardener butcher baker barber bouncer carrier cutter
  dispatcher tutor scout stylist sweeper tester critic reviewer monitor checker sitter guide waiter bartender
  controller printer planner reporter director reader viewer loader installer inspector tracker handler keeper
  referee umpire banker broker medic sniper spy mechanic ranger warden knight soldier trader assistant manager
  officer clerk analyst programmer developer moderator expo chef tailor librarian therapist plumber
  super priest monk warrior construction owner mate double distributor factor resident`,
);

/** Job abbreviations that are also chat words ("rn" is "right now"): kept as titles, the question shape decides. */
export const TITLE_ABBREVIATIONS = new Set(["rn"]);

/** Words that address other members rather than the bot: "does anyone know", "has anybody tried". */
export const ADDRESSING_OTHERS = wordSet("ADDRESSING_OTHERS", ["anyone", "anybody", "someone", "somebody", "everyone", "everybody", "guy", "folk", "yall"]);

/** Words that only make sense in a comparison between two or more roles. */
export const COMPARE_CUES = wordSet("COMPARE_CUES", [
  "versus",
  "compare",
  "compared",
  "comparison",
  "contrast",
  "difference",
  "different",
  "differ",
  "same",
  "similar",
  "or",
  "and",
]);

/** "a nurse", "an electrician" frame a role; "the recruiter" is usually a particular person. */
export const INDEFINITE_ARTICLES = wordSet("INDEFINITE_ARTICLES", ["a", "an"]);

/** Where the word before token `start` is, past an "a" or "an": in "work as a nurse", the "as". */
export function beforeArticle(tokens: readonly string[], start: number): number {
  return INDEFINITE_ARTICLES.has(tokens[start - 1] ?? "") ? start - 2 : start - 1;
}
/** "get my cna", "should i get my cdl": a credential of the member's own, still to get. */
export const OWNERS = wordSet("OWNERS", ["my", "your"]);
export const GETTING = wordSet("GETTING", ["get", "getting", "earn", "earning", "take", "taking", "finish", "finishing", "pursue", "pursuing"]);
/** The longest abbreviation read as a credential held or to get ("cna", "emt", "cdl"). */
export const MAX_ABBREVIATION = 3;
/** Words after a title that make it a credential: "a cna license", "my phlebotomy certificate". */
export const CREDENTIAL_NOUNS = wordSet("CREDENTIAL_NOUNS", ["license", "licence", "certificate", "certification", "cert", "credential"]);
/** Words for a job as such: "UX designer job requirements", "what jobs are similar to…". */
export const JOB_WORDS = wordSet("JOB_WORDS", ["job", "role", "position", "career", "work", "occupation", "trade", "profession"]);
/** Words that open a greeting to the channel: "hey guys", "hi all", "morning everyone". */
export const GREETINGS = wordSet("GREETINGS", ["hey", "hi", "hello", "yo", "morning", "evening", "sup", "hiya", "howdy"]);
export const ARTICLES = wordSet("ARTICLES", ["a", "an", "the"]);
/** "a nurse at a school", "a teacher in a prison": the words that put a job in a workplace. */
export const WORKPLACE_PREPOSITIONS = wordSet("WORKPLACE_PREPOSITIONS", ["at", "in"]);
/** The words that end a move's start and begin its end: "from nursing to teaching", "from sales into marketing". */
export const MOVE_TO = wordSet("MOVE_TO", ["to", "into"]);
/** Nouns of a way from one role to the next, right before "to" or "for": "a good stepping stone to nursing", "a path into RN". */
export const ROUTE_NOUNS = wordSet("ROUTE_NOUNS", ["stone", "springboard", "path", "pathway", "route", "bridge", "gateway", "step"]);
/** After a route noun, the words that lead to where it goes: "stepping stone for nursing", "a first step towards dentist" too. */
const ROUTE_TO = new Set(["to", "into", "for", "towards", "toward"]);
/** Between "to" and the role: "a first step towards becoming a dentist". */
const ROUTE_BECOMING = new Set(["becoming", "being"]);

/** "stepping stone to" / "path into" (maybe "… becoming a") right before word `at` (canonical tokens or plain words): the role there is where a move goes. */
export function routeLeadsTo(words: readonly string[], at: number): boolean {
  let j = at - 1;
  if (ARTICLES.has(words[j] ?? "") && ROUTE_BECOMING.has(words[j - 1] ?? "")) j -= 2;
  else if (ROUTE_BECOMING.has(words[j] ?? "")) j--;
  return ROUTE_TO.has(words[j] ?? "") && ROUTE_NOUNS.has(singular(words[j - 1] ?? ""));
}
/** "is it smart to leave teaching for sales", "quitting nursing for tech": a move from the role left to the one after "for". */
export const LEAVE_FOR = /\b(leave|leaving|left|quit|quitting)\b.+\bfor\b/;

/** "leave nursing for teaching", "leaving my job for a plumber job": the word at `at` (words or canonical tokens), after "for" and maybe an article, is what a job is left for. */
export function leftFor(words: readonly string[], at: number): boolean {
  const j = ARTICLES.has(words[at - 1] ?? "") ? at - 2 : at - 1;
  return words[j] === "for" && LEAVE_FOR.test(words.slice(0, j + 1).join(" "));
}
/** Prepositions the stopwords leave out: "a nurse without a degree" is no kind of nurse, as "a nurse shark" is a kind of shark. */
export const OTHER_PREPOSITIONS = wordSet("OTHER_PREPOSITIONS", [
  "without",
  "within",
  "over",
  "under",
  "after",
  "before",
  "per",
  "via",
  "through",
  "during",
  "near",
  "across",
  "behind",
  "toward",
  "since",
  "until",
  "despite",
  "except",
]);

export const QUESTION_WORDS = wordSet("QUESTION_WORDS", ["what", "which", "who", "whom", "where", "why", "when", "how"]);
/** Words before a plural title that make it the job's former workers: "what do former nurses do", "ex cops". */
export const FORMER_WORDS = wordSet("FORMER_WORDS", ["former", "ex", "retired"]);
/** Comparatives members use in verdict questions; a typo reading of one ("longer" -> "logger", "faster" -> "master") is a different word. */
export const COMPARATIVE_ADJECTIVES = wordSet(
  "COMPARATIVE_ADJECTIVES",
  "longer shorter higher lower bigger smaller better harder easier faster slower safer later sooner older younger richer cheaper stronger wider deeper closer greater newer larger smarter dumber happier busier calmer cooler nicer tougher quicker heavier lighter quieter louder funnier crazier steadier riskier healthier wealthier trickier messier dirtier lazier fancier cushier sketchier scarier noisier lonelier luckier friendlier pricier comfier sleepier steadiest riskiest",
);
export const AUXILIARY_STARTS = wordSet("AUXILIARY_STARTS", ["is", "are", "do", "does", "can", "could", "should", "would", "will", "did", "was", "were", "am"]);
export const IMPERATIVE_STARTS = wordSet("IMPERATIVE_STARTS", ["tell", "explain", "show", "list", "give", "describe", "compare", "help", "define"]);
export const POSSESSIVES = wordSet("POSSESSIVES", ["my", "our", "your", "his", "her", "their"]);

/** Room to grow in a job, asked: "is there room to grow", "which has more room for growth" (pattern alternatives). */
export const ROOM_TO_GROW_WORDS = String.raw`room to grow|room for growth|growth potential`;

/** Words that say who directs whom: "reports to", "works under", "supervised by", "the boss of", "supervises" (a pattern's alternatives). */
export const REPORTING_WORDS = String.raw`reports? to|reporting to|answers? to|works? under|(supervised|directed|managed|overseen) by|(the )?boss of|supervises?|oversees?`;

/** Licences that name the job they license, as members type them: "do you need a cpa", "is the cpa worth it". */
export const LICENCE_TITLES: ReadonlySet<string> = new Set(["cpa", "cma"]);

/** Ranks a member "makes": "thinking about making detective", "making partner". */
export const RANKS_MADE = wordSet("RANKS_MADE", ["detective", "sergeant", "lieutenant", "captain", "partner", "foreman", "supervisor", "chief"]);

/** Whether the words from `at` are a rank made: "making detective", "make partner" (a rank reached, not pay made). */
export function makesRank(tokens: readonly string[], at: number): boolean {
  return (tokens[at] === "making" || tokens[at] === "make") && RANKS_MADE.has(tokens[at + 1] ?? "");
}

/** A member's dislike or weakness before what they would rather have less of: "hates", "doesnt wanna", "bad at", "cant stand", "less". */
export const DISLIKED = String.raw`(hates?|hating|dislikes?|((dont|don t|do not|doesnt|doesn t|does not|didnt|never) (really )?(like|likes|want to|wanna|enjoy|do well (at|with|in)))|(cant|can t|cannot) stand|(bad|not good|no good|not great|terrible|awful|weak|suck|sucks|struggle|struggles) (at|with)|avoid|avoiding|allergic to|less|least|minimal|no more)`;

/** A fear the member names: "scared of heights", "afraid of needles". */
export const FEARED = String.raw`(scared|afraid|fear|terrified) of (blood|needles|heights)`;
/** An aversion the member names: "cant stand the sight of blood", "i dont love heights", "claustrophobic" (the record topic; verdict-which.ts and verdict-fear.ts weigh it). */
export const AVERSION_WORDS = String.raw`(hate|hates|dont like|don t like|do not like|dont love|don t love|do not love|not a fan of|not good with|cant stand|can t stand|cannot stand|cant handle|can t handle|cannot handle|cant do|can t do) (the sight of )?(blood|needles|heights)|claustrophobic`;

/** Nursing's degrees, the ones a nurse goes for or sets side by side: "lpn to bsn", "adn vs bsn". */
export const NURSING_DEGREE_WORDS: readonly string[] = ["bsn", "adn", "asn", "msn"];
/** The same as a pattern's group: "(bsn|adn|asn|msn)". */
export const NURSING_DEGREE = String.raw`(${NURSING_DEGREE_WORDS.join("|")})`;

/** A plain lower-case word: no digits, no signs. */
export const LETTERS_ONLY = /^[a-z]+$/;

/** "what do nurses actually do", "what does a vtuber typically earn": a word between a job and its verb. */
export const VERB_ADVERBS = wordSet("VERB_ADVERBS", ["actually", "really", "even", "exactly", "usually", "typically", "normally", "generally"]);

/** Where the verb is, looking at `at`: past one adverb there ("typically make"), or `at` itself. */
export function pastAdverb(tokens: readonly string[], at: number): number {
  return VERB_ADVERBS.has(tokens[at] ?? "") ? at + 1 : at;
}

/** Question words that, right after a title, open a clause about its people instead: "teachers who yell …". */
export const RELATIVE_WORDS = wordSet("RELATIVE_WORDS", ["who", "which", "whose", "whom"]);
