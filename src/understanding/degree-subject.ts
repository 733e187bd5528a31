// "What jobs can you get with a psychology degree", "best paying jobs with a biology degree", "I have a
// bachelor's in history, what can I do": the jobs a subject of study leads to. No dataset here links
// degrees to jobs; O*NET rates how much each occupation draws on a knowledge area, which the answer
// uses in its place (and says so). This reads the subject and its knowledge area.
import { normalizeWords } from "../text/normalize.js";

/** A subject of study and the O*NET knowledge area that stands in for it. */
export interface DegreeSubject {
  /** The subject in the answer: "psychology". */
  label: string;
  /** The O*NET knowledge element's name: "Psychology". */
  element: string;
}

/** Subjects members name, most specific first ("computer science" before "science"), as normalized words. */
const SUBJECTS: readonly [string, DegreeSubject][] = [
  ["computer science", { label: "computer science", element: "Computers and Electronics" }],
  ["information technology", { label: "information technology", element: "Computers and Electronics" }],
  ["political science", { label: "political science", element: "Law and Government" }],
  ["criminal justice", { label: "criminal justice", element: "Law and Government" }],
  ["exercise science", { label: "exercise science", element: "Biology" }],
  ["human resources", { label: "human resources", element: "Personnel and Human Resources" }],
  ["fine arts", { label: "fine arts", element: "Fine Arts" }],
  ["public health", { label: "public health", element: "Medicine and Dentistry" }],
  ["biology", { label: "biology", element: "Biology" }],
  ["biochemistry", { label: "biochemistry", element: "Chemistry" }],
  ["chemistry", { label: "chemistry", element: "Chemistry" }],
  ["physics", { label: "physics", element: "Physics" }],
  ["math", { label: "math", element: "Mathematics" }],
  ["maths", { label: "math", element: "Mathematics" }],
  ["mathematics", { label: "math", element: "Mathematics" }],
  ["statistics", { label: "statistics", element: "Mathematics" }],
  ["psychology", { label: "psychology", element: "Psychology" }],
  ["psych", { label: "psychology", element: "Psychology" }],
  ["sociology", { label: "sociology", element: "Sociology and Anthropology" }],
  ["anthropology", { label: "anthropology", element: "Sociology and Anthropology" }],
  ["geography", { label: "geography", element: "Geography" }],
  ["history", { label: "history", element: "History and Archeology" }],
  ["archaeology", { label: "archaeology", element: "History and Archeology" }],
  ["philosophy", { label: "philosophy", element: "Philosophy and Theology" }],
  ["theology", { label: "theology", element: "Philosophy and Theology" }],
  ["english", { label: "English", element: "English Language" }],
  ["literature", { label: "literature", element: "English Language" }],
  ["spanish", { label: "Spanish", element: "Foreign Language" }],
  ["french", { label: "French", element: "Foreign Language" }],
  ["languages", { label: "languages", element: "Foreign Language" }],
  ["art", { label: "art", element: "Fine Arts" }],
  ["music", { label: "music", element: "Fine Arts" }],
  ["theatre", { label: "theatre", element: "Fine Arts" }],
  ["theater", { label: "theater", element: "Fine Arts" }],
  ["economics", { label: "economics", element: "Economics and Accounting" }],
  ["finance", { label: "finance", element: "Economics and Accounting" }],
  ["accounting", { label: "accounting", element: "Economics and Accounting" }],
  ["business", { label: "business", element: "Administration and Management" }],
  ["marketing", { label: "marketing", element: "Sales and Marketing" }],
  ["communications", { label: "communications", element: "Communications and Media" }],
  ["journalism", { label: "journalism", element: "Communications and Media" }],
  ["education", { label: "education", element: "Education and Training" }],
  ["engineering", { label: "engineering", element: "Engineering and Technology" }],
  ["law", { label: "law", element: "Law and Government" }],
  ["nutrition", { label: "nutrition", element: "Food Production" }],
  ["kinesiology", { label: "kinesiology", element: "Biology" }],
];

const SUBJECT_WORDS = SUBJECTS.map(([words]) => words).join("|");
/** The subject named as a degree: "a psychology degree", "bachelors in biology", "history majors". */
const AS_DEGREE = new RegExp(
  `\\b(${SUBJECT_WORDS}) (degree|degrees|major|majors|bachelors|masters|ba|bs|bsc|diploma)\\b|\\b(degree|bachelors|masters|ba|bs|bsc|ma|ms|major|majored|majoring) in (${SUBJECT_WORDS})\\b`,
);
/** ...and jobs asked for: "what jobs can i get", "what can i do with", "careers for", "options", "what now". */
const JOBS_ASKED =
  /\b(jobs?|careers?|work|options|what (can|could|should|do) (i|you|one|someone|people) do|what to do|where (can|could) (i|you|it) (go|take|lead)|what (now|next)|now what)\b/;

/** The subject whose jobs a question asks for, or null. */
export function degreeSubject(text: string): DegreeSubject | null {
  const words = normalizeWords(text);
  const found = AS_DEGREE.exec(words);
  if (!found || !JOBS_ASKED.test(words)) return null;
  const named = found[1] ?? found[4]!;
  return SUBJECTS.find(([subject]) => subject === named)?.[1] ?? null;
}
