// `npm run bench:import`: the occupation import's speed and memory on the real files in
// ../shared/reference/occupations/, beside a naive baseline in the same run (exceljs loading whole
// workbooks, not streaming). Prints medians; never fails on a number.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { runImport } from "../src/import/run-import.js";
import { readTable } from "../src/import/read-workbook.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REFERENCE = join(ROOT, "..", "shared", "reference", "occupations");
const LARGEST = join(REFERENCE, "onet-29.3", "Skills.xlsx");
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function timed(run: () => Promise<unknown>): Promise<{ seconds: number; rssPeak: number }> {
  let rssPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  await run();
  clearInterval(sampler);
  return { seconds: (performance.now() - start) / 1000, rssPeak };
}

if (!existsSync(LARGEST)) {
  console.log(`import bench skipped: ${REFERENCE} is absent`);
} else {
  const temp = await mkdtemp(join(tmpdir(), "import-bench-"));
  try {
    // The full import first, so its peak memory is not the baseline's leftovers.
    const full: { seconds: number; rssPeak: number }[] = [];
    for (let i = 0; i < RUNS; i++) full.push(await timed(() => runImport({ from: REFERENCE, out: join(temp, "occupations.json") })));
    console.log(
      `full import, median of ${RUNS}: ${median(full.map((r) => r.seconds)).toFixed(1)} s (goal: under 60 s), peak RSS ${mb(Math.max(...full.map((r) => r.rssPeak)))}`,
    );
    const streaming: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      streaming.push((await timed(() => readTable(LARGEST, "Skills.xlsx", ["O*NET-SOC Code", "Data Value"], () => undefined))).seconds);
      whole.push((await timed(() => new ExcelJS.Workbook().xlsx.readFile(LARGEST))).seconds);
    }
    console.log(
      `Skills.xlsx (61,530 rows), median of ${RUNS}: streaming ${median(streaming).toFixed(2)} s, whole-workbook baseline ${median(whole).toFixed(2)} s (ratio ${(median(whole) / median(streaming)).toFixed(2)})`,
    );
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
