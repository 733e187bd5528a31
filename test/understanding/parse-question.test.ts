// The question parser, behaviour by behaviour, on phrasings written for this file (none are taken
// from the eval sets). Each table row is one question and what the parser must make of it.
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { AspectId } from "../../src/knowledge/aspects.js";
import { createQuestionParser, type QuestionParser } from "../../src/understanding/parse-question.js";
import type { Intent, ParsedQuestion } from "../../src/understanding/types.js";

let parser: QuestionParser;
beforeAll(async () => {
  parser = createQuestionParser(await loadCuratedKnowledge());
});

const parse = (text: string): ParsedQuestion => parser.parse(text);
const roleIds = (p: ParsedQuestion) => p.roles.map((r) => r.roleId);

describe("normalisation: case, punctuation, unicode quotes and dashes, plurals, possessives, spelling", () => {
  it.each<[string, string[], AspectId]>([
    ["OFFICE MANAGER VS OPERATIONS MANAGER?!", ["office-manager", "operations-manager"], "overview"],
    ["Office Manager... versus... Operations Manager!!!", ["office-manager", "operations-manager"], "overview"],
    ["what\u2019s the difference between a \u201Creceptionist\u201D and a \u2018secretary\u2019", ["receptionist", "secretary"], "overview"],
    ["office manager \u2013 operations manager", ["office-manager", "operations-manager"], "overview"],
    ["office manager \u2014 operations manager: pay", ["office-manager", "operations-manager"], "salary"],
    ["office-manager vs operations-manager", ["office-manager", "operations-manager"], "overview"],
    // Misspelt question words: "mutch", "diffrence betwen", "skils".
    ["how mutch do bookkeepers make", ["bookkeeper"], "salary"],
    ["whats the diffrence betwen a receptionist and a secretary", ["receptionist", "secretary"], "overview"],
    ["what skils does an office manager need", ["office-manager"], "skills"],
    ["office managers vs operations managers", ["office-manager", "operations-manager"], "overview"],
    ["an office manager's salary", ["office-manager"], "salary"],
    ["the operations managers' hours", ["operations-manager"], "environment"],
    ["accountants' pay vs bookkeepers' pay", ["accountant", "bookkeeper"], "salary"],
    ["Accountant\u2019s salary vs bookkeeper\u2019s salary", ["accountant", "bookkeeper"], "salary"],
    ["an office manager's duties vs an ops manager's", ["office-manager", "operations-manager"], "duties"],
    ["office co-ordinator vs office manager", ["office-coordinator", "office-manager"], "overview"],
    ["office co\u2011ordinator responsibilities", ["office-coordinator"], "duties"],
    ["programme manager vs project manager", ["program-manager", "project-manager"], "overview"],
    ["programme managers vs project managers, which needs more experience", ["program-manager", "project-manager"], "requirements"],
  ])("%s", (question, roles, aspect) => {
    const p = parse(question);
    expect(roleIds(p)).toEqual(roles);
    expect(p.aspect).toBe(aspect);
    expect(p.tier).toBe("exact");
    expect(p.intent).toBe(roles.length >= 2 ? "compare" : "profile");
  });
});

describe("abbreviations expand to the role they stand for", () => {
  it.each<[string, string[]]>([
    ["office mgr vs ops mgr", ["office-manager", "operations-manager"]],
    ["Ops Mgrs vs Office Mgrs", ["operations-manager", "office-manager"]],
    ["ops manager skills", ["operations-manager"]],
    ["ops coord or ops analyst?", ["operations-coordinator", "operations-analyst"]],
    ["admin assistant salary", ["administrative-assistant"]],
    ["executive asst vs admin asst", ["executive-assistant", "administrative-assistant"]],
    ["the admin assistant vs the exec assistant", ["administrative-assistant", "executive-assistant"]],
    ["admin vs exec assistant", ["administrative-assistant", "executive-assistant"]],
    ["hr manager pay", ["human-resources-manager"]],
    ["HR mgr vs GM", ["human-resources-manager", "general-manager"]],
    ["coo vs gm", ["chief-operating-officer", "general-manager"]],
    ["COO vs ops director", ["chief-operating-officer", "operations-director"]],
    ["GM salary", ["general-manager"]],
    ["EA vs admin asst", ["executive-assistant", "administrative-assistant"]],
    ["can an EA become an office manager", ["executive-assistant", "office-manager"]],
  ])("%s", (question, roles) => {
    const p = parse(question);
    expect(roleIds(p)).toEqual(roles);
    expect(p.tier).toBe("exact");
    expect(p.unknownRoles).toEqual([]);
  });
});

describe("typos: one or two slips still find the role, with a fuzzy (not exact) tier", () => {
  it.each<[string, string[], AspectId]>([
    ["recepionist salary", ["receptionist"], "salary"],
    ["recieptionist salary", ["receptionist"], "salary"],
    ["offce manger duties", ["office-manager"], "duties"],
    ["adminstrative assistant requirements", ["administrative-assistant"], "requirements"],
    ["executive asistant duties", ["executive-assistant"], "duties"],
    ["operatons manager vs genral manager", ["operations-manager", "general-manager"], "overview"],
    ["secretery pay", ["secretary"], "salary"],
    ["bookeeper vs accountant", ["bookkeeper", "accountant"], "overview"],
    ["logistcs manager vs supply chain manager", ["logistics-manager", "supply-chain-manager"], "overview"],
    ["operations managr salary", ["operations-manager"], "salary"],
  ])("%s", (question, roles, aspect) => {
    const p = parse(question);
    expect(roleIds(p)).toEqual(roles);
    expect(p.aspect).toBe(aspect);
    expect(p.tier).toBe("fuzzy");
    expect(p.confidence).toBeLessThan(1);
    expect(p.confidence).toBeGreaterThanOrEqual(0.75);
    // The typed words are kept, so the answer can say how it read them.
    expect(p.roles.some((r) => r.confidence < 1)).toBe(true);
  });
});

describe("confidence tier", () => {
  it.each(["office manager vs operations manager", "Office Manager", "ops mgr vs GM salary", "what does a bookkeeper do?"])(
    "exact names give tier exact and confidence 1: %s",
    (question) => {
      const p = parse(question);
      expect(p.roles.length).toBeGreaterThan(0);
      expect(p.tier).toBe("exact");
      expect(p.confidence).toBe(1);
      expect(p.roles.every((r) => r.confidence === 1)).toBe(true);
    },
  );

  it("a typo lowers the confidence of only the mistyped role, and the question's confidence is the lowest", () => {
    const p = parse("Offce Manager vs Operations Manager");
    const [office, operations] = p.roles;
    expect(office?.roleId).toBe("office-manager");
    expect(office?.confidence).toBeLessThan(1);
    expect(office?.typed.toLowerCase()).toContain("offce");
    expect(operations?.confidence).toBe(1);
    expect(p.confidence).toBe(office?.confidence);
    expect(p.tier).toBe("fuzzy");
  });

  it("an unrelated job two letters away is not guessed as a known role (zookeeper is not a bookkeeper)", () => {
    const p = parse("what does a zookeeper do");
    const confidentGuess = p.roles.some((r) => r.roleId === "bookkeeper") && p.tier !== "weak";
    expect(confidentGuess).toBe(false);
    expect(p.intent).toBe("unknown");
    expect(p.unknownRoles).toEqual(["zookeeper"]);
  });

  it("an unknown title never runs across a comma: 'which has more travel, zookeeper or bookkeeper'", () => {
    expect(parse("which has more travel, zookeeper or bookkeeper").unknownRoles).toEqual(["zookeeper"]);
  });
});

describe("guards: generic words and chit-chat are never roles", () => {
  it.each([
    "office",
    "manager",
    "operations",
    "office?",
    "the office",
    "ops",
    "admin",
    "exec",
    "hr",
    "office work is boring",
    "operations are running smoothly",
    "operations salary",
    "my manager said hi",
    "my office manager just quit",
    "our ops manager is great",
    "shoutout to our office manager for the cake",
    "we're hiring an office manager, dm me",
    "I just became an office manager!",
    "let's compare notes",
    "let's compare notes after the meeting",
    "can you compare these two options for lunch",
    "the operations manual is on the shared drive",
    "exec meeting moved to 4pm",
    "hr says the office is closed friday",
  ])("%s -> none, no roles", (question) => {
    const p = parse(question);
    expect(p.intent).toBe("none");
    expect(p.roles).toEqual([]);
    expect(p.aspect).toBeNull();
  });

  it("a lone generic word asked about pay is not a role: 'manager salary' names no known role", () => {
    const p = parse("manager salary");
    expect(p.roles).toEqual([]);
    expect(["unknown", "none"]).toContain(p.intent);
  });

  it.each(["can someone ask the office manager about parking?", "does anyone know if the office manager is in today?"])(
    "talk about a colleague addressed to other members is not answered: %s",
    (question) => {
      const p = parse(question);
      expect(p.intent).toBe("none");
    },
  );

  it.each(["thinking about going from receptionist to office manager, anyone done it?", "receptionist to office manager, has anyone made the switch?"])(
    "others asked about a move they made is still a move the data can speak to: %s",
    (question) => {
      const p = parse(question);
      expect(p.intent).toBe("compare");
      expect(p.roles.map((r) => r.roleId)).toEqual(["receptionist", "office-manager"]);
    },
  );

  it("places asked about as a kind make a question of a title, about its pay: 'best cities for receptionists'", () => {
    const p = parse("best cities for receptionists");
    expect(p.intent).toBe("profile");
    expect(p.aspect).toBe("salary");
    expect(p.place).toBe("each city");
  });

  it("'manager's office is locked' is chit-chat, not an unknown role called 'manager'", () => {
    const p = parse("manager's office is locked");
    expect(p.intent).toBe("none");
    expect(p.unknownRoles).toEqual([]);
  });
});

describe("several roles: in order of mention, at most three", () => {
  it.each<[string, string[]]>([
    ["office manager vs operations manager vs general manager", ["office-manager", "operations-manager", "general-manager"]],
    ["general manager, receptionist and bookkeeper", ["general-manager", "receptionist", "bookkeeper"]],
    ["secretary or receptionist or executive assistant?", ["secretary", "receptionist", "executive-assistant"]],
    ["between an operations manager and an office manager, who is more senior?", ["operations-manager", "office-manager"]],
    ["the bookkeeper, the accountant and the office manager: who earns the most", ["bookkeeper", "accountant", "office-manager"]],
    ["Ops Mgrs vs Office Mgrs", ["operations-manager", "office-manager"]],
  ])("%s", (question, roles) => {
    const p = parse(question);
    expect(p.intent).toBe("compare");
    expect(roleIds(p)).toEqual(roles);
  });

  it("a role named twice counts once", () => {
    const p = parse("is an office manager paid more than an operations manager, or does the office manager earn less?");
    expect(roleIds(p)).toEqual(["office-manager", "operations-manager"]);
  });

  it("a fourth role is dropped: only the first three are kept", () => {
    const p = parse("accountant vs bookkeeper vs secretary vs receptionist");
    expect(roleIds(p)).toEqual(["accountant", "bookkeeper", "secretary"]);
  });

  it("a fourth known role dropped for the limit is not reported as an unknown role", () => {
    const p = parse("accountant vs bookkeeper vs secretary vs receptionist");
    expect(p.unknownRoles).not.toContain("receptionist");
  });
});

describe("aspects: every aspect from at least three phrasings", () => {
  it.each<[AspectId, string, string]>([
    ["overview", "give me a quick summary of the bookkeeper job", "bookkeeper"],
    ["overview", "describe a secretary for me", "secretary"],
    ["overview", "tldr on operations analyst", "operations-analyst"],
    ["overview", "office clerk in a nutshell", "office-clerk"],
    ["overview", "overview of a practice manager", "practice-manager"],
    ["overview", "tell me about the role of a COO", "chief-operating-officer"],
    ["duties", "what does a facilities manager actually do every day", "facilities-manager"],
    ["duties", "warehouse manager daily responsibilities", "warehouse-manager"],
    ["duties", "what tasks does an office clerk handle", "office-clerk"],
    ["duties", "what is a store manager in charge of", "store-manager"],
    ["duties", "what's a production manager responsible for", "production-manager"],
    ["requirements", "qualifications for a program manager", "program-manager"],
    ["requirements", "does an accountant need a cpa license", "accountant"],
    ["requirements", "how many years of experience for a logistics manager", "logistics-manager"],
    ["requirements", "what degree should a business analyst have", "business-analyst"],
    ["requirements", "what certifications does a project manager need", "project-manager"],
    ["requirements", "what does it take to become a project manager", "project-manager"],
    ["environment", "is a receptionist job stressful", "receptionist"],
    ["environment", "what are the hours like for a store manager", "store-manager"],
    ["environment", "is a production manager on the factory floor", "production-manager"],
    ["environment", "where does a warehouse manager work", "warehouse-manager"],
    ["environment", "can a business analyst work from home", "business-analyst"],
    ["environment", "do program managers work weekends", "program-manager"],
    ["environment", "is there overtime for a warehouse manager", "warehouse-manager"],
    ["skills", "what tools does a bookkeeper use", "bookkeeper"],
    ["skills", "what makes a good executive assistant", "executive-assistant"],
    ["skills", "what kind of person makes a good bookkeeper", "bookkeeper"],
    // A setting word in front of the role says which kind of the role; the other word is what is asked.
    ["salary", "remote bookkeeper salary", "bookkeeper"],
    // A common short typo of an aspect word is that word; "does" after the role asks what it does.
    ["salary", "bookkeeper salry", "bookkeeper"],
    ["salary", "how is a bookkeeper paywise", "bookkeeper"],
    // "tips for" is advice; "tips" alone is pay.
    ["requirements", "any tips for becoming a bookkeeper?", "bookkeeper"],
    ["duties", "can you tell me what a bookkeeper does", "bookkeeper"],
    ["requirements", "how long to be an office manager", "office-manager"],
    // ...where "makes a good living" is pay.
    ["salary", "does a bookkeeper make a good living", "bookkeeper"],
    ["skills", "product manager skillset", "product-manager"],
    ["skills", "which soft skills does a customer service manager need", "customer-service-manager"],
    ["skills", "what should an operations analyst be good at", "operations-analyst"],
    ["salary", "how much does a practice manager make", "practice-manager"],
    // The member's own years beside a pay word are no requirement; years a job asks for still are.
    ["salary", "office manager with 5 years experience salary", "office-manager"],
    ["salary", "bookkeeper with 10 years of experience, what's the pay", "bookkeeper"],
    ["requirements", "does a logistics manager need 5 years of experience", "logistics-manager"],
    // The pay verb with its period is pay, not the hours worked; schooling is a requirement.
    ["salary", "what does a bookkeeper make an hour", "bookkeeper"],
    // "Anyone know…" asks the channel; it is no skills word beside another aspect.
    ["salary", "any1 know what a bookkeeper makes?", "bookkeeper"],
    ["requirements", "how much schooling to be a bookkeeper", "bookkeeper"],
    ["salary", "hourly wage of an office clerk", "office-clerk"],
    // The pay word heads the compound: the pay of the training, not the training.
    ["salary", "bookkeeper apprenticeship pay", "bookkeeper"],
    ["salary", "does an hr manager earn six figures", "human-resources-manager"],
    ["salary", "store manager salary range", "store-manager"],
    ["salary", "what's the pay for an office assistant", "office-assistant"],
    ["career", "what comes after operations coordinator", "operations-coordinator"],
    ["career", "who does an office director report to", "office-director"],
    ["career", "career progression for a business analyst", "business-analyst"],
    ["career", "what is the next step after office coordinator", "office-coordinator"],
    ["career", "where can a secretary go from there career wise", "secretary"],
    ["outlook", "what's the job outlook for an accountant?", "accountant"],
    ["outlook", "are bookkeepers in demand", "bookkeeper"],
    ["outlook", "is logistics manager a future proof job", "logistics-manager"],
    ["outlook", "job prospects for a business analyst", "business-analyst"],
    ["outlook", "are there enough jobs for bookkeepers", "bookkeeper"],
    ["outlook", "is the office manager field oversaturated", "office-manager"],
    // Other jobs like one: the career card's related roles, not "what the job is like" or its duties.
    ["career", "jobs like bookkeeper", "bookkeeper"],
    ["career", "what jobs are similar to an office manager", "office-manager"],
    ["career", "what other jobs can a receptionist do", "receptionist"],
    ["career", "alternative careers for an executive assistant", "executive-assistant"],
    ["environment", "what's the job like for a receptionist", "receptionist"],
    ["environment", "is being a warehouse manager bad for your health", "warehouse-manager"],
    // "how do i know if…" asks how to tell, not what the job must know.
    ["overview", "how do i know if being a bookkeeper is right for me", "bookkeeper"],
  ])("%s: %s", (aspect, question, role) => {
    const p = parse(question);
    expect(p.intent).toBe("profile");
    expect(roleIds(p)).toEqual([role]);
    expect(p.aspect).toBe(aspect);
  });

  it.each<[AspectId, string, string[]]>([
    ["salary", "which pays better, bookkeeper or accountant", ["bookkeeper", "accountant"]],
    ["salary", "gm vs coo who earns more", ["general-manager", "chief-operating-officer"]],
    ["career", "is director of operations more senior than operations manager", ["operations-director", "operations-manager"]],
    ["career", "receptionist to office manager promotion path", ["receptionist", "office-manager"]],
    ["career", "can a bookkeeper become an accountant?", ["bookkeeper", "accountant"]],
    ["duties", "an office manager's duties vs an ops manager's", ["office-manager", "operations-manager"]],
    ["overview", "accountant vs bookkeeper", ["accountant", "bookkeeper"]],
    ["outlook", "which has more job openings, receptionist or secretary?", ["receptionist", "secretary"]],
    ["duties", "HR manager or office manager, which one handles hiring and onboarding?", ["human-resources-manager", "office-manager"]],
    // Two roles "similar" asks how they compare, not for other jobs.
    ["overview", "are bookkeepers and accountants similar jobs", ["bookkeeper", "accountant"]],
    ["overview", "is a receptionist similar to a secretary", ["receptionist", "secretary"]],
  ])("comparison, %s: %s", (aspect, question, roles) => {
    const p = parse(question);
    expect(p.intent).toBe("compare");
    expect(roleIds(p)).toEqual(roles);
    expect(p.aspect).toBe(aspect);
  });

  it("'can a project manager work remotely' asks about the work environment", () => {
    // "remote" is a synonym, "remotely" is not: the question falls back to overview.
    expect(parse("can a project manager work remotely").aspect).toBe("environment");
  });

  it("a broad title compared with a known role is asked about, never dropped: 'accountant vs engineer'", () => {
    for (const q of ["accountant vs engineer", "should i be an engineer or a bookkeeper", "office manager or an engineer, which pays more"]) {
      const p = parse(q);
      expect(p.intent).toBe("unknown");
      expect(p.unknownRoles).toEqual(["engineer"]);
    }
  });

  it("a reporting line named in a career question is not an unknown role", () => {
    // "director" is reported as an unknown role, so the answer says: I don't know "director" yet, so it is left out.
    const p = parse("does a program manager report to a director");
    expect(p.aspect).toBe("career");
    expect(p.unknownRoles).toEqual([]);
  });
});

describe("intents", () => {
  it.each<[Intent, string]>([
    ["compare", "accountant vs bookkeeper"],
    ["compare", "office admin vs office manager, who earns more"],
    ["profile", "Office Manager"],
    ["profile", "office manager?"],
    // A job word right after the title only says it is the job.
    ["profile", "bookkeeper job"],
    ["profile", "receptionist career"],
    ["none", "my job sucks"],
    // Learners' English: a question after a clause with no comma, a yes-no tail.
    ["profile", "my english is not good can i be a bookkeeper"],
    ["profile", "receptionist is good job or not"],
    ["profile", "what does a practice manager do all day?"],
    ["unknown", "how much do plumbers make"],
    ["unknown", "what does a nurse do"],
    ["unknown", "how much does a software engineer earn"],
    ["list", "which jobs can you compare?"],
    ["list", "what roles do you know about"],
    ["list", "show me all the roles"],
    ["list", "list"],
    ["help", "help!"],
    ["help", "help pls"],
    ["help", "how do I use this bot?"],
    ["help", "what commands are there"],
    ["help", "what do i type to compare two jobs"],
    ["help", "what can you do"],
    ["help", "what can you do for me"],
    ["help", "what else can you do?"],
    ["help", "help with this?"],
    // "this" a thing of the member's, not the bot.
    ["none", "lol i'm so bad at math, help me with this homework"],
    // "can you" asks about the work, not the bot, when the work follows.
    ["none", "can you do my homework lol"],
    ["none", "can you do medical coding from home"],
    // A clause opening with an auxiliary after a lead-in asks about the role named in it.
    ["profile", "i work retail, is receptionist any better"],
    ["none", "my cook burned the rice, is dinner ruined"],
    // ...but what a degree leads to is asked of no bot: the data cannot list it.
    ["none", "what can you do with a nursing degree"],
    // "type" as a noun is no question about the bot.
    ["profile", "what personality type makes a good bookkeeper"],
    ["none", "what blood type are you lol"],
    // "any <role>s here / online": members called on, as "anyone" does.
    ["none", "any bookkeepers online to help me with my spreadsheet?"],
    // What one particular person did, told with no question.
    ["none", "the receptionist put me on hold for an hour"],
    ["none", "my office manager gave us the day off"],
    ["none", "thanks, that was helpful!"],
    // "job" and "have you" in good wishes ask the bot for no list.
    ["none", "congrats on the new job!! they are lucky to have you"],
    ["list", "do you have a list of careers"],
    // The members' own past, not the catalogue.
    ["none", "what's the best job you've ever had?"],
    ["none", "lol same"],
    ["none", "anyone want lunch?"],
    ["none", "the meeting is at 3pm in the office"],
    ["none", "good morning everyone"],
    ["none", "what's the weather like today"],
    ["none", ""],
    ["none", "   "],
  ])("%s: %j", (intent, question) => {
    const p = parse(question);
    expect(p.intent).toBe(intent);
    if (intent === "list" || intent === "help" || intent === "none") {
      expect(p.roles).toEqual([]);
      expect(p.aspect).toBeNull();
    }
    if (intent === "compare") expect(p.roles.length).toBeGreaterThanOrEqual(2);
    if (intent === "profile") expect(p.roles).toHaveLength(1);
    if (intent === "unknown") expect(p.unknownRoles.length).toBeGreaterThan(0);
  });

  it("a setting word ending a clause before the roles is what is asked, not a kind of role", () => {
    expect(parse("which requires more travel, program manager or product manager").aspect).toBe("environment");
  });

  it.each([
    ["my sister asked me this but what does a bookkeeper actually do", "bookkeeper", "duties"],
    ["we were arguing about it, what does a store manager do", "store-manager", "duties"],
    ["I just got an interview for an office manager job what does it pay", "office-manager", "salary"],
    ["hey guys, i'm thinking about it. what does a bookkeeper earn", "bookkeeper", "salary"],
    // Asked of the channel, but what the job is: the bot can answer it.
    ["does anyone know what a bookkeeper does", "bookkeeper", "duties"],
  ])("a question after a first-person preface (no question mark) is still a question: %s", (question, role, aspect) => {
    const p = parse(question);
    expect(p.intent).toBe("profile");
    expect(roleIds(p)).toEqual([role]);
    expect(p.aspect).toBe(aspect);
  });

  it("a question after a lead-in clause, without a question mark: 'i'm a receptionist, could i become an office manager'", () => {
    const p = parse("i'm a receptionist, could i realistically become an office manager");
    expect(p.intent).toBe("compare");
    expect(roleIds(p)).toEqual(["receptionist", "office-manager"]);
    expect(p.kind).toBe("path");
    expect(parse("i'm a receptionist and i love it").intent).toBe("none");
  });

  it("a broad title set beside a known role with 'than' is kept, not dropped: 'do engineers make more than an office manager'", () => {
    const p = parse("do engineers make more than an office manager");
    expect(p.intent).toBe("unknown");
    expect(roleIds(p)).toEqual(["office-manager"]);
    expect(p.unknownRoles).toEqual(["engineers"]);
  });

  it.each(["going from receptionist to office manager, what's the pay bump", "switching from receptionist to office manager, would i make more"])(
    "pay asked about a move is the move's pay, whatever its move words: %s",
    (question) => {
      const p = parse(question);
      expect(p.kind).toBe("path");
      expect(p.aspect).toBe("salary");
    },
  );

  it("whether the member can still make a move, after a lead-in with no comma: 'i am 45 can i still become office manager'", () => {
    const p = parse("i am 45 can i still become office manager");
    expect(p.intent).toBe("profile");
    expect(roleIds(p)).toEqual(["office-manager"]);
    expect(p.topic).toBe("ease");
    expect(parse("i am 45 and i still love being an office manager").intent).toBe("none");
  });

  it("an amount of pay makes it a pay question, and the amount is kept for the answer", () => {
    const p = parse("is 60k good for a bookkeeper");
    expect([p.aspect, p.payAmount]).toEqual(["salary", { value: 60_000, period: "annual" }]);
    expect(parse("can a receptionist make $20 an hour?").payAmount).toEqual({ value: 20, period: "hourly" });
    expect(parse("is a bookkeeper a good job").payAmount).toBeUndefined();
  });

  it("the question sentence says what is asked, however often the backstory repeats other words", () => {
    const backstory = "My manager keeps moving my schedule around. The schedule is awful. I hate my schedule. ";
    expect(parse(`${backstory}bookkeeper or accountant, who earns more?`).aspect).toBe("salary");
    const burnedOut = parse("I've been a receptionist for years and I'm burned out. Bookkeeper or accountant, which one makes more sense financially?");
    expect([roleIds(burnedOut), burnedOut.aspect, burnedOut.kind]).toEqual([["bookkeeper", "accountant"], "salary", "which"]);
  });

  it("'someone' after 'for' is a kind of person, not the channel asked", () => {
    const p = parse("is a bookkeeper a good job for someone who likes numbers");
    expect([p.intent, roleIds(p)]).toEqual(["profile", ["bookkeeper"]]);
    expect(parse("can someone ask the office manager about parking").intent).toBe("none");
  });

  it("a condition, then the question, needs no question mark", () => {
    const p = parse("if i become a receptionist can i later become an office manager");
    expect([p.intent, roleIds(p), p.kind]).toEqual(["compare", ["receptionist", "office-manager"], "path"]);
    expect(parse("if i go to the store can you call the office manager").intent).toBe("none");
  });

  it("the member's own job, past or present, is not one of the choices they ask between", () => {
    for (const q of [
      "ive been a receptionist for 3 years, should i go for office manager or executive assistant",
      "i was a receptionist, office manager or executive assistant which pays more",
      // "been a", "X here": the job they have, said shortly.
      "been a receptionist for 3 years, should i do office manager or executive assistant",
      "receptionist here, office manager or executive assistant, which is better?",
    ]) {
      const p = parse(q);
      expect(roleIds(p)).toEqual(["office-manager", "executive-assistant"]);
      expect(p.kind).toBe("which");
    }
    // A choice put as "A or B", without "which" or "better".
    expect(roleIds(parse("currently a receptionist. office manager or executive assistant?"))).toEqual(["office-manager", "executive-assistant"]);
  });

  it("'any …' about a role asks without its question mark; 'any <role>s …' still calls on members", () => {
    expect(roleIds(parse("any downsides to being a receptionist"))).toEqual(["receptionist"]);
    expect(parse("any downsides to being a receptionist").topic).toBe("general");
    expect(parse("any receptionists here").intent).toBe("none");
  });

  it("a move opened by the role named goes to the field after 'to': 'receptionist to bookkeeping, is it worth it'", () => {
    expect(roleIds(parse("receptionist to bookkeeping, is it worth it"))).toEqual(["receptionist", "bookkeeper"]);
    expect(roleIds(parse("receptionist here, going to bookkeeping class"))).not.toContain("bookkeeper");
  });

  it("not knowing what to do is no skills question, and a member's age only asks about the way in beside 'can I still'", () => {
    const p = parse("i'm 19 and don't know what to do. bookkeeper or receptionist?");
    expect(p.aspect).not.toBe("skills");
    expect(p.topic).not.toBe("ease");
    expect(parse("what does an office manager need to know").aspect).toBe("skills");
  });

  it("a route from the member's own job, the only role named, asks where it leads: its career, not how to become it", () => {
    for (const q of ["i'm a receptionist, how do i switch careers", "i work as a receptionist, how do i move up"]) {
      const p = parse(q);
      expect(roleIds(p)).toEqual(["receptionist"]);
      expect([p.kind, p.aspect]).toEqual(["facts", "career"]);
    }
    // Without the own job, the route to the role.
    expect(parse("how do i become a receptionist").kind).toBe("path");
  });

  it("a request for a route or a stated plan is a question without a question word or mark", () => {
    expect(parse("fastest way to become an office manager").kind).toBe("path");
    expect(parse("steps to become a bookkeeper").intent).toBe("profile");
    expect(parse("i'm considering becoming a receptionist").intent).toBe("profile");
    expect(parse("thinking of switching from receptionist to office manager").kind).toBe("path");
    // A plan that is not about a career, or news about one's day, stays chat.
    expect(parse("i'm thinking about the office manager's birthday party").intent).toBe("none");
    expect(parse("fastest way to reach the office manager is email").intent).toBe("none");
  });

  it("a question asked at the end or for the next step needs no question mark", () => {
    expect(parse("receptionist wanting to become an office manager, how").kind).toBe("path");
    expect(roleIds(parse("i'm a receptionist with 5 years experience, what's the next step to office manager"))).toEqual(["receptionist", "office-manager"]);
    expect(parse("wat does a bookkeeper do").intent).toBe("profile");
    // The same words as chat stay chat.
    expect(parse("my office manager yelled at me today, why").intent).toBe("none");
    expect(parse("wat").intent).toBe("none");
  });

  it("a title never runs across a sentence break", () => {
    expect(roleIds(parse("who runs the office? manager salary is what i want to know"))).not.toContain("office-manager");
    expect(roleIds(parse("who runs the office manager salary"))).toContain("office-manager");
  });

  it("nor across a comma, semicolon or colon, while an elided head still completes a list", () => {
    expect(roleIds(parse("which is more senior: operations manager or operations coordinator"))).toEqual(["operations-manager", "operations-coordinator"]);
    expect(roleIds(parse("which is the office, manager salary"))).not.toContain("office-manager");
    expect(roleIds(parse("office, operations or project manager salary"))).toEqual(["office-manager", "operations-manager", "project-manager"]);
  });

  it("a greeting to the channel is not talk among members; asking the others still is", () => {
    expect(parse("hey guys, is being a receptionist worth it").intent).toBe("profile");
    expect(parse("hi all, tell me about the office manager role").intent).toBe("profile");
    expect(parse("hey, does anyone know a good receptionist").intent).toBe("none");
    expect(parse("can someone ask the office manager about parking").intent).toBe("none");
  });

  it("an unknown occupation outside the head-noun list still gets 'I don't know' rather than silence", () => {
    expect(parse("what does an astronaut do").intent).toBe("unknown");
  });
});

describe("unknown roles get suggestions of known roles", () => {
  it.each<[string, string, string[], string[]]>([
    // question, the unknown phrase, suggestions that must be offered, known roles still recognised
    ["marketing manager vs office manager", "marketing manager", ["store-manager"], ["office-manager"]],
    ["what does a marketing coordinator earn", "marketing coordinator", ["office-coordinator", "operations-coordinator"], []],
    ["payroll clerk vs bookkeeper", "payroll clerk", ["office-clerk"], ["bookkeeper"]],
    ["tell me about the chief happiness officer role", "chief happiness officer", ["chief-operating-officer"], []],
  ])("%s", (question, phrase, mustSuggest, known) => {
    const p = parse(question);
    expect(p.intent).toBe("unknown");
    expect(p.unknownRoles).toContain(phrase);
    for (const id of mustSuggest) expect(p.suggestions).toContain(id);
    expect(p.suggestions.length).toBeLessThanOrEqual(3);
    expect(roleIds(p)).toEqual(known);
    // A role the member already named is not suggested back to them.
    for (const id of known) expect(p.suggestions).not.toContain(id);
  });

  it("keeps the aspect of an unknown-role question", () => {
    expect(parse("how much does a software engineer earn").aspect).toBe("salary");
  });
});

describe("what a member did not write is stripped before parsing", () => {
  it.each<[string, string]>([
    ["a code block", "```\noffice manager vs operations manager\n```"],
    ["a one-line code block", "```office manager vs operations manager```"],
    ["inline code", "`receptionist wages`"],
    ["a quoted line then chit-chat", "> office manager vs operations manager\nlol no"],
    ["a quoted question then praise", "> what does a receptionist earn?\nthat is such a good question"],
    ["several quoted lines", "> receptionist vs secretary\n> which one pays more?\nhaha"],
    ["a lone mention", "<@123456789012345678>"],
    ["@everyone alone", "@everyone"],
    ["a link", "https://example.com/office-manager-vs-operations-manager"],
  ])("only %s -> none", (_label, message) => {
    const p = parse(message);
    expect(p.intent).toBe("none");
    expect(p.roles).toEqual([]);
  });

  it.each<[string, string, string[], AspectId]>([
    ["quoted line, then a new question", "> receptionist wages\nwhat about a bookkeeper's salary?", ["bookkeeper"], "salary"],
    ["code block, then a question", "```\nreceptionist vs secretary\n```\nwhat does an accountant do?", ["accountant"], "duties"],
    ["question, then pasted code", "what does an accountant earn?\n```js\nconst role = 'receptionist';\n```", ["accountant"], "salary"],
    ["quote in the middle", "quick one\n> office manager vs operations manager\nhow much does a bookkeeper make?", ["bookkeeper"], "salary"],
    ["user mention", "<@123456789012345678> office manager vs operations manager", ["office-manager", "operations-manager"], "overview"],
    ["nickname mention", "<@!123456789012345678> receptionist wages", ["receptionist"], "salary"],
    ["role and channel mentions", "<@&222222222222222222> <#333333333333333333> accountant vs bookkeeper", ["accountant", "bookkeeper"], "overview"],
    ["@everyone", "@everyone office manager vs operations manager", ["office-manager", "operations-manager"], "overview"],
    ["@here", "@here receptionist salary?", ["receptionist"], "salary"],
  ])("%s: only the member's own question is parsed", (_label, message, roles, aspect) => {
    const p = parse(message);
    expect(roleIds(p)).toEqual(roles);
    expect(p.aspect).toBe(aspect);
    expect(p.cleaned).not.toMatch(/```|<@|<#|@everyone|@here|^>/m);
  });

  it("help after a mention is still help", () => {
    expect(parse("<@!42> help me").intent).toBe("help");
  });

  it("keeps the original text and exposes the cleaned text", () => {
    const message = "<@123456789012345678> receptionist wages";
    const p = parse(message);
    expect(p.text).toBe(message);
    expect(p.cleaned).toBe("receptionist wages");
  });
});
