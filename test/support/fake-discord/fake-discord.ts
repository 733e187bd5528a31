import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayDispatchEvents, GatewayIntentBits } from "discord-api-types/v10";
import type {
  APIApplicationCommand,
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIModalSubmitInteraction,
  APIMessageComponentButtonInteraction,
  APIUser,
  GatewayDispatchPayload,
  GatewayGuildCreateDispatchData,
  GatewayIdentifyData,
  GatewayMessageCreateDispatchData,
  GatewaySendPayload,
} from "discord-api-types/v10";
import { WebSocketServer } from "ws";
import { CommandStore } from "./commands.js";
import { FakeGateway } from "./gateway.js";
import { parseBody, readRawBody } from "./http-body.js";
import { InteractionBuilders, InteractionRegistry } from "./interactions.js";
import type { AutocompleteInit, ButtonInit, ChatInputInit, InteractionRecord, MessageContextInit, ModalSubmitInit } from "./interactions.js";
import { MessageStore } from "./messages.js";
import type { DispatchMessageInit } from "./messages.js";
import { RequestRecorder } from "./recorder.js";
import type { RecordedRequest, RequestPredicate } from "./recorder.js";
import { FakeRest, ROUTE_NOT_FOUND } from "./rest.js";
import type { RestRequest, RestResponse } from "./rest.js";
import { createSnowflakeGenerator } from "./snowflake.js";
import { FakeWorld } from "./world.js";
import type { FakeDiscordIds, FakeUserInit } from "./world.js";

/** The event name as a plain string, to compare with any dispatch name. */
const INTERACTION_CREATE: string = GatewayDispatchEvents.InteractionCreate;

export interface FakeDiscordOptions {
  /** Bot token the fake accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY). */
  token?: string;
  /** HELLO heartbeat_interval in ms. Default 41250 (Discord's). Short values exercise heartbeats. */
  heartbeatIntervalMs?: number;
  guildName?: string;
  botUsername?: string;
  /** Interaction ids whose callback fails with 404 `{code: 10062, message: "Unknown interaction"}`. */
  unknownInteractionIds?: Iterable<string>;
  /** Reject message bodies that break Discord limits (content 2000, embeds, empty message...). Default true. */
  validateMessages?: boolean;
  /**
   * Enforce gateway intents for {@link FakeDiscord.dispatchMessage} like Discord (GuildMessages /
   * DirectMessages gate delivery; without MessageContent, guild messages not mentioning the bot have
   * empty content). Default true.
   */
  enforceIntents?: boolean;
  /** Receives one line per REST request / gateway event, for debugging. */
  debug?: (line: string) => void;
}

/** A canned response for requests matching `match`, used before normal routing. */
export interface ResponseOverride {
  match: RequestPredicate;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests to answer this way (default: every matching request). */
  times?: number;
}

type DispatchData<E extends GatewayDispatchEvents> = Extract<GatewayDispatchPayload, { t: E }>["d"];

const DEFAULT_TOKEN = "fake-bot-token.for-tests.only";

/** A local stand-in for Discord (REST + gateway) on 127.0.0.1, for driving a real discord.js client. */
export class FakeDiscord {
  /** Base URL to give discord.js as `rest: { api }` (it appends `/v10/...`). */
  readonly apiBase: string;
  /** `ws://127.0.0.1:PORT`, returned by /gateway/bot and used as resume_gateway_url. */
  readonly gatewayUrl: string;
  readonly port: number;
  readonly token: string;
  readonly ids: FakeDiscordIds;
  readonly botUser: APIUser;
  /** The human user that builders and dispatchMessage use by default. */
  readonly defaultUser: APIUser;

  private readonly startedAt = Date.now();
  private readonly recorder = new RequestRecorder();
  private readonly overrides: ResponseOverride[] = [];
  private closed = false;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    private readonly world: FakeWorld,
    private readonly store: MessageStore,
    private readonly commandStore: CommandStore,
    private readonly interactions: InteractionRegistry,
    private readonly builders: InteractionBuilders,
    private readonly rest: FakeRest,
    private readonly gateway: FakeGateway,
    port: number,
    token: string,
    private readonly debugLog: ((line: string) => void) | undefined,
    private readonly enforceIntents: boolean,
  ) {
    this.port = port;
    this.token = token;
    this.apiBase = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.ids = world.ids;
    this.botUser = world.botUser;
    this.defaultUser = world.defaultUser;
    server.on("request", (req, res) => void this.onRequest(req, res));
  }

  /** @internal use {@link startFakeDiscord}. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const token = options.token ?? DEFAULT_TOKEN;
    const nextId = createSnowflakeGenerator();
    const world = new FakeWorld(nextId, {
      ...(options.guildName ? { guildName: options.guildName } : {}),
      ...(options.botUsername ? { botUsername: options.botUsername } : {}),
    });
    let port = 0;
    const httpBase = () => `http://127.0.0.1:${port}`;
    const wsUrl = () => `ws://127.0.0.1:${port}`;
    const store = new MessageStore(world, nextId, httpBase);
    const commands = new CommandStore(world.ids.application, nextId);
    const interactions = new InteractionRegistry();
    for (const id of options.unknownInteractionIds ?? []) interactions.markUnknown(id);
    const builders = new InteractionBuilders(world, commands, store, nextId);
    const rest = new FakeRest({
      token,
      world,
      commands,
      messages: store,
      interactions,
      gatewayUrl: wsUrl,
      validateMessages: options.validateMessages ?? true,
    });

    const server = createServer({ keepAliveTimeout: 1_000 });
    const wss = new WebSocketServer({ server, perMessageDeflate: false });
    const gateway = new FakeGateway(wss, world, {
      token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      url: wsUrl,
      debug: options.debug,
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    port = (server.address() as AddressInfo).port;
    return new FakeDiscord(
      server,
      wss,
      world,
      store,
      commands,
      interactions,
      builders,
      rest,
      gateway,
      port,
      token,
      options.debug,
      options.enforceIntents ?? true,
    );
  }

  // ---------------------------------------------------------------- REST recording

  /** Every REST request received, oldest first (cleared by {@link clearRequests}). */
  get requests(): readonly RecordedRequest[] {
    return this.recorder.requests;
  }

  /**
   * First request (already recorded or future) matching `predicate`. Already-recorded requests count,
   * so call {@link clearRequests} between steps or make the predicate specific (e.g. by interaction id).
   */
  waitForRequest(predicate: RequestPredicate, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.recorder.waitFor(predicate, timeoutMs);
  }

  /** The callback POST of one interaction (`/interactions/:id/:token/callback`). */
  waitForInteractionCallback(interactionId: string, timeoutMs = 5_000): Promise<RecordedRequest> {
    const prefix = `/interactions/${interactionId}/`;
    return this.waitForRequest((r) => r.method === "POST" && r.path.startsWith(prefix) && r.path.endsWith("/callback"), timeoutMs);
  }

  clearRequests(): void {
    this.recorder.clear();
  }

  /** Answers matching requests with a canned status/body instead of the normal route (e.g. 500s, 50013). */
  overrideResponse(override: ResponseOverride): void {
    this.overrides.push({ ...override });
  }

  // ---------------------------------------------------------------- gateway

  /** IDENTIFYs accepted so far. */
  get identifies(): number {
    return this.gateway.identifies;
  }

  /** Successful RESUMEs so far. */
  get resumes(): number {
    return this.gateway.resumes;
  }

  /** Heartbeats (op 1) received so far. */
  get heartbeats(): number {
    return this.gateway.heartbeats;
  }

  /** WebSocket connections accepted so far. */
  get connections(): number {
    return this.gateway.connections;
  }

  /** True while a client is identified/resumed on an open socket. */
  get connected(): boolean {
    return this.gateway.connected;
  }

  get identifyPayloads(): readonly GatewayIdentifyData[] {
    return this.gateway.identifyPayloads;
  }

  /** Close codes of the sockets the client closed (1000 when it shut down cleanly). */
  get clientCloseCodes(): readonly number[] {
    return this.gateway.clientCloseCodes;
  }

  /** Every gateway payload the client sent. */
  get gatewayReceived(): readonly GatewaySendPayload[] {
    return this.gateway.received;
  }

  /** Query strings the client connected with (e.g. `{v: '10', encoding: 'json'}`). */
  get gatewayConnectQueries(): readonly Record<string, string>[] {
    return this.gateway.connectQueries;
  }

  /**
   * Sends a dispatch event (op 0). Returns its sequence number. While the client is disconnected the
   * event is kept and replayed on RESUME. INTERACTION_CREATE payloads are registered so their callbacks work.
   */
  dispatch<E extends GatewayDispatchEvents>(t: E, d: DispatchData<E>): number;
  dispatch(t: string, d: unknown): number;
  dispatch(t: string, d: unknown): number {
    if (t === INTERACTION_CREATE) this.interactions.register(d as APIInteraction);
    return this.gateway.dispatch(t, d);
  }

  /** The guild as GUILD_CREATE sends it (channels, roles, the bot's member), e.g. to dispatch updates of it. */
  guildCreatePayload(): GatewayGuildCreateDispatchData {
    return this.world.guildCreatePayload();
  }

  /** Dispatches INTERACTION_CREATE and returns the payload (for its id/token). */
  dispatchInteraction<T extends APIInteraction>(payload: T): T {
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return payload;
  }

  /**
   * Dispatches MESSAGE_CREATE for a message written by a human (guild by default, or DM) and returns
   * the full message (also stored, so REST fetches and replies can reference it).
   *
   * Intents are enforced like Discord does, against the client's IDENTIFY: without GuildMessages
   * (guild) or DirectMessages (DM) nothing is sent; without the privileged MessageContent intent a
   * guild message that does not mention the bot arrives with empty content/embeds/attachments/components.
   * Pass `enforceIntents: false` to {@link startFakeDiscord} to turn this off.
   */
  dispatchMessage(init: DispatchMessageInit): GatewayMessageCreateDispatchData {
    const data = this.store.createFromUser(init);
    const intents = this.enforceIntents ? this.gateway.identifyPayloads.at(-1)?.intents : undefined;
    if (intents === undefined) {
      this.dispatch(GatewayDispatchEvents.MessageCreate, data);
      return data;
    }
    const inGuild = data.guild_id !== undefined;
    const needed = inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
    if ((intents & needed) === 0) {
      this.debugLog?.(`[gateway] MESSAGE_CREATE not sent: client lacks intent ${GatewayIntentBits[needed]}`);
      return data;
    }
    const mentionsBot = data.mentions.some((user) => user.id === this.botUser.id);
    const seesContent = !inGuild || mentionsBot || (intents & GatewayIntentBits.MessageContent) !== 0;
    this.dispatch(GatewayDispatchEvents.MessageCreate, seesContent ? data : { ...data, content: "", embeds: [], attachments: [], components: [] });
    return data;
  }

  /** Server-side close of the client's socket with `code` (default 4000: discord.js resumes). */
  closeSocket(code?: number, reason?: string): void {
    this.gateway.closeSocket(code, reason);
  }

  /** Drops the client's TCP connection without a close frame (client sees 1006, resumes). */
  terminateSocket(): void {
    this.gateway.terminateSocket();
  }

  /** Sends op 7 Reconnect (discord.js closes and resumes). */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Sends op 9 Invalid Session; not resumable by default (discord.js re-identifies). */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSession(resumable);
  }

  // ---------------------------------------------------------------- builders and state

  chatInputInteraction(init: ChatInputInit): APIChatInputApplicationCommandInteraction {
    return this.builders.chatInput(init);
  }

  autocompleteInteraction(init: AutocompleteInit): APIApplicationCommandAutocompleteInteraction {
    return this.builders.autocomplete(init);
  }

  buttonInteraction(init: ButtonInit): APIMessageComponentButtonInteraction {
    return this.builders.button(init);
  }

  /** A MODAL_SUBMIT, as when a member submits the modal the bot opened (see `modalOf`). */
  modalSubmitInteraction(init: ModalSubmitInit): APIModalSubmitInteraction {
    return this.builders.modalSubmit(init);
  }

  /** The modal the bot opened in answer to this interaction (response type 9), if any. */
  modalOf(interactionId: string): InteractionRecord["modal"] {
    return this.interactions.get(interactionId)?.modal;
  }

  messageContextInteraction(init: MessageContextInit): APIMessageApplicationCommandInteraction {
    return this.builders.messageContext(init);
  }

  /** Makes the callback of this interaction id answer 404 / 10062 Unknown interaction. */
  failInteraction(interactionId: string): void {
    this.interactions.markUnknown(interactionId);
  }

  /** Registers a user (for authors, mentions, interaction users). */
  addUser(init: FakeUserInit = {}): APIUser {
    return this.world.addUser(init);
  }

  /** Registered application commands: global (no argument) or of a guild. */
  commands(guildId?: string): APIApplicationCommand[] {
    return this.commandStore.list(guildId);
  }

  /** Messages the fake knows (bot-sent and dispatched), oldest first, optionally of one channel. */
  messages(channelId?: string): APIMessage[] {
    return this.store.list(channelId);
  }

  message(id: string): APIMessage | undefined {
    return this.store.get(id);
  }

  /** The message `@original` of an interaction currently refers to, if any. */
  originalResponse(interactionId: string): APIMessage | undefined {
    const id = this.interactions.get(interactionId)?.originalMessageId;
    return id ? this.store.get(id) : undefined;
  }

  /** Polls `condition` every 10 ms until it is true; rejects after `timeoutMs`. */
  async waitUntil(condition: () => boolean, timeoutMs = 5_000, what = "condition"): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Stops the gateway and HTTP server and drops every connection. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.recorder.close();
    this.gateway.close();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    const serverClosed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await serverClosed;
  }

  // ---------------------------------------------------------------- HTTP plumbing

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? "/";
    const url = new URL(rawUrl, "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    let response: RestResponse;
    let recorded: RecordedRequest | undefined;
    try {
      const raw = await readRawBody(req);
      const { body, files } = await parseBody(raw, req.headers["content-type"]);
      const versioned = /^\/api(?:\/v\d+)?(\/.*)?$/.exec(url.pathname);
      const path = versioned ? decodePath(versioned[1] ?? "/") : decodePath(url.pathname);
      const request: RestRequest = { method, path, query: Object.fromEntries(url.searchParams), body, files, headers: req.headers };
      recorded = { ...request, rawUrl, status: 0, at: Date.now() - this.startedAt };
      const override = this.takeOverride(recorded);
      response = override ?? (versioned ? this.rest.handle(request) : ROUTE_NOT_FOUND);
    } catch (error) {
      response = { status: 500, body: { message: `fake-discord internal error: ${String(error)}`, code: 0 } };
    }
    if (recorded) {
      recorded.status = response.status;
      this.recorder.record(recorded);
    }
    this.debugLog?.(`[rest] ${method} ${recorded?.path ?? rawUrl} -> ${response.status}`);
    const headers: Record<string, string> = { ...response.headers };
    if (response.status === 204 || response.body === undefined) {
      res.writeHead(response.status, headers);
      res.end();
      return;
    }
    res.writeHead(response.status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(response.body));
  }

  private takeOverride(request: RecordedRequest): RestResponse | undefined {
    const index = this.overrides.findIndex((o) => o.match(request));
    const override = this.overrides[index];
    if (!override) return undefined;
    if (override.times !== undefined && --override.times <= 0) this.overrides.splice(index, 1);
    return { status: override.status, body: override.body, ...(override.headers ? { headers: override.headers } : {}) };
  }
}

function decodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

/** Starts a fake Discord (REST + gateway) on 127.0.0.1 with a random port. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
