import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from "discord-api-types/v10";
import type { GatewayIdentifyData, GatewayResumeData, GatewaySendPayload } from "discord-api-types/v10";
import type { RawData, WebSocket, WebSocketServer } from "ws";
import type { FakeWorld } from "./world.js";

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** The ws:// url handed out by /gateway/bot and in READY.resume_gateway_url. */
  url: () => string;
  debug?: ((line: string) => void) | undefined;
}

interface LoggedDispatch {
  s: number;
  t: string;
  d: unknown;
}

/** A text frame's payload as a string (ws hands it over as a Buffer, a list of Buffers or an ArrayBuffer). */
function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString("utf8");
}

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, so RESUME can replay what the client missed. */
  log: LoggedDispatch[];
}

interface Connection {
  socket: WebSocket;
  authenticated: boolean;
  closedByServer: boolean;
}

/**
 * The gateway half of the fake: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with
 * replay, and server-side dispatches/disconnects. JSON encoding, no compression.
 */
export class FakeGateway {
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  /** Number of WebSocket connections accepted so far. */
  connections = 0;
  readonly identifyPayloads: GatewayIdentifyData[] = [];
  /** Every payload received from the client, in order. */
  readonly received: GatewaySendPayload[] = [];
  /** Query strings of every connection (e.g. `{v: '10', encoding: 'json'}`). */
  readonly connectQueries: Record<string, string>[] = [];
  /** Close codes of sockets the client closed itself (1000 = a clean shutdown; 1006 = it just vanished). */
  readonly clientCloseCodes: number[] = [];

  private session: Session | undefined;
  private current: Connection | undefined;
  private readonly open = new Set<Connection>();

  constructor(
    private readonly wss: WebSocketServer,
    private readonly world: FakeWorld,
    private readonly options: GatewayOptions,
  ) {
    wss.on("connection", (socket, request) => this.onConnection(socket, request));
  }

  /** True while a client is identified/resumed on an open socket. */
  get connected(): boolean {
    return this.current !== undefined;
  }

  get sessionId(): string | undefined {
    return this.session?.id;
  }

  /**
   * Sends a dispatch (op 0) with the next sequence number. Without an open authenticated socket the
   * event is only logged, and replayed when the client RESUMEs. Returns the sequence number.
   */
  dispatch(t: string, d: unknown): number {
    const session = this.session;
    if (!session) throw new Error(`fake-discord: cannot dispatch ${t}: no client has identified yet`);
    const entry: LoggedDispatch = { s: ++session.seq, t, d };
    session.log.push(entry);
    if (this.current) this.send(this.current.socket, { op: GatewayOpcodes.Dispatch, t, s: entry.s, d });
    return entry.s;
  }

  /** Closes the client's socket from the server side with a close frame (4000 = unknown error: discord.js resumes). */
  closeSocket(code = GatewayCloseCodes.UnknownError as number, reason = "fake-discord: closeSocket"): void {
    const connection = this.requireCurrent("closeSocket");
    connection.closedByServer = true;
    this.current = undefined;
    connection.socket.close(code, reason);
  }

  /** Drops the TCP connection without a close frame (the client sees 1006 and resumes). */
  terminateSocket(): void {
    const connection = this.requireCurrent("terminateSocket");
    connection.closedByServer = true;
    this.current = undefined;
    connection.socket.terminate();
  }

  /** Asks the client to reconnect (op 7); discord.js then resumes. */
  requestReconnect(): void {
    this.send(this.requireCurrent("requestReconnect").socket, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Invalidates the session (op 9); with `resumable` false discord.js re-identifies. */
  invalidateSession(resumable = false): void {
    const connection = this.requireCurrent("invalidateSession");
    if (!resumable) this.session = undefined;
    this.send(connection.socket, { op: GatewayOpcodes.InvalidSession, d: resumable });
  }

  /** Terminates every socket; the WebSocketServer itself is closed by the owner. */
  close(): void {
    for (const connection of this.open) {
      connection.closedByServer = true;
      connection.socket.terminate();
    }
    this.open.clear();
    this.current = undefined;
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    this.connections++;
    const query = Object.fromEntries(new URL(request.url ?? "/", "ws://fake").searchParams);
    this.connectQueries.push(query);
    this.debug(`connection #${this.connections} ${request.url ?? ""}`);
    const connection: Connection = { socket, authenticated: false, closedByServer: false };
    this.open.add(connection);

    socket.on("message", (data, isBinary) => {
      if (isBinary) {
        socket.close(GatewayCloseCodes.DecodeError, "fake-discord only speaks JSON text frames");
        return;
      }
      let payload: GatewaySendPayload;
      try {
        payload = JSON.parse(textOf(data)) as GatewaySendPayload;
      } catch {
        socket.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
        return;
      }
      this.received.push(payload);
      this.onPayload(connection, payload);
    });
    socket.on("close", (code) => {
      this.open.delete(connection);
      if (this.current === connection) this.current = undefined;
      // Like Discord: a client closing with 1000/1001 ends its session (no resume possible).
      if (!connection.closedByServer && (code === 1000 || code === 1001)) this.session = undefined;
      if (!connection.closedByServer) this.clientCloseCodes.push(code);
      this.debug(`socket closed ${code}`);
    });
    socket.on("error", (error) => this.debug(`socket error ${error.message}`));

    if (query.compress) {
      // discord.js only asks for zlib-stream when zlib-sync is installed; the fake does not compress.
      socket.close(GatewayCloseCodes.DecodeError, "fake-discord does not support transport compression");
      return;
    }
    this.send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private onPayload(connection: Connection, payload: GatewaySendPayload): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats++;
        this.send(connection.socket, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(connection, payload.d);
        return;
      case GatewayOpcodes.Resume:
        this.onResume(connection, payload.d);
        return;
      case GatewayOpcodes.RequestGuildMembers: {
        if (!this.requireAuth(connection)) return;
        if (this.current !== connection) return;
        this.dispatch(GatewayDispatchEvents.GuildMembersChunk, {
          guild_id: payload.d.guild_id,
          members: [this.world.member(this.world.botUser), this.world.member(this.world.defaultUser)],
          chunk_index: 0,
          chunk_count: 1,
          not_found: [],
          ...(payload.d.nonce ? { nonce: payload.d.nonce } : {}),
        });
        return;
      }
      default:
        // Presence / voice state updates etc. are only recorded.
        this.requireAuth(connection);
    }
  }

  private onIdentify(connection: Connection, data: GatewayIdentifyData): void {
    if (connection.authenticated) {
      this.serverClose(connection, GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    if (data.token !== this.options.token) {
      this.serverClose(connection, GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    this.identifies++;
    this.identifyPayloads.push(data);
    connection.authenticated = true;
    this.current = connection;
    this.session = { id: randomBytes(16).toString("hex"), seq: 0, log: [] };
    const shard: [number, number] = data.shard ?? [0, 1];
    this.dispatch(GatewayDispatchEvents.Ready, this.world.readyPayload(this.session.id, this.options.url(), shard));
    this.dispatch(GatewayDispatchEvents.GuildCreate, this.world.guildCreatePayload());
  }

  private onResume(connection: Connection, data: GatewayResumeData): void {
    const session = this.session;
    if (!session || data.session_id !== session.id || data.token !== this.options.token) {
      this.debug("resume rejected: invalid session");
      this.send(connection.socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    if (data.seq > session.seq) {
      this.serverClose(connection, GatewayCloseCodes.InvalidSeq, "Invalid seq.");
      return;
    }
    this.resumes++;
    connection.authenticated = true;
    if (this.current && this.current !== connection) this.serverClose(this.current, 4009, "Session superseded.");
    this.current = connection;
    const missed = session.log.filter((entry) => entry.s > data.seq);
    this.debug(`resumed, replaying ${missed.length} events`);
    for (const entry of missed) this.send(connection.socket, { op: GatewayOpcodes.Dispatch, t: entry.t, s: entry.s, d: entry.d });
    this.send(connection.socket, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Resumed, s: ++session.seq, d: {} });
  }

  private requireAuth(connection: Connection): boolean {
    if (connection.authenticated) return true;
    this.serverClose(connection, GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
    return false;
  }

  private requireCurrent(what: string): Connection {
    if (!this.current) throw new Error(`fake-discord: ${what}: no client is connected`);
    return this.current;
  }

  private serverClose(connection: Connection, code: number, reason: string): void {
    connection.closedByServer = true;
    if (this.current === connection) this.current = undefined;
    connection.socket.close(code, reason);
  }

  private send(socket: WebSocket, payload: { op: number; d?: unknown; t?: string | null; s?: number | null }): void {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify({ t: null, s: null, d: null, ...payload }));
  }

  private debug(line: string): void {
    this.options.debug?.(`[gateway] ${line}`);
  }
}
