// End-to-end: the real bot (startBot) against the local fake Discord. Command registration, slash
// commands, autocomplete, buttons and the "Ask RoleCompare" message command, asserted on the REST
// calls the bot actually made.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionResponseType } from "discord-api-types/v10";
import type { RESTPostAPIApplicationCommandsJSONBody } from "discord-api-types/v10";
import { parse as parseYaml } from "yaml";
import { commandDefinitions } from "../../src/discord/commands/index.js";
import { deployCommands } from "../../src/discord/register-commands.js";
import { validateCommandDefinitions } from "../../src/discord/validate-commands.js";
import { isFeedbackId } from "../../src/render/discord/feedback-ids.js";
import {
  callbackOf,
  customIds,
  embedText,
  isEphemeral,
  realEngine,
  settingsFor,
  SILENCE_MS,
  sleep,
  startBotOnFake,
  type BotOnFake,
} from "../support/bot-on-fake.js";
import { startFakeDiscord } from "../support/fake-discord/index.js";
import type { FakeDiscord, RecordedRequest } from "../support/fake-discord/index.js";

const ROLE_A = "office-manager";
const ROLE_B = "operations-manager";

function yamlOf(roleId: string): { title: string; skills: string[] } {
  return parseYaml(readFileSync(new URL(`../../data/roles/${roleId}.yaml`, import.meta.url), "utf8")) as { title: string; skills: string[] };
}

interface OptionDef {
  name: string;
  description?: string;
  type: ApplicationCommandOptionType;
  options?: OptionDef[];
  choices?: { name: string }[];
}

/** Every chat-input name/description/option-count rule Discord enforces, checked on the sent payload. */
function expectValidPayload(sent: RESTPostAPIApplicationCommandsJSONBody[]): void {
  const nameRule = /^[-_\p{L}\p{N}]{1,32}$/u;
  const checkOptions = (options: OptionDef[], where: string) => {
    expect(options.length, `${where}: options`).toBeLessThanOrEqual(25);
    for (const option of options) {
      expect(option.name, `${where} option name`).toMatch(nameRule);
      expect(option.name, `${where} option name`).toBe(option.name.toLowerCase());
      expect(option.description?.length ?? 0, `${where} ${option.name} description`).toBeGreaterThanOrEqual(1);
      expect(option.description?.length ?? 0, `${where} ${option.name} description`).toBeLessThanOrEqual(100);
      expect(option.choices?.length ?? 0).toBeLessThanOrEqual(25);
      for (const choice of option.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
      if (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) {
        checkOptions(option.options ?? [], `${where} ${option.name}`);
      }
    }
  };
  for (const command of sent) {
    const type = command.type ?? ApplicationCommandType.ChatInput;
    expect(command.name.length).toBeGreaterThanOrEqual(1);
    expect(command.name.length).toBeLessThanOrEqual(32);
    if (type !== ApplicationCommandType.ChatInput) continue;
    expect(command.name).toMatch(nameRule);
    expect(command.name).toBe(command.name.toLowerCase());
    const description = (command as { description?: string }).description ?? "";
    expect(description.length).toBeGreaterThanOrEqual(1);
    expect(description.length).toBeLessThanOrEqual(100);
    checkOptions((command as { options?: OptionDef[] }).options ?? [], `/${command.name}`);
  }
}

describe("command registration (deployCommands) against the fake", () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("the definitions pass our own validation", () => {
    expect(validateCommandDefinitions(commandDefinitions())).toEqual([]);
  });

  it.each([
    ["guild", true],
    ["global", false],
  ] as const)("PUTs a valid payload to the %s route and the fake accepts it", async (_scope, withGuild) => {
    fake.clearRequests();
    const settings = settingsFor(fake, {
      DISCORD_CLIENT_ID: fake.ids.application,
      ...(withGuild ? { DISCORD_GUILD_ID: fake.ids.guild } : {}),
    });
    const result = await deployCommands(settings);

    const route = withGuild ? `/applications/${fake.ids.application}/guilds/${fake.ids.guild}/commands` : `/applications/${fake.ids.application}/commands`;
    const put = await fake.waitForRequest((r) => r.method === "PUT");
    expect(put.path).toBe(route);
    expect(put.status).toBe(200);
    expect(put.headers.authorization).toBe(`Bot ${fake.token}`);
    const sent = put.body as RESTPostAPIApplicationCommandsJSONBody[];
    expect(sent).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    expectValidPayload(sent);
    expect(validateCommandDefinitions(sent)).toEqual([]);

    const stored = withGuild ? fake.commands(fake.ids.guild) : fake.commands();
    expect(stored.map((c) => c.name).sort()).toEqual(sent.map((c) => c.name).sort());
    expect(stored.every((c) => c.id && c.application_id === fake.ids.application)).toBe(true);
    expect(result).toEqual({ scope: withGuild ? `guild ${fake.ids.guild}` : "global", count: sent.length });
  });
});

describe("slash commands, autocomplete, buttons and the message command (real bot)", () => {
  let h: BotOnFake;
  let fake: FakeDiscord;
  /** A fresh user per test, so per-user command cooldowns never leak between tests. */
  let asker: string;

  beforeAll(async () => {
    h = await startBotOnFake();
    fake = h.fake;
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    asker = fake.addUser().id;
    fake.clearRequests();
  });

  function compare(options: Record<string, string | boolean>, init: { user?: string; subcommand?: string } = {}) {
    return fake.dispatchInteraction(fake.chatInputInteraction({ name: "compare", subcommand: init.subcommand ?? "skills", user: init.user ?? asker, options }));
  }

  async function callback(interactionId: string): Promise<ReturnType<typeof callbackOf> & { request: RecordedRequest }> {
    const request = await fake.waitForInteractionCallback(interactionId);
    expect(request.status, JSON.stringify(request.body)).toBeLessThan(300);
    return { ...callbackOf(request), request };
  }

  it("/compare skills answers publicly with both roles and their skills, pinging nobody", async () => {
    const i = compare({ "role-a": ROLE_A, "role-b": ROLE_B });
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(false);
    expect(data.allowed_mentions?.parse).toEqual([]);
    expect(data.allowed_mentions?.users ?? []).toEqual([]);
    expect(data.embeds).toHaveLength(1);
    const embed = data.embeds![0]!;
    const a = yamlOf(ROLE_A);
    const b = yamlOf(ROLE_B);
    expect(embed.title).toContain(a.title);
    expect(embed.title).toContain(b.title);
    expect(embed.title).toMatch(/skills/i);
    expect(embed.fields?.map((f) => f.name)).toEqual(expect.arrayContaining([a.title, b.title]));
    const text = embedText(embed);
    expect(text).toContain(a.skills[0]);
    expect(text).toContain(b.skills[0]);
    // Aspect buttons + dismiss, all ours and within Discord's limits (the fake validated them too).
    const ids = customIds(data.components);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.every((id) => id.startsWith("rc:") && id.length <= 100)).toBe(true);
    expect(fake.originalResponse(i.id)?.embeds[0]?.title).toBe(embed.title);
  });

  it("/compare with hide: true is ephemeral", async () => {
    const i = compare({ "role-a": ROLE_A, "role-b": ROLE_B, hide: true });
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.embeds?.[0]?.title).toContain("Office Manager");
  });

  it('/compare resolves free-text role values ("ops mgr")', async () => {
    const i = compare({ "role-a": "office manager", "role-b": "ops mgr" });
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.embeds?.[0]?.title).toContain("Office Manager");
    expect(data.embeds?.[0]?.title).toContain("Operations Manager");
  });

  it('/compare with an unknown role answers privately "I don\'t know … did you mean" and posts nothing public', async () => {
    const i = compare({ "role-a": ROLE_A, "role-b": "marketing manager" });
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.content).toMatch(/I don't know \*marketing manager\* yet\. Did you mean \*\*/);
    expect(data.allowed_mentions?.parse).toEqual([]);
    await sleep(SILENCE_MS);
    const publicPosts = fake.requests.filter(
      (r) =>
        r.method === "POST" &&
        (/^\/channels\//.test(r.path) || (r.path.endsWith("/callback") && !isEphemeral(callbackOf(r).data.flags)) || /^\/webhooks\//.test(r.path)),
    );
    expect(publicPosts).toEqual([]);
  });

  it("/compare echoes what was typed escaped, never as a live @everyone", async () => {
    // A confident typo match is answered with an "Interpreted … as …" note that quotes the input.
    const fuzzy = compare({ "role-a": ROLE_A, "role-b": "@everyone opeartions managr" });
    const answered = await callback(fuzzy.id);
    expect(answered.data.embeds?.[0]?.title).toContain("Operations Manager");
    expect(answered.data.embeds?.[0]?.description).toContain("Interpreted");
    // An unknown role is quoted back in the private "I don't know" notice.
    const unknown = compare({ "role-a": ROLE_A, "role-b": "@here marketing manager" }, { user: fake.addUser().id });
    const refused = await callback(unknown.id);
    expect(isEphemeral(refused.data.flags)).toBe(true);
    for (const { data } of [answered, refused]) {
      expect(data.allowed_mentions?.parse).toEqual([]);
      expect(JSON.stringify(data)).not.toMatch(/@(everyone|here)/);
    }
    expect(refused.data.content).toContain("@\u200bhere");
  });

  it("/compare mention pings only that member", async () => {
    const target = fake.addUser({ username: "mentee" });
    const i = compare({ "role-a": ROLE_A, "role-b": ROLE_B, mention: target.id });
    const { data } = await callback(i.id);
    expect(data.content).toContain(`<@${target.id}>`);
    expect(data.allowed_mentions).toMatchObject({ parse: [], users: [target.id] });
    expect(data.allowed_mentions?.roles ?? []).toEqual([]);
    expect(isEphemeral(data.flags)).toBe(false);
  });

  it('autocomplete: "ops" offers Operations Manager within Discord limits', async () => {
    const i = fake.dispatchInteraction(
      fake.autocompleteInteraction({ name: "compare", subcommand: "skills", user: asker, options: { "role-a": "ops" }, focused: "role-a" }),
    );
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = data.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((c) => c.name.length >= 1 && c.name.length <= 100 && String(c.value).length <= 100)).toBe(true);
    expect(choices).toContainEqual({ name: "Operations Manager", value: ROLE_B });
  });

  it('autocomplete: a typo ("recepionist") offers Receptionist', async () => {
    const i = fake.dispatchInteraction(
      fake.autocompleteInteraction({
        name: "compare",
        subcommand: "salary",
        user: asker,
        options: { "role-a": ROLE_A, "role-b": "recepionist" },
        focused: "role-b",
      }),
    );
    const { data } = await callback(i.id);
    expect(data.choices?.map((c) => c.value)).toContain("receptionist");
    expect(data.choices?.find((c) => c.value === "receptionist")?.name).toMatch(/Receptionist/);
  });

  /** Posts a public /compare skills answer by `asker` and returns its stored message and buttons. */
  async function postAnswer() {
    const i = compare({ "role-a": ROLE_A, "role-b": ROLE_B });
    const { data } = await callback(i.id);
    const message = fake.originalResponse(i.id)!;
    expect(message).toBeDefined();
    const ids = customIds(data.components);
    const salary = ids.find(
      (id) =>
        id.startsWith("rc:a:") &&
        h.bot.context.codec.decode(id)?.kind === "aspect" &&
        (h.bot.context.codec.decode(id) as { aspect: string }).aspect === "salary",
    );
    const dismiss = ids.find((id) => h.bot.context.codec.decode(id)?.kind === "dismiss");
    expect(salary).toBeDefined();
    expect(dismiss).toBeDefined();
    fake.clearRequests();
    return { message, salary: salary!, dismiss: dismiss! };
  }

  it("an aspect button clicked by the asker updates the answer in place (type 7)", async () => {
    const { message, salary } = await postAnswer();
    const click = fake.dispatchInteraction(fake.buttonInteraction({ customId: salary, message: message.id, user: asker }));
    const { type, data } = await callback(click.id);
    expect(type).toBe(InteractionResponseType.UpdateMessage);
    expect(data.embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager: Salary/);
    expect(embedText(data.embeds?.[0])).toMatch(/\$\d/);
    expect(fake.message(message.id)?.embeds[0]?.title).toBe(data.embeds?.[0]?.title);
  });

  it("the same button clicked by someone else gets a private copy, not an update", async () => {
    const { message, salary } = await postAnswer();
    const before = fake.message(message.id)?.embeds[0]?.title;
    const other = fake.addUser({ username: "bystander" });
    const click = fake.dispatchInteraction(fake.buttonInteraction({ customId: salary, message: message.id, user: other.id }));
    const { type, data } = await callback(click.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.embeds?.[0]?.title).toMatch(/Salary/);
    // Their copy's buttons belong to them (votes belong to whoever clicks), and the asker's message is untouched.
    expect(
      customIds(data.components)
        .filter((id) => !isFeedbackId(id))
        .every((id) => id.endsWith(`:${other.id}`)),
    ).toBe(true);
    expect(fake.message(message.id)?.embeds[0]?.title).toBe(before);
  });

  it("dismiss by someone else is refused privately; by the asker it deletes the answer", async () => {
    const { message, dismiss } = await postAnswer();
    const other = fake.addUser({ username: "prankster" });
    const refused = fake.dispatchInteraction(fake.buttonInteraction({ customId: dismiss, message: message.id, user: other.id }));
    const refusal = await callback(refused.id);
    expect(refusal.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(refusal.data.flags)).toBe(true);
    expect(refusal.data.content).toMatch(/only the person who asked/i);
    expect(fake.message(message.id)).toBeDefined();
    expect(fake.requests.some((r) => r.method === "DELETE")).toBe(false);

    const accepted = fake.dispatchInteraction(fake.buttonInteraction({ customId: dismiss, message: message.id, user: asker }));
    const ack = await callback(accepted.id);
    expect(ack.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const deletion = await fake.waitForRequest((r) => r.method === "DELETE");
    expect(deletion.path).toBe(`/webhooks/${fake.ids.application}/${accepted.token}/messages/@original`);
    expect(deletion.status).toBe(204);
    expect(fake.message(message.id)).toBeUndefined();
  });

  it('a "did you mean" pick button keeps the roles that were understood', async () => {
    // The unknown role comes first: the role typed after it must not be forgotten.
    const i = compare({ "role-a": "marketing manager", "role-b": ROLE_B });
    const { data } = await callback(i.id);
    expect(isEphemeral(data.flags)).toBe(true);
    const pick = customIds(data.components).find((id) => h.bot.context.codec.decode(id)?.kind === "pick");
    expect(pick).toBeDefined();
    const picked = (h.bot.context.codec.decode(pick!) as { roleIds: string[] }).roleIds;
    const suggested = picked.find((id) => id !== ROLE_B)!;
    fake.clearRequests();

    const click = fake.dispatchInteraction(fake.buttonInteraction({ customId: pick!, message: fake.originalResponse(i.id)!.id, user: asker }));
    const update = await callback(click.id);
    expect(update.type).toBe(InteractionResponseType.UpdateMessage);
    const title = update.data.embeds?.[0]?.title ?? "";
    expect(title).toContain("Operations Manager");
    const suggestedTitle = h.bot.context.engine
      .listRoles()
      .families.flatMap((f) => f.roles)
      .find((r) => r.roleId === suggested)!.title;
    expect(title).toContain(suggestedTitle);
    expect(title).toMatch(/Skills/);
  });

  it("/compare works in a DM with the bot", async () => {
    const i = fake.dispatchInteraction(
      fake.chatInputInteraction({ name: "compare", subcommand: "career", dm: true, user: asker, options: { "role-a": ROLE_A, "role-b": ROLE_B } }),
    );
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager: Career/);
  });

  it("/roles lists all 32 roles grouped by family", async () => {
    const engine = await realEngine();
    const i = fake.dispatchInteraction(fake.chatInputInteraction({ name: "roles", user: asker }));
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const embed = data.embeds![0]!;
    const families = engine.listRoles().families;
    expect(families.length).toBeGreaterThan(1);
    expect(engine.summary.roles).toBe(32);
    // Every family is a field named after it, listing exactly its roles.
    for (const family of families) {
      const field = embed.fields?.find((f) => f.name === family.label);
      expect(field, family.label).toBeDefined();
      for (const role of family.roles) expect(field!.value).toContain(role.title);
    }
    const listed = (embed.fields ?? []).flatMap((f) => f.value.split(", "));
    expect(new Set(listed).size).toBe(32);
    expect(families.flatMap((f) => f.roles).every((r) => listed.includes(r.title))).toBe(true);
  });

  it("/help is ephemeral", async () => {
    const i = fake.dispatchInteraction(fake.chatInputInteraction({ name: "help", user: asker }));
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.embeds?.[0]?.title).toMatch(/How to ask/);
  });

  it('"Ask RoleCompare" on a role question answers publicly', async () => {
    const i = fake.dispatchInteraction(
      fake.messageContextInteraction({ name: "Ask RoleCompare", user: asker, targetContent: "office manager vs operations manager salary" }),
    );
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(false);
    expect(data.embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager: Salary/);
    expect(data.allowed_mentions?.parse).toEqual([]);
  });

  it('"Ask RoleCompare" on chit-chat ("thanks all") says privately it is not a question', async () => {
    const i = fake.dispatchInteraction(fake.messageContextInteraction({ name: "Ask RoleCompare", user: asker, targetContent: "thanks all" }));
    const { type, data } = await callback(i.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.content).toMatch(/doesn't look like a question/);
    expect(data.embeds ?? []).toEqual([]);
  });

  it("a command used twice quickly gets a private cooldown notice with a relative timestamp", async () => {
    const first = compare({ "role-a": ROLE_A, "role-b": ROLE_B }, { subcommand: "duties" });
    expect((await callback(first.id)).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const second = compare({ "role-a": ROLE_A, "role-b": ROLE_B }, { subcommand: "duties" });
    const { type, data } = await callback(second.id);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(data.flags)).toBe(true);
    expect(data.content).toMatch(/<t:\d+:R>/);
    expect(data.embeds ?? []).toEqual([]);
    // The timestamp is in the (near) future, not the past.
    const at = Number(/<t:(\d+):R>/.exec(data.content ?? "")![1]);
    expect(at * 1000).toBeGreaterThan(Date.now() - 1_000);
  });
});
