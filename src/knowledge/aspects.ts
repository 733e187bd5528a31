// The one source of truth for aspects: ids, labels, emoji and the words people use for them.
// The understanding layer builds its synonym table from `synonyms`; renderers use label/emoji;
// slash commands use id/description; button custom ids use code.
// New aspects go at the end, with a new code: posted buttons name aspects by code, forever.
export const ASPECT_IDS = ["overview", "duties", "requirements", "environment", "skills", "salary", "career", "outlook"] as const;
export type AspectId = (typeof ASPECT_IDS)[number];

export interface AspectInfo {
  id: AspectId;
  /**
   * The aspect in button custom ids: short, unique and never changed or reused, because buttons
   * already posted in Discord carry it. The first seven are the positions the ids once used.
   */
  code: string;
  label: string;
  emoji: string;
  description: string;
  /** Words and phrases that point at this aspect in a question. Plurals and abbreviations are handled by the parser. */
  synonyms: readonly string[];
  /** Words that often, but not always, mean this aspect ("make" is pay in "what do they make"); they count half. */
  weakSynonyms: readonly string[];
}

export const ASPECTS: Record<AspectId, AspectInfo> = {
  overview: {
    id: "overview",
    code: "0",
    label: "Overview",
    emoji: "🧭",
    description: "What each role is, in a sentence or two",
    synonyms: ["overview", "summary", "in a nutshell", "tell me about", "explain", "describe", "tldr"],
    weakSynonyms: [],
  },
  duties: {
    id: "duties",
    code: "1",
    label: "Duties",
    emoji: "📋",
    description: "What the job involves day to day",
    synonyms: [
      "duties", "responsibilities", "responsible for", "tasks", "job description", "what do they do",
      "day to day", "day in the life", "typical day", "day look like", "average day", "daily tasks", "role involve", "involve", "do all day", "in charge of", "job duties",
      "what they do", "what the job is", "work of", "job of", "work on", "deal with", "handles", "oversee", "look after",
      "takes care of", "in charge",
    ],
    weakSynonyms: ["organize", "manage", "run", "hiring", "onboarding", "daily"],
  },
  requirements: {
    id: "requirements",
    code: "2",
    label: "Requirements",
    emoji: "🎓",
    description: "Education, experience and certifications",
    synonyms: [
      "requirements", "degree", "education", "educational", "qualifications", "qualified",
      "experience", "certification", "certificate", "certified", "cert", "license", "licence",
      "licensed", "how to become", "how do i become", "how can i become", "how to get into", "get into", "break into",
      "prerequisites", "study", "college", "university", "uni", "diploma", "school", "training", "bachelor",
      "masters", "mba", "exam", "do i need", "do you need", "need to have", "entry requirements", "background",
      "years of experience", "get hired as", "get a job as", "qualify",
    ],
    weakSynonyms: ["require", "required", "need", "needed", "become", "course"],
  },
  environment: {
    id: "environment",
    code: "3",
    label: "Environment",
    emoji: "🏢",
    description: "Where and when they work: settings, industries, hours",
    synonyms: [
      "environment", "work environment", "where do", "where does", "setting", "workplace", "hours", "schedule",
      "shifts", "remote", "remotely", "work remotely", "from home", "hybrid", "wfh", "work from home", "industry", "travel", "office based",
      "working conditions", "like working", "what is it like", "whats it like", "work life balance", "overtime", "weekend",
      "evenings", "nights", "night shift", "on site", "onsite", "on call", "factory floor", "shop floor",
      "time on", "sector", "stressful", "stress", "at a desk", "outdoors",
    ],
    weakSynonyms: ["where", "floor", "factory", "warehouse", "office", "desk", "conditions", "busy", "9 to 5"],
  },
  skills: {
    id: "skills",
    code: "4",
    label: "Skills",
    emoji: "🛠️",
    description: "Skills and tools the role needs",
    synonyms: [
      "skills", "skillset", "skill set", "abilities", "good at", "strengths", "competencies",
      "need to know", "tools", "software", "soft skills", "hard skills", "traits", "qualities",
      "what makes a good", "makes a great", "be good", "excel", "knowledge of", "proficient", "know how to",
    ],
    weakSynonyms: ["know", "learn", "good"],
  },
  salary: {
    id: "salary",
    code: "5",
    label: "Salary",
    emoji: "💰",
    description: "Pay: medians and ranges, with source and year",
    synonyms: [
      "salary", "pay", "paid", "earn", "earning", "wage", "compensation",
      "income", "pays more", "pays best", "paid more", "how much", "salary range", "per year", "per hour", "take home",
      "bank", "comp", "paycheck", "pay check", "benefits", "raise", "6 figures", "six figures", "k a year",
      "better paid", "highest paid", "money",
    ],
    weakSynonyms: ["make", "making", "rate", "package", "worth"],
  },
  career: {
    id: "career",
    code: "6",
    label: "Career",
    emoji: "📈",
    description: "Seniority, who they report to, where the role leads",
    synonyms: [
      "career", "career path", "career ladder", "higher", "senior", "seniority", "junior", "promotion", "promoted",
      "promotion path", "next step", "progression", "progress", "move up", "moving up", "step up", "reports to",
      "reporting", "ladder", "advancement", "advance my career", "go from", "going from", "move from", "moving from",
      "move into", "moving into", "switch from", "switching", "transition", "lead to", "from one to the other",
      "above", "below", "outrank", "rank", "more senior", "less senior", "step down", "path", "future",
      "growth", "where do they go", "go after", "exit", "highest", "lowest", "highest position", "top job", "dead end",
      "big post", "bigger post", "higher post", "senior post", "more powerful", "in charge of who", "who is above",
    ],
    weakSynonyms: ["after", "lower", "boss", "level", "become", "long term", "post", "position", "bigger"],
  },
  outlook: {
    id: "outlook",
    code: "7",
    label: "Outlook",
    emoji: "🔭",
    description: "Job growth and openings, 2024-34",
    synonyms: [
      "outlook", "job outlook", "demand", "in demand", "job growth", "job security", "future proof", "openings", "job openings",
      "job market", "prospects", "job prospects", "growing field", "projected growth", "employment growth", "dying field", "being automated",
    ],
    weakSynonyms: ["hiring", "growing", "declining"],
  },
};

/** The aspect a button's code names, or undefined for a code no aspect has. */
export function aspectByCode(code: string): AspectId | undefined {
  return ASPECT_IDS.find((id) => ASPECTS[id].code === code);
}

export function isAspectId(value: string): value is AspectId {
  return (ASPECT_IDS as readonly string[]).includes(value);
}
