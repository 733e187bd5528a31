// Canvas pixels -> PNG bytes: the canvas's RGBA rows, unfiltered, deflated by Node's zlib. Skia's
// own PNG encoder tries every row filter at zlib level 6 (~9 ms a chart here); a chart is mostly
// flat colour, which zlib packs about as well unfiltered, so this costs a third of that for a
// smaller file (bench/chart-bench.ts prints both). The format is the PNG specification's minimum:
// signature, IHDR, one IDAT, IEND; the tests decode the result with an independent decoder (pngjs).
import type { Canvas } from "@napi-rs/canvas";
import { crc32, deflateSync } from "node:zlib";

/**
 * Drawn at 1.25 times the logical size (700 px wide): sharp on phone screens once Discord scales it,
 * while encoding (which costs in proportion to pixels) stays cheap.
 */
export const PNG_SCALE = 1.25;

/** zlib's level: 4 is within ~3% of 6's size here at two thirds of its time. */
const DEFLATE_LEVEL = 4;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_RGBA = 6;
const FILTER_NONE = 0;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** 8-bit RGBA rows, each prefixed with its filter byte, as PNG stores them. */
export function rgbaToPng(width: number, height: number, pixels: Uint8Array): Buffer {
  const row = width * 4;
  if (pixels.length !== row * height) throw new Error(`expected ${row * height} bytes of RGBA for ${width}×${height}, got ${pixels.length}`);
  const source = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const rows = Buffer.allocUnsafe((row + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (row + 1)] = FILTER_NONE;
    source.copy(rows, y * (row + 1) + 1, y * row, (y + 1) * row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOR_RGBA; // compression, filter method and interlace stay 0
  return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: DEFLATE_LEVEL })), chunk("IEND", Buffer.alloc(0))]);
}

export function canvasToPng(canvas: Canvas): Buffer {
  return rgbaToPng(canvas.width, canvas.height, canvas.data());
}
