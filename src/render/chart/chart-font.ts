// The chart's font ships in an npm package (Adobe's Source Sans 3, OFL), so text renders the same on
// a slim container with no system fonts. canvas-text.ts loads these files into the canvas.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const CHART_FONT_FAMILY = "Source Sans 3";
/**
 * The family as a CSS font shorthand needs it: quoted, because a bare name with a word starting
 * with a digit ("3") is not valid CSS, and a canvas silently ignores a font it cannot parse.
 */
export const CHART_FONT_CSS_FAMILY = `'${CHART_FONT_FAMILY}'`;

const packageDir = dirname(createRequire(import.meta.url).resolve("source-sans/package.json"));

/** Regular and Bold are the only weights the chart uses. */
export const CHART_FONT_FILES: readonly string[] = [join(packageDir, "OTF", "SourceSans3-Regular.otf"), join(packageDir, "OTF", "SourceSans3-Bold.otf")];
