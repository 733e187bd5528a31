// The shape of answer a question wants, read from its wording (our own phrasings).
import { describe, expect, it } from "vitest";
import { detectQuestionKind } from "../../src/understanding/detect-kind.js";

describe("detectQuestionKind", () => {
  it.each([
    ["how do I go from cashier to store supervisor?", 2],
    ["how can a teller become a loan officer", 2],
    ["clerk -> coordinator, what's the route", 2],
    ["line cook to sous chef, how long does that take", 2],
    ["what does it take to become a paralegal", 1],
    ["how does one become a court reporter", 1],
    ["what do you need to become a sonographer", 1],
    ["how long to become a dentist", 1],
    // The time it takes, in years or months: the route answers it with the schooling and training.
    ["how many years does it take to become a nurse", 1],
    // "From A into B": a move, as "from A to B" is.
    ["from teaching into hr, doable?", 2],
    ["thinking about going from nursing into software engineering", 2],
    ["how many years to become a surgeon", 1],
    ["how much time does it take to become an electrician", 1],
    ["how many years to be an electrician", 1],
    ["how i can become electrician", 1],
    ["how i become pilot", 1],
    ["how long does it take to be a dentist", 1],
    ["i'm a cashier, could i realistically become a bank teller", 2],
    ["i want to become a dental hygienist", 1],
    ["can a medical assistant become a registered nurse", 2],
    // The jobs in the plural, the subject before "can": still a move.
    ["can dental assistants become hygienists", 2],
    ["anyone know if dental assistants can become hygienists", 2],
    // Where to start is the way in.
    ["getting into bookkeeping from scratch, where do I start", 1],
    ["i want to be a welder, where do i start", 1],
    ["thinking of switching from retail to a bank teller job", 2],
    // Whether a move can be made: the route answers it.
    ["is it possible to go from lawyer to judge", 2],
    ["is it hard to switch from accounting to data analyst", 2],
    // Whether one role is a way into the other, asked yes or no: the route answers it.
    ["is emt a good stepping stone to rn", 2],
    // "how i can be a…": the route in, in a learner's wording.
    ["how i can be a electrician in america", 1],
    ["how to be an rn", 1],
    ["is medical assistant a good path to registered nurse", 2],
    // A change made by the role after "for", not for the member.
    ["is paralegal a good career change for a teacher", 2],
    ["is nursing a good career switch for teachers", 2],
    // Said without "to": "i want become nurse what i do first".
    ["i want become nurse what i do first", 1],
    // A role left for another.
    ["is it smart to leave teaching for sales", 2],
    // A plan to be one, and where to start.
    ["i want to be a dental hygienist, how do i start", 1],
  ])("path: %s", (q, roles) => expect(detectQuestionKind(q, roles)).toBe("path"));

  it.each([
    "i'm 30 and thinking about becoming an electrician, too late?",
    "im thinking about becoming a nurse, is it worth it?",
    "thinking of becoming a plumber, good idea?",
    "i want to become a pilot at 40, is that realistic",
    "ngl thinking about becoming a dental hygienist, is the money good fr",
    "i want to become a nurse, do i need a degree",
  ])("a doubt about a plan asks whether, not how: %s", (q) => expect(detectQuestionKind(q, 1)).toBe("yes-no"));

  it("a plan to be good at a job is no plan to become one", () => expect(detectQuestionKind("i want to be a good nurse, any tips", 1)).toBe("facts"));

  it.each([
    ["which pays more, welder or machinist?", 2],
    ["who earns more: a dentist or an orthodontist", 2],
    ["plumber or electrician, which needs less school", 2],
    ["which one has better job security, nurse or teacher", 2],
    ["what's better pay, roofer or carpenter", 2],
    ["what makes more money, welder or electrician", 2],
    // A move the member asks about, but between two choices: a verdict, not a route.
    ["should i go into nursing or radiology", 2],
    ["i want to become a welder or a plumber, which is easier", 2],
    // A choice made for a kind of person.
    ["bookkeeper or statistician for someone good at numbers", 2],
    ["vet tech vs groomer if i love animals", 2],
    // The size of a gap: the verdict between them states it.
    ["how much more do rns make than lpns", 2],
    ["how much less does a cna make than an lpn", 2],
    // Asked for a pick between them.
    ["should i be a roofer or a carpenter", 2],
    ["should i do lpn or go straight for rn", 2],
    ["would you choose welding or hvac", 2],
    // A choice the member can't make: a verdict between them.
    ["nurse or doctor, i can't decide", 2],
    ["torn between welder and electrician", 2],
  ])("which: %s", (q, roles) => expect(detectQuestionKind(q, roles)).toBe("which"));

  it.each([
    ["do I need a degree to become a web developer?", 1],
    ["can you be a paralegal without a degree", 1],
    ["is being a pharmacist still a good career?", 1],
    ["is office admin a dead end job", 1],
    ["should i be a nurse", 1],
    // Asked without an auxiliary, at the end of a short question.
    ["crane operators, licence required?", 1],
    ["dental hygienists - stressful job?", 1],
    ["are roofers still in demand?", 1],
    ["couriers earn ok money right?", 1],
    ["pilots get paid well or nah", 1],
    // A claim about one role to confirm.
    ["I've heard that radiology techs get replaced by AI soon, is that true?", 1],
    // Asked indirectly: "anyone know if …", "wondering whether …".
    ["Anyone know if radiology techs get good benefits?", 1],
    ["wondering whether welders need a license", 1],
  ])("yes-no: %s", (q, roles) => expect(detectQuestionKind(q, roles)).toBe("yes-no"));

  it.each([
    ["what degree do you need to be a physical therapist", 1],
    ["what certifications would you need for a crane operator", 1],
    ["roofers - what gear do you need before the first job?", 1],
    ["what makes a good dental hygienist", 1],
    ["can someone explain what a sonographer does all day", 1],
    ["does anyone know what a bookkeeper does", 1],
    ["do you know how much welders make", 1],
    ["what do you need to become a welder vs a machinist", 2],
  ])("facts, not yes-no or path: %s", (q, roles) => expect(detectQuestionKind(q, roles)).toBe("facts"));

  it.each([
    // A change for the member, or a choice between the two, is no move from one to the other.
    ["is nursing or teaching a good career change for me", 2],
    ["which is a better move for someone like me, nurse or teacher", 2],
    ["should i leave nursing for teaching or for sales", 2],
  ])("not a path: %s", (q, roles) => expect(detectQuestionKind(q, roles)).not.toBe("path"));

  it.each([
    ["welder vs machinist pay", 2],
    ["compare a teller to a loan officer", 2],
    ["can you explain what a paralegal does", 1],
    ["what does a court reporter do all day", 1],
    ["which duties does a teller have", 1],
    // Torn between two, but asking how they differ: the key difference answers it.
    ["torn between mechanical and civil engineer, how do they differ", 2],
    // Being good at the job is not the way into it.
    ["how to be a good nurse", 1],
  ])("facts: %s", (q, roles) => expect(detectQuestionKind(q, roles)).toBe("facts"));

  it.each(["car mechanic skills needed", "phlebotomy skills needed??", "psychiatrist vs clinical psychologist - education needed"])(
    "what a job needs, listed, is facts, not a yes or no: %s",
    (q) => expect(detectQuestionKind(q, 1)).toBe("facts"),
  );

  it("a thing needed asked whether is a yes or no", () => expect(detectQuestionKind("CNC operators, certificate needed?", 1)).toBe("yes-no"));
});
