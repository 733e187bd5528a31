// Answer -> pay chart PNG, cached by (roles, release, units) in a cache bounded in bytes. The drawing
// step is injectable: the bot draws in a renderer process (chart-process-drawer.ts), the CLI in
// process, tests make it fail. Callers treat a failure as "no chart", never as no answer.
import type { Answer } from "../../answers/answer.js";
import { isPayAnswer, payChartKey, payChartSpec, type ChartPeriod, type PayChartSpec } from "./pay-chart-spec.js";
import { payChartVega } from "./pay-chart-vega.js";
import { canvasToPng, PNG_SCALE } from "./canvas-to-png.js";
import { warmUpSpecs } from "./chart-warm-up.js";
import type { VegaRenderer } from "./vega-to-canvas.js";

export const PAY_CHART_FILE_NAME = "pay-chart.png";

export interface PayChart {
  spec: PayChartSpec;
  png: Buffer;
}

export type DrawPayChart = (spec: PayChartSpec) => Promise<Buffer>;

// Vega and the canvas library are loaded on first use, so start-up does not pay for them.
let vegaToPng: Promise<VegaRenderer<Buffer>> | undefined;

/** Spec -> Vega (parsed once per chart shape) -> canvas -> PNG. */
export const drawPayChart: DrawPayChart = async (spec) => {
  vegaToPng ??= import("./vega-to-canvas.js").then((m) => m.createVegaRenderer(canvasToPng));
  const chart = payChartVega(spec);
  return (await vegaToPng)(chart.spec, chart.data, PNG_SCALE, chart.signals);
};

export interface PayChartRenderer {
  /** The chart for a pay answer, or null when the answer is not about pay. Rejects when drawing fails. */
  render(answer: Answer, options?: { period?: ChartPeriod | null }): Promise<PayChart | null>;
  /** Draws one invented chart per shape, uncached, so no member's chart pays for first use. Rejects when drawing fails. */
  warm?(): Promise<void>;
  /** Lets go of what drawing holds (the renderer process, when charts are drawn out of process). */
  close?(): Promise<void>;
}

/** Every pair and trio people actually ask about, at ~50–70 KB a picture. */
const DEFAULT_CACHE_SIZE = 200;
/**
 * What the cached pictures may hold in all, whatever their number: ~80 pictures. Kept in resident
 * memory, so it is most of what the chart renderer adds as a bot runs (8 MB filled up over the
 * 10,000-event soak); a picture that fell out is drawn again in ~15 ms of CPU.
 */
const DEFAULT_CACHE_BYTES = 4 * 1024 * 1024;

export interface PayChartRendererOptions {
  cacheSize?: number;
  cacheBytes?: number;
  /** Default: drawPayChart, in this process (the bot draws in a renderer process: chart-process-drawer.ts). */
  draw?: DrawPayChart;
  /** Called by the renderer's close(), e.g. to stop the renderer process. */
  close?: () => Promise<void>;
}

export function createPayChartRenderer(options: PayChartRendererOptions = {}): PayChartRenderer {
  const limit = Math.max(1, options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const byteLimit = Math.max(0, options.cacheBytes ?? DEFAULT_CACHE_BYTES);
  const draw = options.draw ?? drawPayChart;
  const close = options.close;
  // Promises, so two requests for one chart at the same moment draw it once. Map order is use order.
  const cache = new Map<string, { png: Promise<Buffer>; bytes: number }>();
  let bytes = 0;
  const forget = (key: string) => {
    bytes -= cache.get(key)?.bytes ?? 0;
    cache.delete(key);
  };
  /** Drops the least recently used pictures until both bounds hold; `keep` (just drawn) stays. */
  const trim = (keep: string) => {
    for (const key of cache.keys()) {
      if (cache.size <= limit && bytes <= byteLimit) break;
      if (key !== keep) forget(key);
    }
  };
  return {
    ...(close ? { close } : {}),
    async warm() {
      for (const spec of warmUpSpecs()) await draw(spec);
    },
    async render(answer, { period } = {}) {
      if (!isPayAnswer(answer)) return null;
      const spec = payChartSpec(answer, { period: period ?? null });
      const key = payChartKey(spec);
      let entry = cache.get(key);
      if (entry) cache.delete(key);
      else {
        const png = draw(spec);
        entry = { png, bytes: 0 };
        const drawn = entry;
        png.then(
          (buffer) => {
            if (cache.get(key) !== drawn) return;
            drawn.bytes = buffer.byteLength;
            bytes += drawn.bytes;
            trim(key);
          },
          () => cache.get(key) === drawn && forget(key),
        );
      }
      cache.set(key, entry);
      trim(key);
      return { spec, png: await entry.png };
    },
  };
}
