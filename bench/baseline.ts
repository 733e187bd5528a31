// The naive baseline the engine is measured against: one fuse.js index over every title and alias,
// searched with the whole question; the distinct roles of the best hits are the roles, the count of
// roles is the intent, and a plain keyword lookup is the aspect. No cleaning, no typo model, no
// chit-chat detection: what a first attempt with an off-the-shelf fuzzy matcher looks like.
import Fuse from "fuse.js";
import { entryNames } from "../src/knowledge/role-entry.js";
import type { KnowledgeBase } from "../src/knowledge/knowledge-base.js";
import type { Prediction } from "./score.js";

/**
 * Hits scoring below this count (fuse: 0 is a perfect match, 1 none), from an index built with a
 * looser threshold. Both were picked on a grid (index 0.6/0.7/0.8, cut 0.3..0.8 in 0.05 steps) as
 * the pair giving the baseline its best dev accuracy, so the engine is not compared with a strawman.
 */
export const BASELINE_SCORE_THRESHOLD = 0.65;
const INDEX_THRESHOLD = 0.7;
const MAX_ROLES = 3;

const ASPECT_KEYWORDS: [string, string[]][] = [
  ["salary", ["salary", "salaries", "pay", "paid", "pays", "earn", "earns", "wage", "wages", "money", "make"]],
  ["requirements", ["degree", "education", "qualifications", "requirements", "certification", "experience", "become"]],
  ["skills", ["skill", "skills"]],
  ["duties", ["duties", "responsibilities", "tasks", "do"]],
  ["environment", ["environment", "hours", "remote", "schedule", "where"]],
  ["career", ["career", "promotion", "senior", "path"]],
];

export interface Baseline {
  ask: (text: string) => Prediction;
  readonly names: number;
}

export function createBaseline(knowledge: KnowledgeBase, threshold = BASELINE_SCORE_THRESHOLD): Baseline {
  const entries: { name: string; roleId: string }[] = [];
  for (const role of knowledge.roleList) for (const { name } of entryNames(role)) entries.push({ name, roleId: role.id });
  const fuse = new Fuse(entries, { keys: ["name"], includeScore: true, ignoreLocation: true, threshold: INDEX_THRESHOLD });
  return {
    names: entries.length,
    ask(text) {
      const roles: string[] = [];
      for (const hit of fuse.search(text)) {
        if ((hit.score ?? 1) >= threshold) break;
        if (!roles.includes(hit.item.roleId)) roles.push(hit.item.roleId);
        if (roles.length === MAX_ROLES) break;
      }
      const intent = roles.length >= 2 ? "compare" : roles.length === 1 ? "profile" : "none";
      if (intent === "none") return { intent, roles, aspect: null };
      const words = new Set(text.toLowerCase().split(/[^a-z]+/));
      const aspect = ASPECT_KEYWORDS.find(([, keywords]) => keywords.some((k) => words.has(k)))?.[0] ?? "overview";
      return { intent, roles, aspect };
    },
  };
}
