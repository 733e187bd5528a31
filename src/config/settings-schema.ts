// Environment variables -> typed settings. Each entry point asks only for what it needs, so
// `npm run chat` never wants a token and `deploy-commands` never wants ASK_CHANNEL_IDS.
import { z } from "zod";

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, "expected a Discord ID: 17 to 20 digits (Developer Mode -> right click -> Copy ID)");
const empty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const tokenSchema = z
  .string({ error: "is not set" })
  .trim()
  .min(1, { error: "is not set", abort: true })
  // A bot token is three base64url parts joined by dots; catch "Bot xxx" or a client secret pasted by mistake.
  .refine((t) => !/^bot\s/i.test(t), { error: "should be the bare token, without the 'Bot ' prefix", abort: true })
  .refine(
    (t) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(t),
    "does not look like a bot token (three parts separated by dots); copy it from Developer Portal -> Bot -> Reset Token",
  );

export const settingsSchema = z.object({
  DISCORD_TOKEN: tokenSchema,
  DISCORD_CLIENT_ID: z.preprocess(empty, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(empty, snowflake.optional()),
  ASK_CHANNEL_IDS: z.preprocess(
    empty,
    z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(snowflake)),
  ),
  LOG_LEVEL: z.preprocess(empty, z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info")),
  DISCORD_API_BASE: z.preprocess(empty, z.url({ protocol: /^https?$/ }).optional()),
  SHARD_COUNT: z.preprocess(empty, z.union([z.literal("auto"), z.coerce.number().int().min(1).max(1000)]).default("auto")),
  DATA_DIR: z.preprocess(empty, z.string().optional()),
  /** The compiled occupations file (default: <data folder>/imported/occupations.json when present); "off" runs on the curated roles alone. */
  OCCUPATIONS_FILE: z.preprocess(empty, z.string().optional()),
  /** SQLite file for per-server settings and feedback (created on first start). */
  DATABASE_PATH: z.preprocess(empty, z.string().default(".data/rolecompare.sqlite")),
  /** postgres://… : use PostgreSQL instead of the SQLite file (recommended for sharded fleets). */
  DATABASE_URL: z.preprocess(empty, z.url({ protocol: /^postgres(ql)?$/, error: "expected postgres://user:password@host:5432/database" }).optional()),
  /** "off": pay answers go out without the chart image, and the renderer process never starts. */
  PAY_CHARTS: z.preprocess(empty, z.enum(["on", "off"], { error: "expected on or off" }).default("on")),
  /** Seconds without a chart to draw before the pay chart renderer process exits (it starts again on the next chart). */
  PAY_CHART_IDLE_SECONDS: z.preprocess(empty, z.coerce.number({ error: "expected a number of seconds" }).int().min(1).max(86_400).default(60)),
  /** Ask for the privileged Message Content intent (needed to read ask channels). Default: on when ASK_CHANNEL_IDS is set. */
  MESSAGE_CONTENT_INTENT: z.preprocess(empty, z.enum(["true", "false"], { error: "expected true or false" }).optional()),
});

export type Settings = z.infer<typeof settingsSchema>;
