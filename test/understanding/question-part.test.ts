// A long post's asking sentences: found where a story comes before them, none where the post is short
// or all question.
import { describe, expect, it } from "vitest";
import { questionPart } from "../../src/understanding/question-part.js";

const STORY =
  "I've been a pharmacy tech for four years and I'm good with the meds and the math part. People keep saying go to pharmacy school but that's six years and a lot of debt. ";

describe("questionPart", () => {
  it("keeps the sentences with a question mark, and a last sentence that opens like a question", () => {
    expect(questionPart(`${STORY}Would I earn more as a pharmacist? Or as a lab tech?`)).toBe("Would I earn more as a pharmacist? Or as a lab tech?");
    expect(questionPart(`${STORY}Is it worth it? which one pays more and is easier to get into`)).toBe(
      "Is it worth it? which one pays more and is easier to get into",
    );
  });
  it("is null for a short message, a post that asks nothing, and one that is all question", () => {
    expect(questionPart("i'm a cna. should i do rn or lpn?")).toBeNull();
    expect(questionPart(`${STORY}Anyway that's where I am.`)).toBeNull();
    const allAsked =
      "Is pharmacy school worth six years and all that debt for someone like me who already knows the meds? Or would I be better off as a lab tech, which pays less but takes two years? What would you do?";
    expect(questionPart(allAsked)).toBeNull();
  });
});
