// Discord API errors that are expected in normal operation and must not be treated as crashes.
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";

/** The interaction expired (3 s), was answered elsewhere, or its message is already gone. */
const QUIET_CODES = new Set<number>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownMessage,
  RESTJSONErrorCodes.UnknownWebhook,
]);

/** The bot lacks a permission in that channel: the admin has to fix it, logging a warning is enough. */
const PERMISSION_CODES = new Set<number>([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
]);

export function discordErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === "number" ? error.code : undefined;
}

export function isQuietDiscordError(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code !== undefined && QUIET_CODES.has(code);
}

export function isPermissionError(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code !== undefined && PERMISSION_CODES.has(code);
}
