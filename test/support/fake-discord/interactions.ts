import { randomBytes } from "node:crypto";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from "discord-api-types/v10";
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOption,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIInteractionDataResolved,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
  APIModalSubmitInteraction,
  APIUser,
} from "discord-api-types/v10";
import { EVERYONE_PERMISSIONS } from "./world.js";
import type { CommandStore } from "./commands.js";
import type { MessageStore } from "./messages.js";
import type { FakeUserInit, FakeWorld } from "./world.js";

/** Where and by whom an interaction happens. */
export interface InteractionContextInit {
  /** Invoking user (id, partial or full user). Defaults to the default user. */
  user?: string | FakeUserInit | APIUser;
  /** Guild text channel (default `ids.textChannel`). Ignored when `dm` is true. */
  channelId?: string;
  /** Invoke from the bot's DM with the user instead of the guild. */
  dm?: boolean;
  /** Interaction id (default: a new snowflake). */
  id?: string;
  /** Interaction token (default: random). */
  token?: string;
  locale?: Locale;
  /** The member's permissions in the channel (bitfield string); default @everyone's. E.g. ManageGuild for admins. */
  permissions?: string;
}

export type OptionValue = string | number | boolean;
/** Options as `{name: value}` (types inferred from registered commands, else from the JS value) or raw API options. */
export type OptionsInit = Record<string, OptionValue> | APIApplicationCommandInteractionDataOption[];

export interface ChatInputInit extends InteractionContextInit {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: OptionsInit;
}

export interface AutocompleteInit extends ChatInputInit {
  /** Name of the option being typed; it gets `focused: true`. Its value is sent as a string, like Discord does. */
  focused: string;
}

export interface ButtonInit extends InteractionContextInit {
  customId: string;
  /** The message the button is on: a stored message id, a message, or (default) a new bot message with that button. */
  message?: string | APIMessage;
}

export interface MessageContextInit extends InteractionContextInit {
  /** Command name, e.g. "Compare roles". */
  name: string;
  /** Target message: a stored message id or a message; default: a new message from the user with `targetContent`. */
  target?: string | APIMessage;
  targetContent?: string;
}

export interface ModalSubmitInit extends InteractionContextInit {
  /** The modal's custom_id (as the bot sent it). */
  customId: string;
  /** Text input values by custom_id. */
  values: Record<string, string>;
  /** The message whose button opened the modal, if any (a stored message id). */
  message?: string;
}

/** Per-interaction bookkeeping: what the bot answered. */
export interface InteractionRecord {
  payload: APIInteraction;
  /** Interaction response type of the first (and only valid) callback, once acknowledged. */
  responseType?: number;
  /** The modal the bot opened (response type 9), if it did. */
  modal?: { custom_id: string; title: string; components: unknown[] };
  /** Id of the message that `@original` refers to, once there is one. */
  originalMessageId?: string;
  followUpMessageIds: string[];
}

/** Interactions the fake has dispatched, by id and by token. */
export class InteractionRegistry {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly unknownIds = new Set<string>();

  register(payload: APIInteraction): InteractionRecord {
    const record: InteractionRecord = { payload, followUpMessageIds: [] };
    this.byId.set(payload.id, record);
    return record;
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  byToken(applicationId: string, token: string): InteractionRecord | undefined {
    for (const record of this.byId.values()) {
      if (record.payload.token === token && record.payload.application_id === applicationId) return record;
    }
    return undefined;
  }

  /** Makes the callback of this interaction id fail with 404 / 10062 Unknown interaction. */
  markUnknown(id: string): void {
    this.unknownIds.add(id);
  }

  isUnknown(id: string): boolean {
    return this.unknownIds.has(id) || !this.byId.has(id);
  }
}

/** Builds valid INTERACTION_CREATE payloads for the fake's guild, channels and users. */
export class InteractionBuilders {
  private readonly syntheticCommandIds = new Map<string, string>();

  constructor(
    private readonly world: FakeWorld,
    private readonly commands: CommandStore,
    private readonly messages: MessageStore,
    private readonly nextId: () => string,
  ) {}

  chatInput(init: ChatInputInit): APIChatInputApplicationCommandInteraction {
    const base = this.base(InteractionType.ApplicationCommand, init);
    const command = this.commands.find(init.name, base.guild_id);
    const { options, resolved } = this.commandOptions(init, command?.options, undefined);
    return {
      ...base,
      data: {
        id: command?.id ?? this.commandId(init.name, ApplicationCommandType.ChatInput),
        name: init.name,
        type: ApplicationCommandType.ChatInput,
        ...(options.length > 0 ? { options } : {}),
        ...(resolved ? { resolved } : {}),
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      },
    } as APIChatInputApplicationCommandInteraction;
  }

  autocomplete(init: AutocompleteInit): APIApplicationCommandAutocompleteInteraction {
    const base = this.base(InteractionType.ApplicationCommandAutocomplete, init);
    const command = this.commands.find(init.name, base.guild_id);
    const { options } = this.commandOptions(init, command?.options, init.focused);
    return {
      ...base,
      data: {
        id: command?.id ?? this.commandId(init.name, ApplicationCommandType.ChatInput),
        name: init.name,
        type: ApplicationCommandType.ChatInput,
        options,
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      },
    } as APIApplicationCommandAutocompleteInteraction;
  }

  /** A message given by id (one the fake stored) or as a full object. */
  private resolveMessage(message: string | APIMessage): APIMessage {
    if (typeof message !== "string") return message;
    const stored = this.messages.get(message);
    if (!stored) throw new Error(`fake-discord: unknown message ${message}`);
    return stored;
  }

  button(init: ButtonInit): APIMessageComponentButtonInteraction {
    let message: APIMessage;
    if (init.message) {
      message = this.resolveMessage(init.message);
    } else {
      const channelId = init.dm ? this.world.dmChannelFor(this.world.resolveUser(init.user).id).id : (init.channelId ?? this.world.ids.textChannel);
      message = this.messages.createFromBot(
        channelId,
        {
          content: "Message with a button",
          components: [
            {
              type: ComponentType.ActionRow,
              components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: init.customId, label: init.customId }],
            },
          ],
        },
        [],
      );
    }
    const base = this.base(InteractionType.MessageComponent, { ...init, channelId: message.channel_id });
    return {
      ...base,
      message,
      data: { custom_id: init.customId, component_type: ComponentType.Button },
    } as APIMessageComponentButtonInteraction;
  }

  modalSubmit(init: ModalSubmitInit): APIModalSubmitInteraction {
    const message = init.message ? this.resolveMessage(init.message) : undefined;
    const base = this.base(InteractionType.ModalSubmit, { ...init, ...(message ? { channelId: message.channel_id } : {}) });
    return {
      ...base,
      ...(message ? { message } : {}),
      data: {
        custom_id: init.customId,
        components: Object.entries(init.values).map(([custom_id, value]) => ({
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.TextInput, custom_id, value }],
        })),
      },
    } as APIModalSubmitInteraction;
  }

  messageContext(init: MessageContextInit): APIMessageApplicationCommandInteraction {
    const user = this.world.resolveUser(init.user);
    let target: APIMessage;
    if (init.target) {
      target = this.resolveMessage(init.target);
    } else {
      const {
        guild_id: _g,
        member: _m,
        mentions,
        channel_type: _c,
        ...rest
      } = this.messages.createFromUser({
        content: init.targetContent ?? "target message",
        author: user,
        ...(init.dm ? { dm: true } : { channelId: init.channelId ?? this.world.ids.textChannel }),
      });
      target = { ...rest, mentions, type: MessageType.Default };
    }
    const base = this.base(InteractionType.ApplicationCommand, { ...init, user, channelId: target.channel_id });
    const command = this.commands.find(init.name, base.guild_id, ApplicationCommandType.Message);
    return {
      ...base,
      data: {
        id: command?.id ?? this.commandId(init.name, ApplicationCommandType.Message),
        name: init.name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      },
    } as APIMessageApplicationCommandInteraction;
  }

  /** Fields shared by every interaction type (guild or DM flavour). */
  private base(type: InteractionType, init: InteractionContextInit) {
    const user = this.world.resolveUser(init.user);
    const locale = init.locale ?? Locale.EnglishUS;
    const common = {
      id: init.id ?? this.nextId(),
      application_id: this.world.ids.application,
      type,
      token: init.token ?? `fake-interaction-token-${randomBytes(12).toString("hex")}`,
      version: 1 as const,
      app_permissions: EVERYONE_PERMISSIONS,
      locale,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    const dmChannel = init.dm ? this.world.dmChannelFor(user.id) : undefined;
    const channel = dmChannel ?? (init.channelId ? this.world.channel(init.channelId) : undefined);
    if (channel?.type === ChannelType.DM) {
      return {
        ...common,
        channel_id: channel.id,
        channel: { ...channel },
        user,
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: "0" },
        context: InteractionContextType.BotDM,
        guild_id: undefined,
      };
    }
    const channelId = init.channelId ?? this.world.ids.textChannel;
    const guildChannel = this.world.channel(channelId);
    return {
      ...common,
      guild_id: this.world.ids.guild,
      guild: { id: this.world.ids.guild, locale: Locale.EnglishUS, features: [] },
      guild_locale: Locale.EnglishUS,
      channel_id: channelId,
      channel: guildChannel ? { ...guildChannel } : { id: channelId, type: ChannelType.GuildText },
      member: this.world.interactionMember(user, init.permissions),
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: this.world.ids.guild },
      context: InteractionContextType.Guild,
    };
  }

  private commandId(name: string, type: ApplicationCommandType): string {
    const key = `${type}:${name}`;
    let id = this.syntheticCommandIds.get(key);
    if (!id) {
      id = this.nextId();
      this.syntheticCommandIds.set(key, id);
    }
    return id;
  }

  /** Builds the (possibly nested under subcommand/group) option list and `resolved` data. */
  private commandOptions(
    init: ChatInputInit,
    definitions: APIApplicationCommandOption[] | undefined,
    focused: string | undefined,
  ): { options: APIApplicationCommandInteractionDataOption[]; resolved?: APIInteractionDataResolved } {
    let defs = definitions;
    const groupDef = init.subcommandGroup ? defs?.find((d) => d.name === init.subcommandGroup) : undefined;
    if (init.subcommandGroup) defs = groupDef && "options" in groupDef ? groupDef.options : undefined;
    const subDef = init.subcommand ? defs?.find((d) => d.name === init.subcommand) : undefined;
    if (init.subcommand) defs = subDef && "options" in subDef ? subDef.options : undefined;

    const resolved: APIInteractionDataResolved = {};
    let leaf: APIApplicationCommandInteractionDataOption[];
    if (Array.isArray(init.options)) {
      leaf = init.options;
      const visit = (list: APIApplicationCommandInteractionDataOption[]) => {
        for (const option of list) {
          if ("options" in option && option.options) visit(option.options);
          else if ("value" in option) this.addResolved(resolved, option.type, option.value);
        }
      };
      visit(leaf);
    } else {
      leaf = Object.entries(init.options ?? {}).map(([name, value]) => {
        const def = defs?.find((d) => d.name === name);
        const type = def?.type ?? inferOptionType(value);
        if (name === focused) {
          return { name, type, value: String(value), focused: true } as APIApplicationCommandInteractionDataOption;
        }
        this.addResolved(resolved, type, value);
        return { name, type, value } as APIApplicationCommandInteractionDataOption;
      });
      if (focused !== undefined && !leaf.some((o) => o.name === focused)) {
        const def = defs?.find((d) => d.name === focused);
        leaf.push({
          name: focused,
          type: def?.type ?? ApplicationCommandOptionType.String,
          value: "",
          focused: true,
        } as APIApplicationCommandInteractionDataOption);
      }
    }

    let options = leaf;
    if (init.subcommand) {
      options = [{ name: init.subcommand, type: ApplicationCommandOptionType.Subcommand, options: leaf } as APIApplicationCommandInteractionDataOption];
    }
    if (init.subcommandGroup) {
      options = [{ name: init.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options } as APIApplicationCommandInteractionDataOption];
    }
    return Object.keys(resolved).length > 0 ? { options, resolved } : { options };
  }

  private addResolved(resolved: APIInteractionDataResolved, type: ApplicationCommandOptionType, value: OptionValue): void {
    if (typeof value !== "string") return;
    if (type === ApplicationCommandOptionType.User || type === ApplicationCommandOptionType.Mentionable) {
      const user = this.world.user(value);
      resolved.users = { ...resolved.users, [user.id]: user };
      const { user: _u, ...member } = this.world.member(user);
      resolved.members = { ...resolved.members, [user.id]: { ...member, permissions: EVERYONE_PERMISSIONS } };
    } else if (type === ApplicationCommandOptionType.Channel) {
      const channel = this.world.channel(value);
      if (channel && channel.type === ChannelType.GuildText) {
        resolved.channels = {
          ...resolved.channels,
          [channel.id]: { id: channel.id, type: channel.type, name: channel.name, permissions: EVERYONE_PERMISSIONS },
        };
      }
    } else if (type === ApplicationCommandOptionType.Role && value === this.world.everyoneRole.id) {
      resolved.roles = { ...resolved.roles, [value]: this.world.everyoneRole };
    }
  }
}

function inferOptionType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === "boolean") return ApplicationCommandOptionType.Boolean;
  if (typeof value === "number") {
    return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}
