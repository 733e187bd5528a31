// "teacher at a high school", "teacher (middle school)": the school level a member names beside a
// shared title, as the word O*NET's titles use for it. It picks the school teacher (or counselor,
// or assistant) of that level over an editor's preference for the usual one.

/** School levels as members name them, each as the word O*NET's titles use: "high school" is "secondary". */
const SCHOOL_LEVELS: ReadonlyMap<string, string> = new Map([
  ["elementary", "elementary"],
  ["primary", "elementary"],
  ["kindergarten", "kindergarten"],
  ["preschool", "preschool"],
  ["middle", "middle"],
  ["secondary", "secondary"],
  ["high", "secondary"],
  ["postsecondary", "postsecondary"],
  ["college", "postsecondary"],
  ["university", "postsecondary"],
]);
/** Levels said with "school" after them only: "high paying" and "middle ground" name none. */
const LEVELS_BEFORE_SCHOOL = new Set(["high", "middle"]);

/** The school levels the words around a title name ("teacher at a high school": secondary). */
export function schoolLevels(context: readonly string[]): string[] {
  const levels: string[] = [];
  context.forEach((word, i) => {
    const level = SCHOOL_LEVELS.get(word);
    if (level && (!LEVELS_BEFORE_SCHOOL.has(word) || context[i + 1] === "school")) levels.push(level);
  });
  return levels;
}
