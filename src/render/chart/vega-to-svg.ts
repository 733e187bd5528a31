// A Vega-Lite specification with named data -> SVG text with Vega's headless renderer (no browser,
// no canvas). Compiling and parsing a specification costs more than drawing it, so each distinct
// specification is compiled once and kept (bounded); every drawing gets a fresh View with its data.
import { logger, parse, View, Warn, type Runtime } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Distinct chart shapes are few (period x currency x footer); this bounds them anyway. */
const RUNTIME_LIMIT = 64;

// Vega-Lite notes that a banded height cannot also be fitted; that is the intent, so it is not news.
const quietLogger = logger(Warn);
const warn = quietLogger.warn.bind(quietLogger);
quietLogger.warn = (...args: readonly unknown[]) => (String(args[0]).includes('"fit-y"') ? quietLogger : warn(...args));

export function compileVegaLite(spec: TopLevelSpec): Runtime {
  return parse(compile(spec, { logger: quietLogger }).spec);
}

export async function drawSvg(runtime: Runtime, data: Record<string, readonly object[]>): Promise<string> {
  const view = new View(runtime, { renderer: "none" });
  for (const [name, values] of Object.entries(data)) view.data(name, values as object[]);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function createVegaLiteSvgRenderer(limit = RUNTIME_LIMIT): (spec: TopLevelSpec, data: Record<string, readonly object[]>) => Promise<string> {
  const runtimes = new Map<string, Runtime>();
  return async (spec, data) => {
    const key = JSON.stringify(spec);
    let runtime = runtimes.get(key);
    if (!runtime) {
      runtime = compileVegaLite(spec);
      if (runtimes.size >= limit) runtimes.delete(runtimes.keys().next().value!);
      runtimes.set(key, runtime);
    }
    return drawSvg(runtime, data);
  };
}
