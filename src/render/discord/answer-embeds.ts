// Answer -> Discord embeds: the key difference first, roles side by side (inline fields), figures
// with year and source, and a footer naming the sources. Limits are applied by fitEmbeds.
import type { APIEmbed, APIEmbedField } from "discord.js";
import { fitManyRoles, type Answer, type AnswerNote, type RoleFacts, type SourceView } from "../../answers/answer.js";
import { ASPECTS, ASPECT_IDS, type AspectId } from "../../knowledge/aspects.js";
import { ANSWER_LIMITS, DISCORD_LIMITS } from "../../limits.js";
import { groupSources } from "../source-line.js";
import { figureLines } from "../render-figure-lines.js";
import { noteText } from "../note-text.js";
import { escapeDataText, escapeUserText } from "./escape.js";
import { fitEmbeds } from "./fit-embed.js";

const ASPECT_COLORS: Record<AspectId, number> = {
  overview: 0x5865f2,
  duties: 0x3ba55c,
  requirements: 0xfaa61a,
  environment: 0x00b0f4,
  skills: 0xeb459e,
  salary: 0x2ecc71,
  career: 0x9b59b6,
  outlook: 0x1abc9c,
};
const NEUTRAL = 0x99aab5;

/** A note in words, with what the member typed escaped (markdown, mentions) and kept short. */
const discordNote = (note: AnswerNote) => noteText(note, (typed) => escapeUserText(typed, 80));

const NO_FACTS = "No facts for this aspect yet.";

const summaryLine = (summary: string) => `*${escapeDataText(summary)}*`;
const factLine = (fact: RoleFacts["facts"][number]) => `**${escapeDataText(fact.label)}:** ${escapeDataText(fact.value)}`;
const bulletLine = (bullet: string) => `• ${escapeDataText(bullet)}`;

function figureCardLines(role: RoleFacts): string[] {
  const lines: string[] = [];
  for (const figure of role.figures) {
    const [first, ...rest] = figureLines(figure);
    lines.push(`💵 ${first}`, ...rest.map((l) => `-# ${l}`));
  }
  return lines;
}

/** A role card's lines, in the order its field shows them: the summary (overviews), facts, bullets, figures. */
interface CardLines {
  summary: string | null;
  facts: readonly string[];
  bullets: readonly string[];
  figures: readonly string[];
  /** The whole card's value, with and without the summary, once written. */
  whole?: string;
  wholeWithSummary?: string;
}

/**
 * Cards are shared by every answer that shows them (answers/role-cards.ts), so their lines are
 * escaped and written once per card rather than once per answer.
 */
const linesByCard = new WeakMap<RoleFacts, CardLines>();

function cardLines(role: RoleFacts): CardLines {
  let lines = linesByCard.get(role);
  if (!lines) {
    lines = {
      summary: role.summary ? summaryLine(role.summary) : null,
      facts: role.facts.map(factLine),
      bullets: role.bullets.map(bulletLine),
      figures: figureCardLines(role),
    };
    linesByCard.set(role, lines);
  }
  return lines;
}

/** How much of a card an overview keeps within its first view: the first `bullets` bullets, and the summary or not. */
interface CardCut {
  bullets: number;
  summary: boolean;
}

function cardValue(lines: CardLines, showSummary: boolean, bullets: number): string {
  const shown = [...(showSummary && lines.summary !== null ? [lines.summary] : []), ...lines.facts, ...lines.bullets.slice(0, bullets), ...lines.figures];
  return shown.join("\n") || NO_FACTS;
}

function roleField(role: RoleFacts, aspect: AspectId, inline: boolean, cut?: CardCut): APIEmbedField {
  const lines = cardLines(role);
  const showSummary = aspect === "overview" && (cut?.summary ?? true);
  const bullets = cut?.bullets ?? lines.bullets.length;
  let value: string;
  if (bullets < lines.bullets.length) value = cardValue(lines, showSummary, bullets);
  else if (showSummary) value = lines.wholeWithSummary ??= cardValue(lines, true, bullets);
  else value = lines.whole ??= cardValue(lines, false, bullets);
  return { name: role.title, value, inline };
}

/** Answers about the same roles share one list of sources (answers/answer-sources.ts): its line is written once. */
const sourcesLines = new WeakMap<readonly SourceView[], string>();

/** One line: each publisher once, with a link per page ("BLS (2025): [1] [2]"). */
function sourcesLine(sources: readonly SourceView[]): string {
  let line = sourcesLines.get(sources);
  if (line === undefined) {
    line = groupSources(sources)
      .map((g) =>
        g.sources.length === 1
          ? `[${g.name}](${g.sources[0]!.url}) (${g.years})`
          : `${g.name} (${g.years}): ${g.sources.map((s, i) => `[${i + 1}](${s.url})`).join(" ")}`,
      )
      .join(" · ");
    sourcesLines.set(sources, line);
  }
  return line;
}

function sourcesField(answer: Answer): APIEmbedField | null {
  if (answer.sources.length === 0) return null;
  return { name: "Sources", value: sourcesLine(answer.sources), inline: false };
}

function pathField(answer: Answer): APIEmbedField | null {
  const path = answer.path;
  if (!path || !path.steps.length) return null;
  return {
    name: path.from ? `From ${path.from.title} to ${path.to.title}` : `Becoming ${path.to.title}`,
    value: path.steps.map((s) => `**${s.label}:** ${escapeDataText(s.value)}`).join("\n"),
    inline: false,
  };
}

/** The length of a role's overview card (name and value, as roleField writes it) with this much of it kept. */
function overviewCardLength(title: string, lines: CardLines, cut: CardCut): number {
  const fixed = [...lines.facts, ...lines.figures];
  const shown = fixed.length + (cut.summary ? 1 : 0) + cut.bullets;
  let length = title.length;
  for (const line of fixed) length += line.length;
  if (shown === 0) return length + NO_FACTS.length;
  if (cut.summary) length += lines.summary!.length;
  for (let i = 0; i < cut.bullets; i++) length += lines.bullets[i]!.length;
  return length + shown - 1;
}

/**
 * An overview is a first look: it fits ANSWER_LIMITS.overviewFirstView characters (heading, lead and
 * role cards; the sources line and credit are attribution). Duties go first, last ones first, then summaries.
 */
function withinFirstView(answer: Answer, leadLength: number): CardCut[] {
  const cards = answer.roles.map(cardLines);
  const cuts = cards.map((lines) => ({ bullets: lines.bullets.length, summary: lines.summary !== null }));
  const title = `${ASPECTS.overview.emoji} ${answer.heading}`;
  const size = () => title.length + leadLength + cuts.reduce((n, cut, i) => n + overviewCardLength(answer.roles[i]!.title, cards[i]!, cut), 0);
  while (size() > ANSWER_LIMITS.overviewFirstView) {
    const longest = cuts.reduce((a, b) => (b.bullets > a.bullets ? b : a));
    if (longest.bullets > 0) longest.bullets--;
    else {
      const withSummary = cuts.find((cut) => cut.summary);
      if (!withSummary) break;
      withSummary.summary = false;
    }
  }
  return cuts;
}

function comparisonEmbed(answer: Answer, imageUrl?: string): APIEmbed {
  const aspect = answer.aspect ?? "overview";
  const description: string[] = [];
  // The answer to the question asked comes first; the card below supports it.
  if (answer.verdict) description.push(`**${escapeDataText(answer.verdict.text)}**`);
  if (answer.keyDifference) description.push(`**Key difference:** ${escapeDataText(answer.keyDifference.text)}`);
  for (const note of answer.notes) description.push(`-# ${discordNote(note)}`);
  const lead = description.join("\n");
  const inline = answer.roles.length > 1;
  const cuts = aspect === "overview" ? withinFirstView(answer, lead.length) : [];
  const fields: APIEmbedField[] = [];
  const path = pathField(answer);
  if (path) fields.push(path);
  answer.roles.forEach((role, i) => fields.push(roleField(role, aspect, inline, cuts[i])));
  const sources = sourcesField(answer);
  if (sources) fields.push(sources);
  return {
    title: `${ASPECTS[aspect].emoji} ${answer.heading}`,
    color: ASPECT_COLORS[aspect],
    ...(description.length ? { description: lead } : {}),
    fields,
    ...(imageUrl ? { image: { url: imageUrl } } : {}),
    // The licence credit for O*NET data goes where every answer that shows it carries it; the sources
    // are in their own field, so the footer does not list them again.
    footer: { text: answer.credits.length ? answer.credits.join(" ") : "RoleCompare · US data with its source and year" },
  };
}

/** A weak match: ask which role was meant instead of posting a guess. The buttons carry the choices. */
function confirmationEmbed(answer: Answer): APIEmbed {
  const choices = answer.suggestions.map((s) => `**${s.title}**`).join(", ");
  const ambiguous = answer.notes.filter((n) => n.kind === "ambiguous-title");
  if (ambiguous.length)
    return { title: "🤔 Which role did you mean?", color: NEUTRAL, description: [...ambiguous.map(discordNote), "Pick one below."].join("\n") };
  return {
    title: "🤔 Which role did you mean?",
    color: NEUTRAL,
    description: `I'm not sure I understood the role${answer.roles.length > 1 ? "s" : ""} in your question.${choices ? ` Did you mean ${choices}? Pick one below.` : " Try `/roles` to see every role I know."}`,
  };
}

function unknownEmbed(answer: Answer): APIEmbed {
  const names = answer.unknownRoles.map((u) => `*${escapeUserText(u, 60)}*`).join(" or ");
  const suggested = answer.suggestions.map((s) => `**${s.title}**`).join(", ");
  if (answer.tooBroad) {
    const lines = [`${names} ${fitManyRoles(answer.unknownRoles.length)}.`];
    if (suggested) lines.push(`The most common: ${suggested}. Which one did you mean?`);
    lines.push(...answer.notes.map(discordNote), "Use `/roles` to see every role I know.");
    return { title: "🤔 Which one?", color: NEUTRAL, description: lines.join("\n") };
  }
  const lines = [`I don't know ${names} yet.`];
  if (suggested) lines.push(`Did you mean ${suggested}?`);
  lines.push(...answer.notes.map(discordNote), "Use `/roles` to see every role I know.");
  return { title: "🤔 Not in my knowledge base yet", color: NEUTRAL, description: lines.join("\n") };
}

/** List answers share one listing of every role (answers/compose-answer.ts): its pages are packed once. */
const pagesByListing = new WeakMap<Answer["families"], readonly (readonly APIEmbedField[])[]>();

/** Role listing fields, each within the field limit, packed into pages that fit one embed. */
export function listPages(answer: Answer): readonly (readonly APIEmbedField[])[] {
  let pages = pagesByListing.get(answer.families);
  if (!pages) pagesByListing.set(answer.families, (pages = packListPages(answer.families)));
  return pages;
}

function packListPages(families: Answer["families"]): APIEmbedField[][] {
  const fields: APIEmbedField[] = [];
  for (const family of families) {
    let value = "";
    let part = 0;
    for (const title of family.roles.map((r) => r.title)) {
      const next = value ? `${value}, ${title}` : title;
      if (next.length > DISCORD_LIMITS.embedFieldValue) {
        fields.push({ name: part++ ? `${family.label} (cont.)` : family.label, value });
        value = title;
      } else value = next;
    }
    if (value) fields.push({ name: part ? `${family.label} (cont.)` : family.label, value });
  }
  const pages: APIEmbedField[][] = [[]];
  let size = 0;
  for (const field of fields) {
    const length = field.name.length + field.value.length;
    const page = pages[pages.length - 1]!;
    if (page.length >= LIST_FIELDS_PER_PAGE || size + length > LIST_CHARS_PER_PAGE) {
      pages.push([field]);
      size = length;
    } else {
      page.push(field);
      size += length;
    }
  }
  return pages;
}

const LIST_FIELDS_PER_PAGE = 12;
const LIST_CHARS_PER_PAGE = DISCORD_LIMITS.embedTotal - 1000;

function listEmbed(answer: Answer, page: number): APIEmbed {
  const pages = listPages(answer);
  const index = Math.min(Math.max(page, 0), pages.length - 1);
  return {
    title: `📚 ${answer.heading}`,
    color: NEUTRAL,
    description: "Compare any two or three: `/compare salary role-a role-b`, or just ask me in words.",
    fields: [...pages[index]!],
    ...(pages.length > 1 ? { footer: { text: `Page ${index + 1} of ${pages.length}` } } : {}),
  };
}

function helpEmbed(answer: Answer): APIEmbed {
  return {
    title: answer.verdict ? "📊 About the figures" : "👋 How to ask RoleCompare",
    color: NEUTRAL,
    description: [
      // ("what does median mean": the answer first, then how to ask.)
      ...(answer.verdict ? [answer.verdict.text, ""] : []),
      "Ask how two or three jobs differ, or about one job. Mention me, DM me, or use the commands:",
      "`/compare <aspect> role-a role-b [role-c]`: side by side",
      "`/role <role> [aspect]`: one role's profile",
      "`/roles`: every role I know",
      "Right-click a message → **Apps → Ask RoleCompare** to answer it.",
      "",
      `**Aspects:** ${ASPECT_IDS.map((a) => `${ASPECTS[a].emoji} ${ASPECTS[a].label}`).join(" · ")}`,
      "",
      "**Try:**",
      ...answer.examples.map((e) => `• ${e}`),
    ].join("\n"),
    ...(answer.credits.length ? { fields: answer.credits.map((value, i) => ({ name: i === 0 ? "Data and credits" : "\u200b", value })) } : {}),
    footer: { text: "Figures are US data with their source and year. Facts are summaries, not career advice." },
  };
}

/** `imageUrl`: a picture to show inside a comparison embed, e.g. `attachment://pay-chart.png`. */
export function answerEmbeds(answer: Answer, options: { page?: number; imageUrl?: string } = {}): APIEmbed[] {
  switch (answer.intent) {
    case "compare":
    case "profile":
      return fitEmbeds([answer.needsConfirmation ? confirmationEmbed(answer) : comparisonEmbed(answer, options.imageUrl)]);
    case "unknown":
      return fitEmbeds([unknownEmbed(answer)]);
    case "list":
      return fitEmbeds([listEmbed(answer, options.page ?? 0)]);
    case "help":
      return fitEmbeds([helpEmbed(answer)]);
    case "none":
      return [];
  }
}
