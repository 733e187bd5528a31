// The sources behind an answer, grouped by publisher, so one line names each publisher once
// ("U.S. Bureau of Labor Statistics (2025): 3 tables") instead of repeating it per table.
import type { SourceView } from "../answers/answer.js";
import { sourceYear } from "../answers/format-figures.js";

export interface SourceGroup {
  /** The publisher, or the title of a source that names none. */
  name: string;
  /** "2025", "2024–2025" or "accessed 2026". */
  years: string;
  sources: SourceView[];
}

export function groupSources(sources: readonly SourceView[]): SourceGroup[] {
  const groups = new Map<string, SourceView[]>();
  for (const s of sources) {
    const name = s.publisher ?? s.title;
    groups.set(name, [...(groups.get(name) ?? []), s]);
  }
  return [...groups].map(([name, list]) => {
    const years = [...new Set(list.map(sourceYear))].sort();
    return { name, years: years.length > 2 ? `${years[0]}–${years.at(-1)}` : years.join(", "), sources: list };
  });
}
