// A salary figure as short lines of text, shared by the terminal and Discord renderers.
import type { FigureView } from "../answers/answer.js";
import { figureAttribution, formatMoney, formatPercentile, formatRange } from "../answers/format-figures.js";

export function figureLines(figure: FigureView): string[] {
  const c = figure.currency;
  const parts: string[] = [];
  if (figure.median !== undefined) parts.push(`median ${formatMoney(figure.median, c)}`);
  if (figure.entry) parts.push(`starting ${formatRange(figure.entry, c)}`);
  if (figure.experienced) parts.push(`experienced ${formatRange(figure.experienced, c)}`);
  const p = figure.percentiles;
  if (p?.p10 !== undefined && p.p90 !== undefined) parts.push(`10th–90th percentile ${formatPercentile(p.p10, c)}–${formatPercentile(p.p90, c)}`);
  else if (figure.mean !== undefined) parts.push(`mean ${formatMoney(figure.mean, c)}`);
  const period = figure.period === "hourly" ? "hourly" : "a year";
  const lines = [`${parts.join(" · ")} ${period} (${figure.region}, ${figureAttribution(figure)}${figure.indicative ? ", indicative" : ""})`];
  if (figure.series) lines.push(`series ${figure.series.code} ${figure.series.title}`);
  if (figure.note) lines.push(figure.note);
  return lines;
}
