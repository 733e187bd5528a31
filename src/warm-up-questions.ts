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
];

/** Asked after the list with the context of the last role answer, as a reply would be: a follow-up. */
export const WARM_UP_FOLLOW_UP = "and what about the pay?";
