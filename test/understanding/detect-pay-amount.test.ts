// An amount of pay named in a question: only numbers written as money count.
import { describe, expect, it } from "vitest";
import { askedPayAmount } from "../../src/understanding/detect-pay-amount.js";

describe("askedPayAmount", () => {
  it.each<[string, number, "annual" | "hourly"]>([
    ["can you make 100k as an electrician", 100_000, "annual"],
    ["is $60,000 good for a paralegal", 60_000, "annual"],
    ["is 45,000 a year enough as a teacher", 45_000, "annual"],
    ["60 grand as a teacher", 60_000, "annual"],
    ["six figures as a nurse, possible?", 100_000, "annual"],
    ["is $25 an hour good for a cna", 25, "hourly"],
    ["25/hr for a cna, is that good", 25, "hourly"],
    ["making 22 an hour as a medical assistant", 22, "hourly"],
    ["is 30 dollars an hour good", 30, "hourly"],
    ["is 30 bucks an hour good", 30, "hourly"],
    ["is 60000 dollars a year good for a teacher", 60_000, "annual"],
  ])("%s -> %d %s", (text, value, period) => expect(askedPayAmount(text)).toEqual({ value, period }));

  it.each<[string, number, number, "week" | "two weeks" | "month"]>([
    ["do nurses make 1.5k a week", 78_000, 1_500, "week"],
    ["is 3000 a month good for a cna", 36_000, 3_000, "month"],
    ["is 1500 biweekly good for a cashier", 39_000, 1_500, "two weeks"],
  ])("%s -> a year of it, %d, told as %d a %s", (text, value, told, per) =>
    expect(askedPayAmount(text)).toEqual({ value, period: "annual", told: { value: told, per } }),
  );

  it.each([
    "I have 5 years as a nurse",
    "911 dispatcher pay",
    "is it too late at 35",
    "I have 5k saved, should i retrain",
    "nurse salary 2024",
    "spent 30 dollars on lunch",
    // A change in pay, not the pay.
    "should i leave for 10k more as an accountant",
    "got a 5k raise as a nurse",
    "an extra 2 an hour as a cna",
  ])("%s: no pay amount", (text) => expect(askedPayAmount(text)).toBeNull());
});
