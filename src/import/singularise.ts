// O*NET titles are plural ("Registered Nurses", "Secretaries and Administrative Assistants, Except
// Legal, Medical, and Executive"). Headings and title matching want one person: "Registered Nurse",
// "Secretary or Administrative Assistant (except legal, medical and executive)". The rules follow
// how the titles are built: an optional "Except/Including ..." clause, an optional "of ..." tail,
// qualifiers after a comma, and a list of nouns or modifiers joined by "and".

/** Nouns that end in "s" but are not plurals, or stay the same in the singular. */
const INVARIANT = new Set([
  "sales", "series", "species", "news", "goods", "arts", "parts", "works", "means", "forces", "arms", "customs",
  "services", "operations", "relations", "affairs", "resources", "sciences", "studies", "systems", "communications",
  "physics", "mathematics", "economics", "statistics", "logistics", "electronics", "avionics", "robotics", "genetics",
  "athletics", "aeronautics", "graphics", "gas", "glass", "lens",
]);

/** The singular of one English plural noun; words that are not plural come back unchanged. */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (INVARIANT.has(lower) || lower.length < 3 || !lower.endsWith("s")) return word;
  if (/(ss|us|is)$/.test(lower)) return word;
  if (lower.endsWith("ies") && lower.length > 4) return `${word.slice(0, -3)}${word.at(-3) === "I" ? "Y" : "y"}`;
  if (/(ches|shes|sses|xes|zzes)$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith("men")) return word;
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

  // "First-Line Supervisors of Retail Sales Workers": only the part before "of" names the person.
  let tail = "";
  const of = / of /.exec(rest);
  if (of && isPlural(lastWord(rest.slice(0, of.index)))) {
    tail = rest.slice(of.index);
    rest = rest.slice(0, of.index);
  }

  // Comma segments: an Oxford list ("A, B, and C Clerks") or a head with qualifiers ("Buyers, Farm Products").
  const segments = rest.split(", ");
  const listEnd = segments.findIndex((s, i) => i > 0 && /^(and|or) /.test(s));
  let head: string[];
  let qualifiers: string[];
  if (listEnd > 0 && !(isPlural(lastWord(segments[0]!)) && !segments.slice(1, listEnd + 1).some((s) => isPlural(lastWord(s))))) {
    head = segments.slice(0, listEnd + 1);
    qualifiers = segments.slice(listEnd + 1);
  } else {
    head = segments.slice(0, 1);
    qualifiers = segments.slice(1);
  }

  const singularHead =
    head.length > 1
      ? joinAlternatives(head.map((s, i) => singularItems(i === head.length - 1 ? s.replace(/^(and|or) /, "") : s)))
      : singularItems(head[0]!);
  return `${singularHead}${tail}${qualifiers.map((q) => `, ${q}`).join("")}${clause}`;
}

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
