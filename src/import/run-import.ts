// The import: locate the source files, read each one (streaming), assemble, validate against the
// committed schema, and write the compiled file atomically.
import { relative } from "node:path";
import { buildNameIndex, dropRepeatedEscoLabels } from "./precompute-names.js";
import { dropMisplacedLevelLabels } from "./drop-misplaced-level-labels.js";
import { OCCUPATIONS_FORMAT, occupationsFileSchema, type OccupationsFile } from "../knowledge/occupations-schema.js";
import { ImportError } from "./import-error.js";
import { writeOccupationsFiles } from "./write-occupations.js";
import { inputFiles, locateSources } from "./source-layout.js";
import * as onet from "./read-onet.js";
import { readOews } from "./read-oews.js";
import { readProjections } from "./read-projections.js";
import { projectionIndex } from "./map-projections.js";
import { readSocStructure } from "./read-soc.js";
import { readEscoCrosswalk, readEscoOccupations } from "./read-esco.js";
import { buildOccupations, type ImportedParts } from "./build-occupations.js";
import { contentHash } from "./content-hash.js";
import { importStats, type ImportStats } from "./import-stats.js";
import type { Progress } from "./progress.js";

export const DEFAULT_OUTPUT = "data/imported/occupations.json";

export interface ImportOptions {
  from: string;
  out: string;
  progress?: Progress;
}

export interface ImportResult {
  file: OccupationsFile;
  out: string;
  bytes: number;
  seconds: number;
  stats: ImportStats;
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const sources = locateSources(options.from);
  const rel = (file: string) => relative(sources.root, file).split("\\").join("/");
  const o = sources.onet;
  const folder = sources.onetFolder;
  const parts: Partial<ImportedParts> = {};
  let release: onet.OnetRelease | undefined;
  let oews: Awaited<ReturnType<typeof readOews>> | undefined;
  let projectionRelease = "";
  let socDetailed: Map<string, string> | undefined;
  let projectionRows: Awaited<ReturnType<typeof readProjections>>["rows"] = [];
  let escoUnmatched = 0;
  let hash = "";

  const steps: [string, () => Promise<void>][] = [
    [`${folder}/Read Me.txt`, async () => void (release = await onet.readOnetRelease(o, folder))],
    [rel(o.occupations), async () => void (parts.occupations = await onet.readOccupationData(o, folder))],
    [rel(o.tasks), async () => void (parts.tasks = await onet.readTasks(o, folder))],
    [rel(o.skills), async () => void (parts.skills = await onet.readElementFile(o, folder, "skills", ["IM", "LV"]))],
    [rel(o.knowledge), async () => void (parts.knowledge = await onet.readElementFile(o, folder, "knowledge", ["IM", "LV"]))],
    [rel(o.workStyles), async () => void (parts.workStyles = await onet.readElementFile(o, folder, "workStyles", ["IM"]))],
    [rel(o.workValues), async () => void (parts.workValues = await onet.readElementFile(o, folder, "workValues", ["EX"]))],
    [rel(o.interests), async () => void (parts.interests = await onet.readElementFile(o, folder, "interests", ["OI"]))],
    [rel(o.education), async () => void (parts.distributions = await onet.readEducationTraining(o, folder))],
    [rel(o.educationCategories), async () => void (parts.categories = await onet.readCategories(o, folder))],
    [rel(o.jobZones), async () => void (parts.jobZones = await onet.readJobZones(o, folder))],
    [rel(o.jobZoneReference), async () => void (parts.jobZoneReference = await onet.readJobZoneReference(o, folder))],
    [rel(o.related), async () => void (parts.related = await onet.readRelated(o, folder))],
    [rel(o.alternateTitles), async () => void (parts.alternateTitles = await onet.readAlternateTitles(o, folder))],
    [rel(o.reportedTitles), async () => void (parts.reportedTitles = await onet.readReportedTitles(o, folder))],
    [rel(o.technology), async () => void (parts.hotTechnologies = await onet.readHotTechnologies(o, folder))],
    [rel(sources.oews), async () => void (oews = await readOews(sources.oews, rel(sources.oews), sources.oewsYear))],
    [
      rel(sources.soc),
      async () => {
        const soc = await readSocStructure(sources.soc, rel(sources.soc));
        parts.majorGroups = soc.majorGroups;
        socDetailed = soc.detailed;
      },
    ],
    [
      rel(sources.projections),
      async () => {
        const projections = await readProjections(sources.projections, rel(sources.projections));
        projectionRelease = projections.release;
        projectionRows = projections.rows;
      },
    ],
  ];
  const esco = sources.esco;
  if (esco) {
    let escoOccupations: Awaited<ReturnType<typeof readEscoOccupations>> | undefined;
    steps.push([rel(esco.occupations), async () => void (escoOccupations = await readEscoOccupations(esco.occupations, rel(esco.occupations)))]);
    steps.push([
      rel(esco.crosswalk),
      async () => {
        const crosswalk = await readEscoCrosswalk(esco.crosswalk, rel(esco.crosswalk), escoOccupations!);
        parts.escoLabels = crosswalk.labels;
        escoUnmatched = crosswalk.unmatched;
      },
    ]);
  } else parts.escoLabels = null;
  steps.push(["content hash of the inputs", async () => void (hash = await contentHash(sources.root, inputFiles(sources)))]);

  options.progress?.start(steps.length + 1);
  try {
    for (const [label, run] of steps) {
      options.progress?.step(label);
      await run();
    }
    options.progress?.step(`writing ${options.out}`);
    parts.wageSeries = oews!.series;
    parts.projection = projectionIndex(projectionRows, socDetailed!);

    const body = buildOccupations(parts as ImportedParts);
    body.occupations = dropMisplacedLevelLabels(body.occupations.map(dropRepeatedEscoLabels));
    const file: OccupationsFile = {
      format: OCCUPATIONS_FORMAT,
      generatedAt: new Date().toISOString(),
      contentHash: hash,
      sources: {
        onet: { name: "O*NET Database", version: release!.version, release: release!.release || `O*NET ${release!.version}`, file: folder },
        oews: {
          name: "BLS Occupational Employment and Wage Statistics (OEWS), national",
          release: oews!.release,
          year: sources.oewsYear,
          file: rel(sources.oews),
        },
        projections: { name: "BLS Employment Projections", release: projectionRelease, file: rel(sources.projections) },
        soc: { name: "Standard Occupational Classification", release: sources.socYear, file: rel(sources.soc) },
        esco: esco
          ? { name: "ESCO (European Skills, Competences, Qualifications and Occupations)", release: `v${esco.version}`, file: rel(esco.occupations) }
          : null,
      },
      ...body,
      nameIndex: buildNameIndex(body),
    };
    const checked = occupationsFileSchema.safeParse(file);
    if (!checked.success) {
      const issues = checked.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new ImportError(`The compiled file does not match the occupations schema (nothing was written):\n  - ${issues.join("\n  - ")}`);
    }
    const bytes = await writeOccupationsFiles(options.out, file);
    return {
      file,
      out: options.out,
      bytes,
      seconds: (performance.now() - started) / 1000,
      stats: importStats(file, { topCoded: oews!.topCoded, escoUnmatched }),
    };
  } finally {
    options.progress?.stop();
  }
}
