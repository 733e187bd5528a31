// ownSchool: the school the member is in, or who they are as a student, is not the schooling asked.
import { describe, expect, it } from "vitest";
import { ownSchool } from "../../src/understanding/own-school.js";

const hit = (tokens: string[], word: string) => {
  const at = tokens.indexOf(word);
  return { aspect: "requirements", start: at, end: at + 1 };
};

describe("ownSchool", () => {
  it("is the school after attending, in or going to (one word may stand between), or a student named", () => {
    const attending = "im attending nursing school rn or lpn pay".split(" ");
    expect(ownSchool(hit(attending, "school"), attending)).toBe(true);
    const major = "chemist or environmental scientist for a chem major which has more job".split(" ");
    expect(ownSchool(hit(major, "major"), major)).toBe(true);
  });
  it("is not the school asked about, nor another aspect", () => {
    const asked = "how long is nursing school".split(" ");
    expect(ownSchool(hit(asked, "school"), asked)).toBe(false);
    const pay = "im attending nursing school rn or lpn pay".split(" ");
    expect(ownSchool({ aspect: "salary", start: pay.indexOf("school"), end: pay.indexOf("school") + 1 }, pay)).toBe(false);
  });
});
