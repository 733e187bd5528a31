import { describe, expect, it } from "vitest";
import { askedAboutTheData } from "../../src/understanding/data-question.js";
import { normalizeWords } from "../../src/text/normalize.js";

const topic = (text: string) => askedAboutTheData(normalizeWords(text));

describe("askedAboutTheData", () => {
  it.each([
    ["what does median mean", "median"],
    ["what's the difference between median and average?", "median"],
    ["what does the 75th percentile mean", "percentile"],
    ["what is a job zone", "jobZone"],
    ["why does it say job zone 4", "jobZone"],
    ["where do your numbers come from", "sources"],
    ["what are your sources", "sources"],
    ["is this salary before taxes", "taxes"],
    ["are these numbers before or after tax", "taxes"],
    ["how old is your data", "dataYear"],
    ["what year is the data from", "dataYear"],
    ["what is bls", "agencies"],
    ["what is o*net", "agencies"],
    ["does the salary include overtime", "included"],
    ["are these numbers for the whole us or my state", "national"],
    ["is the hourly rate before tax", "taxes"],
    ["why is the hourly number times 2080", "yearHours"],
    ["what does openings per year mean", "openings"],
  ])("%s: %s", (text, expected) => expect(topic(text)).toBe(expected));

  it.each(["median household income in texas", "where do you come from", "is it before lunch", "the data center is down again"])(
    "%s: not about the figures",
    (text) => expect(topic(text)).toBeNull(),
  );
});
