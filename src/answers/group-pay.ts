// A broad title's pay asked about as a group: "how much do engineers make" is the spread of the
// engineering occupations' medians; "do engineers make more than nurses" is how many of them pay more
// than the role named beside the group. One title alone would pick a branch the member never named.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { capitalised } from "../text/capitalised.js";
import type { RankRequest } from "../understanding/ranked-question.js";
import type { Verdict } from "./answer.js";
import { formatMoney } from "./format-figures.js";
import { rankOccupations, type Ranked } from "./rank-occupations.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

/** A group this small is a few titles to name, not a spread to describe. */
const MIN_GROUP = 3;
/** At least this share of the group on one side of the role named is "most". */
const MOST_SHARE = 0.75;

/** "$239,200 or more" for a top-coded median. */
const amount = (r: Ranked) => `${formatMoney(r.value)}${r.atLeast ? " or more" : ""}`;

/** The group's occupations, best paid first, without the role set against them; its best, middle and least paid. */
function readGroup(knowledge: KnowledgeBase, request: RankRequest) {
  const against = request.group?.against ?? null;
  const members = rankOccupations(knowledge, request).filter((r) => r.entry.id !== against);
  const named = against ? knowledge.getRole(against) : undefined;
  return { members, named, best: members[0], middle: members[Math.floor(members.length / 2)], least: members.at(-1) };
}

/** The cards beside the verdict: the role named, then the group's best and least paid (or its best, middle and least paid). */
export function groupPayCards(knowledge: KnowledgeBase, request: RankRequest): RoleEntry[] {
  const { members, named, best, middle, least } = readGroup(knowledge, request);
  if (members.length < MIN_GROUP) return members.map((r) => r.entry);
  return named ? [named, best!.entry, least!.entry] : [best!.entry, middle!.entry, least!.entry];
}

/**
 * "It depends on the kind of engineer: the medians of 16 engineering occupations run from $80,000 a
 * year (Agricultural Engineer) to $141,280 (Petroleum Engineer); half are above $105,000", or, beside a
 * role, how many of them have a higher median than it.
 */
export function groupPayVerdict(knowledge: KnowledgeBase, request: RankRequest): Verdict {
  const field = request.field!;
  const group = readGroup(knowledge, request);
  const { members, named } = group;
  const head = field.head ?? "role";
  if (members.length < MIN_GROUP) return { text: `The data has too few ${field.label} to say how ${head}s' pay compares.`, basis: "none" };
  const [best, middle, least] = [group.best!, group.middle!, group.least!];
  const figure = headlineMedian(knowledge, best.entry, "annual");
  const cite = figure ? ` (${shortAttribution(knowledge, figure)})` : "";
  const from = `${amount(least)} a year (${least.entry.title}) to ${amount(best)} (${best.entry.title})`;
  const namedMedian = named ? headlineMedian(knowledge, named, "annual") : null;
  if (!named || namedMedian?.median === undefined)
    return {
      text: `It depends on the kind of ${head}: the medians of ${members.length} ${field.label} run from ${from}; half are above ${amount(middle)}${cite}.`,
      basis: "data",
    };
  const above = members.filter((r) => r.value > namedMedian.median!).length;
  const than = `a higher median than ${named.title} (${formatMoney(namedMedian.median)} a year)`;
  const count =
    above === members.length
      ? `all ${members.length} ${field.label} have ${than}`
      : above === 0
        ? `none of the ${members.length} ${field.label} has ${than}`
        : `${above} of the ${members.length} ${field.label} have ${than}`;
  const lead =
    above === members.length
      ? `${capitalised(head)}s earn more`
      : above === 0
        ? `${capitalised(head)}s earn less`
        : above >= members.length * MOST_SHARE
          ? `Most ${head}s earn more`
          : above <= members.length * (1 - MOST_SHARE)
            ? `Most ${head}s earn less`
            : `It depends on the kind of ${head}`;
  return { text: `${lead}: ${count}; their medians run from ${from}${cite}.`, basis: "data" };
}
