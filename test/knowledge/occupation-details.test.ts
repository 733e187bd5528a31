// The compiled file keeps each occupation's details on a line of its own, parsed on first use: the
// values read back are the importer's, and a damaged details line is named, file and field.
import { readFile, writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { fieldFigures } from "../../src/answers/field-figures.js";
import { rankOccupations } from "../../src/answers/rank-occupations.js";
import { skillsAboveMost } from "../../src/answers/skills-above-most.js";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { loadOccupations } from "../../src/knowledge/load-occupations.js";
import {
  attachDetails,
  DETAIL_FIELDS,
  LINE_BYTES_FIELD,
  peekDescriptionAndTasks,
  peekDetails,
  TITLE_COUNTS_FIELD,
} from "../../src/knowledge/occupation-details.js";
import { removeDataDirs, validRole, writeData } from "./fixtures.js";
import { occupationsFile, writeOccupations } from "./occupation-fixtures.js";

afterEach(removeDataDirs);

async function written(): Promise<string> {
  const dir = await writeData({ roles: { "test-clerk": validRole("test-clerk", "Test Clerk") } });
  return writeOccupations(dir);
}

/** The file with its lines changed by `edit` (line 0 is the start-up's part, then one details line per occupation, then one titles line per occupation). */
async function editLines(path: string, edit: (lines: string[]) => void): Promise<void> {
  const lines = (await readFile(path, "latin1")).split("\n");
  edit(lines);
  await writeFile(path, lines.join("\n"), "latin1");
}

describe("occupation details, parsed on first use", () => {
  it("reads back every occupation exactly as the importer had it, details included", async () => {
    const path = await written();
    const loaded = (await loadOccupations(path, "occupations.json"))!;
    expect(loaded.occupations).toEqual(occupationsFile().occupations);
    expect(JSON.parse(JSON.stringify(loaded))).toEqual(JSON.parse(JSON.stringify(occupationsFile())));
  });

  it("leaves the details unparsed until a field is read", async () => {
    const path = await written();
    // A broken details line is not noticed at start-up, only by the occupation that reads it.
    await editLines(path, (lines) => void (lines[2] = lines[2]!.replace('"tasks":', '"tasks":[1,,')));
    const loaded = (await loadOccupations(path, "occupations.json"))!;
    const [first, second] = loaded.occupations;
    expect(first!.tasks).toEqual(occupationsFile().occupations[0]!.tasks);
    expect(Object.getOwnPropertyDescriptor(second, "tasks")).toHaveProperty("get"); // still the first-use getter
    expect(() => second!.description).toThrow(KnowledgeError);
    expect(() => second!.description).toThrow(/occupations\.json: occupations\[1\] \(91-2022\.00\): its details are not valid JSON.*import-occupations/);
  });

  it("peeks at details without keeping them: a sweep over every occupation leaves the getters in place", async () => {
    const path = await written();
    const loaded = (await loadOccupations(path, "occupations.json"))!;
    const [first, second] = loaded.occupations;
    expect(peekDetails(second!).tasks).toEqual(occupationsFile().occupations[1]!.tasks);
    expect(Object.getOwnPropertyDescriptor(second, "tasks")).toHaveProperty("get");
    // Details already read are the occupation's own.
    expect(first!.tasks).toBeDefined();
    expect(peekDetails(first!)).toBe(first);
  });

  it("peeks at the description and tasks alone, from the start of the line, and at the whole line where it is laid out otherwise", async () => {
    const path = await written();
    // The second occupation's ratings are broken: read alone, the description and tasks do not need them.
    await editLines(path, (lines) => void (lines[2] = lines[2]!.replace('"skills":', '"skills":[1,,],"skills2":')));
    const loaded = (await loadOccupations(path, "occupations.json"))!;
    const [first, second, third] = loaded.occupations;
    const want = occupationsFile().occupations;
    expect(peekDescriptionAndTasks(second!)).toEqual({ description: want[1]!.description, tasks: want[1]!.tasks });
    expect(Object.getOwnPropertyDescriptor(second, "tasks")).toHaveProperty("get");
    expect(peekDescriptionAndTasks(third!)).toEqual({ description: want[2]!.description, tasks: want[2]!.tasks });
    // Details already read are the occupation's own.
    expect(first!.tasks).toBeDefined();
    expect(peekDescriptionAndTasks(first!).tasks).toBe(first!.tasks);
  });

  it("ranks by openings, entry education and experience and sums a field without keeping any occupation's details", async () => {
    const path = await written();
    const file = (await loadOccupations(path, "occupations.json"))!;
    const knowledge = createKnowledgeBase([], [], file);
    const ranked = rankOccupations(knowledge, { measure: "openings", field: null, maxEducation: "bachelor", noExperience: true });
    expect(ranked.map((r) => r.entry.title)).toEqual(["Test Clerk Supervisor", "Widget Tuner", "Widget Inspector"]);
    expect(fieldFigures(knowledge, { label: "widget occupations", codes: ["91-"] }).openings).toBe(9.5 + 3.2);
    for (const occupation of file.occupations) expect(Object.getOwnPropertyDescriptor(occupation, "projection")).toHaveProperty("get");
  });

  it("averages every occupation's skill ratings for the skills that set one apart, without keeping the others' details", async () => {
    const path = await written();
    const file = (await loadOccupations(path, "occupations.json"))!;
    const knowledge = createKnowledgeBase([], [], file);
    const [first, ...others] = file.occupations;
    skillsAboveMost(knowledge, first!, 2);
    for (const occupation of others) expect(Object.getOwnPropertyDescriptor(occupation, "skills")).toHaveProperty("get");
  });

  it("names the field a details line lacks", async () => {
    const path = await written();
    await editLines(path, (lines) => void (lines[1] = lines[1]!.replace(/"hotTechnologies":\[[^\]]*\],/, "")));
    const loaded = (await loadOccupations(path, "occupations.json"))!;
    expect(() => loaded.occupations[0]!.tasks).toThrow(/occupations\[0\] \(91-1011\.00\)\.hotTechnologies: missing from its details line/);
  });

  it("refuses at start-up a file whose details lines are missing, and says to import again", async () => {
    const path = await written();
    await editLines(path, (lines) => void lines.splice(2, Infinity, "")); // the first occupation's line, then the end
    const error = await loadKnowledge(path.replace(/\/imported\/occupations\.json$/, "")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(String((error as Error).message)).toMatch(/occupations\.json: occupations\[1\]: no details line for it .*import-occupations/);
  });

  it("checks the details too when asked for full validation, naming the field", async () => {
    const path = await written();
    await editLines(path, (lines) => void (lines[3] = lines[3]!.replace(/"tasks":\[/, '"tasks":[7,')));
    await expect(loadOccupations(path, "occupations.json", "full")).rejects.toThrow(/occupations\.json: occupations\[2\]\.tasks\[0\]/);
  });

  it("keeps the heavy fields and the titles, and only those, off the first line, with the counts of the titles", async () => {
    const path = await written();
    const [head, ...lines] = (await readFile(path, "latin1")).split("\n");
    const core = (JSON.parse(head!) as { occupations: object[] }).occupations[0]!;
    for (const field of [...DETAIL_FIELDS, "titles"]) expect(core).not.toHaveProperty(field);
    expect(core).toHaveProperty(TITLE_COUNTS_FIELD, [2, 1, 1, 1, 1]);
    expect(Object.keys(JSON.parse(lines[0]!) as object)).toEqual([...DETAIL_FIELDS]);
    expect(JSON.parse(lines[3]!)).toEqual({ titles: occupationsFile().occupations[0]!.titles });
  });

  it("starts the file with the first line's length, and reads a file without it, or with a wrong one, the same", async () => {
    const path = await written();
    const text = await readFile(path, "latin1");
    const noted = /^\{"firstLineBytes":(\d+) *,"format":/.exec(text);
    expect(Number(noted?.[1])).toBe(text.indexOf("\n") + 1);
    const expected = JSON.parse(JSON.stringify(occupationsFile())) as unknown;
    for (const note of ["{", '{"firstLineBytes":50,', '{"firstLineBytes":99999999,', `{"firstLineBytes":${text.indexOf("\n") - 1},`]) {
      await writeFile(path, text.replace(/^\{"firstLineBytes":\d+ *,/, note), "latin1");
      expect(JSON.parse(JSON.stringify(await loadOccupations(path, "occupations.json")))).toEqual(expected);
    }
  });

  it("notes each later line's length on the first line, and finds the lines by them without a scan", async () => {
    const path = await written();
    const [head, ...lines] = (await readFile(path, "latin1")).split("\n");
    const first = JSON.parse(head!) as Record<string, unknown> & { occupations: object[] };
    expect(first[LINE_BYTES_FIELD]).toEqual(lines.slice(0, -1).map((line) => line.length + 1));
    const rest = Buffer.from(lines.join("\n"), "latin1");
    rest.indexOf = () => {
      throw new Error("scanned");
    };
    attachDetails(first.occupations, rest, "occupations.json", "re-import", first[LINE_BYTES_FIELD]);
    expect((first.occupations[2] as { tasks: unknown }).tasks).toEqual(occupationsFile().occupations[2]!.tasks);
    expect(() => attachDetails(first.occupations.slice(0, 2), rest, "occupations.json", "re-import", first[LINE_BYTES_FIELD])).toThrow("scanned");
  });

  it("reads a file whose line lengths are missing or wrong the same, by scanning", async () => {
    const path = await written();
    const text = await readFile(path, "latin1");
    const expected = JSON.parse(JSON.stringify(occupationsFile())) as unknown;
    const lengths = new RegExp(`"${LINE_BYTES_FIELD}":\\[([\\d,]+)\\]`);
    const noted = lengths.exec(text)![1]!.split(",").map(Number);
    for (const note of [
      "",
      `"${LINE_BYTES_FIELD}":[${noted.slice(1).join(",")}]`,
      `"${LINE_BYTES_FIELD}":[${[noted[0]! - 1, noted[1]! + 1, ...noted.slice(2)].join(",")}]`,
    ]) {
      await writeFile(path, text.replace(lengths, note).replace(",}", "}"), "latin1");
      expect(JSON.parse(JSON.stringify(await loadOccupations(path, "occupations.json")))).toEqual(expected);
    }
  });

  it("leaves the titles unparsed until read, and names a broken titles line", async () => {
    const path = await written();
    await editLines(path, (lines) => void (lines[5] = lines[5]!.replace('"alternate":', '"alternate":[1,,')));
    const loaded = (await loadOccupations(path, "occupations.json"))!;
    const [first, second] = loaded.occupations;
    expect(first!.titles).toEqual(occupationsFile().occupations[0]!.titles);
    expect(Object.getOwnPropertyDescriptor(second, "titles")).toHaveProperty("get");
    expect(second!.tasks).toEqual(occupationsFile().occupations[1]!.tasks); // its details line is whole
    expect(() => second!.titles).toThrow(/occupations\.json: occupations\[1\] \(91-2022\.00\): its titles are not valid JSON.*import-occupations/);
  });

  it("refuses at start-up a file whose titles lines are missing", async () => {
    const path = await written();
    await editLines(path, (lines) => void lines.splice(5, Infinity, ""));
    await expect(loadOccupations(path, "occupations.json")).rejects.toThrow(/occupations\[1\]: no titles line for it .*import-occupations/);
  });
});
