// "Which is more boring", "is accounting rewarding": whether work is dull or fulfilling is personal
// and not in the data. What the data does say is what kind of work each role is, in O*NET's
// interest profiles (Holland's six types), which is what a member weighs against their own taste.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";
import { topElements } from "./occupation-facts.js";
import { occupationOf } from "./role-evidence.js";

/** Each interest type in a few plain words of our own. */
const INTEREST_MEANINGS: Readonly<Record<string, string>> = {
  Realistic: "hands-on work with tools, machines or the outdoors",
  Investigative: "ideas, research and solving problems",
  Artistic: "creating and self-expression",
  Social: "helping, teaching or caring for people",
  Enterprising: "leading, persuading and selling",
  Conventional: "orderly work with data, records and rules",
};
/** The strongest interests shown for a role: the top one, and the next only where it is clearly held. */
const SHOWN = 2;
/** A further interest is shown from this rating up (O*NET rates interests 1-7; 4 is the middle). */
const CLEARLY_HELD = 4;

function topInterests(knowledge: KnowledgeBase, entry: RoleEntry): string[] {
  const occupation = occupationOf(entry);
  const names = knowledge.imported?.elements.interests;
  if (!occupation || !names) return [];
  const ratings = occupation.interests.map((v) => (v === null ? null : ([v, null] as [number, null])));
  return topElements(names, ratings, SHOWN)
    .filter((i, rank) => rank === 0 || i.importance >= CLEARLY_HELD)
    .map((i) => i.name);
}

export function interestVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[]): Verdict {
  const lead = "Whether work feels boring or rewarding depends on you; the data doesn't measure it.";
  const profiles = entries.map((entry) => ({ entry, interests: topInterests(knowledge, entry) }));
  if (profiles.some((p) => !p.interests.length)) return { text: lead, basis: "none" };
  const same = entries.length > 1 && profiles.every((p) => p.interests.join() === profiles[0]!.interests.join());
  const shown = same
    ? `each leans ${profiles[0]!.interests.join(" and ")}`
    : profiles.map((p) => `${p.entry.title} leans ${p.interests.join(" and ")}`).join(", ");
  const named = [...new Set(profiles.flatMap((p) => p.interests))];
  const meanings = named
    .filter((n) => INTEREST_MEANINGS[n])
    .map((n) => `${n}: ${INTEREST_MEANINGS[n]}`)
    .join("; ");
  return { text: `${lead} What kind of work it is, in O*NET's interest profiles: ${shown}${meanings ? ` (${meanings})` : ""}.`, basis: "indirect" };
}
