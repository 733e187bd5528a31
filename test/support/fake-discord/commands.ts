import { ApplicationCommandType } from "discord-api-types/v10";
import type { APIApplicationCommand, RESTPostAPIApplicationCommandsJSONBody } from "discord-api-types/v10";

/** `undefined` scope = global commands; otherwise a guild id. */
export type CommandScope = string | undefined;

/** Application commands registered through PUT/POST, global and per guild, as Discord stores them. */
export class CommandStore {
  private readonly scopes = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly applicationId: string,
    private readonly nextId: () => string,
  ) {}

  list(scope: CommandScope): APIApplicationCommand[] {
    return [...(this.scopes.get(key(scope)) ?? [])];
  }

  /** Bulk overwrite (PUT): keeps ids of commands whose name and type are unchanged, like Discord. */
  overwrite(scope: CommandScope, bodies: readonly RESTPostAPIApplicationCommandsJSONBody[]): APIApplicationCommand[] {
    const previous = this.scopes.get(key(scope)) ?? [];
    const next = bodies.map((body) => {
      const type = body.type ?? ApplicationCommandType.ChatInput;
      const same = previous.find((command) => command.name === body.name && command.type === type);
      return this.toCommand(scope, body, same?.id);
    });
    this.scopes.set(key(scope), next);
    return [...next];
  }

  /** Create-or-replace one command by name (POST). */
  upsert(scope: CommandScope, body: RESTPostAPIApplicationCommandsJSONBody): APIApplicationCommand {
    const list = this.scopes.get(key(scope)) ?? [];
    const type = body.type ?? ApplicationCommandType.ChatInput;
    const index = list.findIndex((command) => command.name === body.name && command.type === type);
    const command = this.toCommand(scope, body, index >= 0 ? list[index]?.id : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.scopes.set(key(scope), list);
    return command;
  }

  get(scope: CommandScope, id: string): APIApplicationCommand | undefined {
    return this.scopes.get(key(scope))?.find((command) => command.id === id);
  }

  patch(scope: CommandScope, id: string, body: Partial<RESTPostAPIApplicationCommandsJSONBody>): APIApplicationCommand | undefined {
    const list = this.scopes.get(key(scope));
    const index = list?.findIndex((command) => command.id === id) ?? -1;
    const existing = index >= 0 ? list?.[index] : undefined;
    if (!list || !existing) return undefined;
    const updated = { ...existing, ...body, id, version: this.nextId() };
    list[index] = updated;
    return updated;
  }

  delete(scope: CommandScope, id: string): boolean {
    const list = this.scopes.get(key(scope));
    const index = list?.findIndex((command) => command.id === id) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** Finds a registered command by name: the guild's first, then global ones. */
  find(name: string, guildId: string | undefined, type = ApplicationCommandType.ChatInput): APIApplicationCommand | undefined {
    const matches = (command: APIApplicationCommand) => command.name === name && command.type === type;
    return (guildId ? this.scopes.get(key(guildId))?.find(matches) : undefined) ?? this.scopes.get(key(undefined))?.find(matches);
  }

  private toCommand(scope: CommandScope, body: RESTPostAPIApplicationCommandsJSONBody, id?: string): APIApplicationCommand {
    return {
      default_member_permissions: null,
      description: "",
      ...body,
      type: body.type ?? ApplicationCommandType.ChatInput,
      id: id ?? this.nextId(),
      application_id: this.applicationId,
      version: this.nextId(),
      ...(scope ? { guild_id: scope } : {}),
    };
  }
}

function key(scope: CommandScope): string {
  return scope ?? "global";
}
