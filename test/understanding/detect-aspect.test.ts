// Aspect phrases found in a question's tokens: "outlook" is the job's prospects, not the mail app.
import { describe, expect, it } from "vitest";
import { buildAspectTable, findAspectHits } from "../../src/understanding/detect-aspect.js";

const table = buildAspectTable();
const aspects = (text: string) => findAspectHits(table, text.split(" "), () => false).map((h) => h.aspect);

describe("findAspectHits", () => {
  it.each(["whats the outlook for nurse", "nurse outlook", "is the outlook good for electrician"])("%s: the outlook", (text) =>
    expect(aspects(text)).toContain("outlook"),
  );

  it.each(["the server are down outlook is down too", "outlook keep crashing", "check your outlook inbox", "it is in outlook"])(
    "%s: the mail app, no aspect",
    (text) => expect(aspects(text)).not.toContain("outlook"),
  );

  it.each(["are there a lot of job for electrician", "are programmer going to be replaced by ai"])("%s: the job market", (text) =>
    expect(aspects(text)).toContain("outlook"),
  );
});
