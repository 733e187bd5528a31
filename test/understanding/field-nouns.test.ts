// Field nouns ("nursing", "welding", "project management") as the titles they stand for.
import { describe, expect, it } from "vitest";
import { fieldNounRewrites } from "../../src/understanding/field-nouns.js";

describe("fieldNounRewrites", () => {
  it.each([
    ["is nursing a good career", "is registered nurse a good career"],
    ["is welding dangerous", "is welder dangerous"],
    ["what certifications do i need for project management", "what certifications do i need for project manager"],
    ["is journalism a good career", "is journalist a good career"],
    ["is sonography a good career", "is sonographer a good career"],
    ["is carpentry a good trade", "is carpenter a good trade"],
    ["is machining a good career", "is machinist a good career"],
    ["is accounting a good career", "is accountant a good career"],
    ["is retail sales a dead end", "is retail salesperson a dead end"],
    ["phlebotomy skills needed for the job", "phlebotomist skills needed for the job"],
    ["is data science a good career", "is data scientist a good career"],
    ["is cybersecurity worth it", "is information security analyst worth it"],
    ["is law a good career", "is lawyer a good career"],
    ["is nursing rewarding", "is registered nurse rewarding"],
    ["how do i break into nursing", "how do i break into registered nurse"],
    ["is hr a good career", "is hr specialist a good career"],
    ["is nursing lucrative", "is registered nurse lucrative"],
    // A credential named alone is the way into its job, and a career question by itself.
    ["is it worth getting a PMP", "is it worth getting a project manager certification"],
    ["is the nclex hard", "is the registered nurse exam hard"],
    // Fit for someone who likes people, asked.
    ["is nursing good for someone who likes helping people", "is registered nurse good for someone who likes helping people"],
    ["is ux design dying", "is ux designer dying"],
    ["is nursing a good side hustle", "is registered nurse a good side hustle"],
    ["is real estate a good career for introverts", "is real estate agent a good career for introverts"],
    ["how much school do you need for ultrasound", "how much school do you need for ultrasound technician"],
    // The field's school is its training: "how long is nursing school".
    ["how long is nursing school", "how long is registered nurse school"],
    ["how long is welding school", "how long is welder school"],
    ["is architecture a good career", "is architect a good career"],
    ["is culinary school worth it", "is chef school worth it"],
    ["alternatives to teaching", "alternatives to teacher"],
    // The scope of a field ending the phrase is its prospects, in Indian English.
    ["what is the scope of nursing", "what is the scope of registered nurse"],
    ["scope of physiotherapy in future", "scope of physiotherapist in future"],
    // -ysis: the analyst; fit for a temperament is a career cue.
    ["is data analysis a good career", "is data analyst a good career"],
    ["which is more physical, nursing or physical therapy", "which is more physical, nursing or physical therapist"],
    // "IT" in capitals is the field; its way in is the field's ranking, and "it" in lower case a pronoun.
    ["is IT worth it", "is it specialist worth it"],
    ["which is better paying, nursing or respiratory therapy", "which is better paying, registered nurse or respiratory therapy"],
    // Two fields asked alone, the second with a word before it.
    ["Nursing or dental hygiene?", "registered nurse or dental hygiene?"],
    ["hvac vs electrical, which pays more", "hvac vs electrician, which pays more"],
    ["is networking a good career", "is network administrator a good career"],
    ["is agriculture a good career", "is farmer a good career"],
    ["how hard is it to switch from accounting to data analytics", "how hard is it to switch from accounting to data analyst"],
    ["which is more creative, marketing or graphic design", "which is more creative, marketing or graphic designer"],
    ["is finance a good career", "is financial analyst a good career"],
    ["nursing or pharmacy, which makes more sense financially", "nursing or pharmacist, which makes more sense financially"],
    ["which is better for introverts, accounting or data analysis", "which is better for introverts, accounting or data analyst"],
    // "vs" alone asks about work when a field only names work: a named field, or one with its modifier.
    ["cybersecurity vs software engineering", "information security analyst vs software engineering"],
    ["cybersecurity vs software engineering", "cybersecurity vs software engineer"],
    // Two fields that only name work, side by side: careers compared, with or without a career word.
    ["welding vs machining", "welder vs machinist"],
    ["is hr or accounting better for someone who likes people", "is hr specialist or accountant better for someone who likes people"],
    ["nursing or teaching for an introvert", "registered nurse or teacher for an introvert"],
    // A school named by a word that is no field noun; a move from one field into another.
    ["how competitive is dental school", "how competitive is dentist school"],
    ["how long is the police academy", "how long is the police officer academy"],
    ["which is harder to get into, med school or law school", "which is harder to get into, doctor school or law school"],
    ["thinking about going from nursing into software engineering", "thinking about going from registered nurse into software engineering"],
    ["what personality type is good for nursing", "what personality type is good for registered nurse"],
    ["how stressful is air traffic control", "how stressful is air traffic controller"],
    ["plumbing apprenticeship how long", "plumber apprenticeship how long"],
    ["phd or masters for data science", "phd or masters for data scientist"],
    ["is ux research a good career", "is ux researcher a good career"],
    // A question about the body's wear is a career cue when asked.
    ["is carpentry hard on your body", "is carpenter hard on your body"],
    // A move from one field to another, with no other career word.
    ["phlebotomy to nursing", "phlebotomist to registered nurse"],
  ])("%s -> tries '%s'", (text, rewritten) => expect(fieldNounRewrites(text)).toContain(rewritten));

  it("reads no field into everyday words ending in -ing", () => {
    expect(fieldNounRewrites("what's the starting salary for an engineer")).not.toContain("what is the starter salary for an engineer");
    expect(fieldNounRewrites("is working nights bad for your pay")).not.toContain("is worker nights bad for your pay");
    // A school subject asked of another field, or of its workers, is no field of its own.
    expect(fieldNounRewrites("how much chemistry is in nursing school?")).not.toContain("how much chemist is in nursing school?");
    expect(fieldNounRewrites("how much chemistry is in nursing school?")).toContain("how much chemistry is in registered nurse school?");
    expect(fieldNounRewrites("how much physics do engineers use?").some((r) => r.includes("physician"))).toBe(false);
    // A posture is no line of work: no "sitter" in a question about desk jobs.
    expect(fieldNounRewrites("best jobs for people who hate sitting at a desk").some((r) => r.includes("sitter"))).toBe(false);
  });

  it("beside a named role, a field on the other side of a move or a choice", () => {
    // "stepping stone to", "path into": the way from the role to the field.
    expect(fieldNounRewrites("is being an emt a good stepping stone to nursing", "emt")).toContain("is being an emt a good stepping stone to registered nurse");
    expect(fieldNounRewrites("is cna a good stepping stone for nursing", "cna")).toContain("is cna a good stepping stone for registered nurse");
    // The field's school gone to: "should i go to law school" is becoming its worker.
    expect(fieldNounRewrites("im a paralegal, should i go to law school", "paralegal")).toContain("im a paralegal, should i go to lawyer school");
    // A move already made: "switched to", "moved into".
    expect(fieldNounRewrites("i'm a nurse who switched to informatics, worth it?", "nurse")).toContain(
      "i am a nurse who switched to health informatics specialist, worth it?",
    );
    // "from" … "to": the field may start the move or end it.
    expect(fieldNounRewrites("from welding to electrician how hard", "electrician")).toContain("from welder to electrician how hard");
    expect(fieldNounRewrites("switching from a nurse to teaching", "nurse")).toContain("switching from a nurse to teacher");
    // "between … and" pairs like "or"; a plain "and" does not.
    expect(fieldNounRewrites("torn between nurse and teaching", "nurse")).toContain("torn between nurse and teacher");
    expect(fieldNounRewrites("nurse and teaching", "nurse")).toEqual([]);
    // Not paired with the role: "going to" is no move from it.
    expect(fieldNounRewrites("nurse here, going to teaching", "nurse")).toEqual([]);
    // Where the member's move goes, after the job they have: "get into", "break into", "switch to".
    expect(fieldNounRewrites("i'm a nurse, how do i get into teaching", "nurse")).toContain("i am a nurse, how do i get into teacher");
    expect(fieldNounRewrites("cashier here, how do i break into accounting", "cashier")).toContain("cashier here, how do i break into accountant");
    expect(fieldNounRewrites("i'm a teacher wanting to switch to nursing", "teacher")).toContain("i am a teacher wanting to switch to registered nurse");
    expect(fieldNounRewrites("i'm a nurse, thinking of going into teaching", "nurse")).toContain("i am a nurse, thinking of going into teacher");
    // The field the member would go back to school for.
    expect(fieldNounRewrites("cashier here, is it worth going back to school for accounting", "cashier")).toContain(
      "cashier here, is it worth going back to school for accountant",
    );
    // A comparison of the field with the role: a comparative (up to three words) before "than".
    expect(fieldNounRewrites("is nursing harder than being a cna", "cna")).toContain("is registered nurse harder than being a cna");
    expect(fieldNounRewrites("is nursing more physically demanding than being a cna", "cna")).toContain(
      "is registered nurse more physically demanding than being a cna",
    );
    expect(fieldNounRewrites("is nursing on the list than a cna", "cna")).toEqual([]);
    // A change the role after "for" would make into the field.
    expect(fieldNounRewrites("is nursing a good career change for teachers", "teachers")).toContain("is registered nurse a good career change for teachers");
  });

  it("counts words across sentences and clauses: at most 60, and a career cue anywhere", () => {
    const words = (n: number) => Array.from({ length: n }, () => "very").join(" ");
    expect(fieldNounRewrites(`Is nursing a good career? ${words(55)}`)).toContain("is registered nurse a good career? " + words(55));
    expect(fieldNounRewrites(`Is nursing a good career? ${words(56)}`)).toEqual([]);
    expect(fieldNounRewrites("Is nursing, honestly, a good one. Career-wise")).toContain("is registered nurse, honestly, a good one. career wise");
    expect(fieldNounRewrites("is nursing, honestly, fun")).toEqual([]);
    expect(fieldNounRewrites("the scope of painting this wall is huge lol")).toEqual([]);
    expect(fieldNounRewrites("i love data analysis")).toEqual([]);
    expect(fieldNounRewrites("is it worth it")).toEqual([]);
    expect(fieldNounRewrites("how do i get into IT")).not.toContain("how do i get into it specialist");
    expect(fieldNounRewrites("i have physical therapy at 3")).toEqual([]);
    // A health cue is a career question only when asked: chat about an everyday activity is not.
    expect(fieldNounRewrites("driving at night is bad for your health")).toEqual([]);
    expect(fieldNounRewrites("which is better for the environment, driving or flying?")).toEqual([]);
    expect(fieldNounRewrites("is welding bad for your health")).toContain("is welder bad for your health");
  });

  it("everyday verbs are not fields, so they do not use up the bounded rewrites", () => {
    const rewrites = fieldNounRewrites("I'm thinking of switching from marketing to product management");
    expect(rewrites.some((r) => /thinker|switcher/.test(r))).toBe(false);
    expect(rewrites).toContain("i am thinking of switching from marketing specialist to product management");
  });

  it("bounds the work: a long message is read as it stands, and at most a dozen rewrites are tried", () => {
    expect(fieldNounRewrites(`is nursing a good career ${"and some more words here ".repeat(12)}`)).toEqual([]);
    expect(fieldNounRewrites("is nursing welding farming roofing painting teaching coding machining a good career").length).toBeLessThanOrEqual(12);
  });

  it("two fields side by side are rewritten together first: one worker beside a field is not yet a question", () => {
    expect(fieldNounRewrites("welding vs machining")[0]).toBe("welder vs machinist");
    expect(fieldNounRewrites("carpentry or roofing, which pays more")[0]).toBe("carpenter or roofer, which pays more");
  });

  it("a word that says which engineering is no field of its own: 'electrical engineering' is the electrical engineer's", () => {
    const rewrites = fieldNounRewrites("is mechanical engineering or electrical engineering better pay");
    expect(rewrites).toContain("is mechanical engineer or electrical engineering better pay");
    expect(rewrites).toContain("is mechanical engineering or electrical engineer better pay");
    expect(rewrites.filter((r) => r.includes("electrician"))).toEqual([]);
    // Alone, "electrical" is still the electrician's trade.
    expect(fieldNounRewrites("hvac vs electrical")[0]).toBe("hvac technician vs electrician");
  });

  it("a field's school set against a named role's school pairs them: 'is nursing school harder than pa school'", () => {
    expect(fieldNounRewrites("is nursing school harder than pa school", "pa")).toContain("is registered nurse school harder than pa school");
    expect(fieldNounRewrites("is pa school harder than nursing school", "pa")).toContain("is pa school harder than registered nurse school");
    // Not beside the role: the school alone pairs nothing.
    expect(fieldNounRewrites("nursing school is hard, pa here", "pa")).toEqual([]);
  });

  it("a move opened by the named role pairs it with the field it goes to: 'ems to nursing, is it worth it'", () => {
    expect(fieldNounRewrites("ems to nursing, is it worth it", "ems")).toContain("ems to registered nurse, is it worth it");
    expect(fieldNounRewrites("medical assistant to nursing, worth it?", "medical assistant")).toContain("medical assistant to registered nurse, worth it?");
    // The move's goal is the field; a field before the role is not where it goes.
    expect(fieldNounRewrites("nursing is hard, ems to what?", "ems")).toEqual([]);
  });

  it("the jobs a degree leads to are no one worker: 'what jobs can you get with a psychology degree'", () => {
    expect(fieldNounRewrites("what jobs can you get with a psychology degree")).toEqual([]);
    expect(fieldNounRewrites("what can i do with a chemistry degree")).toEqual([]);
    expect(fieldNounRewrites("is a psychology degree worth it")).toContain("is a psychologist degree worth it");
  });

  it("a title already written out is not rewritten again: 'real estate agent' gets no second 'agent'", () => {
    expect(fieldNounRewrites("how to get into real estate")).toEqual(["how to get into real estate agent"]);
    expect(fieldNounRewrites("how to get into real estate agent")).toEqual([]);
  });

  it("two fields set against each other by a comparative and 'than', asked: 'is data science better paid than software engineering'", () => {
    expect(fieldNounRewrites("is data science better paid than software engineering")).toContain("is data scientist better paid than software engineering");
    // Everyday activities compared are chat.
    expect(fieldNounRewrites("my cooking is better than your baking")).toEqual([]);
  });

  it("the difference between two fields, asked: 'whats the difference between teaching and coaching'", () => {
    expect(fieldNounRewrites("whats the difference between teaching and coaching")).toContain("whats the difference between teacher and coaching");
    expect(fieldNounRewrites("difference between teaching and coaching")).not.toEqual([]);
    // Told, not asked.
    expect(fieldNounRewrites("the difference between cooking and baking is chemistry")).toEqual([]);
  });

  it("a school named for its field is the field worker's schooling: 'how long is veterinary school'", () => {
    expect(fieldNounRewrites("how long is veterinary school")).toContain("how long is veterinarian school");
    expect(fieldNounRewrites("is pharmacy school worth it")).toContain("is pharmacist school worth it");
  });

  it("a credential held is read as the licence: 'what can i do with a cdl'", () => {
    expect(fieldNounRewrites("what can i do with a cdl")).toEqual(["what can i do with a truck driver license"]);
    expect(fieldNounRewrites("do i need a cdl")).toEqual(["do i need a truck driver"]);
  });

  it("leaving a field is a career question: 'how do i leave retail'", () => {
    expect(fieldNounRewrites("how do i leave retail")).toContain("how do i leave retail salesperson");
  });

  it("a nursing home is a workplace, not a field", () => {
    expect(fieldNounRewrites("hospital administrator vs nursing home administrator", "hospital administrator")).toEqual([]);
  });

  it("work itself is no field: 'the best work life balance', 'hard work'", () => {
    expect(fieldNounRewrites("which job has the best work life balance").some((r) => r.includes("worker"))).toBe(false);
    expect(fieldNounRewrites("is hard work a good career skill").some((r) => r.includes("worker"))).toBe(false);
    expect(fieldNounRewrites("is social work a good career")).toContain("is social worker a good career");
  });

  it("the difficulty of a field that names work, asked of the field itself, is being its worker: 'is accounting hard'", () => {
    expect(fieldNounRewrites("is accounting hard")).toEqual(["is being a accountant hard"]);
    expect(fieldNounRewrites("how hard is welding")).toContain("how hard is being a welder");
    expect(fieldNounRewrites("is nursing harder than teaching")).toContain("is being a registered nurse harder than teaching");
    // Activities, and a field word with an object after it, are not fields: no rewrites.
    for (const chat of [
      "is painting hard?",
      "is driving hard in the snow?",
      "is plumbing this sink hard?",
      "is nursing a baby hard?",
      "is teaching my dog tricks hard?",
      "is the plumbing in my house hard to fix?",
      "is accounting for inflation hard in excel?",
    ])
      expect(fieldNounRewrites(chat), chat).toEqual([]);
  });

  it("leaves chat about everyday activities alone: no career words, no rewrites", () => {
    expect(fieldNounRewrites("i love painting on weekends")).toEqual([]);
    expect(fieldNounRewrites("is painting a dying art")).toEqual([]);
    expect(fieldNounRewrites("driving home now")).toEqual([]);
    expect(fieldNounRewrites("driving vs flying which is easier")).toEqual([]);
    expect(fieldNounRewrites("gaming vs coding lol")).toEqual([]);
    expect(fieldNounRewrites("cooking or baking this weekend")).toEqual([]);
    // A field that is an everyday word too counts beside another field or with a career word only.
    expect(fieldNounRewrites("fire vs ice which is better")).toEqual([]);
    expect(fieldNounRewrites("ems vs fire which is better")[0]).toBe("paramedic vs firefighter which is better");
    expect(fieldNounRewrites("is fire a good career")).toContain("is firefighter a good career");
    expect(fieldNounRewrites("painting or drawing better for someone who likes art")).toEqual([]);
  });
});
