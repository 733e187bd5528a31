import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType } from "discord-api-types/v10";
import type { APIEmbed, RESTPostAPIApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { MessageBody } from "./messages.js";

/**
 * Discord's documented limits, restated independently of src/ so the fake is an oracle, not a mirror.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  chatInputCommandsPerScope: 100,
} as const;

/** A Discord-style error: HTTP status plus the JSON error body. */
export interface ApiError {
  status: number;
  body: { code: number; message: string; errors?: unknown };
}

/** 400 Invalid Form Body with one `_errors` entry per offending path (the shape Discord uses). */
function invalidFormBody(problems: [path: string, code: string, message: string][]): ApiError {
  const errors: Record<string, unknown> = {};
  for (const [path, code, message] of problems) {
    let node = errors;
    for (const part of path.split(".")) node = (node[part] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code, message });
  }
  return { status: 400, body: { code: 50035, message: "Invalid Form Body", errors } };
}

const tooLong = (max: number) => `Must be ${max} or fewer in length.`;

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * Validates a message body like Discord does. `hasFiles` counts uploaded files as content.
 * `allowEmpty` is for edits, where omitted fields keep their old value.
 */
export function validateMessageBody(body: MessageBody | undefined, hasFiles: boolean, allowEmpty = false): ApiError | undefined {
  const data = body ?? {};
  const problems: [string, string, string][] = [];
  if (data.content !== undefined && data.content !== null && data.content.length > LIMITS.content) {
    problems.push(["content", "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.content)]);
  }
  const embeds = data.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(["embeds", "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.embeds)]);
  let total = 0;
  embeds.forEach((embed, i) => {
    total += embedLength(embed);
    if ((embed.title?.length ?? 0) > LIMITS.title) problems.push([`embeds.${i}.title`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.title)]);
    if ((embed.description?.length ?? 0) > LIMITS.description) {
      problems.push([`embeds.${i}.description`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.description)]);
    }
    if ((embed.footer?.text.length ?? 0) > LIMITS.footer) problems.push([`embeds.${i}.footer.text`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.footer)]);
    if ((embed.author?.name.length ?? 0) > LIMITS.authorName) {
      problems.push([`embeds.${i}.author.name`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.authorName)]);
    }
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields) problems.push([`embeds.${i}.fields`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.fields)]);
    fields.forEach((field, j) => {
      if (field.name.length === 0) problems.push([`embeds.${i}.fields.${j}.name`, "BASE_TYPE_REQUIRED", "This field is required"]);
      if (field.value.length === 0) problems.push([`embeds.${i}.fields.${j}.value`, "BASE_TYPE_REQUIRED", "This field is required"]);
      if (field.name.length > LIMITS.fieldName) problems.push([`embeds.${i}.fields.${j}.name`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.fieldName)]);
      if (field.value.length > LIMITS.fieldValue) {
        problems.push([`embeds.${i}.fields.${j}.value`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.fieldValue)]);
      }
    });
  });
  if (total > LIMITS.embedTotal) problems.push(["embeds", "MAX_EMBED_SIZE_EXCEEDED", `Embed size exceeds maximum size of ${LIMITS.embedTotal}`]);

  const rows = data.components ?? [];
  if (rows.length > LIMITS.actionRows) problems.push(["components", "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.actionRows)]);
  rows.forEach((row, i) => {
    if (row.type !== ComponentType.ActionRow) return;
    if (row.components.length > LIMITS.buttonsPerRow) {
      problems.push([`components.${i}.components`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.buttonsPerRow)]);
    }
    row.components.forEach((component, j) => {
      if ("custom_id" in component && typeof component.custom_id === "string" && component.custom_id.length > LIMITS.customId) {
        problems.push([`components.${i}.components.${j}.custom_id`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.customId)]);
      }
      if (component.type === ComponentType.Button && "label" in component && (component.label?.length ?? 0) > LIMITS.buttonLabel) {
        problems.push([`components.${i}.components.${j}.label`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.buttonLabel)]);
      }
    });
  });
  if (problems.length > 0) return invalidFormBody(problems);

  const empty = !data.content && embeds.length === 0 && rows.length === 0 && !hasFiles && !data.attachments?.length;
  if (empty && !allowEmpty) return { status: 400, body: { code: 50006, message: "Cannot send an empty message" } };
  return undefined;
}

export function validateAutocompleteChoices(choices: unknown): ApiError | undefined {
  if (!Array.isArray(choices)) return invalidFormBody([["data.choices", "BASE_TYPE_REQUIRED", "This field is required"]]);
  const problems: [string, string, string][] = [];
  if (choices.length > LIMITS.choices) problems.push(["data.choices", "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.choices)]);
  choices.forEach((choice: { name?: unknown; value?: unknown }, i) => {
    if (typeof choice.name !== "string" || choice.name.length === 0 || choice.name.length > LIMITS.choiceName) {
      problems.push([`data.choices.${i}.name`, "BASE_TYPE_BAD_LENGTH", `Must be between 1 and ${LIMITS.choiceName} in length.`]);
    }
    if (typeof choice.value === "string" && choice.value.length > LIMITS.choiceValue) {
      problems.push([`data.choices.${i}.value`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.choiceValue)]);
    }
  });
  return problems.length > 0 ? invalidFormBody(problems) : undefined;
}

/** A modal (interaction response type 9): custom_id, a title of 1-45, 1-5 rows of one text input each. */
export function validateModal(modal: { custom_id?: unknown; title?: unknown; components?: unknown } | undefined): ApiError | undefined {
  const problems: [string, string, string][] = [];
  if (typeof modal?.custom_id !== "string" || modal.custom_id.length === 0 || modal.custom_id.length > LIMITS.customId) {
    problems.push(["data.custom_id", "BASE_TYPE_BAD_LENGTH", `Must be between 1 and ${LIMITS.customId} in length.`]);
  }
  if (typeof modal?.title !== "string" || modal.title.length === 0 || modal.title.length > 45) {
    problems.push(["data.title", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."]);
  }
  const rows = Array.isArray(modal?.components) ? (modal.components as { components?: { type?: number; label?: string; custom_id?: string }[] }[]) : [];
  if (rows.length === 0 || rows.length > 5) problems.push(["data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."]);
  rows.forEach((row, i) => {
    for (const input of row.components ?? []) {
      if (input.type === 4 && (!input.label || input.label.length > 45))
        problems.push([`data.components.${i}.components.0.label`, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."]);
    }
  });
  return problems.length > 0 ? invalidFormBody(problems) : undefined;
}

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Validates application command definitions (PUT bulk overwrite or POST). */
export function validateCommands(bodies: readonly RESTPostAPIApplicationCommandsJSONBody[]): ApiError | undefined {
  const problems: [string, string, string][] = [];
  const chatInputCount = bodies.filter((b) => (b.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput).length;
  if (chatInputCount > LIMITS.chatInputCommandsPerScope) problems.push(["_", "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.chatInputCommandsPerScope)]);
  const seen = new Set<string>();
  bodies.forEach((body, i) => {
    const type = body.type ?? ApplicationCommandType.ChatInput;
    const dupKey = `${type}:${body.name}`;
    if (seen.has(dupKey)) problems.push([`${i}.name`, "APPLICATION_COMMANDS_DUPLICATE_NAME", `Application command names must be unique`]);
    seen.add(dupKey);
    if (type === ApplicationCommandType.ChatInput) {
      if (!CHAT_INPUT_NAME.test(body.name) || body.name !== body.name.toLowerCase()) {
        problems.push([`${i}.name`, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"]);
      }
      const description = "description" in body ? body.description : undefined;
      if (!description || description.length > LIMITS.commandDescription) {
        problems.push([`${i}.description`, "BASE_TYPE_BAD_LENGTH", `Must be between 1 and ${LIMITS.commandDescription} in length.`]);
      }
      const options = ("options" in body ? body.options : undefined) ?? [];
      validateOptions(options, `${i}.options`, problems);
    } else if (body.name.length === 0 || body.name.length > LIMITS.commandName) {
      problems.push([`${i}.name`, "BASE_TYPE_BAD_LENGTH", `Must be between 1 and ${LIMITS.commandName} in length.`]);
    }
  });
  return problems.length > 0 ? invalidFormBody(problems) : undefined;
}

interface OptionLike {
  type: ApplicationCommandOptionType;
  name: string;
  description?: string;
  required?: boolean;
  options?: OptionLike[];
  choices?: { name: string; value: string | number }[];
  autocomplete?: boolean;
}

function validateOptions(options: OptionLike[], path: string, problems: [string, string, string][]): void {
  if (options.length > LIMITS.commandOptions) problems.push([path, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.commandOptions)]);
  let sawOptional = false;
  options.forEach((option, i) => {
    const at = `${path}.${i}`;
    if (!CHAT_INPUT_NAME.test(option.name) || option.name !== option.name.toLowerCase()) {
      problems.push([`${at}.name`, "APPLICATION_COMMAND_INVALID_NAME", "Option name is invalid"]);
    }
    if (!option.description || option.description.length > LIMITS.commandDescription) {
      problems.push([`${at}.description`, "BASE_TYPE_BAD_LENGTH", `Must be between 1 and ${LIMITS.commandDescription} in length.`]);
    }
    const nested = option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) {
      validateOptions(option.options ?? [], `${at}.options`, problems);
      return;
    }
    if (option.required && sawOptional) {
      problems.push([at, "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options"]);
    }
    if (!option.required) sawOptional = true;
    const choices = option.choices ?? [];
    if (choices.length > LIMITS.choices) problems.push([`${at}.choices`, "BASE_TYPE_MAX_LENGTH", tooLong(LIMITS.choices)]);
    if (choices.length > 0 && option.autocomplete) {
      problems.push([`${at}.autocomplete`, "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete cannot be set with choices"]);
    }
  });
}
