// "do welders get paid overtime", "how much do bartenders make with tips", "… make freelance": what
// the pay figures count (and whom: employees, not the self-employed).
// BLS's wage survey (OEWS) reports straight-time pay: tips and commissions are in it, overtime and
// shift differentials are not (its pay terms). So the data can say a bartender's median includes
// tips, and cannot say how much overtime adds; the answer says which, then the pay it has.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import { normalizeWords } from "../text/normalize.js";
import { SELF_EMPLOYED, SHIFT_PAY_ASKED } from "../understanding/detect-topic.js";
import type { PayPeriod, SourceView, Verdict } from "./answer.js";
import { earnsMedian, headlineMedian, isBlsWage } from "./role-evidence.js";

/** Where BLS says what its wage figures include and leave out. The page shows no date: the year it was read. */
export const OEWS_PAY_TERMS: SourceView = Object.freeze({
  id: "bls-oews-pay-terms",
  kind: "article",
  title: "Occupational Employment and Wage Statistics (OEWS) Pay Terms",
  url: "https://www.bls.gov/respondents/oes/payterms.htm",
  year: 2026,
  accessed: true,
  publisher: "U.S. Bureau of Labor Statistics",
});

/** Where BLS says whom its wage survey covers: wage and salary workers, not the self-employed. */
export const OEWS_SCOPE: SourceView = Object.freeze({
  id: "bls-oews-technical-notes",
  kind: "article",
  title: "Occupational Employment and Wage Statistics: Technical Notes",
  url: "https://www.bls.gov/oes/current/oes_tec.htm",
  year: 2026,
  accessed: true,
  publisher: "U.S. Bureau of Labor Statistics",
});

/** An owner asked about: "food truck owner income", "how much do salon owners make". */
const OWNER = /\bowners?\b/;

/** Whether the question asks what self-employed work pays ("how much do graphic designers make freelance"). */
export function asksSelfEmployedPay(text: string): boolean {
  return SELF_EMPLOYED.test(normalizeWords(text));
}

/** Pay after taxes: "how much do nurses make after taxes", "take home pay for a teacher". */
const AFTER_TAX = /\b(after (taxes|tax|deductions)|take ?home|net pay|net income)\b/;

/** Pay the wage survey leaves out: "overtime", "shift differentials". */
const LEFT_OUT = /\b(overtime|ot pay|shift differentials?)\b/;

/** Night and weekend shifts, and overtime, named in a question about pay left out. */
const SHIFTS = /\b(night|nights|weekend|weekends|overnight|graveyard|holiday|holidays)\b/;
const OVERTIME = /\b(overtime|ot)\b/;

/** Whether the question asks about pay BLS's figures leave out (overtime), rather than pay they count (tips). */
export function asksLeftOutPay(text: string): boolean {
  const words = normalizeWords(text);
  return LEFT_OUT.test(words) || SHIFT_PAY_ASKED.test(words);
}

/**
 * The line for overtime, shift differentials, tips or commissions: what the pay figures count, then
 * the pay. `text` is the question as asked; `pay` is the pay line that answers it otherwise (the
 * verdict between several roles, or whether one is well paid), else each role's median is given.
 */
export function payExtrasVerdict(knowledge: KnowledgeBase, entries: readonly RoleEntry[], text: string, period: PayPeriod, pay?: string): Verdict {
  const leftOut = asksLeftOutPay(text);
  const words = normalizeWords(text);
  // ("do nurses get paid more at night", "night shift differential": what a shift adds, not overtime.)
  const shiftsAsked = SHIFTS.test(words) && !OVERTIME.test(words);
  const figures = entries.map((entry) => headlineMedian(knowledge, entry, period));
  const bls = figures.some((f) => f !== null) && figures.every((f) => f === null || isBlsWage(f));
  const medians = (withThem: boolean) => {
    const lines = entries.flatMap((entry, i) => (figures[i] ? [`${earnsMedian(knowledge, entry, figures[i], withThem ? " with them" : "")}.`] : []));
    return lines.length ? lines.join(" ") : `I have no pay figure for ${entries.map((e) => e.title).join(" or ")}.`;
  };
  // "how much do graphic designers make freelance": the survey counts employees only.
  if (bls && asksSelfEmployedPay(text))
    return {
      text: `BLS's wage figures count employees only, not the self-employed or freelancers, so the data can't say what ${OWNER.test(words) ? "owning a business" : "freelance work"} pays. What employees earn: ${pay ?? medians(false)}`,
      basis: "none",
      source: OEWS_SCOPE,
    };
  // "how much do nurses make after taxes": OEWS wages are gross pay; what is taken home depends on where and who.
  if (bls && AFTER_TAX.test(words))
    return {
      text: `BLS's wage figures are gross pay, before taxes and deductions, so the data can't say what is taken home: that depends on the state and the worker's own situation. Before tax: ${pay ?? medians(false)}`,
      basis: "none",
      source: OEWS_PAY_TERMS,
    };
  if (!bls)
    return { text: `The figures here don't say whether they count ${leftOut ? "overtime" : "tips or commissions"}. ${pay ?? medians(false)}`, basis: "none" };
  if (leftOut)
    return {
      text: `BLS's wage figures are straight-time pay: they leave out overtime and shift differentials, so the data can't say how much ${shiftsAsked ? "a night or weekend shift" : "overtime"} adds. ${pay ? `On straight-time pay: ${pay}` : `Without it, ${medians(false)}`}`,
      basis: "none",
      source: OEWS_PAY_TERMS,
    };
  // "do servers get tips": whether a job is tipped is not in the data; the figures count tips where there are any.
  if (GETS_TIPS.test(words))
    return {
      text: `The data doesn't say which jobs are tipped; BLS's wage figures count tips where there are any. ${medians(true)}`,
      basis: "indirect",
      source: OEWS_PAY_TERMS,
    };
  // "is a loan officer paid mostly on commission": how the pay is made up is not in the data either.
  if (COMMISSION_BASIS.test(words))
    return {
      text: `The data doesn't say how much of a job's pay is commission; BLS's wage figures count commissions where there are any. ${medians(true)}`,
      basis: "indirect",
      source: OEWS_PAY_TERMS,
    };
  return { text: `BLS's wage figures count tips and commissions. ${pay ?? medians(true)}`, basis: "data", source: OEWS_PAY_TERMS };
}

/** "paid mostly on commission", "do realtors work on commission", "is it commission only": how the pay is made up. */
const COMMISSION_BASIS =
  /\b(paid|pay|work|works|working|is it|are they)( \w+){0,2} (on|by|in) commissions?\b|\bcommission (based|only)\b|\bstraight commission\b/;

/** "do servers get tips", "do nurses get tipped": whether the job is tipped at all. */
const GETS_TIPS = /\b(get|gets|getting|receive|receives) (tips|tipped)\b|\b(are|is) (\w+ ){1,3}tipped\b|\b(do|does) (\w+ ){0,3}(make|earn) tips\b/;
