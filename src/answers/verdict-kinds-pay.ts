// "what kind of welding pays the most", "which type of plumber makes the most": kinds of a job that
// the data counts as one occupation (a title with several occupations is ranked instead: "what type of
// nurse makes the most"). No figures by kind exist, so the answer says so, then the spread of the
// occupation's pay, its top tenth the nearest thing to "the most".
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, Verdict } from "./answer.js";
import { formatMoney, perUnit } from "./format-figures.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

/** "what kind of welding pays the most", "which type of electrician makes the most" (normalized words). */
export const KIND_PAYS_MOST =
  /\b(what|which) (kind|kinds|type|types|specialty|specialties) of (\w+ ){1,3}(pays?|makes?|earns?|is paid|gets paid) (the )?(most|best)\b|\b(highest|best) paying (kind|type|specialty) of\b/;

export function kindsPayVerdict(knowledge: KnowledgeBase, entry: RoleEntry, period: PayPeriod): Verdict | null {
  const figure = headlineMedian(knowledge, entry, period);
  if (!figure) return null;
  const top = figure.percentiles?.p90;
  const money = (amount: number) => formatMoney(amount, figure.currency);
  const topText =
    top === undefined
      ? ""
      : typeof top === "number"
        ? `the top tenth earn ${money(top)} or more and `
        : `the top tenth earn at least ${money(top.atLeast)} and `;
  return {
    text: `The data counts ${entry.title} as one occupation, so it can't say which kind pays the most; across it, ${topText}the median is ${money(figure.median!)} ${perUnit(figure.period)} (${shortAttribution(knowledge, figure)}).`,
    basis: "indirect",
  };
}
