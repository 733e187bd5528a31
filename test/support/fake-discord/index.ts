// A local stand-in for Discord (REST + gateway) that a real discord.js client can log in to.
// Usage: const fake = await startFakeDiscord(); new Client({ ..., rest: { api: fake.apiBase } }).login(fake.token)
export { FakeDiscord, startFakeDiscord } from "./fake-discord.js";
export type { FakeDiscordOptions, ResponseOverride } from "./fake-discord.js";
export type { RecordedRequest, RequestPredicate } from "./recorder.js";
export type { RecordedFile } from "./http-body.js";
export type {
  AutocompleteInit,
  ButtonInit,
  ChatInputInit,
  InteractionContextInit,
  MessageContextInit,
  ModalSubmitInit,
  OptionValue,
  OptionsInit,
} from "./interactions.js";
export type { DispatchMessageInit } from "./messages.js";
export type { FakeDiscordIds, FakeUserInit } from "./world.js";
export { EVERYONE_PERMISSIONS } from "./world.js";
