// The pay chart: its data spec equals the answer's figures (we test the spec, not pixels), the
// period it picks, the Vega data it hands over, the PNG it produces, and the bounded cache.
import { beforeAll, describe, expect, it } from "vitest";
import type { FigureView } from "../../src/answers/answer.js";
import { createEngine, type Engine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { createPayChartRenderer, drawPayChart, type DrawPayChart } from "../../src/render/chart/pay-chart-renderer.js";
import { chartPeriod, isPayAnswer, payChartKey, payChartSpec, type ChartValue } from "../../src/render/chart/pay-chart-spec.js";
import { CHART_WIDTH, payChartVega } from "../../src/render/chart/pay-chart-vega.js";
import { pngSize } from "../../src/render/chart/png-size.js";
import { PNG_SCALE } from "../../src/render/chart/canvas-to-png.js";
import { parseChartSpec } from "../../src/render/chart/vega-to-canvas.js";
import { CHART_FONT_FAMILY } from "../../src/render/chart/chart-font.js";
import { measureText } from "../../src/render/chart/canvas-text.js";
import { createCanvas } from "@napi-rs/canvas";
import * as vega from "vega";
import { askedPayPeriod } from "../../src/understanding/detect-pay-period.js";
import { ARTICLE, answer, figure, roleFacts } from "../support/answer-fixtures.js";

const asChartValue = (v: number | { atLeast: number } | undefined): ChartValue | undefined =>
  v === undefined ? undefined : typeof v === "number" ? { value: v, atLeast: false } : { value: v.atLeast, atLeast: true };

/** Two invented roles: annual and hourly statistics (one top-coded), plus an article's annual median. */
const widgets = answer({
  heading: "Widget Maker vs Gadget Fixer: Salary",
  roles: [
    roleFacts("widget-maker", "Widget Maker", {
      figures: [
        figure({ source: ARTICLE, year: null, median: 48_000 }),
        figure({ median: 52_340, percentiles: { p10: 31_000, p25: 40_120, p75: 66_000, p90: 81_500 } }),
        figure({ period: "hourly", median: 25.16, percentiles: { p10: 14.9, p25: 19.29, p75: 31.73, p90: 39.18 } }),
      ],
    }),
    roleFacts("gadget-fixer", "Gadget Fixer", {
      figures: [
        figure({ roleId: "gadget-fixer", median: 140_500, percentiles: { p10: 70_000, p25: 99_999, p75: { atLeast: 239_200 }, p90: { atLeast: 239_200 } } }),
        figure({
          roleId: "gadget-fixer",
          period: "hourly",
          median: 67.55,
          percentiles: { p10: 33.65, p25: 48.08, p75: { atLeast: 115 }, p90: { atLeast: 115 } },
        }),
      ],
    }),
  ],
});

describe("payChartSpec: the chart's data is the answer's figures", () => {
  it("draws each role's statistics range and median, and the article's median as its own point", () => {
    const spec = payChartSpec(widgets);
    expect(spec.period).toBe("annual");
    expect(spec.currency).toBe("USD");
    expect(spec.rows.map((r) => r.title)).toEqual(["Widget Maker", "Gadget Fixer"]);
    for (const [i, role] of widgets.roles.entries()) {
      const range = role.figures.find((f) => f.period === "annual" && f.percentiles)!;
      const row = spec.rows[i]!;
      expect(row.median).toBe(range.median);
      for (const key of ["p10", "p25", "p75", "p90"] as const) expect(row[key]).toEqual(asChartValue(range.percentiles![key]));
      expect(row.attribution).toBe("Statistics Bureau, 2024");
    }
    expect(spec.rows[1]!.p90).toEqual({ value: 239_200, atLeast: true });
    expect(spec.points).toEqual([
      { roleId: "widget-maker", title: "Widget Maker", value: 48_000, source: "Some Blog", attribution: "Some Blog, year not stated" },
    ]);
    expect(spec.footer).toBe("Ranges: Statistics Bureau, 2024 · ◆ Some Blog, year not stated");
  });

  it("charts the hourly figures when hourly is asked for, and only those", () => {
    const spec = payChartSpec(widgets, { period: "hourly" });
    expect(spec.period).toBe("hourly");
    expect(spec.rows.map((r) => r.median)).toEqual([25.16, 67.55]);
    expect(spec.rows[1]!.p75).toEqual({ value: 115, atLeast: true });
    expect(spec.points).toEqual([]);
    expect(payChartKey(spec)).not.toBe(payChartKey(payChartSpec(widgets)));
  });

  it("picks the period: asked and available, else annual, else the only one there is", () => {
    const hourlyOnly = answer({ roles: [roleFacts("a", "A", { figures: [figure({ period: "hourly", median: 20 })] })] });
    const annualOnly = answer({ roles: [roleFacts("a", "A", { figures: [figure({ median: 40_000 })] })] });
    expect(chartPeriod(widgets)).toBe("annual");
    expect(chartPeriod(widgets, "hourly")).toBe("hourly");
    expect(chartPeriod(hourlyOnly)).toBe("hourly");
    expect(chartPeriod(annualOnly, "hourly")).toBe("annual");
  });

  it("keeps a role with no figures as a row with nothing to draw", () => {
    const spec = payChartSpec(answer({ roles: [widgets.roles[0]!, roleFacts("empty", "Empty Role")] }));
    expect(spec.rows[1]).toEqual({ roleId: "empty", title: "Empty Role", attribution: null, indicative: false });
  });

  it("is only for pay answers", () => {
    expect(isPayAnswer(widgets)).toBe(true);
    expect(isPayAnswer({ ...widgets, aspect: "skills" })).toBe(false);
    expect(isPayAnswer({ ...widgets, needsConfirmation: true })).toBe(false);
    expect(isPayAnswer(answer({ roles: [roleFacts("a", "A")] }))).toBe(false);
  });

  describe("on the real knowledge base", () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = createEngine(await loadKnowledge());
    });

    it("office manager vs operations manager: BLS ranges and the founding article's medians", () => {
      const a = engine.ask("office manager vs operations manager pay").answer;
      const spec = payChartSpec(a);
      expect(spec.rows.map((r) => r.roleId)).toEqual(a.roles.map((r) => r.roleId));
      for (const [i, role] of a.roles.entries()) {
        const range = role.figures.find((f) => f.percentiles)!;
        expect(spec.rows[i]!.median).toBe(range.median);
        expect(spec.rows[i]!.p10).toEqual(asChartValue(range.percentiles!.p10));
        expect(spec.rows[i]!.p90).toEqual(asChartValue(range.percentiles!.p90));
        const others = role.figures.filter((f: FigureView) => f !== range && f.median !== undefined);
        expect(spec.points.filter((p) => p.roleId === role.roleId).map((p) => p.value)).toEqual(others.map((f) => f.median));
      }
      expect(spec.points.length).toBeGreaterThan(0);
      expect(spec.release).toContain(a.roles[0]!.figures.find((f) => f.percentiles)!.source.id);
    });
  });
});

describe("payChartVega", () => {
  it("hands Vega the spec's values, labelled with money and top-codes", () => {
    const { data, spec } = payChartVega(payChartSpec(widgets));
    expect(data.rows[1]).toMatchObject({
      role: "gadget-fixer",
      p10: 70_000,
      p25: 99_999,
      median: 140_500,
      p75: 239_200,
      p90: 239_200,
      p10Label: "$70,000",
      p90Label: "≥ $239,200",
    });
    expect(data.points).toEqual([{ role: "widget-maker", value: 48_000, label: "Some Blog: $48,000" }]);
    // The drawing names its data, so one compiled runtime serves every chart of this shape.
    expect(JSON.stringify(spec)).not.toContain("52340");
  });
});

describe("drawing the PNG", () => {
  it("produces a PNG of the expected size: the fixed width, and a height that grows with the roles", async () => {
    const two = await drawPayChart(payChartSpec(widgets));
    const three = await drawPayChart(payChartSpec(answer({ roles: [...widgets.roles, { ...widgets.roles[1]!, roleId: "third", title: "Third Role" }] })));
    const size2 = pngSize(two)!;
    const size3 = pngSize(three)!;
    expect(size2.width).toBe(CHART_WIDTH * PNG_SCALE);
    expect(size3.width).toBe(CHART_WIDTH * PNG_SCALE);
    expect(size3.height).toBeGreaterThan(size2.height);
    // The PNG is Vega's own layout (its SVG of the same scene says the size) at PNG_SCALE.
    const svg = await sceneSvg(widgets);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);
    expect(size2.height).toBe(Math.round(height * PNG_SCALE));
    expect(svg).toContain("≥ $239,200");
  });

  it("names the packaged font in a form the canvas accepts, so no text falls back to another font", async () => {
    const view = await sceneView(widgets);
    // Marks hold items, group items hold marks: collect the font of every text item.
    type Node = { marktype?: string; items?: Node[] };
    const fonts = new Set<string>();
    const font = (vega as unknown as { font: (item: Node) => string }).font;
    const visit = (node: Node, text: boolean): void =>
      node.items?.forEach((child) => (text ? fonts.add(font(child)) : visit(child, child.marktype === "text")));
    visit((view.scenegraph() as unknown as { root: Node }).root, false);
    view.finalize();
    expect(fonts.size).toBeGreaterThan(1); // regular and bold, several sizes
    const ctx = createCanvas(1, 1).getContext("2d");
    for (const font of fonts) {
      ctx.font = "10px serif";
      ctx.font = font; // a font string the canvas cannot parse is ignored, leaving 10px serif
      expect(ctx.font).toContain(CHART_FONT_FAMILY);
    }
  });

  it("measures text with the registered font: bold is wider than regular, and width grows with size", () => {
    const regular = measureText("median $81,680", `17px '${CHART_FONT_FAMILY}'`);
    expect(measureText("median $81,680", `bold 17px '${CHART_FONT_FAMILY}'`)).toBeGreaterThan(regular);
    expect(measureText("median $81,680", `34px '${CHART_FONT_FAMILY}'`)).toBeCloseTo(regular * 2, 0);
  });

  it("pngSize refuses bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("not a png at all, not at all"))).toBeNull();
  });
});

describe("createPayChartRenderer: cached by roles, release and units, bounded", () => {
  function countingDraw(): DrawPayChart & { calls: number } {
    const draw = Object.assign(async () => Buffer.from(`png ${++draw.calls}`), { calls: 0 });
    return draw;
  }
  const other = answer({ roles: [roleFacts("x", "X", { figures: [figure({ median: 1 })] })] });
  const third = answer({ roles: [roleFacts("y", "Y", { figures: [figure({ median: 2 })] })] });

  it("draws a chart once and serves it again; another period is another chart", async () => {
    const draw = countingDraw();
    const renderer = createPayChartRenderer({ draw });
    const first = await renderer.render(widgets);
    const again = await renderer.render(structuredClone(widgets));
    expect(draw.calls).toBe(1);
    expect(again!.png).toBe(first!.png);
    await renderer.render(widgets, { period: "hourly" });
    expect(draw.calls).toBe(2);
  });

  it("returns null, drawing nothing, for an answer that is not about pay", async () => {
    const draw = countingDraw();
    expect(await createPayChartRenderer({ draw }).render({ ...widgets, aspect: "duties" })).toBeNull();
    expect(draw.calls).toBe(0);
  });

  it("forgets the least recently used chart when full", async () => {
    const draw = countingDraw();
    const renderer = createPayChartRenderer({ draw, cacheSize: 2 });
    await renderer.render(widgets);
    await renderer.render(other);
    await renderer.render(widgets); // widgets is now the most recent
    await renderer.render(third); // evicts other
    expect(draw.calls).toBe(3);
    await renderer.render(widgets);
    expect(draw.calls).toBe(3);
    await renderer.render(other);
    expect(draw.calls).toBe(4);
  });

  it("does not keep a failure: the next request draws again", async () => {
    let fail = true;
    const renderer = createPayChartRenderer({
      draw: async () => {
        if (fail) throw new Error("no pixels today");
        return Buffer.from("png");
      },
    });
    await expect(renderer.render(widgets)).rejects.toThrow("no pixels today");
    fail = false;
    expect((await renderer.render(widgets))!.png.toString()).toBe("png");
  });
});

describe("askedPayPeriod", () => {
  it.each([
    "office manager vs ops manager hourly pay",
    "how much per hour does a receptionist make",
    "receptionist pay $/hr",
    "what do they earn an hour?",
    "hourly rate for a bookkeeper",
    "nurses make like 40 an hr",
    // Signs, without "hour" or "hr" among the words: "/h" and "ph" are looked for in the text itself.
    "welder wage, 30 p/h?",
    "welder 30 PH or more?",
    "receptionist pay $ / hr",
    "nurse pay \uff04\uff0fhr", // full-width "$/": folded to "$/" first
  ])("hourly: %s", (q) => expect(askedPayPeriod(q)).toBe("hourly"));
  it.each([
    "office manager vs operations manager pay",
    "which pays more per year",
    "what are the hours like for an office manager",
    "what qualifications does an HR manager need",
    "phlebotomist or pharmacist pay, per year",
    "nurse pay / benefits",
  ])("not hourly: %s", (q) => expect(askedPayPeriod(q)).toBeNull());
});

/** Vega's scene for an answer's chart, laid out but not drawn. */
async function sceneView(a: typeof widgets): Promise<vega.View> {
  const chart = payChartVega(payChartSpec(a));
  const view = new vega.View(parseChartSpec(chart.spec), { renderer: "none" });
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
  for (const [name, values] of Object.entries(chart.data)) view.data(name, values as object[]);
  await view.runAsync();
  return view;
}

async function sceneSvg(a: typeof widgets): Promise<string> {
  const view = await sceneView(a);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
