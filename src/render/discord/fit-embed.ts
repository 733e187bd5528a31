// Enforces every Discord embed limit in one place, so no answer, however long its data, can make
// Discord reject a message. Text is cut at a word with an ellipsis rather than dropped.
import type { APIEmbed, APIEmbedField } from "discord.js";
import { DISCORD_LIMITS as L } from "../../limits.js";

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Cuts a multi-line value at a line break when it can, so bullets are not cut mid-word. */
export function truncateLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split("\n");
  let out = "";
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max - 2) break;
    out = next;
  }
  return out ? `${out}\n…` : truncate(text, max);
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

export function fitEmbed(embed: APIEmbed, budget: number = L.embedTotal): APIEmbed {
  const fields: APIEmbedField[] = [];
  for (const f of embed.fields ?? []) {
    if (fields.length === L.embedFields) break;
    if (f.value.trim().length > 0)
      fields.push({ ...f, name: truncate(f.name || "\u200b", L.embedFieldName), value: truncateLines(f.value, L.embedFieldValue) });
  }
  // A copy with each text within its limit; the fields are cut further below when the whole is too long.
  const fitted: APIEmbed = { ...embed, fields };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, L.embedTitle);
  if (embed.description !== undefined) fitted.description = truncateLines(embed.description, L.embedDescription);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, L.embedFooterText) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, L.embedAuthorName) };
  // Over the total: shorten the longest field (then the description) until the embed fits.
  let excess = embedLength(fitted) - budget;
  while (excess > 0) {
    const longest = fields.reduce<APIEmbedField | undefined>((a, f) => (!a || f.value.length > a.value.length ? f : a), undefined);
    const description = fitted.description ?? "";
    if (longest && longest.value.length >= Math.min(description.length, 200)) {
      if (longest.value.length <= 20) {
        fields.splice(fields.indexOf(longest), 1);
      } else longest.value = truncateLines(longest.value, Math.max(20, longest.value.length - excess - 2));
    } else if (description.length > 0) {
      fitted.description = truncateLines(description, Math.max(0, description.length - excess - 2));
    } else break;
    excess = embedLength(fitted) - budget;
  }
  return fitted;
}

/** A message may carry 10 embeds and 6,000 characters across all of them. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let used = 0;
  for (const embed of embeds.slice(0, L.embedsPerMessage)) {
    const remaining = L.embedTotal - used;
    if (remaining < 100) break;
    const fitted = fitEmbed(embed, remaining);
    used += embedLength(fitted);
    out.push(fitted);
  }
  return out;
}
