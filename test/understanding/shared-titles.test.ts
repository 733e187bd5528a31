// Titles several occupations share, and one-word titles that are everyday words, on invented
// occupations: the evidence picks one and keeps the others to switch to, a toss-up asks, and chat
// that merely contains a title word stays silent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { answerComponents } from "../../src/render/discord/answer-components.js";
import { CustomIdCodec } from "../../src/render/discord/custom-ids.js";
import { renderText } from "../../src/render/render-text.js";
import { removeDataDirs } from "../knowledge/fixtures.js";
import { engineWithOccupations, occupation, occupationsFileWith, occupationTitles } from "../knowledge/occupation-fixtures.js";

/** Invented occupations: "glimmerer" is shared (harbour glimmerers carry it twice as often), "sorter" is an even split. */
function sharedTitlesFile() {
  return occupationsFileWith([
    occupation("91-3011.00", "Harbour Glimmerers", "Harbour Glimmerer", {
      titles: occupationTitles({
        myNextMove: ["Glimmerer"],
        reported: ["Lead Glimmerer", "Night Glimmerer", "Glimmerer Supervisor", "Tidewatcher"],
      }),
    }),
    occupation("91-3012.00", "Festival Glimmerers", "Festival Glimmerer", { titles: occupationTitles({ myNextMove: ["Glimmerer"] }) }),
    // Only a loose crosswalked label: never offered as another meaning of "glimmerer".
    occupation("91-3013.00", "Lantern Polishers", "Lantern Polisher", { titles: occupationTitles({ esco: ["glimmerer", "archer"] }) }),
    occupation("91-4011.00", "Dune Sorters", "Dune Sorter", { titles: occupationTitles({ myNextMove: ["Sorter"] }) }),
    occupation("91-4012.00", "Reef Sorters", "Reef Sorter", { titles: occupationTitles({ myNextMove: ["Sorter"] }) }),
    occupation("91-5011.00", "Lounge Hosts", "Lounge Host", { titles: occupationTitles({ myNextMove: ["Host"], short: ["APP"] }) }),
    // "Trainer" is the gym coaches' title many times over, the horse minders' once.
    occupation("91-6011.00", "Gym Coaches", "Gym Coach", {
      titles: occupationTitles({ myNextMove: ["Trainer"], reported: ["Head Trainer", "Floor Trainer", "Senior Trainer", "Spin Coach"] }),
    }),
    occupation("91-6012.00", "Horse Minders", "Horse Minder", { titles: occupationTitles({ myNextMove: ["Trainer"] }) }),
  ]);
}

let engine: Engine;
beforeAll(async () => {
  engine = await engineWithOccupations(sharedTitlesFile());
});
afterAll(removeDataDirs);

const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);

describe("a title several occupations share", () => {
  it("goes to the occupation with more of its names carrying it, keeping the other as an alternative but not a loose label", () => {
    const { parsed, answer } = engine.ask("glimmerer salary");
    expect(roleIds("glimmerer salary")).toEqual(["91-3011.00"]);
    expect(parsed.roles[0]!.alternatives).toEqual(["91-3012.00"]);
    expect(answer.needsConfirmation).toBe(false);
    expect(answer.notes).toContainEqual({
      kind: "shared-title",
      typed: "glimmerer",
      roleId: "91-3011.00",
      title: "Harbour Glimmerer",
      alternatives: [{ roleId: "91-3012.00", title: "Festival Glimmerer" }],
    });
    expect(renderText(answer, { color: false })).toContain('Interpreted "glimmerer" as Harbour Glimmerer (also: Festival Glimmerer).');
  });

  it("follows the question's words around the title", () => {
    expect(roleIds("what does a glimmerer at a festival earn")).toEqual(["91-3012.00"]);
    expect(roleIds("festival glimmerer salary")).toEqual(["91-3012.00"]);
  });

  it("beside another title of the role it would mean, a shared title means its next meaning", () => {
    // "x-ray tech vs ultrasound tech": both occupations claim "glimmerer" as strongly; the question names one already.
    expect(roleIds("tidewatcher vs glimmerer")).toEqual(["91-3011.00", "91-3012.00"]);
    // Inside the other title it is that title's own word, not a second role.
    expect(roleIds("harbour glimmerer vs glimmerer")).toEqual(["91-3011.00"]);
    // A title no other occupation claims stays one role named twice.
    expect(roleIds("lounge host vs host")).toEqual(["91-5011.00"]);
    // ...and so does one another occupation claims only now and then: "fitness instructor vs personal trainer".
    expect(roleIds("spin coach vs trainer")).toEqual(["91-6011.00"]);
  });

  it("takes the line of work named before 'as a' when the two make a title: 'get into real estate as an agent'", () => {
    expect(roleIds("how do i get into festivals as a glimmerer")).toEqual(["91-3012.00"]);
    expect(engine.ask("how do i get into festivals as a glimmerer").parsed.roles[0]!.typed).toBe("(festivals) glimmerer");
    // Words that make no title with it leave the evidence to choose.
    expect(roleIds("how do i get into boats as a glimmerer")).toEqual(["91-3011.00"]);
  });

  it("takes the occupation named in brackets right after it", () => {
    expect(roleIds("glimmerer (festival glimmerer) vs dune sorter")).toEqual(["91-3012.00", "91-4011.00"]);
  });

  it("asks which one was meant when nothing separates them", () => {
    const { answer } = engine.ask("sorter salary");
    expect(answer.needsConfirmation).toBe(true);
    expect(answer.suggestions.map((s) => s.roleId).sort()).toEqual(["91-4011.00", "91-4012.00"]);
    expect(answer.uncertainRoleIds).toHaveLength(1);
    expect(renderText(answer, { color: false })).toMatch(/"sorter" could be any of several occupations: .*Which one did you mean\?/);
  });

  it("offers a button per alternative that answers the same question with it in place", () => {
    const answer = engine.ask("glimmerer vs dune sorter pay").answer;
    const codec = new CustomIdCodec(engine.roleIds);
    const ids = answerComponents(answer, codec, "42").flatMap((row) => row.components.map((c) => ("custom_id" in c ? c.custom_id : "")));
    const switches = ids.map((id) => codec.decode(id)).filter((a) => a?.kind === "switch");
    expect(switches).toEqual([{ kind: "switch", aspect: "salary", roleIds: ["91-3012.00", "91-4011.00"], askerId: "42" }]);
  });
});

describe("title words used as everyday words", () => {
  it.each([
    "host that stream carefully, it's a long night",
    "host's lounge is open tonight anyone?",
    "is anyone else's bank app down?",
    "nah i'm a stealth archer",
    "can someone help me with this spreadsheet formula?",
    "what do hosts do when the stream crashes",
    "how do hosts do it",
    "what do hosts make of the new rules",
    "is host good for the stream tonight",
  ])("%s: silence", (q) => {
    expect(engine.ask(q).parsed.intent).toBe("none");
  });

  it.each([
    ["what does a host earn", "91-5011.00"],
    ["APP salary", "91-5011.00"],
    // Named as a job a few words on: "is cna a good entry level job".
    ["is app a good entry level job", "91-5011.00"],
    // Whether the job suits someone: "is nurse good for me".
    ["is host good for me", "91-5011.00"],
    ["archer salary", "91-3013.00"],
    ["what do hosts do", "91-5011.00"],
    ["what do hosts actually do for a living?", "91-5011.00"],
    ["what do hosts make a year", "91-5011.00"],
  ])("%s: still a question about the role", (q, id) => {
    expect(roleIds(q)).toEqual([id]);
  });
});

describe("typos and shorthand around a title", () => {
  it("reads a typo of an aspect word as the aspect, but not an inflected everyday word", () => {
    expect(engine.ask("harbour glimmerer salery").parsed).toMatchObject({ intent: "profile", aspect: "salary" });
    expect(engine.ask("harbour glimmerer enviroment").parsed.aspect).toBe("environment");
    expect(engine.ask("is the harbour glimmerer coming today or tomorrow?").parsed.aspect).not.toBe("skills");
  });
});

describe("roles around the one asked about", () => {
  it("completes a second title whose modifier was left out: 'widget tuner vs inspector'", () => {
    expect(roleIds("widget tuner vs inspector")).toEqual(["91-1011.00", "91-2022.00"]);
    // No "festival tuner": nothing is made up.
    expect(roleIds("festival glimmerer vs tuner")).toEqual(["91-3012.00"]);
  });

  it("leaves out a member's own colleague beside the roles asked about", () => {
    expect(roleIds("dune sorter or widget tuner? my widget inspector says sorter")).toEqual(["91-4011.00", "91-1011.00"]);
  });
});
