// The importer works out each occupation's claim on the phrase of each of its names (how strongly it
// claims it, how many of its names hold it: src/import/precompute-title-claims.ts), so the first
// question naming a shared title reads the claim instead of every name of every occupation sharing
// it. A stored claim, with the editors' preferred titles added at start-up, must be the claim worked
// out from the names, for every role and phrase; claims stored under other rules are not used.
import { afterEach, describe, expect, it } from "vitest";
import { buildNameIndex, dropRepeatedEscoLabels } from "../../src/import/precompute-names.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { NameIndex, OccupationsFile } from "../../src/knowledge/occupations-schema.js";
import { canonicalPhrase } from "../../src/understanding/canonical-tokens.js";
import { SharedTitleEvidence } from "../../src/understanding/shared-title-evidence.js";
import { unpackClaim } from "../../src/understanding/title-claim.js";
import { removeDataDirs } from "../knowledge/fixtures.js";
import { knowledgeWithTestClerk, occupation, occupationsFile } from "../knowledge/occupation-fixtures.js";

afterEach(removeDataDirs);

/** The fixture file, and an occupation whose names hold "widget analyst" many ways, fold past their stem ("Mgr"), or fold to nothing ("--"). */
function claimsFile(): OccupationsFile {
  const file = occupationsFile();
  file.occupations.push(
    occupation("91-3033.00", "Widget Co-ordinators and Fettlers", "Widget Co-ordinator", {
      titles: {
        alternate: ["Widget Analyst", "Senior Widget Analyst", "Widget Analyst (WA)", "Café Widget Mgr", "Chief Widget Officer (CWO)"],
        short: ["WA"],
        reported: ["Widget Analysts", "Widget Analyst/Widget Analyst"],
        myNextMove: ["Senior Widget Analyst"],
        esco: ["widget fettler", "--", "analyst of widgets"],
      },
    }),
  );
  file.occupations = file.occupations.map(dropRepeatedEscoLabels);
  return file;
}

/** A preferred title equal to a shared phrase, one holding it, one with parts, and one for the curated role's code. */
const PREFERENCES = `preferences:
  - { title: widget analyst, code: "91-2022.00" }
  - { title: lead widget analyst, code: "91-2022.00" }
  - { title: "Head Widgeteer (HW)", code: "91-3033.00" }
  - { title: widget tuner, code: "91-1011.00" }
  - { title: test clerk, code: "43-1011.00" }
`;

function knowledgeOf(file: OccupationsFile, preferences = true): Promise<KnowledgeBase> {
  return knowledgeWithTestClerk(file, ["widget analyst lead", "wa", "widget tuner"], preferences ? PREFERENCES : undefined);
}

/** The stored claim of an occupation on a phrase, as the index holds it. */
function stored(index: NameIndex, code: string, phrase: string) {
  const key = [...index.phrases].indexOf(phrase);
  const { starts, roles, values } = index.titleClaims;
  const out: { code: string; weight: number; density: number }[] = [];
  for (let i = starts[key]!; i < starts[key + 1]!; i++) out.push({ code: index.claims.order[roles[i]!]!, ...unpackClaim(values[i]!) });
  return code === "*" ? out : out.find((c) => c.code === code);
}

/** Every role's claim on every phrase the index or an editor names. */
function everyClaim(knowledge: KnowledgeBase, phrases: readonly string[]) {
  const evidence = new SharedTitleEvidence(knowledge);
  return knowledge.roleList.flatMap((role) => phrases.map((phrase) => [role.id, phrase, { ...evidence.claimOn(role.id, phrase) }] as const));
}

describe("claims on shared titles worked out by the importer", () => {
  it("stores each occupation's claim on each of its names' phrases: the strongest equal name, and how many names hold it", () => {
    const index = buildNameIndex(claimsFile());
    // Shared by three occupations, two as an alternate title; the third reports it too, and has it in seven of its names.
    expect(stored(index, "*", "widget analyst")).toEqual([
      { code: "91-3033.00", weight: 30, density: 7 },
      { code: "91-2022.00", weight: 20, density: 1 },
      { code: "91-1011.00", weight: 20, density: 1 },
    ]);
    expect(stored(index, "91-3033.00", "wa")).toEqual({ code: "91-3033.00", weight: 40, density: 3 });
    // Its own phrase, but the name does not hold the start of "manager": no claim, as at run time.
    expect(stored(index, "91-3033.00", canonicalPhrase("Café Widget Mgr"))).toEqual({ code: "91-3033.00", weight: 0, density: 0 });
    expect(stored(index, "91-3033.00", "")).toEqual({ code: "91-3033.00", weight: 10, density: 1 });
    // Only the occupations that have a name of the phrase: another phrase's words are not a claim.
    expect(stored(index, "91-1011.00", "senior widget analyst")).toBeUndefined();
    expect(index.titleClaims.starts).toHaveLength(index.phrases.length + 1);
  });

  it("gives every role the claim worked out from its names, with and without the stored claims, preferred titles added", async () => {
    const file = claimsFile();
    const nameIndex = buildNameIndex(file);
    const phrases = [
      ...nameIndex.phrases,
      ...["lead widget analyst", "head widgeteer hw", "hw", "test clerk", "widget analyst lead", "nothing"].map(canonicalPhrase),
    ];
    for (const preferences of [false, true]) {
      const fromNames = everyClaim(
        await knowledgeOf({ ...file, nameIndex: { ...nameIndex, titleClaims: { ...nameIndex.titleClaims, rules: "0-other" } } }, preferences),
        phrases,
      );
      const fromStore = everyClaim(await knowledgeOf({ ...file, nameIndex }, preferences), phrases);
      expect(fromStore).toEqual(fromNames);
      expect(fromNames.filter(([, , claim]) => claim.density > 0).length).toBeGreaterThan(20);
    }
    const claimOf = async (index: NameIndex, code: string, phrase: string) =>
      new SharedTitleEvidence(await knowledgeOf({ ...file, nameIndex: index })).claimOn(code, phrase);
    // The editor's preference raises the weight and the count of the stored claim.
    expect(await claimOf(nameIndex, "91-2022.00", "widget analyst")).toEqual({ weight: 500, density: 3 });
    // The stored claim is what is read: emptied, the claims change; under other rules, they do not.
    const emptied = { ...nameIndex.titleClaims, values: nameIndex.titleClaims.values.map(() => 0) };
    expect(await claimOf({ ...nameIndex, titleClaims: emptied }, "91-3033.00", "widget analyst")).toEqual({ weight: 0, density: 0 });
    expect(await claimOf({ ...nameIndex, titleClaims: { ...emptied, rules: "0-other" } }, "91-3033.00", "widget analyst")).toEqual({ weight: 30, density: 7 });
  });

  it("chooses among the occupations sharing a title as from their names", async () => {
    const file = claimsFile();
    const nameIndex = buildNameIndex(file);
    const choose = async (index: NameIndex) => {
      const evidence = new SharedTitleEvidence(await knowledgeOf({ ...file, nameIndex: index }, false));
      const phrases = ["widget analyst", "wa", "senior widget analyst", "widget tuner", "widget coordinator", "widget coordinator and fettler"];
      const choices = phrases.map((phrase) => evidence.choose(["91-1011.00", "91-2022.00", "91-3033.00"], phrase, ["widget"]));
      // The words around the title against the candidates' own titles' words.
      for (const context of [["fettler"], ["inspector"], ["tuner"]]) choices.push(evidence.choose(["91-2022.00", "91-1011.00"], "widget analyst", context));
      // A label both share (ESCO's "widget fettler"): the one whose title holds both words.
      choices.push(evidence.choose(["91-1011.00", "91-3033.00"], "widget fettler", []));
      return choices;
    };
    const fromNames = await choose({ ...nameIndex, titleClaims: { ...nameIndex.titleClaims, rules: "0-other" } });
    expect(await choose(nameIndex)).toEqual(fromNames);
    // Names folded under other rules are folded again, titles included (whether the title is the role's own).
    expect(await choose({ ...nameIndex, canonicalForms: "0-other" })).toEqual(fromNames);
    expect(fromNames[0]!.roleId).toBe("91-3033.00");
    // Its title and its singular are its own names.
    expect(fromNames.slice(4, 6)).toMatchObject([
      { roleId: "91-3033.00", ownName: true },
      { roleId: "91-3033.00", ownName: true },
    ]);
    // A context word of one candidate's title decides between equal claims.
    expect(fromNames.slice(6, 9).map((choice) => choice.roleId)).toEqual(["91-2022.00", "91-2022.00", "91-1011.00"]);
    expect(fromNames.at(-1)!.roleId).toBe("91-3033.00");
  });
});
