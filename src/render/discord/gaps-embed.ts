// The /gaps report: titles members asked about that the bot did not know (most asked first) and
// the answers with the most 👎, with Previous / Next buttons. Member text is escaped.
import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from "discord.js";
import { ASPECTS, isAspectId } from "../../knowledge/aspects.js";
import type { DownvotedAnswer, Page, UnknownTitleCount } from "../../storage/guild-store.js";
import { toRows, type ActionRow } from "./answer-components.js";
import { escapeUserText } from "./escape.js";
import { encodeFeedback } from "./feedback-ids.js";
import { fitEmbed, truncateLines } from "./fit-embed.js";
import { DISCORD_LIMITS } from "../../limits.js";

export const GAPS_PAGE_SIZE = 10;

export interface GapsReport {
  days: number;
  page: number;
  unknown: Page<UnknownTitleCount>;
  downvoted: Page<DownvotedAnswer>;
}

export function gapsPageCount(report: Pick<GapsReport, "unknown" | "downvoted">): number {
  return Math.max(1, Math.ceil(report.unknown.total / GAPS_PAGE_SIZE), Math.ceil(report.downvoted.total / GAPS_PAGE_SIZE));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function gapsEmbed(report: GapsReport, roleTitle: (roleId: string) => string): APIEmbed {
  const first = report.page * GAPS_PAGE_SIZE;
  const unknown = report.unknown.items.map((u, i) => `${first + i + 1}. **${escapeUserText(u.title, 60)}**: ${plural(u.asks, "ask")}`);
  const downvoted = report.downvoted.items.map((a, i) => {
    const aspect = isAspectId(a.aspect) ? ASPECTS[a.aspect].label : a.aspect;
    const reasons = a.reasons.map((r) => `\n   > ${escapeUserText(r.replace(/\s+/g, " "), 120)}`).join("");
    return `${first + i + 1}. ${a.roleIds.map(roleTitle).join(" vs ")} · ${aspect}: 👎 ${a.down} · 👍 ${a.up}${reasons}`;
  });
  const pages = gapsPageCount(report);
  return fitEmbed({
    title: `Gaps: the last ${plural(report.days, "day")}`,
    description: "What members asked about that I don't know yet, and the answers they marked 👎.",
    fields: [
      {
        name: `Not known yet (${report.unknown.total})`,
        value: truncateLines(unknown.join("\n") || "Nothing in this period.", DISCORD_LIMITS.embedFieldValue),
      },
      { name: `Most 👎 (${report.downvoted.total})`, value: truncateLines(downvoted.join("\n") || "No 👎 in this period.", DISCORD_LIMITS.embedFieldValue) },
    ],
    footer: { text: `Page ${report.page + 1} of ${pages}` },
  });
}

export function gapsComponents(report: GapsReport): ActionRow[] {
  const pages = gapsPageCount(report);
  if (pages <= 1) return [];
  const button = (page: number, label: string, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    custom_id: encodeFeedback({ kind: "gaps-page", days: report.days, page: Math.max(0, page) }),
    label,
    style: ButtonStyle.Secondary,
    disabled,
  });
  return toRows([button(report.page - 1, "Previous", report.page <= 0), button(report.page + 1, "Next", report.page >= pages - 1)]);
}
