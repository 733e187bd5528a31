// Discord API limits in one place. Every layer that must fit Discord (data validation, renderers,
// command definitions, autocomplete) imports them from here, so a limit is never restated.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  messageContent: 2000,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandsPerScope: 100,
  contextMenuName: 32,
  selectMenuOptions: 25,
  interactionAckMs: 3000,
} as const;

// How long one data bullet may be. Chosen so a full section of bullets still fits one embed field.
export const CONTENT_LIMITS = {
  bulletMax: 200,
  bulletsPerSection: 10,
  summaryMax: 400,
  aliasMax: 60,
  differenceMax: 400,
} as const;

// What feedback keeps: a 👎's optional reason and an unknown title, each cut to this length.
export const FEEDBACK_LIMITS = {
  voteReasonMax: 300,
  unknownTitleMax: 60,
} as const;

// Follow-ups in a DM or the terminal chat: the previous question is their context for this long,
// and a bot remembers at most this many conversations (the oldest is forgotten first).
export const FOLLOW_UP_LIMITS = {
  windowMs: 5 * 60_000,
  conversations: 10_000,
} as const;

/** Our own limits on answers, for members reading on a phone. */
export const ANSWER_LIMITS = {
  /** Characters an overview shows at first (heading, lead and role cards): a first look, not a report. */
  overviewFirstView: 1200,
} as const;
