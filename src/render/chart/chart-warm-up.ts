// Invented charts, one per shape the pay chart has (annual or hourly, with or without another
// source's points), drawn once in the background after start-up: the first real chart of each
// shape then finds Vega and the canvas library loaded, its View built and the font's glyphs
// rasterised, instead of paying for all that while a member waits (the renderer's slowest draws).
import type { ChartPeriod, PayChartRow, PayChartSpec } from "./pay-chart-spec.js";

const row = (roleId: string, base: number, hourly: boolean): PayChartRow => {
  const v = (n: number) => ({ value: hourly ? n / 2080 : n, atLeast: false });
  return {
    roleId,
    title: `Warm-up ${roleId}`,
    p10: v(base),
    p25: v(base * 1.2),
    median: hourly ? (base * 1.5) / 2080 : base * 1.5,
    p75: v(base * 1.9),
    p90: { ...v(base * 2.6), atLeast: roleId === "b" },
    attribution: "Warm-up, 2025",
    indicative: false,
  };
};

/** One chart spec per shape, with every kind of label the real charts have. */
export function warmUpSpecs(): PayChartSpec[] {
  const specs: PayChartSpec[] = [];
  for (const period of ["annual", "hourly"] as ChartPeriod[])
    for (const withPoints of [false, true]) {
      const hourly = period === "hourly";
      specs.push({
        period,
        currency: "USD",
        rows: [row("a", 41_230, hourly), row("b", 67_890, hourly)],
        points: withPoints
          ? [{ roleId: "a", title: "Warm-up a", value: hourly ? 28.5 : 59_000, source: "Warm-up", attribution: "Warm-up, year not stated" }]
          : [],
        footer: `Ranges: Warm-up, 2025${withPoints ? " · ◆ Warm-up, year not stated" : ""}`,
        release: "warm-up",
      });
    }
  return specs;
}
