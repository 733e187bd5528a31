// Hand-made answers for renderer tests: invented roles, sources and figures in the Answer's shape.
import { emptyAnswer } from "../../src/answers/compose-answer.js";
import type { Answer, FigureView, RoleFacts, SourceView } from "../../src/answers/answer.js";

export const BLS: SourceView = {
  id: "bls",
  kind: "wage-table",
  title: "Wages of widget makers",
  url: "https://example.org/bls-widgets",
  year: 2025,
  publisher: "Statistics Bureau",
};
export const ARTICLE: SourceView = {
  id: "article",
  kind: "article",
  title: "Widgets vs gadgets",
  url: "https://example.org/article",
  year: 2026,
  accessed: true,
  publisher: "Some Blog",
};

export function figure(extra: Partial<FigureView>): FigureView {
  return { roleId: "widget-maker", source: BLS, year: 2024, region: "US", currency: "USD", period: "annual", indicative: false, ...extra };
}

export function roleFacts(roleId: string, title: string, extra: Partial<RoleFacts> = {}): RoleFacts {
  return {
    roleId,
    code: null,
    origin: "curated",
    title,
    family: "operations",
    level: "mid",
    education: "bachelor",
    summary: `${title} summary sentence.`,
    bullets: [],
    facts: [],
    figures: [],
    ...extra,
  };
}

export function answer(extra: Partial<Answer>): Answer {
  return { ...emptyAnswer({ intent: "compare", aspect: "salary" }), ...extra };
}
