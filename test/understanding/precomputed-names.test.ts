// The importer folds every occupation name ahead of time (src/import/precompute-names.ts) so a
// start-up need not: the index built from those phrases must be the index built by folding every
// name at start-up, and a file folded under other rules (or with keys for other names) is folded again.
import { writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import type { OccupationsFile } from "../../src/knowledge/occupations-schema.js";
import { asciiJson } from "../../src/import/ascii-json.js";
import { buildNameIndex, dropRepeatedEscoLabels } from "../../src/import/precompute-names.js";
import { canonicalPhrase } from "../../src/understanding/canonical-tokens.js";
import { editDistance, withinEdits, withinOneEdit, withinOneEditOfStart } from "../../src/understanding/edit-distance.js";
import { RoleIndex } from "../../src/understanding/role-index.js";
import { removeDataDirs, validRole, writeData } from "../knowledge/fixtures.js";
import { knowledgeWithTestClerk, occupation, occupationsFile, writeOccupations } from "../knowledge/occupation-fixtures.js";

afterEach(removeDataDirs);

/** The fixture file with names that fold in every way: parts, accents, plurals, repeats, abbreviations. */
function namedFile(): OccupationsFile {
  const file = occupationsFile();
  file.occupations.push(
    occupation("91-3033.00", "Widget Co-ordinators", "Widget Co-ordinator", {
      titles: {
        // "Manager", "Pay" and "Of The" are never names on their own: the importer claims them, a start-up drops them.
        alternate: ["Chief Widget Officer (CWO)", "Café Widget Mgr", "Widget Analyst", "Sr. Ops Widget Coordinators'", "Manager", "Pay", "Of The"],
        short: ["WC"],
        reported: ["Widget Coordinator"],
        myNextMove: [],
        esco: ["widget co-ordinator", "Widget Coordinator", "widget fettler", "widget fettler", "gauge boss (GB)", "Widget Analyst"],
      },
    }),
  );
  file.occupations = file.occupations.map(dropRepeatedEscoLabels);
  return file;
}

/** Editors' preferences: a title two occupations share, a new phrase, a name with parts, and the curated role's own title. */
const PREFERENCES = `preferences:
  - { title: widget analyst, code: "91-2022.00" }
  - { title: gadget guru, code: "91-1011.00" }
  - { title: "Head Widgeteer (HW)", code: "91-3033.00" }
  - { title: test clerk, code: "43-1011.00" }
`;

async function indexOf(file: object, preferences = false): Promise<RoleIndex> {
  return new RoleIndex(await knowledgeWithTestClerk(file, ["widget analyst lead", "wc", "widget tuner"], preferences ? PREFERENCES : undefined));
}

/** Everything the index answers from, in its order. */
const shape = (index: RoleIndex) => ({
  entries: index.entries.map((e) => ({ ...e })),
  names: [...index.names.keys()],
  vocabulary: [...index.vocabulary],
  search: index.searchNames("widget cordinator", 10),
  similar: index.similarRoles("widget boss", 3),
  corrected: ["widgit", "fetler", "coordinater"].map((w) => index.correct(w)),
});

describe("names folded by the importer", () => {
  it("drops an ESCO label that only repeats a name of its occupation, and keeps labels with parts", () => {
    const esco = namedFile().occupations.at(-1)!.titles.esco;
    expect(esco).toEqual(["widget fettler", "gauge boss (GB)"]);
  });

  it("builds the same index as folding every name at start-up", async () => {
    const file = namedFile();
    const folded = await indexOf(file);
    const nameIndex = buildNameIndex(file);
    const precomputed = await indexOf({ ...file, nameIndex });
    // Without the importer's starts of each phrase's words, they are worked out: the same index.
    const { phraseWordStarts, ...withoutStarts } = nameIndex;
    expect(phraseWordStarts).toHaveLength(nameIndex.phrases.length + 1);
    const startsWorkedOut = await indexOf({ ...file, nameIndex: withoutStarts });
    expect(folded.entries.length).toBeGreaterThan(15);
    expect(folded.names.get("chief widget officer")?.roleId).toBe("91-3033.00");
    expect(folded.names.get("cwo")?.roleId).toBe("91-3033.00");
    expect(shape(precomputed)).toEqual(shape(folded));
    expect(shape(startsWorkedOut)).toEqual(shape(folded));
  });

  it("takes the importer's claims, re-claiming the phrases editors' names and preferences touch, as claiming every name would", async () => {
    const file = namedFile();
    const nameIndex = buildNameIndex(file);
    for (const preferences of [false, true]) {
      const claimedHere = shape(await indexOf({ ...file, nameIndex: { ...nameIndex, claims: { ...nameIndex.claims, rules: "0-other" } } }, preferences));
      const fromImport = await indexOf({ ...file, nameIndex }, preferences);
      expect(shape(fromImport)).toEqual(claimedHere);
      expect(fromImport.names.get("widget tuner")?.roleId).toBe("test-clerk");
      expect(fromImport.names.get("widget tuner")?.alternatives).toEqual(["91-1011.00"]);
      for (const everyday of ["manager", "pay", "of the"]) expect(fromImport.names.has(everyday)).toBe(false);
      if (preferences) {
        expect(fromImport.names.get("widget analyst")?.roleId).toBe("91-2022.00");
        expect(fromImport.names.get("gadget guru")?.roleId).toBe("91-1011.00");
        expect(fromImport.names.get("hw")?.roleId).toBe("91-3033.00");
      }
    }
    // What the index serves for a phrase nobody re-claims is the importer's claim, as written.
    const flipped = { ...nameIndex.claims, titles: nameIndex.claims.titles.map((t) => 1 - t) };
    expect((await indexOf({ ...file, nameIndex }, true)).names.get("quality checker")?.isTitle).toBe(false);
    expect((await indexOf({ ...file, nameIndex: { ...nameIndex, claims: flipped } }, true)).names.get("quality checker")?.isTitle).toBe(true);
  });

  it("builds the index and makes every entry without reading an occupation's titles, read once a name from them is", async () => {
    const file = namedFile();
    const index = await indexOf({ ...file, nameIndex: buildNameIndex(file) }, true);
    const occupations = index.knowledge.roleList.flatMap((role) => (role.kind === "occupation" ? [role.occupation] : []));
    const unread = () => occupations.filter((o) => Object.getOwnPropertyDescriptor(o, "titles")?.get !== undefined).map((o) => o.code);
    expect(index.entries.length).toBeGreaterThan(15);
    expect(unread()).toHaveLength(occupations.length);
    expect(index.names.get(canonicalPhrase("Widget Co-ordinator"))?.name).toBe("Widget Co-ordinator"); // its title, on the first line
    expect(unread()).toHaveLength(occupations.length);
    expect(index.names.get("chief widget officer")?.name).toBe("Chief Widget Officer");
    expect(unread()).not.toContain("91-3033.00");
    expect(unread()).toHaveLength(occupations.length - 1);
  });

  it("claims every name itself when the importer's claims do not fit the knowledge", async () => {
    const file = namedFile();
    const nameIndex = buildNameIndex(file);
    const expected = shape(await indexOf({ ...file, nameIndex: { ...nameIndex, claims: { ...nameIndex.claims, rules: "0-other" } } }, true));
    const { claims } = nameIndex;
    const variants = [
      { ...claims, order: [...claims.order].reverse() },
      { ...claims, keys: claims.keys.slice(1) },
      { ...claims, alternatives: claims.alternatives.slice(1) },
      { ...claims, named: claims.named.map((n) => n + 1e9) },
    ];
    for (const variant of variants) expect(shape(await indexOf({ ...file, nameIndex: { ...nameIndex, claims: variant } }, true))).toEqual(expected);
  });

  it("folds the names again when the file was folded under other rules or for other names", async () => {
    const file = namedFile();
    const expected = shape(await indexOf(file));
    const index = buildNameIndex(file);
    const otherRules = { ...index, canonicalForms: "0-other" };
    // Phrases shifted by one: used as they are, every name would land on the wrong phrase.
    const wrongPhrases = {
      ...index,
      canonicalForms: "0-other",
      phrases: ["nothing", ...index.phrases],
      titleClaims: { ...index.titleClaims, starts: Int32Array.of(0, ...index.titleClaims.starts) },
    };
    const shortKeys = { ...index, keys: { ...index.keys, "91-3033.00": index.keys["91-3033.00"]!.slice(1) } };
    for (const nameIndex of [otherRules, wrongPhrases, shortKeys]) expect(shape(await indexOf({ ...file, nameIndex }))).toEqual(expected);
  });

  it("refuses a file of the previous format with a message to re-run the import", async () => {
    const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
    // A file of the previous format (its lists file without the claims on shared titles).
    const path = await writeOccupations(dir);
    await writeFile(path, asciiJson({ ...occupationsFile(), format: "rolecompare-occupations/6" }));
    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(String((error as Error).message)).toMatch(
      /format: expected "rolecompare-occupations\/7", got "rolecompare-occupations\/6".*re-run `npm run import-occupations/,
    );
  });

  it("writes the file as ASCII that reads back to the same text", () => {
    const value = { title: "Café Managers — “chefs” 🍳", list: ["naïve", "plain"] };
    const text = asciiJson(value);
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("names looked up before and after the warm-up", () => {
  it("finds every name, and only names, by binary search at start-up and by hash once warmed up, the same entries", async () => {
    const fresh = await indexOf(namedFile(), true);
    const warmed = await indexOf(namedFile(), true);
    warmed.warmUp();
    const phrases = [...fresh.names.keys()];
    // Names from the file (sorted phrases) and those only the curated layer brings (folded at start-up).
    expect(phrases).toEqual(expect.arrayContaining(["chief widget officer", "widget tuner", "gadget guru", "hw", "test clerk"]));
    for (const [place, phrase] of phrases.entries()) {
      const entry = fresh.names.get(phrase);
      expect(entry?.phrase).toBe(phrase);
      expect(fresh.names.get(phrase)).toBe(entry); // made once
      expect({ ...warmed.names.get(phrase) }).toEqual({ ...entry });
      expect(fresh.entries[place]).toBe(entry);
    }
    for (const other of ["", "manager", "pay", "of the", "widget", "zzz", "widget tuners"]) {
      expect(fresh.names.has(other)).toBe(false);
      expect(warmed.names.has(other)).toBe(false);
    }
    expect(fresh.nameCount).toBe(phrases.length);
  });
});

describe("withinOneEdit and withinEdits", () => {
  it("agrees with the edit distance on every pair of short words over a small alphabet", () => {
    const words = [""];
    for (let length = 1; length <= 4; length++) for (const w of words.filter((x) => x.length === length - 1)) for (const c of "abc") words.push(w + c);
    for (const a of words)
      for (const b of words) {
        expect(withinOneEdit(a, b), `${a} ${b}`).toBe(editDistance(a, b, 1) <= 1);
        expect(withinEdits(a, b, 2), `${a} ${b}`).toBe(editDistance(a, b, 2) <= 2);
      }
  });

  it("withinOneEditOfStart is withinOneEdit on the start of the word, without slicing it", () => {
    const words = [""];
    for (let length = 1; length <= 4; length++) for (const w of words.filter((x) => x.length === length - 1)) for (const c of "abc") words.push(w + c);
    for (const a of words)
      for (const b of words)
        for (let k = -1; k <= b.length + 1; k++)
          expect(withinOneEditOfStart(a, b, k), `${a} ${b} ${k}`).toBe(editDistance(a, b.slice(0, Math.max(k, 0)), 1) <= 1);
  });

  it("withinEdits agrees with the edit distance on words longer than its rows", () => {
    const long = "a".repeat(70);
    expect(withinEdits(long, `${long.slice(1)}b`, 2)).toBe(true);
    expect(withinEdits(long, `${long.slice(3)}bbb`, 2)).toBe(false);
  });
});
