// Titles read with help from the words around them, on invented occupations: a typo is corrected to
// the word that completes a title, a workplace says which role a broad or shared title means, and
// a broad word alone ("technician") asks which one, offering the commonest roles it heads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import type { OccupationsFile } from "../../src/knowledge/occupations-schema.js";
import { answerEmbeds } from "../../src/render/discord/answer-embeds.js";
import { renderText } from "../../src/render/render-text.js";
import { removeDataDirs } from "../knowledge/fixtures.js";
import { engineWithOccupations, occupation, occupationsFileWith, occupationTitles } from "../knowledge/occupation-fixtures.js";

const PRACTICAL = "91-7011.00";
const PRACTICE = "91-7012.00";
const VET_TECH = "91-7013.00";
const VET = "91-7014.00";
const LAB_TECH = "91-7015.00";
const COOK = "91-7016.00";
const DESK_WARDEN = "91-7017.00";
const HOTEL_WARDEN = "91-7018.00";
const GATE_WARDEN = "91-7019.00";
const PORT_WARDEN = "91-7020.00";
const ELECTRICIAN = "91-7026.00";
const INSPECTOR = "91-7027.00";
const JUDGE = "91-7028.00";

function titlesFile(): OccupationsFile {
  const file = occupationsFileWith([
    occupation(PRACTICAL, "Licensed Practical Wardens", "Licensed Practical Warden"),
    occupation(PRACTICE, "Practice Wardens", "Practice Warden"),
    occupation(VET_TECH, "Veterinary Widget Technicians", "Veterinary Widget Technician", { titles: occupationTitles({ short: ["Vet Technician"] }) }),
    occupation(VET, "Veterinarians", "Veterinarian", { titles: occupationTitles({ short: ["Vet"] }) }),
    occupation(LAB_TECH, "Laboratory Widget Technicians", "Laboratory Widget Technician", { titles: occupationTitles({ short: ["Lab Technician"] }) }),
    // "Cook" is shared, and "restaurant cook" names one of its meanings.
    occupation(COOK, "Restaurant Cooks", "Restaurant Cook", { titles: occupationTitles({ alternate: ["Cook"] }) }),
    occupation("91-7021.00", "Institution Cooks", "Institution Cook", { titles: occupationTitles({ myNextMove: ["Cook"] }) }),
    occupation("91-7022.00", "Widget Store Managers", "Widget Store Manager", { titles: occupationTitles({ alternate: ["Store Manager"] }) }),
    occupation("91-7023.00", "Lounge Hosts", "Lounge Host", { titles: occupationTitles({ myNextMove: ["Host"] }) }),
    occupation("91-7024.00", "Registered Widget Nurses", "Registered Widget Nurse", { titles: occupationTitles({ short: ["RN"] }) }),
    occupation("91-7025.00", "Coil Winders", "Coil Winder", { titles: occupationTitles({ myNextMove: ["Winder"] }) }),
    occupation(DESK_WARDEN, "Desk Wardens", "Desk Warden"),
    occupation(HOTEL_WARDEN, "Lodging Wardens", "Lodging Warden", { titles: occupationTitles({ alternate: ["Desk Warden"], esco: ["hotel desk warden"] }) }),
    occupation(GATE_WARDEN, "Gate Wardens", "Gate Warden"),
    occupation(PORT_WARDEN, "Port Wardens", "Port Warden", { titles: occupationTitles({ alternate: ["Gate Warden", "Harbour Gate Warden"] }) }),
    occupation(ELECTRICIAN, "Electricians", "Electrician"),
    occupation(JUDGE, "Widget Judges", "Widget Judge", { titles: occupationTitles({ alternate: ["Justice"] }) }),
    occupation(INSPECTOR, "Widget Checking Officers", "Widget Checking Officer", { titles: occupationTitles({ alternate: ["Inspector"] }) }),
  ]);
  // The vet technicians are the commoner: they come first when "technician" is typed alone, though
  // "Lab Technician" is the closer-looking name.
  file.wageSeries["91-7013"] = { ...file.wageSeries["91-7013"]!, employment: 90_000 };
  file.wageSeries["91-7015"] = { ...file.wageSeries["91-7015"]!, employment: 10_000 };
  return file;
}

let engine: Engine;
beforeAll(async () => {
  engine = await engineWithOccupations(titlesFile());
});
afterAll(removeDataDirs);

const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);

describe("a typo is corrected to the word that completes a title", () => {
  it("'practicle' is 'practice' alone, but 'practical' beside 'licensed ... warden'", () => {
    expect(roleIds("licensed practicle warden salary")).toEqual([PRACTICAL]);
    expect(roleIds("practicle warden vs licensed practical warden")).toEqual([PRACTICE, PRACTICAL]);
  });

  it("a long word may carry two typos ('electrition'); a short one, or a word for the work, may not", () => {
    expect(roleIds("electrition vs gate warden")).toEqual([ELECTRICIAN, GATE_WARDEN]);
    expect(roleIds("what does an electritian make")).toEqual([ELECTRICIAN]);
    // "inspection" is two edits from "inspector", and a word of its own.
    expect(roleIds("the inspection was late again")).toEqual([]);
    expect(roleIds("inspection vs gate warden pay")).toEqual([GATE_WARDEN]);
  });
});

describe("a workplace says which role a broad title means", () => {
  it("'technician at a vet clinic' is the vet technician, not a veterinarian", () => {
    const { parsed } = engine.ask("technician at a vet clinic: what does it pay");
    expect(parsed.roles.map((r) => r.roleId)).toEqual([VET_TECH]);
    expect(parsed.unknownRoles).toEqual([]);
    expect(roleIds("technician in a lab vs widget inspector")).toEqual([LAB_TECH, "91-2022.00"]);
  });

  it("a shared title goes to the role the workplace and title name, unless only an ESCO label links them", () => {
    expect(roleIds("gate warden at a harbour, salary?")).toEqual([PORT_WARDEN]);
    expect(roleIds("gate warden salary")).toEqual([GATE_WARDEN]);
    expect(roleIds("desk warden at a hotel, salary?")).toEqual([DESK_WARDEN]);
  });

  it("a qualifier in brackets works like a workplace, and confirms a title it agrees with", () => {
    expect(roleIds("gate warden (harbour) salary")).toEqual([PORT_WARDEN]);
    expect(roleIds("technician (vet) pay")).toEqual([VET_TECH]);
    // The brackets frame an everyday one-word title as a job: it is not dropped as chat.
    expect(roleIds("which pays more, widget inspector or cook (restaurant)")).toEqual(["91-2022.00", COOK]);
    expect(roleIds("host (lounge) salary?")).toEqual(["91-7023.00"]);
  });

  it("a one-word title that is an everyday word stays chat: 'is the manager at the store nice?'", () => {
    expect(engine.ask("the cook at the restaurant was rude lol").parsed.intent).toBe("none");
    expect(engine.ask("is the manager at the store nice?").parsed.intent).toBe("none");
    expect(roleIds("store manager salary")).toEqual(["91-7022.00"]);
  });
});

describe("a broad word alone asks which role, commonest first", () => {
  it("'technician salary' offers the technicians by employment", () => {
    const { parsed, answer } = engine.ask("technician salary");
    expect(parsed.intent).toBe("unknown");
    expect(answer.tooBroad).toBe(true);
    expect(answer.suggestions.slice(0, 2).map((s) => s.roleId)).toEqual([VET_TECH, LAB_TECH]);
    expect(renderText(answer)).toMatch(/^"technician" on its own fits many roles: which one\?\nThe most common: Veterinary Widget Technician, /);
    const [embed] = answerEmbeds(answer);
    expect(embed!.title).toBe("🤔 Which one?");
    expect(embed!.description).toContain("*technician* on its own fits many roles.");
  });

  it("an unknown specific title still says it is not known", () => {
    const { answer } = engine.ask("what does a widget astronaut do");
    expect(answer.tooBroad).toBeUndefined();
  });
});

describe("everyday words beside titles", () => {
  it("'rn' closing a message after another word, beside other roles, is 'right now'", () => {
    expect(roleIds("widget tuner or widget inspector, which is more in demand rn")).toEqual(["91-1011.00", "91-2022.00"]);
    expect(roleIds("widget tuner or rn")).toEqual(["91-1011.00", "91-7024.00"]);
    expect(roleIds("should i become a widget tuner or an rn")).toEqual(["91-1011.00", "91-7024.00"]);
  });

  it("a field of study that ends in a title word names no one: 'a criminal justice degree'", () => {
    expect(roleIds("what job can i get with a criminal justice degree")).toEqual([]);
    expect(roleIds("justice salary")).toEqual([JUDGE]);
  });

  it("a season is not a typo of a title: 'winter' is not 'winder'", () => {
    expect(roleIds("do widget tuners have work in winter?")).toEqual(["91-1011.00"]);
  });
});
