import { ApplicationCommandType, InteractionResponseType, InteractionType, MessageFlags, MessageType } from "discord-api-types/v10";
import type {
  APIInteractionResponse,
  APIMessage,
  RESTGetAPIGatewayBotResult,
  RESTPostAPIApplicationCommandsJSONBody,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from "discord-api-types/v10";
import type { IncomingHttpHeaders } from "node:http";
import type { CommandScope, CommandStore } from "./commands.js";
import type { RecordedFile } from "./http-body.js";
import type { InteractionRecord, InteractionRegistry } from "./interactions.js";
import type { MessageBody, MessageStore } from "./messages.js";
import { validateAutocompleteChoices, validateCommands, validateMessageBody, validateModal } from "./validation.js";
import type { ApiError } from "./validation.js";
import type { FakeWorld } from "./world.js";

/** A REST request after parsing, as the router sees it. */
export interface RestRequest {
  method: string;
  /** Decoded path below the versioned API root, e.g. `/channels/1/messages`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
}

export interface RestResponse {
  status: number;
  /** JSON body; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestContext {
  token: string;
  world: FakeWorld;
  commands: CommandStore;
  messages: MessageStore;
  interactions: InteractionRegistry;
  gatewayUrl: () => string;
  validateMessages: boolean;
}

type Handler = (request: RestRequest, params: string[]) => RestResponse;

interface Route {
  method: string;
  pattern: RegExp;
  /** Bot routes need `Authorization: Bot <token>`; interaction/webhook-token routes do not. */
  auth: boolean;
  handler: Handler;
}

const json = (body: unknown, status = 200): RestResponse => ({ status, body });
const noContent = (): RestResponse => ({ status: 204 });
const fromError = (error: ApiError): RestResponse => ({ status: error.status, body: error.body });
const notFound = (code: number, message: string): RestResponse => json({ message, code }, 404);

export const ROUTE_NOT_FOUND: RestResponse = json({ message: "404: Not Found", code: 0 }, 404);
const UNAUTHORIZED: RestResponse = json({ message: "401: Unauthorized", code: 0 }, 401);

/** Route table of the fake REST API. Paths are matched after decoding, so `%40original` equals `@original`. */
export class FakeRest {
  private readonly routes: Route[] = [];

  constructor(private readonly ctx: RestContext) {
    const ID = "([^/]+)";
    const add = (method: string, path: string, auth: boolean, handler: Handler) =>
      this.routes.push({ method, pattern: new RegExp(`^${path.replaceAll(":id", ID)}$`), auth, handler });

    // Gateway and identity
    add("GET", "/gateway", false, () => json({ url: ctx.gatewayUrl() }));
    add("GET", "/gateway/bot", true, () => json(this.gatewayBot()));
    add("GET", "/users/@me", true, () => json(ctx.world.botUser));
    add("GET", "/users/:id", true, (_r, [id]) => json(ctx.world.user(id as string)));
    add("POST", "/users/@me/channels", true, (r) => {
      const recipient = (r.body as { recipient_id?: string } | undefined)?.recipient_id;
      if (!recipient) return fromError({ status: 400, body: { code: 50035, message: "Invalid Form Body" } });
      return json(ctx.world.dmChannelFor(recipient));
    });
    add("GET", "/applications/@me", true, () => json(this.application()));

    // Application commands (global and guild)
    add("GET", "/applications/:id/commands", true, (_r, [app]) => this.withApp(app, () => json(ctx.commands.list(undefined))));
    add("PUT", "/applications/:id/commands", true, (r, [app]) => this.withApp(app, () => this.putCommands(undefined, r.body)));
    add("POST", "/applications/:id/commands", true, (r, [app]) => this.withApp(app, () => this.postCommand(undefined, r.body)));
    add("GET", "/applications/:id/commands/:id", true, (_r, [app, id]) => this.withApp(app, () => this.getCommand(undefined, id as string)));
    add("PATCH", "/applications/:id/commands/:id", true, (r, [app, id]) => this.withApp(app, () => this.patchCommand(undefined, id as string, r.body)));
    add("DELETE", "/applications/:id/commands/:id", true, (_r, [app, id]) => this.withApp(app, () => this.deleteCommand(undefined, id as string)));
    add("GET", "/applications/:id/guilds/:id/commands", true, (_r, [app, guild]) =>
      this.withApp(app, () => this.withGuild(guild, () => json(ctx.commands.list(guild)))),
    );
    add("PUT", "/applications/:id/guilds/:id/commands", true, (r, [app, guild]) =>
      this.withApp(app, () => this.withGuild(guild, () => this.putCommands(guild, r.body))),
    );
    add("POST", "/applications/:id/guilds/:id/commands", true, (r, [app, guild]) =>
      this.withApp(app, () => this.withGuild(guild, () => this.postCommand(guild, r.body))),
    );
    add("GET", "/applications/:id/guilds/:id/commands/:id", true, (_r, [app, guild, id]) =>
      this.withApp(app, () => this.withGuild(guild, () => this.getCommand(guild, id as string))),
    );
    add("PATCH", "/applications/:id/guilds/:id/commands/:id", true, (r, [app, guild, id]) =>
      this.withApp(app, () => this.withGuild(guild, () => this.patchCommand(guild, id as string, r.body))),
    );
    add("DELETE", "/applications/:id/guilds/:id/commands/:id", true, (_r, [app, guild, id]) =>
      this.withApp(app, () => this.withGuild(guild, () => this.deleteCommand(guild, id as string))),
    );

    // Interactions
    add("POST", "/interactions/:id/:id/callback", false, (r, [id, token]) => this.interactionCallback(r, id as string, token as string));
    add("POST", "/webhooks/:id/:id", false, (r, [app, token]) => this.followUp(r, app as string, token as string));
    add("GET", "/webhooks/:id/:id/messages/:id", false, (_r, [app, token, id]) =>
      this.withWebhookMessage(app as string, token as string, id as string, (message) => json(message)),
    );
    add("PATCH", "/webhooks/:id/:id/messages/:id", false, (r, [app, token, id]) =>
      this.withWebhookMessage(app as string, token as string, id as string, (message, record) => this.editWebhookMessage(r, message, record)),
    );
    add("DELETE", "/webhooks/:id/:id/messages/:id", false, (_r, [app, token, id]) =>
      this.withWebhookMessage(app as string, token as string, id as string, (message) => {
        ctx.messages.delete(message.id);
        return noContent();
      }),
    );

    // Channels and messages
    add("GET", "/channels/:id", true, (_r, [id]) => {
      const channel = ctx.world.channel(id as string);
      return channel ? json(channel) : notFound(10003, "Unknown Channel");
    });
    add("POST", "/channels/:id/messages", true, (r, [id]) => this.createChannelMessage(r, id as string));
    add("GET", "/channels/:id/messages/:id", true, (_r, [channel, id]) => this.withChannelMessage(channel, id, (m) => json(m)));
    add("PATCH", "/channels/:id/messages/:id", true, (r, [channel, id]) =>
      this.withChannelMessage(channel, id, (m) => {
        if (m.author.id !== ctx.world.botUser.id) return json({ message: "Cannot edit a message authored by another user", code: 50005 }, 403);
        const invalid = ctx.validateMessages ? validateMessageBody(r.body as MessageBody, r.files.length > 0, true) : undefined;
        if (invalid) return fromError(invalid);
        return json(ctx.messages.edit(m.id, r.body as MessageBody, r.files));
      }),
    );
    add("DELETE", "/channels/:id/messages/:id", true, (_r, [channel, id]) =>
      this.withChannelMessage(channel, id, (m) => {
        ctx.messages.delete(m.id);
        return noContent();
      }),
    );
    add("POST", "/channels/:id/typing", true, (_r, [id]) => (ctx.world.channel(id as string) ? noContent() : notFound(10003, "Unknown Channel")));
    add("PUT", "/channels/:id/messages/:id/reactions/:id/@me", true, (_r, [channel, id]) => this.withChannelMessage(channel, id, () => noContent()));

    // Guild
    add("GET", "/guilds/:id", true, (_r, [id]) => this.withGuild(id, () => json(ctx.world.guildCreatePayload())));
    add("GET", "/guilds/:id/channels", true, (_r, [id]) => this.withGuild(id, () => json(ctx.world.textChannels)));
    add("GET", "/guilds/:id/members/:id", true, (_r, [id, user]) => this.withGuild(id, () => json(ctx.world.member(ctx.world.user(user as string)))));
  }

  handle(request: RestRequest): RestResponse {
    let methodMismatch = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(request.path);
      if (!match) continue;
      if (route.method !== request.method) {
        methodMismatch = true;
        continue;
      }
      if (route.auth && request.headers.authorization !== `Bot ${this.ctx.token}`) return UNAUTHORIZED;
      return route.handler(request, match.slice(1));
    }
    return methodMismatch ? json({ message: "405: Method Not Allowed", code: 0 }, 405) : ROUTE_NOT_FOUND;
  }

  private gatewayBot(): RESTGetAPIGatewayBotResult {
    return {
      url: this.ctx.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    };
  }

  private application() {
    const { world } = this.ctx;
    return {
      id: world.ids.application,
      name: world.botUser.username,
      icon: null,
      description: "",
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0,
      bot: world.botUser,
      owner: world.user(world.ids.owner),
      team: null,
      summary: "",
      approximate_guild_count: 1,
    };
  }

  private withApp(app: string | undefined, then: () => RestResponse): RestResponse {
    return app === this.ctx.world.ids.application ? then() : notFound(10002, "Unknown Application");
  }

  private withGuild(guild: string | undefined, then: () => RestResponse): RestResponse {
    return guild === this.ctx.world.ids.guild ? then() : notFound(10004, "Unknown Guild");
  }

  private putCommands(scope: CommandScope, body: unknown): RestResponse {
    if (!Array.isArray(body)) return fromError({ status: 400, body: { code: 50035, message: "Invalid Form Body" } });
    const bodies = body as RESTPostAPIApplicationCommandsJSONBody[];
    const invalid = validateCommands(bodies);
    if (invalid) return fromError(invalid);
    return json(this.ctx.commands.overwrite(scope, bodies));
  }

  private postCommand(scope: CommandScope, body: unknown): RestResponse {
    const command = body as RESTPostAPIApplicationCommandsJSONBody;
    const invalid = validateCommands([command]);
    if (invalid) return fromError(invalid);
    const existed = this.ctx.commands.find(command.name, scope, command.type ?? ApplicationCommandType.ChatInput);
    const stored = this.ctx.commands.upsert(scope, command);
    return json(stored, existed && existed.guild_id === stored.guild_id ? 200 : 201);
  }

  private getCommand(scope: CommandScope, id: string): RestResponse {
    const command = this.ctx.commands.get(scope, id);
    return command ? json(command) : notFound(10063, "Unknown application command");
  }

  private patchCommand(scope: CommandScope, id: string, body: unknown): RestResponse {
    const command = this.ctx.commands.patch(scope, id, body ?? {});
    return command ? json(command) : notFound(10063, "Unknown application command");
  }

  private deleteCommand(scope: CommandScope, id: string): RestResponse {
    return this.ctx.commands.delete(scope, id) ? noContent() : notFound(10063, "Unknown application command");
  }

  private interactionCallback(request: RestRequest, id: string, token: string): RestResponse {
    const { interactions, messages, world } = this.ctx;
    const record = interactions.get(id);
    if (!record || interactions.isUnknown(id) || record.payload.token !== token) return notFound(10062, "Unknown interaction");
    if (record.responseType !== undefined) {
      return json({ message: "Interaction has already been acknowledged.", code: 40060 }, 400);
    }
    const response = request.body as APIInteractionResponse | undefined;
    const payload = record.payload;
    const allowed = allowedResponseTypes(payload.type);
    if (!response || !allowed.includes(response.type)) {
      return fromError({
        status: 400,
        body: {
          code: 50035,
          message: "Invalid Form Body",
          errors: { type: { _errors: [{ code: "INTERACTION_RESPONSE_TYPE_INVALID", message: "Invalid interaction response type" }] } },
        },
      });
    }

    const data = "data" in response ? (response.data as (MessageBody & { choices?: unknown }) | undefined) : undefined;
    const channelId = payload.channel?.id ?? payload.channel_id ?? world.ids.textChannel;
    let message: APIMessage | undefined;
    switch (response.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = this.ctx.validateMessages ? validateMessageBody(data, request.files.length > 0) : undefined;
        if (invalid) return fromError(invalid);
        message = messages.createFromBot(channelId, data, request.files, this.interactionMessageExtra(record));
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = ((data?.flags ?? 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
        message = messages.createFromBot(channelId, { content: "", flags }, [], this.interactionMessageExtra(record));
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const target = payload.message;
        if (!target) return json({ message: "Unknown Message", code: 10008 }, 404);
        if (!messages.get(target.id)) messages.put(target);
        if (response.type === InteractionResponseType.UpdateMessage) {
          const invalid = this.ctx.validateMessages ? validateMessageBody(data, request.files.length > 0, true) : undefined;
          if (invalid) return fromError(invalid);
          messages.edit(target.id, data, request.files);
        }
        message = messages.get(target.id);
        break;
      }
      case InteractionResponseType.Modal: {
        const modal = data as unknown as { custom_id?: string; title?: string; components?: unknown[] } | undefined;
        const invalid = validateModal(modal);
        if (invalid) return fromError(invalid);
        record.modal = { custom_id: modal!.custom_id!, title: modal!.title!, components: modal!.components! };
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const invalid = validateAutocompleteChoices(data?.choices);
        if (invalid) return fromError(invalid);
        break;
      }
      default:
        break;
    }
    record.responseType = response.type;
    if (message) record.originalMessageId = message.id;

    if (request.query.with_response !== "true") return noContent();
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: payload.id,
        type: payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: response.type === InteractionResponseType.DeferredChannelMessageWithSource,
              response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type: response.type, ...(message ? { message } : {}) },
    };
    return json(result);
  }

  /** Fields Discord sets on messages created through an interaction (webhook-authored, with metadata). */
  private interactionMessageExtra(record: InteractionRecord): Partial<APIMessage> {
    const { payload } = record;
    const app = this.ctx.world.ids.application;
    const user = payload.member?.user ?? payload.user ?? this.ctx.world.defaultUser;
    const isCommand = payload.type === InteractionType.ApplicationCommand;
    const commandType = isCommand ? payload.data.type : undefined;
    return {
      webhook_id: app,
      application_id: app,
      type:
        commandType === ApplicationCommandType.ChatInput
          ? MessageType.ChatInputCommand
          : commandType !== undefined
            ? MessageType.ContextMenuCommand
            : MessageType.Default,
      interaction_metadata: {
        id: payload.id,
        type: payload.type,
        user,
        authorizing_integration_owners: payload.authorizing_integration_owners,
        ...(payload.type === InteractionType.MessageComponent && payload.message ? { interacted_message_id: payload.message.id } : {}),
      } as APIMessage["interaction_metadata"],
    };
  }

  private followUp(request: RestRequest, app: string, token: string): RestResponse {
    const record = this.ctx.interactions.byToken(app, token);
    if (!record || record.responseType === undefined) return notFound(10015, "Unknown Webhook");
    const data = request.body as MessageBody | undefined;
    const invalid = this.ctx.validateMessages ? validateMessageBody(data, request.files.length > 0) : undefined;
    if (invalid) return fromError(invalid);
    const channelId = record.payload.channel?.id ?? record.payload.channel_id ?? this.ctx.world.ids.textChannel;
    const message = this.ctx.messages.createFromBot(channelId, data, request.files, this.interactionMessageExtra(record));
    record.followUpMessageIds.push(message.id);
    return request.query.wait === "false" ? noContent() : json(message);
  }

  private withWebhookMessage(app: string, token: string, id: string, then: (message: APIMessage, record: InteractionRecord) => RestResponse): RestResponse {
    const record = this.ctx.interactions.byToken(app, token);
    if (!record) return notFound(10015, "Unknown Webhook");
    const messageId =
      id === "@original" ? record.originalMessageId : record.followUpMessageIds.includes(id) || record.originalMessageId === id ? id : undefined;
    const message = messageId ? this.ctx.messages.get(messageId) : undefined;
    return message ? then(message, record) : notFound(10008, "Unknown Message");
  }

  private editWebhookMessage(request: RestRequest, message: APIMessage, record: InteractionRecord): RestResponse {
    const data = request.body as MessageBody | undefined;
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    const invalid = this.ctx.validateMessages ? validateMessageBody(data, request.files.length > 0, !wasLoading) : undefined;
    if (invalid) return fromError(invalid);
    const edited = this.ctx.messages.edit(message.id, data, request.files);
    if (!edited) return notFound(10008, "Unknown Message");
    if (wasLoading && record.originalMessageId === message.id) {
      // The first edit of a deferred reply replaces the "thinking..." state; ephemerality is kept.
      edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
      edited.flags |= (message.flags ?? 0) & MessageFlags.Ephemeral;
      edited.edited_timestamp = null;
    }
    return json(edited);
  }

  private createChannelMessage(request: RestRequest, channelId: string): RestResponse {
    if (!this.ctx.world.channel(channelId)) return notFound(10003, "Unknown Channel");
    const data = request.body as MessageBody | undefined;
    const invalid = this.ctx.validateMessages ? validateMessageBody(data, request.files.length > 0) : undefined;
    if (invalid) return fromError(invalid);
    const reference = data?.message_reference;
    if (reference?.message_id && !this.ctx.messages.get(reference.message_id) && reference.fail_if_not_exists !== false) {
      return fromError({
        status: 400,
        body: {
          code: 50035,
          message: "Invalid Form Body",
          errors: { message_reference: { _errors: [{ code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", message: "Unknown message" }] } },
        },
      });
    }
    return json(this.ctx.messages.createFromBot(channelId, data, request.files));
  }

  private withChannelMessage(channelId: string | undefined, id: string | undefined, then: (message: APIMessage) => RestResponse): RestResponse {
    if (!channelId || !this.ctx.world.channel(channelId)) return notFound(10003, "Unknown Channel");
    const message = id ? this.ctx.messages.get(id) : undefined;
    return message && message.channel_id === channelId ? then(message) : notFound(10008, "Unknown Message");
  }
}

function allowedResponseTypes(type: InteractionType): InteractionResponseType[] {
  switch (type) {
    case InteractionType.ApplicationCommand:
      return [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.Modal,
        InteractionResponseType.LaunchActivity,
      ];
    case InteractionType.MessageComponent:
      return [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
        InteractionResponseType.Modal,
      ];
    case InteractionType.ApplicationCommandAutocomplete:
      return [InteractionResponseType.ApplicationCommandAutocompleteResult];
    case InteractionType.ModalSubmit:
      return [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
      ];
    default:
      return [InteractionResponseType.Pong];
  }
}
