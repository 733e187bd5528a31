// The first line of a plain question about one role's duties or skills ("what does a compliance officer
// do", "skills for a 911 dispatcher"): the answer in a sentence, before the card's task list or ratings.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Verdict } from "./answer.js";
import { withArticle } from "./indefinite-article.js";
import { topElements } from "./occupation-facts.js";
import { spokenList } from "../text/spoken-list.js";

/** How many skills and knowledge areas the sentence names: the card lists more. */
const LEAD_SKILLS = 3;
const LEAD_KNOWLEDGE = 2;

/** "what does a sonographer do all day", "a day in the life of a welder", "day to day": the work of a day asked. */
export const DAY_ASKED =
  /\b(all day|day to day|daily|typical day|normal day|average day|day in the life|a day look like|on a day|each day|every day|day at work)\b/;
/** How many of O*NET's tasks (listed most important first) a day's answer names. */
const DAY_TASKS = 2;

/**
 * "What a Compliance Officer does (O*NET): Examine, evaluate, …", or the curated role's own summary;
 * asked about a day (DAY_ASKED), its first tasks too, as O*NET lists them.
 */
export function dutiesLead(entry: RoleEntry, dayAsked = false): Verdict | null {
  if (entry.kind === "curated") return { text: `What ${withArticle(entry.title)} does: ${entry.role.summary}`, basis: "data", fromCards: true };
  const description = entry.occupation.description.trim();
  if (!description) return null;
  const tasks = dayAsked ? entry.occupation.tasks.slice(0, DAY_TASKS) : [];
  const day = tasks.length ? ` Its first tasks in O*NET's list: ${tasks.map((t) => `"${t.replace(/\.$/, "")}"`).join("; ")}.` : "";
  return { text: `What ${withArticle(entry.title)} does (O*NET): ${description}${day}`, basis: "data", fromCards: true };
}

/** "The skills O*NET rates most important for a Public Safety Telecommunicator: …; the knowledge: …". */
export function skillsLead(knowledge: KnowledgeBase, entry: RoleEntry): Verdict | null {
  // (A curated role's own skills, as its card lists them, first three.)
  if (entry.kind === "curated") {
    const own = entry.role.skills.slice(0, LEAD_SKILLS);
    return { text: `What ${withArticle(entry.title)} needs most: ${own.join("; ")}.`, basis: "data", fromCards: true };
  }
  const occupation = entry.occupation;
  const elements = knowledge.imported?.elements;
  if (!occupation || !elements) return null;
  const skills = topElements(elements.skills, occupation.skills, LEAD_SKILLS).map((s) => s.name);
  if (!skills.length) return null;
  const areas = topElements(elements.knowledge, occupation.knowledge, LEAD_KNOWLEDGE).map((s) => s.name);
  const known = areas.length ? `; the knowledge it draws on most: ${spokenList(areas)}` : "";
  return { text: `The skills O*NET rates most important for ${withArticle(entry.title)}: ${spokenList(skills)}${known}.`, basis: "data", fromCards: true };
}

/** A sentence's end, before the next one opens: "… patients. Includes …". */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z])/;

/**
 * "Paralegal or Legal Assistant (O*NET): Assist lawyers by …": what a role does, in the first sentence
 * of O*NET's description (credited) or of the role notes' summary; "" when it has neither.
 */
export function whatItDoes(entry: RoleEntry): string {
  const first = (entry.kind === "curated" ? entry.role.summary : entry.occupation.description).trim().split(SENTENCE_END)[0]!;
  if (!first) return "";
  return `${entry.title}${entry.kind === "curated" ? "" : " (O*NET)"}: ${/[.!?]$/.test(first) ? first : `${first}.`}`;
}
