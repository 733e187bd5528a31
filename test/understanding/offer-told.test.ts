import { describe, expect, it } from "vitest";
import { offerAsked } from "../../src/understanding/offer-told.js";

describe("offerAsked", () => {
  it.each([
    ["offered 100k as a pa", "offered 100k as a pa, is that good pay?"],
    ["lpn offer 27/hr thoughts", "lpn offer 27/hr thoughts, is that good pay?"],
    ["i was offered a job as a lab tech for 42k, fair?", "i was offered a job as a lab tech for 42k, fair, is that good pay?"],
  ])("%s", (text, read) => expect(offerAsked(text)).toBe(read));

  it.each([
    "offered 100k as a pa, is that good",
    "they offered me 20 bucks to help them move",
    "my friend got offered 90k lol",
    "got an offer as a nurse, should i take it at 30/hr",
    "how much do nurses make",
    "truck driving job offering 70k first year legit?",
    "two offers: lpn 28/hr vs cma 20/hr which is better long term",
  ])("%s: as it was", (text) => expect(offerAsked(text)).toBe(text));
});
