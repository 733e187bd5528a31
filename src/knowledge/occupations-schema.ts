// The compiled occupations file: what `npm run import-occupations` writes (into the ignored
// data/imported/ folder) from the official O*NET, BLS OEWS, BLS Employment Projections, SOC and
// ESCO files, and what the knowledge loader layers the curated roles over.
//
// The file is generated, never hand-edited, so it is compact: element names (skills, knowledge,
// work styles...) and category labels are listed once at the top and each occupation holds
// numbers aligned to them. Text from the datasets (titles, descriptions, task statements) is kept
// as published, because it is shown to members as data with its credit. On disk each occupation's
// details (DETAIL_FIELDS) and its titles sit on lines of their own after the rest, parsed on first
// use (import/occupations-text.ts, knowledge/occupation-details.ts), and the name index's lists sit in
// a binary file beside it (knowledge/name-index-file.ts); the shape below is the whole, as loaded.
import { z } from "zod";
import { StoredPhrases, type PhraseList } from "./phrase-list.js";

/** Bumped whenever the shape changes; the loader refuses another version and says to re-import. */
export const OCCUPATIONS_FORMAT = "rolecompare-occupations/7";

/** A BLS value, or "at least" for a top-coded one (`#` in the OEWS files). */
export const wageValueSchema = z.union([z.number().nonnegative(), z.object({ atLeast: z.number().positive() }).strict()]);
export type WageValue = z.infer<typeof wageValueSchema>;

/** A wage value as an amount: a top-coded one ("at least $239,200") at its floor. */
export function wageFloor(value: WageValue): number {
  return typeof value === "number" ? value : value.atLeast;
}

const wageBandSchema = z
  .object({
    mean: wageValueSchema.nullable(),
    p10: wageValueSchema.nullable(),
    p25: wageValueSchema.nullable(),
    median: wageValueSchema.nullable(),
    p75: wageValueSchema.nullable(),
    p90: wageValueSchema.nullable(),
  })
  .strict();
export type WageBand = z.infer<typeof wageBandSchema>;

/** One OEWS row (a detailed or broad SOC series) of the wage release in the file. */
export const wageSeriesSchema = z
  .object({
    /** SOC code of the series, e.g. "15-1252" (detailed) or "15-1250" (broad). */
    code: z.string().regex(/^\d{2}-\d{4}$/),
    title: z.string().min(2),
    group: z.enum(["detailed", "broad"]),
    /** Total US employment in the series; null where BLS does not publish it. */
    employment: z.number().int().nonnegative().nullable(),
    annual: wageBandSchema,
    hourly: wageBandSchema,
    /** OEWS publishes only annual figures for some series (teachers, pilots): no hourly rate. */
    annualOnly: z.boolean(),
    /** OEWS publishes only hourly figures for some series (actors, dancers): no annual figure. */
    hourlyOnly: z.boolean(),
  })
  .strict();
export type WageSeries = z.infer<typeof wageSeriesSchema>;

/** Numbers aligned to an element list at the top of the file: [importance, level] or null when suppressed/absent. */
const ratedSchema = z.array(z.tuple([z.number(), z.number().nullable()]).nullable());
/** Percent of respondents per category, aligned to a category list at the top of the file. */
const distributionSchema = z.array(z.number().min(0).max(100)).nullable();

export const occupationSchema = z
  .object({
    /** O*NET-SOC code, e.g. "15-1252.00": the occupation's id in the knowledge base. */
    code: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/),
    /** O*NET's title, plural as published ("Software Developers"). */
    title: z.string().min(2),
    /** The title in singular form ("Software Developer"), for headings and matching. */
    singular: z.string().min(2),
    /** SOC major group, e.g. "15" (Computer and Mathematical Occupations). */
    majorGroup: z.string().regex(/^\d{2}$/),
    /** O*NET's occupation description. */
    description: z.string(),
    /** Task statements, Core before Supplemental, then by share of incumbents responding. */
    tasks: z.array(z.string()),
    /** True when O*NET has rated data for the occupation (tasks, skills...); false for title-only codes. */
    hasRatings: z.boolean(),
    skills: ratedSchema,
    knowledge: ratedSchema,
    /** Work styles importance (1-5), aligned to `elements.workStyles`; null where not rated. */
    workStyles: z.array(z.number().nullable()),
    /** Work values extent (1-7), aligned to `elements.workValues`. */
    workValues: z.array(z.number().nullable()),
    /** RIASEC interests (1-7), aligned to `elements.interests`. */
    interests: z.array(z.number().nullable()),
    /** Hot technologies (Technology Skills, Hot Technology = Y), most in demand first. */
    hotTechnologies: z.array(z.string()),
    /** Required level of education (RL), percent per `categories.education`. */
    education: distributionSchema,
    /** Related work experience (RW), percent per `categories.experience`. */
    experience: distributionSchema,
    /** On-the-job training (OJ), percent per `categories.training`. */
    training: distributionSchema,
    /** O*NET Job Zone 1-5 (see `jobZones`), null where not assigned. */
    jobZone: z.number().int().min(1).max(5).nullable(),
    /** OEWS series for pay: the detailed one, or the broad one when the detailed is not published. */
    wages: z
      .object({
        series: z.string().regex(/^\d{2}-\d{4}$/),
        fallback: z.enum(["none", "broad"]),
      })
      .strict()
      .nullable(),
    /** BLS Employment Projections row for the occupation (possibly an aggregate code). */
    projection: z
      .object({
        code: z.string(),
        title: z.string(),
        /** True when EP publishes only an aggregate of several SOC codes. */
        aggregate: z.boolean(),
        /** Thousands of jobs. */
        employment2024: z.number().nullable(),
        employment2034: z.number().nullable(),
        changePercent: z.number().nullable(),
        changeNumeric: z.number().nullable(),
        /** Thousands of openings a year, 2024-34 average. */
        openingsPerYear: z.number().nullable(),
        /** BLS typical entry education, work experience and on-the-job training, as published. */
        entryEducation: z.string().nullable(),
        workExperience: z.string().nullable(),
        onTheJobTraining: z.string().nullable(),
      })
      .strict()
      .nullable(),
    /** Related occupations by Relatedness Tier and Index, closest first. */
    related: z.array(z.object({ code: z.string(), tier: z.string() }).strict()),
    titles: z
      .object({
        alternate: z.array(z.string()),
        short: z.array(z.string()),
        reported: z.array(z.string()),
        /** Reported titles O*NET shows in My Next Move: its own sign of the usual titles. */
        myNextMove: z.array(z.string()),
        /** ESCO English labels (preferred and alternative) of ESCO occupations crosswalked to this code. */
        esco: z.array(z.string()),
      })
      .strict(),
  })
  .strict();
export type Occupation = z.infer<typeof occupationSchema>;

/** A list of numbers as the loader holds it: a view of the name index's lists file (knowledge/name-index-file.ts), or the importer's own. */
const numbersSchema = z.custom<Int32Array>((value) => value instanceof Int32Array, "expected an Int32Array");

/**
 * The occupations' claims on their names, worked out by the importer (src/understanding/name-claims.ts)
 * so a start-up only re-claims the phrases the curated layer touches. One item per claimed phrase, in
 * the order of its first claim, across parallel lists. A position is an occupation's place in
 * `order` times 65,536 plus the place of the name among the occupation's names. Under other claim
 * rules (`rules`) or another order of the occupations the index claims every name itself.
 */
export const nameClaimsSchema = z
  .object({
    rules: z.string(),
    /** The occupations' codes in the order they claimed (the knowledge's role order). */
    order: z.array(z.string()),
    /** The phrase number of each claimed phrase. */
    keys: numbersSchema,
    /** Where its first claim was made (they only grow). */
    first: numbersSchema,
    /** The claim whose name it shows, by the occupation that holds it. */
    named: numbersSchema,
    /** 1 when the name is a title. */
    titles: numbersSchema,
    /** Each phrase's other claimants (places in `order`), strongest first, each list ended by -1. */
    alternatives: numbersSchema,
  })
  .strict();
export type NameClaimsData = z.infer<typeof nameClaimsSchema>;

/**
 * Each occupation's claim on the phrase of each of its own names (how strongly it claims it, how many
 * of its names hold it: understanding/title-claim.ts), worked out by the importer so the first
 * question naming a shared title does not read the names of every occupation that shares it. The
 * claims on phrase number k are items starts[k] to starts[k + 1] - 1 of `roles` (places in the
 * claims' `order`, growing) and `values` (density * 1024 + weight). Under other rules (`rules`)
 * the claims are worked out from the names.
 */
export const titleClaimsSchema = z
  .object({
    rules: z.string(),
    starts: numbersSchema,
    roles: numbersSchema,
    values: numbersSchema,
  })
  .strict();
export type TitleClaimsData = z.infer<typeof titleClaimsSchema>;

/**
 * Every occupation name in canonical form, computed by the importer so a start-up does not fold
 * 160,000 names again. `keys[code]` numbers the phrases of that occupation's names in the order
 * forEachEntryName visits them (a name with parts as -(key + 1), its two parts after it).
 * `canonicalForms` fingerprints the rules that made the phrases: under other rules the index
 * folds the names itself.
 */
export const nameIndexSchema = z
  .object({
    canonicalForms: z.string(),
    /** In sorted order (code units), so a phrase is found by binary search. Read one by one (see phrase-list.ts). */
    phrases: z.custom<PhraseList>((value) => Array.isArray(value) || value instanceof StoredPhrases, "expected a list of phrases"),
    keys: z.record(z.string(), numbersSchema),
    /** The words of the phrases, each once, and each phrase's words as numbers, split at spaces, each phrase ended by -1. */
    words: z.array(z.string()),
    phraseWords: numbersSchema,
    /** Where each phrase's words start in `phraseWords`, and one more (its length): worked out from `phraseWords` when absent. */
    phraseWordStarts: numbersSchema.optional(),
    claims: nameClaimsSchema,
    titleClaims: titleClaimsSchema,
  })
  .strict();
export type NameIndex = z.infer<typeof nameIndexSchema>;

const releaseSchema = z.object({ name: z.string(), release: z.string(), file: z.string().optional() }).strict();

export const occupationsFileSchema = z
  .object({
    format: z.literal(OCCUPATIONS_FORMAT),
    generatedAt: z.string(),
    /** sha256 of the input files' bytes, in a fixed order: the same inputs give the same hash. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    sources: z
      .object({
        onet: releaseSchema.extend({ version: z.string() }),
        oews: releaseSchema.extend({ year: z.number().int() }),
        projections: releaseSchema,
        soc: releaseSchema,
        esco: releaseSchema.nullable(),
      })
      .strict(),
    elements: z
      .object({
        skills: z.array(z.string()),
        knowledge: z.array(z.string()),
        workStyles: z.array(z.string()),
        workValues: z.array(z.string()),
        interests: z.array(z.string()),
      })
      .strict(),
    categories: z
      .object({
        /** RL categories 1-12 in order, O*NET's category descriptions shortened to their first clause. */
        education: z.array(z.string()),
        experience: z.array(z.string()),
        training: z.array(z.string()),
      })
      .strict(),
    jobZones: z.array(z.object({ zone: z.number().int(), name: z.string(), education: z.string(), experience: z.string(), training: z.string() }).strict()),
    /** SOC major groups: code ("15") -> title ("Computer and Mathematical Occupations"). */
    majorGroups: z.record(z.string(), z.string()),
    /** Every detailed and broad OEWS series of the release, by SOC code. */
    wageSeries: z.record(z.string(), wageSeriesSchema),
    occupations: z.array(occupationSchema),
    /** Optional so a hand-made file (tests) may leave it out: the index then folds every name itself. */
    nameIndex: nameIndexSchema.optional(),
  })
  .strict();
export type OccupationsFile = z.infer<typeof occupationsFileSchema>;
