// "Can you make 100k as an electrician", "is 60k good for a paralegal": where an amount falls among
// the role's pay percentiles (BLS publishes the 10th, 25th, 50th, 75th and 90th), said as how many
// earn more, with the two percentiles around it and the median.
import { wageFloor } from "../knowledge/occupations-schema.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { capitalised } from "../text/capitalised.js";
import type { PayAmount } from "../understanding/detect-pay-amount.js";
import type { FigureView, Verdict } from "./answer.js";
import { formatMoney, formatPercentile } from "./format-figures.js";
import { withArticle } from "./indefinite-article.js";
import { headlineMedian, shortAttribution } from "./role-evidence.js";

/** Hours in BLS's working year: how it turns hourly wages into annual ones. */
const HOURS_A_YEAR = 2080;

/** The published points of a pay distribution, lowest first. */
const POINTS = [
  { key: "p10", name: "10th percentile" },
  { key: "p25", name: "25th percentile" },
  { key: "median", name: "median" },
  { key: "p75", name: "75th percentile" },
  { key: "p90", name: "90th percentile" },
] as const;

/** Where the amount stands, by how many earn more: for "is 60k good for…". */
const STANDING = ["Bottom 10%", "Bottom quarter", "Below the middle", "Above the middle", "Top quarter", "Top 10%"];
/** The same for "can you make 100k as…": whether people do. */
const ANSWER_CAN = ["Yes, nearly all do", "Yes, most do", "Yes, most do", "Yes, about a quarter to half do", "Some do, in the top quarter", "Rarely"];

/**
 * "Can you make", "could I earn", "possible to get", "is 100k realistic", "how many make over 100k":
 * asked whether the amount is reachable (not where it stands).
 */
const ASKS_CAN =
  /\b(can|could|possible to|able to) (you |i |u |one |someone )?(make|earn|get|pull|clear|hit|reach)\b|\b(realistic|achievable|attainable|doable|possible)\b|\b(make|makes|earn|earns|making|earning) (over|more than|above)\b|\b(make|makes|earn|earns|making|earning) (6|six|seven|7) figures\b/;

/** "what percent", "how many": a share asked for, answered without "Yes". */
const HOW_MANY = /^(what|how)\b/;

export function payAmountVerdict(knowledge: KnowledgeBase, entry: RoleEntry, amount: PayAmount, words: string): Verdict {
  const figure = headlineMedian(knowledge, entry, amount.period);
  if (!figure) return { text: `I have no pay figure for ${entry.title}.`, basis: "none" };
  // The figures are per year unless only hourly ones are published, or hourly was asked.
  const value = amount.period === figure.period ? amount.value : amount.period === "hourly" ? amount.value * HOURS_A_YEAR : amount.value / HOURS_A_YEAR;
  const unit = figure.period === "hourly" ? " an hour" : " a year";
  const points = POINTS.flatMap((p) => {
    const raw = p.key === "median" ? figure.median : figure.percentiles?.[p.key];
    if (raw === undefined) return [];
    return [
      {
        ...p,
        value: wageFloor(raw),
        shown: typeof raw === "number" ? formatMoney(raw, figure.currency) : formatPercentile(raw, figure.currency),
      },
    ];
  });
  const above = points.findIndex((p) => p.value > value);
  // Six places: below the first point, between two points, at or above the last (with all five published).
  const place = above === -1 ? POINTS.length : POINTS.findIndex((p) => p.key === points[above]!.key);
  const can = ASKS_CAN.test(words) ? ANSWER_CAN[place]! : null;
  // "what percent of nurses make over 100k" asks how many, not yes or no.
  const lead = can ? (HOW_MANY.test(words) ? capitalised(can.replace(/^Yes, /, "")) : can) : STANDING[place]!;
  // ("is 3000 a month good for a cna": the month's pay as told, then the year it makes.)
  const per = amount.told?.per === "two weeks" ? "every two weeks" : `a ${amount.told?.per}`;
  const told = amount.told && figure.period === "annual" ? `${formatMoney(amount.told.value, figure.currency)} ${per} (about ` : "";
  const asked = `${told}${formatMoney(roundAmount(value, figure), figure.currency)}${unit}${told ? ")" : ""}`;
  const where =
    above === -1
      ? `is at or above the ${points.at(-1)!.name} (${points.at(-1)!.shown})`
      : above === 0
        ? `is below the ${points[0]!.name} (${points[0]!.shown})`
        : `is between the ${points[above - 1]!.name} (${points[above - 1]!.shown}) and the ${points[above]!.name} (${points[above]!.shown})`;
  const median = points.find((p) => p.key === "median");
  const middle = median && where.includes("median") ? "" : median ? `; the median is ${median.shown}` : "";
  return {
    text: `${lead} for ${withArticle(entry.title)}: ${asked} ${where}${middle} (${shortAttribution(knowledge, figure)}).`,
    basis: "data",
  };
}

/** An amount converted between periods, rounded as BLS rounds: whole dollars a year, cents an hour. */
function roundAmount(value: number, figure: FigureView): number {
  return figure.period === "hourly" ? Math.round(value * 100) / 100 : Math.round(value);
}
