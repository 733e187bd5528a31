// The name index's lists live in a binary file beside the occupations file: they read back as the
// importer wrote them, and lists that are missing, cut short or from another import stop start-up
// with the message to import again, naming the lists file.
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { buildNameIndex } from "../../src/import/precompute-names.js";
import { writeOccupationsFiles } from "../../src/import/write-occupations.js";
import { decodeSections, encodeSections } from "../../src/knowledge/binary-sections.js";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { loadOccupations } from "../../src/knowledge/load-occupations.js";
import { namesFileOf } from "../../src/knowledge/name-index-file.js";
import { appendPhrases, StoredPhrases } from "../../src/knowledge/phrase-list.js";
import type { OccupationsFile } from "../../src/knowledge/occupations-schema.js";
import { removeDataDirs, validRole, writeData } from "./fixtures.js";
import { occupationsFile, writeOccupations } from "./occupation-fixtures.js";

afterEach(removeDataDirs);

const STAMP = "0123456789abcdef0123456789abcdef";

describe("lists in a binary file", () => {
  it("reads back numbers and strings as written, non-ASCII and empty lists included", () => {
    const sections = { numbers: Int32Array.from([0, -1, 2 ** 31 - 1, -(2 ** 31)]), words: ["café", "", "widget boss"], none: [], odd: Int32Array.from([7]) };
    const { bytes, layout } = encodeSections(STAMP, sections);
    expect(layout).toEqual([
      ["numbers", "int32", 4],
      ["words", "text", Buffer.byteLength("café\n\nwidget boss")],
      ["none", "text", 0],
      ["odd", "int32", 1],
    ]);
    expect(decodeSections(bytes, STAMP, layout)).toEqual(sections);
    // Read from a buffer that does not start at a multiple of 4: copied, same values.
    const shifted = Buffer.concat([Buffer.alloc(1), bytes]).subarray(1);
    expect(decodeSections(shifted, STAMP, layout)).toEqual(sections);
  });

  it("refuses another stamp, a file cut short or grown, and a layout that does not add up", () => {
    const { bytes, layout } = encodeSections(STAMP, { numbers: Int32Array.from([1, 2, 3]), words: ["a", "b"] });
    expect(decodeSections(bytes, "f".repeat(32), layout)).toMatch(/another import/);
    expect(decodeSections(bytes.subarray(0, bytes.length - 1), STAMP, layout)).toMatch(/does not fit/);
    expect(decodeSections(Buffer.concat([bytes, Buffer.alloc(4)]), STAMP, layout)).toMatch(/longer/);
    expect(decodeSections(bytes, STAMP, [["numbers", "int32", 4], layout[1]!])).toMatch(/does not fit/);
    expect(decodeSections(Buffer.from("not lists at all, just some text here, long enough"), STAMP, layout)).toMatch(/not a file of lists/);
  });

  it("will not write a string with a newline, which would split it in two", () => {
    expect(() => encodeSections(STAMP, { words: ["two\nlines"] })).toThrow(/newline/);
  });
});

describe("phrases read one by one", () => {
  const stored = (phrases: string[]) => {
    const bytes = Buffer.from(phrases.join("\n"), "utf8");
    const offsets = new Int32Array(phrases.length + 1);
    phrases.forEach((phrase, i) => (offsets[i + 1] = offsets[i]! + Buffer.byteLength(phrase) + 1));
    return { bytes, offsets };
  };

  it("reads each phrase from its bytes, ASCII or not, and nothing past the end", () => {
    for (const phrases of [["chief widget officer", "cwo", "widget boss"], ["café manager", "", "naïve widgeteer"], []]) {
      const { bytes, offsets } = stored(phrases);
      const list = StoredPhrases.of(bytes, offsets)!;
      expect(list.length).toBe(phrases.length);
      expect(phrases.map((_, i) => list.at(i))).toEqual(phrases);
      expect([...list]).toEqual(phrases);
      expect(list.at(phrases.length)).toBeUndefined();
      expect(list.at(-1)).toBeUndefined();
    }
  });

  it("makes the rest at once when a reader goes through them all, the same phrases", () => {
    const phrases = Array.from({ length: 10_000 }, (_, i) => `widget ${i.toString(36)} ${"é".repeat(i % 3)}`);
    const { bytes, offsets } = stored(phrases);
    const list = StoredPhrases.of(bytes, offsets)!;
    const order = phrases.map((_, i) => (i * 7_919) % phrases.length); // every place, scrambled
    expect(order.map((i) => list.at(i))).toEqual(order.map((i) => phrases[i]));
    expect([...list]).toEqual(phrases);
  });

  it("refuses offsets that do not fit the bytes", () => {
    const { bytes, offsets } = stored(["widget boss", "cwo"]);
    expect(StoredPhrases.of(bytes, offsets.subarray(0, 2))).toBeUndefined();
    expect(StoredPhrases.of(bytes, Int32Array.from([0, 12, 12, 16]))).toBeUndefined();
    expect(StoredPhrases.of(bytes, Int32Array.from([1, 12, 16]))).toBeUndefined();
    expect(StoredPhrases.of(bytes.subarray(1), offsets)).toBeUndefined();
  });

  it("appends phrases without copying the list", () => {
    const list = appendPhrases(["a", "b"], ["c"]);
    expect([list.length, list.at(0), list.at(2), [...list]]).toEqual([3, "a", "c", ["a", "b", "c"]]);
  });
});

describe("the name index beside the occupations file", () => {
  const withIndex = (): OccupationsFile => {
    const file = occupationsFile();
    return { ...file, nameIndex: buildNameIndex(file) };
  };
  const written = async (file: OccupationsFile = withIndex()) => {
    const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
    return writeOccupations(dir, file);
  };

  it("keeps the lists off the first line and reads the index back as the importer built it", async () => {
    const file = withIndex();
    const path = await written(file);
    const head = JSON.parse((await readFile(path, "latin1")).split("\n")[0]!) as { nameIndex: object };
    expect(Object.keys(head.nameIndex).sort()).toEqual(["canonicalForms", "claims", "sections", "stamp", "titleClaims"]);
    expect(Object.keys((head.nameIndex as { claims: object }).claims).sort()).toEqual(["order", "rules"]);
    const loaded = (await loadOccupations(path, "occupations.json", "full"))!.nameIndex!;
    // The phrases are read one by one from the lists file's bytes, the same phrases.
    expect(loaded.phrases).toBeInstanceOf(StoredPhrases);
    expect({ ...loaded, phrases: [...loaded.phrases] }).toEqual(file.nameIndex);
    expect(loaded.phraseWords).toBeInstanceOf(Int32Array);
  });

  it("stops start-up with the message to import again when the lists file is missing", async () => {
    const path = await written();
    await rm(namesFileOf(path));
    const error = await loadOccupations(path, "imported/occupations.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(String((error as Error).message)).toMatch(/imported\/occupations\.names\.bin: missing .*re-run `npm run import-occupations/);
  });

  it("refuses lists from another import, or cut short, naming the lists file", async () => {
    const path = await written();
    const older = `${path}.older`;
    await copyFile(namesFileOf(path), older);
    await writeOccupationsFiles(path, withIndex()); // a new import: a new stamp
    await copyFile(older, namesFileOf(path));
    await expect(loadOccupations(path, "occupations.json")).rejects.toThrow(
      /occupations\.names\.bin: written by another import .*re-run `npm run import-occupations/,
    );
    await writeOccupationsFiles(path, withIndex());
    const bytes = await readFile(namesFileOf(path));
    await writeFile(namesFileOf(path), bytes.subarray(0, bytes.length - 8));
    await expect(loadOccupations(path, "occupations.json")).rejects.toThrow(/occupations\.names\.bin: its size does not fit .*import-occupations/);
  });

  it("refuses claims on shared titles that do not fit the phrases, naming the lists file", async () => {
    const file = withIndex();
    const { titleClaims } = file.nameIndex!;
    const variants = [
      { ...titleClaims, starts: titleClaims.starts.subarray(1) },
      { ...titleClaims, roles: titleClaims.roles.map((r, i) => (i === 0 ? file.nameIndex!.claims.order.length : r)) },
      { ...titleClaims, values: titleClaims.values.subarray(1) },
    ];
    for (const variant of variants) {
      const path = await written({ ...file, nameIndex: { ...file.nameIndex!, titleClaims: variant } });
      await expect(loadOccupations(path, "imported/occupations.json")).rejects.toThrow(
        /imported\/occupations\.names\.bin: its claims on shared titles do not fit its phrases; it does not go with imported\/occupations\.json, so re-run `npm run import-occupations/,
      );
    }
  });

  it("refuses a lists file without the claims on shared titles, as the previous format wrote it, naming it", async () => {
    const path = await written();
    const [head, ...rest] = (await readFile(path, "latin1")).split("\n");
    const first = JSON.parse(head!) as { nameIndex: { stamp: string; sections: [string, "int32" | "text" | "bytes", number][] } };
    const values = decodeSections(await readFile(namesFileOf(path)), first.nameIndex.stamp, first.nameIndex.sections);
    if (typeof values === "string") throw new Error(values);
    const older = Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith("titleClaim")));
    const { bytes, layout } = encodeSections(first.nameIndex.stamp, older);
    await writeFile(namesFileOf(path), bytes);
    await writeFile(path, [head!.replace(JSON.stringify(first.nameIndex.sections), JSON.stringify(layout)), ...rest].join("\n"), "latin1");
    await expect(loadOccupations(path, "imported/occupations.json")).rejects.toThrow(
      /imported\/occupations\.names\.bin: a section is missing; .*re-run `npm run import-occupations/,
    );
  });

  it("refuses a first line whose name index is not as this version writes it", async () => {
    const path = await written();
    const text = await readFile(path, "latin1");
    await writeFile(path, text.replace(/"stamp":"[0-9a-f]+"/, '"stamp":7'), "latin1");
    await expect(loadOccupations(path, "occupations.json")).rejects.toThrow(/occupations\.json: nameIndex: stamp: .*import-occupations/);
  });

  it("writes no lists file for a file without a name index, and removes one left from before", async () => {
    const path = await written();
    await writeOccupationsFiles(path, occupationsFile());
    await expect(readFile(namesFileOf(path))).rejects.toThrow(/ENOENT/);
    expect((await loadOccupations(path, "occupations.json"))!.nameIndex).toBeUndefined();
  });

  it("names the lists file after the occupations file", () => {
    expect(namesFileOf("data/imported/occupations.json")).toBe("data/imported/occupations.names.bin");
    expect(namesFileOf("/tmp/out/custom")).toBe("/tmp/out/custom.names.bin");
  });
});
