// SVG -> PNG with resvg (Rust, prebuilt per platform in the npm registry). Only the chart's own
// font files are loaded: no system fonts, so the picture is the same on every machine.
import { Resvg } from "@resvg/resvg-js";
import { CHART_FONT_FAMILY, CHART_FONT_FILES } from "./chart-font.js";

/**
 * Drawn at 1.25 times the logical size (700 px wide): sharp on phone screens once Discord scales it,
 * while rasterising (which costs in proportion to pixels) stays within the render budget.
 */
export const PNG_SCALE = 1.25;

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [...CHART_FONT_FILES], defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}
