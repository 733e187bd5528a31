// The one source of truth for aspects: ids, labels, emoji and the words people use for them.
// The understanding layer builds its synonym table from `synonyms`; renderers use label/emoji;
// slash commands use id/description.
export const ASPECT_IDS = ["overview", "duties", "requirements", "environment", "skills", "salary", "career"] as const;
export type AspectId = (typeof ASPECT_IDS)[number];

export interface AspectInfo {
  id: AspectId;
  label: string;
  emoji: string;
  description: string;
  /** Words and phrases (already lower-case, normalised) that point at this aspect in a question. */
  synonyms: readonly string[];
}

export const ASPECTS: Record<AspectId, AspectInfo> = {
  overview: {
    id: "overview",
    label: "Overview",
    emoji: "🧭",
    description: "What each role is, in a sentence or two",
    synonyms: ["overview", "difference", "differences", "summary", "what is", "what s", "tell me about", "explain", "compare"],
  },
  duties: {
    id: "duties",
    label: "Duties",
    emoji: "📋",
    description: "What the job involves day to day",
    synonyms: [
      "duties", "duty", "responsibilities", "responsibility", "responsible for", "tasks", "task", "job description",
      "what do they do", "day to day", "daily", "role involve", "involve", "do all day", "main duties",
      "job duties", "work do", "in charge of",
    ],
  },
  requirements: {
    id: "requirements",
    label: "Requirements",
    emoji: "🎓",
    description: "Education, experience and certifications",
    synonyms: [
      "requirements", "requirement", "require", "required", "degree", "degrees", "education", "educational", "qualifications",
      "qualification", "qualified", "experience", "certification", "certifications", "certificate", "certified", "how to become",
      "how do i become", "how can i become", "become a", "become an", "need to become", "study", "college", "university",
      "diploma", "school", "training", "prerequisites", "background", "get into",
    ],
  },
  environment: {
    id: "environment",
    label: "Environment",
    emoji: "🏢",
    description: "Where and when they work: settings, industries, hours",
    synonyms: [
      "environment", "work environment", "where do", "where does", "setting", "settings", "workplace", "hours", "schedule",
      "shifts", "remote", "industry", "industries", "travel", "office based", "working conditions", "like working",
      "work life", "work from home", "overtime",
    ],
  },
  skills: {
    id: "skills",
    label: "Skills",
    emoji: "🛠️",
    description: "Skills and tools the role needs",
    synonyms: [
      "skills", "skill", "skillset", "skill set", "abilities", "ability", "good at", "strengths", "competencies",
      "competency", "need to know", "tools", "software", "soft skills", "hard skills", "traits", "qualities",
    ],
  },
  salary: {
    id: "salary",
    label: "Salary",
    emoji: "💰",
    description: "Pay: medians and ranges, with source and year",
    synonyms: [
      "salary", "salaries", "pay", "pays", "paid", "earn", "earns", "earning", "earnings", "make", "makes", "wage",
      "wages", "compensation", "income", "money", "pays more", "pays best", "paid more", "how much", "salary range",
      "per year", "per hour", "rate", "package",
    ],
  },
  career: {
    id: "career",
    label: "Career",
    emoji: "📈",
    description: "Seniority, who they report to, where the role leads",
    synonyms: [
      "career", "career path", "higher", "senior", "seniority", "junior", "promotion", "promoted", "next step", "progression",
      "progress", "move up", "reports to", "report to", "above", "below", "ladder", "advance", "advancement",
      "become an", "go from", "switch from", "transition", "step up", "lead to", "leads to", "after",
    ],
  },
};

export function isAspectId(value: string): value is AspectId {
  return (ASPECT_IDS as readonly string[]).includes(value);
}
