import { describe, it, expect } from "vitest";
import { occupationCredits, shortOccupationCredit } from "../../src/knowledge/occupation-credits.js";
import type { OccupationsFile } from "../../src/knowledge/occupations-schema.js";

const sources: OccupationsFile["sources"] = {
  onet: { name: "O*NET Database", version: "29.9", release: "January 2031", file: "onet-29.9" },
  oews: { name: "OEWS", release: "May 2031", year: 2031, file: "bls/x.xlsx" },
  projections: { name: "EP", release: "2030–40", file: "bls/ep.xlsx" },
  soc: { name: "SOC", release: "2018", file: "soc-2018/s.xlsx" },
  esco: { name: "ESCO", release: "v1.2", file: "esco-1.2/o.csv" },
};

describe("occupation credits", () => {
  it("carries O*NET's licence credit with the modification note and each release", () => {
    const [onet, oews, ep, , esco] = occupationCredits(sources);
    expect(onet).toContain("O*NET 29.9 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)");
    expect(onet).toContain("CC BY 4.0");
    expect(onet).toContain("USDOL/ETA has not approved, endorsed, or tested these modifications");
    expect(oews).toContain("OEWS), May 2031");
    expect(ep).toContain("Employment Projections 2030–40");
    expect(esco).toContain("ESCO, European Skills, Competences, Qualifications and Occupations");
  });

  it("leaves ESCO out when the import had none, and has a short line for answers", () => {
    expect(occupationCredits({ ...sources, esco: null }).join(" ")).not.toContain("ESCO");
    expect(shortOccupationCredit(sources)).toBe(
      "Data: O*NET 29.9 by USDOL/ETA (CC BY 4.0), summarised here; USDOL/ETA has not approved, endorsed or tested these modifications. " +
        "BLS OEWS May 2031 and Employment Projections 2030–40; ESCO (European Commission).",
    );
  });
});
