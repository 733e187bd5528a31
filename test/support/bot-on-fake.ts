// Shared harness for the bot's end-to-end tests: the REAL bot (startBot, exactly what `npm start`
// runs) logged in to the local fake Discord on 127.0.0.1, with its log lines captured.
import { Writable } from "node:stream";
import { Events, type Message } from "discord.js";
import { MessageFlags } from "discord-api-types/v10";
import type { APIEmbed } from "discord-api-types/v10";
import { loadSettings } from "../../src/config/load-settings.js";
import type { Settings } from "../../src/config/settings-schema.js";
import { Cooldowns } from "../../src/discord/cooldowns.js";
import { deployCommands } from "../../src/discord/register-commands.js";
import { payChartsFor, startBot, type RunningBot } from "../../src/discord/start-bot.js";
import { createEngine, type Engine } from "../../src/engine.js";
import { DEFAULT_DATA_DIR, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { createLogger } from "../../src/logging/logger.js";
import type { PayChartRenderer } from "../../src/render/chart/pay-chart-renderer.js";
import { startFakeDiscord } from "./fake-discord/index.js";
import type { FakeDiscord, RecordedRequest } from "./fake-discord/index.js";

/** One parsed pino line. Levels: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal. */
export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

/** Collects every line the bot's logger writes. */
export class LogCapture {
  readonly raw: string[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer | string, _encoding, callback) => {
      this.raw.push(chunk.toString());
      callback();
    },
  });

  get text(): string {
    return this.raw.join("");
  }

  get lines(): LogLine[] {
    return this.text
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LogLine);
  }

  atLeast(level: number): LogLine[] {
    return this.lines.filter((line) => line.level >= level);
  }
}

export interface BotOnFake {
  fake: FakeDiscord;
  bot: RunningBot;
  settings: Settings;
  logs: LogCapture;
  /** Clears cooldowns (a fresh Cooldowns), so each test starts from a quiet bot. */
  resetCooldowns(): void;
  /** Resolves once the bot's client has received (and its handler has started on) this message. */
  delivered(messageId: string, timeoutMs?: number): Promise<Message>;
  /** Stops the bot and the fake. Idempotent. */
  close(): Promise<void>;
}

let sharedEngine: Promise<Engine> | undefined;

/** The real engine on the bundled data, loaded once per test file. */
export function realEngine(): Promise<Engine> {
  // The curated layer: these tests' expectations are about its roles; full-knowledge tests load their own.
  sharedEngine ??= loadKnowledge(DEFAULT_DATA_DIR, { occupationsFile: null }).then(createEngine);
  return sharedEngine;
}

/** Settings exactly as `npm start` would build them from these variables (no .env file). */
export function settingsFor(fake: FakeDiscord, env: Record<string, string> = {}): Settings {
  return loadSettings({
    // An in-memory database per bot unless a test names one: tests never share or leave a file.
    env: { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "trace", DATABASE_PATH: ":memory:", ...env },
    dotenv: false,
  });
}

export async function startBotOnFake(
  options: {
    /** Extra settings; a function gets the running fake (for its channel ids). */
    env?: Record<string, string> | ((fake: FakeDiscord) => Record<string, string>);
    engine?: Engine;
    /** A chart renderer to use instead of the real one (e.g. one that fails). */
    payChart?: PayChartRenderer;
    /** Register the commands (guild scope) first, so the fake types options like `mention`. Default true. */
    registerCommands?: boolean;
  } = {},
): Promise<BotOnFake> {
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 2_000 });
  const logs = new LogCapture();
  let bot: RunningBot | undefined;
  try {
    const settings = settingsFor(fake, typeof options.env === "function" ? options.env(fake) : options.env);
    if (options.registerCommands !== false) {
      await deployCommands(settingsFor(fake, { DISCORD_CLIENT_ID: fake.ids.application, DISCORD_GUILD_ID: fake.ids.guild }));
      fake.clearRequests();
    }
    const engine = options.engine ?? (await realEngine());
    const logger = createLogger(settings.LOG_LEVEL, logs.stream);
    const runningBot = await startBot(settings, {
      logger,
      engine,
      // The bot's own out-of-process renderer, with a looser bound: here it runs under tsx on a busy
      // machine, where its start alone can take longer than production's 2 s per chart.
      payChart: options.payChart ?? payChartsFor(settings, logger, { timeoutMs: TEST_CHART_TIMEOUT_MS }),
    });
    bot = runningBot;
    await fake.waitUntil(
      () => runningBot.client.isReady() && runningBot.client.guilds.cache.get(fake.ids.guild)?.available === true,
      10_000,
      "the bot to be ready",
    );
    // Ready includes the chart renderer: started and warmed (the bot begins that once online), so a
    // test's first pay answer does not wait seconds for a process to start under tsx.
    await runningBot.context.payChart.warm?.();
    fake.clearRequests();

    let closed = false;
    return {
      fake,
      bot: runningBot,
      settings,
      logs,
      resetCooldowns() {
        runningBot.context.cooldowns = new Cooldowns();
      },
      delivered(messageId, timeoutMs = 5_000) {
        const cached = runningBot.client.channels.cache.find((c) => c.isTextBased() && c.messages.cache.has(messageId));
        if (cached && cached.isTextBased()) return Promise.resolve(cached.messages.cache.get(messageId)!);
        return new Promise<Message>((resolve, reject) => {
          const timer = setTimeout(() => {
            runningBot.client.off(Events.MessageCreate, listener);
            reject(new Error(`message ${messageId} never reached the bot`));
          }, timeoutMs);
          const listener = (message: Message) => {
            if (message.id !== messageId) return;
            clearTimeout(timer);
            runningBot.client.off(Events.MessageCreate, listener);
            resolve(message);
          };
          runningBot.client.on(Events.MessageCreate, listener);
        });
      },
      async close() {
        if (closed) return;
        closed = true;
        await runningBot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await bot?.stop();
    await fake.close();
    throw error;
  }
}

/** Milliseconds to wait when asserting that something did NOT happen. */
export const SILENCE_MS = 300;

/** A chart's bound in these tests (production: CHART_DRAW_TIMEOUT_MS, 2 s). */
export const TEST_CHART_TIMEOUT_MS = 20_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const isEphemeral = (flags: unknown) => (Number(flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** Every custom_id of a message's (or callback body's) action rows. */
export function customIds(components: unknown): string[] {
  const rows = (components ?? []) as { components?: { custom_id?: string }[] }[];
  return rows.flatMap((row) => (row.components ?? []).map((c) => c.custom_id).filter((id): id is string => typeof id === "string"));
}

/** POSTs of channel messages (free-text replies), optionally in one channel. */
export function channelPosts(fake: FakeDiscord, channelId?: string): RecordedRequest[] {
  return fake.requests.filter(
    (r) => r.method === "POST" && /^\/channels\/[^/]+\/messages$/.test(r.path) && (channelId === undefined || r.path === `/channels/${channelId}/messages`),
  );
}

export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: unknown[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  message_reference?: { message_id?: string; channel_id?: string; fail_if_not_exists?: boolean };
  choices?: { name: string; value: string | number }[];
}

/** An interaction callback body: `{type, data}`. */
export function callbackOf(request: RecordedRequest): { type: number; data: SentMessage } {
  const parsed = request.body as { type: number; data?: SentMessage };
  return { type: parsed.type, data: parsed.data ?? {} };
}

/** A channel-message / webhook body. */
export function messageOf(request: RecordedRequest): SentMessage {
  return request.body ?? {};
}

/** Everything an embed shows, as one string (title, description, fields, footer). */
export function embedText(embed: APIEmbed | undefined): string {
  if (!embed) return "";
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].filter(Boolean).join("\n");
}
