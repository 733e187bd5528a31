// "What jobs can you get with a psychology degree", "best paying jobs with a biology degree", "I have a
// bachelor's in history, what can I do": the jobs a subject of study leads to. No dataset here links
// degrees to jobs; O*NET rates how much each occupation draws on a knowledge area, which the answer
// uses in its place (and says so). This reads the subject and its knowledge area.
import { normalizeWords } from "../text/normalize.js";

/** A subject of study and the O*NET knowledge area that stands in for it. */
export interface DegreeSubject {
  /** The subject in the answer: "psychology". */
  label: string;
  /** The O*NET knowledge element's name: "Psychology" (or for coding, the Programming skill). */
  element: string;
  /** How the member holds it: a degree ("a psychology degree") or a liking or strength ("good at math"). */
  held: "degree" | "liking";
}

/** Subjects members name, most specific first ("computer science" before "science"), as normalized words. */
const SUBJECTS: readonly [string, DegreeSubject][] = [
  ["computer science", { label: "computer science", element: "Computers and Electronics", held: "degree" }],
  ["information technology", { label: "information technology", element: "Computers and Electronics", held: "degree" }],
  ["political science", { label: "political science", element: "Law and Government", held: "degree" }],
  ["criminal justice", { label: "criminal justice", element: "Law and Government", held: "degree" }],
  ["exercise science", { label: "exercise science", element: "Biology", held: "degree" }],
  ["human resources", { label: "human resources", element: "Personnel and Human Resources", held: "degree" }],
  ["fine arts", { label: "fine arts", element: "Fine Arts", held: "degree" }],
  ["public health", { label: "public health", element: "Medicine and Dentistry", held: "degree" }],
  ["biology", { label: "biology", element: "Biology", held: "degree" }],
  ["biochemistry", { label: "biochemistry", element: "Chemistry", held: "degree" }],
  ["chemistry", { label: "chemistry", element: "Chemistry", held: "degree" }],
  ["physics", { label: "physics", element: "Physics", held: "degree" }],
  ["math", { label: "math", element: "Mathematics", held: "degree" }],
  ["maths", { label: "math", element: "Mathematics", held: "degree" }],
  ["mathematics", { label: "math", element: "Mathematics", held: "degree" }],
  ["statistics", { label: "statistics", element: "Mathematics", held: "degree" }],
  ["psychology", { label: "psychology", element: "Psychology", held: "degree" }],
  ["psych", { label: "psychology", element: "Psychology", held: "degree" }],
  ["sociology", { label: "sociology", element: "Sociology and Anthropology", held: "degree" }],
  ["anthropology", { label: "anthropology", element: "Sociology and Anthropology", held: "degree" }],
  ["geography", { label: "geography", element: "Geography", held: "degree" }],
  ["history", { label: "history", element: "History and Archeology", held: "degree" }],
  ["archaeology", { label: "archaeology", element: "History and Archeology", held: "degree" }],
  ["philosophy", { label: "philosophy", element: "Philosophy and Theology", held: "degree" }],
  ["theology", { label: "theology", element: "Philosophy and Theology", held: "degree" }],
  ["english", { label: "English", element: "English Language", held: "degree" }],
  ["literature", { label: "literature", element: "English Language", held: "degree" }],
  ["spanish", { label: "Spanish", element: "Foreign Language", held: "degree" }],
  ["french", { label: "French", element: "Foreign Language", held: "degree" }],
  ["languages", { label: "languages", element: "Foreign Language", held: "degree" }],
  ["art", { label: "art", element: "Fine Arts", held: "degree" }],
  ["music", { label: "music", element: "Fine Arts", held: "degree" }],
  ["theatre", { label: "theatre", element: "Fine Arts", held: "degree" }],
  ["theater", { label: "theater", element: "Fine Arts", held: "degree" }],
  ["economics", { label: "economics", element: "Economics and Accounting", held: "degree" }],
  ["finance", { label: "finance", element: "Economics and Accounting", held: "degree" }],
  ["accounting", { label: "accounting", element: "Economics and Accounting", held: "degree" }],
  ["business", { label: "business", element: "Administration and Management", held: "degree" }],
  ["marketing", { label: "marketing", element: "Sales and Marketing", held: "degree" }],
  ["communications", { label: "communications", element: "Communications and Media", held: "degree" }],
  ["journalism", { label: "journalism", element: "Communications and Media", held: "degree" }],
  ["education", { label: "education", element: "Education and Training", held: "degree" }],
  ["engineering", { label: "engineering", element: "Engineering and Technology", held: "degree" }],
  ["law", { label: "law", element: "Law and Government", held: "degree" }],
  ["nutrition", { label: "nutrition", element: "Food Production", held: "degree" }],
  ["kinesiology", { label: "kinesiology", element: "Biology", held: "degree" }],
];

/**
 * Things members say they like or are good at that are no degree's name ("i like computers",
 * "good with numbers"): read only as a liking. ("science" is a field of its own, ranked as one.)
 */
const LIKED_ONLY: readonly [string, DegreeSubject][] = [
  ["computers", { label: "computers", element: "Computers and Electronics", held: "liking" }],
  ["coding", { label: "coding", element: "Programming", held: "liking" }],
  ["programming", { label: "programming", element: "Programming", held: "liking" }],
  ["technology", { label: "technology", element: "Computers and Electronics", held: "liking" }],
  ["numbers", { label: "numbers", element: "Mathematics", held: "liking" }],
  ["writing", { label: "writing", element: "English Language", held: "liking" }],
  ["drawing", { label: "drawing", element: "Fine Arts", held: "liking" }],
];

const SUBJECT_WORDS = SUBJECTS.map(([words]) => words).join("|");
const LIKED_WORDS = [...SUBJECTS, ...LIKED_ONLY].map(([words]) => words).join("|");
/** The subject named as a degree: "a psychology degree", "bachelors in biology", "history majors". */
const AS_DEGREE = new RegExp(
  `\\b(${SUBJECT_WORDS}) (degree|degrees|major|majors|bachelors|masters|ba|bs|bsc|diploma)\\b|\\b(degree|bachelors|masters|ba|bs|bsc|ma|ms|major|majored|majoring) in (${SUBJECT_WORDS})\\b`,
);
/**
 * The subject liked or a strength: "good at math", "i like computers and math", "loves biology",
 * "interested in chemistry", "good with numbers", "what jobs use a lot of math".
 */
const AS_LIKING = new RegExp(
  `\\b(good|great|strong|best|better) (at|in|with)( doing)? (${LIKED_WORDS})\\b|\\b(like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|into|interested in|passionate about|passion for|use|uses|involve|involves)( a lot of| lots of)? (${LIKED_WORDS})\\b`,
);
/** ...and jobs asked for: "what jobs can i get", "what can i do with", "careers for", "options", "what now". */
const JOBS_ASKED =
  /\b(jobs?|careers?|work|options|what (can|could|should|do) (i|you|one|someone|people|he|she|they) (do|be|become)|what to do|where (can|could) (i|you|it) (go|take|lead)|what (now|next)|now what)\b/;

/**
 * ...and for a liking, jobs asked for in so many words: "anyone good at math? need help with my job
 * application" asks for help, not jobs.
 */
const JOBS_FOR_LIKING =
  /\b(what|which|good|best|any|some|top|great)( \w+){0,2} (jobs?|careers?|fields?|professions?|work|majors?|options)\b|\b(jobs?|careers?|professions?|fields?|options) (for|that|where|with|if|in which)\b|\bwhat (should|can|could) (i|he|she|they|someone|one) (do|be|become|study|pursue|go for|go into)\b|^(jobs?|careers?)\b/;

/** The subject whose jobs a question asks for, or null. */
export function degreeSubject(text: string): DegreeSubject | null {
  const words = normalizeWords(text);
  if (!JOBS_ASKED.test(words)) return null;
  const degree = AS_DEGREE.exec(words);
  if (degree) return subjectNamed(SUBJECTS, degree[1] ?? degree[4]!);
  const liking = AS_LIKING.exec(words);
  if (!liking || !JOBS_FOR_LIKING.test(words)) return null;
  const subject = subjectNamed([...SUBJECTS, ...LIKED_ONLY], liking[4] ?? liking[7]!);
  return subject && { ...subject, held: "liking" };
}

function subjectNamed(subjects: readonly [string, DegreeSubject][], named: string): DegreeSubject | null {
  return subjects.find(([subject]) => subject === named)?.[1] ?? null;
}
