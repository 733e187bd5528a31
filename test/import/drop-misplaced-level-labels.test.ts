import { describe, expect, it } from "vitest";
import { dropMisplacedLevelLabels } from "../../src/import/drop-misplaced-level-labels.js";
import { occupation } from "../knowledge/occupation-fixtures.js";

const titles = (esco: string[], alternate: string[] = []) => ({ titles: { alternate, short: [], reported: [], myNextMove: [], esco } });

describe("ESCO level labels filed under another job", () => {
  const analysts = occupation("91-2051.00", "Widget Analysts", "Widget Analyst", titles([], ["Widget Data Analyst"]));
  const supervisors = occupation(
    "91-1011.00",
    "Widget Supervisors",
    "Widget Supervisor",
    titles(["senior widget data analyst", "Sr. Widget Data Analyst", "assistant widget data analyst", "senior widget supervisor", "senior gauge reader"]),
  );
  const [keptAnalysts, keptSupervisors] = dropMisplacedLevelLabels([analysts, supervisors]);

  it("drops '<level> <job>' where the job is another occupation's title and none of this one's", () => {
    expect(keptSupervisors!.titles.esco).not.toContain("senior widget data analyst");
    expect(keptSupervisors!.titles.esco).not.toContain("Sr. Widget Data Analyst");
  });

  it("keeps a level of the occupation's own job, a job no title names, and words that change the job", () => {
    expect(keptSupervisors!.titles.esco).toEqual(["assistant widget data analyst", "senior widget supervisor", "senior gauge reader"]);
    expect(keptAnalysts).toBe(analysts);
  });

  it("keeps the label when the occupation also has the job among its own names", () => {
    const both = occupation("91-1012.00", "Widget Leads", "Widget Lead", titles(["senior widget data analyst"], ["Widget Data Analyst"]));
    expect(dropMisplacedLevelLabels([analysts, both])[1]!.titles.esco).toEqual(["senior widget data analyst"]);
  });
});
