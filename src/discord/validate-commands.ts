// Checks command definitions against Discord's rules before they are sent, so a bad definition is
// caught by the tests and by deploy-commands rather than by a 400 from Discord.
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import { DISCORD_LIMITS as L } from "../limits.js";

type Option = {
  name: string;
  description: string;
  type: ApplicationCommandOptionType;
  required?: boolean;
  options?: Option[];
  choices?: { name: string; value: unknown }[];
  autocomplete?: boolean;
};

const CHAT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkOptions(path: string, options: readonly Option[], problems: string[]): void {
  if (options.length > L.commandOptions) problems.push(`${path}: ${options.length} options, over ${L.commandOptions}`);
  let sawOptional = false;
  const names = new Set<string>();
  let totalLength = 0;
  for (const option of options) {
    const where = `${path} ${option.name}`;
    if (!CHAT_NAME.test(option.name) || option.name !== option.name.toLowerCase())
      problems.push(`${where}: name must be 1-32 lower-case letters, digits, - or _`);
    if (names.has(option.name)) problems.push(`${where}: duplicate option name`);
    names.add(option.name);
    if (option.description.length < 1 || option.description.length > L.commandDescription)
      problems.push(`${where}: description must be 1-${L.commandDescription} characters`);
    totalLength += option.name.length + option.description.length;
    const isGroup = option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (!isGroup) {
      if (option.required && sawOptional) problems.push(`${where}: required options must come before optional ones`);
      if (!option.required) sawOptional = true;
    }
    if (option.choices && option.choices.length > L.autocompleteChoices) problems.push(`${where}: over ${L.autocompleteChoices} choices`);
    if (option.choices && option.autocomplete) problems.push(`${where}: choices and autocomplete cannot be combined`);
    for (const choice of option.choices ?? [])
      if (choice.name.length > L.choiceName) problems.push(`${where}: choice "${choice.name}" over ${L.choiceName} characters`);
    if (option.options) checkOptions(where, option.options, problems);
    totalLength += (option.options ?? []).reduce((n, o) => n + o.name.length + o.description.length, 0);
  }
  if (totalLength > 4000) problems.push(`${path}: names and descriptions total ${totalLength} characters, over 4000`);
}

export function validateCommandDefinitions(definitions: readonly RESTPostAPIApplicationCommandsJSONBody[]): string[] {
  const problems: string[] = [];
  if (definitions.length > L.commandsPerScope) problems.push(`${definitions.length} commands, over ${L.commandsPerScope}`);
  const seen = new Set<string>();
  for (const definition of definitions) {
    const type = definition.type ?? ApplicationCommandType.ChatInput;
    const key = `${type}:${definition.name}`;
    if (seen.has(key)) problems.push(`${definition.name}: registered twice`);
    seen.add(key);
    if (type === ApplicationCommandType.ChatInput) {
      const chat = definition as { name: string; description: string; options?: Option[] };
      if (!CHAT_NAME.test(chat.name) || chat.name !== chat.name.toLowerCase())
        problems.push(`/${chat.name}: name must be 1-32 lower-case letters, digits, - or _`);
      if (chat.description.length < 1 || chat.description.length > L.commandDescription)
        problems.push(`/${chat.name}: description must be 1-${L.commandDescription} characters`);
      checkOptions(`/${chat.name}`, chat.options ?? [], problems);
    } else if (definition.name.length < 1 || definition.name.length > L.contextMenuName) {
      problems.push(`${definition.name}: context menu names must be 1-${L.contextMenuName} characters`);
    }
  }
  return problems;
}
