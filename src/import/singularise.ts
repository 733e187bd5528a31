// O*NET titles are plural ("Registered Nurses", "Secretaries and Administrative Assistants, Except
// Legal, Medical, and Executive"). Headings and title matching want one person: "Registered Nurse",
// "Secretary or Administrative Assistant (except legal, medical and executive)". The rules follow
// how the titles are built: an optional "Except/Including ..." clause, an optional "of ..." tail,
// qualifiers after a comma, and a list of nouns or modifiers joined by "and".

/** Nouns that end in "s" but are not plurals, or stay the same in the singular. */
const INVARIANT = new Set([
  "sales",
  "sports",
  "series",
  "species",
  "news",
  "goods",
  "arts",
  "parts",
  "works",
  "means",
  "forces",
  "arms",
  "customs",
  "services",
  "operations",
  "relations",
  "affairs",
  "resources",
  "sciences",
  "studies",
  "systems",
  "communications",
  "physics",
  "mathematics",
  "economics",
  "statistics",
  "logistics",
  "electronics",
  "avionics",
  "robotics",
  "genetics",
  "athletics",
  "aeronautics",
  "graphics",
  "gas",
  "glass",
  "lens",
]);

/** The singular of one English plural noun; words that are not plural come back unchanged. */
export function singularWord(word: string): string {
  // "Engineers/Architects": one engineer or architect, each side made singular.
  if (word.includes("/")) return word.split("/").map(singularWord).join("/");
  const lower = word.toLowerCase();
  if (INVARIANT.has(lower) || lower.length < 3 || !lower.endsWith("s")) return word;
  if (/(ss|us|is)$/.test(lower)) return word;
  if (lower.endsWith("ies") && lower.length > 4) return `${word.slice(0, -3)}${word.at(-3) === "I" ? "Y" : "y"}`;
  if (/(ches|shes|sses|xes|zzes)$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith("men")) return word;
  // "Midwives": one midwife.
  if (lower.endsWith("wives")) return `${word.slice(0, -3)}fe`;
  return word.slice(0, -1);
}

function isPlural(word: string): boolean {
  return singularWord(word) !== word;
}

/** The singular of an O*NET occupation title. */
export function singularTitle(title: string): string {
  let rest = title.replace(/\s+/g, " ").trim();

  // "..., Except Legal, Medical, and Executive" -> "(except legal, medical and executive)"
  let clause = "";
  const except = /,?\s+(Except|Including)\s+(.+)$/.exec(rest);
  if (except) {
    clause = ` (${except[1]!.toLowerCase()} ${lowerWords(dropOxfordComma(except[2]!))})`;
    rest = rest.slice(0, except.index);
  }

  // "First-Line Supervisors of Retail Sales Workers", "Helpers--Roofers": only the part before
  // "of" or "--" names the person.
  let tail = "";
  const of = / of |--/.exec(rest);
  if (of && isPlural(lastWord(rest.slice(0, of.index)))) {
    // "Helpers--Electricians" reads as "Helper to Electricians" in a sentence.
    tail = of[0] === "--" ? ` to ${dropOxfordComma(rest.slice(of.index + 2))}` : rest.slice(of.index);
    rest = rest.slice(0, of.index);
  }

  // Comma segments: an Oxford list ("A, B, and C Clerks") or a head with qualifiers ("Buyers, Farm Products").
  const segments = rest.split(", ");
  const listEnd = segments.findIndex((s, i) => i > 0 && /^(and|or) /.test(s));
  let head: string[];
  let qualifiers: string[];
  // A list without the Oxford comma: "Poets, Lyricists and Creative Writers".
  const lastParts = segments.at(-1)!.split(" and ");
  const plainList =
    listEnd < 0 && segments.length > 1 && lastParts.length === 2 && [...segments.slice(0, -1), ...lastParts].every((s) => isPlural(lastWord(s)));
  if (plainList) {
    head = segments;
    qualifiers = [];
  } else if (listEnd > 0 && !(isPlural(lastWord(segments[0]!)) && !segments.slice(1, listEnd + 1).some((s) => isPlural(lastWord(s))))) {
    head = segments.slice(0, listEnd + 1);
    qualifiers = segments.slice(listEnd + 1);
  } else {
    head = segments.slice(0, 1);
    qualifiers = segments.slice(1);
  }

  const items = head.map((s, i) => singularItems(i === head.length - 1 ? s.replace(/^(and|or) /, "") : s));
  let singularHead = plainList ? items.join(", ") : joinAlternatives(items);
  // A second list of people after the first: "Cutting and Press Machine Setters, Operators, and Tenders".
  const more = qualifiers.findIndex((q) => /^(and|or) /.test(q));
  if (more >= 0 && qualifiers.slice(0, more + 1).every((q) => isPlural(lastWord(q)))) {
    const people = qualifiers.slice(0, more + 1).map((q) => singularItems(q.replace(/^(and|or) /, "")));
    singularHead = `${singularHead}, ${joinAlternatives(people)}`;
    qualifiers = qualifiers.slice(more + 1);
  }
  return `${singularHead}${tail}${qualifiers.map((q) => `, ${singularPerson(q)}`).join("")}${clause}`;
}

/** A qualifier naming people ("Physicians, Pathologists") turns singular; one naming things ("Farm Products") does not. */
function singularPerson(qualifier: string): string {
  const words = qualifier.split(" ");
  const last = words.at(-1)!;
  const singular = singularWord(last);
  if (singular === last || !PERSON_ENDING.test(singular)) return qualifier;
  return [...words.slice(0, -1), singular].join(" ");
}

// "-er" alone would also match things ("Fibers"), so only these person endings count.
const PERSON_ENDING = /(ist|or|ian|ant|ent|man|person|ee|ess|worker|officer)$/i;

/** "Secretaries and Administrative Assistants" -> "Secretary or Administrative Assistant"; "Police Identification and Records Officers" keeps its "and". */
function singularItems(phrase: string): string {
  const parts = phrase.split(" and ");
  return parts
    .map((part, i) => {
      const words = part.split(" ");
      const last = words.length - 1;
      if (i < parts.length - 1 && !isPlural(words[last]!)) return `${part} and `;
      words[last] = singularWord(words[last]!);
      return `${words.join(" ")}${i < parts.length - 1 ? " or " : ""}`;
    })
    .join("");
}

/** ["Bookkeeping", "Accounting", "Auditing Clerk"] -> "Bookkeeping, Accounting or Auditing Clerk". */
function joinAlternatives(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

function dropOxfordComma(text: string): string {
  return text.replace(/, (and|or) /g, " $1 ");
}

/** Lower-cases words, but not acronyms ("GED", "HVAC"). */
function lowerWords(text: string): string {
  return text.replace(/\b[A-Z][a-z'’.-]*\b/g, (w) => w.toLowerCase());
}

function lastWord(text: string): string {
  return text.trim().split(" ").at(-1) ?? "";
}
