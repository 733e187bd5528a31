// Name search ("did you mean", autocomplete): a name's score is how much of it the query's words
// match, over the longer of the two in words, the same the first time a name is scored and after.
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { RoleIndex } from "../../src/understanding/role-index.js";
import { removeDataDirs, validRole, writeData } from "../knowledge/fixtures.js";
import { writeOccupations } from "../knowledge/occupation-fixtures.js";

afterEach(removeDataDirs);

async function fixtureIndex(): Promise<RoleIndex> {
  const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
  await writeOccupations(dir);
  return new RoleIndex(await loadKnowledge(dir));
}

describe("name search", () => {
  it("scores a name by the share of its words the query matches, asked once or again", async () => {
    const index = await fixtureIndex();
    const first = index.searchNames("senior widget tuner", 5);
    // "Senior Widget Tuner" is all three words; the others share two of three.
    expect(first[0]).toEqual({ roleId: "91-1011.00", name: "Senior Widget Tuner", score: 1 });
    expect(index.searchNames("widget tuner", 5)[0]).toEqual({ roleId: "91-1011.00", name: "Widget Tuner", score: 1 });
    const inspector = index.searchNames("widget inspector", 5).find((hit) => hit.roleId === "91-2022.00");
    expect(inspector?.score).toBe(1);
    // "widget" alone matches half of the two-word names.
    expect(index.searchNames("widget", 5).map((hit) => hit.score)).toEqual(expect.arrayContaining([0.5]));
    expect(index.searchNames("senior widget tuner", 5)).toEqual(first);
  });
});
