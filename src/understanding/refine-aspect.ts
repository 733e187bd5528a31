// The aspect a question's kind implies when its words name none (or a loose one): a path is about
// the career, "is it a good career" about the outlook, "do I need a degree" about requirements.
import type { AspectId } from "../knowledge/aspects.js";
import type { QuestionKind } from "./detect-kind.js";
import { FOR_A_KIND_OF_PERSON } from "./question-signals.js";
import { FINDING_WORK, HEADCOUNT, outlookStandsIn, TOPIC_ASPECTS, type QuestionTopic } from "./detect-topic.js";
import { asksPayByDegree } from "./pay-by-degree.js";

/** A path question may still ask for one thing: "what do I need to learn" (skills), "what's the pay jump" (salary). */
const PATH_KEEPS: ReadonlySet<AspectId> = new Set(["skills", "salary", "outlook"]);
/** Topics a yes-or-no or verdict question settles whatever loose aspect word it also has ("is store manager a good job"). */
const DECISIVE: ReadonlySet<QuestionTopic> = new Set([
  "extras",
  "record",
  "prospects",
  "education",
  "credential",
  "stress",
  "balance",
  "physical",
  "interest",
  "skills",
  "work",
  "ease",
]);
/** "higher salary", "higher paid": a seniority word beside pay words is about pay. */
const WHAT_DO_I_NEED = /\bwhat do i need\b(?! to learn)/;
const MONEY_WORDS = /\b(money|paid|pay|salary)\b/;
/** Pay asked about a move: "pay difference", "pay bump", "would i make more", "without a pay cut". */
const PAY_ON_THE_MOVE = /\b(pay|paid|salary|salaries|money|earn|earns|earning|earnings|wages?|(make|making) (more|less))\b/;
/** "worth it", "worth going back to school": whether a move is worth making. */
const WORTH_THE_MOVE = /\bworth (it|going|doing|becoming|getting|the)\b/;
/** "the path to becoming", "the route to become": the way into a job, named as a path. */
const PATH_TO_BECOMING = /\b(path|pathway|route|road|way) (to|into) (becoming|become|being)\b/;
const HOW_HARD = /\bhow (hard|difficult|tough)\b/;
/** "how much does a nurse make", "how much do they earn": the pay asked, in so many words. */
const HOW_MUCH_PAID =
  /\bhow much (do|does|did|can|could|will|would) (\w+ ){0,4}(make|earn|get paid|take home|bring home)\b|\b(lowest|least|most|highest|max|maximum|minimum) (\w+ ){0,4}(can|could|will|would) (make|earn|get paid)\b/;
const PAY_OVER_CAREER = (topic: QuestionTopic, aspect: AspectId) => topic === "pay" && aspect === "career";

export function refineAspect(aspect: AspectId, kind: QuestionKind, topic: QuestionTopic | null, words: string, roleCount: number): AspectId {
  // "how do I become a project manager" (one role) asks what it takes: the requirements.
  // ...and "how to be an RN", with no aspect word, asks the same.
  // ("what's the path to becoming a school psychologist": the way in, in so many words, which "path" alone would make the career.)
  if (kind === "path" && roleCount < 2) return aspect === "overview" || (aspect === "career" && PATH_TO_BECOMING.test(words)) ? "requirements" : aspect;
  if (kind === "path") {
    // "going from cna to rn, what's the pay bump": the move's own words ("going from", "switching") make it
    // a path; the pay is what is asked about it.
    if (aspect === "career" && PAY_ON_THE_MOVE.test(words)) return "salary";
    // "i'm a paralegal, is law school worth it": whether the move pays, beside the schooling it takes
    // (the pay answer says both), not the schooling alone.
    if (WORTH_THE_MOVE.test(words) && !WHAT_DO_I_NEED.test(words) && !PATH_KEEPS.has(aspect)) return "salary";
    return PATH_KEEPS.has(aspect) && !WHAT_DO_I_NEED.test(words) ? aspect : "career";
  }
  // "do teachers with a masters get paid more", "adn vs bsn salary": pay, whatever the degree words say.
  if (aspect !== "salary" && asksPayByDegree(words)) return "salary";
  // "how much does a software engineer make at entry level vs senior": pay, whatever "senior" or "level" says.
  if (aspect !== "salary" && HOW_MUCH_PAID.test(words)) return "salary";
  // "whats the lowest pay for a cna": pay, whatever career word ("lowest", "highest") it has.
  if (topic && PAY_OVER_CAREER(topic, aspect)) return "salary";
  // "how hard is it to get a job as a pilot": the job market, whatever "hard" says of the way in.
  if (kind === "facts" && topic === "prospects" && FINDING_WORK.test(words)) return "outlook";
  // "how many nurses are there in the us": the jobs BLS counts, which the outlook shows.
  if (kind === "facts" && aspect === "overview" && HEADCOUNT.test(words)) return "outlook";
  // "accountant for introverts": how much of the work is with people, which the duties card shows, as "is accounting good for introverts".
  if (kind === "facts" && aspect === "overview" && topic === "work" && FOR_A_KIND_OF_PERSON.test(words)) return "duties";
  // "why do nurses quit", "what percentage of nurses leave", "why is there a teacher shortage": the outlook is what the data has.
  if (kind === "facts" && aspect === "overview" && topic === "prospects" && outlookStandsIn(words)) return "outlook";
  // "how hard is welding", "how hard is being a welder": what it takes, as "is it hard to be a nurse" is.
  if (kind === "facts" && topic === "ease" && aspect === "overview" && HOW_HARD.test(words)) return "requirements";
  if (kind === "facts" || !topic) return aspect;
  if (topic === "general") return aspect;
  if (aspect === "overview" || DECISIVE.has(topic) || PAY_OVER_CAREER(topic, aspect)) {
    // "worth it for the money", "good money": pay stays pay.
    if (topic === "prospects" && aspect === "salary" && MONEY_WORDS.test(words)) return aspect;
    return TOPIC_ASPECTS[topic];
  }
  return aspect;
}
