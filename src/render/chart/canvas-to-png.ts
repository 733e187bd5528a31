// Canvas -> PNG bytes with Skia's encoder, on libuv's thread pool (canvas.encode), so the event loop
// keeps acknowledging interactions meanwhile. Reading the pixels out instead (canvas.data(),
// getImageData) copies them into native memory that is freed only when V8 happens to collect the
// copy: resident memory then climbed ~1.5 MB a chart (bench/chart-bench.ts measures both ways).
import type { Canvas } from "@napi-rs/canvas";

/**
 * Drawn at 1.25 times the logical size (700 px wide): sharp on phone screens once Discord scales it,
 * while encoding (which costs in proportion to pixels) stays cheap.
 */
export const PNG_SCALE = 1.25;

export function canvasToPng(canvas: Canvas): Promise<Buffer> {
  return canvas.encode("png");
}
