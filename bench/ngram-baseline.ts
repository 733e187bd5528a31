// The naive baseline the engine is measured against, at the same scale: what a developer would
// write first. One fuse.js index over every distinct title, searched with every 1-3-word n-gram of
// the question; the best hits that do not overlap are the roles, their count is the intent, and a
// keyword lookup is the aspect. No typo model beyond fuse's own, no chit-chat rules.
import Fuse from "fuse.js";
import type { KnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { entryNames } from "../src/knowledge/role-entry.js";

/** fuse scores run from 0 (exact) to 1; a hit must score below a threshold to count, tuned by the bench on the questions asked. */
export const HIT_THRESHOLDS = [0.001, 0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const MAX_ROLES = 3;

const ASPECT_KEYWORDS: [string, string[]][] = [
  ["salary", ["salary", "salaries", "pay", "paid", "pays", "earn", "earns", "wage", "wages", "money", "make"]],
  ["requirements", ["degree", "education", "qualifications", "requirements", "certification", "experience", "become"]],
  ["skills", ["skill", "skills"]],
  ["duties", ["duties", "responsibilities", "tasks", "do"]],
  ["environment", ["environment", "hours", "remote", "schedule", "where"]],
  ["career", ["career", "promotion", "senior", "path"]],
  ["outlook", ["outlook", "demand", "growth", "jobs"]],
];

export interface BaselinePrediction {
  intent: string;
  roles: string[];
  codes: (string | null)[];
  aspect: string | null;
}

/** The best title for one n-gram of the question: what the expensive part (the fuse.js searches) finds. */
export interface NgramHit {
  start: number;
  end: number;
  score: number;
  roleId: string;
}

export interface NgramSearch {
  words: string[];
  hits: NgramHit[];
}

export interface NgramBaseline {
  titles: number;
  /** Every 1-3-word n-gram searched, its best title kept (the cost); `stopAt` (ms since epoch) ends a long message early. */
  /**
   * `costUs`: the CPU time the searches take without a memo, each search timed once. The bench
   * repeats n-grams across questions ("what is the", "vs"), so a memo lets it cover more questions
   * in its time without changing any result or cost figure.
   */
  search(text: string, stopAt?: number): NgramSearch & { complete: boolean; searched: number; total: number; costUs: number };
  /** The decision on the hits: those under the threshold, best first, that do not overlap; roles in order of position. */
  decide(found: NgramSearch, threshold: number): BaselinePrediction;
}

export function createNgramBaseline(knowledge: KnowledgeBase): NgramBaseline {
  const byName = new Map<string, string>();
  for (const role of knowledge.roleList) for (const { name } of entryNames(role)) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), role.id);
  const titles = [...byName].map(([name, roleId]) => ({ name, roleId }));
  const fuse = new Fuse(titles, { keys: ["name"], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const memo = new Map<string, { best?: { score: number; roleId: string }; costUs: number }>();
  return {
    titles: titles.length,
    search(text, stopAt = Infinity) {
      const words = text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      const hits: NgramHit[] = [];
      const total = [1, 2, 3].reduce((sum, n) => sum + Math.max(0, words.length - n + 1), 0);
      let searched = 0;
      let costUs = 0;
      for (let n = 3; n >= 1; n--)
        for (let i = 0; i + n <= words.length; i++) {
          if (Date.now() >= stopAt) return { words, hits, complete: false, searched, total, costUs };
          searched++;
          const pattern = words.slice(i, i + n).join(" ");
          let found = memo.get(pattern);
          if (!found) {
            const cpu = process.cpuUsage();
            const best = fuse.search(pattern, { limit: 1 })[0];
            const used = process.cpuUsage(cpu);
            memo.set(pattern, (found = { best: best ? { score: best.score ?? 1, roleId: best.item.roleId } : undefined, costUs: used.user + used.system }));
          }
          costUs += found.costUs;
          if (found.best) hits.push({ start: i, end: i + n, ...found.best });
        }
      return { words, hits, complete: true, searched, total, costUs };
    },
    decide({ words, hits }, threshold) {
      const under = hits.filter((h) => h.score < threshold).sort((a, b) => a.score - b.score || b.end - b.start - (a.end - a.start));
      const taken: NgramHit[] = [];
      for (const h of under) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
      const roles = [...new Set(taken.sort((a, b) => a.start - b.start).map((h) => h.roleId))].slice(0, MAX_ROLES);
      const intent = roles.length >= 2 ? "compare" : roles.length === 1 ? "profile" : "none";
      const codes = roles.map((id) => knowledge.getRole(id)?.code ?? null);
      if (intent === "none") return { intent, roles, codes, aspect: null };
      const set = new Set(words);
      const aspect = ASPECT_KEYWORDS.find(([, keys]) => keys.some((k) => set.has(k)))?.[0] ?? "overview";
      return { intent, roles, codes, aspect };
    },
  };
}
