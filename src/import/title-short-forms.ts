// Short forms of an occupation's own title that members type and O*NET's title lists may lack:
// "Environmental Science and Protection Technician (including health)" without its brackets, and
// "Elevator and Escalator Installer or Repairer" as each of its two jobs ("elevator and escalator
// repairer"). They join the occupation's alternate titles, so they claim the phrase as alternates do.

/** A bracketed qualifier: "(including health)", "(except pediatric)". */
const BRACKETS = /\s*\([^)]*\)/g;
/** "<words> Installer or Repairer": one-word heads joined by "or" after words with no list in them. */
const TWO_HEADS = /^([^,]+) (\p{L}+) or (\p{L}+)$/u;

export function titleShortForms(singular: string): string[] {
  const out: string[] = [];
  const base = singular.replace(BRACKETS, "").trim();
  // ("Secretary or Administrative Assistant (except …)": two titles joined by "or" would read "secretary
  // or admin assistant" as one name; the occupation has each already.)
  if (base !== singular && base && !base.includes(" or ")) out.push(base);
  const heads = TWO_HEADS.exec(base);
  // ("Accountant or Auditor", "Waiter or Waitress": no words before the heads, already one title each.)
  if (heads && !heads[1]!.includes(" or ")) out.push(`${heads[1]} ${heads[2]}`, `${heads[1]} ${heads[3]}`);
  return out;
}

/** The alternate titles with the short forms of the title that are not among them yet (case aside). */
export function withTitleShortForms(alternates: readonly string[], singular: string): string[] {
  const known = new Set(alternates.map((t) => t.toLowerCase()));
  return [...alternates, ...titleShortForms(singular).filter((t) => !known.has(t.toLowerCase()))];
}
