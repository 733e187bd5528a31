// Flags of `npm run import-occupations`. Base URLs for --download come from flags or env vars.
import { parseArgs } from "node:util";
import { ImportError } from "./import-error.js";
import { DEFAULT_OUTPUT } from "./run-import.js";
import { DEFAULT_BASES, type DownloadBases } from "./download-sources.js";

export interface ImportArgs {
  from?: string;
  out: string;
  download: boolean;
  cache: string;
  bases: DownloadBases;
  onetVersion: string;
  oewsYear: number;
  quiet: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run import-occupations -- --from <folder> [--out <file>]
       npm run import-occupations -- --download [--cache <folder>] [--out <file>]

  --from <folder>      a folder laid out like ../shared/reference/occupations/ (onet-<version>/, bls/, soc-2018/, esco-<version>/)
  --out <file>         where to write the compiled file (default ${DEFAULT_OUTPUT})
  --download           fetch the files from the publishers into --cache first, then import them
  --cache <folder>     download folder (default data/imported/sources)
  --onet-version <v>   O*NET release to download (default ${DEFAULT_BASES.onetVersion})
  --oews-year <year>   OEWS national release to download (default ${DEFAULT_BASES.oewsYear})
  --onet-base, --bls-base, --ep-base, --soc-base, --esco-base <url>
                       base URLs to download from (env: ONET_BASE_URL, BLS_OEWS_BASE_URL, BLS_EP_BASE_URL, SOC_BASE_URL, ESCO_BASE_URL)
  --quiet              no progress output`;

export function parseImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ImportArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: "string" },
        out: { type: "string" },
        download: { type: "boolean", default: false },
        cache: { type: "string" },
        "onet-base": { type: "string" },
        "bls-base": { type: "string" },
        "ep-base": { type: "string" },
        "soc-base": { type: "string" },
        "esco-base": { type: "string" },
        "onet-version": { type: "string" },
        "oews-year": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new ImportError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const oewsYear = Number(values["oews-year"] ?? DEFAULT_BASES.oewsYear);
  if (!Number.isInteger(oewsYear) || oewsYear < 2000) throw new ImportError(`--oews-year must be a year such as 2025, not "${values["oews-year"]}".`);
  const args: ImportArgs = {
    from: values.from,
    out: values.out ?? DEFAULT_OUTPUT,
    download: values.download ?? false,
    cache: values.cache ?? "data/imported/sources",
    bases: {
      onet: values["onet-base"] ?? env.ONET_BASE_URL ?? DEFAULT_BASES.onet,
      oews: values["bls-base"] ?? env.BLS_OEWS_BASE_URL ?? DEFAULT_BASES.oews,
      projections: values["ep-base"] ?? env.BLS_EP_BASE_URL ?? DEFAULT_BASES.projections,
      soc: values["soc-base"] ?? env.SOC_BASE_URL ?? DEFAULT_BASES.soc,
      esco: values["esco-base"] ?? env.ESCO_BASE_URL ?? DEFAULT_BASES.esco,
    },
    onetVersion: values["onet-version"] ?? DEFAULT_BASES.onetVersion,
    oewsYear,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
  if (!args.help && !args.download && !args.from)
    throw new ImportError(`Say where the source files are with --from <folder>, or fetch them with --download.\n\n${USAGE}`);
  if (args.download && args.from) throw new ImportError("Use either --from <folder> or --download, not both.");
  return args;
}
