// Counts printed after an import (and by the integration test): what the compiled file holds.
import type { OccupationsFile } from "../knowledge/occupations-schema.js";

export interface ImportStats {
  occupations: number;
  withRatings: number;
  titles: Record<"alternate" | "short" | "reported" | "myNextMove" | "esco", number>;
  /** Distinct titles (any kind, case-insensitive) that more than one occupation lists. */
  sharedTitles: number;
  wageSeries: number;
  withWages: number;
  broadFallbacks: number;
  withoutWages: number;
  withProjection: number;
  aggregateProjections: number;
  topCodedValues: number;
  escoCodesNotInCsv: number;
}

export function importStats(file: OccupationsFile, extra: { topCoded: number; escoUnmatched: number }): ImportStats {
  const titles = { alternate: 0, short: 0, reported: 0, myNextMove: 0, esco: 0 };
  const owners = new Map<string, Set<string>>();
  for (const occupation of file.occupations) {
    for (const kind of Object.keys(titles) as (keyof typeof titles)[]) {
      const list = occupation.titles[kind];
      titles[kind] += list.length;
      for (const title of list) {
        const key = title.toLowerCase();
        let set = owners.get(key);
        if (!set) owners.set(key, (set = new Set()));
        set.add(occupation.code);
      }
    }
  }
  const count = (test: (o: OccupationsFile["occupations"][number]) => boolean) => file.occupations.filter(test).length;
  return {
    occupations: file.occupations.length,
    withRatings: count((o) => o.hasRatings),
    titles,
    sharedTitles: [...owners.values()].filter((s) => s.size > 1).length,
    wageSeries: Object.keys(file.wageSeries).length,
    withWages: count((o) => o.wages !== null),
    broadFallbacks: count((o) => o.wages?.fallback === "broad"),
    withoutWages: count((o) => o.wages === null),
    withProjection: count((o) => o.projection !== null),
    aggregateProjections: count((o) => o.projection?.aggregate === true),
    topCodedValues: extra.topCoded,
    escoCodesNotInCsv: extra.escoUnmatched,
  };
}
