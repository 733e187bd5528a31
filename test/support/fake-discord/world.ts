import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import type {
  APIDMChannel,
  ApplicationFlags,
  ChannelFlags,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
  APIGuildMember,
  APIGuildTextChannel,
  APIInteractionGuildMember,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
} from "discord-api-types/v10";

/** The fixed cast of the fake Discord: one guild, two text channels, the bot, one human. */
export interface FakeDiscordIds {
  /** The application id; equal to the bot user id, as for every modern Discord bot. */
  readonly application: string;
  readonly botUser: string;
  readonly guild: string;
  /** The guild's @everyone role (its id equals the guild id, as on Discord). */
  readonly everyoneRole: string;
  /** First text channel ("general"). */
  readonly textChannel: string;
  /** Second text channel ("bot-commands"). */
  readonly otherTextChannel: string;
  /** The default human user that builders use when no user is given. */
  readonly user: string;
  /** Owner of the guild (not a member in the cache; only so the default user is not the owner). */
  readonly owner: string;
}

export interface FakeWorldOptions {
  guildName?: string;
  botUsername?: string;
}

export interface FakeUserInit {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

/**
 * Permissions of @everyone (and so of every member, the bot included): enough to read, send, embed,
 * attach, reply and use application commands. No Administrator, so permission checks stay meaningful.
 */
export const EVERYONE_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands
).toString();

const JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

/** Users, guild, channels and the payloads that describe them (READY, GUILD_CREATE, members). */
export class FakeWorld {
  readonly ids: FakeDiscordIds;
  readonly botUser: APIUser;
  readonly defaultUser: APIUser;
  readonly guildName: string;
  readonly everyoneRole: APIRole;
  readonly textChannels: readonly APIGuildTextChannel<ChannelType.GuildText>[];
  private readonly users = new Map<string, APIUser>();
  private readonly dmChannels = new Map<string, APIDMChannel>();

  constructor(
    private readonly nextId: () => string,
    options: FakeWorldOptions = {},
  ) {
    const botId = nextId();
    const guildId = nextId();
    const ids: FakeDiscordIds = {
      application: botId,
      botUser: botId,
      guild: guildId,
      everyoneRole: guildId,
      textChannel: nextId(),
      otherTextChannel: nextId(),
      user: nextId(),
      owner: nextId(),
    };
    this.ids = ids;
    this.guildName = options.guildName ?? "Fake Guild";
    this.botUser = this.addUser({ id: botId, username: options.botUsername ?? "RoleCompare", bot: true });
    this.defaultUser = this.addUser({ id: ids.user, username: "tester", globalName: "Tester" });
    this.everyoneRole = {
      id: ids.everyoneRole,
      name: "@everyone",
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      position: 0,
      permissions: EVERYONE_PERMISSIONS,
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
    this.textChannels = [this.textChannel(ids.textChannel, "general", 0), this.textChannel(ids.otherTextChannel, "bot-commands", 1)];
  }

  /** Creates (or replaces) a user the fake knows about. */
  addUser(init: FakeUserInit = {}): APIUser {
    const id = init.id ?? this.nextId();
    const username = init.username ?? `user${this.users.size}`;
    const user: APIUser = {
      id,
      username,
      discriminator: "0",
      global_name: init.globalName === undefined ? (init.bot ? null : username) : init.globalName,
      avatar: null,
      ...(init.bot ? { bot: true } : {}),
      public_flags: 0 as UserFlags,
      flags: 0 as UserFlags,
    };
    this.users.set(id, user);
    return user;
  }

  /** A known user by id, or a freshly registered one with that id. */
  user(id: string): APIUser {
    return this.users.get(id) ?? this.addUser({ id });
  }

  /** Resolves a user given as an id, a partial user or nothing (the default user). */
  resolveUser(user: string | FakeUserInit | APIUser | undefined): APIUser {
    if (user === undefined) return this.defaultUser;
    if (typeof user === "string") return this.user(user);
    if ("discriminator" in user) {
      this.users.set(user.id, user);
      return user;
    }
    if (user.id && this.users.has(user.id) && user.username === undefined) return this.user(user.id);
    return this.addUser(user);
  }

  isGuildTextChannel(id: string): boolean {
    return this.textChannels.some((channel) => channel.id === id);
  }

  /** The DM channel between the bot and a user (created on first use). */
  dmChannelFor(userId: string): APIDMChannel {
    const existing = this.dmChannels.get(userId);
    if (existing) return existing;
    {
      const channel: APIDMChannel = {
        id: this.nextId(),
        type: ChannelType.DM,
        last_message_id: null,
        flags: 0 as ChannelFlags,
        name: null,
        recipients: [this.user(userId)],
      };
      this.dmChannels.set(userId, channel);
      return channel;
    }
  }

  /** Any channel the fake knows, guild or DM. */
  channel(id: string): APIGuildTextChannel<ChannelType.GuildText> | APIDMChannel | undefined {
    return this.textChannels.find((channel) => channel.id === id) ?? [...this.dmChannels.values()].find((channel) => channel.id === id);
  }

  member(user: APIUser): APIGuildMember {
    return {
      user,
      nick: null,
      avatar: null,
      banner: null,
      roles: [],
      joined_at: JOINED_AT,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      pending: false,
      communication_disabled_until: null,
    };
  }

  interactionMember(user: APIUser, permissions: string = EVERYONE_PERMISSIONS): APIInteractionGuildMember {
    return { ...this.member(user), user, permissions };
  }

  readyPayload(sessionId: string, resumeGatewayUrl: string, shard: [number, number]): GatewayReadyDispatchData {
    return {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: [{ id: this.ids.guild, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: resumeGatewayUrl,
      shard,
      application: { id: this.ids.application, flags: 0 as ApplicationFlags, flags_new: "0" },
    };
  }

  guildCreatePayload(): GatewayGuildCreateDispatchData {
    return {
      id: this.ids.guild,
      name: this.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.ids.owner,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: [this.everyoneRole],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: this.ids.textChannel,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      max_members: 500_000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      // GUILD_CREATE extra fields
      joined_at: JOINED_AT,
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      // Discord always includes the bot's own member, so `guild.members.me` works.
      members: [this.member(this.botUser)],
      channels: this.textChannels.map((channel) => ({ ...channel })),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private textChannel(id: string, name: string, position: number): APIGuildTextChannel<ChannelType.GuildText> {
    return {
      id,
      type: ChannelType.GuildText,
      guild_id: this.ids.guild,
      name,
      position,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0 as ChannelFlags,
      default_auto_archive_duration: 1440,
    };
  }
}
