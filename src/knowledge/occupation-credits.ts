// Credit lines for the imported occupation data, as the publishers ask for them (O*NET's CC BY 4.0
// credit with the note that the information was modified; BLS public domain citations; ESCO's
// attribution). Plain text: answers show the short line, /help or /about the full lines.
import type { OccupationsFile } from "./occupations-schema.js";

type Sources = OccupationsFile["sources"];

export const ONET_LICENSE_URL = "https://www.onetcenter.org/license_db.html";

/** The full credits, one line per dataset, for /help, /about and the README. */
export function occupationCredits(sources: Sources): string[] {
  const lines = [
    `This includes information from the O*NET ${sources.onet.version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ` +
      `Used under the CC BY 4.0 license (${ONET_LICENSE_URL}). RoleCompare has modified and summarised this information: USDOL/ETA has not approved, endorsed, or tested these modifications. ` +
      "O*NET® is a trademark of USDOL/ETA.",
    `Pay: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), ${sources.oews.release} (public domain).`,
    `Outlook: U.S. Bureau of Labor Statistics, Employment Projections ${sources.projections.release} (public domain).`,
    `Occupation groups: Standard Occupational Classification (SOC) ${sources.soc.release}, U.S. Bureau of Labor Statistics (public domain).`,
  ];
  if (sources.esco)
    lines.push(`UK and EU job titles: ESCO, European Skills, Competences, Qualifications and Occupations (${sources.esco.release}), European Commission.`);
  return lines;
}

/** One short line for an answer that shows imported occupation data. */
export function shortOccupationCredit(sources: Sources): string {
  return (
    `Data: O*NET ${sources.onet.version} by USDOL/ETA (CC BY 4.0), summarised here; USDOL/ETA has not approved, endorsed or tested these modifications. ` +
    `BLS OEWS ${sources.oews.release} and Employment Projections ${sources.projections.release}${sources.esco ? "; ESCO (European Commission)" : ""}.`
  );
}
