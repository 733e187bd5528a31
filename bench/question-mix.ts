// The questions the benchmark asks: every labelled question of the evaluation sets, plus variants
// made from them (a typo in a title, an invented title, chit-chat, 2,000-character messages), each
// distinct, so a first pass sees every question for the first time as a member's question would be.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Random } from "./random.js";

export interface MixItem {
  q: string;
  kind: "labelled" | "typo" | "unknown title" | "chit-chat" | "long";
}

export interface LabelledItem {
  q: string;
  intent: string;
  roles?: string[];
  codes?: string[];
  aspect?: string | null;
  accept?: string[];
}

export function readJsonl(file: string): LabelledItem[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledItem);
}

/** The labelled sets: the shared ones beside the repository and the project's own. */
export function labelledSets(root: string): Record<string, LabelledItem[]> {
  const sets: Record<string, LabelledItem[]> = {
    dev: readJsonl(join(root, "..", "shared", "eval", "dev.jsonl")),
    "dev-occupations": readJsonl(join(root, "..", "shared", "eval", "dev-occupations.jsonl")),
  };
  for (const name of ["occupations", "chitchat", "heldout", "blind", "kinds"]) sets[name] = readJsonl(join(root, "test", "eval", `${name}.jsonl`));
  return sets;
}

const INVENTED_TITLES = ["quokka wrangler", "zeppelin mechanic", "meme curator", "moon geologist", "drone choreographer", "vibe engineer", "kelp farmer"];
const KNOWN_TITLES = ["nurse", "accountant", "software developer", "electrician", "teacher", "paralegal", "data scientist", "welder"];
const CHAT = [
  "the server is down again lol",
  "who's hosting game night this week",
  "driver update broke my gpu",
  "gm everyone",
  "my cook burned the rice again haha",
  "anyone watching the match tonight",
  "our agent in valorant is cracked",
  "the model keeps hallucinating",
];
const BACKSTORY = [
  "So I have been working in retail for about six years now and honestly it is wearing me down.",
  "My manager keeps adding shifts and the pay has not moved since before the pandemic.",
  "A friend of mine went back to school last year and seems much happier with her schedule.",
  "I have some savings, maybe enough for a year of classes, and my partner is supportive.",
  "I am not great at maths but I like helping people and I do not mind early mornings.",
  "Everyone in the group chat has an opinion and none of them agree with each other.",
];

/** One adjacent-letter swap in the longest word of at least six letters, or null. */
function withTypo(q: string): string | null {
  const words = q.split(" ");
  let at = -1;
  words.forEach((w, i) => {
    if (/^[a-z]{6,}$/i.test(w) && (at === -1 || w.length > words[at]!.length)) at = i;
  });
  if (at === -1) return null;
  const w = words[at]!;
  const k = Math.floor(w.length / 2);
  words[at] = w.slice(0, k - 1) + w[k] + w[k - 1] + w.slice(k + 1);
  return words.join(" ");
}

function longMessage(random: Random, question: string, index: number): string {
  let text = `(${index}) `;
  while (text.length < 1900) text += `${BACKSTORY[random.int(BACKSTORY.length)]} `;
  return `${text}${question}`.slice(0, 2000);
}

/** About 2,500 distinct questions; the same every run (seeded). */
export function questionMix(sets: Record<string, LabelledItem[]>, random: Random): MixItem[] {
  const seen = new Set<string>();
  const out: MixItem[] = [];
  const add = (q: string | null, kind: MixItem["kind"]) => {
    const one = q?.replace(/\n/g, " ").trim();
    if (!one || seen.has(one)) return;
    seen.add(one);
    out.push({ q: one, kind });
  };
  const labelled = Object.values(sets).flat();
  for (const item of labelled) add(item.q, item.intent === "none" ? "chit-chat" : "labelled");
  for (const item of labelled) if (item.intent !== "none") add(withTypo(item.q), "typo");
  for (const invented of INVENTED_TITLES)
    for (const known of KNOWN_TITLES) {
      add(`is a ${invented} paid more than a ${known}?`, "unknown title");
      add(`${known} vs ${invented} - which one needs a degree`, "unknown title");
    }
  CHAT.forEach((line, i) => KNOWN_TITLES.forEach((t, j) => add(`${line} (${i}${j}) and the ${t} said hi`, "chit-chat")));
  const questions = labelled.filter((i) => i.intent !== "none").map((i) => i.q.replace(/\n/g, " "));
  for (let i = 0; i < 60; i++) add(longMessage(random, questions[random.int(questions.length)]!, i), "long");
  for (let i = 0; i < 20; i++) add(longMessage(random, CHAT[i % CHAT.length]!, 100 + i), "long");
  return out;
}
