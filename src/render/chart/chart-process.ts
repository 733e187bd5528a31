// The pay chart renderer process, forked by chart-process-drawer.ts: it draws pay charts with Vega and
// Skia (drawPayChart, the same code the bot would run in process) so the bot never loads them, and
// the 50–70 MB they hold goes away when this process exits. It answers each request by its id; the
// drawings themselves take turns on one canvas (vega-to-canvas.ts). It exits when the bot lets go of
// it: stopped, idle, or dead (the IPC channel closes).
import type { ChartProcessMessage, ChartRequest } from "./chart-process-messages.js";
import { drawPayChart } from "./pay-chart-renderer.js";

if (!process.send) {
  console.error("chart-process is started by the bot (chart-process-drawer.ts), not by hand.");
  process.exit(1);
}
const send = (message: ChartProcessMessage) => process.send!(message);

process.on("disconnect", () => process.exit(0));
// Ctrl-C in a terminal reaches the whole process group: the bot, which is stopping cleanly, ends us.
process.on("SIGINT", () => {});
process.on("message", (request: ChartRequest) => {
  drawPayChart(request.spec).then(
    (png) => send({ id: request.id, png }),
    (error: unknown) => send({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

// Vega, Skia and the font now, not while the first request waits; requests that came meanwhile are
// already waiting on the same import.
await import("./vega-to-canvas.js");
send({ ready: true });
