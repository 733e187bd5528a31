// The chart's drawing machinery: long-lived Vega Views draw the same pictures as fresh ones (also when
// drawings overlap), the PNG decodes (with pngjs, an independent decoder) to exactly the canvas's
// pixels, the pictures are opaque, and the picture cache is bounded in bytes.
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { canvasToPng, PNG_SCALE } from "../../src/render/chart/canvas-to-png.js";
import { createPayChartRenderer } from "../../src/render/chart/pay-chart-renderer.js";
import { payChartSpec } from "../../src/render/chart/pay-chart-spec.js";
import { payChartVega } from "../../src/render/chart/pay-chart-vega.js";
import { parseChartSpec, createVegaRenderer, createView, drawView } from "../../src/render/chart/vega-to-canvas.js";
import { warmUpSpecs } from "../../src/render/chart/chart-warm-up.js";
import type { PayChartSpec } from "../../src/render/chart/pay-chart-spec.js";
import { answer, figure, roleFacts } from "../support/answer-fixtures.js";

/** An invented pair of roles with a full percentile range each; `shift` moves every figure. */
function pair(a: string, b: string, shift: number) {
  const range = (base: number) => ({ p10: base, p25: base + 10_000, p75: base + 30_000, p90: base + 45_000 });
  return answer({
    roles: [
      roleFacts(a.toLowerCase(), a, { figures: [figure({ roleId: a.toLowerCase(), median: 50_000 + shift, percentiles: range(30_000 + shift) })] }),
      roleFacts(b.toLowerCase(), b, { figures: [figure({ roleId: b.toLowerCase(), median: 90_000 + shift, percentiles: range(60_000 + shift) })] }),
    ],
  });
}
const first = payChartVega(payChartSpec(pair("Widget Maker", "Gadget Fixer", 0)));
const second = payChartVega(payChartSpec(pair("Sprocket Turner", "Gizmo Tester With A Much Longer Title", 25_000)));
const twoPairs = pair("Doohickey Polisher", "Thingamajig Fitter", 40_000);
/** Four roles: a taller picture of the same shape. */
const taller = payChartVega(payChartSpec(answer({ roles: [...pair("A", "B", 5_000).roles, ...twoPairs.roles] })));

/** The picture a brand-new View draws: what a reused one must match. */
async function fresh(chart: typeof first): Promise<Buffer> {
  return canvasToPng(await drawView(createView(parseChartSpec(chart.spec)), chart.data, PNG_SCALE, chart.signals));
}

describe("long-lived Vega Views", () => {
  it("the charts share one shape, so one View draws them all", () => {
    expect(JSON.stringify(first.spec)).toBe(JSON.stringify(second.spec));
    expect(JSON.stringify(first.spec)).toBe(JSON.stringify(taller.spec));
  });

  it("a View given new data draws exactly what a fresh View draws, on a canvas of any height, and the first chart again after", async () => {
    const draw = createVegaRenderer(canvasToPng);
    const a1 = await draw(first.spec, first.data, PNG_SCALE, first.signals);
    const t = await draw(taller.spec, taller.data, PNG_SCALE, taller.signals);
    const b = await draw(second.spec, second.data, PNG_SCALE, second.signals);
    const a2 = await draw(first.spec, first.data, PNG_SCALE, first.signals);
    expect(b.equals(a1)).toBe(false);
    expect(PNG.sync.read(t).height).toBeGreaterThan(PNG.sync.read(a1).height);
    expect(a1.equals(await fresh(first))).toBe(true);
    expect(t.equals(await fresh(taller))).toBe(true);
    expect(b.equals(await fresh(second))).toBe(true);
    expect(a2.equals(a1)).toBe(true);
  });

  it("overlapping drawings on one View each get their own data", async () => {
    const draw = createVegaRenderer(canvasToPng);
    const [a, t, b] = await Promise.all([
      draw(first.spec, first.data, PNG_SCALE, first.signals),
      draw(taller.spec, taller.data, PNG_SCALE, taller.signals),
      draw(second.spec, second.data, PNG_SCALE, second.signals),
    ]);
    expect(a.equals(await fresh(first))).toBe(true);
    expect(t.equals(await fresh(taller))).toBe(true);
    expect(b.equals(await fresh(second))).toBe(true);
  });

  it("charts of one period share one shape whatever their currency and sources: heading and footer are signals", () => {
    const other = payChartVega({ ...payChartSpec(pair("Widget Maker", "Gadget Fixer", 0)), currency: "EUR", footer: "Ranges: Elsewhere, 2021" });
    expect(JSON.stringify(other.spec)).toBe(JSON.stringify(first.spec));
    expect(other.signals).toEqual({ heading: "Pay a year (EUR)", footer: "Ranges: Elsewhere, 2021" });
  });

  it("the warm-up draws every shape once and caches nothing", async () => {
    const drawn: PayChartSpec[] = [];
    const renderer = createPayChartRenderer({ draw: async (spec) => (drawn.push(spec), Buffer.alloc(10)) });
    await renderer.warm!();
    expect(drawn).toEqual(warmUpSpecs());
    const shapes = new Set(drawn.map((spec) => JSON.stringify(payChartVega(spec).spec)));
    expect(shapes.size).toBe(4); // annual and hourly, with and without another source's points
    await renderer.render(pair("Widget Maker", "Gadget Fixer", 0));
    expect(drawn).toHaveLength(5);
  });

  it("a drawing that fails does not spoil the next one", async () => {
    const draw = createVegaRenderer(canvasToPng);
    await expect(draw(first.spec, { ...first.data, nosuch: [] }, PNG_SCALE)).rejects.toThrow(/nosuch/);
    expect((await draw(first.spec, first.data, PNG_SCALE, first.signals)).equals(await fresh(first))).toBe(true);
  });
});

describe("the PNG", () => {
  it("decodes to exactly the canvas's pixels, fully opaque (one look on dark and light themes)", async () => {
    const canvas = await drawView(createView(parseChartSpec(first.spec)), first.data, PNG_SCALE, first.signals);
    const decoded = PNG.sync.read(await canvasToPng(canvas));
    expect([decoded.width, decoded.height]).toEqual([canvas.width, canvas.height]);
    expect(decoded.data.equals(canvas.data())).toBe(true);
    const alphas = new Set(decoded.data.filter((_, i) => i % 4 === 3));
    expect([...alphas]).toEqual([255]);
  });
});

describe("the picture cache is bounded in bytes", () => {
  const chart = (id: string) => answer({ roles: [roleFacts(id, id.toUpperCase(), { figures: [figure({ roleId: id, median: 1 })] })] });

  it("forgets the least recently used pictures once their bytes pass the bound, whatever their number", async () => {
    let calls = 0;
    const draw = async () => (calls++, Buffer.alloc(400));
    const renderer = createPayChartRenderer({ draw, cacheSize: 100, cacheBytes: 1000 });
    for (const id of ["a", "b"]) await renderer.render(chart(id)); // 800 bytes
    await renderer.render(chart("a")); // a is now the most recent
    await renderer.render(chart("c")); // 1200 bytes: b goes
    expect(calls).toBe(3);
    await renderer.render(chart("a"));
    await renderer.render(chart("c"));
    expect(calls).toBe(3);
    await renderer.render(chart("b"));
    expect(calls).toBe(4);
  });

  it("still serves a picture larger than the whole bound, but keeps nothing else beside it", async () => {
    let calls = 0;
    const draw = async () => (calls++, Buffer.alloc(5000));
    const renderer = createPayChartRenderer({ draw, cacheBytes: 1000 });
    expect((await renderer.render(chart("a")))!.png.length).toBe(5000);
    await renderer.render(chart("b"));
    await renderer.render(chart("b"));
    expect(calls).toBe(2);
    await renderer.render(chart("a"));
    expect(calls).toBe(3);
  });
});
