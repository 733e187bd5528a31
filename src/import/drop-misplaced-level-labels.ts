// ESCO's crosswalk sometimes files a level of a job under another occupation than the job itself:
// "senior data analyst" under office supervisors, "senior chef" under fast-food cooks, "senior
// physiotherapist" under emergency physicians. A member typing the level means the job, so such a
// label is dropped and the job's own title reads it (the parser sets the level word aside).
import type { Occupation } from "../knowledge/occupations-schema.js";
import { aliasKey } from "../text/normalize.js";

/** Words that say how far along a worker is, not what the work is ("assistant", "chief", "head" do). */
const LEVEL = /^(?:senior|junior|graduate|trainee|entry level|sr|jr) (.+)$/;

/** "CEO (Chief Executive Officer)" is also "CEO" and "Chief Executive Officer". */
const WITH_PARTS = /^(.+?)\s*\(([^()]+)\)\s*$/;

function keysOf(names: readonly string[]): string[] {
  const keys: string[] = [];
  for (const name of names) {
    keys.push(aliasKey(name));
    const parts = WITH_PARTS.exec(name);
    if (parts) keys.push(aliasKey(parts[1]!), aliasKey(parts[2]!));
  }
  return keys;
}

/** Every name but ESCO's: the titles O*NET and BLS give an occupation. */
function ownNames(o: Occupation): string[] {
  const { esco: _esco, ...others } = o.titles;
  return [o.singular, o.title, ...Object.values(others).flat()];
}

/**
 * Each occupation without the ESCO labels "<level> <job>" where the job is another occupation's
 * title (in O*NET or BLS) and none of this occupation's names.
 */
export function dropMisplacedLevelLabels(occupations: readonly Occupation[]): Occupation[] {
  const claimedBy = new Map<string, Set<string>>();
  for (const o of occupations)
    for (const key of keysOf(ownNames(o))) {
      let codes = claimedBy.get(key);
      if (!codes) claimedBy.set(key, (codes = new Set()));
      codes.add(o.code);
    }
  return occupations.map((o) => {
    const mine = new Set(keysOf([...ownNames(o), ...o.titles.esco]));
    const kept = o.titles.esco.filter((label) => {
      const job = LEVEL.exec(aliasKey(label))?.[1];
      return job === undefined || mine.has(job) || !claimedBy.has(job);
    });
    return kept.length === o.titles.esco.length ? o : { ...o, titles: { ...o.titles, esco: kept } };
  });
}
