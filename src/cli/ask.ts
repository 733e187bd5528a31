// `npm run ask -- "question"`: one answer as text. `npm run --silent ask -- --json`: one question per
// line on stdin, one JSON object per line on stdout (the evaluation contract in DESIGN.md).
// `npm run ask -- --chart out.png "… pay"` also writes the pay chart the Discord answer carries.
import "./exit-on-closed-pipe.js";
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { isPayAnswer } from "../render/chart/pay-chart-spec.js";
import { pngSize } from "../render/chart/png-size.js";
import { renderJson } from "../render/render-json.js";
import { renderText } from "../render/render-text.js";
import { layerOptions, loadEngineOrExit } from "./load-engine-or-exit.js";

const USAGE = `Usage:
  npm run ask -- "office manager vs operations manager salary"
  npm run --silent ask -- --json < questions.txt     (one question per line; JSON lines out)
  npm run ask -- --chart out.png "office manager vs operations manager pay"   (also writes the pay chart)
Options: --json  --chart <file.png>  --data <dir> (another data folder)  --curated (the curated roles alone, without the import)  --help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    chart: { type: "string" },
    data: { type: "string" },
    curated: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const question = positionals.join(" ").trim();
if (!values.json && !question) {
  console.error(USAGE);
  process.exit(2);
}

if (values.chart !== undefined && (values.json || !values.chart.trim())) {
  console.error(
    values.json ? "--chart draws the chart for one question; it cannot be combined with --json." : "--chart needs a file name, e.g. --chart out.png",
  );
  process.exit(2);
}

const engine = await loadEngineOrExit(values.data, layerOptions(values.curated));

/** Writes the pay chart for the question's answer, or says clearly why there is none. */
async function writeChart(file: string, text: string, answer: ReturnType<typeof engine.ask>["answer"]): Promise<void> {
  if (!isPayAnswer(answer)) {
    const what = answer.aspect ? `about ${answer.aspect}` : "not about roles I know";
    console.error(
      `--chart: no chart written. "${text}" is not a pay question (its answer is ${what}); charts are drawn for pay answers, e.g. "office manager vs operations manager pay".`,
    );
    process.exit(1);
  }
  // Loaded only here: the charting libraries would slow every other use of `ask` (e.g. --json).
  const chart = await import("../render/chart/pay-chart-renderer.js")
    .then(({ createPayChartRenderer }) => createPayChartRenderer().render(answer, { period: answer.payPeriod ?? null }))
    .catch((error: unknown) => {
      console.error(`--chart: the chart could not be drawn: ${(error as Error).message}`);
      return process.exit(1);
    });
  if (!chart) {
    console.error("--chart: this answer has no pay figures to draw.");
    process.exit(1);
  }
  try {
    await writeFile(file, chart.png);
  } catch (error) {
    console.error(`--chart: could not write ${file}: ${(error as Error).message}`);
    process.exit(1);
  }
  const size = pngSize(chart.png)!;
  console.error(`Chart written to ${file} (${size.width}×${size.height} px, ${chart.spec.period}).`);
}

if (values.json) {
  const questions = positionals.length ? [positionals.join(" ")] : null;
  const emit = (line: string) => {
    const { parsed, answer } = engine.ask(line);
    process.stdout.write(`${JSON.stringify(renderJson(line, parsed, answer))}\n`);
  };
  if (questions) questions.forEach(emit);
  else for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) if (line.trim()) emit(line);
} else {
  const { answer } = engine.ask(question);
  console.log(renderText(answer, { color: Boolean(process.stdout.isTTY) }));
  if (values.chart) await writeChart(values.chart, question, answer);
}
