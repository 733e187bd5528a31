// PayChartSpec -> a Vega specification: per role a 10th–90th percentile line, a 25th–75th band and a
// median mark on one shared money axis, other sources' medians as diamonds, values as labels. Vega
// does the geometry (scales, axis, layout); this file only says what to draw and where. Written in
// Vega itself, not Vega-Lite: compiling Vega-Lite at run time cost ~3 MB of resident memory for the
// compiler and a slow first chart per shape, and its output computed an ARIA description string for
// every mark on every chart, which a PNG never shows. (It draws the same pixels Vega-Lite's did.)
// The specification names its data ("rows", "points") and takes its heading and footer as signals
// instead of holding them, so charts of one shape (period, with or without another source's points)
// share one parsed Vega runtime and View, and only the data and the two texts change.
import type { Data, Spec, TextEncodeEntry } from "vega";
import { formatMoney, formatPercentile } from "../../answers/format-figures.js";
import { CHART_FONT_CSS_FAMILY } from "./chart-font.js";
import type { ChartPeriod, ChartValue, PayChartSpec } from "./pay-chart-spec.js";

/** Logical width, padding and labels included (Vega fits the plot inside it); see PNG_SCALE for pixels. */
export const CHART_WIDTH = 560;
/**
 * Each role is one band of the y scale, laid out around its centre line (the range): the title
 * 42 px above, the median label 22 px above, another source's point 28 px below when there is one.
 */
const ROW_STEP = { withPoints: 104, withoutPoints: 84 };
const OFFSET = { title: -42, median: -22, point: 28 };

/** An opaque dark card: reads the same on Discord's dark and light themes. */
export const CHART_COLORS = {
  background: "#1e1f22",
  text: "#f2f3f5",
  muted: "#b5bac1",
  grid: "#3a3c42",
  whisker: "#949ba4",
  band: "#2ecc71",
  median: "#ffffff",
  point: "#fee75c",
} as const;

interface RowDatum {
  role: string;
  title: string;
  p10?: number;
  p25?: number;
  median?: number;
  p75?: number;
  p90?: number;
  p10Label?: string;
  p90Label?: string;
  medianLabel?: string;
}

const money = (value: number, currency: string) => formatMoney(value, currency);
const percentile = (v: ChartValue, currency: string) => formatPercentile(v.atLeast ? { atLeast: v.value } : v.value, currency);

function rowData(spec: PayChartSpec): RowDatum[] {
  return spec.rows.map((r) => ({
    role: r.roleId,
    title: r.median === undefined && !r.p10 ? `${r.title}: no ${spec.period} figures` : r.indicative ? `${r.title} (indicative)` : r.title,
    ...(r.p10 ? { p10: r.p10.value, p10Label: percentile(r.p10, spec.currency) } : {}),
    ...(r.p25 ? { p25: r.p25.value } : {}),
    ...(r.median !== undefined ? { median: r.median, medianLabel: `median ${money(r.median, spec.currency)}` } : {}),
    ...(r.p75 ? { p75: r.p75.value } : {}),
    ...(r.p90 ? { p90: r.p90.value, p90Label: percentile(r.p90, spec.currency) } : {}),
  }));
}

export interface PayChartVega {
  /** The drawing, with named data and signals: the same for every chart of one shape. */
  spec: Spec;
  /** The values for each named dataset. */
  data: { rows: RowDatum[]; points: { role: string; value: number; label: string }[] };
  /** The texts of this chart: its heading (with the currency) and its footer (the sources). */
  signals: { heading: string; footer: string };
}

export function payChartVega(spec: PayChartSpec): PayChartVega {
  const data = {
    rows: rowData(spec),
    points: spec.points.map((p) => ({ role: p.roleId, value: p.value, label: `${p.source}: ${money(p.value, spec.currency)}` })),
  };
  const unit = spec.period === "hourly" ? "per hour" : "a year";
  return { spec: drawing(spec.period, data.points.length > 0), data, signals: { heading: `Pay ${unit} (${spec.currency})`, footer: spec.footer } };
}

/** Rows that have this field, as numbers: a mark drawn from it skips the roles without it. */
const having = (name: string, source: string, field: string): Data => ({
  name,
  source,
  transform: [{ type: "filter", expr: `isValid(datum.${field}) && isFinite(+datum.${field})` }],
});
const Y_MIDDLE = { scale: "y", field: "role", band: 0.5 } as const;
const xAt = (field: string) => ({ scale: "x", field }) as const;
const label = (dy: number, extra: TextEncodeEntry = {}): TextEncodeEntry => ({
  baseline: { value: "middle" },
  dy: { value: dy },
  fontSize: { value: 17 },
  fill: { value: CHART_COLORS.text },
  y: Y_MIDDLE,
  ...extra,
});

function drawing(period: ChartPeriod, hasPoints: boolean): Spec {
  const font = { font: CHART_FONT_CSS_FAMILY };
  return {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    autosize: { type: "fit-x", contains: "padding" },
    background: CHART_COLORS.background,
    padding: { left: 24, right: 24, top: 18, bottom: 14 },
    width: CHART_WIDTH,
    title: {
      anchor: "start",
      offset: 14,
      text: { signal: "heading" },
      subtitle: `band: 25th–75th percentile · line: 10th–90th · white mark: median${hasPoints ? " · ◆ another source" : ""}`,
    },
    style: "cell",
    data: [
      { name: "rows" },
      { name: "points" },
      having("withP10", "rows", "p10"),
      having("withP25", "rows", "p25"),
      having("withMedian", "rows", "median"),
      having("withP90", "rows", "p90"),
      having("pointValues", "points", "value"),
    ],
    // One band of the y scale per role, each ROW_STEP tall: the picture grows with the roles.
    signals: [
      { name: "y_step", value: hasPoints ? ROW_STEP.withPoints : ROW_STEP.withoutPoints },
      { name: "heading", value: "" },
      { name: "footer", value: "" },
      { name: "height", update: "bandspace(domain('y').length, 0, 0) * y_step" },
    ],
    marks: [
      {
        type: "rule",
        from: { data: "withP10" },
        encode: { update: { strokeWidth: { value: 3 }, stroke: { value: CHART_COLORS.whisker }, x: xAt("p10"), x2: xAt("p90"), y: Y_MIDDLE } },
      },
      {
        type: "rect",
        from: { data: "withP25" },
        encode: {
          update: { cornerRadius: { value: 4 }, fill: { value: CHART_COLORS.band }, x: xAt("p25"), x2: xAt("p75"), yc: Y_MIDDLE, height: { value: 20 } },
        },
      },
      {
        type: "rect",
        from: { data: "withMedian" },
        encode: {
          update: {
            opacity: { value: 0.7 },
            fill: { value: CHART_COLORS.median },
            xc: xAt("median"),
            width: { value: 4 },
            yc: Y_MIDDLE,
            height: { value: 30 },
          },
        },
      },
      {
        type: "text",
        style: ["text"],
        from: { data: "withMedian" },
        encode: {
          update: label(OFFSET.median, { fontWeight: { value: "bold" }, x: xAt("median"), text: { field: "medianLabel" }, align: { value: "center" } }),
        },
      },
      {
        type: "text",
        style: ["text"],
        from: { data: "withP10" },
        encode: {
          update: label(0, { align: { value: "right" }, dx: { value: -8 }, fill: { value: CHART_COLORS.muted }, x: xAt("p10"), text: { field: "p10Label" } }),
        },
      },
      {
        type: "text",
        style: ["text"],
        from: { data: "withP90" },
        encode: {
          update: label(0, { align: { value: "left" }, dx: { value: 8 }, fill: { value: CHART_COLORS.muted }, x: xAt("p90"), text: { field: "p90Label" } }),
        },
      },
      {
        type: "text",
        style: ["text"],
        from: { data: "rows" },
        encode: {
          update: label(OFFSET.title, {
            align: { value: "left" },
            limit: { value: CHART_WIDTH - 56 },
            fontSize: { value: 20 },
            fontWeight: { value: "bold" },
            x: { value: 0 },
            text: { field: "title" },
          }),
        },
      },
      {
        type: "symbol",
        from: { data: "pointValues" },
        encode: {
          update: {
            opacity: { value: 1 },
            size: { value: 180 },
            shape: { value: "diamond" },
            fill: { value: CHART_COLORS.point },
            x: xAt("value"),
            y: { ...Y_MIDDLE, offset: OFFSET.point },
          },
        },
      },
      {
        type: "text",
        style: ["text"],
        from: { data: "pointValues" },
        encode: {
          update: label(OFFSET.point, {
            align: { value: "left" },
            dx: { value: 12 },
            fontSize: { value: 15 },
            fill: { value: CHART_COLORS.point },
            x: xAt("value"),
            text: { field: "label" },
          }),
        },
      },
    ],
    scales: [
      {
        name: "x",
        type: "linear",
        domain: {
          fields: [
            { data: "withP10", field: "p10" },
            { data: "withP10", field: "p90" },
            { data: "withP25", field: "p25" },
            { data: "withP25", field: "p75" },
            { data: "withMedian", field: "median" },
            { data: "withP90", field: "p90" },
            { data: "pointValues", field: "value" },
          ],
        },
        range: [0, { signal: "width" }],
        nice: false,
        zero: false,
        // Pixel padding keeps the end labels inside the plot, so titles line up with the heading.
        padding: 72,
      },
      {
        name: "y",
        type: "band",
        domain: {
          fields: [
            { data: "withP10", field: "role" },
            { data: "withP25", field: "role" },
            { data: "withMedian", field: "role" },
            { data: "withP90", field: "role" },
            { data: "rows", field: "role" },
            { data: "pointValues", field: "role" },
          ],
        },
        range: { step: { signal: "y_step" } },
        paddingInner: 0,
        paddingOuter: 0,
      },
    ],
    axes: [
      // The grid lines, then the labelled axis with the footer as its title.
      {
        scale: "x",
        orient: "bottom",
        tickCount: 5,
        gridScale: "y",
        grid: true,
        domain: false,
        labels: false,
        maxExtent: 0,
        minExtent: 0,
        ticks: false,
        zindex: 0,
      },
      {
        scale: "x",
        orient: "bottom",
        grid: false,
        title: { signal: "footer" },
        format: period === "hourly" ? "$,.0f" : "$~s",
        tickCount: 5,
        titleAnchor: "start",
        titleFontSize: 13,
        titleFontWeight: "normal",
        titleLimit: CHART_WIDTH,
        titlePadding: 12,
        labelFlush: true,
        labelOverlap: true,
        zindex: 0,
      },
    ],
    config: {
      axis: {
        labelColor: CHART_COLORS.muted,
        titleColor: CHART_COLORS.muted,
        gridColor: CHART_COLORS.grid,
        domain: false,
        tickColor: CHART_COLORS.grid,
        labelFontSize: 15,
      },
      style: {
        "guide-label": font,
        "guide-title": font,
        "group-title": { ...font, fontSize: 22, fill: CHART_COLORS.text },
        "group-subtitle": font,
        cell: { stroke: null },
        text: font,
      },
      title: { subtitleColor: CHART_COLORS.muted, subtitleFontSize: 15 },
    },
  };
}
