// "do i need a masters or is experience enough", "can experience replace a bachelors": schooling set
// against experience. A yes or a no would answer one half and read as the other, so the lead says
// which counts, then BLS's schooling and, where it lists one, the related work experience asked on top.
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";
import { capitalised } from "../text/capitalised.js";
import { experienceAsked } from "./experience-asked.js";

/** Experience said to be enough, to count or to stand in ("or is experience enough", "will my 8 years of experience be enough"). */
const EXPERIENCE_INSTEAD =
  /\b(experience|years)\b( \w+){0,4} (enough|count|counts|suffice|matter|matters|replace|substitute|instead)\b|\b(replace|substitute for|instead of)( \w+){0,3} (experience|years)\b/;

/** Whether the question sets experience against the schooling asked of. */
export function weighsExperience(words: string): boolean {
  return EXPERIENCE_INSTEAD.test(words);
}

export interface SchoolingWeighed {
  /** The schooling asked of: "a master's degree", "a degree". */
  asked: string;
  /** BLS's typical entry is that schooling or more. */
  needed: boolean;
  /** The workers O*NET surveyed and what they say is required ("; 84% of the workers … required"), or "". */
  surveyed: string;
  /** The share surveyed, where the survey disagrees with the typical entry or is split. */
  unsettled: boolean;
  /** "BLS lists the typical entry education as a master's degree for X". */
  schooling: string;
}

/** The lead for schooling weighed against experience, then the experience BLS asks, where it asks some. */
export function degreeOrExperienceVerdict(entry: RoleEntry, weighed: SchoolingWeighed): Verdict {
  const { asked, needed, surveyed, unsettled, schooling } = weighed;
  const experience = experienceAsked(entry);
  // (Where BLS lists no experience either, "experience can be enough" would promise what nothing shows.)
  const lead = unsettled
    ? `It depends: experience stands in for ${asked} at some employers, not all`
    : needed
      ? `${capitalised(asked)} is usually needed, not experience alone`
      : `${experience ? `Experience can be enough: ${asked}` : capitalised(asked)} usually isn't needed`;
  const also = experience
    ? needed
      ? ` Experience is asked on top of it: ${experience.text}.`
      : ` What is asked instead is experience: ${experience.text}.`
    : "";
  return { text: `${lead}. ${capitalised(schooling)}${surveyed}.${also}`, basis: "data" };
}
