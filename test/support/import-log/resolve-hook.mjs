// The loader hook behind register.mjs (runs on Node's loader thread).
import { appendFileSync } from "node:fs";

let log;
let pid;

export function initialize(data) {
  log = data.log;
  pid = data.pid;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (log) appendFileSync(log, `${pid} ${resolved.url}\n`);
  return resolved;
}
