// A Vega specification with named data -> pixels, drawn by Vega's own canvas renderer onto a
// Skia canvas (@napi-rs/canvas, prebuilt per platform in the npm registry; no browser). Compiling a
// specification and building a View of it cost more than drawing, so each distinct specification
// gets one long-lived View (bounded in number) and each drawing only swaps its data in: Vega's
// dataflow then recomputes what depends on the data. Drawings on one View take turns, and each
// starts from the size the View was made with, so a picture never depends on the one drawn before.
// Each View also keeps one canvas and draws every picture on it: a canvas's pixels are native
// memory that V8 does not see, freed only when a garbage collection happens to finalize the
// canvas, so a fresh canvas per picture let resident memory climb by ~1 MB a chart.
import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { parse, View, type Runtime, type Spec } from "vega";
import { registerChartFont } from "./canvas-text.js";

/**
 * Distinct chart shapes are few (period x currency x footer x with points); this bounds them, and
 * their canvases (~1.2 MB each), anyway.
 */
const VIEW_LIMIT = 16;

/** The specification as Vega's dataflow description: done once per chart shape. */
export function parseChartSpec(spec: Spec): Runtime {
  return parse(spec);
}

/** A View, the width and height signals it starts with (autosize rewrites them on every run), its canvas. */
export interface ChartView {
  view: View;
  width: number;
  height: number;
  canvas: Canvas | null;
}

export function createView(runtime: Runtime): ChartView {
  const view = new View(runtime, { renderer: "none" });
  return { view, width: view.width(), height: view.height(), canvas: null };
}

/** The view's canvas at this size, blank and untransformed (Vega scales and translates it itself). */
function blankCanvas(chart: ChartView, width: number, height: number): Canvas {
  if (!chart.canvas) return (chart.canvas = createCanvas(width, height));
  const canvas = chart.canvas;
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

/**
 * Gives the view this data and draws it at `scale` device pixels per logical pixel, on the view's
 * own canvas: read it before the view draws again.
 */
export async function drawView(chart: ChartView, data: Record<string, readonly object[]>, scale: number): Promise<Canvas> {
  const { view, width: startWidth, height: startHeight } = chart;
  registerChartFont();
  // Fitting the width starts from the last run's result otherwise: the plot would come out a few
  // pixels narrower or wider depending on which chart this View drew before.
  view.width(startWidth).height(startHeight);
  for (const [name, values] of Object.entries(data)) view.data(name, values as object[]);
  await view.runAsync();
  const { width, height } = laidOutSize(view);
  const canvas = blankCanvas(chart, Math.round(width * scale), Math.round(height * scale));
  // Vega scales and translates this context itself, then paints the background and the marks.
  await view.toCanvas(scale, { externalContext: canvas.getContext("2d") });
  return canvas;
}

/** Draws a specification with its data and hands back what `read` takes from the picture. */
export type VegaRenderer<T> = (spec: Spec, data: Record<string, readonly object[]>, scale: number) => Promise<T>;

interface Shape {
  view: ChartView;
  /** The drawing in progress on this view, if any: the next one waits for it. */
  turn: Promise<unknown>;
}

/**
 * `read` gets the canvas while it is this drawing's turn (e.g. to encode it; the turn lasts until
 * a promise it returns settles), and must not keep it.
 */
export function createVegaRenderer<T>(read: (canvas: Canvas) => T | Promise<T>, limit = VIEW_LIMIT): VegaRenderer<T> {
  const shapes = new Map<string, Shape>();
  const retire = (shape: Shape) => void shape.turn.finally(() => shape.view.view.finalize());
  return (spec, data, scale) => {
    const key = JSON.stringify(spec);
    let shape = shapes.get(key);
    if (shape) shapes.delete(key);
    else {
      shape = { view: createView(parseChartSpec(spec)), turn: Promise.resolve() };
      if (shapes.size >= limit) {
        const oldest = shapes.keys().next().value!;
        retire(shapes.get(oldest)!);
        shapes.delete(oldest);
      }
    }
    shapes.set(key, shape);
    const current = shape;
    const drawing = current.turn.then(async () => read(await drawView(current.view, data, scale)));
    current.turn = drawing.catch(() => {
      // A view that failed half-way may hold a half-updated dataflow: the next drawing starts afresh.
      if (shapes.get(key) === current) shapes.delete(key);
      retire(current);
    });
    return drawing;
  };
}
