// "What jobs can you get with a psychology degree", "best paying jobs with a biology degree", "I have a
// bachelor's in history, what can I do": the jobs a subject of study leads to. No dataset here links
// degrees to jobs; O*NET rates how much each occupation draws on a knowledge area, which the answer
// uses in its place (and says so). This reads the subject and its knowledge area.
import type { EducationLevel } from "../knowledge/schema.js";
import { normalizeWords } from "../text/normalize.js";

/** A subject of study and the O*NET knowledge area that stands in for it. */
export interface DegreeSubject {
  /** The subject in the answer: "psychology". */
  label: string;
  /** The O*NET knowledge element's name: "Psychology" (or for coding, the Programming skill). */
  element: string;
  /**
   * How the member holds it: a degree ("a psychology degree"), a liking or strength ("good at math"), or
   * something to keep away from ("jobs that don't require math", "bad at math").
   */
  held: "degree" | "liking" | "avoided";
  /**
   * Where its graduates usually work, when the knowledge area alone would rank others first (a
   * kinesiology degree draws on biology, but leads to exercise physiology, not to physician assistants).
   */
  field?: { label: string; codes: readonly string[] };
  /**
   * Where its graduates' pay is ranked, when no field is named: the knowledge area alone ranks work the
   * degree does not lead to first by pay ("how much can i make with a psychology degree" ranked nurses).
   */
  payField?: { label: string; codes: readonly string[] };
  /** The words the member named it by: "cs", "marine biology". */
  named?: string;
  /** Asked whether the degree is worth taking ("is engineering a good major"), not which jobs it leads to. */
  worth?: true;
  /** A degree named for itself, not a subject ("an MBA"), and its level. */
  degree?: { level: EducationLevel };
  /** The level of a subject's degree, where named: "a masters in psychology", "a phd in physics". */
  level?: EducationLevel;
}

/** A subject as the tables below hold it: how the member holds it is read from the question. */
type Subject = Omit<DegreeSubject, "held">;

// Where a subject's graduates usually work, for the subjects whose knowledge area alone ranks other
// work first (SOC codes or their prefixes; the ranking keeps an occupation whose code starts with one).
/** Police, detectives, corrections and probation (not firefighting nor guarding). */
const LAW_ENFORCEMENT = { label: "law enforcement, corrections and probation occupations", codes: ["33-1012", "33-3", "21-1092", "19-4092"] };
const FORENSICS = { label: "forensic, laboratory and investigation occupations", codes: ["19-4092", "19-2031", "19-4031", "33-3021", "19-1042", "29-2011"] };
const ART_AND_DESIGN = { label: "art and design occupations", codes: ["27-1", "15-1255"] };
const ENVIRONMENT = {
  label: "environmental science occupations",
  codes: ["19-2041", "19-4042", "19-1031", "19-4071", "19-2043", "19-4044", "19-1023", "17-2081", "17-3025", "19-5011"],
};
const EARTH_SCIENCE = { label: "earth science occupations", codes: ["19-2042", "19-2043", "19-4043", "19-4044", "17-2151", "19-2041"] };
const LIFE_SCIENCE = { label: "life science occupations", codes: ["19-1"] };
const EXERCISE = {
  label: "exercise, fitness and rehabilitation occupations",
  codes: ["29-1128", "29-9091", "29-1123", "29-1122", "31-2021", "39-9031", "11-9179", "29-1129"],
};
/** Car, truck and motorcycle mechanics, body and glass repairers, and the mechanical engineers who design cars. */
const VEHICLES = { label: "vehicle occupations", codes: ["49-3021", "49-3022", "49-3023", "49-3031", "49-3052", "17-2141"] };
/**
 * Psychologists, counselors, social workers and the people work a psychology degree leads to, for its
 * pay (a nurse or a physician draws on psychology too, by a degree of their own: "best paying jobs
 * with a psychology degree" ranked obstetricians first).
 */
const PSYCHOLOGY = {
  label: "psychology, counseling, social service and people occupations",
  codes: ["19-303", "21-10", "21-1093", "13-1071", "13-1141", "13-1151", "11-3121", "13-1161", "19-4061", "25-1066", "29-1125"],
};
const PUBLIC_HEALTH = { label: "public health occupations", codes: ["19-1041", "21-1091", "21-1094", "19-5011", "11-9111", "19-1042"] };

/** Subjects members name, most specific first ("computer science" before "science"), as normalized words. */
const SUBJECTS: readonly [string, Subject][] = [
  ["computer science", { label: "computer science", element: "Computers and Electronics" }],
  ["cs", { label: "computer science", element: "Computers and Electronics" }],
  ["information technology", { label: "information technology", element: "Computers and Electronics" }],
  ["political science", { label: "political science", element: "Law and Government" }],
  ["criminal justice", { label: "criminal justice", element: "Public Safety and Security", field: LAW_ENFORCEMENT }],
  ["exercise science", { label: "exercise science", element: "Therapy and Counseling", field: EXERCISE }],
  ["criminology", { label: "criminology", element: "Public Safety and Security", field: LAW_ENFORCEMENT }],
  ["social work", { label: "social work", element: "Therapy and Counseling", field: { label: "community and social service occupations", codes: ["21-"] } }],
  // (Design knowledge ranks set designers over graphic designers, who are rated on media more than others.)
  ["graphic design", { label: "graphic design", element: "Communications and Media", field: ART_AND_DESIGN }],
  [
    "architecture",
    { label: "architecture", element: "Building and Construction", field: { label: "architecture and engineering occupations", codes: ["11-9041", "17-"] } },
  ],
  ["environmental science", { label: "environmental science", element: "Biology", field: ENVIRONMENT }],
  ["environmental studies", { label: "environmental studies", element: "Biology", field: ENVIRONMENT }],
  ["geology", { label: "geology", element: "Geography", field: EARTH_SCIENCE }],
  ["marine biology", { label: "marine biology", element: "Biology", field: LIFE_SCIENCE }],
  // (Forensic science technicians are rated on law and public safety, not on chemistry.)
  ["forensic science", { label: "forensic science", element: "Public Safety and Security", field: FORENSICS }],
  ["public health", { label: "public health", element: "Medicine and Dentistry", field: PUBLIC_HEALTH }],
  ["human resources", { label: "human resources", element: "Personnel and Human Resources" }],
  ["fine arts", { label: "fine arts", element: "Fine Arts" }],
  ["biology", { label: "biology", element: "Biology" }],
  ["biochemistry", { label: "biochemistry", element: "Chemistry" }],
  ["chemistry", { label: "chemistry", element: "Chemistry" }],
  ["physics", { label: "physics", element: "Physics" }],
  ["math", { label: "math", element: "Mathematics" }],
  ["maths", { label: "math", element: "Mathematics" }],
  ["mathematics", { label: "math", element: "Mathematics" }],
  ["statistics", { label: "statistics", element: "Mathematics" }],
  ["psychology", { label: "psychology", element: "Psychology", payField: PSYCHOLOGY }],
  ["psych", { label: "psychology", element: "Psychology", payField: PSYCHOLOGY }],
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
  ["business administration", { label: "business", element: "Administration and Management" }],
  ["business management", { label: "business", element: "Administration and Management" }],
  ["business", { label: "business", element: "Administration and Management" }],
  ["mba", { label: "MBA", element: "Administration and Management", degree: { level: "master" } }],
  ["marketing", { label: "marketing", element: "Sales and Marketing" }],
  ["communications", { label: "communications", element: "Communications and Media" }],
  ["journalism", { label: "journalism", element: "Communications and Media" }],
  ["education", { label: "education", element: "Education and Training" }],
  ["engineering", { label: "engineering", element: "Engineering and Technology" }],
  ["law", { label: "law", element: "Law and Government" }],
  ["nutrition", { label: "nutrition", element: "Food Production" }],
  ["kinesiology", { label: "kinesiology", element: "Therapy and Counseling", field: EXERCISE }],
];

/**
 * Things members say they like or are good at that are no degree's name ("i like computers",
 * "good with numbers"): read only as a liking. ("science" is a field of its own, ranked as one.)
 */
const LIKED_ONLY: readonly [string, Subject][] = [
  ["computers", { label: "computers", element: "Computers and Electronics" }],
  ["coding", { label: "coding", element: "Programming" }],
  ["programming", { label: "programming", element: "Programming" }],
  ["technology", { label: "technology", element: "Computers and Electronics" }],
  ["numbers", { label: "numbers", element: "Mathematics" }],
  ["writing", { label: "writing", element: "English Language" }],
  ["drawing", { label: "drawing", element: "Fine Arts" }],
  // "a good career for someone who likes cars": O*NET's Mechanical knowledge among the work on vehicles.
  ["cars", { label: "cars", element: "Mechanical", field: VEHICLES }],
];

const SUBJECT_WORDS = SUBJECTS.map(([words]) => words).join("|");
/** Every subject a liking may name: the degrees' and the likings' own. */
const LIKED = [...SUBJECTS, ...LIKED_ONLY];
const LIKED_WORDS = LIKED.map(([words]) => words).join("|");
/** Degrees named for themselves: "what jobs can i get with an mba". */
const DEGREE_NAMES = SUBJECTS.filter(([, subject]) => subject.degree)
  .map(([words]) => words)
  .join("|");
/** The subject named as a degree: "a psychology degree", "bachelors in biology" ("bachelor's" reads "bachelor"), "a phd in physics", "history majors", "an mba". */
const AS_DEGREE = new RegExp(
  `\\b(${SUBJECT_WORDS}) (degree|degrees|major|majors|bachelors|masters|ba|bs|bsc|diploma)\\b|\\b(degree|bachelors|bachelor|masters|master|associates|associate|ba|bs|bsc|ma|ms|phd|doctorate|major|majored|majoring) in (${SUBJECT_WORDS})\\b|\\b(an?|my|the) (${DEGREE_NAMES})\\b`,
);
/**
 * The subject liked or a strength: "good at math", "i like computers and math", "loves biology",
 * "interested in chemistry", "good with numbers", "what jobs use a lot of math".
 */
const AS_LIKING = new RegExp(
  `\\b(good|great|strong|best|better) (at|in|with)( doing)? (${LIKED_WORDS})\\b|\\b(like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|into|interested in|passionate about|passion for|use|uses|involve|involves)( a lot of| lots of)? (${LIKED_WORDS})\\b`,
);
/** Subjects members ask to keep away from: "jobs with no math", "careers for someone bad at writing". */
const AVOIDABLE_WORDS = "math|maths|mathematics|numbers|statistics|chemistry|physics|biology|writing|coding|programming|computers|technology";
/**
 * The subject kept away from: "jobs that don't require math", "careers for people bad at math", "i hate
 * chemistry, what can i do in healthcare" (before the likings: "don't like math" holds "like math").
 */
const AS_AVOIDED = new RegExp(
  `\\b(bad|terrible|awful|horrible|not good|not great|no good|weak|suck|sucks|struggle|struggles|struggled) (at|in|with)( doing)? (${AVOIDABLE_WORDS})\\b|\\b(hate|hates|hated|dislike|dislikes|(dont|don t|do not|doesnt|doesn t|does not|never) (like|likes|enjoy|need|needs|require|requires|involve|involves|use|uses)|no|without|avoid|avoids|avoiding|minimal|little|less)( much| any| a lot of| lots of| heavy| hard| advanced)? (${AVOIDABLE_WORDS})\\b`,
);

/**
 * ...and jobs asked for: "what jobs can i get", "what can i do with", "careers for", "options", "what
 * now"; or their pay: "how much can i make with a psychology degree", "what do biology majors make".
 */
const JOBS_ASKED =
  /\b(jobs?|careers?|work|options|what (can|could|should|do) (i|you|one|someone|people|he|she|they) (do|be|become)|what to do|where (can|could) (i|you|it) (go|take|lead)|what (now|next)|now what|what do (people|grads|graduates) with)\b|\b(how much|what)( money)? (can|could|do|does|will|would) (\w+ ){1,3}(make|earn)\b|\b(salary|salaries|income|earnings)\b|\bpay$/;

/**
 * ...and for a liking, jobs asked for in so many words: "anyone good at math? need help with my job
 * application" asks for help, not jobs.
 */
const JOBS_FOR_LIKING =
  /\b(what|which|good|best|any|some|top|great)( \w+){0,2} (jobs?|careers?|fields?|professions?|work|majors?|options)\b|\b(jobs?|careers?|professions?|fields?|options) (for|that|where|with|without|if|in which)\b|\bwhat (should|can|could) (i|he|she|they|someone|one) (do|be|become|study|pursue|go for|go into)\b|^(jobs?|careers?)\b/;

/**
 * Subjects whose degree is the way into one profession: "is accounting a good major" asks about the
 * accountant's prospects (field-nouns.ts reads the worker), not the many jobs that draw on accounting.
 */
const PROFESSIONAL_SUBJECTS = new Set(["accounting", "law"]);
const OTHER_SUBJECT_WORDS = SUBJECTS.map(([words]) => words)
  .filter((words) => !PROFESSIONAL_SUBJECTS.has(words))
  .join("|");
/** Whether taking the subject is worth it: "good", "useless", "worth it"... */
const WORTH_WORDS = String.raw`(good|great|bad|smart|safe|solid|useful|useless|worthless|pointless|worthwhile|wise|waste|mistake|worth)`;
/** The patterns' parts: the subject (named, for the reading), what names a degree, and a hedge ("is cs still worth it"). */
const SUBJECT = `(?<subject>${OTHER_SUBJECT_WORDS})`;
const DEGREE_NOUN = String.raw`(degree|degrees|major|majors|bachelors|masters|phd|doctorate)`;
const HEDGE = String.raw`( still| really| even| actually)?`;
/**
 * Whether a subject is worth taking, asked (opening "is", "should i"...) of the subject as such: the
 * prospects of the jobs it leads to, not one worker's (see PROFESSIONAL_SUBJECTS).
 */
const WORTH_TAKING: readonly RegExp[] = [
  // "is a business degree worth it", "are psychology degrees useless", "would a finance degree be a good choice"
  new RegExp(String.raw`^(is|are|isnt|would|will)( an?)? ${SUBJECT} ${DEGREE_NOUN}( be)?${HEDGE} (an? )?${WORTH_WORDS}\b`),
  // "is engineering a good major", "is cs a good degree", "is art a smart thing to study"
  new RegExp(
    String.raw`^(is|are|isnt)( an?)? ${SUBJECT}${HEDGE} (an? )?${WORTH_WORDS} (major|degree|choice|field of study|subject|thing to study|to study|to major in)\b`,
  ),
  // "cs degree worth it 2026", "psychology degree worth it?": the question's opening left out.
  new RegExp(String.raw`^(an? |my |the )?${SUBJECT} ${DEGREE_NOUN}${HEDGE} worth (it|getting|doing)\b`),
  // "is computer science still worth it", "is psychology worth majoring in"
  new RegExp(String.raw`^(is|are|isnt)( an?)? ${SUBJECT}${HEDGE} worth (it|majoring in|studying|getting|a degree)\b`),
  // "is it worth getting a business degree", "is it a good idea to major in art"
  new RegExp(
    String.raw`^is it${HEDGE} (worth( it)?|a good idea|smart|wise)( to)? (getting|get|doing|do|studying|study|majoring in|major in|taking|take)( an?)? ${SUBJECT}\b`,
  ),
  // "is a masters in cs worth it", "masters degree in business worth it?"
  new RegExp(String.raw`^((is|are|would)( an?)? |an? )?${DEGREE_NOUN}( degree)? in ${SUBJECT}${HEDGE} (an? )?${WORTH_WORDS}\b`),
  // "thoughts on a communications degree"
  new RegExp(String.raw`^(thoughts|opinions?) on( an?| getting an?| doing an?)? ${SUBJECT}( ${DEGREE_NOUN})?$`),
  // "should i major in biology", "should i study psychology"
  new RegExp(
    String.raw`^should i (major in|study|do|get|take)( a degree in| an?( (masters|phd|doctorate) in)?)? ${SUBJECT}( degree| major)?( or not| in college| at uni| at university)?$`,
  ),
];

/** The level a degree's word names ("a masters in psychology"); a plain "degree" or "major" names none. */
const DEGREE_LEVELS: Readonly<Record<string, EducationLevel>> = {
  masters: "master",
  master: "master",
  ma: "master",
  ms: "master",
  phd: "doctorate",
  doctorate: "doctorate",
  associates: "associate",
  associate: "associate",
};

/** A master's degree named: "a masters in business". */
const MASTERS = /\bmasters\b/;
/** A doctorate named: "a phd in chemistry". */
const DOCTORATE = /\b(phd|doctorate)\b/;

/** The subject whose jobs a question asks for, or null. */
export function degreeSubject(text: string): DegreeSubject | null {
  const words = normalizeWords(text);
  for (const pattern of WORTH_TAKING) {
    const worth = pattern.exec(words);
    if (!worth) continue;
    const subject = subjectNamed(SUBJECTS, worth.groups!.subject!, "degree")!;
    // "is a masters in business worth it": the jobs a master's opens, as for an MBA.
    if (MASTERS.test(worth[0]) && !subject.degree) return { ...subject, label: `master's in ${subject.label}`, degree: { level: "master" }, worth: true };
    // "is a phd in chemistry worth it": every level is open to it, the subject's jobs as they are.
    if (DOCTORATE.test(worth[0]) && !subject.degree) return { ...subject, label: `PhD in ${subject.label}`, degree: { level: "doctorate" }, worth: true };
    return { ...subject, worth: true };
  }
  if (!JOBS_ASKED.test(words)) return null;
  const degree = AS_DEGREE.exec(words);
  if (degree) {
    const subject = subjectNamed(SUBJECTS, degree[1] ?? degree[4] ?? degree[6]!, "degree");
    const level = DEGREE_LEVELS[degree[2] ?? degree[3] ?? ""];
    return subject && level ? { ...subject, level } : subject;
  }
  const avoided = AS_AVOIDED.exec(words);
  if (avoided) return JOBS_FOR_LIKING.test(words) ? subjectNamed(LIKED, avoided[4] ?? avoided[9]!, "avoided") : null;
  const liking = AS_LIKING.exec(words);
  if (!liking || !JOBS_FOR_LIKING.test(words)) return null;
  return subjectNamed(LIKED, liking[4] ?? liking[7]!, "liking");
}

function subjectNamed(subjects: readonly [string, Subject][], named: string, held: DegreeSubject["held"]): DegreeSubject | null {
  const subject = subjects.find(([words]) => words === named)?.[1];
  return subject ? { ...subject, held, named } : null;
}
