// Words that look like titles but are read as what they are in the sentence, on invented
// occupations: a verb is not a typo of its worker, a question's opening verb is not the "IS" of an
// "IS Director", an abbreviation after "needs a" beside the roles asked about is a credential,
// "this host" is one particular host, and a question about an event's time is chat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { verbOfAgent } from "../../src/understanding/find-role-mentions.js";
import { removeDataDirs } from "../knowledge/fixtures.js";
import { engineWithOccupations, occupation, occupationsFileWith, occupationTitles } from "../knowledge/occupation-fixtures.js";

function readingsFile() {
  return occupationsFileWith([
    occupation("91-6011.00", "Event Promoters", "Event Promoter", {
      titles: occupationTitles({ myNextMove: ["Promoter"], reported: ["Promoter", "Club Promoter"] }),
    }),
    occupation("91-6012.00", "Widget Systems Directors", "Widget Systems Director", { titles: occupationTitles({ reported: ["IS Director"] }) }),
    occupation("91-6013.00", "Directors of Widgets", "Director of Widgets"),
    occupation("91-6014.00", "Widget Controllers", "Widget Controller", { titles: occupationTitles({ short: ["WCP"] }) }),
    occupation("91-6015.00", "Lounge Hosts", "Lounge Host", { titles: occupationTitles({ myNextMove: ["Host"] }) }),
    occupation("91-6016.00", "Leasing Tuners", "Leasing Tuner"),
  ]);
}

let engine: Engine;
beforeAll(async () => {
  engine = await engineWithOccupations(readingsFile());
});
afterAll(removeDataDirs);

const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);
const TUNER_VS_INSPECTOR = ["91-1011.00", "91-2022.00"];

describe("title-like words read as what they are", () => {
  it("a verb is not a slip in its worker's title: 'promoted' is not 'promoter'", () => {
    expect(roleIds("can a widget tuner get promoted to widget inspector?")).toEqual(TUNER_VS_INSPECTOR);
    // A real slip in the title is still corrected.
    expect(roleIds("event promotor salary")).toEqual(["91-6011.00"]);
    // The rule itself (the invented vocabulary is too small for the typo index to reach for "promoted").
    for (const [typed, fixed] of <[string, string][]>[
      ["promoted", "promoter"],
      ["searched", "searcher"],
      ["organise", "organiser"],
      ["managing", "manager"],
      ["organise", "organist"],
      ["specializing", "specialist"],
      ["broken", "broker"],
    ])
      expect(verbOfAgent(typed, fixed), typed).toBe(true);
    for (const [typed, fixed] of <[string, string][]>[
      ["promotr", "promoter"],
      ["serchers", "searcher"],
      ["organst", "organist"],
    ])
      expect(verbOfAgent(typed, fixed), typed).toBe(false);
  });

  it("leaving or quitting a job is no slip for a title word: 'leaving' is not 'leasing'", () => {
    expect(engine.ask("leasng tuner salary").parsed.roles.map((r) => r.roleId)).toEqual(["91-6016.00"]);
    expect(engine.ask("thinking about leaving tuner work, any advice?").parsed.roles.map((r) => r.typed)).not.toContain("leaving tuner");
  });

  it("a question's opening 'is' is not the IS of 'IS Director'", () => {
    expect(roleIds("Is director of widgets a senior job?")).toEqual(["91-6013.00"]);
    expect(roleIds("what does an IS director do")).toEqual(["91-6012.00"]);
  });

  it("an abbreviation after 'needs a' beside the roles asked about is a credential", () => {
    expect(roleIds("widget tuner vs widget inspector, which one needs a WCP?")).toEqual(TUNER_VS_INSPECTOR);
    expect(roleIds("WCP salary")).toEqual(["91-6014.00"]);
  });

  it("'this host' is one particular host; 'a host' asked about is the job", () => {
    expect(roleIds("this host has been great, widget tuner vs widget inspector pay?")).toEqual(TUNER_VS_INSPECTOR);
    expect(roleIds("what does a host earn")).toEqual(["91-6015.00"]);
  });

  it("a title word in the plural right after a verb in -ing is the thing handled: 'switching hosts'", () => {
    expect(engine.ask("is switching hosts worth it").parsed.intent).toBe("none");
    expect(roleIds("widget tuner vs widget inspector, after switching hosts?")).toEqual(TUNER_VS_INSPECTOR);
    // ...but the people a verb is about are the job: "hiring hosts", "comparing hosts and widget tuners".
    expect(roleIds("lounges hiring hosts, what do hosts earn")).toEqual(["91-6015.00"]);
  });

  it("a question about when something happens is chat", () => {
    expect(engine.ask("what time is the AMA with the widget tuner?").parsed.intent).toBe("none");
    expect(engine.ask("what does a widget tuner earn?").parsed.intent).toBe("profile");
  });
});
