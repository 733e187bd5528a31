// "do bsn nurses make more than adn nurses", "do teachers with a masters get paid more", "adn vs bsn
// salary difference": what a degree held adds to the pay, asked. The answer says the data has no pay
// by degree (answers/verdict-pay-by-degree.ts); the question is about pay, whatever degree word it has.
import { NURSING_DEGREE } from "./lexicon.js";

/** Degrees as members name them, nursing's shorthands among them (normalized words). */
const DEGREE = String.raw`(bsn|adn|asn|msn|dnp|masters?|master s|bachelors?|bachelor s|associates?|associate s|phd|doctorate|mba|degree|degrees)`;
/** A nurse going for a higher nursing degree: "rn to bsn", "adn to bsn" (the job held, its pay the same by degree). */
// (The job's own title may have been cut from the words read: "rn to bsn" arrives as "to bsn".)
const OWN_JOB_TO_DEGREE = String.raw`(\b(rn|rns|adn|asn|registered nurse|nurse) |^\s*(is |is going |going |is doing |doing )?)to (a |an |my )?(bsn|msn)\b`;
const MORE = String.raw`(make|makes|making|earn|earns|earning|get paid|gets paid|paid|pays?) (more|better|less)`;
/** Two degrees set side by side: "adn vs bsn", "bachelors or a masters". */
const DEGREE_PAIR = String.raw`\b${DEGREE} (vs|versus|or) (a |an )?${DEGREE}\b`;
/**
 * A degree beside pay asked more or less: "do bsn nurses make more", "teachers with a masters get paid
 * more", "do you earn more with a degree", "how much more do you make with a masters", "adn vs bsn
 * salary", "is a masters worth it pay wise".
 */
const PAY_BY_DEGREE = new RegExp(
  String.raw`\b${DEGREE}( \w+){0,2} ${MORE}\b|\b(with|without|having) (a |an |my |their )?${DEGREE}( \w+){0,3} ${MORE}\b|\b${MORE} (with|without|for having|if you have) (a |an )?${DEGREE}\b|\bhow much more( \w+){0,3} (make|earn|get paid) (with|having) (a |an )?${DEGREE}\b|${DEGREE_PAIR}.*\b(pay|salary|salaries|paid|money|make|earn|wages?)\b|\b${DEGREE}\b.*\b(pay|money|salary) ?wise\b|${OWN_JOB_TO_DEGREE}.*\bworth\b`,
);

/** Whether normalized words ask what a degree held adds to the pay. */
export function asksPayByDegree(words: string): boolean {
  return PAY_BY_DEGREE.test(words);
}

/** "adn vs bsn", "adn or bsn which is better": two degrees set side by side for one job, pay or not. */
const DEGREE_VS_DEGREE = new RegExp(DEGREE_PAIR);

/** Whether normalized words set two degrees side by side ("adn vs bsn"). */
export function asksDegreeVsDegree(words: string): boolean {
  return DEGREE_VS_DEGREE.test(words);
}

/** A nurse, named (the degrees, NURSING_DEGREE, are lexicon.ts's: the field-noun rules read them as the registered nurse's). */
const NURSE = String.raw`(rn|rns|nurse|nurses|registered nurse)`;
/** The job set beside one of its own degrees: "rn vs bsn", "what's the difference between an rn and a bsn". */
const JOB_VS_ITS_DEGREE = new RegExp(
  String.raw`\b${NURSE} (vs|versus|or|and) (a |an )?${NURSING_DEGREE}\b|\b${NURSING_DEGREE} (vs|versus|or|and) (a |an )?${NURSE}\b`,
);

/** Whether normalized words set the nurse beside a nursing degree ("rn vs bsn"), as if the degree were a job. */
export function asksJobVsItsDegree(words: string): boolean {
  return JOB_VS_ITS_DEGREE.test(words);
}
