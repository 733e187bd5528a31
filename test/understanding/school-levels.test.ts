// The school level named beside a shared title, in the word O*NET's titles use for it.
import { describe, expect, it } from "vitest";
import { schoolLevels } from "../../src/understanding/school-levels.js";

describe("schoolLevels", () => {
  it.each<[string, string[]]>([
    ["teacher at a high school", ["secondary"]],
    ["teacher at a secondary school", ["secondary"]],
    ["teacher middle school", ["middle"]],
    ["primary age kids", ["elementary"]],
    ["teach at a college", ["postsecondary"]],
    // "high" and "middle" name a level only before "school".
    ["a high paying teacher job", []],
    ["teacher in the middle of the year", []],
  ])("%s -> %j", (words, levels) => expect(schoolLevels(words.split(" "))).toEqual(levels));
});
