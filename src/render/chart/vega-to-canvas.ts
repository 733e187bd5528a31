// A Vega specification with named data and signals -> pixels, drawn by Vega's own canvas renderer
// onto a Skia canvas (@napi-rs/canvas, prebuilt per platform in the npm registry; no browser).
// Parsing a specification and building a View of it cost more than drawing, so each distinct
// specification gets one long-lived View (bounded in number) and each drawing only swaps its data
// and signals in: Vega's dataflow then recomputes what depends on them. Each drawing starts from the
// size the View was made with, so a picture never depends on the one drawn before.
// All Views of a renderer draw, in turn, on one canvas: a canvas's pixels (~1.2 MB) are native
// memory that V8 does not see, freed only when a garbage collection happens to finalize the canvas,
// so a fresh canvas per picture let resident memory climb by ~1 MB a chart, and one per View cost
// ~1.2 MB per shape for no gain (drawing is on the main thread anyway; only encoding is not).
import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { parse, View, type Runtime, type Spec } from "vega";
import { registerChartFont } from "./canvas-text.js";

/** The pay chart has four shapes (annual or hourly, with or without points); this bounds Views anyway. */
const VIEW_LIMIT = 8;

/** The specification as Vega's dataflow description: done once per chart shape. */
export function parseChartSpec(spec: Spec): Runtime {
  return parse(spec);
}

/** Where drawings go: one canvas, created on first use, that Views can share. */
export interface Surface {
  canvas: Canvas | null;
}

/** A View, the width and height signals it starts with (autosize rewrites them on every run), the surface it draws on. */
export interface ChartView {
  view: View;
  width: number;
  height: number;
  surface: Surface;
}

export function createView(runtime: Runtime, surface: Surface = { canvas: null }): ChartView {
  const view = new View(runtime, { renderer: "none" });
  return { view, width: view.width(), height: view.height(), surface };
}

/** The surface's canvas at this size, blank and untransformed (Vega scales and translates it itself). */
function blankCanvas(surface: Surface, width: number, height: number): Canvas {
  if (!surface.canvas) return (surface.canvas = createCanvas(width, height));
  const canvas = surface.canvas;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext("2d");
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  return canvas;
}

/**
 * The picture's size in logical pixels once laid out, padding included: what Vega's own headless
 * renderers use (vega-view's width(view) and height(view), which it does not export).
 */
function laidOutSize(view: View): { width: number; height: number } {
  const inner = view as unknown as { _viewWidth: number; _viewHeight: number };
  const pad = view.padding() as { left: number; right: number; top: number; bottom: number };
  const width = inner._viewWidth + pad.left + pad.right;
  const height = inner._viewHeight + pad.top + pad.bottom;
  if (!(width > 0 && height > 0)) throw new Error(`the chart laid out to no area (${width}×${height})`);
  return { width, height };
}

/** Values for named data sets, and for signals the specification declares. */
export type ChartData = Record<string, readonly object[]>;
export type ChartSignals = Record<string, unknown>;

/**
 * Gives the view this data and these signals and draws it at `scale` device pixels per logical
 * pixel, on the view's surface: read the canvas before anything draws on that surface again.
 */
export async function drawView(chart: ChartView, data: ChartData, scale: number, signals: ChartSignals = {}): Promise<Canvas> {
  const { view, width: startWidth, height: startHeight } = chart;
  registerChartFont();
  // Fitting the width starts from the last run's result otherwise: the plot would come out a few
  // pixels narrower or wider depending on which chart this View drew before.
  view.width(startWidth).height(startHeight);
  for (const [name, value] of Object.entries(signals)) view.signal(name, value);
  for (const [name, values] of Object.entries(data)) view.data(name, values as object[]);
  await view.runAsync();
  const { width, height } = laidOutSize(view);
  const canvas = blankCanvas(chart.surface, Math.round(width * scale), Math.round(height * scale));
  // Vega scales and translates this context itself, then paints the background and the marks.
  await view.toCanvas(scale, { externalContext: canvas.getContext("2d") });
  return canvas;
}

/** Draws a specification with its data and signals and hands back what `read` takes from the picture. */
export type VegaRenderer<T> = (spec: Spec, data: ChartData, scale: number, signals?: ChartSignals) => Promise<T>;

/**
 * `read` gets the canvas while it is this drawing's turn (e.g. to encode it; the turn lasts until
 * a promise it returns settles), and must not keep it. Drawings take turns on the one canvas.
 */
export function createVegaRenderer<T>(read: (canvas: Canvas) => T | Promise<T>, limit = VIEW_LIMIT): VegaRenderer<T> {
  const views = new Map<string, ChartView>();
  const surface: Surface = { canvas: null };
  /** The drawing in progress, if any: the next one waits for it. */
  let turn: Promise<unknown> = Promise.resolve();
  return (spec, data, scale, signals = {}) => {
    const drawing = turn.then(async () => {
      const key = JSON.stringify(spec);
      let chart = views.get(key);
      if (chart) views.delete(key);
      else {
        chart = createView(parseChartSpec(spec), surface);
        if (views.size >= limit) {
          const oldest = views.keys().next().value!;
          views.get(oldest)!.view.finalize();
          views.delete(oldest);
        }
      }
      views.set(key, chart);
      try {
        return await read(await drawView(chart, data, scale, signals));
      } catch (error) {
        // A view that failed half-way may hold a half-updated dataflow: the next drawing starts afresh.
        if (views.get(key) === chart) views.delete(key);
        chart.view.finalize();
        throw error;
      }
    });
    turn = drawing.catch(() => {});
    return drawing;
  };
}
