// PayChartSpec -> a Vega-Lite specification: per role a 10th–90th percentile line, a 25th–75th band
// and a median mark on one shared money axis, other sources' medians as diamonds, values as labels.
// Vega-Lite does the geometry (scales, axis, layout); this file only says what to draw and where.
// The specification names its data ("rows", "points") instead of holding it, so charts of the same
// shape (period, currency, footer) share one compiled Vega runtime and only the data changes.
import type { TopLevelSpec } from "vega-lite";
import { formatMoney, formatPercentile } from "../../answers/format-figures.js";
import { CHART_FONT_CSS_FAMILY } from "./chart-font.js";
import type { ChartValue, PayChartSpec } from "./pay-chart-spec.js";

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
  /** The drawing, with named data: the same for every chart of one shape. */
  spec: TopLevelSpec;
  /** The values for each named dataset. */
  data: { rows: RowDatum[]; points: { role: string; value: number; label: string }[] };
}

export function payChartVegaLite(spec: PayChartSpec): PayChartVega {
  const data = {
    rows: rowData(spec),
    points: spec.points.map((p) => ({ role: p.roleId, value: p.value, label: `${p.source}: ${money(p.value, spec.currency)}` })),
  };
  return { spec: drawing(spec, data.points.length > 0), data };
}

function drawing(spec: PayChartSpec, hasPoints: boolean): TopLevelSpec {
  const unit = spec.period === "hourly" ? "per hour" : "a year";
  const y = { field: "role", type: "nominal", sort: null, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } } as const;
  const x = (field: string) => ({ field, type: "quantitative" }) as const;
  const label = (dy: number, extra: Record<string, unknown> = {}) =>
    ({ type: "text", dy, baseline: "middle", fontSize: 17, color: CHART_COLORS.text, ...extra }) as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: CHART_WIDTH,
    height: { step: hasPoints ? ROW_STEP.withPoints : ROW_STEP.withoutPoints },
    autosize: { type: "fit-x", contains: "padding" },
    background: CHART_COLORS.background,
    padding: { left: 24, right: 24, top: 18, bottom: 14 },
    config: {
      font: CHART_FONT_CSS_FAMILY,
      view: { stroke: null },
      title: { color: CHART_COLORS.text, subtitleColor: CHART_COLORS.muted, fontSize: 22, subtitleFontSize: 15, anchor: "start", offset: 14 },
      axis: {
        labelColor: CHART_COLORS.muted,
        titleColor: CHART_COLORS.muted,
        gridColor: CHART_COLORS.grid,
        domain: false,
        tickColor: CHART_COLORS.grid,
        labelFontSize: 15,
      },
    },
    title: {
      text: `Pay ${unit} (${spec.currency})`,
      subtitle: `band: 25th–75th percentile · line: 10th–90th · white mark: median${hasPoints ? " · ◆ another source" : ""}`,
    },
    layer: [
      {
        data: { name: "rows" },
        encoding: {
          y,
          x: {
            ...x("p10"),
            title: spec.footer,
            // Pixel padding keeps the end labels inside the plot, so titles line up with the heading.
            scale: { zero: false, nice: false, padding: 72 },
            axis: {
              format: spec.period === "hourly" ? "$,.0f" : "$~s",
              tickCount: 5,
              titleFontSize: 13,
              titleFontWeight: "normal",
              titleAnchor: "start",
              titlePadding: 12,
              titleLimit: CHART_WIDTH,
            },
          },
        },
        layer: [
          { mark: { type: "rule", strokeWidth: 3, color: CHART_COLORS.whisker }, encoding: { x2: { field: "p90" } } },
          { mark: { type: "bar", height: 20, cornerRadius: 4, color: CHART_COLORS.band }, encoding: { x: x("p25"), x2: { field: "p75" } } },
          { mark: { type: "tick", thickness: 4, size: 30, color: CHART_COLORS.median }, encoding: { x: x("median") } },
          { mark: label(OFFSET.median, { fontWeight: "bold" }), encoding: { x: x("median"), text: { field: "medianLabel" } } },
          { mark: label(0, { align: "right", dx: -8, color: CHART_COLORS.muted }), encoding: { text: { field: "p10Label" } } },
          { mark: label(0, { align: "left", dx: 8, color: CHART_COLORS.muted }), encoding: { x: x("p90"), text: { field: "p90Label" } } },
          {
            mark: label(OFFSET.title, { fontSize: 20, fontWeight: "bold", align: "left", limit: CHART_WIDTH - 56 }),
            encoding: { x: { value: 0 }, text: { field: "title" } },
          },
        ],
      },
      {
        data: { name: "points" },
        encoding: { y, x: x("value") },
        layer: [
          { mark: { type: "point", shape: "diamond", filled: true, size: 180, color: CHART_COLORS.point, yOffset: OFFSET.point, opacity: 1 } },
          { mark: label(OFFSET.point, { align: "left", dx: 12, fontSize: 15, color: CHART_COLORS.point }), encoding: { text: { field: "label" } } },
        ],
      },
    ],
  };
}
