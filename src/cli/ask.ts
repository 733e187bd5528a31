// `npm run ask -- "question"`: one answer as text. `npm run --silent ask -- --json`: one question per
// line on stdin, one JSON object per line on stdout (the evaluation contract in DESIGN.md).
import "./exit-on-closed-pipe.js";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { renderJson } from "../render/render-json.js";
import { renderText } from "../render/render-text.js";
import { layerOptions, loadEngineOrExit } from "./load-engine-or-exit.js";

const USAGE = `Usage:
  npm run ask -- "office manager vs operations manager salary"
  npm run --silent ask -- --json < questions.txt     (one question per line; JSON lines out)
Options: --json  --data <dir> (another data folder)  --curated (the curated roles alone, without the import)  --help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, data: { type: "string" }, curated: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
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

const engine = await loadEngineOrExit(values.data, layerOptions(values.curated));

if (values.json) {
  const questions = positionals.length ? [positionals.join(" ")] : null;
  const emit = (line: string) => {
    const { parsed, answer } = engine.ask(line);
    process.stdout.write(`${JSON.stringify(renderJson(line, parsed, answer))}\n`);
  };
  if (questions) questions.forEach(emit);
  else for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) if (line.trim()) emit(line);
} else {
  console.log(renderText(engine.ask(question).answer, { color: Boolean(process.stdout.isTTY) }));
}
