// What every command, event and trigger needs, passed explicitly rather than imported as globals.
import type { Engine } from "../engine.js";
import type { Logger } from "../logging/logger.js";
import { createPayChartRenderer, type PayChartRenderer } from "../render/chart/pay-chart-renderer.js";
import { CustomIdCodec } from "../render/discord/custom-ids.js";
import { Cooldowns } from "./cooldowns.js";

export interface BotContext {
  engine: Engine;
  codec: CustomIdCodec;
  logger: Logger;
  cooldowns: Cooldowns;
  askChannelIds: ReadonlySet<string>;
  /** Draws (and caches) the chart image attached to pay answers. */
  payChart: PayChartRenderer;
}

export function createBotContext(engine: Engine, logger: Logger, askChannelIds: readonly string[], payChart: PayChartRenderer = createPayChartRenderer()): BotContext {
  return { engine, codec: new CustomIdCodec(engine.knowledge), logger, cooldowns: new Cooldowns(), askChannelIds: new Set(askChannelIds), payChart };
}
