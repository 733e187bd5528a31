// `npm run import-occupations -- --from <folder> | --download`: compiles the O*NET, BLS, SOC and
// ESCO files into data/imported/occupations.json. Expected problems print one message and exit 1.
import { ImportError } from "./import-error.js";
import { parseImportArgs, USAGE } from "./cli-args.js";
import { runImport } from "./run-import.js";
import { downloadSources } from "./download-sources.js";
import { createProgress } from "./progress.js";

let finished = false;
// exceljs can stop reading a damaged workbook without an error: the event loop then empties with
// the import unfinished. Say so instead of exiting 0 with nothing written.
process.on("beforeExit", () => {
  if (!finished) {
    console.error("The import stopped before it finished: a source workbook is probably truncated or corrupt. Nothing was written.");
    process.exit(1);
  }
});

try {
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
  } else {
    let from = args.from!;
    if (args.download) {
      from = await downloadSources({
        cache: args.cache,
        bases: args.bases,
        onetVersion: args.onetVersion,
        oewsYear: args.oewsYear,
        progress: createProgress(process.stderr, args.quiet),
        note: (text) => console.error(text),
      });
    }
    const result = await runImport({ from, out: args.out, progress: createProgress(process.stderr, args.quiet) });
    const s = result.stats;
    const { sources } = result.file;
    console.log(
      `Imported ${s.occupations} occupations (${s.withRatings} with O*NET ratings) in ${result.seconds.toFixed(1)} s -> ${result.out} (${(result.bytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(
      `  sources: O*NET ${sources.onet.version} (${sources.onet.release}), OEWS ${sources.oews.release}, EP ${sources.projections.release}, SOC ${sources.soc.release}, ${sources.esco ? `ESCO ${sources.esco.release}` : "no ESCO"}`,
    );
    console.log(
      `  titles: ${Object.entries(s.titles)
        .map(([k, n]) => `${n} ${k}`)
        .join(", ")}; ${s.sharedTitles} shared by more than one occupation`,
    );
    console.log(
      `  pay: ${s.withWages} with an OEWS series (${s.broadFallbacks} on the broad series), ${s.withoutWages} without; ${s.wageSeries} series, ${s.topCodedValues} top-coded values`,
    );
    console.log(`  outlook: ${s.withProjection} with a projection (${s.aggregateProjections} through an EP aggregate)`);
  }
  finished = true;
} catch (error) {
  finished = true;
  if (error instanceof ImportError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
