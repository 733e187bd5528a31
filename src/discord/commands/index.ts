// The command registry: deployment and dispatch both read this list, so they cannot disagree.
import { askMessageCommand } from "./ask-message-command.js";
import type { Command } from "./command.js";
import { compareCommand } from "./compare-command.js";
import { gapsCommand } from "./gaps-command.js";
import { helpCommand } from "./help-command.js";
import { roleCommand } from "./role-command.js";
import { rolesCommand } from "./roles-command.js";
import { settingsCommand } from "./settings-command.js";

export const COMMANDS: readonly Command[] = [compareCommand, roleCommand, rolesCommand, helpCommand, askMessageCommand, settingsCommand, gapsCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.data.name === name);
}

export function commandDefinitions() {
  return COMMANDS.map((c) => c.data);
}
