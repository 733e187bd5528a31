// What the bot and its pay chart renderer process (chart-process.ts) say to each other over IPC.
// Sent with Node's "advanced" serialization (the structured clone algorithm), so the PNG travels as
// bytes, not as a JSON array of numbers.
import type { PayChartSpec } from "./pay-chart-spec.js";

/** Bot -> renderer: draw this chart; the reply carries the same id. */
export interface ChartRequest {
  id: number;
  spec: PayChartSpec;
}

/** Renderer -> bot: its modules are loaded and it draws from now on. */
export interface ChartReady {
  ready: true;
}

/** Renderer -> bot: the picture for request `id`, or why it could not be drawn. */
export type ChartReply = { id: number; png: Uint8Array } | { id: number; error: string };

export type ChartProcessMessage = ChartReady | ChartReply;
