// The shape of every application command: its definition (sent to Discord as-is), how it is
// acknowledged, its cooldown, and its handlers. One file per command; the registry lists them.
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import type { BotContext } from "../bot-context.js";

/**
 * "none": the handler replies itself, within Discord's 3 s (every answer here is computed in well
 * under a millisecond, so deferring would only add a "thinking..." flash).
 */
export type DeferMode = "none" | "ephemeral" | "public";

export interface ChatInputCommand {
  kind: "chat-input";
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  defer: DeferMode;
  cooldownMs: number;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

export interface MessageContextCommand {
  kind: "message-context";
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  defer: DeferMode;
  cooldownMs: number;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

export type Command = ChatInputCommand | MessageContextCommand;
