// `npm run chat`: talk to RoleCompare in the terminal, on the bundled data, with no Discord token.
import "./exit-on-closed-pipe.js";
import { createInterface } from "node:readline/promises";
import { followUpContextOf, RecentQuestions } from "../engine.js";
import { renderText } from "../render/render-text.js";
import { parseArgs } from "node:util";
import { layerOptions, loadEngineOrExit } from "./load-engine-or-exit.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { curated: { type: "boolean", default: false } } });
const engine = await loadEngineOrExit(positionals[0], layerOptions(values.curated));
const color = Boolean(process.stdout.isTTY);
const { curatedRoles, occupations, comparisons, releases } = engine.summary;

console.log(
  `RoleCompare: ${curatedRoles} curated roles, ${comparisons} curated comparisons${occupations ? `, and ${occupations.toLocaleString("en-US")} occupations (${releases.join("; ")})` : ""}.`,
);
if (!occupations) console.log("To know every occupation, import O*NET and BLS once: npm run import-occupations -- --from <folder> (see the README).");
console.log(`Ask how jobs differ; "help", "list", or "exit" to quit.`);
console.log(`For example: ${engine.help().examples[0]}`);

// The previous question of the last few minutes is the context of the next: "what about pay?".
const recent = new RecentQuestions();
const CONVERSATION = "chat";

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
rl.setPrompt("you> ");
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (/^(exit|quit|bye|:q)$/i.test(text)) break;
  if (text) {
    const context = recent.recall(CONVERSATION);
    const { answer } = engine.ask(text, context ? { context } : {});
    console.log(`\n${renderText(answer, { color })}\n`);
    const answered = followUpContextOf(answer);
    if (answered) recent.remember(CONVERSATION, answered);
  }
  rl.prompt();
}
rl.close();
console.log("Bye!");
