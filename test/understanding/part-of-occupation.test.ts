// A curated role that is one of the jobs its occupation counts (a COO among O*NET's Chief
// Executives), on invented data: the occupation's own titles name another role, so the two are
// compared, ranked by the curated reporting line and linked as a career step. Also: a help word
// that is a title ("guide") asks for the bot's guide when the bot is named.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { removeDataDirs, validRole } from "../knowledge/fixtures.js";
import { engineWithOccupations, occupation, occupationsFileWith, occupationTitles } from "../knowledge/occupation-fixtures.js";

const CHIEFS = "91-7111.00";

function deputyChief(scope: "part" | "whole") {
  return {
    ...validRole("deputy-widget-chief", "Deputy Widget Chief"),
    code: CHIEFS,
    occupationScope: scope,
    aliases: ["DWC"],
    career: { level: "executive", reportsTo: ["Widget chief officer", "Board of widgets"] },
  };
}

async function engineWith(scope: "part" | "whole"): Promise<Engine> {
  const file = occupationsFileWith([
    occupation(CHIEFS, "Widget Chiefs", "Widget Chief", { titles: occupationTitles({ short: ["WCO"] }) }),
    occupation("91-7112.00", "Widget Guides", "Widget Guide", { titles: occupationTitles({ myNextMove: ["Guide"] }) }),
  ]);
  return engineWithOccupations(file, { "deputy-widget-chief": deputyChief(scope) });
}

let part: Engine;
let whole: Engine;
beforeAll(async () => {
  [part, whole] = await Promise.all([engineWith("part"), engineWith("whole")]);
});
afterAll(removeDataDirs);

describe("a curated role that is part of its occupation", () => {
  it("is compared with the occupation's own title, and the reporting line says which is higher", () => {
    const { parsed, answer } = part.ask("wco vs dwc, who's higher?");
    expect(parsed.roles.map((r) => r.roleId)).toEqual([CHIEFS, "deputy-widget-chief"]);
    expect(answer.verdict?.text).toBe("Widget Chief is the more senior role: Deputy Widget Chief usually reports to the widget chief officer.");
  });

  it("is one role with the occupation when it covers the whole occupation", () => {
    const { parsed } = whole.ask("wco vs dwc, who's higher?");
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["deputy-widget-chief"]);
  });

  it("steps up to the occupation's head directly", () => {
    const { answer } = part.ask("how do i go from dwc to wco");
    expect(answer.path?.steps[0]).toEqual({ label: "Usual route", value: "Deputy Widget Chief → Widget Chief (career links in the role notes)" });
  });
});

describe("a help word that is also a title", () => {
  it("asks for the guide when the bot is named or using it follows", () => {
    expect(part.ask("is there a guide for using rolecompare").parsed.intent).toBe("help");
    expect(part.ask("guide to using this?").parsed.intent).toBe("help");
    expect(part.ask("guide for using excel").parsed.intent).not.toBe("help");
    expect(part.ask("what does a guide earn").parsed.roles.map((r) => r.roleId)).toEqual(["91-7112.00"]);
  });
});
