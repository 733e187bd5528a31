// A broad title's group ("engineers": the engineering occupations whose title ends in "engineer"):
// which occupations of a field are in it, for its ranking and its summed figures alike.

const PARENTHESES = /\s*\([^)]*\)/g;
const TITLE_ALTERNATIVES = /,| or /;

/** "Mining and Geological Engineer (including mining safety engineer)", "Welder, Cutter, Solderer or Brazer": whether one of its titles ends in `head`. */
export function titleEndsIn(title: string, head: string): boolean {
  return title
    .replace(PARENTHESES, "")
    .split(TITLE_ALTERNATIVES)
    .some((one) => {
      const lower = one.trim().toLowerCase();
      return lower === head || lower.endsWith(` ${head}`);
    });
}
