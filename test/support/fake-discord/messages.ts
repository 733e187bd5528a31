import { ChannelType, MessageReferenceType, MessageType } from "discord-api-types/v10";
import type { MessageFlags } from "discord-api-types/v10";
import type {
  APIAttachment,
  APIEmbed,
  APIMessage,
  APIMessageTopLevelComponent,
  APIUser,
  APIUserWithMember,
  GatewayMessageCreateDispatchData,
  RESTAPIAttachment,
  RESTAPIMessageReference,
} from "discord-api-types/v10";
import type { RecordedFile } from "./http-body.js";
import type { FakeUserInit, FakeWorld } from "./world.js";

/** What the bot may send as a message body (channel message, interaction response data, webhook). */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
  tts?: boolean;
  nonce?: string | number;
  attachments?: RESTAPIAttachment[];
  message_reference?: RESTAPIMessageReference;
  allowed_mentions?: { replied_user?: boolean };
}

/** Input of {@link FakeDiscord.dispatchMessage}. */
export interface DispatchMessageInit {
  content: string;
  /** Author as an id, a partial user, or a full APIUser. Defaults to the default user. */
  author?: string | FakeUserInit | APIUser;
  /** Alias of `author` given as an id. */
  authorId?: string;
  /** Guild text channel id (default: `ids.textChannel`), or a DM channel id. Ignored when `dm` is true. */
  channelId?: string;
  /** Send as a direct message from the author to the bot (no guild_id/member, `channel_type: 1`). */
  dm?: boolean;
  /** Mention the bot: `<@botId> ` is prepended unless the content already mentions it. */
  mentionsBot?: boolean;
  /** Make this a reply to a stored message (id) or to the given message. */
  referencedMessage?: string | APIMessage;
  /** Whether a reply pings (adds) the replied-to author in `mentions`, like Discord's default. Default true. */
  pingRepliedUser?: boolean;
  /** Message id to use (default: a new snowflake). */
  id?: string;
}

const MENTION_PATTERN = /<@!?(\d{5,25})>/g;

/** Every message the fake knows: sent by the bot over REST, or dispatched as MESSAGE_CREATE. */
export class MessageStore {
  private readonly messages = new Map<string, APIMessage>();

  constructor(
    private readonly world: FakeWorld,
    private readonly nextId: () => string,
    private readonly attachmentBaseUrl: () => string,
  ) {}

  get(id: string): APIMessage | undefined {
    return this.messages.get(id);
  }

  /** Messages in creation order, optionally only those of one channel. */
  list(channelId?: string): APIMessage[] {
    const all = [...this.messages.values()];
    return channelId === undefined ? all : all.filter((message) => message.channel_id === channelId);
  }

  delete(id: string): boolean {
    return this.messages.delete(id);
  }

  /** Registers a message built elsewhere (e.g. the message a button sits on). */
  put(message: APIMessage): APIMessage {
    this.messages.set(message.id, message);
    return message;
  }

  /** A message authored by the bot, built from a REST body the way Discord would echo it. */
  createFromBot(channelId: string, body: MessageBody | undefined, files: RecordedFile[], extra: Partial<APIMessage> = {}): APIMessage {
    const data = body ?? {};
    const reference = data.message_reference;
    const referenced = reference?.message_id ? (this.messages.get(reference.message_id) ?? null) : undefined;
    const content = data.content ?? "";
    const mentions = this.mentionsIn(content);
    if (referenced && data.allowed_mentions?.replied_user !== false && !mentions.some((u) => u.id === referenced.author.id)) {
      mentions.push(referenced.author);
    }
    const message: APIMessage = {
      id: this.nextId(),
      channel_id: channelId,
      author: this.world.botUser,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: data.tts ?? false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: this.attachments(data.attachments, files, []),
      embeds: (data.embeds ?? []).map((embed) => ({ type: "rich" as APIEmbed["type"], ...embed })),
      pinned: false,
      type: reference ? MessageType.Reply : MessageType.Default,
      flags: data.flags ?? 0,
      components: data.components ?? [],
      ...(data.nonce === undefined ? {} : { nonce: data.nonce }),
      ...(reference
        ? {
            message_reference: {
              type: MessageReferenceType.Default,
              message_id: reference.message_id,
              channel_id: reference.channel_id ?? channelId,
              ...(reference.guild_id ? { guild_id: reference.guild_id } : {}),
            },
            referenced_message: referenced ?? null,
          }
        : {}),
      ...extra,
    };
    return this.put(message);
  }

  /** Applies a PATCH body (content/embeds/components/flags/attachments) to a stored message. */
  edit(id: string, body: MessageBody | undefined, files: RecordedFile[]): APIMessage | undefined {
    const existing = this.messages.get(id);
    if (!existing) return undefined;
    const data = body ?? {};
    const updated: APIMessage = {
      ...existing,
      ...(data.content === undefined ? {} : { content: data.content ?? "" }),
      ...(data.embeds === undefined ? {} : { embeds: (data.embeds ?? []).map((e) => ({ type: "rich" as APIEmbed["type"], ...e })) }),
      ...(data.components === undefined ? {} : { components: data.components ?? [] }),
      ...(data.flags === undefined ? {} : { flags: data.flags ?? 0 }),
      ...(data.attachments === undefined && files.length === 0 ? {} : { attachments: this.attachments(data.attachments, files, existing.attachments) }),
      edited_timestamp: new Date().toISOString(),
    };
    return this.put(updated);
  }

  /** Builds and stores the MESSAGE_CREATE payload of a message written by a human. */
  createFromUser(init: DispatchMessageInit): GatewayMessageCreateDispatchData {
    const author = this.world.resolveUser(init.authorId ?? init.author);
    const botMention = `<@${this.world.botUser.id}>`;
    const content = init.mentionsBot && !new RegExp(`<@!?${this.world.botUser.id}>`).test(init.content) ? `${botMention} ${init.content}` : init.content;

    const dmChannel = init.dm ? this.world.dmChannelFor(author.id) : undefined;
    const channelId = dmChannel?.id ?? init.channelId ?? this.world.ids.textChannel;
    const channel = this.world.channel(channelId);
    const inGuild = !dmChannel && channel?.type !== ChannelType.DM;

    const referenced = typeof init.referencedMessage === "string" ? this.messages.get(init.referencedMessage) : init.referencedMessage;
    if (init.referencedMessage !== undefined && !referenced) {
      throw new Error(
        `fake-discord: unknown referenced message ${typeof init.referencedMessage === "string" ? init.referencedMessage : init.referencedMessage.id}`,
      );
    }

    const mentionedUsers = this.mentionsIn(content);
    if (referenced && init.pingRepliedUser !== false && !mentionedUsers.some((u) => u.id === referenced.author.id)) {
      mentionedUsers.push(referenced.author);
    }
    const mentions: APIUserWithMember[] = mentionedUsers.map((user) => {
      if (!inGuild) return user;
      const { user: _omit, ...member } = this.world.member(user);
      return { ...user, member: { ...member, joined_at: member.joined_at ?? new Date().toISOString() } };
    });

    const { user: _author, ...authorMember } = this.world.member(author);
    const data: GatewayMessageCreateDispatchData = {
      id: init.id ?? this.nextId(),
      channel_id: channelId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: referenced ? MessageType.Reply : MessageType.Default,
      flags: 0 as MessageFlags,
      components: [],
      nonce: this.nextId(),
      ...(inGuild
        ? {
            guild_id: this.world.ids.guild,
            member: { ...authorMember, joined_at: authorMember.joined_at ?? new Date().toISOString() },
            channel_type: ChannelType.GuildText,
          }
        : { channel_type: ChannelType.DM }),
      ...(referenced
        ? {
            message_reference: {
              type: MessageReferenceType.Default,
              message_id: referenced.id,
              channel_id: referenced.channel_id,
              ...(inGuild ? { guild_id: this.world.ids.guild } : {}),
            },
            referenced_message: referenced,
          }
        : {}),
    };
    this.put(data);
    return data;
  }

  private mentionsIn(content: string): APIUser[] {
    const ids = new Set([...content.matchAll(MENTION_PATTERN)].map((match) => match[1] as string));
    return [...ids].map((id) => this.world.user(id));
  }

  private attachments(requested: RESTAPIAttachment[] | undefined, files: RecordedFile[], existing: APIAttachment[]): APIAttachment[] {
    const fileByIndex = new Map<string, RecordedFile>();
    for (const file of files) {
      const match = /^files\[(\d+)\]$/.exec(file.field);
      fileByIndex.set(match ? (match[1] as string) : file.field, file);
    }
    const build = (file: RecordedFile, meta?: RESTAPIAttachment): APIAttachment => {
      const id = this.nextId();
      const filename = meta?.filename ?? file.filename;
      return {
        id,
        filename,
        ...(meta?.description ? { description: meta.description } : {}),
        content_type: file.contentType || "application/octet-stream",
        size: file.data.length,
        url: `${this.attachmentBaseUrl()}/attachments/${id}/${encodeURIComponent(filename)}`,
        proxy_url: `${this.attachmentBaseUrl()}/attachments/${id}/${encodeURIComponent(filename)}`,
      };
    };
    if (!requested) return [...existing, ...files.map((file) => build(file))];
    const result: APIAttachment[] = [];
    for (const meta of requested) {
      const key = String(meta.id);
      const file = fileByIndex.get(key);
      if (file) {
        result.push(build(file, meta));
        continue;
      }
      const kept = existing.find((attachment) => attachment.id === key);
      if (kept) result.push(kept);
    }
    return result;
  }
}
