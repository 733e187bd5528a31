// "plumber or electrician for someone whos scared of heights", "dental hygiene or radiology tech, i hate
// blood": a fear the data can't measure, set against what the Handbook's notes on each job's conditions
// (data/conditions.yaml) say the work involves. Where no note mentions it, null: the caller says what
// the data lacks.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";
import { editorSource } from "./editor-sentence.js";
import { spokenList } from "../text/spoken-list.js";
import { normalizeWords } from "../text/normalize.js";

interface Fear {
  /** The fear in the member's words. */
  asked: RegExp;
  /** How the answer names it. */
  label: string;
  /** Words of a note that mention it. */
  noted: RegExp;
}

const FEARS: readonly Fear[] = [
  { asked: /\bheights?\b/, label: "heights", noted: /\b(heights?|high (above|off) the ground|ladders?|scaffolds?|roofs?|poles|towers)\b/i },
  { asked: /\b(blood|gore)\b/, label: "blood", noted: /\b(blood|bodily fluids|wounds?)\b/i },
  { asked: /\bneedles?\b/, label: "needles", noted: /\b(needles?|injections?)\b/i },
  {
    asked: /\b(claustrophobic|claustrophobia|(tight|small|confined|cramped) spaces)\b/,
    label: "tight spaces",
    noted: /\b((confined|cramped|tight) (spaces|machine rooms)|crawl ?spaces|squeeze)\b/i,
  },
];

/** Longer sentences are cut to the clause that mentions the fear. */
const MAX_QUOTED = 140;

/** The sentence of `note` that mentions the fear, or its clause where the sentence is long: "…kneeling high above the ground…". */
function mentioning(note: string, noted: RegExp): string {
  const sentence = note.split(/(?<=\.) /).find((s) => noted.test(s)) ?? note;
  if (sentence.length <= MAX_QUOTED) return sentence.replace(/\.$/, "");
  return (sentence.split(/; |, (?=\w+ing\b|and\b|or\b|sometimes\b|often\b)/).find((c) => noted.test(c)) ?? sentence).replace(/\.$/, "").trim();
}

/** What the Handbook's notes say of the fear asked, job by job; null where none mentions it. */
export function fearVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], text: string): Verdict | null {
  const words = normalizeWords(text);
  const fear = FEARS.find((f) => f.asked.test(words));
  if (!fear) return null;
  const notes = entries.map((entry) => {
    const recorded = entry.code ? knowledge.conditionsFor(entry.code) : undefined;
    const note = [recorded?.physical, recorded?.setting].filter(Boolean).join(" ");
    return { entry, recorded, note, mentions: note !== "" && fear.noted.test(note) };
  });
  const withIt = notes.filter((n) => n.mentions);
  if (withIt.length === 0) return null;
  const without = notes.filter((n) => !n.mentions && n.note !== "").map((n) => n.entry.title);
  const unnoted = notes.filter((n) => n.note === "").map((n) => n.entry.title);
  const quoted = withIt.map((n) => `${n.entry.title} ("${mentioning(n.note, fear.noted)}")`);
  // (A note that doesn't mention it is no promise the work never involves it: said as what the notes say.)
  const lead =
    without.length > 0
      ? `On ${fear.label}, the Handbook's notes mention it for ${spokenList(quoted)}, not for ${spokenList(without)}`
      : `The Handbook's notes mention ${fear.label} for ${withIt.length > 1 ? "each: " : ""}${spokenList(quoted)}`;
  const rest = unnoted.length > 0 ? ` There is no note on ${spokenList(unnoted)}'s conditions to weigh.` : "";
  const source = withIt[0]!.recorded!;
  return {
    text: `${lead} (BLS, Occupational Outlook Handbook). How much it would bother you is yours to weigh; the data doesn't measure fears.${rest}`,
    basis: "indirect",
    source: editorSource(source),
  };
}
