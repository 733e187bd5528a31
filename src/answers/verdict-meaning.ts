// "what does cna stand for": the letters spelled out, as the occupation's own titles spell them
// ("Certified Nursing Assistant (CNA)" is a title O*NET lists), and where the data files the job.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { entryNames, type RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";

/** "Certified Nursing Assistant (CNA)": a long form, then its letters in brackets. */
const WITH_LETTERS = /^(.+?)\s*\(([^()]+)\)\s*$/;
/** At most this many spellings are named ("Certified Nurses Aide or Certified Nursing Assistant"). */
const MAX_SPELLINGS = 2;

/** Where the data files a job: "Nursing Assistant (O*NET-SOC 31-1131.00)". */
function filedAs(entry: RoleEntry): string {
  return entry.kind === "occupation" ? `${entry.title} (O*NET-SOC ${entry.code})` : entry.title;
}

/** The long forms the occupation's titles give for the letters typed ("cna": "Certified Nursing Assistant"), most often first. */
export function spelledOut(knowledge: KnowledgeBase, entry: RoleEntry, typed: string): string[] {
  const letters = typed.trim().toLowerCase();
  const counts = new Map<string, { spelled: string; count: number }>();
  // (An editor's role spells out no letters; the occupation it stands for may: "Certified Public Accountant (CPA)".)
  const occupation = entry.kind === "curated" && entry.code ? knowledge.getRole(entry.code) : undefined;
  for (const { name } of [...entryNames(entry), ...(occupation ? entryNames(occupation) : [])]) {
    const found = WITH_LETTERS.exec(name);
    if (!found || found[2]!.trim().toLowerCase() !== letters) continue;
    const key = found[1]!.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { spelled: found[1]!, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SPELLINGS)
    .map((s) => s.spelled);
}

export function meaningVerdict(knowledge: KnowledgeBase, entry: RoleEntry, typed: string): Verdict {
  const spellings = spelledOut(knowledge, entry, typed);
  const filed = filedAs(entry);
  if (spellings.length) return { text: `${typed.toUpperCase()} stands for ${spellings.join(" or ")}; the data counts the job as ${filed}.`, basis: "data" };
  // ("what does a paralegal mean": no letters to spell out; the job it names.)
  return { text: `The data reads "${typed}" as ${filed}.`, basis: "data" };
}
