// The chart's font ships in an npm package (Adobe's Source Sans 3, OFL), so text renders the same on
// a slim container with no system fonts. The SVG names this family; the PNG renderer loads these
// files, and Vega measures text with the same files so labels are laid out at their real width.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fontkit from "fontkit";
import * as vega from "vega";

export const CHART_FONT_FAMILY = "Source Sans 3";

const packageDir = dirname(createRequire(import.meta.url).resolve("source-sans/package.json"));
const REGULAR = join(packageDir, "OTF", "SourceSans3-Regular.otf");
const BOLD = join(packageDir, "OTF", "SourceSans3-Bold.otf");

/**
 * Regular and Bold are the only weights the chart uses; loading fewer files keeps rendering fast.
 * The OTF builds: resvg re-reads the font for every text element, and these are smaller than the TTFs.
 */
export const CHART_FONT_FILES: readonly string[] = [REGULAR, BOLD];

type Face = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
let faces: { regular: Face; bold: Face } | null = null;
const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 5000;

/** Width in pixels of `text` at `size` in the chart font: glyph advances from the font file. */
export function measureText(text: string, size: number, bold: boolean): number {
  faces ??= { regular: fontkit.openSync(REGULAR) as unknown as Face, bold: fontkit.openSync(BOLD) as unknown as Face };
  const key = `${bold ? "b" : "r"}${size}:${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const face = bold ? faces.bold : faces.regular;
    width = (face.layout(text).advanceWidth * size) / face.unitsPerEm;
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(key, width);
  }
  return width;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

// Without a canvas Vega guesses 0.8 em per character, far too wide for this font: labels would be
// cut short and the picture padded. Vega reads a user-defined textMetrics.width when one is set.
// (vega exports textMetrics from vega-scenegraph at run time; its typings omit it.)
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: string) => number } }).textMetrics;
metrics.width = (item, text) => {
  const weight = item.fontWeight;
  const bold = weight === "bold" || (typeof weight === "number" && weight >= 600) || weight === "600" || weight === "700";
  return measureText(String(text ?? ""), item.fontSize ?? 11, bold);
};
