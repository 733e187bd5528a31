// zod schemas for the files in data/. Types used across the engine are inferred from here, so the
// data contract and the code cannot drift apart.
import { z } from "zod";
import { CONTENT_LIMITS } from "../limits.js";
import { FAMILY_IDS } from "./families.js";

const ROLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const roleIdSchema = z.string().regex(ROLE_ID, "expected a kebab-case role id such as office-manager");

const text = (max: number) => z.string().trim().min(3, `expected at least 3 characters`).max(max, `expected at most ${max} characters`);

export const bulletSchema = text(CONTENT_LIMITS.bulletMax);
const bulletsSchema = z.array(bulletSchema).min(1, "expected at least one bullet").max(CONTENT_LIMITS.bulletsPerSection);

/** Ordered from least to most formal education, so the answers can compute an "education gap". */
export const EDUCATION_LEVELS = ["none", "high-school", "postsecondary-certificate", "some-college", "associate", "bachelor", "master", "doctorate"] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const SENIORITY_LEVELS = ["entry", "mid", "senior", "executive"] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];

/** Whole currency units for annual figures; hourly figures may carry cents ($21.50). */
const money = z
  .number()
  .positive()
  .max(10_000_000)
  .refine((n) => Math.round(n * 100) === n * 100, { message: "expected at most two decimals" });
const range = z
  .object({ low: money, high: money })
  .strict()
  .refine((r) => r.low <= r.high, { message: "expected low <= high" });
/** BLS top-codes its highest wages: "at least $239,200" is a fact, a number above it would be a guess. */
const percentileValue = z.union([money, z.object({ atLeast: money }).strict()]);

export const salaryFigureSchema = z
  .object({
    source: z.string().min(1).describe("id of an entry in this file's sources"),
    year: z.number().int().min(1990).max(2100).nullable().describe("reference year of the figure; null when the source gives none"),
    region: z.string().min(2).max(40),
    currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO currency code such as USD"),
    period: z.enum(["annual", "hourly"]),
    basis: z.string().max(160).optional().describe("what the figure measures, e.g. the BLS series"),
    series: z
      .object({ code: z.string().min(2).max(20), title: z.string().min(2).max(120) })
      .strict()
      .optional(),
    indicative: z.boolean().optional().describe("true when the series is only a loose match for the role"),
    median: money.optional(),
    mean: money.optional(),
    entry: range.optional(),
    experienced: range.optional(),
    percentiles: z.object({ p10: percentileValue, p25: percentileValue, p75: percentileValue, p90: percentileValue }).partial().strict().optional(),
    note: text(CONTENT_LIMITS.bulletMax).optional(),
  })
  .strict()
  .refine((f) => f.median ?? f.mean ?? f.entry ?? f.experienced ?? f.percentiles, {
    message: "expected at least one of median, mean, entry, experienced or percentiles",
  });

/**
 * What a source is, so answers can cite it where it backs what they show: a wage table backs pay
 * figures only, projections back outlook and entry requirements, and so on.
 */
export const SOURCE_KINDS = ["wage-table", "projections", "career-guide", "occupation-database", "taxonomy", "article"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** An O*NET-SOC code such as 11-1021.00: the occupation a curated role belongs to. */
export const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export const sourceSchema = z
  .object({
    id: z.string().regex(ROLE_ID, "expected a short kebab-case id such as bls-oews-2024"),
    kind: z.enum(SOURCE_KINDS),
    title: z.string().min(3).max(200),
    url: z.url({ protocol: /^https?$/ }),
    year: z.number().int().min(1990).max(2100),
    /** "published" (default) or "accessed" when the page shows no date and the year is when we read it. */
    yearIs: z.enum(["published", "accessed"]).optional(),
    publisher: z.string().max(120).optional(),
    license: z.string().max(120).optional(),
  })
  .strict();

export const roleSchema = z
  .object({
    id: roleIdSchema,
    title: z.string().trim().min(2).max(80),
    /** The O*NET-SOC occupation this role belongs to (null where none fits): imported facts and titles attach by it. */
    code: z.string().regex(ONET_SOC_CODE, "expected an O*NET-SOC code such as 11-1021.00, or null").nullable(),
    /**
     * "whole" (default): the occupation's titles are this role's ("auditor" is the Accountant). "part":
     * the role is one of the jobs its occupation counts, whose own titles name another role (a COO
     * among O*NET's Chief Executives: "ceo vs coo" compares two roles).
     */
    occupationScope: z.enum(["whole", "part"]).default("whole"),
    aliases: z.array(z.string().trim().min(2).max(CONTENT_LIMITS.aliasMax)).max(60).default([]),
    family: z.enum(FAMILY_IDS),
    summary: text(CONTENT_LIMITS.summaryMax),
    duties: bulletsSchema,
    requirements: z
      .object({
        education: z
          .object({
            typical: z.enum(EDUCATION_LEVELS),
            fields: z.array(z.string().min(2).max(80)).max(8).default([]),
            note: text(CONTENT_LIMITS.bulletMax).optional(),
          })
          .strict(),
        experience: z
          .object({
            minYears: z.number().min(0).max(40),
            maxYears: z.number().min(0).max(40).optional(),
            note: text(CONTENT_LIMITS.bulletMax).optional(),
          })
          .strict()
          .refine((e) => e.maxYears === undefined || e.maxYears >= e.minYears, { message: "expected maxYears >= minYears" }),
        certifications: z.array(z.string().min(2).max(120)).max(8).default([]),
        bullets: bulletsSchema,
      })
      .strict(),
    environment: z
      .object({
        settings: z.array(z.string().min(2).max(60)).min(1).max(8),
        industries: z.array(z.string().min(2).max(60)).max(10).default([]),
        schedule: text(CONTENT_LIMITS.bulletMax),
        travel: z.enum(["none", "occasional", "frequent"]),
        bullets: bulletsSchema,
      })
      .strict(),
    skills: bulletsSchema,
    salary: z
      .object({
        figures: z.array(salaryFigureSchema).max(4),
        /** Says why there is no figure (or what to keep in mind) rather than guessing one. */
        note: text(CONTENT_LIMITS.bulletMax).optional(),
      })
      .strict()
      .refine((s) => s.figures.length > 0 || s.note, { message: "expected figures, or a note saying why there is none" }),
    career: z
      .object({
        level: z.enum(SENIORITY_LEVELS),
        reportsTo: z.array(z.string().min(2).max(80)).min(1).max(5),
        previous: z.array(roleIdSchema).max(8).default([]),
        next: z.array(roleIdSchema).max(8).default([]),
        bullets: bulletsSchema.optional(),
      })
      .strict(),
    sources: z.array(sourceSchema).min(1, "expected at least one source (title, url, year)"),
  })
  .strict();

const differencesShape = {
  overview: text(CONTENT_LIMITS.differenceMax),
  duties: text(CONTENT_LIMITS.differenceMax).optional(),
  requirements: text(CONTENT_LIMITS.differenceMax).optional(),
  environment: text(CONTENT_LIMITS.differenceMax).optional(),
  skills: text(CONTENT_LIMITS.differenceMax).optional(),
  salary: text(CONTENT_LIMITS.differenceMax).optional(),
  career: text(CONTENT_LIMITS.differenceMax).optional(),
  outlook: text(CONTENT_LIMITS.differenceMax).optional(),
};

export const comparisonSchema = z
  .object({
    roles: z.tuple([roleIdSchema, roleIdSchema]),
    differences: z.object(differencesShape).strict(),
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

export type Role = z.infer<typeof roleSchema>;
export type RoleInput = z.input<typeof roleSchema>;
export type SalaryFigure = z.infer<typeof salaryFigureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;

/** data/title-preferences.yaml: the occupation a much-asked, shared or abbreviated title usually means. */
export const titlePreferencesSchema = z
  .object({
    preferences: z.array(
      z
        .object({
          title: z.string().trim().min(2).max(CONTENT_LIMITS.aliasMax),
          code: z.string().regex(ONET_SOC_CODE, "expected an O*NET-SOC code such as 15-2051.00"),
        })
        .strict(),
    ),
  })
  .strict();
export type TitlePreference = z.infer<typeof titlePreferencesSchema>["preferences"][number];

/**
 * How widely a licence is asked: by every state, nearly every, most, or by federal law (the same
 * everywhere); or, for a credential members ask about that the work itself does not require, by few
 * states ("few-states": most ask none) or only for part of the work ("part-of-the-work": the CPA's audit
 * sign-off, the engineer's PE stamp).
 */
export const LICENCE_SCOPES = ["every-state", "nearly-every-state", "most-states", "federal", "few-states", "part-of-the-work"] as const;

/**
 * data/licences.yaml: occupations a licence is required for, as BLS's Occupational Outlook Handbook
 * describes, each rule in an editor's own sentence with its source (the imported data holds none).
 */
export const licencesSchema = z
  .object({
    licences: z.array(
      z
        .object({
          codes: z.array(z.string().regex(ONET_SOC_CODE, "expected an O*NET-SOC code such as 29-1141.00")).min(1),
          scope: z.enum(LICENCE_SCOPES),
          rule: text(CONTENT_LIMITS.summaryMax),
          source: sourceSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type Licence = z.infer<typeof licencesSchema>["licences"][number];

/**
 * data/routes.yaml: how long the way into an occupation usually takes, or the bridge program from one
 * occupation into another (`from`), as BLS's Occupational Outlook Handbook describes, each in an
 * editor's own sentence with its source (O*NET says what level of schooling, not how long it runs).
 */
export const routesSchema = z
  .object({
    routes: z.array(
      z
        .object({
          to: z.array(z.string().regex(ONET_SOC_CODE, "expected an O*NET-SOC code such as 29-1141.00")).min(1),
          from: z.array(z.string().regex(ONET_SOC_CODE, "expected an O*NET-SOC code such as 29-2061.00")).min(1).optional(),
          route: text(CONTENT_LIMITS.summaryMax),
          source: sourceSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type Route = z.infer<typeof routesSchema>["routes"][number];

/**
 * data/conditions.yaml: an occupation's working conditions (its hours, its physical demands, where the
 * work is done), as the "Work Environment" section of BLS's Occupational Outlook Handbook describes them,
 * each in an editor's own sentence with its source: O*NET's work-context data is not in the import.
 */
export const conditionsSchema = z
  .object({
    conditions: z.array(
      z
        .object({
          codes: z.array(z.string().regex(ONET_SOC_CODE, "expected an O*NET-SOC code such as 29-1141.00")).min(1),
          hours: text(CONTENT_LIMITS.summaryMax).optional(),
          physical: text(CONTENT_LIMITS.summaryMax).optional(),
          setting: text(CONTENT_LIMITS.summaryMax).optional(),
          source: sourceSchema,
        })
        .strict()
        .refine((c) => c.hours !== undefined || c.physical !== undefined || c.setting !== undefined, {
          message: "expected at least one of hours, physical or setting",
        }),
    ),
  })
  .strict();
export type Conditions = z.infer<typeof conditionsSchema>["conditions"][number];
