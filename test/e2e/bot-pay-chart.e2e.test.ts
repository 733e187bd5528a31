// End-to-end: pay answers carry the chart. The real bot against the local fake Discord: a /compare
// salary answer is sent as multipart with the PNG, the embed shows it by `attachment://`, an aspect
// button away from salary removes it and one back to salary brings it back, and a chart that cannot
// be drawn leaves the answer going out without it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InteractionResponseType } from "discord-api-types/v10";
import { existsSync } from "node:fs";
import { callbackOf, customIds, startBotOnFake, TEST_CHART_TIMEOUT_MS, type BotOnFake } from "../support/bot-on-fake.js";
import { PAY_CHART_FILE_NAME, type PayChartRenderer } from "../../src/render/chart/pay-chart-renderer.js";
import { CHART_WIDTH } from "../../src/render/chart/pay-chart-vega.js";
import { pngSize } from "../../src/render/chart/png-size.js";
import { PNG_SCALE } from "../../src/render/chart/canvas-to-png.js";
import type { RecordedRequest } from "../support/fake-discord/index.js";
import { childProcesses, isRunning } from "../support/process-tree.js";

const SALARY = { "role-a": "office-manager", "role-b": "operations-manager" };
const CHART_URL = `attachment://${PAY_CHART_FILE_NAME}`;

/** The bot's pay chart renderer processes (this test file's process is the bot's). */
const renderers = () => childProcesses(process.pid).filter((p) => p.command.includes("chart-process"));

async function compareSalary(h: BotOnFake, user: string, options = SALARY, timeoutMs?: number): Promise<{ interactionId: string; request: RecordedRequest }> {
  const i = h.fake.dispatchInteraction(h.fake.chatInputInteraction({ name: "compare", subcommand: "salary", user, options }));
  const request = await h.fake.waitForInteractionCallback(i.id, timeoutMs);
  expect(request.status, JSON.stringify(request.body)).toBeLessThan(300);
  return { interactionId: i.id, request };
}

describe("pay chart on Discord answers (real bot)", () => {
  let h: BotOnFake;
  let asker: string;

  beforeAll(async () => {
    h = await startBotOnFake();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    asker = h.fake.addUser().id;
    h.fake.clearRequests();
  });

  it("/compare salary sends the chart as a multipart file and the embed shows it by attachment://", async () => {
    const { interactionId, request } = await compareSalary(h, asker);
    expect(request.files).toHaveLength(1);
    const file = request.files[0]!;
    expect(file.field).toBe("files[0]");
    expect(file.filename).toBe(PAY_CHART_FILE_NAME);
    const size = pngSize(file.data);
    expect(size, "a PNG signature and IHDR header").not.toBeNull();
    expect(size!.width).toBe(CHART_WIDTH * PNG_SCALE);
    expect(size!.height).toBeGreaterThan(200);
    const { type, data } = callbackOf(request);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.embeds?.[0]?.image?.url).toBe(CHART_URL);
    expect(h.fake.originalResponse(interactionId)?.attachments.map((a) => a.filename)).toEqual([PAY_CHART_FILE_NAME]);
  });

  it("switching aspect away from salary removes the chart; switching back adds it", async () => {
    const { interactionId } = await compareSalary(h, asker);
    const message = h.fake.originalResponse(interactionId)!;
    const button = (aspect: string) =>
      customIds(message.components).find((id) => {
        const action = h.bot.context.codec.decode(id);
        return action?.kind === "aspect" && action.aspect === aspect;
      })!;

    const toSkills = h.fake.dispatchInteraction(h.fake.buttonInteraction({ customId: button("skills"), message: message.id, user: asker }));
    const skills = await h.fake.waitForInteractionCallback(toSkills.id);
    expect(callbackOf(skills).type).toBe(InteractionResponseType.UpdateMessage);
    expect(skills.files).toHaveLength(0);
    expect((skills.body as { data: { attachments?: unknown[] } }).data.attachments).toEqual([]);
    expect(callbackOf(skills).data.embeds?.[0]?.image).toBeUndefined();
    expect(h.fake.message(message.id)?.attachments).toEqual([]);

    const updated = h.fake.message(message.id)!;
    const salaryId = customIds(updated.components).find((id) => {
      const action = h.bot.context.codec.decode(id);
      return action?.kind === "aspect" && action.aspect === "salary";
    })!;
    const toSalary = h.fake.dispatchInteraction(h.fake.buttonInteraction({ customId: salaryId, message: message.id, user: asker }));
    const salary = await h.fake.waitForInteractionCallback(toSalary.id);
    expect(salary.files.map((f) => f.filename)).toEqual([PAY_CHART_FILE_NAME]);
    expect(callbackOf(salary).data.embeds?.[0]?.image?.url).toBe(CHART_URL);
    expect(h.fake.message(message.id)?.attachments.map((a) => a.filename)).toEqual([PAY_CHART_FILE_NAME]);
  });

  it("a /compare skills answer carries no chart", async () => {
    const i = h.fake.dispatchInteraction(h.fake.chatInputInteraction({ name: "compare", subcommand: "skills", user: asker, options: SALARY }));
    const request = await h.fake.waitForInteractionCallback(i.id);
    expect(request.files).toHaveLength(0);
    expect(callbackOf(request).data.embeds?.[0]?.image).toBeUndefined();
  });
});

describe("the pay chart renderer process (real bot)", () => {
  it("draws the charts; once it died the next chart starts another; it ends with the bot", async () => {
    const h = await startBotOnFake();
    try {
      expect((await compareSalary(h, h.fake.addUser().id)).request.files).toHaveLength(1);
      const [renderer] = renderers();
      expect(renderer, "a renderer process, child of the bot's").toBeDefined();
      process.kill(renderer!.pid, "SIGKILL");
      // Reaped (gone from /proc) means the bot has seen the exit; a chart sent before that fails instead.
      await h.fake.waitUntil(() => !existsSync(`/proc/${renderer!.pid}`), 10_000, "the renderer to be reaped");
      // Another pair (the first one's picture is cached in the bot), drawn by a fresh renderer: its
      // start under tsx on a busy machine can take several seconds.
      const { request } = await compareSalary(h, h.fake.addUser().id, { "role-a": "accountant", "role-b": "bookkeeper" }, TEST_CHART_TIMEOUT_MS);
      expect(request.files.map((f) => f.filename)).toEqual([PAY_CHART_FILE_NAME]);
      const [fresh] = renderers();
      expect(fresh?.pid).not.toBe(renderer!.pid);
      await h.close();
      expect(isRunning(fresh!.pid)).toBe(false);
      expect(renderers()).toEqual([]);
    } finally {
      await h.close();
    }
  }, 60_000);
});

describe("a chart that cannot be drawn (real bot, failing renderer)", () => {
  let h: BotOnFake;
  const failing: PayChartRenderer = {
    render: async () => {
      throw new Error("renderer exploded");
    },
  };

  beforeAll(async () => {
    h = await startBotOnFake({ payChart: failing });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the answer still goes out, without the image, and the failure is logged", async () => {
    const { interactionId, request } = await compareSalary(h, h.fake.addUser().id);
    const { type, data } = callbackOf(request);
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager: Salary/);
    expect(data.embeds?.[0]?.image).toBeUndefined();
    expect(request.files).toHaveLength(0);
    expect(h.fake.originalResponse(interactionId)).toBeDefined();
    const logged = h.logs.atLeast(50).find((line) => /pay chart could not be drawn/.test(line.msg ?? ""));
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain("renderer exploded");
  });
});

describe("PAY_CHARTS=off (real bot)", () => {
  let h: BotOnFake;

  beforeAll(async () => {
    h = await startBotOnFake({ env: { PAY_CHARTS: "off" } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("pay answers go out without the image and nothing is logged as a failure", async () => {
    const { request } = await compareSalary(h, h.fake.addUser().id);
    const { data } = callbackOf(request);
    expect(data.embeds?.[0]?.title).toMatch(/Office Manager vs Operations Manager: Salary/);
    expect(data.embeds?.[0]?.image).toBeUndefined();
    expect(request.files).toHaveLength(0);
    expect(h.logs.atLeast(50).some((line) => /pay chart/.test(line.msg ?? ""))).toBe(false);
  });
});
