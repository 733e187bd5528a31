// What a job asks of experience before entry, as a way in or a move says it: BLS's "work experience in
// a related occupation" ("5 years or more", "less than 5 years"), or a curated role's own years, and the
// member's years set against it ("line cook to head chef", "roofer for 6 yrs … construction inspector").
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { EducationLevel } from "../knowledge/schema.js";
import { educationRank, occupationOf } from "./role-evidence.js";

/** Related work experience asked for entry to `to` (BLS's "5 years or more", a curated role's years), as a verdict says it, with the years it means at least; null where none is asked. */
export function experienceAsked(to: RoleEntry): { text: string; minYears: number } | null {
  // (A curated role's years are its editor's reading of BLS for the role, not of the whole series it shares: "product manager".)
  if (to.kind === "curated") {
    const { minYears, maxYears } = to.role.requirements.experience;
    if (minYears < 1) return null;
    return { text: `${minYears}${maxYears && maxYears !== minYears ? `–${maxYears}` : "+"} years in a related job`, minYears };
  }
  const bls = occupationOf(to)?.projection?.workExperience?.trim().toLowerCase();
  if (!bls || bls === "none") return null;
  if (/^less than/.test(bls)) return { text: `some work experience in a related occupation (${bls}, BLS)`, minYears: 1 };
  const atLeast = /^(\d+) years? or more/.exec(bls);
  return { text: `${bls} of work experience in a related occupation (BLS)`, minYears: atLeast ? Number(atLeast[1]) : 1 };
}

/** Whether the experience asked is the larger part of the way in: five years and more, or only a diploma before it ("loan officer" is a degree first). */
export function experienceLeads(experience: { minYears: number }, level: EducationLevel | null): boolean {
  return experience.minYears >= 5 || !level || educationRank(level) <= educationRank("high-school");
}

/** ", which your 6 years can count toward if they were related work" after the experience asked, or what the member said beside it. */
export function yearsAgainst(asked: { minYears: number }, memberYears: number | undefined): string {
  if (memberYears === undefined) return "";
  return memberYears >= asked.minYears
    ? `, which your ${memberYears} years can count toward if they were related work`
    : `, and you mention ${memberYears} year${memberYears === 1 ? "" : "s"}`;
}
