// "graphic design is it dying", "nurse, is it worth it", "welders do they make good money": the topic
// named first, then the question about it. Read as the question with the topic in its place ("is
// graphic design dying"), so the question's shape, kind and aspect read as they do when typed that way.

/** The topic (one to four words, or up to six set apart by a comma), then the pronoun question about it. */
const TOPIC_FIRST = /^(\w+(?: \w+){0,3}|\w+(?: \w+){0,5}(?=,)),? (is it|is that|are they|do they|does it|can they) (\w.*)$/i;
/**
 * Words that open a clause of their own, not a topic: "so is it", "my nurse is it normal"; or call on
 * or greet someone: "mate is it worth being a sparky", "ngl is it worth it".
 */
const NOT_A_TOPIC_START = new Set(
  "this that there it here so i im you we they he she my your our his her their if mate boss chief captain doc bro buddy dude guys man fam yo hey hi hello ok okay honestly ngl tbh lol".split(
    " ",
  ),
);
/**
 * Words a topic never holds: a question of its own ("glazier what do they do"), or two roles set side
 * by side or as a move ("lawyer vs attorney, are they different", "ems to nursing, is it worth it"),
 * which read as typed.
 */
const NOT_IN_A_TOPIC = new Set("what whats how why where when who which vs versus or and to into from".split(" "));
/**
 * "bartenders do what besides pour drinks", "a paralegal does what all day": the workers named, then
 * what they do asked after them. Not "they do what they want": what follows is no clause of its own.
 */
const DO_WHAT = /^(\w+(?: \w+){0,3}) (do|does) what\b(?! (they|you|i|we|he|she|it|u|ever|is|are|the)\b)(.*)$/i;

/** The pronoun question and the verb that opens the question put back together. */
const OPENERS: Record<string, string> = { "is it": "is", "is that": "is", "are they": "are", "do they": "do", "does it": "does", "can they": "can" };

/** `text` with a topic named first moved into the question after it, or as it is. */
export function topicIntoQuestion(text: string): string {
  const found = TOPIC_FIRST.exec(text);
  if (!found) return doWhatIntoQuestion(text);
  const [, topic, asked, rest] = found;
  const words = topic!.toLowerCase().split(" ");
  if (NOT_A_TOPIC_START.has(words[0]!) || words.some((w) => NOT_IN_A_TOPIC.has(w))) return text;
  return `${OPENERS[asked!.toLowerCase()]} ${topic} ${rest}`;
}

/** `text` with "<workers> do what …" read as "what do <workers> do …", or as it is. */
function doWhatIntoQuestion(text: string): string {
  const found = DO_WHAT.exec(text);
  if (!found) return text;
  const [, topic, verb, , rest] = found;
  const words = topic!.toLowerCase().split(" ");
  if (NOT_A_TOPIC_START.has(words[0]!) || words.some((w) => NOT_IN_A_TOPIC.has(w))) return text;
  return `what ${verb!.toLowerCase()} ${topic} do${rest}`;
}
