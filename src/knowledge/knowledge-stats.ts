// What the knowledge base holds, layer by layer: the summary `npm run validate-data` prints and the
// bot logs at start.
import { aliasKey } from "../text/normalize.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import { entryNames } from "./role-entry.js";

export interface KnowledgeStats {
  curatedRoles: number;
  aliases: number;
  comparisons: number;
  salaryFigures: number;
  occupations: number;
  /** Distinct names (titles, aliases, alternate, reported and ESCO titles) a member could type. */
  titles: number;
  /** Names claimed by more than one role: they resolve by evidence, not by a start-up error. */
  sharedTitles: number;
  releases: string[];
}

export function knowledgeStats(kb: KnowledgeBase): KnowledgeStats {
  let aliases = 0;
  let salaryFigures = 0;
  const owners = new Map<string, string | null>(); // name key -> its one role id, or null when shared
  for (const entry of kb.roleList) {
    if (entry.kind === "curated") {
      aliases += entry.role.aliases.length;
      salaryFigures += entry.role.salary.figures.length;
    }
    for (const { name } of entryNames(entry)) {
      const key = aliasKey(name);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, entry.id);
      else if (owner !== null && owner !== entry.id) owners.set(key, null);
    }
  }
  const sources = kb.imported?.sources;
  return {
    curatedRoles: kb.curatedCount,
    aliases,
    comparisons: kb.comparisonCount,
    salaryFigures,
    occupations: kb.occupationCount,
    titles: owners.size,
    sharedTitles: [...owners.values()].filter((o) => o === null).length,
    releases: sources
      ? [
          `O*NET ${sources.onet.version} (${sources.onet.release})`,
          `BLS OEWS ${sources.oews.release}`,
          `BLS Employment Projections ${sources.projections.release}`,
          ...(sources.esco ? [`ESCO ${sources.esco.release}`] : []),
        ]
      : [],
  };
}
