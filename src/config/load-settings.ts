// The only place that reads process.env. Loads .env (dotenv), validates with zod, and turns every
// problem into one message that names the variable and says what to do.
import { config as loadDotenv } from "dotenv";
import { settingsSchema, type Settings } from "./settings-schema.js";

export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      [
        "RoleCompare cannot start: its settings need attention.",
        ...problems.map((p) => `  - ${p}`),
        "Copy .env.example to .env and fill it in (it explains each variable).",
        "No Discord bot yet? `npm run chat` answers the same questions in your terminal without a token.",
      ].join("\n"),
    );
    this.name = "SettingsError";
  }
}

export type SettingName = keyof Settings;

/** Validates `env` (process.env by default, after .env is loaded). `require` lists the settings this entry point cannot run without. */
export function loadSettings(options: { env?: NodeJS.ProcessEnv; require?: SettingName[]; dotenv?: boolean } = {}): Settings {
  if (options.dotenv !== false && !options.env) loadDotenv({ quiet: true });
  const env = options.env ?? process.env;
  const parsed = settingsSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "settings");
      const message = issue.code === "invalid_type" && env[name] === undefined ? "is not set" : issue.message;
      problems.push(`${name} ${message}${name === "DISCORD_TOKEN" ? "" : ` (got "${env[name] ?? ""}")`}`);
    }
  }
  for (const name of options.require ?? []) {
    if (parsed.success && parsed.data[name] === undefined) problems.push(`${name} is not set`);
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return parsed.data!;
}

/** For entry points: the settings, or the friendly message on stderr and exit code 1. */
export function loadSettingsOrExit(options: Parameters<typeof loadSettings>[0] = {}): Settings {
  try {
    return loadSettings(options);
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
