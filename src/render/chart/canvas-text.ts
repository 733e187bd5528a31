// Text on the chart's canvas: the packaged font is registered once per process (Skia keeps it
// parsed for every later drawing), and Vega measures text on a canvas with that same font, so
// labels are laid out at the width they are drawn.
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import * as vega from "vega";
import { CHART_FONT_FILES } from "./chart-font.js";
let registered = false;

/** Loads the chart's font files into the canvas library, once. Throws when a file cannot be read. */
export function registerChartFont(): void {
  if (registered) return;
  for (const file of CHART_FONT_FILES) {
    if (!GlobalFonts.registerFromPath(file)) throw new Error(`chart font could not be loaded: ${file}`);
  }
  registered = true;
}

interface TextItem {
  fontSize?: number;
  font?: string;
}
// (vega exports font and textMetrics from vega-scenegraph at run time; its typings omit them.)
const scenegraph = vega as unknown as {
  font: (item: TextItem) => string;
  textMetrics: { width: (item: TextItem, text: string) => number };
};

const measuring = createCanvas(1, 1).getContext("2d");
const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 5000;

/** Width in pixels of `text` in a CSS font (e.g. "bold 20px 'Source Sans 3'"), as the canvas draws it. */
export function measureText(text: string, cssFont: string): number {
  registerChartFont();
  const key = `${cssFont}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measuring.font = cssFont;
    width = measuring.measureText(text).width;
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(key, width);
  }
  return width;
}

// Without node-canvas Vega guesses 0.8 em per character, far too wide for this font: labels would be
// cut short and the picture padded. Vega reads a user-defined textMetrics.width when one is set.
scenegraph.textMetrics.width = (item, text) => ((item.fontSize ?? 11) <= 0 ? 0 : measureText(String(text ?? ""), scenegraph.font(item)));
