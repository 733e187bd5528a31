// "is nursing a good career", "is welding dangerous", "what certifications do I need for project
// management": members name a field where the data has the worker's title. These rewrite a field
// noun into the titles it may stand for (nursing -> nurse, welding -> welder, management -> manager,
// journalism -> journalist, sonography -> sonographer, carpentry -> carpenter); the parser tries them
// only when the question names no role and talks about work, so chat about driving or painting stays chat.
import { normalizeWords } from "../text/normalize.js";
import { CHANGE_FOR, CHANGE_FOR_BETWEEN } from "./detect-kind.js";
import { ARTICLES, AVERSION_WORDS, FEARED, GETTING, LEAVE_FOR, leftFor, MOVE_TO, NURSING_DEGREE_WORDS, OWNERS, routeLeadsTo } from "./lexicon.js";
import { CLAUSE_BREAK, splitSentences } from "./token-view.js";
import { wordSet } from "./word-list.js";

/**
 * A credential named alone: "is it worth getting a PMP", "is the nclex hard" ask about the way into
 * the job it is for, its credentials ("cdl" is read as the driver alone). The word is a career cue by itself.
 */
const CREDENTIAL_TITLES: readonly [string, readonly string[]][] = [
  ["pmp", ["project manager certification"]],
  ["capm", ["project manager certification"]],
  ["nclex", ["registered nurse exam"]],
  // ("cdl class a pay" asks the pay: the driver, no licence word to pull it to requirements.)
  ["cdl", ["truck driver"]],
  ["ccna", ["network administrator certification"]],
  ["cissp", ["information security analyst certification"]],
  ["comptia", ["computer support specialist certification"]],
  ["nremt", ["emt certification"]],
  ["cfa", ["financial analyst certification"]],
  ["shrm", ["hr specialist certification"]],
  ["phr", ["hr specialist certification"]],
];
const CREDENTIAL_WORDS = new Set(CREDENTIAL_TITLES.map(([word]) => word));
/** A credential's rewrite that already names it as one: "project manager certification". */
const CREDENTIAL_NOUN_AT_END = /\b(certification|license|exam)$/;
const CREDENTIAL_CUE = new RegExp(`\\b(${[...CREDENTIAL_WORDS].join("|")})\\b`);

/** Words that make a field noun a career question: without one, "i love painting" is chat. */
const CAREER_CUE =
  /\b(career|careers|job|jobs|field|trade|industry|profession|degree|major|masters|phd|bachelors|associates|worth|salary|salaries|pay|pays|paid|paying|earn|earns|money|(six|6) figures|demand|good living|dead end|side (hustle|gig|job)|gig|live on|how much (do|does|would|could|can) (u|you|i|they|people|one|someone) (make|earn)|dying(?! art)|(make|makes|making|earn|earns|earning) \$?\d+k?|too late|too old|dead|obsolete|automated|automation|(safe|safer|secure|more secure) from (ai|automation|robots)|ai proof|because of ai|replaced|replace|take over|taking over|certifications?|certificates?|certs?|licen[cs]e|get into|getting into|go into|going into|break into|breaking into|work in|working in|future|outlook|recession|recession proof|disappear|disappearing|go away|going away|die out|dying out|switch|switching|good move|career move|get out of|getting out of|leave|leaving|escape|escaping|quit|quitting|transition|transitioning|pivot|pivoting|career change|pathway|path|route|roadmap|stepping stones?|springboard|hiring|working conditions|work conditions|work environment|working environment|day to day|dangerous|stressful|profitable|lucrative|rewarding|fulfilling|boring|skills|duties|qualifications|training|apprenticeships?|school|introverts?|introverted|extroverts?|extroverted|financially|money wise|oversaturated|saturated|personality|academy|hard to learn|easy to learn|alternatives? to|(leave|left) \w+( \w+)? for|from \w+( \w+)? into|(i|ive|i ve|i have|been) (work|worked|working)|shortages?|registry( exams?)?|board exams?|licensing exams?|certification exams?)\b/;
/** A fear or an aversion weighed between fields: "electrician or hvac, im claustrophobic". */
const FEAR_CUE = new RegExp(String.raw`\b(${FEARED}|${AVERSION_WORDS})\b`);
/** "what is the scope of nursing", "scope of physiotherapy in future": the prospects of the field that ends the phrase (not "the scope of painting this wall"). */
const SCOPE_OF_FIELD = /\b(future )?scope (of|in|for) \w+( (in|as|for|after)\b.*)?$/;
/**
 * Cues that are as often about an everyday activity ("driving at night is bad for your health"):
 * they make a field a career question only in a question ("is welding bad for your health?").
 */
const ASKED_CAREER_CUE =
  /\b(obsolete|extinct|dying out|prestigious|respected|more physical|physically demanding|physical demands|(hard|rough|tough|easy|bad) on (your|ur|the|my) (body|back|knees|joints)|(summer|extreme) heat|crawling|crawl ?spaces?|(tight|cramped) spaces|heavy lifting|bad for your health|health risks?|unhealthy|unsafe|(dangers?|hazards?|risks|injur(y|ies)) of|right for me|good fit|cut out for|good for (someone|somebody|people|me)|(help|helping) (other )?(people|others)|people person|more creative|math|maths|calculus|algebra|chemistry|physics|biology|anatomy|a (good|bad|smart) (idea|move|choice))\b|\bdead$|\b(dangers?|hazards?)$|\b(good|bad|smart) idea$/;
/**
 * The second word of a field named by two ("respiratory therapy", "social work", "data science"):
 * asked "is … hard", the two words name the worker ("being a respiratory therapist"); alone, "is
 * therapy hard" and "is work hard" are about the treatment and work itself.
 */
const KINDED_FIELDS = new Set(["engineering", "therapy", "hygiene", "work", "science", "pathology", "billing", "coding", "assisting", "reporting", "estate"]);
/**
 * "is accounting hard", "is nursing harder than teaching", "how hard is welding": the difficulty of a
 * field that names work (FIELD_TITLES), asked of the field itself; "is plumbing this sink hard?", "is
 * nursing a baby hard?", "is driving hard in the snow?" are about the activity. (Group 2 or 3: the field;
 * group 1, the word that says which kind of a field named by two words (KINDED_FIELDS): "is mechanical
 * engineering hard", "is respiratory therapy hard", "is social work hard".)
 */
const DIFFICULTY_OF_FIELD = new RegExp(
  String.raw`^(?:is|are|isnt|was) (?:(\w+) (?=(?:${[...KINDED_FIELDS].join("|")})\b))?(\w+)(?: (?:a|an|really|very|so|that|too|super|actually|much|even))* (?:hard|harder|hardest|difficult|tough|tougher|easy|easier)(?: (?:than|to|as|for|or|major|career|job|field|degree|program|course|compared|nowadays|now|lol|tho|though)\b.*)?$|^how (?:hard|difficult|tough|easy) is (\w+)$`,
);
/**
 * "what's respiratory therapy like", "i'm looking into welding, what's that like": what the work of a
 * field that names work is like, asked of the field (groups as DIFFICULTY_OF_FIELD's: the kind, then
 * the field); "what's the chemistry like between them" and "what's therapy like" name no such field.
 */
const WHAT_FIELD_IS_LIKE = new RegExp(
  String.raw`^(?:whats|what s|what is|what) (?:(\w+) (?=(?:${[...KINDED_FIELDS].join("|")})\b))?(\w+)(?: (?:really|actually|honestly))? like\b|\b(?:into|about|considering|doing|studying) (?:(\w+) (?=(?:${[...KINDED_FIELDS].join("|")})\b))?(\w+) (?:whats|what s|what is|what) (?:that|it) (?:really |actually |honestly )?like\b`,
);
/**
 * "a dental hygiene program", "how long is a radiography program": a training programme of a field
 * that only names work (FIELD_TITLES) is a career question; "my coding program crashed" is not one.
 */
function programOfWorkField(words: string): boolean {
  if (!words.includes(" program")) return false;
  const list = words.split(" ");
  return list.some((word, k) => (word === "program" || word === "programs") && k > 0 && onlyNamesWork(list[k - 1]!));
}

/** A question: a mark, or an auxiliary or question word first. */
const ASKED = /\?|^(is|are|am|does|do|can|could|would|should|will|how|what|whats|which|who|why)\b/;

/** "human resources" as a field: written "HR", the word FIELD_TITLES lists. */
const HUMAN_RESOURCES = /\bhuman resources\b(?! (specialist|manager|assistant|generalist|coordinator|director|officer|clerk|business partner))/gi;

/** Fields whose worker's title no suffix rule gives: "cybersecurity", "law", "medicine". */
const FIELD_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ["cybersecurity", ["information security analyst"]],
  ["infosec", ["information security analyst"]],
  // "cyber security vs networking": the network's architect or administrator.
  ["networking", ["network administrator", "network engineer"]],
  ["law", ["lawyer"]],
  // "is bicycle repair a real job", "hvac tech or appliance repair", "is auto repair a good career": its repairer or mechanic.
  ["repair", ["mechanic", "repairer", "repair technician"]],
  // "pizza delivery pay": the driver who delivers ("deliver" read alone is no title).
  ["delivery", ["delivery driver"]],
  // "warehouse vs retail": warehouse work, its hands-on worker (chat about "the warehouse" has no career cue).
  ["warehouse", ["warehouse worker"]],
  ["agriculture", ["farmer"]],
  // "data analytics": the analyst.
  ["analytics", ["analyst"]],
  // "accounting or finance": the analyst, the field's usual job.
  ["finance", ["financial analyst"]],
  ["medicine", ["doctor"]],
  ["design", ["designer"]],
  // "data analyst or ux?": the designer's line of work by its short name.
  ["ux", ["ux designer"]],
  ["animation", ["animator"]],
  // "is payroll a good career", "compliance vs audit": the back office's workers.
  ["payroll", ["payroll clerk"]],
  ["compliance", ["compliance officer"]],
  ["audit", ["auditor"]],
  ["auditing", ["auditor"]],
  // "is hospitality a good career": running a hotel (not "hospitalist", a typo reading of "hospitalitist").
  ["hospitality", ["hotel manager"]],
  ["hvac", ["hvac technician"]],
  // "hvac vs electrical", "electrical work": the electrician's trade, not "electrical worker".
  ["electrical", ["electrician"]],
  // Outside medical school, "going into radiology" is the imaging technologist's two-year route.
  ["radiology", ["radiologic technologist", "radiologist"]],
  // "how stressful is air traffic control", "quality control pay": the controller's work.
  ["control", ["controller"]],
  // "is ux research a good career", "market research pay": the researcher's work.
  ["research", ["researcher"]],
  // "any RNs here who switched to informatics": health data work, nursing's usual way into it.
  ["informatics", ["health informatics specialist"]],
  ["construction", ["construction worker"]],
  ["hygiene", ["hygienist"]],
  // "how much school do you need for ultrasound": the sonographer's work, by its everyday name.
  ["ultrasound", ["ultrasound technician"]],
  // "is real estate a good career": the agent's line of work ("real estate" + "agent" is the title).
  ["estate", ["estate agent"]],
  // "is selling insurance a good career": the agent's line of work.
  ["insurance", ["insurance agent"]],
  // "is hr a good career": the department's usual job.
  ["hr", ["hr specialist"]],
  // "leaving retail", "from retail to bookkeeping": the shop floor's usual job.
  ["retail", ["retail salesperson"]],
  // "social work", "construction work", "farm work": the worker of that work.
  ["work", ["worker"]],
  // Fields that name nothing but a line of work, so two of them side by side are careers compared
  // ("welding vs machining", "is hr or accounting better"), where "driving vs flying" may be pastimes.
  ["welding", ["welder"]],
  ["machining", ["machinist"]],
  ["plumbing", ["plumber"]],
  // Not "nurse": alone, that is an everyday word a question must frame ("how do i know if nursing is right for me").
  ["nursing", ["registered nurse"]],
  ["accounting", ["accountant"]],
  // "marketing or sales": the marketing specialist beside the sales representative (no "marketing sales representative").
  ["marketing", ["marketing specialist"]],
  // "is sales a good career", "sales or accounting": the sales representative's career, before the shop floor's salesperson.
  ["sales", ["sales representative", "salesperson"]],
  ["bookkeeping", ["bookkeeper"]],
  ["auditing", ["auditor"]],
  ["carpentry", ["carpenter"]],
  ["masonry", ["mason"]],
  ["roofing", ["roofer"]],
  // "roofing or drywall": the trade by its material.
  ["drywall", ["drywaller"]],
  ["pharmacy", ["pharmacist"]],
  ["dentistry", ["dentist"]],
  ["phlebotomy", ["phlebotomist"]],
  // "is sonography hard", "is cosmetology a good career": a training programme's name for the work.
  ["sonography", ["sonographer"]],
  ["optometry", ["optometrist"]],
  ["cosmetology", ["cosmetologist"]],
  ["esthetics", ["esthetician"]],
  ["barbering", ["barber"]],
  ["midwifery", ["midwife"]],
  ["dietetics", ["dietitian"]],
  ["audiology", ["audiologist"]],
  ["surveying", ["surveyor"]],
  ["firefighting", ["firefighter"]],
  // "is librarianship a dying field", "is hotel housekeeping hard work": the work by its own name.
  ["librarianship", ["librarian"]],
  ["housekeeping", ["housekeeper"]],
  // "dental hygiene or radiography": a training programme's name for the work.
  ["radiography", ["radiographer"]],
  ["trucking", ["truck driver"]],
  ["teaching", ["teacher"]],
  // "teaching vs school counseling": the counselor ("counsel" alone is a lawyer's title).
  ["counseling", ["counselor"]],
  ["counselling", ["counselor"]],
  // "is architecture a good career": no suffix rule reaches the architect.
  ["architecture", ["architect"]],
  ["engineering", ["engineer"]],
  ["programming", ["programmer"]],
  // First responders' shorthand: "ems vs fire", "is fire or police better pay", "is fire a good career".
  ["ems", ["paramedic"]],
  ["fire", ["firefighter"]],
  ["police", ["police officer"]],
  ["solar", ["solar installer"]],
  // The nursing degrees: "is a bsn worth it" asks about the registered nurse's way in.
  ["bsn", ["registered nurse degree"]],
  ["adn", ["registered nurse degree"]],
  ["absn", ["registered nurse degree"]],
  ["asn", ["registered nurse degree"]],
  // "msn salary", "is a dnp worth it": the graduate nursing degrees, the nurse practitioner's way in;
  // "is a pharmd worth it": the pharmacist's.
  ["msn", ["nurse practitioner degree"]],
  ["dnp", ["nurse practitioner degree"]],
  ["pharmd", ["pharmacist degree"]],
  ...CREDENTIAL_TITLES,
]);

/** Kinds of cover before "insurance": what a member has, not the work of selling it. */
const COVERAGE_KINDS = new Set(["health", "medical", "dental", "vision", "life", "car", "auto", "home", "pet", "renters", "travel", "good", "free"]);
const SELLING = new Set(["sell", "sells", "selling", "sold"]);

/**
 * The school of a line of work, named by a word that is no field noun: "how competitive is dental
 * school", "how long is the police academy", "how hard is air traffic control school".
 */
const SCHOOL_FIELDS: ReadonlyMap<string, string> = new Map([
  ["dental", "dentist"],
  ["med", "doctor"],
  ["medical", "doctor"],
  ["police", "police officer"],
  ["fire", "firefighter"],
  ["control", "controller"],
  ["beauty", "cosmetologist"],
  ["culinary", "chef"],
  ["cdl", "truck driver"],
  ["veterinary", "veterinarian"],
  ["vet", "veterinarian"],
  ["pharmacy", "pharmacist"],
  ["optometry", "optometrist"],
  ["chiropractic", "chiropractor"],
  ["barber", "barber"],
  ["flight", "pilot"],
  ["welding", "welder"],
]);
const SCHOOLS = new Set(["school", "academy"]);
/** "go to law school", "applying to nursing school": verbs of starting at a school. */
const GOING_TO_SCHOOL = new Set(["go", "going", "goes", "went", "apply", "applying", "applied", "head", "heading"]);

/** Words before "work" that say how or how much one works, not in what field: "best work", "hard work", "remote work". */
const NOT_WORK_FIELDS = new Set([
  "best",
  "good",
  "great",
  "hard",
  "harder",
  "remote",
  "more",
  "less",
  "part",
  "full",
  "shift",
  "night",
  "own",
  "your",
  "my",
  "our",
  "their",
  // "jobs where you can work from home": the verb.
  "can",
  "could",
  "to",
  "you",
  "i",
  "we",
  "they",
]);

/** School subjects that are fields of their own ("is chemistry a good career") unless asked of another ("chemistry in nursing"). */
const SCHOOL_SUBJECTS = new Set(["chemistry", "physics", "biology", "anatomy", "psychology"]);
/** "what's the chemistry like between them": a school subject's "like", chemistry between people, not the chemist's work. */
const SUBJECT_LIKE = /\bwhat( s|s| is)? (the )?(chemistry|physics|biology|anatomy|psychology) like\b/;
/** What follows a subject asked of another field or its workers: "in", "for", "is in", "needed for", "important for", "how much physics do engineers use". */
const SUBJECT_IN = /^((is|are|needed|required|used|important|necessary|useful|like) )?(in|for)\b|^(do|does|did)\b/;

/** Suffix rules, most specific first: each gives the worker's title for a field noun. */
const RULES: readonly [RegExp, readonly string[]][] = [
  [/^(\w{3,})ment$/, ["er"]],
  [/^(\w{3,})ism$/, ["ist"]],
  [/^(\w{3,})logy$/, ["logist"]],
  [/^(\w{3,})phy$/, ["pher"]],
  [/^(\w{3,})therapy$/, ["therapist"]],
  [/^(\w{3,})macy$/, ["macist"]],
  [/^(\w{3,})try$/, ["ter", "t"]],
  [/^(\w{3,})ry$/, ["er", ""]],
  [/^(\w{3,})ing$/, ["er", "e", "", "ist", "ant", "or"]],
  [/^(\w{3,})ics$/, ["ic", "ician"]],
  [/^(\w{3,})ysis$/, ["yst"]],
  [/^(\w*sci)ence$/, ["entist"]],
  // "healthcare administration" -> "healthcare administrator", "aviation" -> "aviator".
  [/^(\w{3,})ation$/, ["ator"]],
  [/^(\w{4,})y$/, ["ist"]],
  [/^sales$/, ["sales representative", "salesperson"]],
];

/** Any of the rules' patterns at once (each is anchored): most words match none, and are ruled out by one test instead of fourteen. */
const ANY_RULE = new RegExp(RULES.map(([pattern]) => `(?:${pattern.source})`).join("|"));

/** Doubled consonants before -ing ("programming" -> "programmer", "shipping" -> "shipper") keep both forms. */
function stems(word: string, pattern: RegExp): string[] {
  const match = pattern.exec(word);
  if (!match) return [];
  return [match[1] ?? ""];
}

/**
 * Words of change and everyday verbs that end like field nouns: "is demand growing or shrinking"
 * names no grower, "thinking of switching" no thinker (and rewrites are bounded, so they would
 * crowd out the real field).
 */
const NOT_FIELDS = new Set([
  "growing",
  "shrinking",
  "rising",
  "falling",
  "declining",
  "increasing",
  "decreasing",
  "improving",
  "booming",
  "dying",
  "hiring",
  "firing",
  "changing",
  "struggling",
  "thinking",
  "switching",
  "considering",
  "becoming",
  "wondering",
  "going",
  "getting",
  "looking",
  "moving",
  "doing",
  "trying",
  "making",
  "taking",
  "leaving",
  "staying",
  "transitioning",
  "pivoting",
  // "what's the starting salary", "earning potential", "working nights": no starter, earner or worker asked about.
  "starting",
  "earning",
  "paying",
  "working",
  "learning",
  "studying",
  "retiring",
  // "attending college for accounting", "resident vs attending": going to school, or a senior doctor, no attendant.
  "attending",
  // "jobs for people who hate sitting at a desk": postures and everyday doings, no sitter or walker asked about.
  "sitting",
  "standing",
  "walking",
  "talking",
  // "good at organizing and likes helping people": doings that say who the member is, no helper or organizer.
  "helping",
  "organizing",
  "organising",
  "being",
  "having",
  "living",
  "spending",
  // "less people-facing", "customer facing", "facing layoffs": turned toward something, no facer.
  "facing",
  // "when is the meeting", "the wedding": events, no meeter or wedder.
  "meeting",
  "wedding",
  // Everyday words the suffix rules turn into no title, then read through a slip as one: "leave the party
  // early" is no "partist" (an artist), "the country" no "counter" (a clerk), "inventory" no "inventoer".
  "party",
  "happy",
  "activity",
  "inventory",
  "autonomy",
  "gallery",
  "jelly",
  "dirty",
  "hungry",
  "country",
  // "mls is so boring compared to the prem", "is it rewarding": adjectives of how work feels, no borer or rewarder.
  "boring",
  "interesting",
  "exciting",
  "rewarding",
  "demanding",
  "exhausting",
  "depressing",
  "fulfilling",
  "challenging",
  "amazing",
  "annoying",
  "tiring",
  "satisfying",
  "confusing",
  "promising",
  // "is education a good career" judges the field (ranked-question.ts); "good communication skills",
  // "job application", "location": no educator, communicator or applicator asked about (the "-ation" rule).
  "education",
  "communication",
  "communications",
  "information",
  "automation",
  "organization",
  "application",
  "location",
  "motivation",
  "graduation",
  "generation",
  "population",
  "vacation",
  // "operations salary", "public relations": no operator or relator ("realtor" by a slip) asked about.
  "operation",
  "operations",
  "relation",
  "relations",
  // "roofing or hanging drywall": the drywall hung, no paperhanger ("-ing").
  "hanging",
  // "mod announcement: keep salary screenshots in #pay": a server's notice, no announcer ("-ment").
  "announcement",
  "announcements",
]);

function titlesFor(word: string): string[] {
  if (NOT_FIELDS.has(word)) return [];
  const named = FIELD_TITLES.get(word);
  if (named) return [...named];
  if (!ANY_RULE.test(word)) return [];
  for (const [pattern, endings] of RULES) {
    if (!pattern.test(word)) continue;
    if (pattern.source === "^sales$") return [...endings];
    // "manage" + "er" is "manager", not "manageer".
    return stems(word, pattern).flatMap((stem) =>
      endings.map((ending) => (stem.endsWith("e") && ending.startsWith("e") ? `${stem}${ending.slice(1)}` : `${stem}${ending}`)),
    );
  }
  return [];
}

/** Whether `word` (normalized) names a field of work whose worker a rewrite would name: "nursing", "plumbing". */
export function isFieldNoun(word: string): boolean {
  return !EVERYDAY_FIELDS.has(word) && titlesFor(word).length > 0;
}

/** "IT" typed in capitals: the field, not the pronoun. */
const IT_IN_CAPITALS = /\bIT\b/;
/** "how do i get into IT": the way into the field, which its ranking answers. */
const INTO_FIELD = /\b(get|getting|break|breaking|go|going|start|starting) (into|in)\b/;
/** Fields set against each other: "welding vs machining", "torn between dental hygiene and radiography". */
const VERSUS = /\b(vs|versus)\b|\b(torn|deciding|choosing|decide|choose|confused) between\b|\bhelp me (choose|decide|pick)\b/;
/** "what's the difference between nursing and medicine": set side by side when asked ("the difference between cooking and baking is chemistry" is told). */
const DIFFERENCE_BETWEEN = /\bdifferences? between\b/;
/** ...or a message that opens with it: "difference between teaching and coaching". */
const OPENS_WITH_DIFFERENCE = /^differences? between\b/;
/** "what jobs can you get with a psychology degree": where a degree leads (ranked-question.ts reads the subject), not the field's one worker. */
/** ("what jobs can i get with a pmp": a credential's job, whose career says where it leads.) */
const JOBS_WITH_DEGREE = new RegExp(
  String.raw`\bwhat (((jobs?|careers?|work) (can|could|should|would) (i|you|one|someone) (get|do|have|find))|((can|could) (i|you|one|someone) do)) with\b(?!.*\b(licen[cs]e|certificate|certification|cert|${[...CREDENTIAL_WORDS].join("|")})\b)`,
);
/** Fields that are everyday words as well ("fire vs ice"): read as work only beside another field or with a career word. */
const EVERYDAY_FIELDS = new Set(["fire", "police", "solar"]);
/** Field nouns that are also a place one works at: after "at", "in" or "the", the place. */
const PLACE_FIELDS = new Set(["warehouse"]);
/** A field noun that names nothing but a line of work (FIELD_TITLES, not EVERYDAY_FIELDS): "welding", "nursing". */
const onlyNamesWork = (word: string) => FIELD_TITLES.has(word) && !EVERYDAY_FIELDS.has(word);
/** Words before "work", "therapy" or "science" that say whose or which, not what kind: "is the work hard", "is my therapy hard". */
const NOT_A_KIND = new Set(["a", "an", "the", "this", "that", "my", "your", "his", "her", "their", "our", "its", "it", "some", "any", "such"]);
/** Words before a unit of time in a rate of pay: "18 an hr", "per hr". */
const PER_WORDS = new Set(["a", "an", "per", "each"]);
/** "is physical therapy hard for my knee", "… after surgery": the patient's therapy, not the therapist's work. */
const THERAPY_AS_PATIENT = /\btherapy\b.* (for|on|after) (my|his|her|their|our)\b|\btherapy\b.* after (surgery|an? |the )/;
/** "is sonography hard", "is dental hygiene hard": the difficulty of a field that names work, by its word (and the kind before it). */
function hardFieldWord(word: string, kind: string | undefined): boolean {
  if (kind !== undefined && KINDED_FIELDS.has(word)) return !NOT_A_KIND.has(kind) && !NOT_WORK_FIELDS.has(kind);
  return onlyNamesWork(word) && word !== "work";
}
/** A hedge after "or" that keeps two fields apart: "HR or maybe project management". */
const OR_MAYBE = /\bor (maybe|perhaps|possibly) /gi;
/** Two fields side by side, or one moved from to the other: "welding vs machining", "hr or accounting", "phlebotomy to nursing" (a cheap test before the words are split). */
const TWO_FIELDS = /\b\w+ (or|vs|versus|to|into|and) \w+\b/;
/** The words that set two fields side by side, or make a move from one to the other. */
const FIELD_JOINERS = new Set(["or", "vs", "versus", "to", "into"]);

/** A field that only names work, right after "vs" or "or": "software dev vs data scientist vs cybersecurity" (a third beside two roles). */
export function setsWorkFieldBeside(text: string): boolean {
  const list = normalizeWords(text).split(" ");
  if (list.some((word, k) => k > 0 && onlyNamesWork(word) && VERSUS_OR.has(list[k - 1]!))) return true;
  // ("cna, phlebotomy or medical assistant": a field in the middle of a list, before its "or".)
  if (list.some((word, k) => k > 0 && onlyNamesWork(word) && VERSUS_OR.has(list[k + 1] ?? "") && text.includes(`, ${word}`))) return true;
  // "which is better: welding, plumbing, or electrical": first in a list, before its comma.
  for (const listed of text.matchAll(LISTED_BEFORE_COMMA)) if (onlyNamesWork(listed[1]!.toLowerCase())) return true;
  return false;
}
const VERSUS_OR = new Set(["vs", "versus", "or"]);
const LISTED_BEFORE_COMMA = /\b([A-Za-z]+), /g;

/** "hvac or electrician": the whole message a choice of two, a word or two each. */
const ONLY_A_CHOICE = /^\w+( \w+)? (or|versus) \w+( \w+)?$/;
/** "which is better", "which one should i pick": a choice asked. */
const WHICH_BETTER = /\bwhich (is|one|pays|should|would)\b|\bwhat is better\b/;

/** An errand to a department: "call hr or accounting about the invoice", "email IT or facilities". */
const ERRAND = /^(call|ask|email|message|text|ping|tell|contact|check with|talk to|speak to|go to|send it to|reach out to)\b/;

/** "IT" typed in capitals is a work field, its usual worker the IT specialist (see the rewrites). */
const IT_TITLES: readonly string[] = ["it specialist"];
/** The titles of a field that only names work ("IT" when typed in capitals), or undefined. */
function workTitles(word: string | undefined, itInCapitals: boolean): readonly string[] | undefined {
  if (word === undefined) return undefined;
  return FIELD_TITLES.get(word) ?? (itInCapitals && word === "it" ? IT_TITLES : undefined);
}

/** "phlebotomy or cna which is better": a work field set beside something else, which may be a title. */
function workFieldSetBeside(words: string, itInCapitals: boolean): boolean {
  const list = words.split(" ");
  const work = (word: string | undefined) => workTitles(word, itInCapitals) !== undefined && !EVERYDAY_FIELDS.has(word!);
  return list.some((word, k) => VERSUS_OR.has(word) && (work(list[k - 1]) || work(list[k + 1])));
}

/** "welding or machining", "hr or accounting", "phlebotomy to nursing", "accounting or IT": two work fields joined by "or" or a move. */
function twoWorkFields(words: string, itInCapitals: boolean): boolean {
  if (!TWO_FIELDS.test(words)) return false;
  const list = words.split(" ");
  const work = (word: string | undefined) => workTitles(word, itInCapitals) !== undefined;
  // ("nursing or dental hygiene": the second field may have a word before it.)
  return list.some((word, k) => FIELD_JOINERS.has(word) && work(list[k - 1]) && (work(list[k + 1]) || work(list[k + 2])));
}

/** A comparative before "than": "harder", "better paid", "more stressful". */
const COMPARED_BY = /\b(\w+er|better|worse|more \w+|less \w+)( paid| paying)? than\b/;

/** "is nursing harder than engineering", "is data science better paid than software engineering": two work fields set against each other. */
function twoFieldsComparedByThan(words: string): boolean {
  const at = COMPARED_BY.exec(words);
  if (!at) return false;
  const before = words.slice(0, at.index).trim().split(" ").slice(-3);
  const after = words
    .slice(at.index + at[0].length)
    .trim()
    .split(" ")
    .slice(0, 3);
  return before.some(isFieldNoun) && after.some(isFieldNoun);
}

/** The mark a sentence ends with, and the spaces after it. */
const SENTENCE_MARK = /[.!?]\s*$/;

/** A field noun is asked about in a short question; a long message is read as it stands (each rewrite is a full parse). */
const MAX_WORDS = 60;
/** Rewrites tried at most, so the work per message stays bounded. */
const MAX_REWRITES = 12;

/** Words that pair a named role with a field: "data science or software engineering", "compared to nursing". */
const PAIRING = new Set(["or", "vs", "versus", "than", "compared"]);
/** Comparatives not formed with "-er". */
const COMPARATIVE_WORDS = new Set(["more", "less", "better", "worse"]);
/** Words that may stand between a pairing word and the field: "compared to law", "or a nursing". */
const LINKS = new Set(["to", "with", "a", "an"]);

/**
 * Beside a role already named, a field noun counts only right next to a pairing word and on its other
 * side from the role: "medicine or nursing", but not "growing or shrinking" after "pharmacy technicians",
 * nor "nursing homes" further on.
 */
function pairedWithRole(words: readonly string[], i: number, roleAt: number): boolean {
  const pairs = (k: number) => isPairing(words, k);
  // "my parents want me to be a doctor but i want to do graphic design": the field set against the role.
  if (roleAt < i && WANTED_INSTEAD.test(words.slice(Math.max(0, i - 8), i).join(" "))) return true;
  // "is it worth becoming a rad tech or should i just go straight for nursing": the other choice, after "or".
  if (roleAt < i && OR_GO_FOR.test(words.slice(Math.max(0, i - 9), i).join(" "))) return true;
  // "is dental hygiene worth it over nursing": the other choice, after "over".
  if (roleAt < i && CHOSEN_OVER.test(words.slice(Math.max(0, i - 7), i).join(" "))) return true;
  // "is nursing school harder than pa school": the field's school, then a comparative, pairs it too.
  const after = SCHOOLS.has(words[i + 1] ?? "") ? i + 2 : i + 1;
  if (pairs(after) || (after > i + 1 && words[after + 1] === "than") || comparedBy(words, after)) return roleAt > i;
  // One word may qualify the field: "compared to software engineering".
  let j = i - 1;
  if (j >= 0 && !pairs(j) && !LINKS.has(words[j]!)) j--;
  while (j >= 0 && LINKS.has(words[j]!)) j--;
  return j >= 0 && pairs(j) && roleAt < j;
}

/** What the member wants instead of the role named before, right before a field (one word may qualify it): "… but i want to do graphic design". */
const WANTED_INSTEAD =
  /\b(but|instead|rather) (i|id|i d) (want|wanna|would rather|rather|prefer|d rather|like)( to)?( do| study| go into| get into| pursue| work in)?( \w+)?$/;

/** "… or should i just go straight for", "… or just do", "… or should i look at something like": the other choice put as a plan, right before a field (one word may qualify it). */
const OR_GO_FOR =
  /\bor (should i |do i |would i |just |maybe |i could |should i just )?(go|do|get|study|pursue|switch|try|look|consider)( straight| right)?( for| into| to| with| in| at)?( something like| like)?( an?| the)?( \w+)?$/;

/** "… worth it over", "pick it over", "go with hvac over": the choice set aside comes next (one word may qualify it). */
const CHOSEN_OVER = /\b(worth it|worth|pick|picking|choose|choosing|go with|prefer|better)( \w+){0,3} over( an?| the)?( \w+)?$/;

/** The most words a comparison before "than" may take: "easier to get into than". */
const MAX_COMPARED_BY = 5;

/** Adverbs before a comparison: "actually less stressful than", "really harder than". */
const COMPARISON_ADVERBS = wordSet("COMPARISON_ADVERBS", [
  "actually",
  "really",
  "much",
  "way",
  "even",
  "honestly",
  "truly",
  "definitely",
  "generally",
  "usually",
]);

/**
 * "nursing harder than", "teaching more physically demanding than": a comparison (up to three words,
 * one a comparative; up to five where the comparative comes first and "to" after it) before "than" at `from`.
 */
function comparedBy(words: readonly string[], at: number): boolean {
  // ("is underwriting actually less people-facing than …": an adverb before the comparison leaves it one.)
  let from = at;
  while (COMPARISON_ADVERBS.has(words[from] ?? "")) from++;
  const than = words.indexOf("than", from);
  if (than < 0 || than - from > MAX_COMPARED_BY) return false;
  const comparative = (w: string) => COMPARATIVE_WORDS.has(w) || (w.length > 4 && w.endsWith("er"));
  // ("is hvac easier to get into than electrician": the comparative first, what it is easier to do after it.)
  if (than - from > 3) return comparative(words[from] ?? "") && words[from + 1] === "to";
  return words.slice(from, than).some(comparative);
}

/** A pairing word at `k`; "and" pairs only after "between" ("torn between nursing and teaching"). */
function isPairing(words: readonly string[], k: number): boolean {
  const word = words[k] ?? "";
  // ("between welding and plumbing", "accepted to both pa school and nursing school".)
  return PAIRING.has(word) || (word === "and" && (words.lastIndexOf("between", k) >= 0 || words.lastIndexOf("both", k) >= 0));
}

/**
 * A field on the other side of a move from a named role: "from marketing to product manager" (the
 * field starts the move) or "from nurse to teaching" (it ends it; one word may qualify it).
 */
function pairedInMove(words: readonly string[], i: number, roleAt: number, roleEnd: number): boolean {
  // "is being an EMT a good stepping stone to nursing": the role is where the way starts.
  if (roleAt < i - 2 && routeLeadsTo(words, i)) return true;
  // "leave teaching for sales": the role left, then the field it is left for.
  // One word may qualify the field: "real estate", "software development".
  if (roleAt < i && (leftFor(words, i) || (roleAt < i - 1 && leftFor(words, i - 1)))) return true;
  // "is nursing a good career change for teachers": the role after "for" makes the change into the field.
  if (roleAt > i + 2 && CHANGE_FOR_BETWEEN.test(`${words.slice(i + 1, roleAt).join(" ")} `)) return true;
  if (words[i - 1] === "from" && MOVE_TO.has(words[i + 1] ?? "")) return roleAt > i;
  // ("lpn wanting bsn eventually": the job held opens the message, the nursing degree it goes for right after.)
  if (roleAt === 0 && NURSING_DEGREES.has(words[i]!) && GOING_FOR.has(words[roleEnd] ?? "") && i - roleEnd <= 2) return true;
  if (roleAt < i && movesInto(words, i)) return true;
  let j = i - 1;
  if (j >= 0 && !MOVE_TO.has(words[j]!)) j--;
  if (j < 0 || !MOVE_TO.has(words[j]!) || roleAt >= j) return false;
  // "from a nurse to teaching": "from" opens the move, right before the role or its article; or the
  // role opens the message right before "to": "ems to nursing, is it worth it".
  return (roleAt === 0 && j === roleEnd) || words[roleAt - 1] === "from" || (LINKS.has(words[roleAt - 1] ?? "") && words[roleAt - 2] === "from");
}

/** Nursing's degrees, which a nurse goes for ("lpn wanting bsn"). */
const NURSING_DEGREES: ReadonlySet<string> = new Set(NURSING_DEGREE_WORDS);
/** Words between the job held and the degree gone for. */
const GOING_FOR = new Set(["wanting", "wants", "getting", "going"]);

/** "Go" moves into a field only with "into". */
const GO = new Set(["go", "going"]);
/** Verbs of a member's move into a field: "get into teaching", "switch to nursing", "moving into hr". */
const MOVE_VERBS = new Set([
  // "who switched to informatics", "moved into hr": a move already made is one too.
  "switched",
  "moved",
  "transitioned",
  "pivoted",
  "got",
  "get",
  "getting",
  "break",
  "breaking",
  "move",
  "moving",
  "switch",
  "switching",
  "transition",
  "transitioning",
  "pivot",
  "pivoting",
  "change",
  "changing",
]);

/**
 * "I'm a nurse, how do I get into teaching": the field at `i` is where a member's move goes, right
 * after a move verb and "into" or "to" (an article may stand between), so the role named before it
 * is where the member is.
 */
function movesInto(words: readonly string[], i: number): boolean {
  // "going back to school for accounting": the field the member would study for.
  if (words[i - 1] === "for" && SCHOOLS.has(words[i - 2] ?? "")) return true;
  // "as a paralegal, should I go to law school": the field whose school the member would go to.
  if (SCHOOLS.has(words[i + 1] ?? "") && words[i - 1] === "to" && GOING_TO_SCHOOL.has(words[i - 2] ?? "")) return true;
  let j = i - 1;
  // One word may qualify the field: "move into project management".
  if (!MOVE_TO.has(words[j] ?? "") && !LINKS.has(words[j] ?? "") && MOVE_TO.has(words[j - 1] ?? "")) j--;
  if (LINKS.has(words[j] ?? "") && !MOVE_TO.has(words[j]!)) j--;
  const verb = words[j - 1] ?? "";
  // "going to teaching" is as often "going to teach": only "go into" moves.
  if (GO.has(verb)) return words[j] === "into";
  return MOVE_TO.has(words[j] ?? "") && MOVE_VERBS.has(verb);
}

/** Whether a question has words that could pair a named role with a field ("or", "vs", "compared", "from … to", "get into"). */
export function hasPairingWord(text: string): boolean {
  const all = normalizeWords(text);
  if (CHANGE_FOR.test(all) || LEAVE_FOR.test(all)) return true;
  const words = all.split(" ");
  // ("is dental hygiene worth it over nursing".)
  if (words.some((word, k) => word === "over" && CHOSEN_OVER.test(words.slice(Math.max(0, k - 6), k + 1).join(" ")))) return true;
  if (words.some((_, k) => isPairing(words, k))) return true;
  if (words.some((_, k) => movesInto(words, k) || routeLeadsTo(words, k))) return true;
  const from = words.indexOf("from");
  return from >= 0 && words.slice(from + 1).some((word) => MOVE_TO.has(word));
}

/** Pronouns that make the "-ing" word before them a verb. */
const OBJECT_PRONOUNS = new Set(["me", "you", "him", "her", "us", "them", "it"]);

/**
 * Fields whose workers' titles keep the word before them: "electrical engineering" is the electrical
 * engineer's, "ux research" the ux researcher's (not a ux designer's research).
 */
const TITLE_KEEPS_MODIFIER = new Set(["engineering", "research", "design"]);

/** "electrical engineering", "fire engineering": the word at `i` only says which engineering, and is no field of its own. */
function modifiesField(words: readonly string[], i: number): boolean {
  return TITLE_KEEPS_MODIFIER.has(words[i + 1] ?? "");
}

/** "software engineering", "civil engineering": a field with a word of its own before it (not "vs coding"). */
function hasModifier(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  return before !== undefined && !isPairing(words, i - 1) && !LINKS.has(before) && !MOVE_TO.has(before) && before !== "from";
}

/** Whether words separated by single spaces are more than `limit`. */
function wordCountOver(words: string, limit: number): boolean {
  let spaces = 0;
  for (let at = words.indexOf(" "); at !== -1; at = words.indexOf(" ", at + 1)) if (++spaces >= limit) return true;
  return false;
}

/** Word position of a phrase in a word list, or -1. */
function wordPosition(words: readonly string[], phrase: string): number {
  const target = normalizeWords(phrase).split(" ");
  return words.findIndex((_, i) => target.every((t, k) => words[i + k] === t));
}

/** Whether the words from `at` already spell `title` out: "real estate agent" needs no "estate" → "estate agent". */
function writtenOut(words: readonly string[], at: number, title: string): boolean {
  const rest = title.split(" ").slice(1);
  return rest.length > 0 && rest.every((w, k) => words[at + 1 + k] === w);
}

/** Whether `text` is short enough for its field nouns to be rewritten at all (see MAX_WORDS). */
export function shortEnoughToRewrite(text: string): boolean {
  return !wordCountOver(normalizeWords(text), MAX_WORDS);
}

/** A short move from a field to other work: "retail to admin assistant", "call center to hr", "from retail to paralegal". */
const MOVE_FROM_FIELD = /^(from )?\w+( \w+)? (to|into) (an? )?\w+( \w+){0,2}$/;

/** Whether a short move from a field is the only thing that makes `text` about work ("retail to go" names no job to move to). */
export function cuedOnlyAsMove(text: string): boolean {
  const all = normalizeWords(text);
  return MOVE_FROM_FIELD.test(all) && !CAREER_CUE.test(all) && !CREDENTIAL_CUE.test(all);
}

/** Verbs of handling a thing, and the workers named after the thing: "driving a bus" is a bus driver's work. */
const HANDLERS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [["driving", "drive", "drives"], ["driver"]],
      [["running", "run", "runs", "operating", "operate", "operates"], ["operator"]],
      [
        ["fixing", "fix", "fixes", "repairing", "repair", "repairs"],
        ["mechanic", "repairer"],
      ],
      [["cleaning", "clean", "cleans"], ["cleaner"]],
      [["mowing", "mow", "mows"], ["mower"]],
      [
        ["delivering", "deliver", "delivers"],
        ["carrier", "delivery driver"],
      ],
      [["installing", "install", "installs"], ["installer"]],
      [
        ["selling", "sell", "sells"],
        ["salesperson", "sales representative"],
      ],
    ] as const
  ).flatMap(([verbs, workers]) => verbs.map((verb) => [verb, workers] as const)),
);
/** Words that end a thing handled, or are none: "driving a bus for the district", "truck driving still pays". */
const AFTER_THING = new Set(
  "for in at on with to and or vs versus is are as full part rough hard a an the my your ur his her their our still really just now all around anymore".split(
    " ",
  ),
);

/** "i work retail, how do i become a vet tech", "i run a cnc machine": the member's own work, by its field or what it handles (worksIn finds where). */
const OWN_WORK_TOLD = /\b(i|im|i m|i am|ive been|i ve been|i have been) (work|working|in|drive|run|operate)\b/;

/** Whether `words` (normalized) tell the member's own work, for worksIn to find among the field nouns. */
export function tellsOwnWork(words: string): boolean {
  return OWN_WORK_TOLD.test(words);
}

/** Words that say the member works in a field or handles a thing: "i work retail", "im in hospitality", "i drive trucks". */
const WORKS_IN_BEFORE = new Set(["work", "working", "in"]);
const MEMBER = new Set(["i", "im", "ive", "been"]);

/** Whether the word at `at` is the member's own work: a field after "i work (in)" or "im in", or a handling verb after "i". */
function worksIn(words: readonly string[], at: number): boolean {
  if (HANDLERS.has(words[at]!)) return words[at - 1] === "i";
  const before = words[at - 1] === "in" && WORKS_IN_BEFORE.has(words[at - 2] ?? "") ? at - 2 : at - 1;
  return WORKS_IN_BEFORE.has(words[before] ?? "") && (MEMBER.has(words[before - 1] ?? "") || (words[before - 1] === "m" && words[before - 2] === "i"));
}

/** Where the thing after a handling verb may end: its last word, for one- and two-word things ("a school bus"), in the verb's clause. */
function handledThing(words: readonly string[], verbAt: number, clauseAt: readonly number[]): number[] {
  const article = ARTICLES.has(words[verbAt + 1] ?? "");
  const start = article ? verbAt + 2 : verbAt + 1;
  const ends: number[] = [];
  for (let end = start; end < start + 2 && end < words.length && clauseAt[end] === clauseAt[verbAt]; end++) {
    const word = words[end]!;
    if (AFTER_THING.has(word) || !/^[a-z]{3,}$/.test(word)) break;
    ends.push(end);
  }
  // (The longer thing first: "tower crane operator" before "tower operator".)
  return ends.reverse();
}

/** Everyday -ing words, a slip from a field's word or with a worker's -er of their own: "my son is failing college" names no field. */
export const EVERYDAY_ING: ReadonlySet<string> = new Set([
  "failing",
  "falling",
  "filling",
  "feeling",
  "telling",
  "willing",
  "rolling",
  "pulling",
  "waiting",
  "wailing",
  "yelling",
]);

/** Words before "training" that make it the preparation a job asks, not a trainer's field. */
const PREPARATION_BEFORE = new Set("paid free short quick fast long formal more less some any no little with the of job on their much".split(" "));

/**
 * A credential named by the work it licenses, with no job named: "how hard is the bar exam", "can i
 * transfer my teaching license to another state". Read as the job's credential.
 */
const JOB_CREDENTIALS: readonly [RegExp, string][] = [
  [/\bbar exam\b/i, "lawyer bar exam"],
  // ("my teaching license": "my teacher" would read as the member's own teacher.)
  [/\b((my|your|a|the) )?teaching (license|licence|certificate|certification|credential|cert)\b/i, "a teacher $3"],
  // ("how do i teach high school math", "what do you need to teach kindergarten": the teacher of that school.)
  // ("switch from teaching middle school to instructional design" leaves the work: the field noun reads it.)
  [/(?<!\bfrom )\bteach (at )?(an? |the )?(high school|middle school|elementary( school)?|kindergarten|preschool|pre k)\b/i, "be a $3 teacher"],
];

/**
 * Rewritten questions to try, one field noun replaced at a time; empty when the question is not about
 * work. With `besideRole` (the words of a role already named), only a field paired with that role,
 * or, `besideOwnJob` (the role is the member's own job), a field's school after it.
 */
export function fieldNounRewrites(message: string, besideRole?: string, besideOwnJob = false): string[] {
  // ("how hard is the bar exam": the lawyer's exam, asked of a lawyer.)
  if (besideRole === undefined) {
    const credential = JOB_CREDENTIALS.find(([pattern]) => pattern.test(message));
    if (credential) return [message.replace(credential[0], credential[1])];
  }
  // ("HR or maybe project management": the second field set beside the first all the same.)
  // ("how do i get into human resources": the field by its one word, "hr", whose worker is listed.)
  const text = (message.includes(" or ") ? message.replace(OR_MAYBE, "or ") : message).replace(HUMAN_RESOURCES, "HR");
  // The question's words are the clauses' words below, run together: a long message, or one with no
  // career cue, is ruled out before its sentences and clauses are split.
  if (!shortEnoughToRewrite(text)) return [];
  const all = normalizeWords(text);
  const itInCapitals = IT_IN_CAPITALS.test(text) && !INTO_FIELD.test(all);
  // The jobs a degree leads to are not the field's one worker.
  if (besideRole === undefined && JOBS_WITH_DEGREE.test(all)) return [];
  // Beside a named role the question is about work already; alone, a field noun needs a career cue,
  // or "vs" and a field that only names work ("cybersecurity vs software engineering", not "driving vs
  // flying"), or two such fields joined by "or" ("is hr or accounting better for someone who likes people").
  const asked = ASKED.test(text.trim().toLowerCase());
  // ("what's the chemistry like between them": a school subject cues another field's question, not its own.)
  const subjectOnlyCue = asked && !CAREER_CUE.test(all) && SUBJECT_LIKE.test(all);
  const cued =
    besideRole !== undefined ||
    CAREER_CUE.test(all) ||
    FEAR_CUE.test(all) ||
    SCOPE_OF_FIELD.test(all) ||
    CREDENTIAL_CUE.test(all) ||
    MOVE_FROM_FIELD.test(all) ||
    (ASKED_CAREER_CUE.test(all) && asked) ||
    programOfWorkField(all);
  const versus =
    !cued &&
    (VERSUS.test(all) ||
      (asked && DIFFERENCE_BETWEEN.test(all)) ||
      OPENS_WITH_DIFFERENCE.test(all) ||
      // ("IT" only in a question: "ask IT or HR, they'll fix it" is an errand, as is "call hr or accounting about it".)
      (twoWorkFields(all, itInCapitals && asked) && !ERRAND.test(all)) ||
      (asked && twoFieldsComparedByThan(all) && !DIFFICULTY_OF_FIELD.test(all)) ||
      ((WHICH_BETTER.test(all) || ONLY_A_CHOICE.test(all)) && workFieldSetBeside(all, itInCapitals)));
  const hard = !cued && !versus && !THERAPY_AS_PATIENT.test(all) ? DIFFICULTY_OF_FIELD.exec(all) : null;
  // ("what's nursing like": read as "what's being a registered nurse like", as difficulty is.)
  const like = !cued && !versus && !hard ? WHAT_FIELD_IS_LIKE.exec(all) : null;
  const difficulty = hard ? (hard[2] ?? hard[3]!) : like ? (like[2] ?? like[4]!) : null;
  const whichKind = hard ? hard[1] : (like?.[1] ?? like?.[3]);
  if (!cued && !versus && !difficulty) return [];
  // Each sentence and clause keeps its mark, so a rewrite never joins words across "?", "." or "," into one title.
  const clauses = splitSentences(text).flatMap((sentence) => {
    const pieces = sentence.split(CLAUSE_BREAK);
    const end = SENTENCE_MARK.exec(sentence)?.[0].trim() ?? "";
    return pieces.map((piece, k) => ({ words: normalizeWords(piece).split(" ").filter(Boolean), mark: k < pieces.length - 1 ? "," : end }));
  });
  const words = clauses.flatMap((clause) => clause.words);
  /** Each word's clause, by number. */
  const clauseAt = clauses.flatMap((clause, c) => clause.words.map(() => c));
  const roleAt = besideRole === undefined ? -1 : wordPosition(words, besideRole);
  const roleEnd = besideRole === undefined ? -1 : roleAt + normalizeWords(besideRole).split(" ").length;
  if (besideRole !== undefined && roleAt < 0) return [];
  const rebuild = (at: number, title: string, at2 = -1, title2 = "") => {
    let offset = 0;
    return clauses
      .map(({ words: own, mark }) => {
        const shown = own.map((word, k) => (offset + k === at ? title : offset + k === at2 ? title2 : word));
        offset += own.length;
        return `${shown.join(" ")}${mark}`;
      })
      .join(" ");
  };
  const out: string[] = [];
  // "welding vs machining", "nursing or teaching for an introvert": both fields at once, first, since
  // one worker beside a field is not yet a question.
  if (besideRole === undefined && TWO_FIELDS.test(all)) {
    for (let k = 1; k + 1 < words.length; k++) {
      const [a, b] = [workTitles(words[k - 1], itInCapitals), workTitles(words[k + 1], itInCapitals)];
      // "choosing between welding and plumbing": "and" joins them after "between".
      const joined = FIELD_JOINERS.has(words[k]!) || isPairing(words, k);
      if (a && b && a[0] !== b[0] && joined && !modifiesField(words, k + 1)) out.push(rebuild(k - 1, a[0]!, k + 1, b[0]));
    }
  }
  words.forEach((word, i) => {
    // ("i'm a paralegal, is law school worth it", "i'm a cashier, is accounting a good career": a field's
    // school, or a field in the question after the member's own job, is where they would go.)
    const ownJobToSchool = besideOwnJob && i >= roleEnd && (SCHOOLS.has(words[i + 1] ?? "") || clauseAt[i]! > clauseAt[roleAt]!);
    // ("which is better: welding, plumbing, or electrical": last before its comma, in a list that goes on to the role.)
    const listedBefore =
      besideRole !== undefined && i < roleAt && clauses[clauseAt[i]!]!.mark === "," && clauseAt[i + 1] !== clauseAt[i] && clauseAt[roleAt]! - clauseAt[i]! <= 2;
    // ("plumber, electrician, hvac, which pays most": alone in the clause after the role's, in the same list.)
    const listedAfter =
      besideRole !== undefined &&
      i >= roleEnd &&
      clauses[clauseAt[roleAt]!]!.mark === "," &&
      clauseAt[i]! === clauseAt[roleAt]! + 1 &&
      clauses[clauseAt[i]]!.words.length <= 2 &&
      clauses[clauseAt[i]]!.mark === ",";
    // ("i work retail, how do i become a vet tech", "i run a cnc machine. how do i become a qc inspector": the member's own work, before the job named.)
    const ownWork = besideRole !== undefined && i < roleAt && worksIn(words, i);
    if (
      besideRole !== undefined &&
      !pairedWithRole(words, i, roleAt) &&
      !pairedInMove(words, i, roleAt, roleEnd) &&
      !ownJobToSchool &&
      !listedBefore &&
      !listedAfter &&
      !ownWork
    )
      return;
    // "making 16/hr", "18 an hr": an hour of pay, not human resources.
    if (word === "hr" && (PER_WORDS.has(words[i - 1] ?? "") || /^\d/.test(words[i - 1] ?? ""))) return;
    // "does the job come with health insurance": coverage, not the agents' line of work ("selling life insurance" is).
    if (word === "insurance" && COVERAGE_KINDS.has(words[i - 1] ?? "") && !SELLING.has(words[i - 2] ?? "")) return;
    if (EVERYDAY_ING.has(word)) return;
    if (subjectOnlyCue && SCHOOL_SUBJECTS.has(word)) return;
    // ("jobs with paid training", "what pays ok with short training", "and the training?": the way in, not a trainer's field.)
    if (word === "training" && PREPARATION_BEFORE.has(words[i - 1] ?? "")) return;
    // "job hunting", "job searching": looking for work, not a field; "nursing home": a workplace.
    if (words[i - 1] === "job" || (word === "nursing" && words[i + 1] === "home")) return;
    // ("working at amazon warehouse", "in the warehouse": where the member is, not a field to weigh.)
    if (PLACE_FIELDS.has(word) && [words[i - 1], words[i - 2]].some((w) => w === "at" || w === "in" || w === "the")) return;
    if (versus && (!FIELD_TITLES.has(word) || EVERYDAY_FIELDS.has(word)) && !hasModifier(words, i)) return;
    if (difficulty && (word !== difficulty || !hardFieldWord(word, whichKind))) return;
    // "the best work life balance", "do your best work": work itself, not a field's worker.
    if (word === "work" && (words[i + 1] === "life" || NOT_WORK_FIELDS.has(words[i - 1] ?? ""))) return;
    if (modifiesField(words, i)) return;
    // "is mechanical engineering hard": is being a mechanical engineer hard.
    if (difficulty && whichKind && words[i - 1] === whichKind) {
      for (const title of titlesFor(word)) out.push(rebuild(i - 1, `being ${/^[aeiou]/.test(whichKind) ? "an" : "a"} ${whichKind}`, i, title));
      return;
    }
    // "it keeps logging me out", "teaching them to code": a verb with its object, not a field.
    if (word.endsWith("ing") && OBJECT_PRONOUNS.has(words[i + 1] ?? "")) return;
    // "how much chemistry is in nursing school", "calculus for nursing": a subject asked of another field.
    if (SCHOOL_SUBJECTS.has(word) && SUBJECT_IN.test(words.slice(i + 1, i + 3).join(" "))) return;
    // "should i get my cdl": the member's own credential, still to get, is "a" cdl ("renew my cdl" is chat).
    if (CREDENTIAL_WORDS.has(word) && OWNERS.has(words[i - 1] ?? "") && GETTING.has(words[i - 2] ?? "")) {
      for (const title of FIELD_TITLES.get(word)!) out.push(rebuild(i - 1, "a", i, title));
      return;
    }
    // "driving a school bus", "running a tower crane": the worker of the thing the work handles ("school bus driver").
    const handlers = HANDLERS.get(word);
    if (handlers) for (const at of handledThing(words, i, clauseAt)) for (const worker of handlers) out.push(rebuild(i, "", at, `${words[at]} ${worker}`));
    const school = SCHOOLS.has(words[i + 1] ?? "") ? SCHOOL_FIELDS.get(word) : undefined;
    if (school) out.push(rebuild(i, school));
    // "what can i do with a cdl": a credential held, read as the licence it is ("truck driver license").
    const heldCredential =
      CREDENTIAL_WORDS.has(word) && (words[i - 1] === "with" || (words[i - 2] === "with" && (words[i - 1] === "a" || OWNERS.has(words[i - 1]!))));
    for (const title of titlesFor(word)) {
      if (title.length < 4 || title === word || writtenOut(words, i, title)) continue;
      // "is plumbing hard": is being a plumber hard (a bare "plumber" there reads as a name).
      const licence = heldCredential && !CREDENTIAL_NOUN_AT_END.test(title) ? `${title} license` : title;
      out.push(rebuild(i, difficulty ? `being a ${title}` : licence));
      // ("is plumbing a lot of crawling": the field asked of right after "is", tried as being its worker
      // after the bare title, which an everyday word like "plumber" does not frame.)
      // (Only a word that names nothing but work: "is running hard on your body" is exercise.)
      if (!difficulty && i === 1 && words[0] === "is" && onlyNamesWork(word)) out.push(rebuild(i, `being a ${title}`));
    }
    // "is IT a good career for someone with no degree": "IT" in capitals is the field, its usual job
    // the support specialist; in lower case, a pronoun. (The way into IT is the field's ranking.)
    if (word === "it" && itInCapitals && words[i + 1] !== "specialist" && words[i + 1] !== "support") out.push(rebuild(i, "it specialist"));
  });
  return out.slice(0, MAX_REWRITES);
}
