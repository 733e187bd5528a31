// The soak's traffic: a seeded mix of the gateway events a busy server sends a bot. Interactions
// (slash commands, autocomplete, buttons on earlier answers, the message command) make up about 80%,
// like the black-box run; the rest are messages (mentions, DMs, ask-channel chatter) and
// guild/channel/message updates. Members are drawn from a pool of 2,000, so caches see many users.
import type { APIInteraction, APIUser } from "discord-api-types/v10";
import { GatewayDispatchEvents } from "discord-api-types/v10";
import type { FakeDiscord } from "../../test/support/fake-discord/index.js";
import type { Random } from "../random.js";

export const ASPECTS = ["overview", "duties", "requirements", "environment", "skills", "salary", "career"] as const;

export type SoakEvent = { kind: "interaction"; label: string; build: () => APIInteraction } | { kind: "gateway"; label: string; send: () => void };

export interface MixInputs {
  fake: FakeDiscord;
  random: Random;
  /** Role titles people type (from the curated data). */
  titles: readonly string[];
  /** Custom ids of buttons the bot has posted so far (filled in by the soak as answers come back). */
  buttonIds: readonly string[];
  /** The channel the bot reads as an ask channel. */
  askChannelId: string;
}

const CHATTER = ["lol same", "anyone up for lunch?", "ok", "thanks!", "brb", "that meeting could have been an email"];

export function createEventMix({ fake, random, titles, buttonIds, askChannelId }: MixInputs): () => SoakEvent {
  const users: APIUser[] = Array.from({ length: 2_000 }, (_, i) => fake.addUser({ username: `member${i}` }));
  const user = () => random.pick(users);
  const title = () => random.pick(titles);
  const question = () =>
    `${title().toLowerCase()} vs ${title().toLowerCase()} ${random.pick(["pay?", "skills", "what's the difference", "duties", "degree?"])}`;
  const typedPrefix = () =>
    title()
      .slice(0, 1 + random.int(6))
      .toLowerCase();
  let edits = 0;

  const interactions: [number, () => SoakEvent][] = [
    [
      30,
      () => ({
        kind: "interaction",
        label: "/compare",
        build: () =>
          fake.chatInputInteraction({
            name: "compare",
            subcommand: random.pick(ASPECTS),
            options: { "role-a": title(), "role-b": title() },
            user: user(),
            dm: random.chance(0.1),
          }),
      }),
    ],
    [
      20,
      () => ({
        kind: "interaction",
        label: "autocomplete",
        build: () =>
          fake.autocompleteInteraction({
            name: "compare",
            subcommand: random.pick(ASPECTS),
            options: { "role-a": typedPrefix() },
            focused: "role-a",
            user: user(),
          }),
      }),
    ],
    [
      14,
      () => ({
        kind: "interaction",
        label: "button",
        build: () =>
          buttonIds.length
            ? fake.buttonInteraction({ customId: random.pick(buttonIds), user: user() })
            : fake.chatInputInteraction({ name: "help", user: user() }),
      }),
    ],
    [
      8,
      () => ({
        kind: "interaction",
        label: "/role",
        build: () => fake.chatInputInteraction({ name: "role", options: { role: title(), aspect: random.pick(ASPECTS) }, user: user() }),
      }),
    ],
    [3, () => ({ kind: "interaction", label: "/roles", build: () => fake.chatInputInteraction({ name: "roles", user: user() }) })],
    [2, () => ({ kind: "interaction", label: "/help", build: () => fake.chatInputInteraction({ name: "help", user: user() }) })],
    [
      3,
      () => ({
        kind: "interaction",
        label: "Ask RoleCompare",
        build: () => fake.messageContextInteraction({ name: "Ask RoleCompare", targetContent: question(), user: user() }),
      }),
    ],
  ];
  const others: [number, () => SoakEvent][] = [
    [6, () => ({ kind: "gateway", label: "mention", send: () => void fake.dispatchMessage({ content: question(), mentionsBot: true, author: user() }) })],
    [4, () => ({ kind: "gateway", label: "DM", send: () => void fake.dispatchMessage({ content: question(), dm: true, author: user() }) })],
    [
      5,
      () => ({
        kind: "gateway",
        label: "ask channel",
        send: () => void fake.dispatchMessage({ content: random.chance(0.5) ? question() : random.pick(CHATTER), channelId: askChannelId, author: user() }),
      }),
    ],
    [2, () => ({ kind: "gateway", label: "chatter", send: () => void fake.dispatchMessage({ content: random.pick(CHATTER), author: user() }) })],
    [
      1,
      () => ({
        kind: "gateway",
        label: "GUILD_UPDATE",
        send: () => void fake.dispatch(GatewayDispatchEvents.GuildUpdate, { ...fake.guildCreatePayload(), description: `edit ${++edits}` }),
      }),
    ],
    [
      1,
      () => ({
        kind: "gateway",
        label: "CHANNEL_UPDATE",
        send: () => {
          const channel = fake.guildCreatePayload().channels.find((c) => c.id === askChannelId)!;
          fake.dispatch(GatewayDispatchEvents.ChannelUpdate, { ...channel, topic: `topic ${++edits}` });
        },
      }),
    ],
    [1, () => ({ kind: "gateway", label: "GUILD_CREATE", send: () => void fake.dispatch(GatewayDispatchEvents.GuildCreate, fake.guildCreatePayload()) })],
  ];
  const table = [...interactions, ...others];
  const total = table.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let roll = random.int(total);
    for (const [weight, make] of table) {
      if (roll < weight) return make();
      roll -= weight;
    }
    return table[0]![1]();
  };
}
