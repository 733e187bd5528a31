// The pay chart pipeline before the canvas renderer, kept only as the benchmark's baseline: Vega's
// SVG string, rasterised by resvg, which reads and parses the font files again for every picture.
import { Resvg } from "@resvg/resvg-js";
import { View, type Runtime } from "vega";
import { CHART_FONT_FAMILY, CHART_FONT_FILES } from "../../src/render/chart/chart-font.js";
import { PNG_SCALE } from "../../src/render/chart/canvas-to-png.js";

export async function drawSvg(runtime: Runtime, data: Record<string, readonly object[]>, signals: Record<string, unknown> = {}): Promise<string> {
  const view = new View(runtime, { renderer: "none" });
  for (const [name, value] of Object.entries(signals)) view.signal(name, value);
  for (const [name, values] of Object.entries(data)) view.data(name, values as object[]);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [...CHART_FONT_FILES], defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}
