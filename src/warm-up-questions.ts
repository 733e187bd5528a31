// The bot's own questions for its warm-up once online: one of each shape a member asks (curated
// roles and imported occupations, pay, path, yes/no, which, unknown and typo'd titles, chat, a long
// message, profiles, three or four roles, the list and the help, brackets and workplaces), so the
// code each shape runs is compiled and optimised before a member's first question of that shape.
// Never the benchmark's questions (a test checks it): the bench must not time answers the warm-up
// already cached.

/** A long message: a story around a question, as members paste them (about 1,900 characters). */
const LONG_MESSAGE = [
  "Long story, sorry in advance.",
  ...Array.from({ length: 12 }, (_, i) =>
    i % 2 === 0
      ? `For ${i + 3} years I have been sorting parcels on the night shift and my back is telling me it is time for something else.`
      : "My cousin says I should look at something with a licence, my neighbour says an office job, and my bank balance says neither for now.",
  ),
  "I like fixing things, I do not mind ladders, and I would rather not sit at a desk all day if I can help it.",
  "So, honestly: would a heating and air conditioning installer earn more than a maintenance worker, and which one takes longer to train for?",
].join(" ");

export const WARM_UP_QUESTIONS: readonly string[] = [
  "what does an acountant earn compared to a bookkeeper",
  "office coordinator vs office administrator, which pays more per hour?",
  "how do I go from cna to rn",
  "how could a bank teller become a loan officer",
  // A bare rank word after the move, and the member's own years beside a pay word.
  "stock clerk to supervisor, how",
  "what does a plumber with 6 years experience earn",
  // Whether a role does some work: its tasks searched.
  "can a dental assistant take x-rays",
  // An amount of pay placed among the percentiles.
  "is 70k a good salary for a dental assistant",
  "do I need a degree to be an electrician",
  "can you become a pharmacist without a degree?",
  "is a blorpist paid more than a carpenter?",
  "sky gardener vs tree surgeon, which needs a licence",
  "which is more stressful, paralegal or legal secretary",
  "which has better hours, a firefighter or a police officer?",
  "what's the outlook for dental hygienists",
  "plumbr or electrican, which is harder",
  "the printer on floor three jammed again",
  "thanks, that helped!",
  LONG_MESSAGE,
  "tell me about being a radiologic technologist",
  "what does a practise manager do all day",
  "pharmacist vs pharmacy technician vs chemist",
  "receptionist, secretary or executive assistant: skills?",
  "data analyst or data scientist, what's the difference",
  "how long does it take to become a dental hygienist",
  "hr manager vs recruiter (talent acquisition) education",
  "is a warehouse manager higher than a logistics manager?",
  "line cook vs cook at a hospital cafeteria",
  "supply chain or logistics manager for work life balance",
  "sous chef",
  "what does a zeppelin whisperer do",
  "what does a data enginer make",
  "what jobs do you know about?",
  "how do I use you?",
  "film producer vs director, hours?",
  "project, program and product manager: which pays best",
  "pilot (airline) or flight attendant salary per hour",
  "veterinary technician at an animal shelter vs zookeeper",
  "is becoming a paramedic worth it",
  "my boss said hi",
  "which has the best outlook: welder, plumber, electrician or carpenter",
  // Rankings: each measure's first sweep over the occupations, and its cards.
  "fastest growing careers right now",
  "which trade pays the most money",
  "easiest office job to get into?",
  "least stressful jobs that pay well",
  "what jobs can you get with a psychology degree",
  // Less common turns of phrase, so the branches they take have run before V8 optimises the code
  // around them (a branch first taken after that sends the function back to the interpreter).
  "bookkeeper vs payroll clerk, any real difference?",
  "dentist vs orthodontist — what's the diff",
  "midwife (certified nurse midwife) vs obstetrician",
  "offcie admnistrator vs operatoins coordinator",
  "which earns more, a dental hygienist or a plumber?",
  "an electrician or an electrical engineer: which one takes more schooling",
  "is a pediatric nurse at a children's hospital paid more than a school nurse?",
  "what does a sommelier actually do?",
  "is working as a tax preparer boring",
  "is a medical secretary the same thing as a medical receptionist?",
  "I'm thinking of moving from teaching to instructional design",
  "paralegals vs legal assistants — do you need a certificate for both?",
  "middle school teacher to assistant principal, what's required",
  "can you earn a decent living as a florist? what's the median pay",
  "CFO vs controller, which one is higher up?",
  "is a warehouse supervisor a senior role?",
  "science teacher at a high school salary",
  "ER nurse vs paramedic: which is more stressful",
  "which has more job openings, phlebotomist or dental assistant",
  "can a cashier become a store manager?",
  "what degree does a dietitian need?",
  "does a forklift operator need a license",
  "is retail cashier a dead end job",
  "web designer vs graphic designer education",
  "welders — how much do they make starting out",
  "hey @RoleCompare what's the diff b/w an LPN and an RN",
  "anyone got a driver for my old scanner?",
  "the host kicked everyone from the lobby again",
  "my taxi driver was really quiet this morning",
  "fun fact: my first job was a cashier at a bakery",
  "what do actuaries actually do for a living",
  "GM vs assistant manager at a restaurant, who reports to who?",
  "architect salary in toronto",
  "good morning team ☀️ coffee's ready",
  "is there a manual for using this bot",
  "accountant or auditor - which has the better job outlook?",
  "librarian vs archivist, what's the real difference in what they do",
  "optometrist vs ophthalmologist - schooling needed",
  "cashier, stocker and shift lead - compare all three please",
  "my manager asked me to train the new hire",
  "career change from nursing to social work?",
  "from bartending to hotel management, good move?",
];

/** Asked after the list with the context of the last role answer, as a reply would be: a follow-up. */
export const WARM_UP_FOLLOW_UP = "and what about the pay?";

// Each round of the warm-up asks the questions above again, and the bot caches what they look up
// (typo corrections, "did you mean" searches, shared-title choices): from the second round on, the
// code behind those lookups would not run, and a member's first new typo or unknown title would run it
// unoptimised (a few milliseconds instead of a few hundred microseconds). So each round also asks a
// few questions of its own: an invented job title with a common head noun, and a typo of a title word
// the questions above already name (their answers are cached anyway), different every round.

/** Title words the questions above name, typed with a different slip each round. */
const TYPO_TARGETS = [
  "accountant",
  "technologist",
  "electrician",
  "pharmacist",
  "carpenter",
  "paralegal",
  "firefighter",
  "hygienist",
  "coordinator",
  "secretary",
  "paramedic",
  "receptionist",
];

/** Head nouns shared by many occupations: a "did you mean" search over them scores thousands of names. */
const COMMON_HEADS = ["manager", "technician", "engineer", "assistant", "specialist", "analyst", "operator", "driver", "nurse", "teacher", "clerk"];

/** Syllables of invented words: no job, no word a member types. */
const SYLLABLES = ["zor", "quib", "vex", "blim", "drax", "ploo", "snar", "gwin", "trog", "yeld", "frum", "kesh"];

/** An invented word, different for each number. */
function inventedWord(n: number): string {
  const s = SYLLABLES.length;
  return SYLLABLES[n % s]! + SYLLABLES[Math.floor(n / s) % s]! + SYLLABLES[Math.floor(n / (s * s)) % s]!;
}

/**
 * `word` with two different neighbouring letters swapped, at a place that depends on `n`: never the
 * first letter, nor the middle two (the benchmark's typos swap those).
 */
function swappedLetters(word: string, n: number): string {
  const middle = Math.floor(word.length / 2) - 1;
  const places: number[] = [];
  for (let i = 1; i < word.length - 1; i++) if (word[i] !== word[i + 1] && i !== middle) places.push(i);
  const at = places[n % places.length]!;
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** How many questions variedWarmUpQuestions gives each round. */
export const VARIED_WARM_UP_QUESTIONS = 3;

/** The warm-up's questions of its own for round `round`: new typos and invented titles every round. */
export function variedWarmUpQuestions(round: number): string[] {
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
  const typo = (n: number) => swappedLetters(pick(TYPO_TARGETS, n), Math.floor(n / TYPO_TARGETS.length));
  return [
    `is a ${inventedWord(3 * round)} ${pick(COMMON_HEADS, round)} paid more than a ${typo(2 * round)}?`,
    `${typo(2 * round + 1)} vs ${inventedWord(3 * round + 1)} ${pick(COMMON_HEADS, round + 5)}, which needs a degree`,
    `what does a ${inventedWord(3 * round + 2)}ist do`,
  ];
}
