// "im attending nursing school, rn or lpn pay", "chemist or environmental scientist for a chem major,
// which has more jobs": the school a member is in, or who they are as a student, told beside another
// question; not the schooling asked about.

/** Schools a member can be in: "attending nursing school", "in college for accounting". */
const SCHOOL_WORDS = new Set(["school", "college", "university", "uni", "program", "class", "course"]);
/** Who a member in school is: "a chem major", "a nursing student". */
const STUDENT_WORDS = new Set(["major", "student", "grad"]);
/** Before a school, words that put the member in it ("attending", "enrolled in", "going to"). */
const IN_SCHOOL = /\b(attending|attend|enrolled in|going to|in|at|finishing|starting|started)$/;

/**
 * Whether an aspect hit is the school the member is in, not the schooling asked about: "im attending
 * nursing school, rn or lpn pay" (one word, such as the field, may stand between).
 */
export function ownSchool(h: { aspect: string; start: number; end: number }, tokens: readonly string[]): boolean {
  if (h.aspect !== "requirements") return false;
  // ("chemist or environmental scientist for a chem major, which has more jobs": who the member is.)
  if (STUDENT_WORDS.has(tokens[h.end - 1] ?? "")) return [h.start - 1, h.start - 2].some((i) => tokens[i] === "a" || tokens[i] === "an");
  if (!SCHOOL_WORDS.has(tokens[h.end - 1] ?? "")) return false;
  const before = (from: number) => IN_SCHOOL.test(tokens.slice(Math.max(0, from - 2), from).join(" "));
  return before(h.start) || before(h.start - 1);
}
