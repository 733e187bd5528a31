// Answer -> pay chart PNG, cached by (roles, release, units) in a bounded cache. The drawing step
// is injectable so tests can make it fail; callers treat a failure as "no chart", never as no answer.
import type { TopLevelSpec } from "vega-lite";
import type { Answer } from "../../answers/answer.js";
import { isPayAnswer, payChartKey, payChartSpec, type ChartPeriod, type PayChartSpec } from "./pay-chart-spec.js";
import { payChartVegaLite } from "./pay-chart-vega.js";
import { svgToPng } from "./svg-to-png.js";

export const PAY_CHART_FILE_NAME = "pay-chart.png";

export interface PayChart {
  spec: PayChartSpec;
  png: Buffer;
}

export type DrawPayChart = (spec: PayChartSpec) => Promise<Buffer>;

// Vega-Lite is loaded on first use. It patches Set.prototype.toJSON for the whole process, and
// discord.js's inspector fails to load after that patch (seen under vitest): loaded lazily, it always
// comes after discord.js, and start-up does not pay for it.
let vegaLiteToSvg: Promise<(spec: TopLevelSpec, data: Record<string, readonly object[]>) => Promise<string>> | undefined;

/** Spec -> Vega-Lite (compiled once per chart shape) -> SVG -> PNG. */
export const drawPayChart: DrawPayChart = async (spec) => {
  vegaLiteToSvg ??= import("./vega-to-svg.js").then((m) => m.createVegaLiteSvgRenderer());
  const chart = payChartVegaLite(spec);
  return svgToPng(await (await vegaLiteToSvg)(chart.spec, chart.data));
};

export interface PayChartRenderer {
  /** The chart for a pay answer, or null when the answer is not about pay. Rejects when drawing fails. */
  render(answer: Answer, options?: { period?: ChartPeriod | null }): Promise<PayChart | null>;
}

/** Enough for every pair and trio people actually ask about, at ~80 KB a picture (~16 MB at most). */
const DEFAULT_CACHE_SIZE = 200;

export function createPayChartRenderer(options: { cacheSize?: number; draw?: DrawPayChart } = {}): PayChartRenderer {
  const limit = Math.max(1, options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const draw = options.draw ?? drawPayChart;
  // Promises, so two requests for one chart at the same moment draw it once. Map order is use order.
  const cache = new Map<string, Promise<Buffer>>();
  return {
    async render(answer, { period } = {}) {
      if (!isPayAnswer(answer)) return null;
      const spec = payChartSpec(answer, { period: period ?? null });
      const key = payChartKey(spec);
      let png = cache.get(key);
      if (png) cache.delete(key);
      else {
        png = draw(spec);
        png.catch(() => cache.get(key) === png && cache.delete(key));
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      }
      cache.set(key, png);
      return { spec, png: await png };
    },
  };
}
