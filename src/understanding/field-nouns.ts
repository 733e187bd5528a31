// "is nursing a good career", "is welding dangerous", "what certifications do I need for project
// management": members name a field where the data has the worker's title. These rewrite a field
// noun into the titles it may stand for (nursing -> nurse, welding -> welder, management -> manager,
// journalism -> journalist, sonography -> sonographer, carpentry -> carpenter); the parser tries them
// only when the question names no role and talks about work, so chat about driving or painting stays chat.
import { normalizeWords } from "../text/normalize.js";

/** Words that make a field noun a career question: without one, "i love painting" is chat. */
const CAREER_CUE =
  /\b(career|careers|job|jobs|field|trade|industry|profession|degree|major|worth|salary|salaries|pay|paid|money|demand|good living|dead end|replaced|certifications?|certificates?|licen[cs]e|get into|getting into|go into|going into|work in|working in|future|outlook|hiring|dangerous|stressful|profitable|skills|duties|qualifications|training)\b/;

/** Suffix rules, most specific first: each gives the worker's title for a field noun. */
const RULES: readonly [RegExp, readonly string[]][] = [
  [/^(\w{3,})ment$/, ["er"]],
  [/^(\w{3,})ism$/, ["ist"]],
  [/^(\w{3,})logy$/, ["logist"]],
  [/^(\w{3,})phy$/, ["pher"]],
  [/^(\w{3,})therapy$/, ["therapist"]],
  [/^(\w{3,})macy$/, ["macist"]],
  [/^(\w{3,})try$/, ["ter", "t"]],
  [/^(\w{3,})ry$/, ["er", ""]],
  [/^(\w{3,})ing$/, ["er", "e", "", "ist", "ant", "or"]],
  [/^(\w{3,})ics$/, ["ic", "ician"]],
  [/^(\w{4,})y$/, ["ist"]],
  [/^sales$/, ["salesperson", "sales representative"]],
];

/** Doubled consonants before -ing ("programming" -> "programmer", "shipping" -> "shipper") keep both forms. */
function stems(word: string, pattern: RegExp): string[] {
  const match = pattern.exec(word);
  if (!match) return [];
  return [match[1] ?? ""];
}

function titlesFor(word: string): string[] {
  for (const [pattern, endings] of RULES) {
    if (!pattern.test(word)) continue;
    if (pattern.source === "^sales$") return [...endings];
    // "manage" + "er" is "manager", not "manageer".
    return stems(word, pattern).flatMap((stem) =>
      endings.map((ending) => (stem.endsWith("e") && ending.startsWith("e") ? `${stem}${ending.slice(1)}` : `${stem}${ending}`)),
    );
  }
  return [];
}

/** A field noun is asked about in a short question; a long message is read as it stands (each rewrite is a full parse). */
const MAX_WORDS = 30;
/** Rewrites tried at most, so the work per message stays bounded. */
const MAX_REWRITES = 12;

/** Rewritten questions to try, one field noun replaced at a time; empty when the question is not about work. */
export function fieldNounRewrites(text: string): string[] {
  const words = normalizeWords(text).split(" ");
  if (words.length > MAX_WORDS || !CAREER_CUE.test(words.join(" "))) return [];
  const out: string[] = [];
  words.forEach((word, i) => {
    for (const title of titlesFor(word)) {
      if (title.length < 4 || title === word) continue;
      out.push([...words.slice(0, i), title, ...words.slice(i + 1)].join(" "));
    }
  });
  return out.slice(0, MAX_REWRITES);
}
