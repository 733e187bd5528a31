// Word lists the parser reasons with. Kept as data in one file so they are easy to review and extend.
// Every entry is written in canonical form (see canonical-tokens.ts: singular, abbreviations expanded).

/** Words that carry no role or aspect meaning. They may sit inside an alias ("director of operations") but never make one. */
export const STOPWORDS = new Set(
  `a an the and or but of for to in on at by with from as into about than then so if is are was were be been being am
  do doe does did done doing have ha has had having i me my mine we our ours you your yours he him his she her hers it its
  they them their theirs this that these those there here what which who whom whose when where why how can could should
  would will shall may might must not no yes just also very really too more most less least much many some any all each
  every both either neither one two three other another same such own only ever even still again please thank thanks
  hi hello hey ok okay lol haha yeah yep nope get got getting go going gone went come came like want need know think
  tell told say said ask asked let let's us im i'm ive id dont doesnt isnt arent wont cant whats thats its theres
  between versus vs compared compare comparison against vice difference different differ
  pls plz please thx ty fr tbh ngl lmao lmk idk imo btw rn kinda sorta actually honestly basically like pretty
  stuff thing things`.split(/\s+/),
);

/**
 * Everyday words that look like typos of role words (manage -> manager, accounting -> accountant).
 * A word listed here is never "corrected" into a role word.
 */
export const KNOWN_WORDS = new Set(
  `manage managing managed management managerial operate operating operated operation operational administer
  administration administrative coordinate coordinating coordination direct directing direction account accounting
  accounts assist assisting assistance analyze analysing analyzing analysis analytical analytic produce producing
  production product project program plan planning planner supply chain store storing retail service serve customer
  human resource people person practice medical dental office officer offer offers clerk clerical secretary
  receptionist reception front desk book keeping bookkeeping finance financial business team teams staff work working
  job jobs role roles position positions career careers title titles company companies boss level senior junior
  entry head lead leader leadership chief general warehouse facility facilities building buildings
  interview interviews resume cv linkedin recruiter recruiters hire hiring hired apply applying application
  applications weekend today tomorrow yesterday schedule schedules mock event calendar email emails note notes
  great good bad best better worse worst luck wish anyone anybody someone somebody everyone everybody find found
  write writing written thank-you after before anyway here there now new old big small main key typical typically
  average range high higher low lower more less year years month months week weeks day days hour hours time
  money salary salaries pay paid pays earn earns make makes wage wages`.split(/\s+/),
);

/**
 * Generic words that never name a role on their own: "office", "manager", "operations" alone are
 * too vague to guess from, whatever the fuzzy matcher thinks.
 */
export const GENERIC_ROLE_WORDS = new Set(
  `office manager operation administrative assistant director coordinator analyst officer clerk executive chief
  general business project program product practice service customer store supply chain human resource medical
  team staff head lead senior junior associate specialist supervisor`.split(/\s+/),
);

/**
 * Head nouns of job titles. A phrase ending in one of these that is not a known role is reported
 * as an unknown role ("marketing manager", "data engineer", "teacher").
 */
export const OCCUPATION_HEADS = new Set(
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
  miner operator installer repairer dispatcher courier mover packer picker stocker dev master owner
  scientist steward stewardess attendant hostess host nanny crew`.split(/\s+/),
);

/** Job abbreviations that are also chat words ("rn" is "right now"): kept as titles, the question shape decides. */
export const TITLE_ABBREVIATIONS = new Set(["rn"]);

/** Words that address other members rather than the bot: "does anyone know", "has anybody tried". */
export const ADDRESSING_OTHERS = new Set(["anyone", "anybody", "someone", "somebody", "everyone", "everybody", "guy", "folk", "yall"]);

/** Words that only make sense in a comparison between two or more roles. */
export const COMPARE_CUES = new Set(["versus", "compare", "compared", "comparison", "difference", "different", "differ", "same", "similar", "or", "and"]);

export const QUESTION_WORDS = new Set(["what", "which", "who", "whom", "where", "why", "when", "how", "whats", "hows", "wheres"]);
export const AUXILIARY_STARTS = new Set(["is", "are", "do", "doe", "does", "can", "could", "should", "would", "will", "did", "was", "were", "am"]);
export const IMPERATIVE_STARTS = new Set(["tell", "explain", "show", "list", "give", "describe", "compare", "help", "define"]);
export const POSSESSIVES = new Set(["my", "our", "your", "his", "her", "their"]);
