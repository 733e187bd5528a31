// `npm run chat`: talk to RoleCompare in the terminal, on the bundled data, with no Discord token.
import "./exit-on-closed-pipe.js";
import { createInterface } from "node:readline/promises";
import { renderText } from "../render/render-text.js";
import { loadEngineOrExit } from "./load-engine-or-exit.js";

const engine = await loadEngineOrExit(process.argv[2]);
const color = Boolean(process.stdout.isTTY);
const { roles, comparisons } = engine.summary;

console.log(`RoleCompare: ${roles} roles, ${comparisons} curated comparisons. Ask how jobs differ; "help", "list", or "exit" to quit.`);
console.log(`For example: ${engine.help().examples[0]}`);

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
rl.setPrompt("you> ");
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (/^(exit|quit|bye|:q)$/i.test(text)) break;
  if (text) console.log(`\n${renderText(engine.ask(text).answer, { color })}\n`);
  rl.prompt();
}
rl.close();
console.log("Bye!");
