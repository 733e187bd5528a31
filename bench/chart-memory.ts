// `npm run bench:chart-memory`: resident memory while one process draws 300 distinct pay charts,
// the renderer beside the previous pipeline (Vega SVG -> resvg), each in a child process started
// with `npm start`'s Node and malloc options and no forced garbage collection. Prints RSS and heap
// after 1, 40, 100, 200 and 300 charts. Numbers are printed, never asserted.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { PayChartSpec } from "../src/render/chart/pay-chart-spec.js";

const CHECKPOINTS = [1, 40, 100, 200, 300];
const pipeline = process.argv[2];

if (pipeline === undefined) {
  console.log("Resident memory (MB) drawing distinct pay charts in one process, MALLOC_ARENA_MAX=2, node --max-semi-space-size=1 --max-old-space-size=320");
  for (const which of ["now", "before"]) {
    const out = execFileSync(
      process.execPath,
      ["--max-semi-space-size=1", "--max-old-space-size=320", "--import", "tsx", fileURLToPath(import.meta.url), which],
      { env: { ...process.env, MALLOC_ARENA_MAX: "2" }, encoding: "utf8" },
    );
    process.stdout.write(out);
  }
} else {
  const { loadEngine } = await import("../src/engine.js");
  const { payChartSpec } = await import("../src/render/chart/pay-chart-spec.js");
  const engine = await loadEngine(undefined, { occupationsFile: null });
  let draw: (spec: PayChartSpec) => Promise<Buffer>;
  if (pipeline === "before") {
    const { payChartVega } = await import("../src/render/chart/pay-chart-vega.js");
    const { parseChartSpec } = await import("../src/render/chart/vega-to-canvas.js");
    const { drawSvg, svgToPng } = await import("./chart/resvg-baseline.js");
    const runtimes = new Map<string, ReturnType<typeof parseChartSpec>>();
    draw = async (spec) => {
      const chart = payChartVega(spec);
      const key = JSON.stringify(chart.spec);
      const runtime = runtimes.get(key) ?? runtimes.set(key, parseChartSpec(chart.spec)).get(key)!;
      return svgToPng(await drawSvg(runtime, chart.data, chart.signals));
    };
  } else draw = (await import("../src/render/chart/pay-chart-renderer.js")).drawPayChart;
  const ids = [...engine.roleIds];
  const mb = (bytes: number) => String(Math.round(bytes / 1048576)).padStart(4);
  const line: string[] = [];
  let drawn = 0;
  for (let i = 0; i < ids.length && drawn < CHECKPOINTS.at(-1)!; i++)
    for (let j = i + 1; j < ids.length && drawn < CHECKPOINTS.at(-1)!; j++) {
      await draw(payChartSpec(engine.compare([ids[i]!, ids[j]!], "salary")));
      if (CHECKPOINTS.includes(++drawn)) {
        const m = process.memoryUsage();
        line.push(`${drawn}: rss ${mb(m.rss)} heap ${mb(m.heapUsed)}`);
      }
    }
  console.log(`${pipeline === "before" ? "before (SVG -> resvg)" : "now (canvas, one per View)"}`.padEnd(28), line.join(" | "));
}
