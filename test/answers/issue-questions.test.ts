// The questions a career coach scored low (issue "Answer the question that was asked"): each answer's
// first line must answer the question, on the full knowledge (skipped, saying so, without the import).
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEngine, type Engine } from "../../src/engine.js";
import { defaultOccupationsFile } from "../../src/knowledge/load-knowledge.js";
import { renderText } from "../../src/render/render-text.js";
import { answerEmbeds } from "../../src/render/discord/answer-embeds.js";
import { answerComponents } from "../../src/render/discord/answer-components.js";
import { CustomIdCodec } from "../../src/render/discord/custom-ids.js";

const IMPORTED = existsSync(defaultOccupationsFile());

describe.skipIf(!IMPORTED)(`first lines that answer the question${IMPORTED ? "" : " (SKIPPED: run npm run import-occupations first)"}`, () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });
  const firstLine = (q: string) => renderText(engine.ask(q).answer).split("\n")[0]!;
  /** Each message gets no answer at all: chat, not a question for the bot. */
  const expectSilent = (questions: readonly string[]) => {
    for (const q of questions) expect(engine.ask(q).parsed.intent, q).toBe("none");
  };
  /** The roles read, by id, in order. */
  const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);
  /** What a question is read as: its intent, aspect and kind, then the roles by id. */
  const reading = (q: string) => {
    const { parsed } = engine.ask(q);
    return [parsed.intent, parsed.aspect, parsed.kind, ...parsed.roles.map((r) => r.roleId)];
  };
  /** The intent and the titles said unknown: ["unknown", "asmr artists"]. */
  const unknown = (q: string) => {
    const { parsed } = engine.ask(q);
    return [parsed.intent, ...parsed.unknownRoles];
  };

  it.each<[string, RegExp]>([
    [
      "bookkeeper or accountant which pays more",
      /^Accountant earns more: median \$[\d,]+ vs \$[\d,]+ a year for Bookkeeper, about \d+% more \(BLS, May \d{4}\)\.$/,
    ],
    ["how do I go from receptionist to office manager", /^Receptionist → Office Manager: a common move; /],
    // "what tools do … use" asks about the job ("plumbers" alone may be chat); the skills card answers.
    ["what tools do plumbers use", /^Plumber, Pipefitter or Steamfitter: Skills$/],
    ["what software do accountants use", /^O\*NET lists \d+ in-demand technologies for an Accountant .*, among them .*Microsoft Excel/],
    // A loose label before a head noun no role covers modifies a title the data doesn't know ("prompt" is a reported title of actors).
    ["how to become a prompt engineer", /^I don't know "prompt engineer" yet\./],
    // "teacher" alone is the elementary school teacher, the most employed; a school level named beside it picks that level's.
    ["what pays more, nurse or teacher", /^Registered Nurse earns more: median \$[\d,]+ vs \$[\d,]+ a year for Elementary School Teacher/],
    ["do I need a teaching degree to teach high school", /Secondary School Teacher/],
    ["which one has a better job outlook, librarian or teacher (high school)", /^.*has the better outlook: .*Secondary School Teacher/],
    ["tutor vs teacher at a secondary school", /^Tutor vs Secondary School Teacher/],
    // What the pay figures count, then whether it pays well: tips are in BLS's medians.
    [
      "bartenders make good money in tips right?",
      /^BLS's wage figures count tips and commissions\. Below most jobs: Bartender earns a median of \$[\d,]+ a year \(BLS, May \d{4}\), less than the median pay of \d+% of occupations\.$/,
    ],
    // A role being left: the closest occupations in other lines of work, not how to become it.
    [
      "how do I get out of nursing into an office job",
      /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: .*\(BLS, May \d{4}\)\.$/,
    ],
    ["how do i get out of retail", /^The occupations O\*NET lists as closest to Retail Salesperson outside its own line of work: /],
    // Where a role leads: the related occupations that pay more.
    [
      "what jobs can a cashier move up to",
      /^Among the occupations O\*NET lists as closest to Cashier, these pay more: .*First-Line Supervisor of Retail Sales Workers/,
    ],
    // The goal named first: "become X after being Y" is a move from Y.
    ["how do i become a dental hygienist after being a dental assistant", /^Dental Assistant → Dental Hygienist: /],
    ["how to become a nurse as a medical assistant", /^Medical Assistant → Registered Nurse: /],
    ["how can i become an rn if i'm already an lpn", /^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: /],
    // A change made by the role after "for": the move from it.
    ["is paralegal a good career change for a teacher", /^Elementary School Teacher \(except special education\) → Paralegal or Legal Assistant: /],
    ["is nursing a good career change for teachers", /^Elementary School Teacher \(except special education\) → Registered Nurse: /],
    // A role left for another: the move from it.
    ["is it dumb to leave nursing for software development", /^Registered Nurse → Software Developer: /],
    ["leaving my nursing job for a teaching job, good idea?", /^Registered Nurse → Elementary School Teacher \(except special education\): /],
    // Two fields set against each other: the overall verdict.
    ["i'm torn between dental hygiene and radiography", /^Better depends on what matters to you\. On the data: Dental Hygienist earns more/],
    ["choosing between welding and plumbing", /^Better depends on what matters to you\./],
    ["hey all, im 28 working retail, is it worth going back to school for accounting?", /^Retail Salesperson → Accountant: /],
    // Worth asked the other way round: never "Usually, yes" to "is it useless".
    // Whether a subject is worth taking: the jobs that draw on it, their pay and growth, not one worker's.
    [
      "is biology degree useless",
      /^Whether a biology degree pays off depends on the work it leads to, and the data doesn't link degrees to jobs; .* Of the jobs that draw on it most and usually start with a bachelor's degree or less, the best paid of those projected to grow at least as fast as all jobs \(\+3\.1% over 2024–34\): Natural Sciences Manager \(a bachelor's degree; \$167,220; \+3\.7% growth\)/,
    ],
    [
      "is engineering a good major",
      /^Whether an engineering degree pays off .* Among engineering occupations, of the jobs that draw on it most and usually start with a bachelor's degree or less, the best paid .*: Computer Hardware Engineer \(a bachelor's degree; \$161,740; \+7\.3% growth\)/,
    ],
    // Where too few jobs a bachelor's opens draw on it, all of them: historians need a master's.
    [
      "is a history degree a waste",
      /^Whether a history degree pays off .* Those that draw on it most, best paid first: Historian \(a master's degree; \$76,750; \+2\.2% growth\)/,
    ],
    // An amount of pay judged, no job named: the share of workers whose occupation's median is lower.
    [
      "is 50k a good salary",
      /^About the middle: \$50,000 a year is more than the median pay of the occupations that employ 50% of US workers \(BLS, May 2025\)\. Whether it is good depends on the job and the place/,
    ],
    [
      "is $25 an hour good pay",
      /^About the middle: \$25 an hour \(\$52,000 a year\) is more than the median pay of the occupations that employ 52% of US workers/,
    ],
    ["is 31k good pay in healthcare", /^Below most jobs: \$31,000 a year is less than the median pay of every one of the healthcare occupations/],
    ["is 500k a good salary", /^Above most jobs: \$500,000 a year is more than the median pay of the occupations that employ over 99% of US workers/],
    ["what's the lowest paying job", /^Among all occupations, the lowest median pay: Cook, Fast Food \(\$30,890\); /],
    [
      "what are the most dangerous jobs",
      /^The data doesn't measure physical demands, danger or injury rates, so I can't rank jobs on it\. What I can rank them by/,
    ],
    // An employer's pay: BLS has none by employer, then the occupation's across all employers.
    [
      "how much does google pay software engineers",
      /^I have no figures for Google: BLS publishes pay by occupation across all employers, not by employer\. Across all employers: median Software Developer \$135,980 a year/,
    ],
    [
      "does amazon pay warehouse workers well",
      /^I have no figures for Amazon \(BLS publishes pay by occupation across all employers, not by employer\)\. Below most jobs: /,
    ],
    // An associate degree in a field is a career cue: its worker's schooling, asked of that degree.
    // (Many nurses start with an associate degree: it depends, and the share saying less will do is said.)
    ["is an associates in nursing enough", /^It depends: BLS lists the typical entry education as a bachelor's degree for Registered Nurse, but \d+% /],
    // Where a job's workers go next: the closest occupations outside its line of work (not the stress of "burnout").
    [
      "Accountant burnout is real, where do CPAs go after public accounting?",
      /^The occupations O\*NET lists as closest to Accountant outside its own line of work: /,
    ],
    // ...unless it asks the way up.
    ["where do office managers go after a few years, like whats the promotion path", /^From Office Manager, the usual next steps are /],
    ["where do nurses go when they leave nursing", /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /],
    // A degree named below the usual entry, asked whether it is worth it: less than the job usually asks.
    ["is an associates in accounting worth it", /^Less than the job usually asks: BLS lists the typical entry education as a bachelor's degree for Accountant/],
    [
      "is an associates worth it for a registered nurse",
      /^Less than the job usually asks: BLS lists the typical entry education as a bachelor's degree for Registered Nurse; 57% of the workers O\*NET surveyed say a bachelor's or more is required/,
    ],
    ["loan officer commission", /^BLS's wage figures count tips and commissions\. Loan Officer earns a median of \$76,690 a year with them/],
    // A degree named for itself ("an MBA"): the jobs its level opens.
    ["Is an MBA worth it?", /^Whether an MBA pays off .* Of the jobs that draw on it most and usually start with a master's degree or less, the best paid/],
    ["which engineering has the best job prospects", /^Among engineering occupations, the fastest projected growth: Industrial Engineer \(\+11%\)/],
    [
      "is culinary school worth it",
      /^More than the job usually asks: BLS lists the typical entry education as a high-school diploma or equivalent for Chef or Head Cook/,
    ],
    // A field one moves into, one word qualifying it; layoffs are prospects.
    ["I'm a mechanical engineer with 5 years experience, how do I move into project management?", /^Mechanical Engineer → Project Manager: /],
    ["is it true that pharmacists are getting laid off everywhere?", /^The outlook is .*: jobs are projected to change/],
    // The job weighed as a whole, whether it suits the member, age, and working from home.
    ["what is the hardest part of being a nurse", /^What counts as a pro or a con depends on you\. On the data: Registered Nurse earns/],
    ["how do i know if nursing is right for me", /^Whether it suits you depends on what matters to you\./],
    ["how old do you have to be to be a firefighter", /^The data doesn't track age\. What it takes to become a Firefighter/],
    ["can UX designers work remotely", /^The data doesn't say which jobs can be done remotely\. Where the work is done: Web and Digital Interface Designer: /],
    // Rankings: no role named, but occupations to rank.
    [
      "which trade pays the most",
      /^Among skilled trades \(construction, installation, maintenance and repair\), the highest median pay: .*Electrician|Elevator/,
    ],
    // A field that is also a title ("construction") is ranked, not answered as the title.
    ["what pays the most in construction", /^Among construction occupations, the highest median pay: Elevator and Escalator Installer or Repairer/],
    ["best paying healthcare job without a degree", /^Among healthcare occupations that usually need no degree, the highest median pay: /],
    // A broad title's pay is the spread over its group, or how many of the group out-earn the role beside it.
    ["how much do engineers make", /^It depends on the kind of engineer: the medians of \d+ engineering occupations run from \$[\d,]+ a year \(/],
    ["do engineers make more than nurses", /^(Most e|E)ngineers earn more: .* engineering occupations ha(s|ve) a higher median than Registered Nurse \(\$/],
    ["do engineers make more than a nurse", /^(Most e|E)ngineers earn more: .* than Registered Nurse \(\$/],
    ["who makes more, engineers or doctors", /^(Most e|E)ngineers earn less: .* than Family Medicine Physician \(\$/],
    // Doing without med school still leaves a master's: nurse anesthetists, not surgeons.
    [
      "what's the highest paying job in healthcare without med school",
      /^Among healthcare occupations that usually need no doctoral or professional degree, the highest median pay: Nurse Anesthetist/,
    ],
    // Learners' and British English.
    ["what is different between doctor and nurse", /^Family Medicine Physician vs Registered Nurse: Overview$/],
    ["nurse is good job or not", /^The outlook is .*: jobs are projected to change/],
    ["mate is it worth being a sparky", /^The outlook is .*Median pay \$[\d,]+ \(BLS/],
    ["what do chippies earn", /^Carpenter earns a median of \$[\d,]+ a year; the middle half earn /],
    ["what percent of nurses make over 100k", /^About a quarter to half do for a Registered Nurse: /],
    ["whats the lowest pay for a cna", /^Starting pay, a year: Nursing Assistant /],
    // "that" before a plural joins a clause, and a plural title before a verb is its subject; six figures is an amount reached or not.
    ["is it true that nurses make 6 figures", /^Yes, about a quarter to half do for a Registered Nurse: \$100,000 a year/],
    // (Hours, physical demands, where the work is done: the Handbook's note on the topic asked, data/conditions.yaml.)
    [
      "how many days a week do nurses work",
      /^Nurses in hospitals and nursing homes usually work shifts around the clock, so nights, weekends and holidays are common/,
    ],
    // A route asked for at the end; a first step towards becoming one; the member's age beside "realistic".
    ["im a cna and i want to be an rn, what's the fastest route", /^Nursing Assistant → Registered Nurse: /],
    ["is becoming a dental assistant a good first step towards becoming a dentist", /^Dental Assistant → Dentist, General: /],
    ["I'm 35 with two kids, is it realistic to go back to school for nursing?", /^The data doesn't track age\. What it takes to become a Registered Nurse/],
    ["Is it better to be a cop or a firefighter in terms of retirement?", /^The data doesn't cover benefits such as pensions/],
    // Where a subject of study leads: no dataset links degrees to jobs, which is said first; O*NET's knowledge areas stand in.
    [
      "what jobs can you get with a psychology degree",
      /^The data doesn't link degrees to jobs; what it has is how much each occupation draws on Psychology knowledge .*: Clinical and Counseling Psychologist \(5\.0 of 5; a doctorate; /,
    ],
    // A liking or a strength is no degree either: the data links neither to jobs, and says so first; coding is the Programming skill.
    [
      "what's a good career for someone good at math",
      /^The data doesn't link what people like or are good at to jobs; what it has is how much each occupation draws on Mathematics knowledge .*: Mathematician \(5\.0 of 5; /,
    ],
    ["i like coding what job", /^The data doesn't link .* draws on Programming skill \(O\*NET importance, 1–5\)\. .*: Computer Programmer \(/],
    // The difficulty of a field asked of the field itself is what it takes to be its worker.
    ["is accounting hard", /^What it takes to become an Accountant: the typical entry is a bachelor's degree\./],
    ["how hard is welding", /^What it takes to become a Welder, Cutter, Solderer or Brazer: /],
    // Pay a week is worked out as pay a month is; a pay period between a short title and "pay" frames the title.
    ["cna weekly pay", /^Nursing Assistant earns a median of about \$[\d,]+ a week: \$[\d,]+ a year divided by 52 \(BLS/],
    ["rn monthly pay", /^Registered Nurse earns a median of about \$[\d,]+ a month: /],
    // A credential the member is to get, asked about, is the way into its job ("my cdl" is "a cdl").
    ["should i get my cdl", /^Whether it suits you depends on what matters to you\. On the data: Heavy and Tractor-Trailer Truck Driver /],
    ["should i get my cna license", /^Nursing assistants finish a state-approved training program and pass their state's competency exam/],
    // The kinds of one line of work, by pay: ranked among themselves, not the one role's pay.
    ["highest paid type of nurse", /^Among nursing occupations, the highest median pay: Nurse Anesthetist \(/],
    ["which doctor specialty makes the most", /^Among physicians and surgeons, the highest median pay: /],
    // What the data does not record is said first: beside a ranking, then the ranking; alone, what it can rank.
    [
      "what are the best paying remote jobs",
      /^The data doesn't say which jobs can be done remotely, so the list below is not limited to them\. Among all occupations, the highest median pay: /,
    ],
    ["what jobs have good benefits", /^The data doesn't cover benefits such as pensions or health insurance, so I can't rank jobs on it\. /],
    [
      "which jobs have the most job security",
      /^The data doesn't measure job security; projected growth is a fair sign of it\. Among all occupations, the fastest projected growth: /,
    ],
    // What schooling costs is in no dataset here: said first, then the schooling and pay it has.
    [
      "is being a pharmacist worth the debt",
      /^The data doesn't cover what schooling costs or student debt\. What it has: For a Pharmacist, BLS lists a doctorate /,
    ],
    ["lawyer vs doctor which has more student debt", /^The data doesn't cover what schooling costs or student debt\. On schooling and pay, which it has: /],
    // What a role can become is where it leads, not what it takes to become it.
    ["what can a medical assistant become", /^Among the occupations O\*NET lists as closest to Medical Assistant, these pay more: /],
    // What else a role's workers can do, asked at either mention of the title; what a credential's job leads to.
    [
      "teacher burnout, what jobs can teachers do",
      /^The occupations O\*NET lists as closest to Elementary School Teacher \(except special education\) outside its own line of work: /,
    ],
    ["what jobs can i get with a pmp", /^The occupations O\*NET lists as closest to Project Manager outside its own line of work: /],
    // Jobs a certificate opens, best paid first.
    ["best paying certifications", /^Among all occupations that usually start with a postsecondary certificate or less, the highest median pay: /],
    // Someone who hates people is weighed as an introvert is, on work with people.
    ["accountant or financial analyst for someone who hates people", /^O\*NET rates the Social interest /],
    // Whether a major is good is the prospects of the work it leads to.
    ["is accounting a good major", /^The outlook is good: jobs are projected to change /],
    // A place named beside the outlook or the way in: said first that the figures are the US's.
    ["is physiotherapy a good career in india", /^I only have US national figures, not figures for India\. The outlook is good: /],
    ["how to become a plumber in the uk", /^This is the US picture: the data has no schooling or licensing rules for the UK\. To become a Plumber, /],
    // UK and Commonwealth words: a brickie lays bricks, a chartered accountant is an accountant.
    ["how much do brickies make", /^Brickmason or Blockmason earns a median of \$[\d,]+ a year; the middle half earn /],
    // Workers of a title only a loose label gives, asked about after "do"; the seasons, as the Handbook notes them.
    ["do landscapers work in winter", /^Many grounds maintenance jobs are seasonal, with most of the work in spring, summer and fall/],
    ["landscapers do get work in the winter?", /^Many grounds maintenance jobs are seasonal, with most of the work in spring, summer and fall/],
    // A word the index has never seen before a loose name of a role makes a title the data doesn't know; a role's own title keeps it.
    ["what's the difference between a zorblax wrangler and a plumber", /^I don't know "zorblax wrangler" yet\./],
    ["is a meme curator paid more than a welder?", /^Yes: Curator earns more: /],
    // Jobs asked for by an amount of pay; an introvert's choice weighed on work with people, not on the word "programming".
    [
      "what jobs pay over 100k without a degree",
      /^Among all occupations that usually need no degree, \d+ have a median of \$100,000 a year or more; the best paid: /,
    ],
    ["what's better for an introvert, accounting or programming", /^O\*NET rates the Social interest /],
    // What a credential held opens; introverts ranked by the Social interest; a sad job is a stressful one.
    ["what jobs can i get with a cna license", /^The occupations O\*NET lists as closest to Nursing Assistant outside its own line of work: /],
    ["what can i do with my phlebotomy certificate", /^The occupations O\*NET lists as closest to Phlebotomist outside its own line of work: /],
    ["best jobs for introverts", /^The data doesn't measure what suits introverts; O\*NET's Social interest rating/],
    // Hands-on, physical or outdoor work ranked by the Realistic interest; jobs named by whom the work is with, best paid first.
    [
      "jobs for people who like working with their hands",
      /^The data doesn't measure hands-on, physical or outdoor work directly; O\*NET's Realistic interest rating/,
    ],
    ["best jobs for people who hate sitting at a desk", /^The data doesn't measure hands-on, physical or outdoor work directly; /],
    ["how physically demanding is being a mechanic", /^Automotive technicians stand for most of the day, handle greasy parts and heavy tools/],
    ["good career if i like animals", /^Among occupations working with animals, the highest median pay: Veterinarian \(\$/],
    ["best jobs for someone who loves kids", /^Among occupations working with children, the highest median pay: /],
    // A plan doubted asks whether; shorthand for work is read as O*NET writes it; a field "dead" asks its prospects.
    ["i'm 30 and thinking about becoming an electrician, too late?", /^The data doesn't track age\. What it takes to become an Electrician/],
    ["thinking of becoming a plumber, good idea?", /^The outlook is .*: jobs are projected to change/],
    ["can an lpn give iv meds", /^Yes: O\*NET lists it among the tasks of a Licensed Practical and Licensed Vocational Nurse: ".*intravenous/],
    ["is journalism dead", /^The job market is .*: jobs are projected to change/],
    ["is photography a dead career", /^The job market is .*: jobs are projected to change/],
    // Where its former workers went; how much of a school subject the work draws on; pay compared between two everyday titles.
    ["what do former nurses do", /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /],
    ["im a teacher burning out, what careers do ex teachers go into", /^The occupations O\*NET lists as closest to Elementary School Teacher/],
    ["do nurses need calculus", /^What the data shows for math: O\*NET rates Mathematics [\d.]+ of 5 for Registered Nurse/],
    ["do pharmacists need chemistry", /^Yes, more than most jobs: O\*NET rates Chemistry [\d.]+ of 5 for Pharmacist/],
    ["is there a lot of math in accounting?", /^Yes, more than most jobs: O\*NET rates Mathematics [\d.]+ of 5 for Accountant/],
    ["how much math do electricians use", /^What the data shows for math: O\*NET rates Mathematics [\d.]+ of 5 for Electrician/],
    ["do doctors make more than nurses", /^Yes: Family Medicine Physician earns more: /],
    ["eli5 what an actuary does", /^What an Actuary does \(O\*NET\): /],
    // How long, where O*NET has no training survey for the job.
    // A ranking limited by pay; a choice for someone good with numbers weighed on math.
    [
      "least stressful jobs that pay 80k",
      /^The data doesn't measure stress directly; .* Among all occupations with a median of \$80,000 a year or more, the lowest rating/,
    ],
    ["accountant or bookkeeper or auditor for someone who likes numbers", /^O\*NET rates Mathematics /],
    // A chat lead-in; a yes-or-no question after a plan; what credentials a job asks; the job weighed by its worst part.
    ["tbh is nursing even worth it anymore", /^The outlook is .*: jobs are projected to change/],
    ["ngl thinking about becoming a dental hygienist, is the money good fr", /^Yes, above most jobs: Dental Hygienist earns a median of /],
    [
      "what license do you need to be a plumber",
      /^Most states and many cities require plumbers to be licensed, usually after years of experience \(often an apprenticeship\)/,
    ],
    [
      "what certs do i need for project management",
      /^Helpful, not always required: common credentials for Project Manager are Project Management Professional \(PMP\)/,
    ],
    ["worst part about being a teacher", /^What counts as a pro or a con depends on you\. On the data: Elementary School Teacher/],
    ["who works more with people, hr or accounting", /^Human Resources Specialist involves more work with people: O\*NET rates the Social interest /],
    // Liking people, helping others: the Social interest, for one role or ranked over all of them.
    ["is hr a good career for someone who likes people", /^What the data shows for work with people: O\*NET rates the Social interest /],
    [
      "best jobs for people who like helping others",
      /^The data doesn't measure who likes working with people; O\*NET's Social interest rating .*, one per occupation group: /,
    ],
    ["i got a psych degree, what now", /^The data doesn't link degrees to jobs; what it has is how much each occupation draws on Psychology knowledge/],
    // The best with no measure named: pay and outlook together, said to depend on the member.
    [
      "what trade should i learn",
      /^Best depends on what matters to you\. Among skilled trades .*, the best paid of those projected to grow at least as fast as all jobs /,
    ],
    ["best healthcare jobs", /^Best depends on what matters to you\. Among healthcare occupations, /],
    ["what jobs are safe from AI", /^The data doesn't rate how exposed jobs are to AI; .* Among all occupations, the fastest projected growth: /],
    ["is it worth getting a PMP", /^Helpful, not always required: common credentials for Project Manager are Project Management Professional \(PMP\)/],
    // A title's own words ask nothing: "physical" in "physical therapist" is no question about physical work.
    ["what's better for work life balance, pharmacist or physical therapist", /^Pharmacist: Most work full time; .*Physical Therapist: Most work full time/],
    // Places asked about as a kind: the figures are national, said first.
    ["best cities for software engineers", /^I only have US national figures, not figures for each city: median Software Developer /],
    ["best states for nurses", /^I only have US national figures, not figures for each state: median Registered Nurse /],
    // A title ruled out is left out of the field's ranking, every occupation with it.
    [
      "i want to work with kids but not as a teacher, options?",
      /^Among occupations working with children other than "teacher", the highest median pay: (?!.*Teacher)/,
    ],
    ["what jobs working with animals besides vet", /^Among occupations working with animals other than "vet", the highest median pay: (?!Veterinarian)/],
    // Finding work is the job market; cons alone weigh the job; a move asked of others is still a move.
    ["is it hard to find a job as a graphic designer", /^The outlook is [a-z ]+: jobs are projected to change /],
    ["cons of being an electrician", /^What counts as a pro or a con depends on you\. On the data: Electrician/],
    [
      "thinking about leaving teaching for instructional design, anyone done it?",
      /^Elementary School Teacher \(except special education\) → Instructional Coordinator: /,
    ],
    [
      "how long to become an accountant",
      /^To become an Accountant: a bachelor's degree is the typical entry \(usually 4 to 5 years\)\. O\*NET puts it in Job Zone 4 of 5/,
    ],
    [
      "which is more physically demanding, nursing assistant or home health aide",
      /^Nursing Assistant: The work is strenuous; .* Home Health Aide: The work can be physically and emotionally demanding/,
    ],
    ["is being a mortician depressing", /^The data doesn't measure stress directly, but it is a fair sign: /],
    ["which jobs are in high demand in 2026", /^Among all occupations, the most openings a year: /],
    // A question put to the channel without its mark; "do u like it" asks whether the work is liked.
    ["any1 know what a data analyst makes", /^Data Scientist earns a median of \$[\d,]+ a year; the middle half earn /],
    ["ppl who are accountants, do u like it", /^Whether work feels boring or rewarding depends on you; /],
    // O*NET's "X or Y" title typed as two titles set side by side.
    ["paralegal or legal assistant, same thing?", /^Paralegal or Legal Assistant: one role, several titles \(Overview\)$/],
    // "a good trade" names the job as "a good job" does; circumstances the data doesn't cover are said to be so.
    ["Is plumbing a good trade to learn?", /^The outlook is .*: jobs are projected to change/],
    ["can i become a police officer with tattoos", /^The data doesn't cover personal circumstances like that: /],
    // Two fields in a backstory of up to 40 words.
    [
      "hey so im 24 and working at amazon warehouse rn, thinking about going to school for either radiology or dental hygiene. which one would be better for me long term?",
      /^Better depends on what matters to you\. On the data: Dental Hygienist earns more/,
    ],
    // Titles O*NET does not list as such.
    ["is being a travel nurse worth it", /^The outlook is .*: jobs are projected to change/],
    [
      "alternatives to teaching",
      /^The occupations O\*NET lists as closest to Elementary School Teacher \(except special education\) outside its own line of work: /,
    ],
    // Prospects asked as "is it good to be" or "the scope of"; a roadmap is the way in; gig delivery drivers.
    ["is it good to be a bank teller", /^The job market is shrinking: jobs are projected to change -/],
    ["what is the scope of nursing", /^The outlook is good: jobs are projected to change \+[\d.]+% over 2024–34/],
    ["data analyst roadmap", /^To become a Data Scientist, /],
    [
      "doordash driver pay",
      /^DoorDash's drivers and shoppers work as independent contractors, and BLS's figures count employees only, so the data can't say what DoorDash pays\. Employees in the same work: median Light Truck Driver /,
    ],
    // The field's school gone to from a role is the move into its work, and the pay jump asked comes first.
    [
      "As a current paralegal, should I go to law school? Is the pay jump worth it?",
      /^Paralegal or Legal Assistant → Lawyer: the median pay rises \d+%, from \$[\d,]+ to \$[\d,]+ a year/,
    ],
    // What the channel thinks of being one: the prospects.
    ["what do you think about being a flight attendant", /^The outlook is .*: jobs are projected to change/],
    ["what do you guys think about being a nurse", /^The outlook is .*: jobs are projected to change/],
    // Official titles of seven words and more, typed whole.
    [
      "first line supervisor of retail sales workers salary",
      /^First-Line Supervisor of Retail Sales Workers earns a median of \$[\d,]+ a year; the middle half earn /,
    ],
    [
      "mental health and substance abuse social worker salary",
      /^Mental Health and Substance Abuse Social Worker earns a median of \$[\d,]+ a year; the middle half earn /,
    ],
    // The title without its brackets, and each of its two jobs, name the occupation.
    [
      "what does an environmental science and protection technician do",
      /^What an Environmental Science and Protection Technician \(including health\) does \(O\*NET\): /,
    ],
    ["elevator and escalator repairer salary", /^Elevator and Escalator Installer or Repairer earns a median of \$[\d,]+ a year; the middle half earn /],
    // Two titles of one occupation another occupation claims only now and then stay one role.
    ["fitness instructor vs personal trainer", /^Exercise Trainer or Group Fitness Instructor: one role, several titles \(Overview\)$/],
    // Pay asked per month: the year divided by 12, said so.
    ["salary of a data scientist per month", /^Data Scientist earns a median of about \$[\d,]+ a month: \$[\d,]+ a year divided by 12 \(BLS, /],
    // A move to a role that starts with less schooling says so, not "the same".
    [
      "from registered nurse to dental hygienist",
      /^Registered Nurse → Dental Hygienist: .*Dental Hygienist usually starts with less schooling \(an associate degree, against a bachelor.s degree\)\. Dental hygienists usually need an associate degree in dental hygiene; .* Every state licenses dental hygienists/,
    ],
    // Time off is the balance the data doesn't measure; a request after a lead-in clause is still asked.
    ["do teachers get summers off", /^Kindergarten and elementary school teachers .*most do not work in the summer/],
    ["do nurses get vacation", /^Nurses in hospitals and nursing homes usually work shifts around the clock, so nights, weekends and holidays are common/],
    ["i'm 35 with no degree, what career should i go for", /^Best depends on what matters to you\. Among all occupations that usually need no degree, /],
    // Residency asked about is the way in; pay during it is pay.
    [
      "how long is residency for doctors",
      /^What it takes to become a Family Medicine Physician: the typical entry is a doctorate \(usually at least 3 years after a bachelor's degree of 4 to 5\), then internship\/residency\./,
    ],
    [
      "how long does it take to become a doctor",
      /^To become a Family Medicine Physician: Medical school takes four years .*\. A doctorate is the typical entry \(usually at least 3 years after a bachelor's degree of 4 to 5\), then internship\/residency \(BLS\); once hired, /,
    ],
    ["what do doctors make during residency", /^Family Medicine Physician: Salary$/],
    // Other work asked for: "jobs are like it", a backup career if the way in fails.
    ["what other jobs are like nursing", /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /],
    [
      "what's a good backup career if i don't get into nursing school",
      /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /,
    ],
    ["i need a backup of my resume, what does a paralegal do", /^What a Paralegal or Legal Assistant does \(O\*NET\): Assist lawyers/],
    // Whether a named degree is enough, and "masters" as a degree rather than an unknown job.
    [
      "can you be a physical therapist with just a bachelors",
      /^Usually not: BLS lists the typical entry education as a doctorate for Physical Therapist; \d+% of the workers O\*NET surveyed say a master's degree or more is required\.$/,
    ],
    ["can I be a PA without a masters", /^Usually not: BLS lists the typical entry education as a master's degree for Physician Assistant/],
    // "Do X have to be Y first": whether Y is the way into X; the route answers it.
    ["do judges have to be lawyers first?", /^Lawyer → Judge, Magistrate Judge or Magistrate: /],
    ["do I need a degree to be an operations manager", /^(Usually, yes|Often, yes|It depends): .*bachelor's degree.* \d+% of the workers O\*NET surveyed/],
    ["is office manager a dead end job", /^The job market is (shrinking|growing|.*): jobs are projected to change .*openings a year.*It leads on to /],
    ["which is more stressful, store or warehouse manager", /^The data doesn't measure stress directly\. .*Stress Tolerance/],
    ["which has better work-life balance, store manager or warehouse manager", /^The data doesn't measure work-life balance or hours directly\./],
    ["I'm an admin assistant, what skills do I need to become an EA", /^Administrative Assistant → Executive Assistant: /],
    ["what certifications do I need for project management", /Project Manager/],
    ["what does an HR manager earn in London", /^I only have US national figures, not figures for London: median Human Resources Manager \$/],
    ["what does an HR manager earn in Texas", /^I only have US national figures, not figures for Texas/],
    ["how do I get from medical assistant to RN?", /^Medical Assistant → Registered Nurse: .*more schooling/],
    // Pay asked about a move: the change first; two medians under 3% apart are about the same.
    ["going from cna to rn, what's the pay bump", /^Nursing Assistant → Registered Nurse: the median pay rises \d+%, from \$[\d,]+ to \$[\d,]+ a year \(BLS, /],
    ["i'm a teacher thinking about becoming a school counselor, pay difference?", /^Elementary School Teacher .* → .*: the median pay is about the same, /],
    ["is nursing a good career", /^The outlook is .*: jobs are projected to change/],
    ["accountant vs financial analyst which is more boring", /^Whether work feels boring or rewarding depends on you; .*interest profiles: /],
    ["is nursing rewarding", /^Whether work feels boring or rewarding depends on you; .*Registered Nurse leans Social/],
    [
      "how long to become a pharmacist",
      /^To become a Pharmacist: A Doctor of Pharmacy usually takes four years .*\. A doctorate is the typical entry \(usually at least 3 years after a bachelor's degree of 4 to 5\), then 1 to 3 months of on-the-job training is the middle answer/,
    ],
    [
      "how long does it take to become an electrician",
      /^To become an Electrician: .* then apprenticeship \(usually 3 to 5 years, BLS\); once hired, 1 to 2 years of on-the-job training is the middle answer of Electrician workers surveyed by O\*NET \(37% say 4 to 10 years\)\. Most states require electricians to be licensed/,
    ],
    [
      "fastest way to become a nurse",
      /^To become a Registered Nurse: Nursing programs usually take two to three years .*\. A bachelor's degree is the typical entry \(usually 4 to 5 years\), then 3 to 6 months of on-the-job training/,
    ],
    [
      "should I go into nursing or radiology",
      /^Better depends on what matters to you\. On the data: Registered Nurse earns more: .* vs .* for Radiologic Technologist or Technician/,
    ],
    [
      "how much school for a radiologist",
      /^For a Radiologist, BLS lists a doctorate as the typical entry education, then internship\/residency; \d+% of the workers/,
    ],
    // Asked how long, how long the job's own programs take follows the level (data/routes.yaml), or else
    // the length BLS gives that level of schooling.
    [
      "how long is nursing school",
      /^For a Registered Nurse, BLS lists a bachelor's degree as the typical entry education;.* Nursing programs usually take two to three years for an associate degree or a diploma, and four years for a bachelor's degree\.$/,
    ],
    ["how long is paramedic school", /BLS describes a postsecondary certificate program as lasting a few weeks to about 2 years\.$/],
    ["how long is law school", /Law school \(the J\.D\.\) usually takes three years, after a bachelor's degree\.$/],
    [
      "how long is school for a podiatrist",
      /BLS describes a doctoral or professional degree as usually at least 3 years of full-time study after a bachelor's degree\.$/,
    ],
    // "Year" in the singular, as members type it.
    ["how many year study for become lawyer", /^For a Lawyer, BLS lists a doctorate as the typical entry education/],
    ["i am 45 can i still become nurse", /^The data doesn't track age\. What it takes to become a Registered Nurse: /],
    ["what qualifications does an HR manager need", /^For a Human Resources Manager, BLS lists a bachelor's degree as the typical entry education/],
    ["how competitive is it to become a physician assistant", /^What it takes to become a Physician Assistant: the typical entry is a master's degree\./],
    [
      "what are the hours like for a nurse",
      /^Nurses in hospitals and nursing homes usually work shifts around the clock, so nights, weekends and holidays are common/,
    ],
    [
      "is being an accountant boring compared to being an auditor",
      /^Whether work feels boring or rewarding depends on you; .*Accountant leans Conventional[^.]*\)\.$/,
    ],
    [
      "nurse or accountant for an introvert",
      /^Accountant involves less work with people, which suits most introverts: O\*NET rates the Social interest Registered Nurse/,
    ],
    [
      "how stressful is being an air traffic controller",
      /^The data doesn't measure stress directly, but it is a fair sign: O\*NET rates Stress Tolerance .* Air Traffic Controller/,
    ],
    // Apprentices are counted with the trade they learn (SOC coding), whichever way round it is typed.
    [
      "electrician apprentice vs plumber apprentice pay",
      /^Starting pay, a year: Electrician \$[\d,]+–\$[\d,]+ \(10th–25th percentile, BLS, [^)]+\); Plumber, Pipefitter or Steamfitter \$/,
    ],
    // A yes-or-no comparison is settled for the first role named, "less than" included.
    ["does an lpn make less than an rn", /^Yes: Registered Nurse earns more: /],
    ["is a paralegal paid less than a legal secretary", /^No: Paralegal or Legal Assistant earns more: /],
    ["is a medical assistant paid the same as a cna", /^No: Medical Assistant earns more: /],
    ["is a plumber paid the same as an electrician", /^Yes, about the same: median /],
    ["is nursing more stressful than accounting", /^Probably yes: The data doesn't measure stress directly\. Registered Nurse is likely the more stressful: /],
    ["is accounting less stressful than nursing", /^Probably yes: The data doesn't measure stress directly\. Accountant is likely the less stressful: /],
    // Two different occupations asked about as one: no, and what sets them apart follows.
    [
      "is a medical assistant the same as a cna",
      /^No: the data counts them as different occupations, Medical Assistant \(O\*NET-SOC 31-9092\.00\) and Nursing Assistant /,
    ],
    // (Hours are not measured: each one's note on them, never a yes or no.)
    ["do lawyers or doctors work longer hours", /^Lawyer: Most lawyers work full time .*Family Medicine Physician: Most work full time/],
    // (...nor noted for bakers: said, then the pay the data has.)
    [
      "do opticians or dental lab techs work longer hours",
      /^The data doesn't measure work-life balance or hours directly\.[^:]* On pay, which it has: [^:]+ earns more: /,
    ],
    ["accountant or actuary for someone good at math", /^Actuary needs more math: O\*NET rates Mathematics Actuary /],
    [
      "is a ceo the same as a coo",
      /^Not quite: the data counts Chief Executive and Chief Operating Officer in one occupation \(Chief Executives\), but they are different jobs\. What each does: Chief Executive \(O\*NET\): Determine /,
    ],
  ])("%s", (question, first) => expect(firstLine(question)).toMatch(first));

  it("a 'same' question between two occupations still leads with their key difference", () => {
    const { answer } = engine.ask("is a medical assistant the same as a cna");
    expect(answer.verdict?.text).toMatch(/^No: /);
    // Their widest gap is growth (+12.5% vs +2.3%, BLS 2024-34); pay differs by a few percent.
    expect(answer.keyDifference?.text).toMatch(/^Medical Assistant is projected to grow faster: \+[\d.]+% vs \+[\d.]+% for Nursing Assistant/);
  });

  it("a distinctive skill or knowledge area is one that matters to the role itself (rated important)", () => {
    const { answer } = engine.ask("medical assistant vs cna");
    expect(answer.keyDifference?.text).not.toMatch(/Philosophy and Theology|Transportation/);
  });

  it.each([
    "is the server down",
    "the doctor said i need rest",
    "gonna doctor the photo",
    "there is an app for that now",
    "gm all",
    "gm rn lol",
    "hey office manager",
    "nvidia driver vs amd driver",
    // One person at the member's own place.
    "what do you guys think about the nurse at my school lol",
  ])("chat stays chat: %s", (question) => {
    expect(engine.ask(question).parsed.intent).toBe("none");
  });

  it("a broad word's group answer has a button per common kind, set beside the role named: 'do engineers make more than nurses'", () => {
    const codec = new CustomIdCodec(engine.roleIds);
    const { answer } = engine.ask("do engineers make more than nurses");
    const picks = answerComponents(answer, codec, "42")
      .flatMap((row) => row.components.map((c) => ("custom_id" in c ? codec.decode(c.custom_id) : null)))
      .filter((a) => a?.kind === "pick");
    expect(picks).toContainEqual({ kind: "pick", aspect: "salary", roleIds: ["29-1141.00", "17-2051.00"], askerId: "42" });
  });

  it("a broad word alone asks which one, offering the commonest: 'what does an engineer do'", () => {
    const { answer } = engine.ask("what does an engineer do");
    expect(answer.tooBroad).toBe(true);
    expect(answer.suggestions.map((s) => s.roleId)).toContain("17-2051.00");
    // ...but its field judged is the field's outlook.
    expect(engine.ask("is engineering a good career").parsed.ranking).toMatchObject({ field: { label: "engineering occupations" }, fieldOutlook: true });
  });

  it("a broad title's group judged: its outlook, with its commonest kinds offered", () => {
    const { answer } = engine.ask("are engineers in demand");
    expect(answer.notes).toContainEqual(expect.objectContaining({ kind: "broad-title", head: "engineer" }));
    expect(answer.heading).toBe("Engineering occupations: Outlook");
  });

  it.each([
    ["engineer salary", "17-2051.00"],
    ["designer salary", "27-1024.00"],
    ["what does a scientist earn", "15-2051.00"],
  ])("%s: a broad word's pay is its group's, with the commonest kinds still offered", (question, common) => {
    const { answer } = engine.ask(question);
    expect(answer.verdict?.text).toMatch(/^It depends on the kind of /);
    const note = answer.notes.find((n) => n.kind === "broad-title");
    expect(note?.kind === "broad-title" && note.choices.map((c) => c.roleId)).toContain(common);
  });

  it("two titles of one occupation set as a move say they are one role: 'staff nurse to charge nurse'", () => {
    // (The move itself is answered first: one occupation in the data, and how pay spreads within it.)
    expect(firstLine("staff nurse to charge nurse")).toMatch(/^Staff nurse → charge nurse: the data counts both titles as one occupation \(Registered Nurse\)/);
    expect(renderText(engine.ask("staff nurse to charge nurse").answer)).toContain("Registered Nurse: one role, several titles (Overview)");
  });

  it("two titles of one occupation asked about as 'the same' say they are one role", () => {
    expect(firstLine("are radiographers and radiologic technologists the same")).toBe(
      "Radiologic Technologist or Technician: one role, several titles (Overview)",
    );
  });

  it("a path lists the route, the skills to build, the education gap and the pay change", () => {
    const { answer } = engine.ask("how do I get from medical assistant to RN?");
    expect(answer.kind).toBe("path");
    expect(answer.path?.steps.map((s) => s.label)).toEqual(expect.arrayContaining(["Skills to build", "Entry education", "Median pay"]));
  });

  it.each<[string, string[]]>([
    ["what do RNs earn", ["29-1141.00"]],
    // Federal agents are O*NET's criminal investigators (title-preferences.yaml), not artists' agents.
    ["FBI agent salary", ["33-3021.00"]],
    ["how much do fbi agents make", ["33-3021.00"]],
    // The schooling after a title moved to ("bridge", "program") is the way to that job.
    ["paramedic to nurse bridge", ["29-2043.00", "29-1141.00"]],
    ["cna to nurse program", ["31-1131.00", "29-1141.00"]],
    // A field set beside a title with a choice asked: the field's worker against the title.
    ["phlebotomy or cna which is better", ["31-9097.00", "31-1131.00"]],
    // The member's own job, then the question with no comma: the move to the school's work.
    ["im a cna is it worth going to nursing school", ["31-1131.00", "29-1141.00"]],
    // A slip in a field noun (a letter left out or swapped) is corrected before its worker is read.
    ["is nusring a good career", ["29-1141.00"]],
    ["how to get into acounting", ["accountant"]],
    ["wellding vs plumbing", ["51-4121.00", "47-2152.00"]],
    ["i work as a paralegal should i go to law school", ["23-2011.00", "23-1011.00"]],
    // Fields named for their work: hospitality is running a hotel (not a "hospitalist"), animation the animator's.
    ["is hospitality a good career", ["11-9081.00"]],
    ["is animation a good career", ["27-1014.00"]],
    ["do nurse practitioners make more than RNs", ["29-1171.00", "29-1141.00"]],
    ["which one takes longer, becoming an architect or becoming a civil engineer", ["17-1011.00", "17-2051.00"]],
    ["is nursing a good career", ["29-1141.00"]],
    ["phlebotomy skills needed??", ["31-9097.00"]],
    ["police officer to detective, how long", ["33-3051.00", "33-3021.00"]],
    ["is cna a good job", ["31-1131.00"]],
    // The member's own job is where they start: the fields set side by side after it are the choice.
    ["I'm 28, currently a barista, thinking of going back to school. Nursing or dental hygiene?", ["29-1141.00", "29-1292.00"]],
    ["Nursing or dental hygiene?", ["29-1141.00", "29-1292.00"]],
    // "apprentice" alone names no trade: the trade before it does; "cdl" is the driver, and its pay is asked.
    ["hvac apprentice pay", ["49-9021.00"]],
    ["cdl class a pay", ["53-3032.00"]],
    // A chat word at the end doesn't unask it.
    ["what do nurses make lol", ["29-1141.00"]],
    // "danger" is a word, not a typo of a paperhanger's "hanger".
    ["is being a lineman worth the danger", ["49-9051.00"]],
    // Slash shorthand written out ("b/w" is not "b with"), and a title before a preposition is no noun modifier.
    ["what's the diff b/w an LPN and an RN", ["29-2061.00", "29-1141.00"]],
    ["can I become a nurse w/o a degree", ["29-1141.00"]],
    ["is it possible to become a nurse without a degree", ["29-1141.00"]],
    // Editors' titles for the shop floor; "shift supervisor" with "police" beside it stays with the police.
    ["assistant manager salary", ["41-1011.00"]],
    ["how do I go from cashier to shift lead", ["41-2011.00", "41-1011.00"]],
    ["police shift supervisor salary", ["33-1012.00"]],
    // "Good move?" after two fields is a career move.
    ["from teaching to instructional design, good move?", ["25-2021.00", "25-9031.00"]],
    ["from retail to payroll clerk, good move?", ["41-2031.00", "43-3051.00"]],
    // Fields on both sides of a comparison, and generic titles read as their usual occupation.
    ["is data science worth it compared to software engineering", ["15-2051.00", "15-1252.00"]],
    ["is medicine or nursing better paid", ["29-1215.00", "29-1141.00"]],
    ["is cybersecurity a good career", ["15-1212.00"]],
    ["doctor vs nurse salary", ["29-1215.00", "29-1141.00"]],
    ["how much does a programmer make", ["15-1251.00"]],
    // "is a nurse rewarding": a last word after "is a <title>" says what the job is like.
    ["is a nurse rewarding", ["29-1141.00"]],
    ["is being a server hard", ["35-3031.00"]],
    // ...and so does a word after "being a <title>" ("hard on your body" is no "mechanic hard").
    ["is being a mechanic hard on your body", ["49-3023.00"]],
    ["is being a nurse bad for your back", ["29-1141.00"]],
    // Two fields side by side are two careers; "nursing or teaching" is no "nursing teacher".
    ["welding vs machining", ["51-4121.00", "51-4041.00"]],
    ["is hr or accounting better for someone who likes people", ["13-1071.00", "accountant"]],
    ["nursing or teaching for an introvert", ["29-1141.00", "25-2021.00"]],
    ["nursing vs teacher pay", ["29-1141.00", "25-2021.00"]],
    // "dev" is chat for developer; O*NET writes "Back End Developer" and "Front End Developer" apart.
    ["game dev vs web dev", ["15-1252.00", "15-1254.00"]],
    ["backend developer vs frontend developer", ["15-1254.00"]],
    // A school named by its field's word; "medical billing and coding" is one trade.
    ["how competitive is dental school", ["29-1021.00"]],
    ["which is harder to get into, med school or law school", ["29-1215.00", "23-1011.00"]],
    ["medical billing and coding vs medical assistant", ["29-2072.00", "31-9092.00"]],
    // Tech and sales shorthand O*NET does not list: "sde vs sre" are two titles of one occupation.
    ["sde vs sre", ["15-1252.00"]],
    ["sdet salary", ["15-1253.00"]],
    ["mle salary", ["15-2051.00"]],
    ["bdr vs sdr", ["41-3091.00"]],
    ["hrbp salary", ["13-1071.00"]],
    ["special ed teacher salary", ["25-2056.00"]],
    // The role a move starts from, named after the goal.
    ["how to become a nurse practitioner from rn", ["29-1171.00", "29-1141.00"]],
    // A field set beside two roles is the third.
    ["software dev vs data scientist vs cybersecurity, which has the best outlook", ["15-1252.00", "15-2051.00", "15-1212.00"]],
    // Marketing beside sales: each field's usual job.
    ["which career has more growth potential, marketing or sales", ["13-1161.00", "41-4012.00"]],
    // ...only a field that names work: no biologist from "(biology)", no trainer from "training".
    ["lab technician (biology) vs chemist", ["29-2012.00", "19-2031.00"]],
    ["what are the main differences between HVAC and electrical work in terms of pay and training?", ["49-9021.00", "47-2111.00"]],
    // The Chartered Financial Analyst, not O*NET's "CFA" (a surgical first assistant).
    ["cpa vs cfa", ["accountant", "13-2051.00"]],
    // Past a comma, "who" asks ("who earns more"); it does not say which doctor.
    ["the nurse or the doctor, who earns more", ["29-1141.00", "29-1215.00"]],
    // ...and "who earns more" without the comma: a comparison after "who" asks.
    ["the nurse or the doctor who earns more", ["29-1141.00", "29-1215.00"]],
    // O*NET's Vascular Technologist is a cardiovascular technologist.
    ["vascular tech vs echo tech", ["29-2031.00", "29-2032.00"]],
    // After a modal and an article, an everyday title is the subject of the verb that follows.
    ["can a nurse draw blood", ["29-1141.00"]],
    // A loose label away from "or" is no third role ("children" is a label of child social workers).
    ["teacher or nurse which one works with children", ["25-2021.00", "29-1141.00"]],
    // A job asked about by name; two everyday titles named as jobs in a question are compared.
    ["tell me about plumber job", ["47-2152.00"]],
    ["which is more better job nurse or doctor", ["29-1141.00", "29-1215.00"]],
    // "wonder" is no typo of "winder".
    ["i wonder what a paralegal does", ["23-2011.00"]],
    // O*NET files "Electrician Apprentice" under the helpers, but BLS counts apprentices with the trade
    // they learn (SOC coding): either way round it is the trade at its start, as "junior" is (the
    // starting band answers); "apprentice" alone names no trade, and a helper is a helper.
    ["electrician apprentice salary", ["47-2111.00"]],
    ["electrician helper salary", ["47-3013.00"]],
    ["how much do apprentice electricians make", ["47-2111.00"]],
    // Two titles of one role are both taken: no field read into the second.
    ["hvac tech vs hvac installer", ["49-9021.00"]],
    ["ems vs fire which is better", ["29-2043.00", "33-2011.00"]],
    ["police salary", ["33-3051.00"]],
    // "same" and "gap" set two lower-case abbreviations side by side; "hourly" is pay.
    ["do lpns and rns do the same thing", ["29-2061.00", "29-1141.00"]],
    ["what's the pay gap between pa and np", ["29-1071.00", "29-1171.00"]],
    ["electrician hourly vs plumber hourly", ["47-2111.00", "47-2152.00"]],
    // Applied behavior analysis: O*NET's homes for the BCBA and the RBT.
    ["rbt vs bcba", ["29-2053.00", "21-1014.00"]],
    ["is hvac hard to learn", ["49-9021.00"]],
    // "type" as a noun is no question about how to use the bot.
    ["what personality type is good for nursing", ["29-1141.00"]],
    ["thinking about going from nursing into software engineering", ["29-1141.00", "15-1252.00"]],
    // A nursing home is where the administrator works: one occupation with two titles.
    ["hospital administrator vs nursing home administrator", ["11-9111.00"]],
    ["is UX design still a good career in 2026", ["15-1255.00"]],
    // "The same": two titles of one occupation are compared, one role with several titles.
    ["are radiographers and radiologic technologists the same", ["29-2034.00"]],
    // The curated Accountant carries the occupation Accountants and Auditors: one role, two titles.
    ["auditor vs accountant salary", ["accountant"]],
    // A clause break ends a title: not "school psychologist", not "senior operations manager".
    ["which needs more years of school, psychologist or psychiatrist", ["19-3033.00", "29-1223.00"]],
    ["which is more hands-on, production manager or operations manager", ["production-manager", "operations-manager"]],
    ["who earns more, a high school teacher or a school social worker?", ["25-2031.00", "21-1021.00"]],
    ["which pays better: welding or hvac", ["51-4121.00", "49-9021.00"]],
    ["im 35 and a warehouse worker, could i realistically become an electrician", ["53-7062.00", "47-2111.00"]],
    // "Profitable" and "lucrative" ask about pay, and make a field a career question.
    ["is painting profitable", ["47-2141.00"]],
    ["is nursing lucrative", ["29-1141.00"]],
    // Editors' preferences for shared titles whose O*NET names point at a small occupation.
    ["purchasing manager vs buyer", ["11-3061.00", "13-1023.00"]],
    ["assembler to production supervisor, what do I need", ["51-2092.00", "51-1011.00"]],
    // A question after a statement: "what's the pay" reads as "what the pay".
    ["my sister is a nurse, what's the pay", ["29-1141.00"]],
    // An editor's word is never a slip in the data: "uber" is not "tuber", "lyft" not "lift".
    ["how much does a uber driver make", ["53-3054.00"]],
    ["lyft driver salary", ["53-3054.00"]],
    // A comparative after an everyday title is no noun it describes: "a nurse harder than".
    ["is being a nurse harder than being an accountant", ["29-1141.00", "accountant"]],
    // Lower-case plurals of two-letter abbreviations, and titles O*NET writes only in longer forms.
    ["do nps make more than rns", ["29-1171.00", "29-1141.00"]],
    ["rns vs lpns", ["29-1141.00", "29-2061.00"]],
    ["IT support salary", ["15-1232.00"]],
    ["pros and cons of being a pharmacist", ["29-1051.00"]],
    // A long typo equally near a title and another word is the title; chat spellings of question words.
    ["how much do electricans make", ["47-2111.00"]],
    ["waht does a phlebotomist do", ["31-9097.00"]],
    // The member's own job is where they stand, not one of the choices.
    ["i'm 28 and working as a barista. dental hygienist or radiographer, which one has better pay?", ["29-1292.00", "29-2034.00"]],
    // "rn" closing a clause is "right now", unless the title is typed again.
    ["im a cashier rn. bookkeeper or bank teller, which pays better?", ["bookkeeper", "43-3071.00"]],
    ["im a CNA rn (lol not an RN) how do i get to actually being an RN", ["31-1131.00", "29-1141.00"]],
    ["barista vs nurse vs teacher which pays more", ["35-3023.01", "29-1141.00", "25-2021.00"]],
    // A lower-case "or" joins two roles; it does not open O*NET's "OR Nurse".
    ["which has a better future, pharmacist or nurse practitioner", ["29-1051.00", "29-1171.00"]],
    // A word past a comma is no noun the title before it describes ("broker, steps").
    ["real estate agent to broker, steps", ["41-9022.00", "41-9021.00"]],
    // "vs" compares two everyday titles outright; "server or driver" alone may still be chat.
    ["chef vs cook whats the difference", ["35-1011.00", "35-2014.00"]],
    // The curated COO is one of O*NET's Chief Executives, a role of its own beside the CEO.
    ["CEO vs COO who's higher", ["11-1011.00", "chief-operating-officer"]],
    // A plural abbreviation right after the opening auxiliary asks about the job.
    ["do cnas give meds", ["31-1131.00"]],
    ["can lpns start ivs", ["29-2061.00"]],
  ])("%s: the roles meant, and no others", (question, codes) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual(codes);
  });

  it("'which one does X' between two roles looks the work up in each role's tasks", () => {
    expect(firstLine("psychologist or psychiatrist which one prescribes meds")).toMatch(
      /^Psychiatrist: O\*NET lists it among the tasks of a Psychiatrist: "Prescribe.*"; none of those listed for a Clinical and Counseling Psychologist mention it\.$/,
    );
    expect(firstLine("pa vs np, which one can prescribe medication")).toMatch(/^Both: O\*NET lists it among the tasks of a Physician Assistant: "Prescribe/);
    // Schooling, pay, seniority are verdicts of their own, whatever words the tasks share ("degree", "degrease").
    expect(firstLine("which one needs a degree, plumber or electrician")).not.toMatch(/O\*NET lists it/);
    expect(firstLine("CNA or LPN - which should i start with")).not.toMatch(/O\*NET lists it/);
  });

  it("benefits asked about: the data has none, then the pay it has, with no yes or no", () => {
    expect(firstLine("do nurses get good benefits")).toMatch(
      /^The data doesn't cover benefits such as pensions or health insurance\. Pay, which it has: Registered Nurse earns a median of \$[\d,]+ a year/,
    );
    expect(firstLine("do nurses get pensions")).not.toMatch(/^Yes/);
  });

  it("a nursing degree asked about is the registered nurse's way in", () => {
    expect(engine.ask("is a bsn worth it").parsed.roles.map((r) => r.roleId)).toEqual(["29-1141.00"]);
    expect(firstLine("is a bsn worth it")).toMatch(
      /^It is the usual way in: BLS lists the typical entry education as a bachelor's degree for Registered Nurse/,
    );
    expect(engine.ask("bsn vs adn").parsed.aspect).toBe("requirements");
  });

  it("a bare 'mechanic' is the car mechanic, named with the other meanings instead of asked about", () => {
    const [mechanic] = engine.ask("what do mechanics make").parsed.roles;
    expect(mechanic?.roleId).toBe("49-3023.00");
    expect(mechanic?.tossUp).toBeFalsy();
    expect(mechanic?.alternatives).toContain("49-9041.00");
    expect(firstLine("is a mechanic paid more than a welder?")).toMatch(/^No: Welder, Cutter, Solderer or Brazer earns more/);
  });

  it("a slip the data itself has is still corrected: 'tecnician' and 'enginer' are in a few names, 'technician' in thousands", () => {
    expect(engine.ask("becoming a pharmacy tecnician worth it?").parsed.roles.map((r) => r.roleId)).toEqual(["29-2052.00"]);
    expect(engine.ask("sofware enginer salary").parsed.roles.map((r) => r.roleId)).toEqual(["15-1252.00"]);
    // Shorter words in a few names are words of their own: "lender" is no slip for "tender".
    expect(
      engine
        .ask("loan officer vs mortgage lender pay")
        .parsed.roles.map((r) => engine.roleTitle(r.roleId))
        .join(" "),
    ).not.toMatch(/Tender/);
  });

  it("a degree named with an apostrophe is a degree, not an unknown job", () => {
    expect(engine.ask("is a master's worth it for social work").parsed.unknownRoles).toEqual([]);
  });

  it.each([
    ["server to bartender, how do i make the switch", "career"],
    ["what do bartenders make", "salary"],
    ["are librarians still needed", "outlook"],
  ])("%s: the aspect asked (%s)", (question, aspect) => {
    expect(engine.ask(question).parsed.aspect).toBe(aspect);
  });

  it("a verdict or path cites what backs it: the wage tables and projections it quotes, beside O*NET", () => {
    const { answer } = engine.ask("how do I get from medical assistant to RN?");
    expect(answer.sources.map((s) => s.kind)).toEqual(expect.arrayContaining(["wage-table", "projections", "occupation-database"]));
  });

  it("a schooling length cites BLS's definitions of its education levels, and only when asked how long", () => {
    const urls = (q: string) => engine.ask(q).answer.sources.map((s) => s.url);
    expect(urls("how long is paramedic school")).toContain("https://www.bls.gov/emp/documentation/education/tech.htm");
    expect(urls("how much school to be a nurse")).not.toContain("https://www.bls.gov/emp/documentation/education/tech.htm");
  });

  it("an employer and a place named: both said once, first, and no note says the place again", () => {
    const { answer } = engine.ask("walmart cashier pay in texas");
    expect(answer.verdict?.text).toMatch(
      /^I have no figures for Walmart \(BLS publishes pay by occupation across all employers, not by employer\)\. I only have US national figures, not figures for Texas: median Cashier /,
    );
    expect(answer.notes.filter((n) => n.kind === "us-only")).toEqual([]);
  });

  it("a degree in a field that names work: the field's own jobs, said to stand in for the degree's", () => {
    const { parsed, answer } = engine.ask("what can i do with a nursing degree");
    expect(parsed.ranking).toMatchObject({ fieldDegree: true, field: { label: "nursing occupations" } });
    expect(answer.verdict?.text).toMatch(/^The data doesn't link degrees to jobs; what it has are the field's own jobs\. Among nursing occupations, /);
  });

  it("the cards of a subject's worth are the jobs its verdict names, not the doctors a degree does not open", () => {
    const { answer } = engine.ask("is psychology a good major");
    const first = answer.roles[0]!.title;
    expect(answer.verdict?.text).toContain(`: ${first} (`);
    expect(answer.roles.map((r) => r.title)).not.toContain("Psychiatrist");
  });

  it("a master's in a subject is asked as a master's, as an MBA is", () => {
    expect(firstLine("is a masters in business worth it")).toMatch(/^Whether a master's in business pays off .* usually start with a master's degree or less/);
  });

  it("a role moved from, toward work named only by its kind, is being left: where it leads, not how to become it", () => {
    const { parsed, answer } = engine.ask("how do i switch from cashier to an office job");
    expect(parsed.movingOn).toBe("out");
    expect(answer.verdict?.text).not.toMatch(/^To become/);
  });

  it.each([
    ["what can i do with a cdl", "53-3032.00"],
    ["what can i do with a cna", "31-1131.00"],
  ])("a credential held, asked what it opens: %s", (question, code) => {
    const { parsed } = engine.ask(question);
    expect(parsed.roles.map((r) => r.roleId)).toEqual([code]);
    expect(parsed.movingOn).toBe("out");
  });

  it("two fields set against each other by 'harder than' are both read", () => {
    expect(engine.ask("is data science harder than software engineering").parsed.roles.map((r) => r.roleId)).toEqual(["15-2051.00", "15-1252.00"]);
  });

  it.each(["the difference between a cat and a dog", "is a cat better than a dog"])("a cat is no appliance repairer: %s", (question) => {
    expect(engine.ask(question).parsed.intent).toBe("none");
  });

  it.each([
    ["graphic design is it dying", "27-1024.00", "outlook"],
    ["welding is it hard", "51-4121.00", "requirements"],
    ["welders do they make good money", "51-4121.00", "salary"],
  ])("the topic named first, then asked about: %s", (question, code, aspect) => {
    const { parsed } = engine.ask(question);
    expect(parsed.roles.map((r) => r.roleId)).toEqual([code]);
    expect(parsed).toMatchObject({ aspect, kind: "yes-no" });
  });

  it("an amount in dollars is judged as one with a dollar sign", () => {
    expect(firstLine("is 30 dollars an hour good")).toMatch(/^Above most jobs: \$30 an hour \(\$62,400 a year\)/);
  });

  it("two fields set side by side: the figures summed over each, the measure asked first, the largest occupation of each as cards", () => {
    const { answer } = engine.ask("tech or healthcare which has more jobs");
    expect(answer.heading).toBe("Computer and IT occupations vs healthcare occupations");
    expect(answer.verdict?.text).toMatch(/^Healthcare occupations have more openings \(about [\d.]+ million vs [\d,]+ a year\)/);
    expect(answer.roles.map((r) => r.title)).toEqual(["Software Developer", "Registered Nurse"]);
  });

  it("how many do the work: the jobs BLS counts, first", () => {
    const { parsed, answer } = engine.ask("how many nurses are there in the us");
    expect(parsed).toMatchObject({ aspect: "outlook", roles: [{ roleId: "29-1141.00" }] });
    expect(answer.verdict?.text).toMatch(/^In the US, Registered Nurse: about [\d,]+ jobs in 2024, projected [\d,]+ in 2034 \([+-][\d.]+%\)/);
  });

  it.each([
    ["are programmers going to be replaced by ai", "15-1251.00"],
    ["will servers be replaced by robots", "35-3031.00"],
    ["are there a lot of jobs for electricians", "47-2111.00"],
  ])("the future of workers, asked: %s", (question, code) => {
    const { parsed } = engine.ask(question);
    expect(parsed).toMatchObject({ aspect: "outlook", kind: "yes-no", roles: [{ roleId: code }] });
  });

  it.each([
    ["electrician salary construction", ["47-2111.00"]],
    ["foreman salary construction", ["47-1011.00"]],
    // Set against a role, the field's word is one: the construction laborer.
    ["what's better pay, truck driving or construction", ["53-3032.00", "47-2061.00"]],
  ])("a field's word beside roles, set against none, is where they work: %s", (question, codes) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual(codes);
  });

  it("a joiner is a carpenter (UK), not a production catch-all", () => {
    const { parsed, answer } = engine.ask("whats the difference between a carpenter and a joiner");
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["47-2031.00"]);
    expect(answer.heading).toBe("Carpenter: one role, several titles (Overview)");
  });

  it("a pay verdict with a place named says first that the figures are national ones", () => {
    expect(firstLine("do nurses make good money in texas")).toMatch(
      /^I only have US national figures, not figures for Texas\. Yes, above most jobs: Registered Nurse/,
    );
    expect(firstLine("which pays more in texas, nurse or teacher")).toMatch(
      /^I only have US national figures, not figures for Texas\. Registered Nurse earns more/,
    );
  });

  it.each(["how much does a software engineer make at entry level vs senior", "software engineer salary entry level vs senior"])(
    "starting and senior pay asked together: both bands (%s)",
    (question) => {
      const { parsed } = engine.ask(question);
      expect(parsed).toMatchObject({ aspect: "salary", payBand: "both" });
      expect(firstLine(question)).toMatch(/^Starting pay, a year: Software Developer .* Experienced pay, a year: Software Developer /);
    },
  );

  it.each([
    // Where the graduates usually work, not every occupation that draws on the knowledge area.
    ["what can i do with a criminology degree", /Among law enforcement, corrections and probation occupations, those that draw on it most/, "33-3052.00"],
    [
      "what can i do with a kinesiology degree",
      /draws on Therapy and Counseling knowledge .* Among exercise, fitness and rehabilitation occupations/,
      "29-1122.00",
    ],
    ["what can i do with a geology degree", /Among earth science occupations, .*: Geoscientist \(except hydrologists and geographers\)/, "19-2042.00"],
    ["what jobs can i get with a graphic design degree", /Among art and design occupations, .*: Graphic Designer/, "27-1024.00"],
    ["jobs with a public health degree", /Among public health occupations, .*: Epidemiologist/, "19-1041.00"],
    // "marine" inside the subject is no military title.
    ["what can i do with a marine biology degree", /Among life science occupations, .*: Zoologist or Wildlife Biologist/, "19-1023.00"],
    // ("science" is no field of its own beside the subject's.)
    ["what jobs can i get with a exercise science degree", /Among exercise, fitness and rehabilitation occupations/, "29-1122.00"],
  ])("a degree's jobs where its graduates usually work: %s", (question, line, firstCode) => {
    const { parsed, answer } = engine.ask(question);
    expect(parsed.ranking?.subject).toBeDefined();
    expect(firstLine(question)).toMatch(line);
    expect(answer.roles[0]!.roleId).toBe(firstCode);
  });

  it.each([
    ["which is better for a single mom, lpn or medical coding", ["29-2061.00", "29-2072.00"]],
    ["should i do a dental hygiene program or a radiography program", ["29-1292.00", "29-2034.00"]],
    ["nursing program or radiography program which is better", ["29-1141.00", "29-2034.00"]],
  ])("training programmes' names for the work: %s", (question, codes) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual(codes);
  });

  it.each(["my coding program crashed", "the tv program about nursing was good", "coding vs gaming which is more fun"])(
    "a program that is no training stays chat: %s",
    (line) => {
      expect(engine.ask(line).parsed.intent).toBe("none");
    },
  );

  it.each([
    ["non clinical jobs for nurses", "29-1141.00"],
    ["jobs for nurses outside the hospital", "29-1141.00"],
    ["best jobs for burned out nurses", "29-1141.00"],
    ["jobs for former teachers", "25-2021.00"],
    ["jobs for paralegals besides law firms", "23-2011.00"],
    ["what can teachers do besides teaching", "25-2021.00"],
  ])("other work asked for a role's workers is where it leads out: %s", (question, code) => {
    const { parsed } = engine.ask(question);
    expect(parsed.roles.map((r) => r.roleId)).toEqual([code]);
    expect(parsed.movingOn).toBe("out");
    expect(firstLine(question)).toMatch(/^The occupations O\*NET lists as closest to .* outside its own line of work/);
  });

  it("what workers do besides something is their duties, not other work", () => {
    const { parsed } = engine.ask("what do restaurant managers do besides yell at people");
    expect(parsed.movingOn).toBeUndefined();
  });

  it.each([
    ["im a paralegal, is law school worth it", ["23-2011.00", "23-1011.00"]],
    ["im a paralegal is law school worth it", ["23-2011.00", "23-1011.00"]],
    ["im an lpn, is it worth becoming an rn", ["29-2061.00", "29-1141.00"]],
    ["i work as a dental assistant, is dental school worth it", ["31-9091.00", "29-1021.00"]],
    ["im a cna, is nursing school worth it", ["31-1131.00", "29-1141.00"]],
    // "as a" opening the message is the member's own job too.
    ["as a dental assistant is dental school worth it", ["31-9091.00", "29-1021.00"]],
  ])("the member's own job, then whether another one's school or job is worth it: the move's pay first (%s)", (question, codes) => {
    const { parsed } = engine.ask(question);
    expect(parsed.roles.map((r) => r.roleId)).toEqual(codes);
    expect(parsed).toMatchObject({ kind: "path", aspect: "salary" });
    expect(firstLine(question)).toMatch(/^.+ → .+: the median pay rises \d+%/);
  });

  it("the member's own job, then a field asked about in the question after it: a move to the field's worker", () => {
    const { parsed } = engine.ask("im a cashier, is accounting a good career");
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["41-2011.00", "accountant"]);
    expect(parsed.kind).toBe("path");
  });

  it("a field's school asked of a role's workers is that role's requirements", () => {
    const { parsed } = engine.ask("do paralegals need law school");
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["23-2011.00"]);
    expect(parsed.aspect).toBe("requirements");
  });

  it.each([
    ["what does a superintendent do in construction", ["11-9021.00"]],
    ["superintendent salary construction", ["11-9021.00"]],
    // Where the work is, ending the message, is every role's.
    ["superintendent vs project manager in construction", ["47-1011.00", "11-9021.00"]],
    // Without it, the school superintendent.
    ["superintendent vs project manager", ["11-9032.00", "project-manager"]],
  ])("a shared title read by the field named after it, past the field's own word: %s", (question, codes) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual(codes);
  });

  it("'trucking' is the field, never a slip for 'tucking'", () => {
    const { parsed } = engine.ask("is trucking a good career for a 50 year old");
    expect(parsed.roles.map((r) => [r.roleId, r.typed])).toEqual([["53-3032.00", "truck driver"]]);
    expect(parsed.tier).toBe("exact");
  });

  it.each([
    ["can i be a nurse if i faint at blood", /^The data doesn't cover fears or reactions like that/],
    // (A fear the Handbook's notes speak to is set against them: the line worker's heights.)
    [
      "can i be a lineman if im afraid of heights",
      /^The Handbook's notes mention heights for Electrical Power-Line Installer or Repairer \(".*work at great heights"\) .*the data doesn't measure fears\.$/,
    ],
    ["can i be a mechanic with a bad back", /^The data doesn't cover health conditions: .*Automotive technicians stand/],
  ])("a circumstance of the member's own is said to be outside the data: %s", (question, line) => {
    expect(engine.ask(question).parsed.topic).toBe("record");
    expect(firstLine(question)).toMatch(line);
  });

  it.each(["am i cut out to be a nurse", "how do i know if im cut out to be a teacher"])(
    "whether the member is cut out for a job is whether it suits them: %s",
    (question) => {
      expect(firstLine(question)).toMatch(/^Whether it suits you depends on what matters to you\. On the data: /);
    },
  );

  it.each([
    [
      "can you become a nurse with a psychology degree",
      /^The data has the level of schooling a job asks, not its subject, so it can't say whether a psychology degree counts\. BLS lists the typical entry education as a bachelor's degree for Registered Nurse\.$/,
    ],
    ["can i become an accountant with a history degree", /^The data has the level of schooling a job asks, not its subject/],
    // The job's own field, a level or no degree at all: the level answer as before.
    ["can i be a nurse with a nursing degree", /^Usually, yes: BLS lists/],
    ["can i be a teacher with a bachelors degree", /^Usually, yes: BLS lists/],
    ["how do i become a bookeeper with no degree", /^Without a degree\? /],
  ])("a degree held in another subject: the data has the level, not the subject (%s)", (question, line) => {
    expect(firstLine(question)).toMatch(line);
  });

  it.each([
    ["whats better for an introvert, accounting or IT", ["accountant", "15-1232.00"]],
    ["which is better, nursing or IT", ["29-1141.00", "15-1232.00"]],
    ["IT or accounting?", ["15-1232.00", "accountant"]],
  ])("'IT' in capitals set against another field in a question is the IT specialist beside its worker: %s", (question, codes) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual(codes);
  });

  it.each(["ask IT or HR, they will fix your laptop", "call hr or accounting about the invoice", "email IT or accounting about the invoice"])(
    "an errand to two departments is chat: %s",
    (line) => {
      expect(engine.ask(line).parsed.intent).toBe("none");
    },
  );

  it("a realtor is read as the agent, the broker offered beside it, without asking which", () => {
    const [role] = engine.ask("realtors, how much do they really make").parsed.roles;
    expect(role).toMatchObject({ roleId: "41-9022.00", alternatives: ["41-9021.00"] });
    expect(role!.tossUp).toBeUndefined();
  });

  it("a yes-or-no question after a first sentence to the channel is answered yes or no", () => {
    const question = "anyone here a dental hygienist? is the pay worth the school";
    expect(engine.ask(question).parsed.kind).toBe("yes-no");
    // (The pay weighed against the school: its cost is not in the data, said first, then the schooling and the pay.)
    expect(firstLine(question)).toMatch(/^The data doesn't cover what schooling costs or student debt\. What it has: .*Dental Hygienist earns a median of/);
  });

  it("a degree's subject asked as enough: the data has the level, not the subject", () => {
    expect(firstLine("what degree do aerospace engineers need? is a physics degree enough")).toMatch(
      /^The data has the level of schooling a job asks, not its subject, so it can't say whether a physics degree counts\. BLS lists the typical entry education as a bachelor's degree for Aerospace Engineer\.$/,
    );
  });

  it.each([
    [
      "best jobs for people who love animals but dont want to be a vet",
      /^Among occupations working with animals other than "vet", the highest median pay: Zoologist or Wildlife Biologist/,
    ],
    ["jobs working with kids but i dont wanna be a teacher", /^Among occupations working with children other than "teacher"/],
  ])("a job the member doesn't want is left out of the ranking: %s", (question, line) => {
    expect(firstLine(question)).toMatch(line);
  });

  it.each([
    ["which nurses make the most money", /^Among nursing occupations, the highest median pay: Nurse Anesthetist/],
    ["which doctors get paid the most", /^Among physicians and surgeons, the highest median pay: /],
  ])("which kind of a job pays most is the kinds ranked: %s", (question, line) => {
    expect(firstLine(question)).toMatch(line);
  });

  it.each(["i hate my job as a cashier, what should i do", "i hate being a cna what should i do"])(
    "a job the member hates, then what to do: where it leads out (%s)",
    (question) => {
      expect(engine.ask(question).parsed.movingOn).toBe("out");
    },
  );

  it("what one needs to be a job is its schooling first", () => {
    expect(firstLine("what do you need to be a cop")).toMatch(
      /^For a Police and Sheriff's Patrol Officer, BLS lists a high-school diploma or equivalent as the typical entry education, then moderate-term on-the-job training/,
    );
    // ("to be a good nurse" asks the qualities, not the schooling.)
    expect(engine.ask("what do you need to be a good nurse").parsed.topic).not.toBe("education");
  });

  it("a liking for cars is work on vehicles, car mechanics first", () => {
    const question = "whats a good career for someone who likes cars";
    expect(firstLine(question)).toMatch(/Among vehicle occupations, those that draw on it most, .*: Automotive Service Technician or Mechanic/);
  });

  it.each(["how much do youtubers make", "youtuber salary"])("a YouTuber is no poet (an ESCO label of creative writers): %s", (question) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).not.toContain("27-3043.05");
  });

  it.each<[string, string]>([
    ["is healthcare a good field", "healthcare occupations"],
    ["are trades in demand", "skilled trades \\(construction, installation, maintenance and repair\\)"],
    ["is tech still a good career", "computer and IT occupations"],
    ["how's the job market in healthcare", "healthcare occupations"],
    // A broad title's group: the engineers, not "which engineer?".
    ["is the job market for engineers good", "engineering occupations"],
  ])("a field judged as a whole: its outlook summed over its occupations, then its best jobs (%s)", (question, field) => {
    const { parsed, answer } = engine.ask(question);
    expect(firstLine(question)).toMatch(
      new RegExp(
        `^The (outlook is (good|about average)|job market is (growing|shrinking)[a-z ]*) for ${field}: jobs are projected to change [+-][\\d.]+% over \\d{4}–\\d{2} \\(all jobs: [+-][\\d.]+%\\), with about [\\d.,]+( million)? openings a year; .* Among ${field}, the best paid`,
      ),
    );
    expect(parsed.ranking?.fieldOutlook).toBe(true);
    expect(answer.roles.length).toBe(3);
  });

  it.each([
    // A field's bare word read as its laborers, a catch-all ("Managers, All Other") or a typo's reading: the field.
    ["is construction a good career", "construction occupations"],
    ["is construction a good industry to work in", "construction occupations"],
    ["is manufacturing a good career", "production and manufacturing occupations"],
    ["is factory a good career", "production and manufacturing occupations"],
  ])("a field judged, not a worker misread from its word: %s", (question, label) => {
    expect(engine.ask(question).parsed.ranking).toMatchObject({ field: { label }, fieldOutlook: true });
  });

  it("a field's bare word is still its worker's where no field is judged, and no title in chat", () => {
    expect(engine.ask("construction salary").parsed.roles.map((r) => r.roleId)).toEqual(["47-2061.00"]);
    expect(engine.ask("is the construction on 5th street done yet").parsed.intent).toBe("none");
  });

  it.each([
    ["is nursing a good career", "29-1141.00"],
    ["is law a good career? lawyers", "23-1011.00"],
    ["is trucking a good career", "53-3032.00"],
  ])("a field whose word names its worker is that worker's outlook: %s", (question, code) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual([code]);
  });

  it.each([
    ["do software engineers make more than software developers", "software engineers", "software developers"],
    ["is a lawyer paid more than an attorney", "lawyer", "attorney"],
    ["does a ct tech make more than an xray tech", "ct tech", "xray tech"],
  ])("two titles of one occupation asked which or yes or no: no difference the data can show, never a yes (%s)", (question, a, b) => {
    const { answer } = engine.ask(question);
    expect(answer.verdict?.text).toMatch(new RegExp(`^No difference the data can show: it treats "${a}" and "${b}" as one occupation \\(`));
    // Said once, not again as the key difference.
    expect(answer.keyDifference).toBeNull();
  });

  it("two roles' pay asked per hour: the key difference in the cards' hourly medians", () => {
    const { answer } = engine.ask("pharmacist vs pharmacy tech hourly pay");
    expect(answer.keyDifference?.text).toMatch(
      /^Pharmacist earns more: a median of \$[\d.]+ vs \$[\d.]+ an hour for Pharmacy Technician, \$[\d.]+ \(\d+%\) higher/,
    );
  });

  it("what nursing school costs is not in the data, said first, then the schooling it has", () => {
    expect(firstLine("how much is nursing school")).toMatch(
      /^The data doesn't cover what schooling costs or student debt\. What it has: For a Registered Nurse, /,
    );
    expect(engine.ask("how much is school lunch lol").parsed.intent).toBe("none");
  });

  it("a licence asked of a job the data lists none for: its schooling, with its article", () => {
    // (Medical assistants have an entry in data/licences.yaml now: certification, which most states don't require.)
    expect(firstLine("do you need a license to be a medical assistant")).toMatch(
      /^In most states, no: Most states don't require medical assistants to be certified/,
    );
    expect(firstLine("do you need a license to be a data entry keyer")).toMatch(
      /licensing rules vary by state\. BLS lists a high-school diploma or equivalent as the typical entry education\./,
    );
  });

  it.each([
    "do teachers get paid in the summer",
    "are electricians paid hourly or salary",
    "do truck drivers get paid by the mile",
    "do nurses get paid weekly",
  ])("how or when the pay comes is not in the data, said first, then what they earn: %s", (question) => {
    expect(firstLine(question)).toMatch(
      /^The data doesn't say how or when workers are paid \(.*\): BLS reports what they earn, whatever the basis\. .* earns a median of \$/,
    );
  });

  it("a week's pay asked is still worked out from the year", () => {
    expect(firstLine("how much do nurses make weekly")).toMatch(/^Registered Nurse earns a median of about \$[\d,]+ a week: /);
  });

  it.each([
    [
      "im a line cook making 16/hr, what trade should i learn to make more",
      /^Among skilled trades .*, \d+ have a median of \$16 an hour \(\$33,280 a year\) or more; the best paid: /,
    ],
    ["i'm a cashier, which trade should i learn", /^Best depends on what matters to you\. Among skilled trades /],
  ])("the member's own job told, then a field's best jobs asked for: the field's, ranked (%s)", (question, first) => {
    expect(firstLine(question)).toMatch(first);
  });

  it.each(["anyone know if dental assistants can become hygienists without starting over?", "can dental assistants become hygienists"])(
    "a move between two jobs put to the channel, or with the jobs in the plural: the route (%s)",
    (question) => {
      const { parsed } = engine.ask(question);
      expect(parsed.kind).toBe("path");
      expect(parsed.roles.map((r) => r.roleId)).toEqual(["31-9091.00", "29-1292.00"]);
    },
  );

  it.each(["anyone know if the office manager is in today?", "anyone know if the plumber came yet"])(
    "a colleague asked after in the channel: no reply (%s)",
    (question) => {
      expect(engine.ask(question).parsed.intent).toBe("none");
    },
  );

  it.each([
    ["which is better: welding, plumbing, or electrical", ["51-4121.00", "47-2152.00", "47-2111.00"]],
    ["welding, plumbing or electrical, which pays more", ["51-4121.00", "47-2152.00", "47-2111.00"]],
    ["plumbing, welding or hvac", ["47-2152.00", "51-4121.00", "49-9021.00"]],
  ])("three fields in a list, the first before its comma: all three (%s)", (question, codes) => {
    expect(engine.ask(question).parsed.roles.map((r) => r.roleId)).toEqual(codes);
  });

  it("two of three titles one occupation: compared as one, and said so", () => {
    const { answer } = engine.ask("data analyst vs data scientist vs data engineer");
    expect(answer.notes).toContainEqual({ kind: "one-occupation", typed: ["data analyst", "data scientist"], title: "Data Scientist" });
    expect(renderText(answer)).toContain(
      'The data treats "data analyst" and "data scientist" as one occupation (Data Scientist), so they are compared as one.',
    );
  });

  it("strength asked of a job is its physical demands, not its schooling", () => {
    expect(firstLine("do you need to be strong to be a firefighter")).toMatch(/^Firefighting can be very dangerous/);
    expect(engine.ask("is there strong demand for nurses").parsed.topic).toBe("prospects");
  });

  it.each([
    ["is chemistry important for nursing", /^Yes, more than most jobs: O\*NET rates Chemistry [\d.]+ of 5 for Registered Nurse/],
    ["is biology useful for nursing", /^Yes, more than most jobs: O\*NET rates Biology [\d.]+ of 5 for Registered Nurse/],
  ])("a school subject asked of a field: how much its workers draw on it (%s)", (question, first) => {
    expect(firstLine(question)).toMatch(first);
  });

  it("'look' is a word, not a typo of 'cook': 'what does a plumber look like' names the plumber, not an unknown 'plumber cook'", () => {
    expect(engine.ask("what does a day as a plumber look like").parsed.roles.map((r) => r.roleId)).toEqual(["47-2152.00"]);
  });

  it.each(["what do nurses make in texas", "what do nurses make in australia"])(
    "what a job pays in a place is its pay, US figures said to be so: %s",
    (question) => {
      expect(firstLine(question)).toMatch(/^I only have US national figures, not figures for [A-Z]\w+: median Registered Nurse \$/);
    },
  );

  it("from one role to another with a word or two describing it: the route", () => {
    const { parsed } = engine.ask("from delivery driver to long haul trucker");
    expect(parsed).toMatchObject({ intent: "compare", kind: "path" });
    expect(parsed.roles.map((r) => r.roleId)).toEqual(["53-3033.00", "53-3032.00"]);
  });

  it.each([
    ["highest paying jobs in canada", "Canada"],
    ["what are the highest paying jobs in the world", "the world"],
  ])("a ranking asked of a place: the US figures ranked, said first (%s)", (question, place) => {
    expect(firstLine(question)).toMatch(
      new RegExp(`^I only have US national figures, not figures for ${place}\\. Among all occupations, the highest median pay: `),
    );
  });

  it("a day in the life of a job is its duties", () => {
    expect(engine.ask("what does a day in the life of a nurse look like").parsed).toMatchObject({ intent: "profile", aspect: "duties" });
    expect(engine.ask("the nurse look like she was tired").parsed.intent).toBe("none");
  });

  it("hourly pay when asked per hour", () => {
    const { answer } = engine.ask("registered nurse hourly pay");
    expect(answer.roles[0]!.figures[0]!.period).toBe("hourly");
  });

  it.each<[string, RegExp]>([
    // Years of school are a schooling limit: not the surgeons' doctorates.
    [
      "highest paying job you can get in 2 years of school",
      /^Among all occupations that usually start with an associate degree or less, the highest median pay: /,
    ],
    ["what can i do with a 1 year certificate", /^Among all occupations that usually start with a postsecondary certificate or less, the highest median pay: /],
    // A salary asked a way to: the jobs that pay it, the shortest way in first, the amount in the member's unit.
    ["fastest way to make six figures", /^Among all occupations with a median of \$100,000 a year or more, the shortest way in /],
    ["how to make 30 an hour", /^Among all occupations with a median of \$30 an hour \(\$62,400 a year\) or more, the shortest way in /],
    // A subject kept away from: the best paid that draw little on it, short of graduate schooling.
    [
      "jobs that dont require math",
      /^The data doesn't measure how much a job calls for math; .* Where it rates 2\.5 or less \(somewhat important at most\) and the job usually starts with a bachelor's degree or less, the highest median pay: [^(]+ \([0-2]\.\d of 5; /,
    ],
    [
      "healthcare jobs without much math",
      /^The data doesn't measure how much a job calls for math; .* Among healthcare occupations where it rates 2\.5 or less/,
    ],
    ["tech jobs with no coding", /^The data doesn't measure how much a job calls for coding; .* Programming skill/],
    // Fair pay is a judgment: the median and where it stands, no yes or no; overwork is hours, which the data lacks.
    ["are teachers underpaid", /^Whether the pay is fair is a judgment the data can't make; what it shows: Elementary School Teacher .* earns a median of /],
    ["are nurses underpaid", /^Whether the pay is fair is a judgment the data can't make; what it shows: Registered Nurse earns a median of /],
    ["are nurses overworked?", /^Nurses in hospitals and nursing homes usually work shifts around the clock/],
    // A kind of engineering judged hard: its engineer's way in.
    ["is mechanical engineering hard", /^What it takes to become a Mechanical Engineer: /],
    ["is electrical engineering hard", /^What it takes to become an Electrical Engineer: /],
    // A field in "-ation" is its "-ator"'s work; the easiest job of a field is its shortest way in.
    ["is healthcare administration a good career", /^The outlook is .*: jobs are projected to change /],
    ["what's the easiest nursing job", /^Among nursing occupations, the shortest way in /],
    ["easiest trade", /^Among skilled trades .*, the shortest way in /],
    // The member's own job, disliked or with what to do asked: what else its workers could do.
    ["i work in retail and hate it, any suggestions", /^The occupations O\*NET lists as closest to Retail Salesperson outside its own line of work: /],
    ["i work as a nurse and hate it, what now", /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /],
    ["im a cashier, what should i do", /^The occupations O\*NET lists as closest to Cashier outside its own line of work: /],
    // ...or something that pays more: where it leads.
    [
      "currently a warehouse worker, want something that pays more without college",
      /^Among the occupations O\*NET lists as closest to Laborer .*, these pay more and usually start with no more schooling than it \(no formal education requirement\): /,
    ],
    // Building things, talking, being alone: who the jobs are for, ranked on the rating that is a sign of it.
    ["what's a good career for someone who likes to build things", /^The data doesn't measure hands-on, physical or outdoor work directly; /],
    ["careers for someone who likes to talk", /^The data doesn't measure who likes working with people; /],
    ["jobs where you can be alone", /^The data doesn't measure what suits introverts; /],
    // A trade's licence levels: the pay bands that stand in for them (no master's degree in "master electrician").
    [
      "journeyman vs master electrician pay",
      /^Middle pay, a year: Electrician \$[\d,]+–\$[\d,]+ \(25th–75th percentile, .*\)\. Experienced pay, a year: Electrician .* BLS publishes pay by percentile, not by licence level or years of experience, so these bands stand in for it\.$/,
    ],
    ["master electrician pay", /^Experienced pay, a year: Electrician /],
    ["master plumber salary", /^Experienced pay, a year: Plumber, Pipefitter or Steamfitter /],
    ["journeyman electrician vs master electrician pay", /^Middle pay, a year: Electrician /],
    // A danger weighed: what the data lacks, then the pay it is weighed against.
    [
      "is underwater welding worth the risk",
      /^Welders may work outdoors in bad weather, .*\(BLS, Occupational Outlook Handbook\)\. On pay, which it has: Welder, .* earns a median of /,
    ],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each<[string, RegExp]>([
    // Doings that say who the member is are no titles: "helping" is no helper.
    ["What's a good job for someone who's good at organizing and likes helping people?", /^The data doesn't measure who likes working with people; /],
    // Trades set against college by "better than", as by "or".
    [
      "honest question: are trades actually better than college?",
      /^Better depends on what matters to you\. On the data: Jobs that usually start with a bachelor's degree or more /,
    ],
    // A plan doubted by the market: its prospects, not the way in.
    ["thinking of becoming a pharmacist but heard the market is saturated. thoughts?", /^The outlook is .*: jobs are projected to change /],
    // Someone else's job first, the member's own after it: the move is from the member's.
    [
      "my bf is an electrician and makes way more than me as a teacher lol. should i switch?",
      /^Elementary School Teacher \(except special education\) → Electrician: /,
    ],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each<[string, RegExp]>([
    // BLS publishes teachers' pay by the year only: an hourly question compares every role by the year,
    // never $46.90 an hour against $63,970 a year ("136297% more").
    [
      "nurse or teacher which pays more per hour",
      /^Registered Nurse earns more: median \$[\d,]{6,} vs \$[\d,]{6,} a year for Elementary School Teacher .*, about \d{1,3}% more/,
    ],
    [
      "does a teacher make more per hour than a nurse",
      /^No: Registered Nurse earns more: median \$[\d,]{6,} vs \$[\d,]{6,} a year for Elementary School Teacher .*, about \d{1,3}% more/,
    ],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each<[string, RegExp]>([
    // The employer's sector is not in the data: said, and nothing ranked (not surgeons for "government jobs").
    ["best government jobs", /^The data doesn't say which jobs are in government or the military: .*, so I can't rank jobs on it\./],
    ["highest paying government jobs", /^The data doesn't say which jobs are in government or the military: .*, so I can't rank jobs on it\./],
    ["what jobs does the military have", /^The data doesn't say which jobs are in government or the military/],
    // A field wanted instead of the role named, then which pays more asked in a sentence of its own.
    [
      "my parents want me to be a doctor but i want to do graphic design. which pays more realistically",
      /^Family Medicine Physician earns more: median \$[\d,]+ vs \$[\d,]+ a year for Graphic Designer/,
    ],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each<[string, RegExp]>([
    // "a family" is no social worker's title: the teacher's pay, where it stands.
    ["can i support a family on a teacher salary", /^About the middle: Elementary School Teacher .* earns a median of /],
    // A way in weighed against its cost: the cost is not in the data, said first.
    ["is becoming a pilot worth the cost", /^The data doesn't cover what schooling costs or student debt\. What it has: For a Commercial Pilot, /],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each<[string, RegExp]>([
    // An associate degree held in a subject: its jobs over every occupation, where the field its word names has none.
    [
      "Hi! I'm a 32yo stay at home mom looking to get back into the workforce. I have an old associates in business. Any suggestions for careers that pay decent?",
      /^The data doesn't link degrees to jobs; .* Administration and Management knowledge .* among jobs that usually start with an associate degree or less, the highest median pay: /,
    ],
    // "tech" in the member's own title names no field; the amount they make, placed in their job's pay.
    [
      "I have a bachelors in biology and I'm working as a lab tech making 40k. How do I make more?",
      /^Bottom quarter for a Medical and Clinical Laboratory Technician: \$40,000 a year /,
    ],
    // Making more in the job the member does: where it leads, the better paid.
    ["how do i make more money as a nurse", /^Among the occupations O\*NET lists as closest to Registered Nurse, these pay more: /],
    ["im a cashier, how do i make more", /^Among the occupations O\*NET lists as closest to Cashier, these pay more: /],
    // A school judged hard is how hard the way in is, not whether a degree is needed ("Usually, yes").
    ["is crna school hard", /^What it takes to become a Nurse Anesthetist: the typical entry is a master's degree\. O\*NET puts it in Job Zone 5 of 5/],
    ["is nursing school really that hard", /^What it takes to become a Registered Nurse: /],
    // Pay after taxes: BLS's figures are gross, said first, then the pay before tax.
    [
      "how much do nurses make after taxes",
      /^BLS's wage figures are gross pay, before taxes and deductions, .* Before tax: Registered Nurse earns a median of /,
    ],
    ["what's the take home pay for a teacher", /^BLS's wage figures are gross pay, before taxes and deductions/],
    // A short title with the stage of the job, then the pay word.
    ["rn new grad salary", /^Starting pay, a year: Registered Nurse /],
    // A degree judged worth it with the question's opening left out.
    ["cs degree worth it 2026", /^Whether a computer science degree pays off depends on the work it leads to/],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it("'rather' is a word, not a typo of 'lather': no drywall installer in \"i'd rather study nursing\"", () =>
    expect(engine.ask("my dad wants me to be an engineer but i'd rather study nursing, which is better").answer.roles.map((r) => r.title)).not.toContain(
      "Drywall and Ceiling Tile Installer",
    ));

  it("an hourly key difference against a role paid by the year only is by the year", () => {
    const { answer } = engine.ask("how much does a nurse make an hour vs a teacher");
    expect(answer.keyDifference?.text).toMatch(
      /^Registered Nurse earns more: a median of \$[\d,]{6,} vs \$[\d,]{6,} a year for Elementary School Teacher .* \(\d{1,3}%\) higher/,
    );
  });

  it("a journeyman plumber is a plumber, not the plumbers' helper", () =>
    expect(engine.ask("journeyman plumber salary").answer.roles.map((r) => r.title)).toEqual(["Plumber, Pipefitter or Steamfitter"]));

  it("a field in -ation names its -ator: healthcare administration is the health services manager's", () => {
    expect(engine.ask("healthcare administration vs nursing").answer.roles.map((r) => r.title)).toEqual([
      "Medical and Health Services Manager",
      "Registered Nurse",
    ]);
    // ("is education a good career" judges the field; "communication skills" name no communicator.)
    expect(engine.ask("is education a good career").parsed).toMatchObject({ roles: [], ranking: { fieldOutlook: true } });
    expect(engine.ask("what are good communication skills for a job").parsed.intent).toBe("none");
  });

  it.each([
    "i'm bad at math lol",
    "i dont like math",
    "my son sucks at math, any advice?",
    "im overworked and underpaid",
    "the server is overworked again",
    "are servers busy today",
    "is the mechanical engineering building open",
    "2 years of college and still no job lol",
    "what's the easiest way to make 100k",
    "how do i make six figures on youtube",
    "my friend is a nurse, any tips",
    "i like to build things lol",
    "i just want to be alone today",
    "the government is a mess lol",
    "im a nurse and i hate mondays, any advice",
    "nurses are underpaid honestly",
    "my take home is so small lol",
    "the new grad rn is nice",
    "my nurse was great. which one was she again lol",
  ])("chat beside these words gets nothing: %s", (q) => expect(engine.ask(q).parsed.intent).toBe("none"));

  it.each([
    // The member's own job as context for a question about something else.
    "i'm a nurse lol any ideas for dinner",
    "i work in retail, what should i get my mom for christmas",
    "i'm a teacher, what should i get my students for christmas",
    "im a mechanic, what car should i buy",
    "i am a software developer, which laptop should i buy",
    "i'm a barista, how do i get better at latte art",
    "i'm a nurse, what should i do about my back pain",
    // A person in a story, then a question about it.
    "the cashier was rude, what should i do",
    "the cashier was rude to me, should i complain",
    "the teacher gave me a bad grade, what should i do",
    // Words that name a job only in a career question.
    "anyone want fast food tonight",
    "fast food is so expensive now",
    "what is the hardest job in the world",
    "the hardest part of my job is the commute",
    "ai will replace my job lol",
    "how do i get my foot in the door at my company",
    // Someone in the channel asked for.
    "is there a lawyer here? i got a parking ticket",
    "can a doctor here tell me if this rash is bad",
    "are there any welders on here",
    "my manager got laid off, what should i do",
  ])("a job named as context for another question gets nothing: %s", (q) => expect(engine.ask(q).parsed.intent).toBe("none"));

  it.each([
    // The member's own job, then where to go from it: still answered.
    ["i work as a receptionist, what else could i do", /^The occupations O\*NET lists as closest to Receptionist outside its own line of work: /],
    ["im a cashier, whats a better job", /^The occupations O\*NET lists as closest to Cashier outside its own line of work: /],
    ["i'm a hairdresser, what else pays well", /^Among the occupations O\*NET lists as closest to Hairdresser, Hairstylist or Cosmetologist, these pay more: /],
    ["im 19 working fast food, what should i do with my life", /^The occupations O\*NET lists as closest to Fast Food and Counter Worker /],
    ["i work in fast food, what should i do", /^The occupations O\*NET lists as closest to Fast Food and Counter Worker /],
    // The hardest job to get into: the longest way in, said to stand in for what the data lacks.
    [
      "whats the hardest job to get into",
      /^The data doesn't measure how hard a job is to land .* Among all occupations, the longest way in \(BLS's typical entry education, then O\*NET's job zone\), best paid first: \S.* \(a doctorate, \$/,
    ],
    ["toughest trade to get into", /^The data doesn't measure how hard a job is to land .* Among skilled trades .*, the longest way in /],
    ["what's the most competitive job", /^The data doesn't measure how hard a job is to land /],
  ])("%s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it("the hardest way in ranks the most schooling first, best paid first among equals", () => {
    const { answer } = engine.ask("what's the hardest healthcare job to get into");
    const shown = [...answer.verdict!.text.matchAll(/\(([^,()]+), \$([\d,]+)\)/g)].map((m) => ({ level: m[1], pay: Number(m[2]!.replace(/,/g, "")) }));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.every((s) => s.level === "a doctorate")).toBe(true);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.pay).toBeLessThanOrEqual(shown[i - 1]!.pay);
  });

  it("two fields kept apart by a hedge are still set side by side: 'HR or maybe project management'", () =>
    expect(engine.ask("thinking about going into HR or maybe project management. which one pays more?").answer.roles.map((r) => r.title)).toEqual([
      "Human Resources Specialist",
      "Project Manager",
    ]));

  it.each([
    ["which careers have the most burnout", /^The data doesn't measure burnout or stress directly; .* Among all occupations, the highest rating/],
    ["jobs with low burnout in healthcare", /^The data doesn't measure burnout or stress directly; .* Among healthcare occupations, the lowest rating/],
  ])("burnout ranked on the stress rating, said of burnout: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    ["what's a good side job for a teacher", /^The occupations O\*NET lists as closest to Elementary School Teacher .* outside its own line of work: /],
    ["best side hustles for nurses", /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /],
  ])("side work asked for a job's workers is other work for them: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    ["are librarians going extinct", /^The job market is growing slowly: jobs are projected to change /],
    ["will truck drivers become obsolete", /^The outlook is about average: jobs are projected to change /],
    ["are cashiers going away", /^The job market is shrinking: jobs are projected to change -/],
    ["is accounting going to be obsolete", /^The outlook is good: jobs are projected to change \+/],
  ])("a job asked whether it is dying out is its outlook: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    [
      "do nurses get paid more at night",
      /^BLS's wage figures are straight-time pay: .* how much a night or weekend shift adds\. Without it, Registered Nurse earns a median of /,
    ],
    ["do cnas get paid extra on weekends", /^BLS's wage figures are straight-time pay: .* how much a night or weekend shift adds\. /],
    ["how much can a nurse make with overtime", /^BLS's wage figures are straight-time pay: .* how much overtime adds\. /],
  ])("pay for night or weekend shifts is left out of the wage figures, said so: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    ["will ai replace nurses", /^The outlook is good: jobs are projected to change .* BLS projections weigh expected changes/],
    ["will ai replace programmers", /^The job market is shrinking: jobs are projected to change -/],
    ["will ai take over radiology", /^The outlook is good: jobs are projected to change /],
  ])("a job asked whether machines will replace it is its outlook: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    ["is 30 too late to start nursing school", /^The data doesn't track age\. What it takes to become a Registered Nurse: /],
    ["is 25 too old to become an electrician", /^The data doesn't track age\. What it takes to become an Electrician: /],
  ])("an age doubted is no schooling yes or no: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it("a place after 'here' is no one in the channel: 'can a nurse here in canada become an np'", () =>
    expect(engine.ask("can a nurse here in canada become an np").answer.roles.map((r) => r.title)).toEqual(["Registered Nurse", "Nurse Practitioner"]));

  it.each([
    ["apprenticeship vs uni", /^Better depends on what matters to you\. On the data: Jobs that usually start with a bachelor's degree or more pay more /],
    [
      "should i do an apprenticeship or go to college",
      /^Better depends on what matters to you\. On the data: Jobs that usually start with a bachelor's degree or more /,
    ],
  ])("an apprenticeship set beside college is the skilled trades beside college's jobs: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    [
      "what are some good careers for someone with a psychology degree",
      /^The data doesn't link degrees to jobs; what it has is how much each occupation draws on Psychology knowledge/,
    ],
    ["careers for someone with a business degree", /^The data doesn't link degrees to jobs; .* Administration and Management knowledge/],
  ])("jobs for someone holding a degree are the degree's: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    ["i hate my job as a receptionist and want something else", /^The occupations O\*NET lists as closest to Receptionist outside its own line of work: /],
    ["im so tired of being a cashier, i need something different", /^The occupations O\*NET lists as closest to Cashier outside its own line of work: /],
  ])("a job disliked and something else wanted is where it leads: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    [
      "i got laid off from my marketing job, what should i do next",
      /^The occupations O\*NET lists as closest to Market Research Analyst or Marketing Specialist outside its own line of work: /,
    ],
    ["just got fired from my job as a bank teller, what now", /^The occupations O\*NET lists as closest to Teller outside its own line of work: /],
    ["i hate my nursing job, what should i do", /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /],
  ])("a job lost or disliked, then what to do asked, is where it leads: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it.each([
    ["plumbers make more than nurses, is that true?", /^No: Registered Nurse earns more: /],
    ["electricians make more than doctors, is it true?", /^No: Family Medicine Physician earns more: /],
  ])("a pay claim asked whether it is true compares both jobs: %s", (q, expected) => expect(firstLine(q)).toMatch(expected));

  it("a whole message of a field or a role, 'hvac or electrician', sets the two side by side as '?' did", () =>
    expect(engine.ask("hvac or electrician").answer.roles.map((r) => r.title)).toEqual([
      "Heating, Air Conditioning or Refrigeration Mechanic or Installer",
      "Electrician",
    ]));

  it("a field ruled out is left out of the ranking, not ranked within: 'but not in healthcare'", () => {
    const { answer } = engine.ask("whats a job where i can help people but not in healthcare");
    expect(answer.verdict?.text).toMatch(/ Among all occupations outside healthcare occupations, the highest rating/);
    expect(answer.roles.length).toBeGreaterThan(0);
    expect(answer.roles.every((r) => r.code !== null && !/^(29|31)-/.test(r.code))).toBe(true);
    expect(firstLine("good paying jobs outside of tech")).toMatch(/^Among all occupations outside computer and IT occupations, the highest median pay: /);
  });

  it("one word set by 'vs' against a known role is never dropped: said as not known, with 'did you mean'", () => {
    const zorblax = engine.ask("paralegal vs zorblax").parsed;
    expect(zorblax).toMatchObject({ intent: "unknown", unknownRoles: ["zorblax"] });
    expect(zorblax.roles.map((r) => r.typed)).toEqual(["paralegal"]);
    const lawr = engine.ask("paralegal vs lawr").parsed;
    expect(lawr.unknownRoles).toEqual(["lawr"]);
    expect(lawr.suggestions).toContain("23-1011.00"); // Lawyers
    // (A longer slip set against a role by "vs" is read as the title, with a note saying so.)
    expect(engine.ask("paralegal vs lawer").answer.roles.map((r) => r.title)).toEqual(["Paralegal or Legal Assistant", "Lawyer"]);
    expect(engine.ask("nurse vs zorblax pay").parsed).toMatchObject({ intent: "unknown", unknownRoles: ["zorblax"], aspect: "salary" });
    // ...but not a word beside a known role on its own side ("for adults"), nor chat ("the world").
    expect(engine.ask("ESL teacher for adults vs high school teacher").parsed.unknownRoles).toEqual([]);
    expect(engine.ask("game warden vs regular police officer").parsed.unknownRoles).toEqual([]);
    expect(engine.ask("nurse vs the world lol").parsed.intent).toBe("none");
  });

  it("a train driver is the locomotive engineer, not a school bus driver", () =>
    expect(engine.ask("how much does a train driver earn").answer.roles.map((r) => r.title)).toEqual(["Locomotive Engineer"]));

  it("a foot in the door of a field is the field's shortest way in", () =>
    expect(firstLine("how do i get my foot in the door in IT")).toMatch(/^Among computer and IT occupations, the shortest way in /));

  it("'OTR' before a trucker is over-the-road driving, not the occupational therapist", () => {
    expect(engine.ask("how much do OTR truckers make").answer.roles.map((r) => r.title)).toEqual(["Heavy and Tractor-Trailer Truck Driver"]);
    expect(engine.ask("otr vs cota").answer.roles.map((r) => r.title)).toEqual(["Occupational Therapist", "Occupational Therapy Assistant"]);
  });

  it("'help me choose' asks for a pick, as 'help me decide' does", () => {
    expect(engine.ask("nurse or teacher, help me choose").parsed.kind).toBe("which");
    expect(firstLine("nurse or teacher, help me choose")).toMatch(/^Better depends on what matters to you\. On the data: /);
  });

  it.each([
    ["what can rns do that lpns cant", ["Registered Nurse", "Licensed Practical and Licensed Vocational Nurse"]],
    ["what can rns do that lpns can't", ["Registered Nurse", "Licensed Practical and Licensed Vocational Nurse"]],
    ["what does a family practice doctor make", ["Family Medicine Physician"]],
    ["pediatric doctor salary", ["Pediatrician, General"]],
    ["how much does a heart doctor make", ["Cardiologist"]],
  ])("%s: the roles meant", (q, roles) => {
    const { parsed, answer } = engine.ask(q);
    expect(parsed.intent).not.toBe("none");
    expect(answer.roles.map((r) => r.title)).toEqual(roles);
  });

  it.each([
    // Two neighbouring letters swapped: the title, even in a short word and over a nearer loose name.
    ["nures salary", ["Registered Nurse"]],
    ["how much does a nures make", ["Registered Nurse"]],
    ["pilto salary", ["Commercial Pilot"]],
    ["laywer salary", ["Lawyer"]],
    ["laywers vs judges pay", ["Lawyer", "Judge, Magistrate Judge or Magistrate"]],
    // A short slip in a frame that asks about a title: before a pay word, after "vs", "do … make", "become a".
    ["nurce salary", ["Registered Nurse"]],
    ["how much do nurces make", ["Registered Nurse"]],
    ["how to become a plumer", ["Plumber, Pipefitter or Steamfitter"]],
    ["nurse vs teecher", ["Registered Nurse", "Elementary School Teacher (except special education)"]],
    ["is a nurce a good job", ["Registered Nurse"]],
    ["secartary vs admin assistant, same thing?", ["Secretary", "Administrative Assistant"]],
    // Two edits in a long word sharing the title's start; "lawer" is far likelier a lawyer than a "layer".
    ["electrian salary", ["Electrician"]],
    ["lawer salary", ["Lawyer"]],
    // Everyday titles O*NET files under another occupation's rare alternate, and field nouns with no suffix rule.
    ["fireman salary", ["Firefighter"]],
    ["repairman salary", ["Maintenance and Repair Worker, General"]],
    ["stylist salary", ["Hairdresser, Hairstylist or Cosmetologist"]],
    ["shift manager salary", ["First-Line Supervisor of Retail Sales Workers"]],
    ["customer service salary", ["Customer Service Representative"]],
    ["how much does pizza delivery pay", ["Driver/Sales Worker"]],
    ["warehouse vs retail", ["Laborer or Freight, Stock or Material Mover, Hand", "Retail Salesperson"]],
    // "witch is better", "payed": the question's own words misspelt.
    ["electrician vs plumber witch is better", ["Electrician", "Plumber, Pipefitter or Steamfitter"]],
    // Chat shorthand for titles.
    ["mlt vs mls", ["Medical and Clinical Laboratory Technician", "Medical and Clinical Laboratory Technologist"]],
    ["hr gen vs hr mgr", ["Human Resources Specialist", "Human Resources Manager"]],
    ["cyber analyst salary", ["Information Security Analyst"]],
    ["proj mgr salary", ["Project Manager"]],
    ["acct mgr vs sales rep", ["Sales Manager", "Sales Representative, Wholesale and Manufacturing (except technical and scientific products)"]],
    // A doubled letter written once is a slip, though two imported names make the same slip.
    ["how much do programers make", ["Computer Programmer"]],
    // A slip on the first letter is not read that way: "techer" is the teacher, not an etcher.
    ["techer vs tutor", ["Elementary School Teacher (except special education)", "Tutor"]],
    // Two names as long and as near ("police officer", "policy officer"): the one far more people work in.
    ["polic officer salary", ["Police and Sheriff's Patrol Officer"]],
    // An agile coach works with software teams, as a scrum master does: no sports coach.
    ["agile coach salary", ["Information Technology Project Manager"]],
    // "contrast" asks for the comparison, as "compare" does.
    ["contrast an electrician with a plumber", ["Electrician", "Plumber, Pipefitter or Steamfitter"]],
    // A home inspector checks houses (not a factory's inspectors); an appraiser alone values homes.
    ["home inspector vs appraiser", ["Construction and Building Inspector", "Appraiser or Assessor of Real Estate"]],
    // The Border Patrol named by the agency: no word of the comparison dropped.
    ["border patrol vs police", ["Customs and Border Protection Officer", "Police and Sheriff's Patrol Officer"]],
    // A hospital unit's secretary is a medical secretary.
    ["unit secretary vs cna", ["Medical Secretary or Administrative Assistant", "Nursing Assistant"]],
    // Chat's "mech" ending a mechanic's title.
    ["diesel mech vs auto mech", ["Bus and Truck Mechanic or Diesel Engine Specialist", "Automotive Service Technician or Mechanic"]],
    // Australian shorthand, in the plural too ("truckies" reads as "trucky").
    ["how much do truckies make", ["Heavy and Tractor-Trailer Truck Driver"]],
    ["ambo vs nurse", ["Paramedic", "Registered Nurse"]],
    // Indian professional degrees, asked of as the professions they lead to.
    ["mbbs vs bds which is better", ["Family Medicine Physician", "Dentist, General"]],
    ["b.pharm vs d.pharm", ["Pharmacist", "Pharmacy Technician"]],
  ])("typo or shorthand %s: the roles meant", (q, roles) => {
    const { parsed, answer } = engine.ask(q);
    expect(parsed.intent).not.toBe("none");
    expect(answer.roles.map((r) => r.title)).toEqual(roles);
  });

  it.each(["graphic design dying?", "accounting dying?", "librarians dying out?"])("'%s' asks whether, on the outlook", (q) => {
    expect(engine.ask(q).parsed).toMatchObject({ intent: "profile", aspect: "outlook", kind: "yes-no" });
    expect(firstLine(q)).toMatch(/^The (outlook|job market) is /);
  });

  it.each(["can an lpn work in the icu", "can a cna work in a nursing home", "can a pharmacist work in a clinic"])(
    "'%s' asks where the work is done: the Handbook's note on the settings",
    (q) => {
      expect(engine.ask(q).parsed).toMatchObject({ aspect: "environment", kind: "yes-no", topic: "setting" });
      expect(firstLine(q)).toMatch(/^(.+: )?(Most|More than half of nursing assistants) work in .*\(BLS, Occupational Outlook Handbook\)\.$/);
    },
  );

  it.each([
    "trade school for hvac or an associate's for radiology tech, which is better?",
    "hvac or an associate degree for radiology tech, which is better?",
    // A story of about fifty words still has its field nouns read.
    "hey so i'm 22, i've been working at amazon warehouse for 2 years and i'm thinking of either going to trade school for hvac or doing an associate's for radiology tech. which is the better bet long term?",
  ])("an associate's is a degree, not an unknown job: %s", (q) => {
    const { parsed, answer } = engine.ask(q);
    expect(parsed.unknownRoles).toEqual([]);
    expect(parsed.kind).toBe("which");
    expect(answer.roles.map((r) => r.title)).toEqual([
      "Heating, Air Conditioning or Refrigeration Mechanic or Installer",
      "Radiologic Technologist or Technician",
    ]);
  });

  it.each([
    "the nurse at school gave me an ice pack",
    "the cashier at walmart was so rude",
    "teacher appreciation week is coming up, gift ideas?",
    "what should i get my kids teacher as a gift",
    "best gifts for nurses",
  ])("a person at a place in a story, or a gift, is no job question: %s", (q) => expect(engine.ask(q).parsed.intent).toBe("none"));

  it("the school someone works at is where, not schooling", () => {
    expect(firstLine("how much does a nurse at a school make")).toMatch(/^Registered Nurse earns a median of \$[\d,]+ a year; /);
    expect(firstLine("the teacher at my school is leaving, is teaching a good career?")).toMatch(/^The job market is /);
    // ...while going back to school is schooling.
    expect(engine.ask("is it worth going back to school for nursing at 35").parsed.aspect).toBe("requirements");
  });

  it.each([
    ["what's the most common job in america", /^Among all occupations, those employing the most: Retail Salesperson /],
    ["most common healthcare jobs", /^Among healthcare occupations, those employing the most: Registered Nurse /],
    ["what jobs employ the most people", /^Among all occupations, those employing the most: /],
  ])("'%s' ranks by workers", (q, first) => expect(firstLine(q)).toMatch(first));

  it.each(["the most common job question i get is about pay lol", "the most common job interview question"])("'%s' is no ranking", (q) =>
    expect(engine.ask(q).parsed.intent).toBe("none"),
  );

  it.each([
    ["worst paying jobs", /^Among all occupations, the lowest median pay: /],
    // "much education" is the schooling asked for, not the field of education.
    ["jobs that don't require much education but pay well", /^Among all occupations open with a high-school diploma or less, the highest median pay: /],
    // Words between the jobs and what they don't need.
    ["what are jobs in the medical field that don't require a degree", /^Among healthcare occupations that usually need no degree, the highest median pay: /],
  ])("ranking '%s'", (q, first) => expect(firstLine(q)).toMatch(first));

  it.each(["whats the acceptance rate for med school", "how many people apply to pa school", "is it hard to get accepted into nursing school"])(
    "'%s': admissions are said to be outside the data, then the schooling",
    (q) => expect(firstLine(q)).toMatch(/^The data doesn't cover admissions or acceptance rates for schools or programs\. What it has: For an? /),
  );

  it.each([
    ["dental assistant here, is hygiene school worth it?", ["Dental Assistant", "Dental Hygienist"]],
    ["pharmacy tech here, is pharmacy school worth it?", ["Pharmacy Technician", "Pharmacist"]],
  ])("'X here' is the member's own job, and the field's school the way on: %s", (q, roles) => {
    const { parsed, answer } = engine.ask(q);
    expect(parsed.kind).toBe("path");
    expect(answer.roles.map((r) => r.title)).toEqual(roles);
  });

  it.each([
    ["what do senior accountants make", /^Experienced pay, a year: Accountant /],
    ["junior developer salary", /^Starting pay, a year: Software Developer /],
    ["how much do top lawyers make", /^Experienced pay, a year: Lawyer /],
    // A journeyman lineman is a power-line worker at the middle of the pay (O*NET reports the title under electricians too).
    ["journeyman lineman salary", /^Middle pay, a year: Electrical Power-Line Installer or Repairer /],
    ["journeyman electrician salary", /^Middle pay, a year: Electrician /],
  ])("a level typed in the title, or the top earners, is the pay band asked: %s", (q, first) => expect(firstLine(q)).toMatch(first));

  it.each(["how do i get into human resources", "how do i get into human resources with no degree"])("'human resources' is a field, as 'hr' is: %s", (q) =>
    expect(engine.ask(q).answer.roles.map((r) => r.title)).toEqual(["Human Resources Specialist"]),
  );

  it("a doctorate in a subject is a degree held, as a master's in it is", () =>
    expect(firstLine("what jobs can i get with a phd in physics")).toMatch(
      /^The data doesn't link degrees to jobs; what it has is how much each occupation draws on Physics knowledge/,
    ));

  it.each(["do chefs work holidays", "do nurses work on christmas"])("'%s' asks the hours: the Handbook's note on them", (q) =>
    expect(firstLine(q)).toMatch(/^(Most chefs and head cooks|Nurses in hospitals) .*holidays/),
  );

  it("'traumatizing' asks about stress", () => expect(engine.ask("is being a nurse traumatizing").answer.verdict?.text).toMatch(/Stress Tolerance/));

  it.each([
    ["how much does a cna make biweekly", /^Nursing Assistant earns a median of about \$[\d,]+ every two weeks: \$[\d,]+ a year divided by 26 /],
    ["nurse pay per paycheck", /^Registered Nurse earns a median of about \$[\d,]+ every two weeks: /],
    ["rn vs lpn bi weekly pay", /^Registered Nurse earns more: median pay every two weeks Registered Nurse about \$/],
    // The month asked after taxes: the figures are gross, said first, then the month.
    [
      "how much does a nurse make a month after taxes",
      /^BLS's wage figures are gross pay, .* Before tax: Registered Nurse earns a median of about \$[\d,]+ a month: /,
    ],
  ])("pay every two weeks, and after taxes: %s", (q, first) => expect(firstLine(q)).toMatch(first));

  it("'six figures' beside a field asks its pay", () =>
    expect(firstLine("is 6 figures possible in hvac")).toMatch(
      /^Rarely for a Heating, Air Conditioning or Refrigeration Mechanic or Installer: \$100,000 a year /,
    ));

  it.each(["is welding a legit career", "is hairdressing a viable career"])("'%s' asks the prospects", (q) => expect(firstLine(q)).toMatch(/^The outlook is /));

  it("the years ahead: 'will nurses be needed in 10 years', 'jobs of the future'", () => {
    expect(engine.ask("will nurses be needed in 10 years").parsed).toMatchObject({ aspect: "outlook", kind: "yes-no" });
    expect(firstLine("jobs of the future")).toMatch(/^Among all occupations, the fastest projected growth: /);
    expect(engine.ask("will the server be needed tomorrow").parsed.intent).toBe("none");
  });

  it("'rank these by salary' puts the roles in order", () => {
    const q = "rank these by salary: dental hygienist, radiology tech, respiratory therapist";
    expect(engine.ask(q).parsed).toMatchObject({ aspect: "salary", kind: "which" });
    expect(firstLine(q)).toMatch(/^Dental Hygienist earns the most: median Dental Hygienist \$[\d,]+, Respiratory Therapist \$[\d,]+, Radiologic /);
    expect(engine.ask("sort by schooling: electrician, nurse, lawyer").parsed.kind).toBe("which");
  });

  it("'what major for X' asks the schooling; 'the major difference' does not", () => {
    expect(engine.ask("what major for physician assistant").parsed.aspect).toBe("requirements");
    expect(engine.ask("best major for a pharmacist").parsed.aspect).toBe("requirements");
    expect(engine.ask("what's the major difference between a pa and an np").parsed.aspect).toBe("overview");
    // The member's own major is who is asking, not what the question is about.
    expect(firstLine("cs major, should i do swe or data science")).toMatch(
      /^Better depends on what matters to you\. On the data: Software Developer earns more/,
    );
  });

  it("two jobs at once is no question of whether they are the same job", () => {
    expect(firstLine("is it possible to be a nurse and a teacher at the same time")).toMatch(/^The data doesn't cover holding two jobs at once/);
    expect(firstLine("can i work as a cna and a medical assistant at the same time")).toMatch(/^The data doesn't cover holding two jobs at once/);
    expect(firstLine("is a medical assistant the same as a cna")).toMatch(/^No: the data counts them as different occupations/);
  });

  it("a UPS driver's pay is said to be across all employers; the ups and downs of a job name no employer", () => {
    expect(firstLine("how much do ups drivers make")).toMatch(/^I have no figures for UPS: /);
    expect(firstLine("how much does an aerospace engineer make at nasa")).toMatch(/^I have no figures for NASA: /);
    expect(engine.ask("is nursing worth it, what are the ups and downs").answer.verdict?.text ?? "").not.toMatch(/UPS/);
  });

  it("a misspelt 'career' is the career, not a mail carrier or a carer", () => {
    expect(engine.ask("is nursing a good carrer").parsed).toMatchObject({ intent: "profile", aspect: "outlook", kind: "yes-no" });
    expect(firstLine("is nursing a good carrer")).toBe(firstLine("is nursing a good career"));
  });

  it.each(["the nures was nice to me", "im a nures", "dont let your gaurd down", "my new modle kit arrived", "lol the pilto episode was great"])(
    "a swapped-letter title in chat stays chat: %s",
    (q) => expect(engine.ask(q).parsed.intent).toBe("none"),
  );
  it("an apprentice's pay asked yes or no gets the starting band, not the median judged", () => {
    expect(firstLine("is electrician apprenticeship paid")).toMatch(/^Starting pay, a year: Electrician \$[\d,]+–\$[\d,]+ \(10th–25th percentile/);
    expect(firstLine("do hvac apprentices get paid")).toMatch(/^Starting pay, a year: Heating, Air Conditioning/);
    expect(firstLine("do electricians get paid well")).toMatch(/^(About the middle|Above most jobs|Below most jobs)/);
  });

  it("pay per mile, per shift or per patient: the data has no such figure, said first, then the pay", () => {
    for (const q of [
      "how much do truck drivers make per mile",
      "otr driver pay per mile",
      "how much do nurses make per shift",
      "how much do doctors make per patient",
    ])
      expect(firstLine(q)).toMatch(/^The data doesn't say how or when workers are paid .* earns a median of/);
    expect(firstLine("how much do truck drivers make")).not.toMatch(/how or when workers are paid/);
    expect(engine.ask("i drove a long way, about 300 miles a day lol").parsed.intent).toBe("none");
  });

  it("a licensing exam asked about: not in the data, said first, then the way in", () => {
    expect(firstLine("how hard is the cpa exam")).toMatch(
      /^The data doesn't cover licensing exams or their pass rates\. What it takes to become an Accountant/,
    );
    expect(firstLine("how hard is the nclex")).toMatch(
      /^The data doesn't cover licensing exams or their pass rates\. What it takes to become a Registered Nurse/,
    );
    expect(firstLine("is it hard to become an air traffic controller")).toMatch(/^What it takes to become an Air Traffic Controller/);
  });
  it("'extra' before a noun is an adjective, not a film extra set beside the roles", () => {
    expect(engine.ask("pharmacist vs pharmacy tech, worth the extra schooling?").parsed.roles.map((r) => r.typed)).toEqual(["pharmacist", "pharmacy tech"]);
    expect(engine.ask("rn vs lpn, is the extra school worth it").parsed.roles).toHaveLength(2);
    expect(engine.ask("how much does an extra make").parsed.roles.map((r) => r.typed)).toEqual(["extra"]);
  });

  it("jobs that only need a certificate are ranked within that schooling", () => {
    for (const q of ["highest paying jobs that only need a certificate", "what jobs need a 6 month certificate", "jobs that only need a cert"]) {
      expect(engine.ask(q).parsed.ranking?.maxEducation).toBe("postsecondary-certificate");
      expect(firstLine(q)).toMatch(/^Among all occupations that usually start with a postsecondary certificate or less, the highest median pay: /);
    }
  });

  it("UK bin men are refuse collectors; the bin men in a story stay chat", () => {
    expect(engine.ask("how much do bin men earn").parsed.roles.map((r) => r.roleId)).toEqual(["53-7081.00"]);
    expect(engine.ask("the bin men woke me up at 6am").parsed.intent).toBe("none");
  });
  it("what comes after a job, the next step up from it: where it leads; jobs like being one: its closest others", () => {
    expect(firstLine("what comes after a cna")).toMatch(/^Among the occupations O\*NET lists as closest to Nursing Assistant, these pay more: /);
    expect(firstLine("next step up from medical assistant")).toMatch(/^Among the occupations O\*NET lists as closest to Medical Assistant, these pay more: /);
    expect(firstLine("what jobs are similar to being a pharmacist")).toMatch(
      /^The occupations O\*NET lists as closest to Pharmacist outside its own line of work: /,
    );
    expect(firstLine("what jobs are like being a nurse")).toMatch(
      /^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /,
    );
  });

  it("pay by the degree held is in no table: said first, then the job's one median and its usual schooling", () => {
    for (const q of [
      "do bsn nurses make more than adn nurses",
      "adn vs bsn salary difference",
      "do teachers with a masters get paid more",
      "is a masters worth it for teachers pay wise",
    ])
      expect(firstLine(q)).toMatch(
        /^The data doesn't break pay down by the degree a worker holds\. .* earns a median of \$[\d,]+ a year, whatever the degree \(BLS/,
      );
    expect(firstLine("what degree do you need to be a nurse")).toMatch(/^For a Registered Nurse, BLS lists a bachelor's degree/);
    expect(firstLine("do nurses make more than teachers")).not.toMatch(/by the degree/);
  });
  it("a GPA asked is admissions; hating heights or needles is a fear the member weighs", () => {
    expect(firstLine("what gpa do you need for nursing school")).toMatch(/^The data doesn't cover admissions or acceptance rates/);
    expect(firstLine("i hate needles, can i be a nurse")).toMatch(/^The data doesn't cover fears or reactions like that/);
    expect(firstLine("electrician or plumber for someone who hates heights")).toMatch(
      /^The Handbook's notes mention heights for each: Electrician \(.*\) and Plumber, Pipefitter or Steamfitter \(/,
    );
  });
  it("a stepping stone to a job, what to do before it: the closest occupations that take less preparation, or the editors' steps in", () => {
    expect(engine.ask("what's a good stepping stone to becoming a pa").parsed.movingOn).toBe("in");
    expect(firstLine("what's a good stepping stone to becoming a pa")).toMatch(
      /^Among the occupations O\*NET lists as closest to Physician Assistant, these take less preparation \(a lower job zone\), so they are open sooner: Medical Assistant \(\$[\d,]+\), Registered Nurse/,
    );
    // A specialty of the job itself (an RN's "Acute Care Nurse") is no way into it.
    expect(firstLine("what jobs are good stepping stones to nursing")).not.toMatch(/Acute Care Nurse/);
    expect(firstLine("what should i do before becoming a nurse practitioner")).toMatch(
      /^Among the occupations O\*NET lists as closest to Nurse Practitioner, these take less preparation/,
    );
    expect(firstLine("what's a good stepping stone to becoming an office manager")).toBe(
      "The usual steps into Office Manager are Receptionist, Administrative Assistant and Office Coordinator.",
    );
    // Told, not asked; and a move between two named roles stays a path.
    expect(engine.ask("i was a teacher before i became a nurse").parsed.intent).toBe("none");
    expect(engine.ask("is cna a good stepping stone to rn").parsed.kind).toBe("path");
  });
  it("a vice president of a function is its manager, not a salesperson or a chief executive", () => {
    expect(engine.ask("vp of sales salary").parsed.roles.map((r) => r.roleId)).toEqual(["11-2022.00"]);
    expect(engine.ask("vice president of sales salary").parsed.roles.map((r) => r.roleId)).toEqual(["11-2022.00"]);
    expect(engine.ask("vice president of marketing salary").parsed.roles.map((r) => r.roleId)).toEqual(["11-2021.00"]);
    expect(engine.ask("my vp of sales is a jerk").parsed.intent).toBe("none");
  });

  it("the member's own job, then one choice named and the other a field: the two choices", () => {
    expect(engine.ask("I'm an EMT, should I go paramedic or nursing?").parsed.roles.map((r) => r.roleId)).toEqual(["29-2043.00", "29-1141.00"]);
    expect(engine.ask("I'm an EMT, should I go paramedic or stay an emt?").parsed.roles).toHaveLength(2);
  });

  it("the average salary of all jobs (or a field's): the middle worker's occupation's median, then those employing the most", () => {
    for (const q of ["what's the average salary in the us", "what's the average salary for all jobs", "whats the median income in america"]) {
      expect(engine.ask(q).parsed).toMatchObject({ intent: "compare", aspect: "salary", ranking: { measure: "workers", field: null, middlePay: true } });
      expect(firstLine(q)).toMatch(
        /^The data has each occupation's median pay, not one average over all jobs: counting each occupation's workers, the middle US worker is in an occupation with a median of \$[\d,]+ a year \(BLS, [^)]+\)\. The occupations employing the most: /,
      );
    }
    expect(firstLine("average salary in healthcare")).toMatch(/the middle worker in healthcare occupations is in an occupation with a median of/);
    // A job's average pay is that job's; a town's average is chat.
    expect(engine.ask("average nurse salary").parsed.ranking).toBeUndefined();
    expect(engine.ask("the average salary in my town is so low lol").parsed.intent).toBe("none");
  });
  it("a job asked about for one gender: no figures by gender, said first, then what the data has for anyone", () => {
    expect(firstLine("is nursing a good career for men")).toMatch(/^The data has no figures by gender; what it has is the same for anyone\. The outlook is /);
    expect(firstLine("can a woman be an electrician")).toBe("The data has no figures by gender; what it has is the same for anyone.");
    expect(firstLine("how much do male nurses make")).toMatch(
      /^The data has no figures by gender; what it has is the same for anyone\. Registered Nurse earns a median of \$[\d,]+ a year; /,
    );
    expect(firstLine("is nursing a good career")).not.toMatch(/gender/);
    expect(engine.ask("my man is a welder lol").parsed.intent).toBe("none");
  });
  it("a growth rate is the jobs' growth; unemployment and turnover rates are not in the data, said first", () => {
    expect(engine.ask("growth rate for software developers").parsed.aspect).toBe("outlook");
    expect(engine.ask("career growth as a nurse").parsed.aspect).toBe("career");
    expect(firstLine("unemployment rate for teachers")).toMatch(/^The data doesn't cover unemployment, turnover or quit rates by occupation/);
    expect(firstLine("what's the turnover rate for nurses")).toMatch(/^The data doesn't cover unemployment, turnover or quit rates by occupation/);
    expect(engine.ask("the unemployment rate went up again").parsed.intent).toBe("none");
  });
  it("union pay and the member's age are not in the data, said first; a credit union or hours a week are neither", () => {
    expect(firstLine("how much do union electricians make")).toMatch(
      /^The data doesn't split figures by union membership; what it has counts union and non-union workers together\. Electrician earns a median of /,
    );
    expect(firstLine("credit union teller salary")).not.toMatch(/union membership/);
    expect(firstLine("is it worth going back to school at 30 for nursing")).toMatch(/^The data doesn't track age\. It is the usual way in: /);
    expect(firstLine("becoming a nurse at 40")).toMatch(/^The data doesn't track age\. To become a Registered Nurse, /);
    // Said once where the verdict says it already, and not of hours, pay or years of experience.
    expect(firstLine("am i too old to become a nurse at 45").match(/track age/g)).toHaveLength(1);
    expect(firstLine("electrician pay at 40 hours a week")).not.toMatch(/age/);
    expect(firstLine("how much do nurses make after 10 years")).not.toMatch(/track age/);
  });
  it("weather is outdoor work; what members hate about a job weighs it; respect is not in the data, said first", () => {
    expect(firstLine("do electricians work in the rain")).toMatch(/^Electricians risk electrical shocks, .* outdoors in bad weather/);
    expect(firstLine("do linemen work in bad weather")).toMatch(/^Line workers face serious hazards, .* outdoor work in snow, wind, rain/);
    expect(firstLine("do glassblowers work in the heat")).toMatch(
      /^The data doesn't measure physical demands or outdoor work directly, but it is a fair sign: /,
    );
    expect(firstLine("what do people hate about being a pharmacist")).toMatch(/^What counts as a pro or a con depends on you\. On the data: Pharmacist earns /);
    expect(firstLine("are accountants respected")).toBe("The data doesn't measure how respected or prestigious a job is.");
    expect(firstLine("is nursing prestigious")).toBe("The data doesn't measure how respected or prestigious a job is.");
    // The member's age told in passing ("im 24 and …, which one would be better") is no doubt about age.
    expect(firstLine("im 24, nurse or teacher, which is better long term?")).not.toMatch(/track age/);
    expect(firstLine("im 35 is it too late to become a nurse").match(/track age/g)).toHaveLength(1);
  });
  it("'what else can teachers do', asked after the member's own years in the job too: the closest other work", () => {
    expect(firstLine("what else can nurses do")).toMatch(/^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /);
    expect(firstLine("I have been a teacher for 8 years and I am burnt out. What else can teachers do?")).toMatch(
      /^The occupations O\*NET lists as closest to Elementary School Teacher \(except special education\) outside its own line of work: /,
    );
  });
  it("the member's own job and better-paid work asked; without more school, only what usually starts with no more", () => {
    expect(firstLine("im a cashier, what pays more")).toMatch(/^Among the occupations O\*NET lists as closest to Cashier, these pay more: /);
    expect(firstLine("cna here, what can i do that pays more")).toMatch(
      /^Among the occupations O\*NET lists as closest to Nursing Assistant, these pay more: /,
    );
    // ("gm here, when is the meeting": the member's own job said, then chat.)
    expect(engine.ask("gm here, when is the meeting").parsed.intent).toBe("none");
    expect(engine.ask("office manager here what time is the meeting").parsed.intent).toBe("none");
    expect(firstLine("im a cna, what pays more without more school")).toMatch(
      /^Among the occupations O\*NET lists as closest to Nursing Assistant, these pay more and usually start with no more schooling than it \(a postsecondary certificate\): /,
    );
    expect(firstLine("im a cna, what pays more without more school")).not.toMatch(/Registered Nurse/);
  });
  it("whether the member would be good at a job, how to become one, and the certificates asked to earn more", () => {
    expect(firstLine("how do i know if i'd be a good nurse")).toMatch(/^Whether it suits you depends on what matters to you\. On the data: Registered Nurse/);
    expect(engine.ask("she would be a good nurse").parsed.intent).toBe("none");
    expect(firstLine("what should a 16 year old do to become a pilot")).toMatch(/^To become a Commercial Pilot, /);
    expect(firstLine("What certifications should a medical assistant get to earn more?")).toMatch(
      /^Most states don't require medical assistants to be certified, but many employers prefer certified ones/,
    );
    expect(firstLine("I have a bachelor's in biology, what can I do besides med school?")).toMatch(
      /^The data doesn't link degrees to jobs; .*Biology knowledge/,
    );
  });
  it("robots or AI taking over a job is its outlook; contact with patients and travel are said not to be in the data", () => {
    expect(firstLine("will robots take over welding")).toMatch(/^The outlook is about average: /);
    expect(firstLine("is ai taking over accounting")).toMatch(/^The outlook is good: .*not a forecast about AI/);
    expect(firstLine("which nursing jobs don't involve patients")).toMatch(
      /^The data doesn't measure contact with patients or customers directly; O\*NET's Social interest rating .* Among nursing occupations, the lowest rating/,
    );
    expect(firstLine("healthcare jobs without patient contact")).toMatch(/^The data doesn't measure contact with patients or customers directly/);
    expect(firstLine("best jobs for introverts")).toMatch(/^The data doesn't measure what suits introverts/);
    expect(firstLine("careers that involve traveling")).toMatch(/^The data doesn't say which jobs involve travel/);
    expect(firstLine("non clinical nursing jobs")).toMatch(/^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work: /);
  });
  it("an arrow is a move, the VS emoji a comparison, dollar signs pay; two degrees into one job are no two roles", () => {
    expect(firstLine("lpn -> rn")).toMatch(/^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: a common move; /);
    expect(firstLine("medical assistant → rn")).toMatch(/^Medical Assistant → Registered Nurse: /);
    expect(engine.ask("nurse 🆚 teacher").answer.roles.map((r) => r.title)).toEqual([
      "Registered Nurse",
      "Elementary School Teacher (except special education)",
    ]);
    expect(engine.ask("rn vs lpn $$$").parsed.aspect).toBe("salary");
    expect(firstLine("ADN vs BSN")).toMatch(
      /^The data doesn't compare degrees: its figures for Registered Nurse are the same whatever degree a worker holds\. For a Registered Nurse, BLS lists a bachelor's degree/,
    );
    expect(firstLine("phd or masters for data science")).toMatch(/^The data doesn't compare degrees: its figures for Data Scientist/);
  });
  it("a credential by its name ('without a pmp'); what one job does that another doesn't; a negated 'do' asks no duties", () => {
    expect(firstLine("can i be a project manager without a pmp")).toMatch(/^Helpful, not always required: common credentials for Project Manager are /);
    expect(firstLine("do program managers need PMP")).toMatch(/^Helpful, not always required: common credentials for Program Manager/);
    expect(engine.ask("what do nurses do that cnas don't").answer.roles.map((r) => r.title)).toEqual(["Registered Nurse", "Nursing Assistant"]);
    expect(engine.ask("what skills do operations managers need that office managers don't").parsed.aspect).toBe("skills");
  });
  it("a broad word last in a list compared is never dropped: left out, saying it fits many roles", () => {
    const { parsed, answer } = engine.ask("compare nurse teacher and engineer pay");
    expect(parsed.unknownRoles).toEqual(["engineer"]);
    expect(answer.notes).toContainEqual({ kind: "left-out", typed: "engineer", broad: true });
    expect(renderText(answer)).toContain('Note: "engineer" on its own fits many roles, so it is left out: name the kind you mean to add it.');
    // (A word not known at the end of a chain of "vs" too, or in its middle.)
    expect(engine.ask("nurse vs teacher vs zorblax").answer.notes).toContainEqual({ kind: "left-out", typed: "zorblax" });
    expect(engine.ask("nurse vs zorblax vs teacher").answer.notes).toContainEqual({ kind: "left-out", typed: "zorblax" });
  });
  it("a chain named where a shared title works says which kind it is: a cook at mcdonalds is a fast food cook", () => {
    expect(firstLine("how much do cooks make at mcdonalds")).toMatch(/^I have no figures for McDonald's: .* median Cook, Fast Food \$/);
    expect(firstLine("cook at wendys pay")).toMatch(/^I have no figures for Wendy's: .* median Cook, Fast Food \$/);
    expect(engine.ask("cooks salary").answer.roles.map((r) => r.title)).toEqual(["Cook, Restaurant"]);
  });
  it("an employer asked about with no job named: no figures by employer, said, and the job asked for", () => {
    const text =
      "I have no figures for Amazon: BLS publishes pay by occupation across all employers, not by employer. Ask with the job you mean there, and I'll give that occupation's figures across all employers.";
    expect(firstLine("does amazon pay well")).toBe(text);
    expect(firstLine("is working at costco a good job")).toMatch(/^I have no figures for Costco: /);
    expect(firstLine("how much does walmart pay")).toMatch(/^I have no figures for Walmart: /);
    // A job named gets its figures; told, not asked, it stays chat.
    expect(firstLine("how much does amazon pay software engineers")).toMatch(/^I have no figures for Amazon: .* median Software Developer \$/);
    expect(engine.ask("amazon pays its drivers badly lol").parsed.intent).toBe("none");
  });
  it("whether a job is tipped is not in the data, said first; the figures count tips where there are any", () => {
    expect(firstLine("do servers get tips")).toBe(
      "The data doesn't say which jobs are tipped; BLS's wage figures count tips where there are any. Waiter or Waitress earns a median of $35,230 a year with them (BLS, May 2025).",
    );
    expect(firstLine("do bartenders make tips")).toMatch(/^The data doesn't say which jobs are tipped; /);
    expect(firstLine("how much do bartenders make with tips")).toMatch(/^BLS's wage figures count tips and commissions\. /);
  });
  it("negotiating pay is not in the data, said first, before the range of pay", () => {
    expect(firstLine("how do i negotiate a higher salary as a nurse")).toMatch(
      /^The data can't say how to negotiate pay; what it has is the range of pay for the job, to negotiate within\. Registered Nurse earns a median of /,
    );
    expect(engine.ask("how to ask for a raise as a teacher").parsed.aspect).toBe("salary");
    expect(firstLine("nurse salary")).not.toMatch(/negotiate/);
  });
  it("'what do nurses make after 5 years', '… starting out': when in a career the pay is asked, not chat about nursing", () => {
    // Five years in is the middle of the pay; ten, the experienced band.
    expect(engine.ask("what do nurses make after 5 years").parsed).toMatchObject({ intent: "profile", aspect: "salary", payBand: "middle" });
    expect(engine.ask("what do nurses make after 10 years").parsed).toMatchObject({ intent: "profile", aspect: "salary", payBand: "senior" });
    expect(engine.ask("what do nurses make starting out").parsed).toMatchObject({ intent: "profile", aspect: "salary", payBand: "entry" });
    expect(engine.ask("what do servers make after the update").parsed.intent).toBe("none");
    // A level of the job between "what do" and its title.
    expect(engine.ask("what do new grad nurses make").parsed).toMatchObject({ intent: "profile", aspect: "salary", payBand: "entry" });
    expect(engine.ask("what do experienced servers make").parsed).toMatchObject({ intent: "profile", payBand: "senior" });
    expect(engine.ask("what do new servers do when they crash").parsed.intent).toBe("none");
  });
  it("the NHS, an NHS pay band or A levels name the UK; TAFE or a cert 3 Australia: the figures are said to be the US's", () => {
    expect(firstLine("band 5 nurse salary")).toMatch(/^I only have US national figures, not figures for the UK: median Registered Nurse/);
    expect(firstLine("practice manager vs clinic receptionist pay nhs")).toMatch(/^I only have US national figures, not figures for the UK/);
    expect(engine.ask("what a levels do i need to be a vet").parsed.place).toBe("the UK");
    expect(engine.ask("electrician pay after tafe").parsed.place).toBe("Australia");
    expect(engine.ask("nurse salary").parsed.place).toBeUndefined();
  });
  it("an employer is no unknown job; DS is a data scientist; a certified welder welds; farming is the farmer's", () => {
    expect(engine.ask("SWE vs DS, which one pays more at big tech").parsed).toMatchObject({ intent: "compare", unknownRoles: [] });
    expect(engine.ask("SWE vs DS, which one pays more at big tech").parsed.roles.map((r) => r.roleId)).toEqual(["15-1252.00", "15-2051.00"]);
    expect(firstLine("SWE vs DS, which one pays more at big tech")).toMatch(/^I have no figures for the big tech firms /);
    expect(engine.ask("my ds broke lol").parsed.intent).toBe("none");
    expect(engine.ask("certified welder salary").parsed.roles.map((r) => r.roleId)).toEqual(["51-4121.00"]);
    expect(engine.ask("is farming profitable").parsed.roles.map((r) => r.roleId)).toEqual(["11-9013.00"]);
  });
  it("an apprentice is counted with the trade (its starting pay), not with the helpers; crew and HR titles by their short names", () => {
    for (const q of ["electrician apprentice pay", "apprentice electrician salary"]) expect(firstLine(q)).toMatch(/^Starting pay, a year: Electrician \$/);
    expect(firstLine("plumber apprentice salary")).toMatch(/^Starting pay, a year: Plumber, Pipefitter or Steamfitter \$/);
    expect(firstLine("do hvac apprentices get paid")).toMatch(/^Starting pay, a year: Heating, Air Conditioning/);
    expect(engine.ask("helper electrician salary").parsed.roles.map((r) => r.roleId)).toEqual(["47-3013.00"]);
    expect(engine.ask("vid editor vs camera op").parsed.roles.map((r) => r.roleId)).toEqual(["27-4032.00", "27-4031.00"]);
    expect(engine.ask("comp & ben manager requirements").parsed.roles.map((r) => r.roleId)).toEqual(["11-3111.00"]);
  });
  it("'closer to home' is no loan closer; a choice 'between' two roles is read without the member's own job", () => {
    expect(engine.ask("radiography is closer to home but dental hygiene pays more, which should i pick").parsed.roles.map((r) => r.roleId)).not.toContain(
      "43-4131.00",
    );
    expect(engine.ask("loan closer salary").parsed.roles.map((r) => r.roleId)).toEqual(["43-4131.00"]);
    expect(engine.ask("im a cna deciding between lpn and adn").parsed.roles.map((r) => r.roleId)).toEqual(["29-2061.00", "29-1141.00"]);
  });

  it("the member's own pay and employer told beside a starting pay asked: the starting band, not where the pay falls", () => {
    const story =
      "so my wife is a nurse and she keeps telling me i should become one too since the pay is good. i currently drive for amazon and make about 45k. is it worth it to go back to school for 2-4 years? what would i realistically make as a new grad rn?";
    expect(firstLine(story)).toMatch(/^Starting pay, a year: Registered Nurse \$[\d,]+–\$[\d,]+ \(10th–25th percentile/);
    expect(engine.ask(story).parsed.payAmount).toBeUndefined();
    // Asked about, the amount is placed as before; an employer asked about is still named.
    expect(firstLine("i make 45k as a cna, is that good?")).toMatch(/^Above the middle for a Nursing Assistant: \$45,000 a year/);
    expect(firstLine("how much does amazon pay warehouse workers")).toMatch(/^I have no figures for Amazon/);
    expect(firstLine("i work at walmart, how much do pharmacists make")).not.toMatch(/Walmart/);
  });
  it("the member's own job told with its pay or employer, then what next or what pays more asked", () => {
    expect(firstLine("i make 18 an hour as a cashier, what jobs pay more without college")).toMatch(
      /^Among all occupations open with a high-school diploma or less, [\d,]+ have a median of \$18 an hour \(\$37,440 a year\) or more; the best paid: /,
    );
    expect(firstLine("i work at target as a cashier, what should i do next")).toMatch(
      /^The occupations O\*NET lists as closest to Cashier outside its own line of work: /,
    );
    expect(firstLine("been a bank teller 3 years making 38k, what's next")).toMatch(
      /^The occupations O\*NET lists as closest to Teller outside its own line of work: /,
    );
    expect(firstLine("i'm a teacher making 52k, would i make more as an instructional designer?")).toMatch(/^Instructional Coordinator earns more: median \$/);
    // The amount asked about is still placed.
    expect(firstLine("is making 38k as a bank teller good?")).toMatch(/Teller: \$38,000 a year is/);
  });
  it("a slash between words sets jobs side by side; a slash in an amount's period or in and/or does not", () => {
    expect(engine.ask("rn / lpn / cna pay comparison").parsed.roles.map((r) => r.roleId)).toEqual(["29-1141.00", "29-2061.00", "31-1131.00"]);
    expect(engine.ask("nursing/teaching/accounting which is best?").parsed).toMatchObject({ intent: "compare", kind: "which" });
    expect(engine.ask("medical assistant/phlebotomist which is better").parsed.roles).toHaveLength(2);
    expect(engine.ask("how much do cnas make 20/hr?").parsed.payAmount).toEqual({ value: 20, period: "hourly" });
    expect(engine.ask("nurse salary 80k/yr").parsed.payAmount).toEqual({ value: 80_000, period: "annual" });
  });
  it("how schooling is arranged (online, alongside a job) is not in the data: said, then the schooling it has", () => {
    for (const q of ["can you work while in nursing school", "is an online degree legit for nursing"])
      expect(firstLine(q)).toMatch(
        /^The data doesn't cover how schooling is arranged \(online, part time, alongside a job or instead of one\); .* For a Registered Nurse, BLS lists/,
      );
    expect(firstLine("do you need a degree to be a nurse")).not.toMatch(/how schooling is arranged/);
  });
  it("military officers, DMV clerks and USPS carriers by the names members use", () => {
    expect(engine.ask("how much do military officers make").parsed.roles.map((r) => r.roleId)).toEqual(["55-1019.00"]);
    expect(engine.ask("dmv clerk salary").parsed.roles.map((r) => r.roleId)).toEqual(["43-4031.00"]);
    expect(engine.ask("usps vs ups driver pay").parsed.roles.map((r) => r.roleId)).toEqual(["43-5052.00", "53-3033.00"]);
    expect(engine.ask("usps lost my package again lol").parsed.intent).toBe("none");
  });
  it("'is nursing easy', 'is it easy to become a cna': what it takes, not whether a degree is needed", () => {
    for (const [q, title] of [
      ["is nursing easy", "a Registered Nurse"],
      ["is being a cna easy", "a Nursing Assistant"],
      ["is it easy to become a cna", "a Nursing Assistant"],
    ] as const)
      expect(firstLine(q)).toMatch(new RegExp(`^What it takes to become ${title}: `));
    expect(engine.ask("that was easy lol").parsed.intent).toBe("none");
  });
  it("12-hour shifts are hours; 'would you recommend' weighs the job; a thing to buy for a job stays chat", () => {
    expect(firstLine("do nurses work 12 hour shifts")).toMatch(
      /^Nurses in hospitals and nursing homes usually work shifts around the clock, so nights, weekends and holidays are common/,
    );
    expect(firstLine("would you recommend becoming a pharmacist")).toMatch(
      /^Whether it suits you depends on what matters to you\. On the data: Pharmacist earns/,
    );
    for (const q of [
      "can anyone recommend a good stethoscope for nursing school",
      "what is the best laptop for a software engineer",
      "my shift was 12 hours today ugh",
    ])
      expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("a double worked is a shift, not a stunt double; the best teacher members ever had is their story", () => {
    expect(engine.ask("whats everyone doing this weekend? im working a double as a server").parsed.roles.map((r) => r.roleId)).not.toContain("27-2011.00");
    expect(engine.ask("how much does a stunt double make").parsed.roles.map((r) => r.roleId)).toEqual(["27-2011.00"]);
    expect(engine.ask("who is the best teacher/coach you ever had").parsed.intent).toBe("none");
    expect(engine.ask("what's the best job you ever had").parsed.intent).toBe("none");
  });
  it("'are hospitals hiring nurses', 'is usps hiring': the job market, not where the work is done", () => {
    expect(firstLine("are hospitals hiring nurses")).toMatch(/^The outlook is good: jobs are projected to change/);
    expect(engine.ask("is usps hiring").parsed).toMatchObject({ aspect: "outlook", topic: "prospects" });
    expect(engine.ask("can a cna work in a hospital").parsed.topic).toBe("setting");
  });
  it("a state or city right after a pay word is a place; 'highest paying states' ranks places, not the experienced band", () => {
    expect(firstLine("rn salary new york")).toMatch(/^I only have US national figures, not figures for New York: median Registered Nurse/);
    expect(firstLine("programme manager vs project manager salary london")).toMatch(/^I only have US national figures, not figures for London/);
    expect(firstLine("highest paying states for electricians")).toMatch(/^I only have US national figures, not figures for each state: median Electrician/);
    expect(engine.ask("highest paying states for electricians").parsed.payBand).toBeUndefined();
    expect(engine.ask("how much do top electricians make").parsed.payBand).toBe("senior");
  });
  it("a career change at an age, asked with no job: the data doesn't track age, said, and what it can rank", () => {
    for (const q of ["career change at 35, what are my options", "im 40 and want to change careers, what should i do", "best careers to start at 30"])
      expect(firstLine(q)).toMatch(/^The data doesn't track age, so I can't rank jobs on it\. What I can rank them by: /);
    // A job named keeps its own answer; who the jobs are for still ranks nothing.
    expect(firstLine("is it too late to become a software developer at 35")).toMatch(
      /^The data doesn't track age\. What it takes to become a Software Developer/,
    );
    // (A 16-year-old's jobs: those open to newcomers stand in; other groups still rank nothing.)
    expect(firstLine("what's a good job for a 16 year old")).toMatch(/^The data doesn't track the ages jobs hire at/);
    expect(firstLine("good jobs for felons")).toMatch(/^The data doesn't say which jobs suit or hire particular groups of people/);
  });
  it("'highest paid doctors', 'highest paid nurses': the kinds ranked by pay, not one job's experienced band", () => {
    expect(firstLine("highest paid doctors")).toMatch(/^Among physicians and surgeons, the highest median pay: /);
    expect(firstLine("highest paid nurses")).toMatch(/^Among nursing occupations, the highest median pay: Nurse Anesthetist/);
    expect(firstLine("lowest paid doctors")).toMatch(/^Among physicians and surgeons, the lowest median pay: /);
    // One worker's top pay is still the band.
    expect(firstLine("how much do top nurses make")).toMatch(/^Experienced pay, a year: Registered Nurse/);
  });
  it("an SAP consultant or a Salesforce admin configures business systems; a Salesforce developer writes code", () => {
    expect(engine.ask("salesforce admin salary").parsed.roles.map((r) => r.roleId)).toEqual(["15-1211.00"]);
    expect(engine.ask("sap consultant vs business analyst").parsed.roles.map((r) => r.roleId)).toEqual(["15-1211.00", "business-analyst"]);
    expect(engine.ask("salesforce is down again lol").parsed.intent).toBe("none");
  });
  it("'is sonography hard', 'is respiratory therapy hard': a field that names work, by one word or two, is its worker's way in", () => {
    const roleOf = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);
    expect(firstLine("is sonography hard")).toMatch(/^What it takes to become a Diagnostic Medical Sonographer: /);
    expect(firstLine("is respiratory therapy hard")).toMatch(/^What it takes to become a Respiratory Therapist: /);
    expect(roleOf("is dental hygiene hard")).toEqual(["29-1292.00"]);
    expect(roleOf("is speech pathology hard")).toEqual(["29-1127.00"]);
    expect(roleOf("is court reporting hard")).toEqual(["27-3092.00"]);
    expect(roleOf("is cosmetology hard")).toEqual(["39-5012.00"]);
    // The work itself, the member's therapy, a hobby: not a field's worker.
    for (const q of ["is the work hard", "is remote work hard", "is shift work hard", "is physical therapy hard for my knee", "is online dating hard"])
      expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'what jobs let you work 4 days a week': hours the data doesn't measure, said, and nothing ranked", () => {
    expect(firstLine("what jobs let you work 4 days a week")).toMatch(/^The data doesn't measure work-life balance or hours, so I can't rank jobs on it\./);
    expect(firstLine("best paying jobs with a four day week")).toMatch(
      /^The data doesn't measure work-life balance or hours, so the list below does not weigh them\./,
    );
  });
  it("the member's own job, then a wish for other work or a dislike: where that job leads out", () => {
    const leadsOut = (q: string, title: string) =>
      expect(firstLine(q)).toMatch(new RegExp(`^The occupations O\\*NET lists as closest to ${title} outside its own line of work: `));
    leadsOut("I work retail and I'm bored, any suggestions", "Retail Salesperson");
    leadsOut("im a cashier and im bored, any ideas", "Cashier");
    leadsOut("i'm a paralegal, what else is there", "Paralegal or Legal Assistant");
    leadsOut("been a bartender for 6 years, need a change", "Bartender");
    leadsOut("warehouse worker looking for something better", "Laborer or Freight, Stock or Material Mover, Hand");
    leadsOut("im a cna and burnt out, what are my options", "Nursing Assistant");
    leadsOut("cna looking for something better", "Nursing Assistant");
    leadsOut("im a former paralegal, what should i do now", "Paralegal or Legal Assistant");
    leadsOut("former teacher here, what jobs can i get", "Elementary School Teacher \\(except special education\\)");
    // A job told with no wish to leave it stays chat.
    expect(engine.ask("im a nurse and im bored at home today lol").parsed.movingOn).toBeUndefined();
  });
  it("'a former teacher': 'former' before a title says when, not O*NET's forming-machine operator", () => {
    expect(engine.ask("what can a former teacher do").parsed.roles.map((r) => r.roleId)).toEqual(["25-2021.00"]);
    expect(engine.ask("former vs molder pay").parsed.roles).toHaveLength(2);
  });
  it("'my gf is an rn and i'm a welder, who makes more': two jobs told, then which pays more asked at the end", () => {
    const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);
    for (const q of [
      "my gf is an rn and i'm a welder, who makes more lol",
      "she is a nurse and i am a welder, who makes more",
      "plumber and electrician, who makes more",
    ])
      expect(engine.ask(q).parsed).toMatchObject({ intent: "compare", aspect: "salary", kind: "which" });
    expect(roleIds("nurse and welder, who makes more")).toEqual(["29-1141.00", "51-4121.00"]);
    // A relative clause goes on: someone who makes more than the member.
    expect(engine.ask("my sister is a nurse, who makes more than me").parsed.intent).toBe("none");
  });
  it("'making 16/hr' is an hour's pay, not human resources; 'which one is faster' is no typo of 'master'", () => {
    const q = "ok so im 22, working at a call center making 16/hr. i want something better but i cant afford 4 years of school. what should i look into?";
    expect(engine.ask(q).parsed.roles.map((r) => r.roleId)).not.toContain("13-1071.00");
    expect(engine.ask("is hr a good career").parsed.roles.map((r) => r.roleId)).toEqual(["13-1071.00"]);
    expect(engine.ask("the server and the client, which one is faster?").parsed.intent).toBe("none");
  });
  it("'… or should i just go straight for nursing': the other choice put as a plan is a second role; 'counseling' is the counselor's field", () => {
    const roleIds = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);
    expect(roleIds("is it worth becoming a radiologic technologist or should i just go straight for nursing?")).toEqual(["29-2034.00", "29-1141.00"]);
    expect(roleIds("should i do rad tech or just go for nursing")).toEqual(["29-2034.00", "29-1141.00"]);
    // "counsel" alone is one of a lawyer's titles: "school counseling" is the school counselor.
    expect(roleIds("teaching vs school counseling")).toEqual(["25-2021.00", "21-1012.00"]);
    expect(engine.ask("i need counseling lol").parsed.intent).toBe("none");
  });
  it("why workers leave, shortages, paid training and a job's age limits: what the data lacks said first, then what it has", () => {
    expect(firstLine("why do nurses quit")).toMatch(/^The data doesn't record why workers leave a job; what it has is the outlook\. The outlook is good: /);
    expect(firstLine("why are teachers leaving")).toMatch(/^The data doesn't record why workers leave a job; what it has is the outlook\. The job market /);
    expect(firstLine("what percentage of nurses leave the profession")).toMatch(
      /^The data doesn't cover unemployment, turnover or quit rates by occupation; .* The outlook is good: /,
    );
    expect(firstLine("is the nursing shortage real")).toMatch(
      /^The data doesn't measure shortages; what it has is projected growth and openings\. The outlook is good: /,
    );
    expect(firstLine("why is there a teacher shortage")).toMatch(/^The data doesn't measure shortages; .* The job market /);
    // "Yes, above most jobs" answered whether the job pays well: the question is whether training does.
    expect(firstLine("do you get paid during police academy")).toMatch(
      /^The data doesn't say whether training is paid\. What it takes to become a Police and Sheriff's Patrol Officer: /,
    );
    expect(firstLine("does nursing school pay you")).toMatch(/^The data doesn't say whether training is paid\. What it takes to become a Registered Nurse: /);
    expect(firstLine("whats the retirement age for pilots")).toBe("The data doesn't track age.");
    expect(engine.ask("why did my server quit").parsed.intent).toBe("none");
  });
  it("'get a bachelors or go to trade school' sets college beside the trades; 'jobs for people who like to travel' says what the data lacks", () => {
    for (const q of ["is it better to get a bachelors or go to trade school", "bachelors or trade school"]) {
      const ranking = engine.ask(q).parsed.ranking;
      expect(ranking?.field?.minEducation).toBe("bachelor");
      expect(ranking?.versus?.label).toMatch(/^skilled trades/);
    }
    // A schooling limit alone still limits the list.
    expect(engine.ask("highest paying jobs with a bachelors or less").parsed.ranking).toMatchObject({ maxEducation: "bachelor" });
    expect(firstLine("jobs for people who like to travel")).toMatch(/^The data doesn't say which jobs involve travel, so I can't rank jobs on it\./);
    expect(firstLine("careers for someone who loves traveling")).toMatch(/^The data doesn't say which jobs involve travel/);
  });
  it("'can introverts be nurses', 'accountant for introverts': a job put to a kind of person is asked, and weighed on work with people", () => {
    expect(firstLine("can introverts be nurses")).toMatch(
      /^What the data shows for work with people: O\*NET rates the Social interest [\d.]+ of 7 for Registered Nurse/,
    );
    expect(firstLine("accountant for introverts")).toMatch(
      /^What the data shows for work with people: O\*NET rates the Social interest [\d.]+ of 7 for Accountant/,
    );
    expect(engine.ask("nursing for introverts thoughts").parsed).toMatchObject({ aspect: "duties", roles: [{ roleId: "29-1141.00" }] });
    expect(firstLine("can felons become nurses")).toMatch(/^The data doesn't cover criminal records/);
    for (const q of ["can you be servers at the party", "this party is not for introverts lol"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'i want to be a nurse but i'm scared of blood', 'should i quit my job to go back to school for nursing': what the data can't weigh, first", () => {
    expect(firstLine("i want to be a nurse but i'm scared of blood")).toMatch(
      /^The data doesn't cover fears or reactions like that: .* The usual way in, Registered Nurse: /,
    );
    // "Often, yes: … a bachelor's degree" read as "yes, quit your job".
    expect(firstLine("should i quit my job to go back to school for nursing")).toMatch(
      /^The data doesn't cover how schooling is arranged \(online, part time, alongside a job or instead of one\)/,
    );
    expect(engine.ask("i want to be an astronaut when i grow up lol jk").parsed.intent).toBe("none");
  });
  it("slang opening a question ('bruh', 'yo', 'ngl') is read past, as if typed without it", () => {
    expect(firstLine("bruh do cops even make good money")).toMatch(
      /^(Yes|About the middle|Above most jobs)[^:]*: Police and Sheriff's Patrol Officer earns a median of/,
    );
    expect(engine.ask("yo whats better trucking or welding").parsed.roles).toHaveLength(2);
    for (const q of ["bruh the server is down again", "bruh moment", "ngl the nurse was nice", "yo"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("a role with no wage figures says so first; for the armed forces, why", () => {
    expect(firstLine("how much does a soldier make")).toMatch(
      /^The data has no pay figures for Military .*: BLS's wage survey doesn't cover the armed forces\.$/,
    );
    expect(firstLine("do soldiers make good money")).toMatch(/^The data has no pay figures for Military /);
  });
  it("'are nurses happy with their jobs', 'are nurses stressed': how a job's workers fare, asked, answered on what the data has", () => {
    expect(firstLine("are nurses happy with their jobs")).toMatch(/^Whether work feels boring or rewarding depends on you; the data doesn't measure it\./);
    expect(firstLine("are nurses stressed")).toMatch(
      /^The data doesn't measure stress directly, but it is a fair sign: O\*NET rates Stress Tolerance [\d.]+ of 5 for Registered Nurse/,
    );
    expect(firstLine("are truck drivers stressed out")).toMatch(/^The data doesn't measure stress directly/);
    expect(engine.ask("are servers happy today").parsed.intent).toBe("none");
  });
  it("an adjunct professor teaches any subject part time, not law only", () => {
    expect(engine.ask("adjunct professor salary").parsed.roles.map((r) => r.roleId)).toEqual(["25-1199.00"]);
    expect(engine.ask("adjunct law professor salary").parsed.roles.map((r) => r.roleId)).toEqual(["25-1112.00"]);
  });
  it("an Uber Eats or Amazon Flex driver delivers (not a tractor-trailer's driver), and the app is named as a contractor's platform", () => {
    expect(firstLine("how much does an uber eats driver make")).toMatch(
      /^Uber Eats' drivers and shoppers work as independent contractors.* median Light Truck Driver/,
    );
    expect(engine.ask("amazon flex driver pay").parsed.roles.map((r) => r.roleId)).toEqual(["53-3033.00"]);
    expect(firstLine("grubhub driver salary")).toMatch(/^Grubhub's drivers and shoppers work as independent contractors/);
    expect(firstLine("uber driver pay")).toMatch(/^Uber's drivers and shoppers work as independent contractors.* median Taxi Driver/);
  });
  it("'can i get a job with a psychology degree', 'what do people with psychology degrees do': the subject's jobs", () => {
    for (const q of ["can i get a job with a psychology degree", "what do people with psychology degrees do"])
      expect(firstLine(q)).toMatch(/^The data doesn't link degrees to jobs; what it has is how much each occupation draws on Psychology knowledge/);
  });
  it("'what does the average plumber make', 'whats the most a nurse can make': pay asked of any worker, or its top or bottom", () => {
    for (const q of ["what does the average plumber make", "what does a typical plumber make"])
      expect(engine.ask(q).parsed).toMatchObject({ aspect: "salary", roles: [{ roleId: "47-2152.00" }] });
    expect(engine.ask("what does the plumber make").parsed.intent).toBe("none");
    expect(firstLine("whats the most a nurse can make")).toMatch(/^Experienced pay, a year: Registered Nurse /);
    expect(firstLine("whats the lowest a nurse can make")).toMatch(/^Starting pay, a year: Registered Nurse /);
    expect(firstLine("what is the least a cna can earn")).toMatch(/^Starting pay, a year: Nursing Assistant /);
  });
  it("'rn here, how do i become an np': the member's own job then the one asked, a path; 'if i'm already a nurse' is where they stand", () => {
    expect(engine.ask("rn here, how do i become an np").parsed).toMatchObject({ kind: "path", roles: [{ roleId: "29-1141.00" }, { roleId: "29-1171.00" }] });
    expect(engine.ask("should i become an np or a pa if im already a nurse").parsed.roles.map((r) => r.roleId)).toEqual(["29-1171.00", "29-1071.00"]);
    for (const q of ["gm here, when is the meeting", "rn here, what should i do about my manager"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'can nurses have tattoos', 'do pilots get free flights': what a job's workers may have or get, asked, and what the data lacks", () => {
    expect(firstLine("can nurses have tattoos")).toMatch(/^The data doesn't cover personal circumstances like that/);
    expect(firstLine("do pilots get free flights")).toMatch(
      /^The data doesn't cover benefits such as pensions or health insurance\. Pay, which it has: Airline Pilot/,
    );
    expect(engine.ask("do the servers have tattoos lol").parsed.intent).toBe("none");
  });
  it("'what skills do you need to be a good manager': the quality said of a broad title is no part of it", () => {
    expect(engine.ask("what skills do you need to be a good manager").parsed.unknownRoles).toEqual(["manager"]);
    expect(firstLine("how to be a good engineer")).toMatch(/^"engineer" on its own fits many roles: which one\?/);
    for (const q of ["he is a good manager lol", "my boss is a bad manager"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'are pharmacists doctors', 'is a chiropractor a real doctor': different occupations, and the schooling each starts with", () => {
    expect(firstLine("are pharmacists doctors")).toMatch(
      /^No: the data counts them as different occupations, Pharmacist .* Both usually start with a doctorate \(BLS\)\.$/,
    );
    expect(firstLine("is a chiropractor a real doctor")).toMatch(/^No: the data counts them as different occupations, Chiropractor /);
    expect(firstLine("is an np a doctor")).toMatch(
      /Nurse Practitioner usually starts with a master's degree, Family Medicine Physician with a doctorate \(BLS\)\.$/,
    );
    expect(firstLine("is a cna a nurse")).toMatch(
      /^No: the data counts them as different occupations, Nursing Assistant \(O\*NET-SOC 31-1131\.00\) and Registered Nurse \(O\*NET-SOC 29-1141\.00\)\. What each does: Nursing Assistant \(O\*NET\): Provide or assist with basic care or support under the direction of onsite licensed nursing staff\. /,
    );
    expect(firstLine("which one gets more respect, doctor or nurse")).toMatch(/^The data doesn't measure how respected or prestigious a job is\. /);
    expect(engine.ask("is it smart to leave the server running overnight").parsed.intent).toBe("none");
  });
  it("'is it realistic to become a pilot' weighs the prospects (it said 'Usually not' about the degree); with an age, the way in", () => {
    expect(firstLine("is it realistic to become a pilot")).toMatch(/^The outlook is good: jobs are projected to change/);
    expect(firstLine("is being a musician realistic")).toMatch(/^The job market is growing slowly: /);
    expect(firstLine("is it realistic to become a doctor at 30")).toMatch(/^The data doesn't track age\. What it takes to become a Family Medicine Physician/);
  });
  it("'is it possible to become a pilot', 'can i become a pilot': what it takes (it said 'Usually not' about a degree)", () => {
    for (const q of ["is it possible to become a pilot", "can i become a pilot", "is it possible to be a certified welder in 6 months"])
      expect(firstLine(q)).toMatch(/^What it takes to become an? (Commercial Pilot|Welder, Cutter, Solderer or Brazer): /);
    // A degree named is still the doubt.
    expect(firstLine("can i become a nurse without a degree")).toMatch(
      /^Usually not: BLS lists the typical entry education as a bachelor's degree for Registered Nurse; \d+% of the workers O\*NET surveyed say an associate degree or more/,
    );
  });
  it("'am i smart enough to be a nurse': whether it suits the member, weighed on what the data has", () => {
    expect(firstLine("am i smart enough to be a nurse")).toMatch(/^Whether it suits you depends on what matters to you\. On the data: Registered Nurse earns/);
  });
  it("two places set side by side ('a nurse in texas or florida') are both named, said once, whatever the aspect", () => {
    expect(firstLine("nurse pay texas vs florida")).toMatch(/^I only have US national figures, not figures for Texas or Florida: median Registered Nurse/);
    expect(firstLine("is it better to be a nurse in texas or florida")).toMatch(
      /^I only have US national figures, not figures for Texas or Florida\. Whether it suits you/,
    );
    expect(firstLine("rn salary new york")).toMatch(/^I only have US national figures, not figures for New York: /);
  });
  it("a heading before a colon ('need advice: cna or phlebotomy?') is read past, as slang lead-ins are", () => {
    expect(engine.ask("need advice: cna or phlebotomy?").parsed.roles.map((r) => r.roleId)).toEqual(["31-1131.00", "31-9097.00"]);
    for (const q of ["need advice: my manager is yelling at me", "quick question: is the server down"]) expect(engine.ask(q).parsed.intent).toBe("none");
    // The question after the heading is read as typed alone: "does an emt …" asks yes or no.
    expect(reading("need 2 know: does an emt need college")).toEqual(["profile", "requirements", "yes-no", "29-2042.00"]);
    expect(reading("honest q: do nurses make good money")).toEqual(["profile", "salary", "yes-no", "29-1141.00"]);
  });
  it("'which trade is the most physically demanding' says what the data lacks; 'the hardest trade to learn' is the longest way in", () => {
    expect(firstLine("which trade is the most physically demanding")).toMatch(
      /^The data doesn't measure physical demands, danger or injury rates, so I can't rank jobs on it\./,
    );
    expect(engine.ask("what's the hardest trade to learn").parsed.ranking).toMatchObject({ measure: "ease", least: true });
  });
  it("a change of scenery or wanting out of a meeting is no wish for other work", () => {
    for (const q of ["im a nurse and i need a change of scenery, thinking of a vacation", "im a teacher and i want out of this meeting lol"])
      expect(engine.ask(q).parsed.intent).toBe("none");
    expect(engine.ask("been a bartender for 6 years, need a change").parsed.movingOn).toBe("out");
  });
  it("'do employers pay for nursing school' is about the cost of schooling (it said 'Yes, above most jobs')", () => {
    expect(firstLine("do employers pay for nursing school")).toMatch(
      /^The data doesn't cover what schooling costs or student debt\. What it has: For a Registered Nurse/,
    );
    expect(firstLine("do hospitals pay for nursing school")).toMatch(/^The data doesn't cover what schooling costs/);
  });
  it("'is trade school worth it' judges the trades, as 'are trades worth it' does", () => {
    expect(firstLine("is trade school worth it")).toMatch(
      /^The outlook is (good|about average) for skilled trades \(construction, installation, maintenance and repair\): /,
    );
    expect(engine.ask("is the tech school near me any good").parsed.ranking).toBeUndefined();
  });
  it("question words typed short or slipped ('hw much', 'hwo do', 'wat does') and 'n' for 'and' are read as meant", () => {
    expect(engine.ask("hw much do electricians make").parsed).toMatchObject({ intent: "profile", aspect: "salary" });
    expect(engine.ask("hwo do i become a nurse").parsed.kind).toBe("path");
    expect(engine.ask("hw do i become a nurse").parsed.kind).toBe("path");
    expect(engine.ask("difference between lpn n rn").parsed.roles.map((r) => r.roleId)).toEqual(["29-2061.00", "29-1141.00"]);
    for (const q of ["hw is due tomorrow for my nursing class", "me n my friend are both nurses lol"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'what does a medical coder make working from home' is pay; the setting says how it is earned", () => {
    expect(engine.ask("what does a medical coder make working from home").parsed.aspect).toBe("salary");
  });
  it("'how do pilots get paid' asks how the pay comes, which the data doesn't say; 'get paid' is no move", () => {
    for (const q of ["how do pilots get paid", "how does a truck driver get paid", "how are travel nurses paid"])
      expect(firstLine(q)).toMatch(/^The data doesn't say how or when workers are paid/);
    expect(engine.ask("how much do pilots get paid").parsed.topic).toBe("pay");
  });
  it("two criteria joined by 'and' ('which has better pay and less school') are both answered", () => {
    expect(firstLine("dental hygienist or radiology tech, which has better pay and less school")).toMatch(
      /^Dental Hygienist earns more: median \$[\d,]+ vs \$[\d,]+ a year for Radiologic Technologist or Technician, .*\. About the same schooling: each usually starts with an associate degree\./,
    );
    // In the order asked.
    expect(firstLine("electrician or plumber, which has more job security and better pay")).toMatch(
      /^Electrician has the better outlook: .* About the same: median /,
    );
    // One criterion, however the question goes on.
    expect(firstLine("which is better and pays more, nurse or teacher")).toMatch(/^Registered Nurse earns more: [^.]*\(BLS, May \d{4}\)\.$/);
  });
  it("'should i do lpn first or go straight for rn': the first step against going straight, with the route", () => {
    const answer = engine.ask("currently a cna, should i do lpn first or go straight for rn?").answer;
    const text = renderText(answer);
    expect(text.split("\n")[0]).toMatch(
      /^Straight to Registered Nurse: a bachelor's degree is the typical entry \(BLS\)\. Licensed Practical and Licensed Vocational Nurse first: a postsecondary certificate, then work as one on the way, at a median of \$[\d,]+ against \$[\d,]+ a year for Registered Nurse \(BLS, May \d{4}\)\. O\*NET lists Registered Nurse among the next steps from Licensed Practical and Licensed Vocational Nurse\. The data doesn't cover bridge programs/,
    );
    expect(text).toContain("From Licensed Practical and Licensed Vocational Nurse to Registered Nurse");
    expect(firstLine("go straight for rn or lpn first?")).toMatch(/^Straight to Registered Nurse: .* Licensed Practical and Licensed Vocational Nurse first: /);
    expect(firstLine("should i be a paralegal first or go straight to law school")).toMatch(
      /^Straight to Lawyer: a doctorate is the typical entry \(BLS\)\. Paralegal/,
    );
  });
  it("a doubt after a comma ('i love cooking, should i become a chef') asks yes or no", () => {
    expect(firstLine("i love cooking, should i become a chef")).toMatch(
      /^Whether it suits you depends on what matters to you\. On the data: Chef or Head Cook earns/,
    );
    expect(engine.ask("hey, can you tell me what a nurse does").parsed.kind).toBe("facts");
  });
  it("the top of the pay ('salary cap', 'cap out', 'top out') is the experienced band", () => {
    for (const q of ["what's the salary cap for a police officer", "what do nurses cap out at", "where do electricians top out pay wise"])
      expect(firstLine(q)).toMatch(/^Experienced pay, a year: .* \(75th–90th percentile, BLS, May \d{4}\)\./);
  });
  it("'do teachers really only work 9 months' is about hours: the Handbook's note on them", () => {
    expect(firstLine("do teachers really only work 9 months")).toMatch(/^Kindergarten and elementary school teachers .*most do not work in the summer/);
  });
  it("'a job as a developer' is no job developer (a counselor's title), and getting one is becoming one", () => {
    expect(engine.ask("is a coding bootcamp enough to get a job as a developer").parsed.roles.map((r) => r.roleId)).toEqual(["15-1252.00"]);
    for (const q of ["how do i get a job as a nurse", "how to get a job as a software developer"])
      expect(firstLine(q)).toMatch(/^To become an? (Registered Nurse|Software Developer), a bachelor's degree is the usual way in/);
    expect(engine.ask("quitting my job as a paralegal, what now").parsed.movingOn).toBe("out");
  });
  it("a job left, then 'what now' or 'now what' without a mark, asks where it leads", () => {
    for (const q of ["i quit my job as a nurse, what now", "left my job as a paralegal. now what"])
      expect(firstLine(q)).toMatch(
        /^The occupations O\*NET lists as closest to (Registered Nurse|Paralegal or Legal Assistant) outside its own line of work: /,
      );
    for (const q of ["my server crashed, what now", "i left my nurse a message", "the nurse left, what now lol"])
      expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'the hardest part of nursing school' is the way in, not the job's pros and cons; oil rig workers are roustabouts", () => {
    expect(firstLine("what's the hardest part of nursing school")).toMatch(/^What it takes to become a Registered Nurse: /);
    expect(firstLine("what is the hardest part of being a nurse")).toMatch(/^What counts as a pro or a con depends on you\./);
    expect(engine.ask("how much do oil rig workers make").parsed.roles.map((r) => r.roleId)).toEqual(["47-5071.00"]);
  });
  it("'how much do nurses make in a 12 hour shift': the hourly median times the hours, not the hours' balance", () => {
    expect(firstLine("how much do nurses make in a 12 hour shift")).toMatch(
      /^Registered Nurse earns a median of \$[\d.]+ an hour, about \$\d+ for a 12-hour shift \(BLS, May \d{4}\), before overtime or shift differentials, which BLS's figures leave out\.$/,
    );
    expect(firstLine("how much does a cna make per 8 hr shift")).toMatch(/about \$\d+ for an 8-hour shift/);
    expect(firstLine("rn vs lpn pay for a 12 hour shift")).toMatch(
      /^Registered Nurse earns .*; Licensed Practical and Licensed Vocational Nurse earns .* for a 12-hour shift /,
    );
    // BLS publishes pilots' pay by the year only: no shift worked out, and no hours' verdict either.
    expect(engine.ask("how much do pilots make in a 10 hour shift").parsed).toMatchObject({ aspect: "salary", topic: "pay" });
    expect(engine.ask("i work 12 hour shifts as a nurse, is the pay good").parsed.shiftHours).toBeUndefined();
  });
  it("'the night shift pays more for nurses right?' is about shift differentials, which the figures leave out", () => {
    expect(firstLine("the night shift pays more for nurses right?")).toMatch(
      /^BLS's wage figures are straight-time pay: they leave out overtime and shift differentials/,
    );
  });
  it("'should i go for rn', '… wanting to go for rn, how long': the abbreviation after 'go for' is the job to get", () => {
    expect(firstLine("should i go for rn?")).toMatch(/^Whether it suits you depends on what matters to you\. On the data: Registered Nurse earns/);
    expect(firstLine("i'm an lpn wanting to go for rn, how long")).toMatch(/^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: /);
    expect(firstLine("i'm a cna looking to become an lpn, how long")).toMatch(/^Nursing Assistant → Licensed Practical and Licensed Vocational Nurse: /);
    for (const q of ["im going for pt lol", "my shift ends at 5, how long"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'how much longer' and 'how much time' ask about time, not pay: 'the server is slow, how much longer' is chat", () => {
    for (const q of ["the server is slow, how much longer", "how much longer until the nurse gets here"]) expect(engine.ask(q).parsed.intent).toBe("none");
    expect(engine.ask("how much longer does it take to become an rn than an lpn").parsed.aspect).toBe("requirements");
  });
  it("'is selling insurance a good career' is the insurance agent's; health insurance is a benefit, not the agents' work", () => {
    for (const q of ["is selling insurance a good career", "is selling life insurance a good career", "insurance vs real estate, which is better"])
      expect(engine.ask(q).parsed.roles[0]?.roleId).toBe("41-3021.00");
    expect(engine.ask("does the job come with health insurance").parsed.intent).toBe("none");
    expect(firstLine("do nurses get good health insurance")).toMatch(
      /^The data doesn't cover benefits such as pensions or health insurance\. Pay, which it has: /,
    );
  });
  it("two criteria asked of one role ('how hard is it to get in and what's the pay like'): the one its card doesn't show, first", () => {
    expect(firstLine("Thinking about dental hygiene school. How hard is it to get in and what's the pay like after?")).toMatch(
      /^What it takes to become a Dental Hygienist: the typical entry is an associate degree\./,
    );
    expect(firstLine("how long is pa school and what do they make")).toMatch(/^Physician Assistant earns a median of \$[\d,]+ a year \(BLS, May \d{4}\)\.$/);
    expect(engine.ask("what does a welder make and is it in demand").parsed.criteria).toEqual(["pay", "prospects"]);
  });
  it("a bootcamp's worth: no level of schooling the data knows, said, then the usual entry (it said 'It is the usual way in')", () => {
    expect(firstLine("is a coding bootcamp worth it")).toMatch(
      /^The data doesn't cover bootcamps or short courses\. BLS lists the typical entry education as a bachelor's degree for Computer Programmer/,
    );
    // Whether one does instead of a degree: what the data lacks and has, not a "Usually not" (it said that until probe AL).
    expect(firstLine("is a coding bootcamp enough to get a job as a developer")).toMatch(
      /^The data doesn't cover bootcamps or short courses\. BLS lists the typical entry education as a bachelor's degree/,
    );
    expect(firstLine("do coding bootcamps actually get you a web dev job")).toMatch(/^The data doesn't cover bootcamps or short courses\. .*Web Developer/);
  });
  it("'data analyst or ux?': UX alone is the designer's line of work; 'the ux of this app' is chat", () => {
    expect(engine.ask("data analyst or ux?").parsed.roles.map((r) => r.roleId)).toEqual(["15-2051.00", "15-1255.00"]);
    expect(engine.ask("the ux of this app is terrible").parsed.intent).toBe("none");
  });
  it("'any tips?' asks for advice, not a waiter's tips; 'just got accepted into nursing school' asks nothing of admissions", () => {
    const accepted = engine.ask("Just got accepted into nursing school!! any tips?");
    expect(accepted.parsed.aspect).not.toBe("salary");
    expect(renderText(accepted.answer)).not.toContain("admissions");
    expect(firstLine("how hard is it to get accepted into nursing school")).toMatch(/^The data doesn't cover admissions or acceptance rates/);
    for (const q of ["how much do servers make in tips", "do bartenders get any tips"]) expect(engine.ask(q).parsed.aspect).toBe("salary");
  });
  it("'i want to work with animals but don't want to go to vet school' ranks the field without the vet", () => {
    for (const q of ["I want to work with animals but don't want to go to vet school. Options?", "jobs with animals but i dont want to go to vet school"]) {
      const { parsed } = engine.ask(q);
      expect(parsed.ranking?.excluding?.roleIds).toContain("29-1131.00");
    }
  });
  it("'a realistic salary for a new grad rn': the job at its first stage, asked; 'the new grad rn is nice' is chat", () => {
    expect(firstLine("what's a realistic salary for a new grad rn")).toMatch(/^Starting pay, a year: Registered Nurse /);
    for (const q of ["the new grad rn is nice", "new grad rn here, is it normal to cry after shifts lol"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'jobs you can get with a ged', 'what jobs can i get with just a high school diploma': the best paid open with that schooling", () => {
    for (const q of ["jobs you can get with a ged", "what jobs can i get with just a high school diploma"])
      expect(firstLine(q)).toMatch(/^Among all occupations open with a high-school diploma or less, the highest median pay: /);
  });
  it("more employers beside pay ('what do animators make at pixar'); 'any intel on nurse pay' names none", () => {
    expect(firstLine("what do animators make at pixar")).toMatch(/^I have no figures for Pixar: BLS publishes pay by occupation across all employers/);
    expect(firstLine("how much do nurses make at hca")).toMatch(/^I have no figures for HCA: /);
    expect(engine.ask("any intel on nurse pay?").parsed.employer).toBeUndefined();
  });
  it("'air traffic controller age limit': who may start, which the FAA's rule says (data/licences.yaml), then what it takes", () => {
    for (const q of ["air traffic controller age limit", "age limit for air traffic controllers"])
      expect(firstLine(q)).toMatch(
        /^Air traffic controllers are hired and trained by the FAA, .* apply before they turn 31\. What it takes to become an Air Traffic Controller: /,
      );
    expect(firstLine("age limit for becoming a paralegal")).toMatch(/^The data doesn't track age\. What it takes to become a Paralegal/);
    expect(engine.ask("the age limit on this server is 18").parsed.intent).toBe("none");
  });
  it("AI asked of a field ('is accounting safe from ai', 'is graphic design dead because of ai'): its worker's outlook", () => {
    for (const [q, role] of [
      ["is accounting safe from ai", "accountant"],
      ["is coding going to be automated", "15-1251.00"],
      ["is graphic design dead because of ai", "27-1024.00"],
    ] as const) {
      const { parsed } = engine.ask(q);
      expect(parsed.roles[0]?.roleId).toBe(role);
      expect(parsed.aspect).toBe("outlook");
    }
    expect(firstLine("jobs ai cant replace in healthcare")).toMatch(
      /^The data doesn't rate how exposed jobs are to AI; .* Among healthcare occupations, the fastest projected growth: /,
    );
    for (const q of ["my phone is dead lol, nursing exam tomorrow", "welding is dead boring today"]) expect(engine.ask(q).parsed.intent).toBe("none");
  });
  it("'what do you wish you knew before becoming a pharmacist' asks what workers learned, not the jobs that lead in", () => {
    expect(engine.ask("what do you wish you knew before becoming a pharmacist").parsed.movingOn).toBeUndefined();
    expect(engine.ask("what should i do before becoming a nurse practitioner").parsed.movingOn).toBe("in");
  });
  it("'is it normal for teachers to quit after 5 years': quit rates the data lacks, then the outlook", () => {
    expect(firstLine("is it normal for teachers to quit after 5 years")).toMatch(
      /^The data doesn't cover unemployment, turnover or quit rates by occupation; what it has is the outlook .* The job market is /,
    );
  });
  it("'leave the party early' is no 'partist' (an artist through a slip); 'the country' no counter clerk", () => {
    for (const q of ["is it normal to leave the party early", "how do i leave the party"]) expect(engine.ask(q).parsed.intent).toBe("none");
    expect(engine.ask("is strategy a good career").parsed.roles[0]?.roleId).toBe("13-1161.01");
  });
  it("'how do i move up from a cashier', '… from cna': where the job left behind leads, not how to become it", () => {
    expect(firstLine("how do i move up from a cashier")).toMatch(/^Among the occupations O\*NET lists as closest to Cashier, these pay more: /);
    expect(firstLine("how do i move up from cna")).toMatch(/^Among the occupations O\*NET lists as closest to Nursing Assistant, these pay more: /);
    expect(engine.ask("how to move up to office manager").parsed.kind).toBe("path");
  });
  it("the member's own pay, then 'what pays more', asks for better-paid work ('… how do i make more' still places it)", () => {
    expect(firstLine("currently making 45k as a teacher, what pays more")).toMatch(
      /^Among the occupations O\*NET lists as closest to Elementary School Teacher .*, these pay more: /,
    );
    expect(firstLine("currently making 45k as a teacher, how do i make more")).toMatch(/^Bottom 10% for an Elementary School Teacher/);
  });
  it("pay after so many years: the start up to two, the middle to nine, the experienced band from ten; 'as a new electrician' is the start", () => {
    expect(firstLine("how much should a paralegal with 5 years experience make")).toMatch(/^Middle pay, a year: Paralegal or Legal Assistant /);
    expect(firstLine("what should i expect to make as a new electrician")).toMatch(/^Starting pay, a year: Electrician /);
    expect(firstLine("what does a welder make after 1 year")).toMatch(/^Starting pay, a year: /);
    expect(firstLine("what does a nurse make with 15 years experience")).toMatch(/^Experienced pay, a year: Registered Nurse /);
  });
  it("who the member is, told beside a limit ('im an army vet with no degree, what jobs pay well'): the limit ranked, not limited to them", () => {
    for (const q of ["im an army vet with no degree, what jobs pay well", "i'm a felon with no degree, what jobs pay well"])
      expect(firstLine(q)).toMatch(
        /^The data doesn't say which jobs suit or hire particular groups of people, so the list below is not limited to them\. Among all occupations that usually need no degree, the highest median pay: /,
      );
    // Asked for them alone, nothing to rank.
    expect(firstLine("best jobs for veterans")).toMatch(
      /^The data doesn't say which jobs suit or hire particular groups of people, so I can't rank jobs on it\./,
    );
  });
  it("'i got laid off from my marketing job, what should i look into': where the job leads out (was silent)", () => {
    expect(firstLine("i got laid off from my marketing job, what should i look into")).toMatch(
      /^The occupations O\*NET lists as closest to Market Research Analyst or Marketing Specialist outside its own line of work: /,
    );
  });
  it("'would being a paralegal help me get into law school': the route from one to the other (it said 'Often, yes' of each's degree)", () => {
    expect(firstLine("would being a paralegal help me get into law school")).toMatch(/^Paralegal or Legal Assistant → Lawyer: /);
    expect(firstLine("will being a cna help me become a nurse")).toMatch(/^Nursing Assistant → Registered Nurse: /);
  });
  it("'is nursing really that bad?' weighs what the data has on it", () => {
    expect(firstLine("my mom is a nurse and says dont do it. is nursing really that bad?")).toMatch(
      /^Whether it suits you depends on what matters to you\. On the data: Registered Nurse earns/,
    );
    expect(engine.ask("is the server that bad lol").parsed.intent).toBe("none");
  });
  it("'a good job for someone who hates people' is the introverts' ranking (was silent)", () => {
    for (const q of [
      "whats a good job for someone who hates people",
      "best jobs for someone who doesnt like people",
      "careers for someone not a people person",
    ])
      expect(firstLine(q)).toMatch(/^The data doesn't measure what suits introverts; O\*NET's Social interest rating /);
  });
  it("'am i too old for nursing at 45', 'is it too late for welding': the field's worker, age said untracked (were silent)", () => {
    expect(firstLine("am i too old for nursing at 45")).toMatch(/^The data doesn't track age\. What it takes to become a Registered Nurse: /);
    expect(firstLine("is it too late for welding")).toMatch(/^The data doesn't track age\. What it takes to become a Welder/);
    expect(engine.ask("its too late for cooking dinner lol").parsed.intent).toBe("none");
  });
  it("schooling limits by time ('… that only takes 2 years', 'quickest healthcare certification'): surgeons were ranked first", () => {
    expect(firstLine("whats the best paying job in the medical field that only takes 2 years")).toMatch(
      /^Among healthcare occupations that usually start with an associate degree or less, the highest median pay: /,
    );
    expect(firstLine("quickest healthcare certification that pays well")).toMatch(
      /^Among healthcare occupations that usually start with a postsecondary certificate or less, /,
    );
    expect(firstLine("what can i do with a 6 month certificate")).toMatch(
      /^Among all occupations that usually start with a postsecondary certificate or less, /,
    );
  });
  it("a worker's title the field-noun rules make from a word spelled right, read through a slip, is none ('short training programs')", () => {
    expect(engine.ask("short training programs high pay").parsed.roles).toEqual([]);
    // A slip the member made carries into its worker.
    expect(engine.ask("from bartneding to event planning, good move?").parsed.roles.map((r) => r.roleId)).toEqual(["35-3011.00", "13-1121.00"]);
  });
  it("the nurse beside one of its degrees ('rn to bsn worth it', 'rn vs bsn'): the degree is no second title of the job", () => {
    // (An RN weighing a BSN is told the pay is the same by degree, then the BLS entry education.)
    expect(firstLine("rn to bsn worth it")).toMatch(/For a Registered Nurse, BLS lists a bachelor's degree as the typical entry education/);
    for (const q of ["rn vs bsn", "what's the difference between an rn and a bsn"])
      expect(firstLine(q)).toMatch(/^One is the job, the other a degree that leads to it: the data has the job, not the degree\. For a Registered Nurse, /);
    // Two titles of one job are still that.
    expect(engine.ask("rn vs registered nurse").parsed.intent).toBe("compare");
  });
  it("'do pas make more than nps' (PAs in the plural), 'a np instead of md': both jobs read", () => {
    expect(firstLine("do pas make more than nps")).toMatch(/^Yes: Physician Assistant earns more: median \$[\d,]+ vs \$[\d,]+ a year for Nurse Practitioner/);
    expect(engine.ask("is it worth becoming a np instead of md").parsed.roles.map((r) => r.roleId)).toEqual(["29-1171.00", "29-1215.00"]);
    expect(engine.ask("i went to the mall instead of pt lol").parsed.intent).toBe("none");
  });
  it("'what kind of welding pays the most': one occupation, so no kind is ranked; its top tenth and median said", () => {
    for (const [q, title] of [
      ["what kind of welding pays the most", "Welder, Cutter, Solderer or Brazer"],
      ["which type of electrician makes the most", "Electrician"],
    ] as const)
      expect(firstLine(q)).toMatch(
        new RegExp(
          `^The data counts ${title} as one occupation, so it can't say which kind pays the most; across it, the top tenth earn \\$[\\d,]+ or more and the median is \\$[\\d,]+ a year \\(BLS, May \\d{4}\\)\\.$`,
        ),
      );
    // A title with several occupations is ranked.
    expect(firstLine("what type of nurse makes the most")).toMatch(/^Among nursing occupations, the highest median pay: /);
  });
  it("'can you make 100k welding': the field's worker, where the amount falls (was silent)", () => {
    expect(firstLine("can you make 100k welding")).toMatch(
      /^Rarely for a Welder, Cutter, Solderer or Brazer: \$100,000 a year is at or above the 90th percentile/,
    );
  });
  it("a degree's pay ('how much can i make with a psychology degree'): its jobs ranked by pay, within the schooling the degree gives", () => {
    for (const q of ["how much can i make with a psychology degree", "how much do psychology majors make", "psychology degree salary"]) {
      const { parsed } = engine.ask(q);
      expect(parsed.ranking?.measure).toBe("pay");
      expect(parsed.ranking?.subject?.label).toBe("psychology");
      // A bachelor's opens no physician's nor psychiatrist's job.
      expect(firstLine(q)).toMatch(
        /^The data doesn't link degrees to jobs; .*among jobs that usually start with a bachelor's degree or less, the highest median pay: /,
      );
      expect(firstLine(q)).not.toMatch(/Psychiatrist|Obstetrician|Physician/);
    }
    expect(firstLine("average salary with a biology degree")).not.toMatch(/Radiologist|Anesthesiologist|Surgeon/);
    expect(firstLine("how much can you make with a masters in psychology")).toMatch(/usually start with a master's degree or less/);
    expect(firstLine("phd in physics salary")).not.toMatch(/usually start with/);
    expect(engine.ask("how much money can you make with a nursing degree").parsed.topic).toBe("pay");
  });
  it("a plain pay question leads with the median and the middle half ('slp salary'); not a trainee's pay", () => {
    expect(firstLine("slp salary")).toMatch(
      /^Speech-Language Pathologist earns a median of \$[\d,]+ a year; the middle half earn \$[\d,]+–\$[\d,]+ \(BLS, May \d{4}\)\.$/,
    );
    expect(firstLine("what's the hourly rate for a plumber")).toMatch(
      /^Plumber, Pipefitter or Steamfitter earns a median of \$[\d.]+ an hour; the middle half earn /,
    );
    // A broader group's figures say so.
    expect(firstLine("teaching assistant salary")).toMatch(/\. BLS publishes no wages for this occupation alone; these are for the broader group /);
    expect(firstLine("what do doctors make during residency")).toBe("Family Medicine Physician: Salary");
  });
  it("a fall in pay on a move is a share of the pay left ('lawyer to paralegal': 61%, not 154%)", () => {
    expect(firstLine("lawyer to paralegal pay")).toMatch(/^Lawyer → Paralegal or Legal Assistant: the median pay falls 61%, from \$159,670 to \$62,890 a year/);
    expect(renderText(engine.ask("how do i go from accountant to bookkeeper").answer)).toMatch(/Median pay: \$[\d,]+ → \$[\d,]+ \(−39%\)/);
  });
  it("an amount that is a school's cost is no pay ('is pt school worth 150k in loans')", () => {
    for (const q of ["is pt school worth 150k in loans", "is pa school worth 120k", "is nursing school worth 40k of debt"])
      expect(firstLine(q)).toMatch(/^The data doesn't cover what schooling costs or student debt\. What it has: /);
    expect(firstLine("can you make 100k as an electrician")).toMatch(/^Some do, in the top quarter for an Electrician: \$100,000 a year/);
  });
  it("shared titles members mean one way: social worker, lcsw, lpc, co, tsa agent, farrier, subject teachers, psych tech", () => {
    for (const [q, id] of [
      ["how much do social workers make", "21-1021.00"],
      ["how long does it take to become an lcsw", "21-1023.00"],
      ["lpc salary", "21-1014.00"],
      ["co salary", "33-3012.00"],
      ["tsa agent pay", "33-9093.00"],
      ["ice agent salary", "33-3021.00"],
      ["farrier salary", "39-2021.00"],
      ["music teacher salary", "25-2031.00"],
      ["psych tech salary", "29-2053.00"],
      ["school psych salary", "19-3034.00"],
      ["jd worth it?", "23-1011.00"],
      ["is being a rancher profitable", "11-9013.00"],
      ["horticulturist salary", "19-1013.00"],
      ["patient care tech vs cna", "31-1131.00"],
    ] as const)
      expect(engine.ask(q).parsed.roles[0]?.roleId, q).toBe(id);
    // A toss-up no more: the verdict comes first.
    expect(firstLine("teacher vs social worker which pays more")).toMatch(/^Elementary School Teacher .* earns more: median /);
    expect(firstLine("co vs deputy sheriff which pays more")).toMatch(/^Police and Sheriff's Patrol Officer earns more: /);
  });
  it("'how long to become a lawyer': the schooling's length and the training's, by BLS's definitions, cited", () => {
    const { answer } = engine.ask("how long to become a lawyer");
    expect(renderText(answer).split("\n")[0]).toMatch(
      /^To become a Lawyer: Law school \(the J\.D\.\) usually takes three years, after a bachelor's degree\. A doctorate is the typical entry \(usually at least 3 years after a bachelor's degree of 4 to 5\), then /,
    );
    expect(answer.sources.map((s) => s.url)).toContain("https://www.bls.gov/emp/documentation/education/tech.htm");
    expect(firstLine("lineman apprenticeship how long")).toMatch(/then long-term on-the-job training \(more than 12 months\)\./);
    // Not asked how long: no lengths.
    expect(firstLine("what does it take to become a lineman")).not.toMatch(/12 months/);
  });
  it("the member's pay and job told, more pay or a schooling limit asked: the jobs paid more, a health worker's in healthcare", () => {
    expect(firstLine("im an ma making 17/hr, want to make more without 4 years of school. ideas?")).toMatch(
      /^Among healthcare occupations that usually start with an associate degree or less, \d+ have a median of \$17 an hour \(\$35,360 a year\) or more; the best paid: /,
    );
    expect(firstLine("phlebotomist making 19 an hour, what can i move into with 1 year of school")).toMatch(
      /^Among healthcare occupations that usually start with a postsecondary certificate or less, \d+ have a median of \$19 an hour/,
    );
    expect(firstLine("been a server 6 years, burnt out. what office jobs could i actually get without a degree?")).toMatch(
      /^Among office and administrative support occupations that usually need no degree, the highest median pay: /,
    );
  });
  it("someone the member deals with is no job asked about: 'tip the mail carrier', 'thank the paramedics', 'call an electrician'", () => {
    expectSilent([
      "how much do i tip the mail carrier at christmas",
      "how do i thank the paramedics who saved my dad",
      "should i call an electrician or can i change this outlet myself",
      "should i tip the delivery driver",
      "who is the owner of this server",
      "ask the owner lol",
    ]);
    expect(engine.ask("do bartenders get any tips").parsed.intent).toBe("profile");
    expect(engine.ask("are hospitals hiring nurses").parsed.intent).toBe("profile");
    // "owner" is no urologist.
    expect(engine.ask("is being a business owner worth it").parsed.roles[0]?.roleId).toBe("11-1021.00");
  });
  it("a workplace named beside a shared title picks the kind its sector names: 'social worker (hospital)'", () => {
    expect(engine.ask("which is more stressful, social worker (hospital) or nurse").parsed.roles[0]?.roleId).toBe("21-1022.00");
    expect(engine.ask("is a phlebotomist the same as a medical assistant").parsed.roles[0]?.roleId).toBe("31-9097.00");
  });
  it("'agent vs broker … in real estate', 'which is safer from ai', '…, tips?', 'how much would i lose': each read as meant", () => {
    expect(firstLine("agent vs broker which makes more in real estate")).toMatch(
      /^Real Estate Broker earns more: median \$[\d,]+ vs \$[\d,]+ a year for Real Estate Sales Agent/,
    );
    expect(engine.ask("accounting or nursing, which is safer from ai").parsed.topic).toBe("prospects");
    expect(engine.ask("which trade is safer, electrician or roofer").parsed.topic).toBe("physical");
    expect(firstLine("combat vet looking for a job in hr, tips?")).not.toMatch(/tips and commissions/);
    expect(firstLine("how much do servers make in tips")).toMatch(/^BLS's wage figures count tips and commissions/);
    expect(firstLine("going from nurse to receptionist how much would i lose")).toMatch(/^Registered Nurse → Receptionist: the median pay falls \d+%, from /);
  });
  it("one particular person, or a strike, asked about is no job: 'did the recruiter call you back yet?'", () => {
    expectSilent(["did the recruiter call you back yet?", "is the truck driver strike still on?", "can you send me the accountant's number"]);
    expect(engine.ask("do recruiters call you back after an interview").parsed.intent).not.toBe("none");
    expect(engine.ask("what are the nurse hours like").parsed.intent).not.toBe("none");
  });
  it("sales, transport and teaching titles as members say them; allied health, agriculture and logistics ranked as fields", () => {
    for (const [q, id] of [
      ["account manager salary", "41-3091.00"],
      ["owner operator salary", "53-3032.00"],
      ["subway operator salary", "53-4041.00"],
      ["what do university lecturers earn", "25-1199.00"],
      ["medic salary", "29-2043.00"],
      ["airport ramp agent pay", "53-6032.00"],
      ["virtual assistant pay", "43-6014.00"],
    ] as const)
      expect(engine.ask(q).parsed.roles[0]?.roleId, q).toBe(id);
    expect(firstLine("highest paying allied health jobs")).toMatch(/^Among allied health occupations, the highest median pay: /);
    expect(firstLine("best paying jobs in agriculture")).toMatch(/^Among agriculture occupations, the highest median pay: /);
    expect(firstLine("what logistics jobs pay the most")).toMatch(/^Among logistics and supply chain occupations, the highest median pay: /);
    // A school's worth: the way in, then what the work pays.
    expect(firstLine("is law school worth it")).toMatch(
      /^It is the usual way in: BLS lists the typical entry education as a doctorate for Lawyer\. Its cost is not in the data; Lawyer earns a median of \$[\d,]+ a year/,
    );
  });
  it("pay asked by a unit BLS does not publish says so first: 'hourly pay for a teacher', 'substitute pay per day'", () => {
    expect(firstLine("whats the hourly pay for a teacher")).toMatch(
      /^BLS publishes pay for Elementary School Teacher \(except special education\) by the year only\. Elementary School Teacher .* earns a median of \$[\d,]+ a year/,
    );
    expect(firstLine("substitute teacher pay per day")).toMatch(/^The data has no pay per day, only by the year and the hour\. /);
    expect(firstLine("adjunct professor pay per class")).toMatch(/^The data has no pay per class, /);
    expect(firstLine("what's the hourly rate for a plumber")).not.toMatch(/by the year only/);
  });
  it("a move to a physician takes the physician's own degree and residency ('psychologist to psychiatrist'), not skills", () => {
    expect(firstLine("psychologist to psychiatrist")).toMatch(
      /^Clinical and Counseling Psychologist → Psychiatrist: .*it takes Psychiatrist's own doctoral or professional degree, then internship\/residency \(BLS\)\.( Medical school takes four years after a bachelor's degree|$)/,
    );
    expect(firstLine("rn to md")).toMatch(/it takes Family Medicine Physician's own doctoral or professional degree/);
    // Between two physicians, no such gap.
    expect(firstLine("family doctor to psychiatrist")).not.toMatch(/own doctoral/);
    expect(engine.ask("io psych vs hr").parsed.roles.map((r) => r.roleId)).toEqual(["19-3032.00", "13-1071.00"]);
    expect(engine.ask("teacher to school admin").parsed.roles.map((r) => r.roleId)).toEqual(["25-2021.00", "11-9032.00"]);
  });
  it("'military police to cop': two titles of one occupation with 'to' between them, one word qualifying the second", () => {
    for (const q of ["military police to cop", "military police to civilian cop"]) {
      const { parsed } = engine.ask(q);
      expect(parsed.intent, q).toBe("compare");
      expect(parsed.roles.map((r) => r.roleId)).toEqual(["33-3051.00"]);
    }
    expect(engine.ask("the police came to my house lol").parsed.intent).toBe("none");
  });
  it("a price, a member, what someone may do to you, a game: no job asked about", () => {
    expectSilent([
      "how much does a plumber charge to fix a toilet?",
      "what does a lawyer cost for a divorce?",
      "how much is a lawyer for a dui?",
      "anyone here a nurse? need someone to cover my shift lol",
      "is there a nurse in the chat? my cat ate a grape",
      "any electricians online?",
      "can a nurse tell if you vape?",
      "can a cop pull you over for no reason?",
      "who would win, a firefighter or a lumberjack?",
      "how long does it take to become a doctor in bitlife lol",
    ]);
    // A freelancer's rate is their pay; the work's rules are the work.
    for (const q of [
      "how much do bookkeepers charge per hour uk",
      "do practice managers have to work evenings or weekends",
      "who does an operations director report to",
      "how much does it cost to become a plumber",
      "can a nurse practitioner prescribe medication",
    ])
      expect(engine.ask(q).parsed.intent, q).not.toBe("none");
  });
  it("pay asked beside becoming, schooling's length beside pay, a school to go to: each answered as asked", () => {
    expect(firstLine("thinking of becoming a dental hygienist, how much do they make?")).toMatch(/^Dental Hygienist earns a median of \$[\d,]+ a year; /);
    expect(firstLine("how much do nurses make and how long is school?")).toMatch(
      /^For a Registered Nurse, BLS lists a bachelor's degree as the typical entry education; .*Nursing programs usually take two to three years/,
    );
    expect(firstLine("should i go to law school at 33?")).toMatch(
      /^The data doesn't track age\. It is the usual way in: .* Its cost is not in the data; Lawyer earns /,
    );
    expect(firstLine("no degree, 27, working retail. what jobs pay 50k+ without college?")).toMatch(
      /^Among all occupations open with a high-school diploma or less, \d+ have a median of \$50,000 a year or more; /,
    );
  });
  it("law enforcement, postal worker, retail management, pen tester; 'it jobs'; a catch-all's wages said to be one; an hourly median said per hour", () => {
    for (const [q, id] of [
      ["im a security guard, how do i get into law enforcement?", "33-3051.00"],
      ["postal worker vs ups driver", "43-5052.00"],
      ["is retail management worth it", "41-1011.00"],
      ["pen tester salary", "15-1299.04"],
    ] as const)
      expect(
        engine.ask(q).parsed.roles.some((r) => r.roleId === id),
        q,
      ).toBe(true);
    expect(firstLine("pen tester salary")).toMatch(
      /\. BLS publishes no wages for Penetration Testers alone; these are for the catch-all group 15-1299 Computer Occupations, All Other, the occupation O\*NET files it under, so they are only indicative\.$/,
    );
    expect(firstLine("whats the best entry level it job")).toMatch(/^Among computer and IT occupations /);
    expect(firstLine("is acting a good career")).toMatch(/Median pay \$[\d.]+ an hour \(BLS/);
    expect(renderText(engine.ask("public relations vs marketing").answer)).not.toMatch(/Mathematics and Mathematics/);
  });
  it("a person in a story: 'product manager changed the requirements again lmao', 'my photographer friend took these', 'who here is a …'", () => {
    expectSilent([
      "product manager changed the requirements again lmao",
      "my photographer friend took these pics, thoughts?",
      "the journalist who wrote this article clearly didnt read the study",
      "who here is a data scientist? need help with pandas",
    ]);
    expect(engine.ask("my friend is a nurse, is nursing worth it?").parsed.intent).not.toBe("none");
  });
  it("'do you need a cpa to be an accountant': the licence, not the degree; 'cs or nursing': the two fields", () => {
    expect(firstLine("do you need a cpa to be an accountant")).toMatch(
      /^Not to work as one: Accountants need no licence to work, but only Certified Public Accountants/,
    );
    expect(firstLine("how hard is the cpa exam")).toMatch(/^The data doesn't cover licensing exams or their pass rates\./);
    expect(firstLine("nursing or cs")).toMatch(/^Better depends on what matters to you\. On the data: Computer and IT occupations pay more/);
  });
  it("'a safe career', 'safe job wise', 'safe with ai' ask about prospects, not danger; shaking hands are a personal circumstance", () => {
    for (const q of ["is accounting a safe career with ai coming?", "is becoming a paralegal safe job wise?", "is nursing a safe career"])
      expect(engine.ask(q).parsed.topic, q).toBe("prospects");
    expect(engine.ask("is being a lineman safe").parsed.topic).toBe("physical");
    expect(firstLine("my hands shake, can i still be a dental hygienist?")).toMatch(/^The data doesn't cover personal circumstances like that/);
  });
  it("'which is faster to start' asks about the way in; a move's schooling is not timed as a whole degree", () => {
    expect(engine.ask("pharmacy tech or medical assistant, which is faster to start").parsed.topic).toBe("ease");
    expect(engine.ask("is construction management worth it").parsed.roles[0]?.roleId).toBe("11-9021.00");
    // "lpn to rn" is a bridge: no "4 to 5 years" for it, which becoming an RN from scratch is.
    expect(firstLine("lpn to rn how long does it take")).not.toMatch(/4 to 5 years/);
    expect(firstLine("how long to become an rn")).toMatch(/A bachelor's degree is the typical entry \(usually 4 to 5 years\)/);
  });
  it("regressions an outside check found in this round, fixed: shortages, owner operators, a field beside a degree, farming, a master's length", () => {
    expect(firstLine("is there a pilot shortage")).toMatch(/^The data doesn't measure shortages; /);
    expect(firstLine("owner operator truck driver income")).toMatch(/^BLS's wage figures count employees only, not the self-employed/);
    expect(firstLine("27, bachelors in psych, want to get into healthcare fast. options?")).toMatch(/Among healthcare occupations, /);
    expect(firstLine("how much can i make with a psychology degree")).toMatch(/Among psychology, counseling, social service and people occupations /);
    expect(engine.ask("is farming worth it").parsed.roles[0]?.roleId).toBe("11-9013.00");
    // BLS's "1 or 2 years" for a master's understates a physician assistant's program: no length said.
    expect(firstLine("how long does it take to become a physician assistant")).toMatch(
      /^To become a Physician Assistant: Physician assistant programs are master's degrees .*\. A master's degree is the typical entry, then /,
    );
  });
  it("'can a teacher become a manager': a broad title to become, left out, gets no verdict on the member's own job's schooling", () => {
    for (const q of ["can a teacher become a manager", "can a drafter become an engineer without a degree"]) expect(firstLine(q), q).not.toMatch(/^Usually/);
    // Two jobs read still get the move.
    expect(firstLine("can a nurse become a doctor")).toMatch(/^Registered Nurse → Family Medicine Physician: /);
  });
  it("an owner's pay ('restaurant owner salary', 'how much do owners make'): BLS counts employees only, said first", () => {
    for (const q of ["restaurant owner salary", "how much do owners make", "small business owner income"])
      expect(firstLine(q), q).toMatch(/^BLS's wage figures count employees only, not the self-employed/);
    expect(firstLine("homeowner insurance agent salary")).not.toMatch(/self-employed/);
  });
  it("leaving one's job: 'i dont want to be a nurse anymore, what else…', 'burnt out nurse, …', 'dont want to be a vet, what else is there'", () => {
    for (const q of [
      "i dont want to be a nurse anymore, what else can i do",
      "burnt out nurse, what else can i do",
      "dont want to be a vet, what else is there",
      "i no longer want to be a lawyer, what are my options",
    ])
      expect(engine.ask(q).parsed.aspect, q).toBe("career");
    expect(firstLine("exhausted server here, what else pays better")).toMatch(
      /^Among the occupations O\*NET lists as closest to Waiter or Waitress, these pay more/,
    );
    expect(engine.ask("i need to nurse now").parsed.intent).toBe("none");
  });
  it("a move to a bare rank word or a title not known is never silent nor answered as the job left", () => {
    for (const q of ["teacher to manager", "how do i go from teacher to manager", "can a teacher become a manager"]) {
      const parsed = engine.ask(q).parsed;
      expect(parsed.intent, q).toBe("unknown");
      expect(parsed.unknownRoles, q).toEqual(["manager"]);
    }
    expect(engine.ask("nurse to manager").parsed.roles.map((r) => r.roleId)).toEqual(["29-1141.00", "11-9111.00"]);
    expect(engine.ask("cashier to manager").parsed.roles.map((r) => r.roleId)).toEqual(["41-2011.00", "41-1011.00"]);
  });
  it("plural abbreviations in lower case ('pts vs ots pay', 'how much do pms make') when framed, points and DMs when not", () => {
    expect(engine.ask("pts vs ots pay").parsed.roles.map((r) => r.roleId)).toEqual(["29-1123.00", "29-1122.00"]);
    expect(engine.ask("how much do pms make").parsed.roles.map((r) => r.roleId)).toEqual(["project-manager"]);
    expectSilent(["i got 500 pts lol", "check your pms", "how many pts do i need for the next rank", "do pts ever end lol"]);
  });
  it("a licence named by its letters ('do you need a cdl to drive a dump truck', 'epa 608') is no degree question", () => {
    for (const q of [
      "do you need a cdl to drive a dump truck",
      "do hvac techs need epa 608",
      "is a cdl required to drive a semi",
      "do crane operators need nccco",
    ])
      // (The licence an editor recorded where there is one: the truck driver's CDL, the EPA's 608.)
      expect(firstLine(q), q).toMatch(/^(The data doesn't list licences or certificates for |Yes: )/);
    expect(firstLine("do crane operators need nccco")).toMatch(/^The data doesn't list licences or certificates for /);
    expect(firstLine("do you need a degree to be a plumber")).toMatch(/^Usually not: /);
  });
  it("a pay check with no comma before it ('i make 65k as a machinist is that low') is answered", () => {
    expect(firstLine("i make 65k as a machinist is that low")).toMatch(/^Above the middle for a Machinist: \$65,000 a year/);
    expect(firstLine("i make 13/hr as a cashier is that normal")).toMatch(/^Bottom quarter for a Cashier: \$13 an hour/);
  });
  it("a move weighed ('is it worth going from lpn to rn') gets the move's pay rise; a yes or no about something else adds none to the pay", () => {
    for (const q of ["is going from lpn to rn worth it pay wise", "is it worth going from lpn to rn", "is lpn to rn worth it"])
      expect(firstLine(q), q).toMatch(/^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: the median pay rises 51%/);
    expect(firstLine("is rn to np worth it money wise")).toMatch(/^Registered Nurse → Nurse Practitioner: the median pay rises 36%/);
    expect(firstLine("does a nurse make more than a teacher")).toMatch(/^Yes: /);
    for (const q of ["lpn vs rn pay, is lpn a dead end?", "paralegal vs lawyer pay, do i need law school?"])
      expect(firstLine(q), q).toMatch(/^(Registered Nurse|Lawyer) earns more/);
  });
  it("'jobs where you dont have to talk to people' ranks the least work with people; trades, aviation, public safety and mental health rank among their own", () => {
    expect(firstLine("jobs where you dont have to talk to people")).toMatch(/the lowest rating/);
    expect(firstLine("best paying welding jobs")).toMatch(/^Among welding and related metal trades, the highest median pay: Boilermaker/);
    expect(firstLine("best paying mechanic jobs")).toMatch(/^Among mechanic and repair technician occupations, /);
    expect(firstLine("highest paying jobs in aviation")).toMatch(/^Among aviation occupations, the highest median pay: Airline Pilot/);
    expect(firstLine("best paying public safety jobs")).toMatch(/^Among public safety occupations, /);
    expect(firstLine("highest paying jobs in mental health")).toMatch(/^Among mental health occupations, the highest median pay: Psychiatrist/);
    expect(firstLine("best paying nurse jobs")).toMatch(/^Among nursing occupations, the highest median pay: Nurse Anesthetist/);
    expect(firstLine("highest paying trucking jobs")).toMatch(/^Among driving occupations, /);
  });
  it("titles the probes found read as other work: shift supervisors, tower controllers, flight instructors, army vets, pickers, PMHNPs", () => {
    expect(roleIds("shift supervisor pay")).toEqual(["41-1011.00"]);
    expect(roleIds("police shift supervisor salary")).toEqual(["33-1012.00"]);
    expect(roleIds("tower controller salary")).toEqual(["53-2021.00"]);
    expect(roleIds("flight instructor salary")).toEqual(["53-2012.00"]);
    expect(roleIds("amazon picker pay")).toEqual(["53-7065.00"]);
    expect(roleIds("pmhnp salary")).toEqual(["29-1171.00"]);
    expect(roleIds("excavator operator pay")).toEqual(["47-2073.00"]);
    expect(roleIds("army vet to lineman")).not.toContain("29-1131.00");
    expect(roleIds("how much does a vet make")).toEqual(["29-1131.00"]);
  });
  it("'besides pay' sets pay aside: the difference leads with something else", () => {
    const parsed = engine.ask("what's the real difference between an lpn and a cna besides pay").parsed;
    expect(parsed.aspect).toBe("overview");
    expect(firstLine("lpn vs cna other than pay") + renderText(engine.ask("lpn vs cna other than pay").answer).split("\n")[1]).not.toMatch(
      /earns about \d+% more/,
    );
  });
  it("leaving for desk work ('electrician to office job'): office jobs within that job's schooling, beside its pay", () => {
    expect(firstLine("electrician to office job")).toMatch(
      /^Among office and administrative support occupations open with a high-school diploma or less, the highest median pay: .* For comparison, Electrician earns a median of \$63,190 a year\.$/,
    );
    for (const q of ["server to office job", "warehouse to office job", "what office jobs can an electrician do", "trucker looking for office work"])
      expect(firstLine(q), q).toMatch(/^Among office and administrative support occupations /);
  });
  it("young people and first jobs: jobs open to newcomers with the schooling they have, most openings first, not a refusal", () => {
    for (const q of [
      "best first job for a 15 year old",
      "good jobs for high school students",
      "im 16 what jobs can i get",
      "what job should i get as a teenager",
    ])
      expect(firstLine(q), q).toMatch(
        /^The data doesn't track the ages jobs hire at .*Among all occupations that usually need no formal education and no work experience in a related job \(BLS\), the most openings a year: Fast Food and Counter Worker/,
      );
    const paid = firstLine("what jobs hire at 16 that pay the most");
    expect(paid).toMatch(/with at least 20,000 openings a year/);
    expect(paid).not.toMatch(/Surgeon|Mining/);
  });
  it("a move from a field to a job ('retail to admin assistant'), and desk work to get into from one's job", () => {
    expect(engine.ask("retail to admin assistant").parsed.roles.map((r) => r.roleId)).toEqual(["41-2031.00", "administrative-assistant"]);
    expectSilent(["retail to go", "from retail to go lol"]);
    for (const q of ["how do i get into an office job from retail", "been in retail 5 years how do i get into corporate"])
      expect(firstLine(q), q).toMatch(/^Among office and administrative support occupations /);
    // (An RN weighing a BSN: the pay the data has is the same whatever the degree.)
    for (const q of ["rn to bsn worth it", "is rn to bsn worth the money"])
      expect(firstLine(q), q).toMatch(/^The data doesn't break pay down by the degree a worker holds\. Registered Nurse earns a median of \$97,550/);
  });
  it("a school's or program's cost ('worth the 100k flight school cost', 'a 60k bootcamp') is no pay to place", () => {
    expect(firstLine("is being a pilot worth the 100k flight school cost")).toMatch(/^The data doesn't cover what schooling costs or student debt\./);
    expect(firstLine("is a 60k bootcamp worth it to become a developer")).not.toMatch(/Bottom 10%/);
    expect(firstLine("i make 60k as a school nurse is that good")).toMatch(/^Bottom 10% for a Registered Nurse: \$60,000 a year/);
  });
  it("an environment card shows what the data has on conditions: the stress tolerance asked, the work values met", () => {
    const text = renderText(engine.ask("is electrician dangerous").answer);
    expect(text).toMatch(/Stress tolerance the work calls for \(O\*NET\): 3\.5 of 5/);
    expect(text).toMatch(/Work values it satisfies most \(O\*NET\): Independence and Support/);
  });
  it("graduate nursing and pharmacy degrees by their letters: 'msn salary', 'is a pharmd worth it', 'absn programs worth it'", () => {
    expect(roleIds("msn salary")).toEqual(["29-1171.00"]);
    expect(roleIds("is a pharmd worth it")).toEqual(["29-1051.00"]);
    expect(roleIds("absn programs worth it")).toEqual(["29-1141.00"]);
  });
  it("public safety and aviation titles the probes found unknown or misread", () => {
    expect(roleIds("transit cop salary")).toEqual(["33-3052.00"]);
    expect(roleIds("corrections sergeant salary")).toEqual(["33-1011.00"]);
    expect(roleIds("csi tech salary")).toEqual(["19-4092.00"]);
    expect(roleIds("hotshot crew pay")).toEqual(["33-2011.00"]);
    expect(roleIds("aviation maintenance salary")).toEqual(["49-3011.00"]);
    expect(roleIds("dh vs da")).toEqual(["29-1292.00", "31-9091.00"]);
  });
  it("titles listed alone ('nurse and teacher', 'plumber, electrician') are compared; 'rn' in a list is a nurse", () => {
    for (const q of ["nurse and teacher", "nurse, teacher", "plumber and electrician"]) expect(engine.ask(q).parsed.roles, q).toHaveLength(2);
    expect(engine.ask("compare 4: cna, lpn, rn, np salary").parsed.roles.map((r) => r.roleId)).toEqual(["31-1131.00", "29-2061.00", "29-1141.00"]);
  });
  it("'np, happy to help' and 'the teacher vs student meme' are chat", () => {
    expectSilent(["np, happy to help", "glad to help!", "the teacher vs student meme is so accurate", "that nurse tiktok lol"]);
    expect(engine.ask("help").parsed.intent).toBe("help");
  });
  it("'want to know the difference' is no move; 'knowledge needed for…' asks for knowledge areas, not schooling", () => {
    expect(engine.ask("want to know diffrence of civil engineer and architect in usa").parsed.kind).toBe("facts");
    // (A plan told, "i want to go from X to Y", asks for the move.)
    for (const q of ["i want to go from nurse to teacher", "i want to go from cashier to bank teller"]) expect(engine.ask(q).parsed.kind, q).toBe("path");
    expect(engine.ask("knowledge needed for a paramedic vs an emt").parsed.aspect).toBe("skills");
    expect(engine.ask("What knowledge areas matter for an urban planner").parsed.aspect).toBe("skills");
  });
  it("a title shared by several occupations, asked about pay: the choice names what each pays", () => {
    // ("ironworker" was one until data/title-preferences.yaml chose the structural ironworker.)
    expect(renderText(engine.ask("meat cutter salary").answer)).toMatch(
      /"meat cutter" could be any of several occupations: Butcher or Meat Cutter \(median \$40,140 a year\), Meat, Poultry or Fish Cutter or Trimmer \(median \$38,300 a year\)\. Which one did you mean\?/,
    );
    // Asked about something else, the choice is the titles alone.
    expect(renderText(engine.ask("what does a meat cutter do").answer)).not.toMatch(/\(median /);
    expect(renderText(engine.ask("what does a meat cutter do").answer)).toMatch(/"meat cutter" could be any of several occupations/);
  });
  it("a move asked without a degree says first whether the job moved to asks one", () => {
    expect(firstLine("electrician to project manager without a degree")).toMatch(
      /^Without a degree\? Usually not: BLS lists the typical entry education as a bachelor's degree for Project Manager\. Electrician → Project Manager: /,
    );
  });
  it("one's job and its years, then what next; a former or retired worker asking what they can do", () => {
    for (const q of [
      "mechanic for 15 years and my body is done, what can i do next",
      "what can a former nurse do",
      "what can an ex cop do",
      "what can a retired lineman do",
    ])
      expect(engine.ask(q).parsed.aspect, q).toBe("career");
    for (const q of [
      "my back is done after 15 yrs of roofing. what office jobs use my experience",
      "hvac tech 8 yrs in, tired of attics. office jobs where my knowledge helps?",
    ])
      expect(firstLine(q), q).toMatch(/^Among office and administrative support occupations /);
  });
  it("hours, danger or where the work is done, which the data lacks: said, then what it has on the job", () => {
    expect(firstLine("do opticians really work 12 hour shifts")).toMatch(
      /^The data doesn't measure work-life balance or hours directly\. .* What it has: Optician, Dispensing earns a median of \$[\d,]+ a year .* jobs are projected to change \+/,
    );
    expect(firstLine("is underwater welding worth the risk")).not.toMatch(/What it has:/);
  });
  it("what each job does, compared, is said in O*NET's own summaries, not as skill-rating gaps", () => {
    const text = renderText(engine.ask("what does an electrician do that a plumber doesnt").answer);
    expect(text).toMatch(
      /Key difference: Electrician: Install, maintain, and repair electrical wiring, equipment, and fixtures\. Plumber, Pipefitter or Steamfitter: /,
    );
    expect(text).not.toMatch(/leans more on Persuasion/);
  });
  it("'how much more do u make going from lpn to rn' is the move's pay; 'highest paid nurse' ranks nursing; healthcare titles", () => {
    expect(firstLine("how much more do u make going from lpn to rn")).toMatch(/the median pay rises 51%, from \$64,400 to \$97,550 a year/);
    expect(firstLine("highest paid nurse")).toMatch(/^Among nursing occupations, the highest median pay: Nurse Anesthetist/);
    expect(firstLine("lpn making 28/hr thinking about rn, how much more would i make")).toMatch(
      /^Registered Nurse earns more: median \$46\.90 vs \$30\.96 an hour/,
    );
    expect(roleIds("rehab counselor salary")).toEqual(["21-1015.00"]);
    expect(roleIds("eeg tech salary")).toEqual(["29-2099.01"]);
    expect(roleIds("nurse educator salary")).toEqual(["25-1072.00"]);
    expect(roleIds("ems dispatcher pay")).toEqual(["43-5031.00"]);
  });
  it("the outside re-check's regressions, fixed: driving jobs, a restaurant's shift supervisor, not liking people, USAJobs, a school's cost, a veteran's move", () => {
    expect(firstLine("i like driving what jobs pay the most")).toMatch(/^Among driving occupations, /);
    expect(firstLine("whats better pay, truck driving or construction")).toMatch(/^Heavy and Tractor-Trailer Truck Driver earns more/);
    expect(roleIds("shift supervisor at a restaurant pay")).toEqual(["35-1012.00"]);
    expect(roleIds("shift supervisor at starbucks salary")).toEqual(["35-1012.00"]);
    expect(roleIds("cook at a restaurant salary")).toEqual(["35-2014.00"]);
    expect(firstLine("i dont like talking to people what job should i get")).toMatch(/the lowest rating/);
    expect(firstLine("usajobs what jobs pay the most")).toMatch(/^The data doesn't say which jobs are in government or the military/);
    expect(firstLine("is np school worth it financially")).toMatch(/^The data doesn't cover what schooling costs or student debt\./);
    expect(firstLine("army vet to lineman")).toMatch(/^To become an Electrical Power-Line Installer or Repairer, /);
    expect(engine.ask("army vet").parsed.intent).toBe("none");
  });
  it("a task is found by its own words: 'stand' is not in 'standardization'", () => {
    expect(firstLine("do machinists stand all day")).not.toMatch(/^Yes/);
    expect(firstLine("can a medical assistant give injections")).toMatch(/^Yes: O\*NET lists it among the tasks of a Medical Assistant/);
  });
  it("one person's errand or whereabouts, and a get-together, are chat", () => {
    expectSilent([
      "did the insurance adjuster ever call you back?",
      "did my accountant ever send the forms?",
      "is the loan officer still in the office today?",
      "does the realtor need my signature today?",
      "who's hosting the accountants' happy hour thing",
    ]);
    expect(engine.ask("does a realtor need a degree").parsed.intent).toBe("profile");
  });
  it("'highest paying entry level tech jobs': a schooling limit assumed, not asked, is dropped where it leaves nothing", () => {
    expect(firstLine("highest paying entry level tech jobs")).toMatch(
      /^Among computer and IT occupations that need no work experience in a related job \(BLS\), the highest median pay: /,
    );
    expect(firstLine("entry level jobs that pay well")).toMatch(/open with a high-school diploma or less and no work experience/);
  });
  it("a job left for a field ('fast food to tech', 'cashier to healthcare', 'im a teacher, how do i get into tech'): the field's shortest ways in, beside the job's pay", () => {
    for (const q of ["how do i go from fast food to tech", "from retail to tech, where do i start", "im a teacher, how do i get into tech"])
      expect(firstLine(q), q).toMatch(/^Among computer and IT occupations, the shortest way in .* For comparison, .* earns a median of \$[\d,]+ a year\.$/);
    expect(firstLine("cashier to healthcare")).toMatch(
      /^Among healthcare occupations, the shortest way in .* For comparison, Cashier earns a median of \$32,880 a year\.$/,
    );
    // Nursing and teaching name one worker: a move between them stays the move.
    expect(engine.ask("switching from teaching to nursing, would i make more").parsed.roles.map((r) => r.roleId)).toEqual(["25-2021.00", "29-1141.00"]);
  });
  it("'which major pays the most': the data ranks no majors, said, and the best-paid jobs a new graduate can start in stand in", () => {
    for (const q of ["which major pays the most", "best paying majors", "what should i major in to make money"])
      expect(firstLine(q), q).toMatch(
        /^The data doesn't rank majors: .* Among jobs open to new graduates with a bachelor's degree that need no work experience in a related job \(BLS\), the highest median pay: Computer Hardware Engineer/,
      );
    expect(firstLine("which major pays the most")).not.toMatch(/Surgeon/);
  });
  it("no stress rating for the job: said, then what the data has; 'sales' is the sales representative's career; a parent's wish against one's own is a choice", () => {
    expect(firstLine("is being a software developer stressful")).toMatch(
      /^The data doesn't rate stress for Software Developer\. What it has: Software Developer earns a median of \$135,980/,
    );
    expect(roleIds("is sales a good career")).toEqual(["41-4012.00"]);
    expect(roleIds("sales or accounting")).toEqual(["41-4012.00", "accountant"]);
    expect(roleIds("is retail sales a good job")).toEqual(["41-2031.00"]);
    expect(firstLine("my mom wants me to be a lawyer but i want to be a teacher")).toMatch(
      /^Better depends on what matters to you\. On the data: Lawyer earns more/,
    );
  });
  it("unions and service branches members name their work by: IBEW, IUEC, a Navy nuke, an Army MP", () => {
    expect(roleIds("ibew salary")).toEqual(["47-2111.00"]);
    expect(firstLine("how long is an ibew apprenticeship")).toMatch(/apprenticeship \(usually 3 to 5 years\)/);
    expect(roleIds("iuec apprenticeship")).toEqual(["47-4021.00"]);
    expect(roleIds("navy nuke salary")).toEqual(["51-8011.00"]);
    expect(roleIds("army mp to police officer")).toEqual(["33-3051.00"]);
  });
  it("'is a masters worth it', no subject named: what the data lacks, then the best-paid jobs that usually start with a master's", () => {
    for (const q of ["is a masters worth it", "is getting a masters worth it financially"])
      expect(firstLine(q), q).toMatch(
        /^Whether a master's pays off depends on the work it leads to: .* Among jobs that usually start with a master's degree, the highest median pay: Nurse Anesthetist/,
      );
    // A subject named keeps its own answer.
    expect(firstLine("is a masters in psychology worth it")).toMatch(/^Whether a master's in psychology pays off/);
  });
  it("'is a phd worth it', no subject named: what the data lacks, then the best-paid research, science and teaching jobs that start with a doctorate", () => {
    for (const q of ["is a phd worth it", "is getting a phd worth it financially", "should i get a phd", "phd worth it?", "is a doctorate worth it"])
      expect(firstLine(q), q).toMatch(
        /^Whether a PhD pays off depends on the work it leads to: .* Among research, science and teaching jobs that usually start with a doctoral degree, the highest median pay: Physicist/,
      );
    // A subject named keeps its own answer, and "should i get a phd in history" is asked too.
    expect(firstLine("is a phd in chemistry worth it")).toMatch(/^Whether a PhD in chemistry pays off/);
    expect(firstLine("should i get a phd in history")).toMatch(/^Whether a PhD in history pays off/);
    expectSilent(["phd students are so underpaid lol", "my phd advisor is ghosting me"]);
  });
  it("a vice president of operations runs the operations: the general and operations manager", () => {
    for (const q of ["what does a vp of operations make", "vp of ops salary"])
      expect(firstLine(q), q).toMatch(/^General and Operations Manager earns a median of/);
    expect(renderText(engine.ask("vice president of operations vs general manager").answer)).toMatch(/as one occupation \(General and Operations Managers/);
  });
  it("part-time and side jobs for students: what the data lacks, then the jobs open to newcomers with the most openings", () => {
    for (const q of ["good part time jobs for college students", "best side jobs for students", "jobs while in college", "best jobs for college students"])
      expect(firstLine(q), q).toMatch(/^The data doesn't say which jobs can be done part time or around classes; .*Fast Food and Counter Worker/);
    expect(engine.ask("students are so broke lol").parsed.intent).toBe("none");
  });
  it("pay by the hour only (actors, dancers, musicians) is never set against a year's pay", () => {
    // Both by the hour where one has no yearly figure and both an hourly one.
    expect(firstLine("dancer vs fitness instructor which pays more")).toMatch(/^Dancer earns more: median \$[\d.]+ vs \$[\d.]+ an hour for Exercise Trainer/);
    expect(firstLine("fashion model vs actor, which pays better on average")).toMatch(
      /^Actor earns more: median \$[\d.]+ vs \$[\d.]+ an hour for Model, about \d+% more/,
    );
    // A teacher has no hourly figure: each in its own unit, no gap.
    const teacher = "BLS gives Musician or Singer pay by the hour only, so it can't be set against Secondary School Teacher";
    expect(firstLine("which pays more music teacher or musician")).toContain(teacher);
    expect(renderText(engine.ask("music teacher vs musician pay").answer)).toContain(teacher);
    const overview = renderText(engine.ask("choreographer vs dancer").answer);
    expect(overview).not.toMatch(/\d{4,}% more/);
    expect(renderText(engine.ask("music teacher vs musician").answer)).not.toMatch(/\d{4,}% more/);
  });
  it("'is X easier than Y': yes when Y takes more preparation; one job zone reached by an apprenticeship is no easier way", () => {
    expect(firstLine("is lpn easier than rn")).toMatch(/^Yes: Registered Nurse takes more preparation/);
    expect(firstLine("is welding easier to learn than electrician")).toMatch(/^Yes: Electrician takes more preparation/);
    for (const q of ["is hvac easier than electrician to get into", "is hvac easier to get into than electrician"])
      expect(firstLine(q), q).toMatch(
        /^About the same preparation, by different routes: .*a postsecondary certificate, then long-term on-the-job training, for Heating.* vs a high-school diploma or equivalent, then an apprenticeship, for Electrician/,
      );
  });
  it("'how do i become an np from an rn': the move starts from the role after 'from'", () => {
    for (const q of ["how do i become an np from an rn", "how do i become an np from rn"])
      expect(firstLine(q), q).toMatch(/^Registered Nurse → Nurse Practitioner/);
  });
  it("'can you be a nurse with just an associates': what the surveyed workers say weighs against BLS's typical entry", () => {
    expect(firstLine("can you be a nurse with just an associates")).toMatch(
      /^It depends: BLS lists the typical entry education as a bachelor's degree for Registered Nurse, but only \d+% of the workers O\*NET surveyed say a bachelor's or more is required\.$/,
    );
    expect(firstLine("can you be a dental hygienist with an associates")).toMatch(/^Usually, yes/);
  });
  it("a veteran by what follows 'vet', a comparative never read as a typo, a good idea asked after who the member is", () => {
    expect(roleIds("i'm a vet with ptsd, is police work a good idea")).toEqual(["33-3051.00"]);
    expect(engine.ask("i'm a vet with ptsd, is police work a good idea").parsed.kind).toBe("yes-no");
    expect(roleIds("how much does a vet make")).toEqual(["29-1131.00"]);
    expect(roleIds("is trucking or welding faster")).toEqual(["53-3032.00", "51-4121.00"]);
    expect(engine.ask("is trucking or welding faster").parsed.kind).toBe("which");
    expect(firstLine("is nursing a good idea")).toMatch(/^The outlook is good/);
    expect(roleIds("gen ed teacher salary")).toEqual(["25-2021.00"]);
    expect(roleIds("how to become a pi")).toEqual(["33-9021.00"]);
  });
  it("one particular person's deserts or wants are chat", () => {
    expectSilent(["the animator on that show deserves a raise honestly", "that animator deserves a raise", "the underwriter wants ANOTHER bank statement"]);
    expect(firstLine("do nurses deserve a raise")).toMatch(/^Yes, above most jobs/);
  });
  it("a small business's owner: what the data lacks on owners, then the nearest job the wage survey counts", () => {
    expect(firstLine("food truck owner income")).toMatch(
      /^BLS's wage figures count employees only, .* can't say what owning a business pays\. What employees earn: Food Service Manager earns a median of/,
    );
    expect(firstLine("salon owner salary")).toMatch(/What employees earn: Spa Manager earns/);
    expect(firstLine("how much do graphic designers make freelance")).toMatch(/can't say what freelance work pays/);
  });
  it("the hours of a programme or licence are schooling, not the hours worked", () => {
    for (const q of ["how many hours of school for massage therapy", "how many hours is cosmetology school", "how many hours for an esthetician license"])
      expect(firstLine(q), q).toMatch(
        /^For a .*, BLS lists a postsecondary certificate as the typical entry education.* The hours of schooling a licence asks are set by each state and aren't in the data\.$/,
      );
    expect(engine.ask("how many hours do nurses work").parsed.aspect).toBe("environment");
  });
  it("short names members use for allied-health, finance and trade titles; job prospects and a market asked of a job are its outlook", () => {
    expect(roleIds("mlo salary")).toEqual(["13-2072.00"]);
    expect(roleIds("rdn salary")).toEqual(["29-1031.00"]);
    expect(roleIds("histotech vs cytotech which is better pay")).toEqual(["29-2011.04", "29-2011.02"]);
    expect(roleIds("hvacr tech pay")).toEqual(["49-9021.00"]);
    expect(roleIds("steno salary")).toEqual(["27-3092.00"]);
    expect(roleIds("is mortuary science worth it")).toEqual(["39-4031.00"]);
    expect(firstLine("ot vs pt which has better job prospects")).toMatch(/^Occupational Therapist has the better outlook: projected job growth/);
    expect(firstLine("is the loan officer market bad rn")).toMatch(/^The job market is growing slowly: jobs are projected to change/);
    expect(engine.ask("my dms exam is tomorrow wish me luck").parsed.intent).toBe("none");
  });
  it("beauty, sports and fitness, fashion and culinary jobs ranked among their own; creative jobs without the athletes", () => {
    const cases: [string, RegExp][] = [
      ["best paying jobs in the beauty industry", /^Among beauty and personal appearance occupations, the highest median pay: /],
      ["what are the best jobs in fitness", /Among sports and fitness occupations/],
      ["jobs in fashion that pay well", /^Among fashion occupations, the highest median pay: Fashion Designer/],
      ["highest paying culinary jobs", /^Among culinary occupations, the highest median pay: /],
    ];
    for (const [q, first] of cases) expect(firstLine(q), q).toMatch(first);
    expect(firstLine("which creative jobs are growing the fastest")).not.toMatch(/Athlete|Umpire|Coach/);
    expectSilent(["my fitness journey is going great", "kitchen work is so tiring lol"]);
  });
  it("a job held before, not a degree: 'without being a nurse first' is BLS's related work experience; a record is a criminal record", () => {
    expect(firstLine("can i become a pa without being a nurse first")).toMatch(
      /^Usually, yes: BLS lists no work experience in a related occupation as typical for Physician Assistant; its typical entry education is a master's degree/,
    );
    // A nurse anesthetist is a nurse by title: no "yes" from the experience BLS lists.
    expect(firstLine("can i become a crna without being a nurse first")).not.toMatch(/^Usually, yes/);
    expect(firstLine("can i become a nurse practitioner without being a nurse")).toMatch(/^Registered Nurse → Nurse Practitioner/);
    for (const q of ["i have a juvenile record, can i become a teacher", "can i be a nurse with a misdemeanor"])
      expect(firstLine(q), q).toMatch(/^The data doesn't cover criminal records/);
    expect(engine.ask("the world record for typing speed is insane").parsed.intent).toBe("none");
  });
  it("licences BLS's handbook describes: a yes (or a no, asked whether one can do without) before the way in", () => {
    const cases: [string, RegExp][] = [
      ["do i need a license to be a realtor", /^Yes: Every state licenses real estate agents and brokers/],
      ["do electricians need a license", /^In most states, yes: Most states require electricians to be licensed/],
      ["can i work as an electrician without a license", /^In most states, no: /],
      ["do you need a cdl to drive a dump truck", /^Yes: Heavy and tractor-trailer truck drivers need a commercial driver's license \(CDL\)/],
      ["do hvac techs need epa 608", /^Yes: Technicians who handle refrigerants need EPA Section 608 certification/],
      ["do nurses need a license", /^Yes: Every state licenses registered nurses/],
    ];
    for (const [q, first] of cases) expect(firstLine(q), q).toMatch(first);
    expect(renderText(engine.ask("do i need a license to be a realtor").answer)).toContain(
      "https://www.bls.gov/ooh/sales/real-estate-brokers-and-sales-agents.htm",
    );
    // None recorded: what the data lacks, as before.
    expect(firstLine("do you need a license to be a medical assistant")).toMatch(/^In most states, no: Most states don't require medical assistants/);
  });
  it("pay in another currency is not placed among dollars: the US figures, said to be the US's", () => {
    for (const q of [
      "is £30k good for a band 5 nurse",
      "is 40k euros good for a software engineer",
      "software engineer salary 12 lpa is it good",
      "electrician making 80k cad, is that good",
    ])
      expect(firstLine(q), q).toMatch(
        /^I only have US national figures, not figures for (the UK|Europe|India|Canada), so I can't say how the amount you name compares there\. In the US: median /,
      );
    expect(firstLine("is 60k good for a nurse")).toMatch(/^Bottom 10% for a Registered Nurse: \$60,000 a year/);
    expect(engine.ask("how much do cad drafters make").parsed.place).toBeUndefined();
  });
  it("a better paying career asked after one's own pay, a shorter way in many workers report, majors by level and beside STEM, sales by what is sold", () => {
    expect(firstLine("im a cashier making 40k, whats a better paying career i can switch to")).toMatch(
      /^Among the occupations O\*NET lists as closest to Cashier, these pay more: /,
    );
    // (Asked how fast, how long nursing programs take comes right after the head.)
    expect(firstLine("whats the quickest way to become a nurse")).toMatch(
      /^To become a Registered Nurse: Nursing programs usually take two to three years .*\d+% of the Registered Nurse workers O\*NET surveyed say less than a bachelor's degree is required\. Every state licenses registered nurses/,
    );
    expect(firstLine("how long to become an occupational therapist")).not.toMatch(/say less than/);
    expect(firstLine("what do english majors make")).toMatch(/draws on English Language knowledge/);
    expect(firstLine("what 2 year degree pays the most")).toMatch(
      /^The data doesn't rank two-year degrees: .* Among jobs open to new graduates with an associate degree/,
    );
    expect(firstLine("highest paying major that isnt stem")).toMatch(/outside science, technology, engineering and math \(STEM\)/);
    expect(firstLine("highest paying major that isnt stem")).not.toMatch(/Software Developer|Computer Hardware Engineer|Petroleum Engineer/);
    expect(roleIds("is car sales worth it")).toEqual(["41-2031.00"]);
    expect(roleIds("is enterprise sales a good career")).toEqual(["41-4011.00"]);
    expect(roleIds("is actuarial science a good major")).toEqual(["15-2011.00"]);
  });
  it("pay in a place weighed against the US's, or a move abroad: US figures, said not to compare; a mate is a friend; Commonwealth titles", () => {
    for (const q of [
      "do nurses make more in australia or the us",
      "is it worth moving to the uk as a doctor",
      "nurse salary uk vs us",
      "should i move to canada as an electrician",
    ])
      expect(firstLine(q), q).toMatch(
        /^I only have US national figures, not figures for (Australia|the UK|Canada), so I can't compare pay there with the US's\. In the US: median /,
      );
    expect(firstLine("do nurses make good money in texas")).toMatch(/^I only have US national figures, not figures for Texas\. Yes, above most jobs/);
    expect(roleIds("mate of mine reckons sparkies make 50k+, is that right")).toEqual(["47-2111.00"]);
    expect(roleIds("first mate salary")).toEqual(["53-5021.00"]);
    expect(engine.ask("cheers mate").parsed.intent).toBe("none");
    expect(roleIds("psw salary")).toEqual(["31-1122.00"]);
    expect(roleIds("rpn vs rn")).toEqual(["29-2061.00", "29-1141.00"]);
    expect(roleIds("gas engineer vs electrician")).toEqual(["47-2152.00", "47-2111.00"]);
    expect(roleIds("site manager salary")).toEqual(["11-9021.00"]);
  });
  it("a pastime liked leads to its field's jobs; a move judged dumb or smart leads with its pay change", () => {
    const cases: [string, RegExp][] = [
      ["i love baking can i make a career out of it", /^Among culinary occupations, the highest median pay: /],
      ["im into fashion and sewing what jobs", /^Among fashion occupations, the highest median pay: Fashion Designer/],
      ["i love working out what jobs can i do", /^Among sports and fitness occupations, the highest median pay: /],
      ["jobs for people who love makeup", /^Among beauty and personal appearance occupations, the highest median pay: /],
      [
        "is it dumb to leave accounting for teaching",
        /^Accountant → Elementary School Teacher .*: the median pay falls \d+%, from \$[\d,]+ to \$[\d,]+ a year/,
      ],
      ["is it stupid to quit nursing for real estate", /^Registered Nurse → Real Estate Sales Agent: the median pay falls \d+%/],
    ];
    for (const [q, first] of cases) expect(firstLine(q), q).toMatch(first);
    expectSilent(["i love cooking but i hate my job lol", "my mom loves baking", "i love working out"]);
    expect(engine.ask("court reporter vs stenographer").parsed.roles.map((r) => r.roleId)).toEqual(["27-3092.00"]);
  });
  it("work to train for within a schooling limit said is ranked by pay; a time the training may take is no schooling limit", () => {
    expect(firstLine("im 30 with no degree, what can i realistically become")).toMatch(
      /^Among all occupations that usually need no degree, the highest median pay: /,
    );
    // (BLS's entry schooling says nothing of how long the training after it runs: a commercial pilot's certificate is no year's training.)
    for (const q of ["what job can i train for in under a year", "single mom of 2, what job can i train for in under a year"])
      expect(firstLine(q), q).not.toMatch(/Commercial Pilot/);
  });
  it("a percentile of pay asked by name is that percentile, never the experienced band; the nearest published where BLS has none", () => {
    expect(firstLine("top 10% of lawyers salary")).toMatch(/^Lawyer: the top 10% earn at least \$[\d,]+ a year \(90th percentile, BLS, May \d{4}\)\.$/);
    expect(firstLine("bottom 10% pay for cashiers")).toMatch(/^Cashier: the lowest-paid 10% earn less than \$[\d,]+ a year \(10th percentile/);
    expect(firstLine("90th percentile registered nurse salary")).toMatch(/^Registered Nurse: the top 10% earn at least/);
    expect(firstLine("75th percentile for pharmacists")).toMatch(/^Pharmacist: the top quarter earn at least \$[\d,]+ a year \(75th percentile/);
    expect(firstLine("what do the top 5% of electricians make")).toMatch(
      /^BLS publishes pay at the 10th, 25th, 50th, 75th and 90th percentiles, not for the top 5%; the nearest it has: Electrician: the top 10% earn at least/,
    );
    expect(engine.ask("i'm in the top 10% of my class lol").parsed.intent).toBe("none");
    // "Top earners" stays the experienced band.
    expect(firstLine("what do top earners make as electricians")).toMatch(/^Experienced pay/);
  });
  it("app platforms' drivers are contractors the wage figures leave out; a CDL's yes is a truck driver's; outlook facts lead with the outlook", () => {
    expect(firstLine("uber driver pay")).toMatch(
      /^Uber's drivers and shoppers work as independent contractors, and BLS's figures count employees only, so the data can't say what Uber pays\. /,
    );
    expect(firstLine("how much does an uber driver make a week")).toMatch(
      /For employees in the same work: Taxi Driver earns a median of about \$[\d,]+ a week/,
    );
    expect(firstLine("how much does amazon pay warehouse workers")).toMatch(/^I have no figures for Amazon: /);
    expect(firstLine("do you need a cdl for amazon flex")).toMatch(/^Heavy and tractor-trailer truck drivers need/);
    // (A box truck is a light truck, whose rule says when a CDL comes in.)
    expect(firstLine("do you need a cdl for a box truck")).toMatch(
      /^Not to work as one: Delivery and light truck drivers usually need only an ordinary driver's license/,
    );
    expect(firstLine("do you need a cdl to drive a dump truck")).toMatch(/^Yes: Heavy and tractor-trailer truck drivers need/);
    // (The truck driver's own title, named, is the truck's work: "to be a truck driver" is asked with a yes.)
    for (const q of ["do you need a cdl to be a truck driver", "do truckers need a cdl"])
      expect(firstLine(q), q).toMatch(/^Yes: Heavy and tractor-trailer truck drivers need/);
    expect(firstLine("do you need a cdl for doordash")).toMatch(/^Heavy and tractor-trailer truck drivers need/);
    for (const q of ["openings per year for rns", "electrician job outlook", "growth rate for software developers"])
      expect(firstLine(q), q).toMatch(/^The (outlook|job market) is .*: jobs are projected to change [+-][\d.]+% over 2024–34/);
    expect(firstLine("do nurses make 6 figs")).toMatch(/\$100,000 a year/);
  });
  it("a setting between a role and its pay word says which kind of pay; a support agent answers customers", () => {
    expect(firstLine("medical coder remote salary")).toMatch(/^Medical Records Specialist earns a median of/);
    expect(firstLine("customer service from home pay")).toMatch(/^Customer Service Representative earns a median of/);
    expect(engine.ask("support agent salary").parsed.roles.map((r) => r.roleId)).toEqual(["43-4051.00"]);
  });
  it("pay told by the month or week is placed as a year of it, said so; the mean asked beside the median", () => {
    expect(firstLine("is 3000 a month good for a cna")).toMatch(
      /^Bottom quarter for a Nursing Assistant: \$3,000 a month \(about \$36,000 a year\) is between the 10th percentile/,
    );
    expect(firstLine("i make 900 a week as a welder is that good")).toMatch(/\$900 a week \(about \$46,800 a year\)/);
    expect(firstLine("is 1500 biweekly good for a cashier")).toMatch(/\$1,500 every two weeks \(about \$39,000 a year\)/);
    expect(engine.ask("i paid 300 a month for my phone lol").parsed.intent).toBe("none");
    for (const q of ["mean salary for nurses", "is the nurse salary average or median"])
      expect(firstLine(q), q).toMatch(
        /^Registered Nurse earns a median of \$[\d,]+ a year.* The mean \(the total paid divided by the number of workers\) is \$[\d,]+ a year/,
      );
    expect(firstLine("registered nurse salary")).not.toMatch(/The mean/);
  });
  it("shrinking, declining and growing asked of jobs are their outlook", () => {
    expect(firstLine("is the cashier job shrinking")).toMatch(/^The job market is shrinking: jobs are projected to change -[\d.]+% over 2024–34/);
    expect(firstLine("how much will nurse jobs grow")).toMatch(/^The outlook is good: jobs are projected to change \+[\d.]+%/);
    expect(firstLine("which is shrinking faster, teller or cashier")).toMatch(/projected job growth Cashier -[\d.]+%, Teller -[\d.]+%/);
    expect(engine.ask("are truck driver jobs going to decline").parsed.aspect).toBe("outlook");
  });
  it("'how much more' asked of two jobs' pay gives the amount; 'how many nurses are there' counts them", () => {
    expect(firstLine("how much more does an rn make than an lpn in dollars")).toMatch(/, \$[\d,]+ a year \(\d+%\) more \(BLS, May \d{4}\)\.$/);
    expect(firstLine("rn vs lpn which pays more")).toMatch(/, about \d+% more \(BLS/);
    expect(firstLine("how many nurses are there")).toMatch(/^In the US, Registered Nurse: about [\d,]+ jobs in 2024/);
    expectSilent(["how many drivers are there in the race lol", "how many servers are down rn"]);
  });
  it("what the outside re-check found: schooling asked is no licence's yes, a pay unit after an amount is no title, a percentile in any question's shape, places weighed only on pay", () => {
    expect(firstLine("can you be a dental hygienist with a certificate or do you need a degree")).not.toMatch(/^Yes/);
    for (const q of ["is 20 lpa good for a data scientist", "i have 8 lpa ctc as a data analyst, is that good"])
      expect(
        engine.ask(q).parsed.roles.map((r) => r.roleId),
        q,
      ).toEqual(["15-2051.00"]);
    expect(firstLine("which pays more at the bottom 10%: rn or software developer")).toMatch(/^Registered Nurse: the lowest-paid 10% earn less than/);
    expect(firstLine("does the 90th percentile include overtime for cops")).toMatch(/^BLS's wage figures are straight-time pay/);
    expect(firstLine("is it easier to become an rn in canada or the us")).toMatch(/What it takes to become a Registered Nurse/);
    expect(firstLine("i like sports but im not athletic, what jobs")).not.toMatch(/Athlete or Sports Competitor/);
  });
  it("an app platform asked about alone: its contractors are outside the wage figures, and which employees to ask about", () => {
    expect(firstLine("is doordash worth it")).toMatch(
      /^DoorDash's drivers and shoppers work as independent contractors, and BLS's figures count employees only, so the data can't say what DoorDash pays or whether it is worth it\. For employees in the same work, ask about light truck \(delivery\) drivers\.$/,
    );
    expect(firstLine("is uber worth it full time")).toMatch(/ask about taxi drivers\.$/);
    expect(firstLine("does amazon pay well")).toMatch(/^I have no figures for Amazon: /);
    expectSilent(["i ordered doordash last night lol", "taking an uber to the airport"]);
  });
  it("pay in another currency names its country from one table; a weight in pounds is no pay", () => {
    expect(firstLine("is 6000 sgd a month good for a nurse")).toMatch(/^I only have US national figures, not figures for Singapore, /);
    expect(firstLine("is 400k zar good for a civil engineer")).toMatch(/not figures for South Africa, /);
    expect(firstLine("i can lift 50 pound boxes, warehouse worker vs forklift driver pay")).not.toMatch(/UK/);
  });
  it("'how much higher' asks the gap's amount, as 'how much more' does", () => {
    expect(firstLine("how much higher is rn pay than lpn")).toMatch(/, \$[\d,]+ a year \(\d+%\) more \(BLS, May \d{4}\)\.$/);
  });
  it("members' text-speak and Indian-English forms: sal, pkg, package of, da, 35k pa, 18$/hr, ok or less, confused between, kindly guide", () => {
    for (const q of ["wat is the avg sal for accountant", "wats the pkg of a accountant", "kindly let me know the package of accountant in united states"])
      expect(firstLine(q), q).toMatch(/^Accountant earns a median of \$[\d,]+ a year/);
    expect(engine.ask("sal from accounting is leaving").parsed.intent).toBe("none");
    expect(firstLine("Wats da salary 4 a cna?? 💯")).toMatch(/^Nursing Assistant earns a median/);
    for (const q of ["i make $18/hr as a cna is it ok or less", "i am getting 18$/hr as a cna is it ok or less"])
      expect(firstLine(q), q).toMatch(/^Below the middle for a Nursing Assistant: \$18 an hour is between/);
    expect(engine.ask("teacher salary 50k pa is it good").parsed.roles.map((r) => r.typed)).toEqual(["teacher"]);
    expect(engine.ask("I AM CONFUSED BETWEEN NURSING AND PHYSIOTHERAPY,WHICH IS BETTER?? PLS REPLY").parsed.roles).toHaveLength(2);
    for (const q of ["how to become a police officer in usa,kindly guide", "How much is salary of the Ux designer? Please guide"])
      expect(engine.ask(q).parsed.roles, q).toHaveLength(1);
    expect(firstLine("respected members, what is the pay scale of lab technician in usa")).not.toMatch(/respected/);
  });
  it("'is a bachelor's enough' asks whether that degree is enough, not whether one can do without", () => {
    expect(firstLine("is bachelors enough for data scientist")).toMatch(/^Usually, yes: BLS lists the typical entry education as a bachelor's degree/);
    expect(firstLine("do we need masters for data scientist or bachelors is enough")).toMatch(/^Usually, yes: /);
    expect(firstLine("is a bachelors enough for a physician assistant")).toMatch(/^Usually not: .* master's degree/);
    expect(firstLine("is high school enough to be an electrician")).toMatch(/^Usually, yes: /);
  });
  it("someone's doings told, or good wishes, are no question: the pm on site, the engineer on call, congrats", () => {
    expectSilent([
      "the pm on site said the concrete pour is delayed",
      "the engineer on call isn't answering",
      "the nurse on call was nice",
      "congrats bro on becoming a senior dev 🥳",
    ]);
    expect(engine.ask("is the nurse on call a lot").parsed.intent).toBe("profile");
  });
  it("a posting's level word before a title is its band, and 'principal' there is no school principal", () => {
    for (const q of ["principal software engineer pay?", "staff software engineer salary", "sr software engineer salary", "lead software engineer salary"])
      expect(firstLine(q), q).toMatch(/^Experienced pay, a year: Software Developer \$/);
    expect(firstLine("associate product manager salary")).toMatch(/^Starting pay, a year: Product Manager \$/);
    expect(firstLine("fresher civil engineer salary")).toMatch(/^Starting pay, a year: Civil Engineer \$/);
    expect(engine.ask("how much does a principal make").parsed.roles.map((r) => r.roleId)).toEqual(["11-9032.00"]);
  });
  it("'do teachers make good recruiters' weighs the move, not which pays more; a pay cut of one role is not the data's to call", () => {
    expect(firstLine("do teachers make good recruiters")).toMatch(/^Elementary School Teacher \(except special education\) → Human Resources Specialist: /);
    expect(firstLine("do lawyers make good compliance officers")).not.toMatch(/^(Yes|No)\b/);
    expect(firstLine("is teaching a pay cut")).toMatch(
      /^Whether it is a pay cut depends on what you earn now, which the data can't see; what it shows: Elementary School Teacher/,
    );
  });
  it("a move asked as many write it: 'i am a nurse, how to become a nurse practitioner', 'i am paralegal now, how to go'", () => {
    for (const q of [
      "i am a nurse, how to become a nurse practitioner",
      "i am cna,how to become rn fast",
      "i am a bartender now want to be a real estate agent",
    ])
      expect(engine.ask(q).parsed.kind, q).toBe("path");
    expect(firstLine("i want to be lawyer,i am paralegal now,hw to go")).toMatch(/^Paralegal or Legal Assistant → Lawyer: /);
    expect(firstLine("i am security guard what else i can do")).toMatch(
      /^The occupations O\*NET lists as closest to Security Guard outside its own line of work: /,
    );
  });
  it("the member's job as a headline, being left, then what next: the occupations closest to it elsewhere", () => {
    for (const [q, title] of [
      ["rn leaving bedside what are my options", "Registered Nurse"],
      ["cop leaving the force what jobs", "Police and Sheriff's Patrol Officer"],
      ["lawyer leaving law what jobs", "Lawyer"],
      ["teacher wants out, ideas?", "Elementary School Teacher \\(except special education\\)"],
    ] as const)
      expect(firstLine(q), q).toMatch(new RegExp(`^The occupations O\\*NET lists as closest to ${title} outside its own line of work: `));
    expect(engine.ask("the nurse leaving the room said hi").parsed.intent).toBe("none");
  });
  it("a specialty paid as another occupation says so, and so does a comparison of its pay", () => {
    expect(firstLine("clinical research coordinator salary")).toMatch(
      /BLS publishes no wages for Clinical Research Coordinators alone; these are for 11-9121 Natural Sciences Managers, the occupation O\*NET files it under, so they are only indicative\.$/,
    );
    expect(firstLine("clinical research coordinator or rn, which pays more")).toMatch(
      / BLS has no pay figures for Clinical Research Coordinator alone, so the comparison is only indicative\.$/,
    );
    // (A specialty whose title is a kind of its occupation's needs no note.)
    expect(firstLine("acute care nurse salary")).toMatch(
      /^Acute Care Nurse earns a median of \$[\d,]+ a year; the middle half earn [^.]+\(BLS, May \d{4}\)\.$/,
    );
  });
  it("what a move takes is answered for the job moved to, with its licence where asked", () => {
    expect(firstLine("do i need a new license to go from teacher to school counselor")).toMatch(
      /^Elementary School Teacher \(except special education\) → Educational, Guidance or Career Counselor or Advisor: /,
    );
    expect(firstLine("does a pastor need a license to be a counselor")).toMatch(
      /^Clergy → Mental Health Counselor: .* Yes: Counselors in private practice must be licensed/,
    );
  });
  it("titles as members write them: nurses off the bedside, manual testers, people ops, slang, one sales job under two names", () => {
    for (const [q, id] of [
      ["nurse case manager salary", "29-1141.00"],
      ["utilization review nurse pay", "29-1141.00"],
      ["manual tester salary", "15-1253.00"],
      ["video game tester salary", "15-1253.00"],
      ["people ops salary", "13-1071.00"],
      ["chief of staff salary", "11-1021.00"],
      ["junior accountant salary", "13-2011.00"],
      ["grease monkey salary", "49-3023.00"],
      ["code monkey salary", "15-1252.00"],
      ["pharma sales rep salary", "41-4011.00"],
    ] as const)
      expect(
        engine.ask(q).parsed.roles.map((r) => r.roleId),
        q,
      ).toEqual([id]);
    expect(engine.ask("is an sdr the same as a bdr").parsed.roles.map((r) => r.roleId)).toEqual(["41-3091.00"]);
    expectSilent(["my it guy says restart it", "the bean counter at work is nice"]);
  });
  it("the catalogue is listed when asked for, not for 'jd advantage jobs list'", () => {
    for (const q of ["list", "list roles", "do you have a list of careers I can ask about?", "show me all the roles"])
      expect(engine.ask(q).parsed.intent, q).toBe("list");
    for (const q of ["jd advantage jobs list", "can you list jobs that pay well without a degree"]) expect(engine.ask(q).parsed.intent, q).not.toBe("list");
  });
  it("what the re-check of this round found: pay right after a short title frames it; a story with an unknown title still asks", () => {
    expect(firstLine("new grad rn 34/hr is that normal")).toMatch(/^Bottom quarter for a Registered Nurse: \$34 an hour is between/);
    expect(engine.ask("new grad cna 17/hr is that normal").parsed.roles.map((r) => r.roleId)).toEqual(["31-1131.00"]);
    expect(engine.ask("pt 2 is out tomorrow").parsed.intent).toBe("none");
    expect(engine.ask("my dad wants me to take over his plumbing business but i want to go to college for engineering, help").parsed.intent).toBe("unknown");
  });
  it("a job described instead of named is looked up in the occupations' own words, said so, and asked about when unclear", () => {
    const elevators = engine.ask("the people who fix elevators how much do they make");
    expect(elevators.parsed.roles.map((r) => [r.roleId, r.typed])).toEqual([["47-4021.00", "people who fix elevators"]]);
    expect(firstLine("the people who fix elevators how much do they make")).toMatch(/^Elevator and Escalator Installer or Repairer earns a median of \$/);
    expect(renderText(elevators.answer)).toMatch(/Interpreted "people who fix elevators" as Elevator and Escalator Installer or Repairer/);
    expect(engine.ask("people who guard prisons pay").parsed.roles[0]!.roleId).toBe("33-3012.00");
    expect(engine.ask("what do you call the people who draw blood").parsed.roles[0]!.tossUp).toBe(true);
    // Nothing likely enough: no answer; a particular person, or chat: none either.
    expectSilent([
      "people who make maps for a living",
      "the guy who fixed my car was rude",
      "people who cut hair are so chatty",
      "the person who wrote this bot is a genius",
      "teachers who yell at kids are the worst",
    ]);
  });
  it("'the future of nursing' and 'a good time to become an electrician' ask the outlook, not the ladder or the schooling", () => {
    expect(firstLine("what is the future of nursing")).toMatch(/^The outlook is good: jobs are projected to change \+[\d.]+% over 2024–34/);
    expect(firstLine("is now a good time to become an electrician")).toMatch(/^The outlook is good: /);
    expect(firstLine("`nurse` vs `teacher`, which pays more?")).toMatch(/^Registered Nurse earns more/);
  });
  it("more ways of asking what comes after leaving: 'X to what', 'teachers who quit', 'burnout, other jobs'", () => {
    for (const [q, title] of [
      ["preschool teacher to what", "Preschool Teacher"],
      ["what do teachers who quit do", "Elementary School Teacher"],
      ["case worker burnout other jobs", "Child, Family or School Social Worker"],
    ] as const)
      expect(firstLine(q), q).toContain(`The occupations O*NET lists as closest to ${title}`);
    expect(engine.ask("teacher to what degree").parsed.movingOn).toBeUndefined();
  });
  it("what the second re-check found: 'who' after a person starts a clause about them; a level's number is no pay; a description nothing fits asks for no help", () => {
    expectSilent([
      "the dentist who did my filling had the smoothest hands",
      "my sister who is a nurse says hi to everyone here",
      "the accountant who does my taxes every year moved to florida",
      "the people in the icu who help you breathe with the machines what do they earn",
      "whats the job called where you fix dents in cars after a crash",
    ]);
    expect(engine.ask("soc analyst tier 1 salary").parsed.roles.map((r) => r.roleId)).toEqual(["15-1212.00"]);
    expect(engine.ask("manual qa tester pay").parsed.roles.map((r) => r.roleId)).toEqual(["15-1253.00"]);
    expect(engine.ask("anyone know who makes more, nurses or teachers").parsed.roles).toHaveLength(2);
  });
  it("a move between two titles of one occupation: no route in the data, and how pay spreads within it", () => {
    expect(firstLine("sdr to account executive how long")).toMatch(
      /^SDR → account executive: the data counts both titles as one occupation \(Sales Representative of Services .*\), so it shows no route or time between them\. Within it, pay runs from \$[\d,]+–\$[\d,]+ a year at the start \(10th–25th percentile\) to \$[\d,]+–\$[\d,]+ for the experienced \(75th–90th\) \(BLS, May \d{4}\)\.$/,
    );
    expect(firstLine("staff accountant to senior accountant")).toMatch(
      /^Staff accountant → senior accountant: the data counts both titles as one occupation \(Accountant\)/,
    );
    // ("military police to cop": a move out of the military, its way in.)
    expect(firstLine("military police to cop")).toMatch(/^To become a Police and Sheriff's Patrol Officer, /);
  });
  it("'can you list jobs that pay well without a degree' asks for the ranking, as 'list jobs …' does", () => {
    for (const q of [
      "can you list jobs that pay well without a degree",
      "could you name some jobs that pay well",
      "can you recommend careers for introverts",
    ]) {
      const parsed = engine.ask(q).parsed;
      expect(parsed.ranking, q).toBeDefined();
    }
    expect(engine.ask("can you list roles you know").parsed.intent).toBe("list");
    expect(engine.ask("can you tell me what a nurse makes").parsed.roles.map((r) => r.roleId)).toEqual(["29-1141.00"]);
  });
  it("'what pays more than being a cop' asks where the job leads, as 'what pays more than a nurse' does", () => {
    for (const [q, title] of [
      ["what pays more than being a cop", "Police and Sheriff's Patrol Officer"],
      ["what pays more than working as a cashier", "Cashier"],
      ["what pays more than a nurse", "Registered Nurse"],
    ] as const)
      expect(firstLine(q), q).toContain(`Among the occupations O*NET lists as closest to ${title}, these pay more: `);
  });
  it("a level before a title is that title's job, whatever ESCO filed the level under", () => {
    for (const [q, id] of [
      ["senior data analyst salary", "15-2051.00"],
      ["senior physiotherapist pay", "29-1123.00"],
      ["senior chef salary", "35-1011.00"],
    ] as const)
      expect(
        engine.ask(q).parsed.roles.map((r) => r.roleId),
        q,
      ).toEqual([id]);
  });
  it("a job described by managing something, or by words its title has, is that job", () => {
    for (const [q, id] of [
      ["the person who manages databases at a company, what do they make", "15-1242.00"],
      ["people who read meters for the power company", "43-5041.00"],
      ["the person who manages a hotel how much do they make", "11-9081.00"],
    ] as const)
      expect(engine.ask(q).parsed.roles[0]?.roleId, q).toBe(id);
  });
  it("a title named as a workplace is where the job is done, not a second role", () => {
    for (const q of ["can a cna work in a doctors office", "can a cna work in a doctor's office", "can a medical assistant work at a dentist office"]) {
      const parsed = engine.ask(q).parsed;
      expect(parsed.roles, q).toHaveLength(1);
      expect(parsed.topic, q).toBe("setting");
      expect(firstLine(q), q).toMatch(/^(Medical Assistant: Most|More than half of nursing assistants) work in /);
    }
    expect(engine.ask("nurse vs doctor office jobs").parsed.roles).toHaveLength(2);
  });
  it("'what do bartenders do besides pour drinks' asks the job's duties, past the part everyone knows", () => {
    for (const [q, id, aspect] of [
      ["what do bartenders do besides pour drinks", "35-3011.00", "duties"],
      ["what do nurses do other than give shots", "29-1141.00", "duties"],
      ["what do dental hygienists do apart from cleaning teeth", "29-1292.00", "duties"],
      ["what do waiters make besides tips", "35-3031.00", "salary"],
    ] as const) {
      const parsed = engine.ask(q).parsed;
      expect(
        parsed.roles.map((r) => r.roleId),
        q,
      ).toEqual([id]);
      expect(parsed.aspect, q).toBe(aspect);
    }
    expectSilent(["what do servers do besides crash lol", "what do drivers do besides break my gpu"]);
  });
  it("an age told as 'N years old' is the member's age, and the data says it doesn't track it", () => {
    expect(firstLine("50 years old, can i still become a nurse")).toMatch(/^The data doesn't track age\. What it takes to become a Registered Nurse: /);
    expect(firstLine("hs senior here, electrician or plumber which one makes more")).toMatch(/^About the same: median /);
  });
  it("a parent asking for a child gets the answer a member asking for themselves gets", () => {
    for (const [q, first] of [
      ["my son is 19 and wants to be an electrician, how does he start", /^To become an Electrician, a high-school diploma or equivalent is the usual way in/],
      [
        "my daughter wants to be a nurse, does she need a degree",
        /^Usually, yes: BLS lists the typical entry education as a bachelor's degree for Registered Nurse/,
      ],
      ["our son dropped out of college, what jobs can he get without a degree", /^Among all occupations that usually need no degree, the highest median pay: /],
      ["my daughter is 17 and wants to be a flight attendant, is that a real career", /^The outlook is good: /],
    ] as const)
      expect(firstLine(q), q).toMatch(first);
    expectSilent(["my husband is a nurse and he says hi", "my son is a cook lol can he cook for us tonight"]);
  });
  it("a student or a combat medic moving into the job gets the way in, not 'one occupation, no route'", () => {
    expect(firstLine("student nurse to registered nurse how long")).toMatch(
      /^To become a Registered Nurse: Nursing programs .*\. A bachelor's degree is the typical entry/,
    );
    expect(firstLine("combat medic to paramedic how long")).toMatch(/^To become a Paramedic: /);
    expect(firstLine("staff accountant to senior accountant")).toMatch(/^Staff accountant → senior accountant: the data counts both titles as one occupation/);
  });
  it("'what software do dental offices use' keeps its software list; 'the lady who does nails' is a manicurist", () => {
    expect(firstLine("what software do dental offices use, hygienist vs receptionist")).toMatch(
      /^O\*NET lists these in-demand technologies for a Dental Hygienist/,
    );
    expect(engine.ask("the lady who does nails salary").parsed.roles[0]?.roleId).toBe("39-5092.00");
  });
  it("who the jobs are for, beside a measure the data ranks: the ranking, said not to be limited to them", () => {
    const NOT_LIMITED = "The data doesn't say which jobs suit or hire particular groups of people, so the list below is not limited to them. ";
    expect(firstLine("separating from the air force in 6 months, what jobs pay well without a degree")).toContain(
      `${NOT_LIMITED}Among all occupations that usually need no degree, the highest median pay: `,
    );
    expect(firstLine("im a veteran with ptsd, what jobs are low stress")).toContain(`${NOT_LIMITED}The data doesn't measure stress directly`);
    expect(firstLine("least stressful jobs for someone with anxiety")).toContain(`${NOT_LIMITED}The data doesn't measure stress directly`);
    // Nothing else asked, or the best paid of all (surgeons) with no limit: nothing ranked.
    for (const q of ["best jobs for veterans", "my husband is a veteran, what jobs pay well", "part time jobs that pay well"])
      expect(firstLine(q), q).toMatch(/so I can't rank jobs on it\. What I can rank them by: /);
  });
  it("a vet beside veterans or the army is a veteran; college ruled out by its cost; a clause about one's son sets no aspect", () => {
    expect(engine.ask("my husband is a vet and struggling to find work, what jobs are good for veterans").parsed.roles).toEqual([]);
    expect(engine.ask("how much does a vet make").parsed.roles.map((r) => r.roleId)).toEqual(["29-1131.00"]);
    for (const q of ["cant afford college what jobs pay well", "i can't afford college what jobs pay well", "no money for college what jobs pay well"])
      expect(firstLine(q), q).toMatch(/^Among all occupations open with a high-school diploma or less, the highest median pay: /);
    for (const q of ["what does an actuary make, my son is a math major", "what does a nurse make, my son is in nursing school"])
      expect(engine.ask(q).parsed.aspect, q).toBe("salary");
    expect(engine.ask("my daughter loves math, what skills does an actuary need").parsed.aspect).toBe("skills");
  });
  it("a bad back, no lifting, a desk job: the least physical work, by the Realistic rating", () => {
    const LEAD =
      /^The data doesn't measure hands-on, physical or outdoor work directly; O\*NET's Realistic interest rating .* is a fair sign\. Among all occupations.*, the lowest rating, /;
    for (const q of [
      "jobs that arent physical",
      "bad back, what jobs can i do",
      "i cant lift more than 20 lbs, what jobs can i do",
      "what jobs can you do sitting down",
    ])
      expect(firstLine(q), q).toMatch(LEAD);
    expect(firstLine("most dangerous jobs")).toMatch(/^The data doesn't measure physical demands, danger or injury rates, so I can't rank jobs on it\./);
  });
  it("'paid training', 'short training': the way in a job asks, no trainer's field", () => {
    for (const q of ["jobs with paid training", "what pays ok with short training", "58 and laid off from a desk job, what pays ok with short training"])
      expect(
        engine.ask(q).parsed.roles.map((r) => r.roleId),
        q,
      ).not.toContain("39-2011.00");
    expect(engine.ask("dog training vs grooming").parsed.roles.map((r) => r.roleId)).toEqual(["39-2011.00", "39-2021.00"]);
  });
  it("'what pays the most without a degree', 'whats a good trade to get into': rankings asked without the word 'jobs'", () => {
    expect(firstLine("what pays the most without a degree")).toMatch(/^Among all occupations that usually need no degree, the highest median pay: /);
    expect(firstLine("what pays the most")).toMatch(/^Among all occupations, the highest median pay: /);
    expect(firstLine("whats a good trade to get into")).toMatch(/^Best depends on what matters to you\. Among skilled trades /);
    expect(engine.ask("what pays more, nurse or teacher").parsed.roles).toHaveLength(2);
    expect(engine.ask("is welding a good trade to get into").parsed.roles.map((r) => r.roleId)).toEqual(["51-4121.00"]);
  });
  it("'which is harder on ur body' asks the physical demands, not the preparation", () => {
    expect(firstLine("electrician vs plumber which is harder on ur body")).toMatch(
      /^Electrician: Electricians risk .* Plumber, Pipefitter or Steamfitter: Plumbers and fitters lift heavy materials/,
    );
  });
  it("a question about the figures themselves is answered first, then how to ask", () => {
    expect(firstLine("what does median mean")).toMatch(/^The median is the middle figure: half the workers in an occupation earn more and half earn less\./);
    expect(firstLine("where do your numbers come from")).toMatch(
      /^Pay comes from BLS's Occupational Employment and Wage Statistics \(May \d{4}\), outlook from BLS's Employment Projections/,
    );
    expect(firstLine("is this salary before taxes")).toMatch(/^The pay figures are gross: wages before taxes and deductions/);
    expect(firstLine("what is a job zone")).toMatch(/^O\*NET sorts occupations into five Job Zones/);
    const answer = engine.ask("how old is your data").answer;
    expect(answer.intent).toBe("help");
    expect(answerEmbeds(answer)[0]!.title).toBe("📊 About the figures");
    expect(answerEmbeds(answer)[0]!.description).toMatch(/^Pay is BLS's Occupational Employment and Wage Statistics/);
    expect(engine.ask("median household income in texas").parsed.intent).toBe("none");
    expect(firstLine("does the salary include overtime")).toMatch(
      /^BLS's wages count base pay, commissions, production bonuses, tips, hazard pay and on-call pay; they leave out overtime pay/,
    );
    expect(firstLine("are these numbers for the whole us or my state")).toMatch(/^The figures are for the whole US: /);
  });
  it("'should i counter' counters an offer; no weigher's title", () => {
    expect(engine.ask("they offered me 19/hr as a pharmacy tech in ohio, should i counter").parsed.roles.map((r) => r.roleId)).toEqual(["29-2052.00"]);
    expect(engine.ask("what does a counter do").parsed.roles).toHaveLength(1);
  });
  it("travel nurses' pay: said not to be split from staff pay, then the nurses' figures", () => {
    expect(firstLine("how much do travel nurses make per week")).toMatch(
      /^The data doesn't split travel contracts from staff jobs: its wages count both together and leave out travel stipends\. Registered Nurse earns a median of about \$[\d,]+ a week/,
    );
  });
  it("R8: someone running a place is its manager or operator; pay asked beside danger once; the least physical trade not ranked", () => {
    for (const [q, id] of [
      ["the people who run the sewage treatment plant what is that job called", "51-8031.00"],
      ["the people who run the trains salary", "53-4011.00"],
      ["the guy who runs the kitchen salary", "35-1011.00"],
      ["the person who runs a hotel salary", "11-9081.00"],
      ["the person who runs a construction site salary", "11-9021.00"],
      ["whoever runs the library do you need a masters", "25-4022.00"],
    ] as const)
      expect(engine.ask(q).parsed.roles[0]?.roleId, q).toBe(id);
    const both = firstLine("lineman vs electrician who earns more and which is more dangerous");
    expect(both.match(/earns more/g), both).toHaveLength(1);
    expect(firstLine("least physical trade that still pays good")).toMatch(
      /^The data doesn't measure physical demands, danger or injury rates, so I can't rank jobs on it\./,
    );
    expect(firstLine("least physical healthcare jobs")).toMatch(/^The data doesn't measure hands-on, physical or outdoor work directly; /);
    expect(engine.ask("my son is failing college, should he just go to trade school").parsed.roles).toEqual([]);
    expect(firstLine("apprentice electrician to journeyman electrician how long")).toMatch(/^To become an Electrician: /);
    expect(firstLine("marine corps medic to paramedic how long")).toMatch(/^To become a Paramedic: /);
  });
  it("'what does cna stand for' spells out the letters as the occupation's titles do, then where the data files the job", () => {
    expect(firstLine("what does cna stand for")).toBe(
      "CNA stands for Certified Nurses Aide or Certified Nursing Assistant; the data counts the job as Nursing Assistant (O*NET-SOC 31-1131.00).",
    );
    expect(firstLine("what does lpn mean")).toMatch(
      /^LPN stands for Licensed Practical Nurse; the data counts the job as Licensed Practical and Licensed Vocational Nurse/,
    );
    expect(firstLine("what does cpa stand for")).toBe("CPA stands for Certified Public Accountant; the data counts the job as Accountant.");
    expectSilent(["what does that mean", "what does this mean lol"]);
  });
  it("an offer told with its pay asks where the pay falls", () => {
    expect(firstLine("offered 100k as a pa")).toMatch(/^Bottom quarter for a Physician Assistant: \$100,000 a year is between the 10th percentile/);
    expect(firstLine("lpn offer 27/hr thoughts")).toMatch(/^Bottom quarter for a Licensed Practical and Licensed Vocational Nurse: \$27 an hour/);
    expect(engine.ask("my friend got offered 90k lol").parsed.intent).toBe("none");
  });
  it("'what is a cna', 'whats an lvn': the letters spelled out first, as 'what does cna stand for' is; a title with none keeps its card", () => {
    expect(firstLine("what is a cna")).toMatch(
      /^CNA stands for Certified Nurses Aide or Certified Nursing Assistant; the data counts the job as Nursing Assistant/,
    );
    expect(firstLine("whats an lvn")).toMatch(/^LVN stands for Licensed Vocational Nurse; /);
    expect(firstLine("what is a paralegal")).toBe("Paralegal or Legal Assistant: Overview");
  });
  it("an offer beside a level or a comma ('new grad rn offer 36 an hour', 'lpn offer 27/hr, thoughts') places the pay within the job", () => {
    expect(firstLine("new grad rn offer 36 an hour")).toMatch(/^Bottom quarter for a Registered Nurse: \$36 an hour/);
    expect(firstLine("offered 36 an hour as a new grad rn")).toMatch(/^Bottom quarter for a Registered Nurse: /);
    expect(firstLine("lpn offer 27/hr at a nursing home, thoughts")).toMatch(
      /^Bottom quarter for a Licensed Practical and Licensed Vocational Nurse: \$27 an hour/,
    );
    expect(engine.ask("the server offer was 20 an hour lol").parsed.intent).toBe("none");
  });
  it("questions about how sure the figures are, or why a pay site differs, are answered about the figures", () => {
    for (const q of ["can i trust the salary numbers", "how accurate are these numbers", "are your numbers reliable"])
      expect(firstLine(q), q).toMatch(/^They are estimates from a large survey: /);
    expect(firstLine("why does glassdoor say something different")).toMatch(/^Sites like Glassdoor, Indeed or Levels\.fyi show pay that people report/);
    expect(firstLine("is glassdoor accurate for nurse pay")).toMatch(
      /^Sites like Glassdoor count pay differently .*The national figure: median Registered Nurse \$97,550/,
    );
    expect(firstLine("how old is your data")).toMatch(/^Pay is BLS's Occupational Employment and Wage Statistics/);
    expect(engine.ask("glassdoor says my company is rated 2 stars lol").parsed.intent).toBe("none");
  });
  it("'<workers> do what …', 'need a degree for …?', a workplace after 'what do X do' and pay slang read as asked", () => {
    expect(engine.ask("bartenders do what besides pour drinks").parsed).toMatchObject({ intent: "profile", aspect: "duties" });
    expect(engine.ask("cnas do what at a hospital").parsed).toMatchObject({ intent: "profile", aspect: "duties" });
    expectSilent(["the servers do what they want lol", "you do what now", "what do servers do at the datacenter"]);
    expect(engine.ask("need a degree for air traffic control?").parsed.kind).toBe("yes-no");
    expect(engine.ask("dental hygenist vs dental asistant what skills are needed").parsed.kind).toBe("facts");
    for (const q of ["ngl kinda curious what plumbers pull in a year", "what are nurses making these days"])
      expect(engine.ask(q).parsed, q).toMatchObject({ intent: "profile", aspect: "salary" });
    expect(engine.ask("what is life like as a flight attendant").parsed.aspect).toBe("environment");
    expect(engine.ask("rpn vs rn in ontario what's the difference in scope").parsed.aspect).toBe("duties");
  });
  it("venting, jokes about a job's people, small talk to the members and opinions on pay stay silent", () => {
    expectSilent([
      "who even becomes an accountant for fun lol",
      "who actually likes being a manager lol",
      "why are recruiters like this",
      "why do accountants love spreadsheets so much lmao",
      "why did i become a teacher again lmao",
      "what was i thinking becoming a chef lmao",
      "any nurses in here, how was your shift lol",
      "retail workers deserve hazard pay during the holidays",
      "truckers should get paid more honestly",
      "which teacher do you have for chem this year",
      "does anyone know how to fix the printer on the 3rd floor",
      "how do i become a better cook, my pasta always sucks",
    ]);
    expect(engine.ask("why do nurses quit").parsed.intent).toBe("profile");
    expect(engine.ask("how to become a good nurse").parsed.intent).toBe("profile");
  });
  it("a question put to the room about a job is answered; a pay clause after a move keeps both roles", () => {
    expect(engine.ask("yall think being an actuary is worth it").parsed).toMatchObject({ intent: "profile", kind: "yes-no" });
    expect(engine.ask("lmk if anyone knows what a sterile processing tech makes").parsed).toMatchObject({ intent: "profile", aspect: "salary" });
    expect(engine.ask("someone explain what a business analyst does bc i still don't get it").parsed.intent).toBe("profile");
    expect(engine.ask("what's the route from cna to rn, the pay at my job sucks btw").parsed.roles.map((r) => r.roleId)).toEqual(["31-1131.00", "29-1141.00"]);
  });
  it("a title made up of fiction or a joke ('dragon trainer', 'ghost hunter') is unknown, not the real job after it", () => {
    for (const [q, typed] of [
      ["how much does a dragon trainer make", "dragon trainer"],
      ["ghost hunter salary?", "ghost hunter"],
      ["how much do wizard consultants get paid", "wizard consultants"],
      ["what does a vibe curator earn", "vibe curator"],
    ] as const)
      expect(engine.ask(q).parsed, q).toMatchObject({ intent: "unknown", unknownRoles: [typed] });
    expect(engine.ask("ghost writer salary").parsed.roles[0]?.roleId).toBe("27-3043.00");
    expect(engine.ask("what does a dog trainer make").parsed.roles[0]?.roleId).toBe("39-2011.00");
  });
  it("'home with my kids' is the member's own children, no work with children", () => {
    expect(engine.ask("home with my kids for 5 years, what jobs can i get").parsed.ranking).toBeUndefined();
    expect(engine.ask("what jobs let me work with kids").parsed.ranking?.field?.label).toBe("occupations working with children");
  });
  it("'do you need a degree' counts an associate degree as one; 'a law degree' is a professional degree", () => {
    expect(firstLine("do you need a degree to be a sonographer")).toMatch(
      /^Usually, yes: BLS lists the typical entry education as an associate degree for Diagnostic Medical Sonographer; \d+% of the workers O\*NET surveyed say an associate degree or more is required\.$/,
    );
    expect(firstLine("can you become a sonographer without a degree")).toMatch(/^Usually not: /);
    expect(firstLine("do i need a bachelors to be a sonographer")).toMatch(/^Usually not: .*say a bachelor's or more is required\.$/);
    expect(firstLine("is an associates in nursing enough")).toMatch(/^It depends: .*say less than a bachelor's is required\.$/);
    expect(firstLine("do you need a law degree to be a paralegal")).toMatch(/^Usually not: .*say a doctorate or more is required\.$/);
    expect(firstLine("do you need to go to law school to be a judge")).toMatch(/^Usually, yes: /);
  });
  it("'what does a compliance officer do', 'skills for a 911 dispatcher': the answer in a sentence first, then the card", () => {
    expect(firstLine("what does a compliance officer actually do day to day")).toMatch(
      /^What a Compliance Officer does \(O\*NET\): Examine, evaluate, and investigate eligibility/,
    );
    expect(firstLine("what skills do you need to be a good 911 dispatcher")).toBe(
      "The skills O*NET rates most important for a Public Safety Telecommunicator: Active Listening, Speaking and Social Perceptiveness; the knowledge it draws on most: Public Safety and Security and Law and Government.",
    );
    expect(firstLine("what does an office manager do")).toMatch(/^What an Office Manager does: Keeps an office running day to day/);
    expect(firstLine("skills needed for office manager")).toMatch(/^What an Office Manager needs most: Organisation and time management; /);
    // Tools are no skills: the card, as before.
    expect(firstLine("what tools do plumbers use")).toBe("Plumber, Pipefitter or Steamfitter: Skills");
    // The lead restates the cards: no wage table is cited for it.
    expect(engine.ask("what does a paralegal do").answer.sources.some((s) => s.url.includes("/oes/"))).toBe(false);
  });
  it("autocomplete offers the role a full name means first, titles before other names, the most common job first", () => {
    const first = (typed: string) => engine.suggestRoles(typed, 25)[0]?.roleId;
    expect(first("nurse")).toBe("29-1141.00");
    expect(first("rn")).toBe("29-1141.00");
    expect(first("teacher")).toBe("25-2021.00");
    expect(first("cook")).toBe("35-2014.00");
    expect(engine.suggestRoles("gm", 25)[0]?.label).toBe("General Manager (GM)");
    expect(
      engine
        .suggestRoles("truck", 25)
        .slice(0, 3)
        .map((c) => c.roleId),
    ).toContain("53-3032.00");
    expect(engine.suggestRoles("cook", 25).at(-1)?.label).not.toBe("Cook, All Other");
    expect(engine.suggestRoles("cook", 5).map((c) => c.label)).not.toContain("Cook, All Other");
  });
  it("AE: an age asked of someone, the jobs there are, a judged referee, lab technologists, drywall, a skill asked yes or no", () => {
    expect(firstLine("can a 50 year old become a paralegal")).toMatch(/^The data doesn't track age\. What it takes to become a Paralegal or Legal Assistant: /);
    for (const q of ["employment projections for police officers", "are there jobs for wildlife biologists"])
      expect(engine.ask(q).parsed, q).toMatchObject({ intent: "profile", aspect: "outlook" });
    expect(engine.ask("what a game last night, the referee was blind").parsed.intent).toBe("none");
    expect(engine.ask("job outlook for medical lab technologists").parsed.roles[0]?.roleId).toBe("29-2011.00");
    expect(engine.ask("info sec analyst vs network admin pay, which is higher").parsed.roles.map((r) => r.roleId)).toEqual(["15-1212.00", "15-1244.00"]);
    expect(engine.ask("which is more physically demanding, roofing or drywall").parsed.roles.map((r) => r.roleId)).toEqual(["47-2181.00", "47-2081.00"]);
    expect(firstLine("do electricians need to be good at math")).toMatch(/^Yes, more than most jobs: O\*NET rates Mathematics \d\.\d of 5 for Electrician/);
    expect(firstLine("how much math do electricians use")).toMatch(/^What the data shows for math: /);
  });
  it("a route through O*NET's related occupations is said as a link, not as the usual way; an editor's steps stay 'usually via'", () => {
    expect(firstLine("how does a welder become a pipefitter")).toMatch(/: not directly linked; O\*NET relates both to \w/);
    expect(firstLine("receptionist to operations manager")).toMatch(/^Receptionist → Operations Manager: usually via Office Manager; /);
  });
  it("AF: a field's jobs within a schooling limit are ranked; a reverse O*NET link is a move; extra schooling weighed with its pay", () => {
    for (const q of ["what healthcare jobs can i get in under a year", "healthcare jobs without a degree", "healthcare jobs that only need a certificate"])
      expect(firstLine(q), q).toMatch(
        /^Among healthcare occupations that usually (need no degree|start with a postsecondary certificate or less), the highest median pay: /,
      );
    expect(engine.ask("the healthcare jobs without a degree are all underpaid lol").parsed.intent).toBe("none");
    expect(firstLine("pharmacy tech to pharmacist path")).toMatch(
      /^Pharmacy Technician → Pharmacist: the data links the two \(O\*NET relates Pharmacist to Pharmacy Technician\); /,
    );
    expect(firstLine("dental hygienist or dental assistant, worth the extra school?")).toMatch(
      /^Whether it is worth it depends on you; on the data: Dental Hygienist needs more schooling: .* Dental Hygienist earns more: median \$[\d,]+ vs \$[\d,]+ a year for Dental Assistant/,
    );
  });
  it("'what jobs can i do with an english degree besides teaching': every teaching occupation left out, said so", () => {
    const asked = engine.ask("what jobs can i do with an english degree besides teaching");
    expect(renderText(asked.answer).split("\n")[0]).toMatch(/Those that draw on it most, other than teaching, best paid first among equals: Proofreader/);
    expect(asked.answer.roles.map((r) => r.roleId).filter((id) => id.startsWith("25-"))).toEqual([]);
    expect(firstLine("what jobs can i do with an english degree")).toMatch(/Elementary School Teacher/);
  });
  it("AH: credentials the work does not require, said with a no; licence exams and letters read as licences", () => {
    expect(firstLine("do accountants need a cpa")).toMatch(/^Not to work as one: Accountants need no licence to work, but only Certified Public Accountants/);
    expect(firstLine("do you need a cpa to be an accountant")).toMatch(/^Not to work as one: /);
    expect(firstLine("do accountants have to be cpas")).toMatch(/^Not to work as one: /);
    expect(firstLine("can i be an accountant without a cpa")).toMatch(/^Yes: Accountants need no licence/);
    expect(firstLine("is a cpa worth it")).toMatch(/^Accountants need no licence/);
    expect(firstLine("do i need a degree to be a cpa")).toMatch(/^Usually, yes: BLS lists the typical entry education as a bachelor's degree/);
    expect(firstLine("do paralegals need to be certified")).toMatch(/^Not to work as one: Most employers ask paralegals for no certification/);
    expect(firstLine("is certification required for phlebotomy")).toMatch(/^In most states, no: Only a few states/);
    expect(firstLine("do security guards need a license")).toMatch(/^In most states, yes: Most states require security guards to be registered/);
    expect(firstLine("do you have to pass the nclex to be an lpn")).toMatch(/^Yes: Every state licenses practical and vocational nurses/);
    expect(engine.ask("do you have to pass the nclex to be an lpn").parsed.aspect).toBe("requirements");
  });
  it("AH: physical standards are not in the data; a title right before 'starting pay' or 'working conditions' is asked about", () => {
    expect(firstLine("can i become a police officer with bad eyesight")).toMatch(
      /^The data doesn't cover physical or medical standards such as height, eyesight/,
    );
    expect(firstLine("do flight attendants have a height requirement")).toMatch(/^The data doesn't cover physical or medical standards/);
    expect(firstLine("do pharmacists stand all day")).toMatch(/^Pharmacist: They spend much of the workday standing/);
    for (const [q, id, aspect] of [
      ["swe starting pay", "15-1252.00", "salary"],
      ["rn entry level pay", "29-1141.00", "salary"],
      ["nurse starting pay", "29-1141.00", "salary"],
      ["slp grad school reqs", "29-1127.00", "requirements"],
      ["hvac working conditions", "49-9021.00", "environment"],
    ] as const) {
      const { parsed } = engine.ask(q);
      expect([parsed.roles[0]?.roleId, parsed.aspect], q).toEqual([id, aspect]);
    }
    expect(engine.ask("future demand nurse practitioner vs physician assistant").parsed.aspect).toBe("outlook");
    expect(engine.ask("the plumbing requirements for this house are insane").parsed.intent).toBe("none");
  });
  it("'what's respiratory therapy like': the field's work; 'what's the chemistry like between them' stays chat", () => {
    expect(engine.ask("what's respiratory therapy like").parsed.roles[0]?.roleId).toBe("29-1126.00");
    expect(engine.ask("whats plumbing like").parsed.roles[0]?.roleId).toBe("47-2152.00");
    expect(engine.ask("been thinking about accounting, what's it like").parsed.roles[0]?.roleId).toBe("accountant");
    expectSilent(["what's the chemistry like between them", "what's therapy like", "whats the weather like", "what's your design like"]);
  });
  it("AG: words of a long post's story are not roles: overtime, a patient's PT, 'pick up', an owner told of before the question", () => {
    expect(roleIds("do estimators make more than plumbers? i made 80k last year with OT")).toEqual(["13-1051.00", "47-2152.00"]);
    expect(firstLine("do estimators make more than plumbers? i made 80k last year with OT")).toMatch(/^Yes: Cost Estimator earns more/);
    expect(roleIds("im a welder, hurt my shoulder, did 8 months of PT. what jobs could i do")).not.toContain("29-1123.00");
    expect(roleIds("on my way home could i pick up milk, anyway rn or lpn which pays more")).toEqual(["29-1141.00", "29-2061.00"]);
    expect(roleIds("the owner is selling the restaurant. should i become a chef or a food service manager?")).toEqual(["35-1011.00", "11-9051.00"]);
    expect(roleIds("OT or PT which pays more")).toEqual(["29-1122.00", "29-1123.00"]);
    expect(roleIds("is ot a good career")).toEqual(["29-1122.00"]);
  });
  it("AG: titles a post names: a high school's chemistry teacher, a clinical lab scientist, a grant writer; 'elec' autocompletes to Electrician", () => {
    expect(engine.ask("high school chemistry teacher salary").parsed.roles[0]?.roleId).toBe("25-2031.00");
    expect(engine.ask("clinical lab scientist salary").parsed.roles[0]?.roleId).toBe("29-2011.00");
    expect(engine.ask("grant writer salary").parsed.roles[0]?.roleId).toBe("27-3043.00");
    expect(engine.suggestRoles("elec", 5)[0]?.label).toBe("Electrician");
    expect(engine.suggestRoles("nurses", 5)[0]?.label).toBe("Registered Nurse");
  });
  it("AG: a long post's asking sentences name the targets its story crowded out or added to", () => {
    const story =
      "I've been a software developer for 6 years, mostly backend Java, making about $145k. A few people have suggested I'd be good as a product manager. My wife is a nurse and we're planning on kids in a couple years so I care about stability. ";
    expect(roleIds(`${story}Between software dev, product manager, and data scientist, which has the best long term outlook?`)).toEqual([
      "15-1252.00",
      "product-manager",
      "15-2051.00",
    ]);
    const loans =
      "I've been an LPN for 6 years at a nursing home and I'm 38. I make ok money but once you factor in the student loans and the two years of school I'm not sure. My manager says go for it. ";
    expect(roleIds(`${loans}What's the real pay difference between LPN and RN? Is it worth the 2 more years at my age?`)).toEqual(["29-2061.00", "29-1141.00"]);
    const art =
      "hey, 19 and working at a coffee shop while doing community college. i'm good at drawing and have been doing commissions online for like 2 years. everyone says art doesnt pay. ";
    expect(roleIds(`${art}is graphic design actually a real career or should i look at something like ux design instead? which one pays more`)).toEqual([
      "27-1024.00",
      "15-1255.00",
    ]);
    // (A move from the member's own job keeps it: the story's job is where the way starts.)
    const cna = "i've been a cna for 3 years at a nursing home and i'm tired of the pay. my friend says go for it, the schools near me have night classes. ";
    expect(roleIds(`${cna}how do i go from cna to rn and how long does it take?`)).toEqual(["31-1131.00", "29-1141.00"]);
  });
  it("AG: a long post asking what work would fit the member, whose story names their job: where that job leads", () => {
    const post =
      "Hi! I'm 40, been a stay at home mom for 12 years, before that I was a bank teller for about 3 years. Kids are in school now and I want to go back to work. I'm organized, good with people, patient. What kinds of jobs would fit someone like me that doesnt require going back to school for 4 years?";
    const { parsed } = engine.ask(post);
    expect([parsed.roles.map((r) => r.roleId), parsed.aspect]).toEqual([["43-3071.00"], "career"]);
    expect(firstLine(post)).toMatch(/^The occupations O\*NET lists as closest to Teller/);
  });
  it("AG: a post that says it is venting and asks nothing stays silent; an age in the story is no age asked", () => {
    const vent =
      "honestly just need to vent. i'm a nurse on a med surg floor, 4 years in, and tonight was one of the worst nights i've had. we were short 2 nurses so nobody got a break. i'm not quitting, i love it. thanks for letting me dump this here";
    expect(engine.ask(vent).parsed.intent).toBe("none");
    expect(engine.ask("sorry for the rant but is nursing worth it?").parsed.intent).toBe("profile");
    const cashier =
      "So I'm 33 and I started as a cashier at 19, then worked my way up to store manager over the years. The people side is the only part I still enjoy and I basically do HR stuff already for a 70 person store. How would I go from store manager to HR specialist? Do they care that I don't have a degree?";
    expect(firstLine(cashier)).not.toMatch(/age/);
    expect(firstLine("How long would it take to go from paralegal to lawyer and is it even worth it financially at my age?")).toMatch(
      /^The data doesn't track age\./,
    );
  });
  it("a move or a way in ends with the licence the target asks, as a step too", () => {
    expect(firstLine("how do i go from cna to rn")).toMatch(
      /^Nursing Assistant → Registered Nurse: .*\. Every state licenses registered nurses, after an approved nursing program \(an associate degree, a diploma or a bachelor's\) and the NCLEX-RN exam\.$/,
    );
    const { answer } = engine.ask("emt to paramedic");
    expect(answer.path?.steps.find((s) => s.label === "Licence")?.value).toMatch(
      /^Every state licenses EMTs and paramedics, .*\(U\.S\. Bureau of Labor Statistics, 2025\)$/,
    );
    expect(answer.verdict?.source?.title).toMatch(/^Occupational Outlook Handbook: EMTs and Paramedics/);
    expect(firstLine("how do i become a dental assistant")).not.toMatch(/licen/);
  });
  it("AH: moves asked 'is it hard going from', one role picked 'over' another, story titles, 'in cali', a licensed target's gap", () => {
    const read = (q: string) => {
      const { parsed } = engine.ask(q);
      return [parsed.roles.map((r) => r.roleId), parsed.kind];
    };
    expect(read("is it hard going from line cook to head chef")).toEqual([["35-2014.00", "35-1011.00"], "path"]);
    expect(read("is rn worth it over lpn")).toEqual([["29-1141.00", "29-2061.00"], "which"]);
    expect(read("should i pick rn over lpn")).toEqual([["29-1141.00", "29-2061.00"], "which"]);
    expect(engine.ask("is rn worth it over the long run").parsed.roles.map((r) => r.roleId)).toEqual(["29-1141.00"]);
    expect(read("how would a patrol cop go about becoming a detective")).toEqual([["33-3051.00", "33-3021.00"], "path"]);
    expect(read("thinking of leaving retail sales to become a pharmacy technician, how hard is that")).toEqual([["41-2031.00", "29-2052.00"], "path"]);
    expect(firstLine("lvn pay in cali")).toMatch(/^I only have US national figures, not figures for California/);
    expect(firstLine("cna or medical assistant, which is quicker")).toMatch(
      /^About the same preparation: .* Once hired, the on-the-job training O\*NET's surveyed workers report \(the middle answer\): up to 1 month for Nursing Assistant vs 1 to 3 months for Medical Assistant\.$/,
    );
    expect(firstLine("cna to lpn")).toMatch(/: a common move; the entry education is the same\. Every state licenses practical and vocational nurses/);
  });
  it("an everyday title beside a role whose first mention is an everyday word too ('combat medic … a paramedic or nurse') is compared", () => {
    expect(engine.ask("got out after 6 yrs as a combat medic. everyone says go be a paramedic or nurse.").parsed.roles.map((r) => r.roleId)).toEqual([
      "29-2043.00",
      "29-1141.00",
    ]);
  });
  it("AI: a degree the member says they hold is no schooling gap on a move; 'double' as an amount", () => {
    expect(firstLine("i have a BS in psych, how do i go from cashier to social worker")).toMatch(
      /^Cashier → Child, Family or School Social Worker: .*the schooling you have meets the usual entry \(a bachelor's degree for Child, Family or School Social Worker\)/,
    );
    expect(firstLine("i don't have a degree, how do i go from cashier to social worker")).toMatch(
      /it usually takes more schooling: a bachelor's degree is the typical entry/,
    );
    expect(firstLine("i have a bachelor's in biology, how do i become a medical lab technologist")).toMatch(
      /a bachelor's degree is the usual way in, which you have;/,
    );
    const post =
      "I'm a receptionist at a dental office, 26, $17/hr. The hygienists make like double what I do. How long would it take me to go from receptionist to dental hygienist?";
    expect(engine.ask(post).parsed.roles.map((r) => r.roleId)).toEqual(["receptionist", "29-1292.00"]);
    expect(engine.ask("how much does a stunt double make").parsed.roles[0]?.roleId).toBe("27-2011.00");
  });
  it("AI: an age a licence rule sets is said where the data's silence on age was ('is there an age limit for air traffic controllers')", () => {
    for (const q of ["is there an age limit for air traffic controllers", "im 35 is it too late to become an air traffic controller"])
      expect(firstLine(q), q).toMatch(/^Air traffic controllers are hired and trained by the FAA, .* apply before they turn 31\. What it takes/);
    expect(firstLine("is 40 too old to become a nurse")).toMatch(/^The data doesn't track age\./);
    expect(engine.ask("is there an age limit for air traffic controllers").answer.verdict?.source?.title).toMatch(/Air Traffic Controllers/);
  });
  it("a move asked whether it needs a licence says the licence once, as asked ('cna to rn, do i need a license')", () => {
    const first = firstLine("cna to rn, do i need a license");
    expect(first).toMatch(/\. Yes: Every state licenses registered nurses, .*NCLEX-RN exam\.$/);
    expect(first.split("Every state licenses registered nurses").length).toBe(2);
    expect(engine.ask("cna to rn, do i need a license").answer.verdict?.source?.title).toMatch(/Registered Nurses/);
  });
  it("AI: a move says how long the way in takes or the bridge from the member's job (data/routes.yaml), before the licence", () => {
    expect(firstLine("cna to rn")).toMatch(
      /Nursing programs usually take two to three years for an associate degree or a diploma, and four years for a bachelor's degree\. Every state licenses registered nurses/,
    );
    const bridge = firstLine("lpn to rn bridge how long");
    expect(bridge).toMatch(/LPN-to-RN \(bridge\) programs build on a practical nurse's training/);
    expect(bridge).not.toMatch(/Nursing programs usually take/);
    expect(firstLine("how long does it take to go from emt to paramedic")).toMatch(/Paramedic programs build on EMT training and may take up to two years/);
    expect(firstLine("how do i become a pa")).toMatch(/master's degrees that usually take at least two years of full-time study/);
    expect(firstLine("how do i go from phlebotomist to mlt")).toMatch(/Technicians themselves usually need an associate degree or a postsecondary certificate/);
    expect(firstLine("how long is dental assistant school")).toMatch(/Dental assisting programs .* usually take about a year/);
    // Asked how long, the program's length comes right after the move's head.
    expect(firstLine("medical assistant to rn how long")).toMatch(
      /^Medical Assistant → Registered Nurse: Nursing programs usually take two to three years .*\. A bachelor's degree is the typical entry/,
    );
    const steps = engine.ask("cna to rn").answer.path?.steps.map((s) => s.label);
    expect(steps).toEqual(expect.arrayContaining(["Programs", "Licence"]));
    expect(steps!.indexOf("Programs")).toBeLessThan(steps!.indexOf("Licence"));
  });
  it("'attending' is going to school or a senior doctor, never an attendant; the school a member is in is not the schooling asked", () => {
    expect(engine.ask("attending college for accounting, salary?").parsed).toMatchObject({ aspect: "salary", roles: [{ roleId: "accountant" }] });
    expect(engine.ask("im attending nursing school, rn or lpn pay").parsed.aspect).toBe("salary");
    expect(engine.ask("resident vs attending pay").parsed.roles.map((r) => r.roleId)).not.toContain("53-6031.00");
    // (Asked about the school itself, it is the schooling.)
    expect(engine.ask("how long is nursing school").parsed.aspect).toBe("requirements");
    expect(engine.ask("who is attending the meetup").parsed.intent).toBe("none");
  });
  it("'how long is pa school': how long the job's own programs take (data/routes.yaml), not the level's usual length", () => {
    expect(firstLine("how long is pa school")).toMatch(
      /^For a Physician Assistant, .* Physician assistant programs are master's degrees that usually take at least two years/,
    );
    expect(firstLine("how long is nursing school")).toMatch(/Nursing programs usually take two to three years/);
    expect(firstLine("how long is nursing school")).not.toMatch(/BLS describes a bachelor's degree as usually/);
    expect(engine.ask("how long is law school").answer.verdict?.source?.title).toMatch(/Lawyers/);
  });
  it("AH: an 'or' that asks what the move takes is no choice; 'to rn from cna' is a move told backwards", () => {
    expect(firstLine("can an rn become a pa or do i have to start over")).toMatch(
      /^Registered Nurse → Physician Assistant: .*most applicants already have a bachelor's degree and patient-care experience/,
    );
    expect(firstLine("can a paramedic become a registered nurse or do i need to start from scratch")).toMatch(/^Paramedic → Registered Nurse: /);
    expect(firstLine("how do i get to rn from cna")).toMatch(/^Nursing Assistant → Registered Nurse: /);
    expect(engine.ask("can a cna become an rn or not").parsed.kind).toBe("path");
    // (An "or" before another way in is still a choice.)
    expect(engine.ask("is it worth becoming a radiologic technologist or should i just go straight for nursing?").parsed.kind).toBe("which");
    expect(engine.ask("should i do lpn or go straight for rn").parsed.kind).toBe("which");
  });
  it("AJ: what a move counts, a first step, a rank to make, the member's own job told first: each a move", () => {
    const kind = (q: string) => engine.ask(q).parsed.kind;
    for (const q of [
      "medical assistant to lpn - is there a bridge or do i start from zero",
      "vet tech to veterinarian, do any credits transfer or is it start over",
      "lpn to rn bridge programs, are they actually faster or is that a scam",
      "been a cna 3 yrs now, how long till i could be an rn if i only go part time",
      "first step to becoming a dental hygienist??",
      "want to be a lineman, what do i do first",
    ])
      expect(kind(q), q).toBe("path");
    expect(firstLine("im a ma, whats the first step toward becoming a pa")).toMatch(/^Medical Assistant → Physician Assistant: /);
    expect(firstLine("rn wanting to become a nurse practitioner, how many more years")).toMatch(/^Registered Nurse → Nurse Practitioner: /);
    expect(engine.ask("cop for 8 yrs thinking about making detective, how does that work").parsed).toMatchObject({
      kind: "path",
      aspect: "career",
      roles: [{ roleId: "33-3051.00" }, { roleId: "33-3021.00" }],
    });
    expect(firstLine("i do warehouse picking rn, how would i work up to logistics manager")).toMatch(/^To become a Logistics Manager/);
  });
  it("AJ: fields in a comma list or after 'worth it over' are roles; 'which has more jobs' is the outlook; a costume is chat", () => {
    expect(roleIds("welding, hvac, electrician? which has the best pay")).toEqual(["51-4121.00", "49-9021.00", "47-2111.00"]);
    // (A field after the roles, alone in its part of the list, too.)
    expect(roleIds("plumber, electrician, hvac, which pays most")).toEqual(["47-2152.00", "47-2111.00", "49-9021.00"]);
    expect(roleIds("single mom no degree: cna, phlebotomy or medical assistant, which can i finish quickest")).toEqual([
      "31-1131.00",
      "31-9097.00",
      "31-9092.00",
    ]);
    expect(roleIds("is dental hygiene worth it over nursing")).toEqual(["29-1292.00", "29-1141.00"]);
    // (The hotel's front desk is its clerks.)
    expect(roleIds("flight attendant vs hotel front desk, which is better if i want to travel")).toEqual(["53-2031.00", "43-4081.00"]);
    expect(engine.ask("chemist or environmental scientist for a chem major, which has more jobs").parsed.aspect).toBe("outlook");
    expect(engine.ask("my little sis wants to be a doctor for halloween, costume ideas?").parsed.intent).toBe("none");
    // Asked which is quickest, each one's programs (data/routes.yaml) follow the levels compared.
    expect(firstLine("single mom no degree: cna, phlebotomy or medical assistant, which can i finish quickest")).toMatch(
      /Phlebotomy programs .* usually take less than a year .* Medical assistant programs usually take about a year/,
    );
    // A licence's hours are the schooling's, not the working week's.
    expect(firstLine("electrician license, how many hours do u need")).toMatch(
      /^For an Electrician, .*The hours of schooling a licence asks are set by each state/,
    );
  });
  it("AK: 'how many yrs', hours that transfer, 'get to rn': the time a move takes, asked", () => {
    expect(firstLine("how many yrs does it take to become a dental hygienist if im starting from scratch")).toMatch(
      /^To become a Dental Hygienist: Dental hygienists usually need an associate degree in dental hygiene/,
    );
    expect(engine.ask("esthetician to cosmetologist, do my hours transfer or start fresh").parsed).toMatchObject({ kind: "path", aspect: "career" });
    expect(firstLine("med assistant here, quickest way to get to rn?? like actual months")).toMatch(
      /^Medical Assistant → Registered Nurse: Nursing programs usually take two to three years/,
    );
    expect(engine.ask("need to get to work rn lol").parsed.intent).toBe("none");
  });
  it("AK: a decision's criterion of hours or the body answered from the Handbook's notes (data/conditions.yaml)", () => {
    expect(firstLine("rn or rad tech, which is better if i have 2 kids and cant do nights")).toMatch(
      /^Registered Nurse: Nurses in hospitals .*nights, weekends and holidays .*Radiologic Technologist or Technician: /,
    );
    expect(firstLine("do nurses work nights")).toMatch(/^Nurses in hospitals and nursing homes usually work shifts around the clock/);
    expect(firstLine("is being a cna hard on your body")).toMatch(/^Nursing Assistant: The work is strenuous/);
    // (A list of trades, "which trade" and the body: three jobs' notes, not silence.)
    const body = engine.ask("plumber, electrician, hvac, which trade is least likely to wreck my body");
    expect(body.parsed.roles.map((r) => r.roleId)).toEqual(["47-2152.00", "47-2111.00", "49-9021.00"]);
    expect(firstLine("plumber, electrician, hvac, which trade is least likely to wreck my body")).toMatch(
      /^Plumber, Pipefitter or Steamfitter: .*Electrician: .*Heating, /,
    );
    expect(engine.ask("plumber, electrician, welder, which is hardest").parsed.roles).toHaveLength(3);
    // (Working from home asked, where no note says: what the data lacks, then where the work is done.)
    expect(firstLine("can a medical coder work from home")).toMatch(
      /^The data doesn't say which jobs can be done remotely\. Where the work is done: Medical Records Specialist: /,
    );
    // (Training hours are the schooling's; "away from home" is the hours', not remote work.)
    expect(engine.ask("emts vs paramedics training hours").parsed.aspect).toBe("requirements");
    expect(firstLine("do truck drivers have to be away from home for weeks")).toMatch(/^Long-haul truck drivers may be away from home for days or weeks/);
    // (Autonomy stays O*NET's Independence rating.)
    expect(firstLine("torn between becoming a pa or np, which has more autonomy")).toMatch(/O\*NET rates Independence/);
  });
  it("AK: first steps and 'how fast' into the trades and licensed work: the apprenticeship, the school, the program (data/routes.yaml)", () => {
    // (The apprenticeship after the diploma is the way in too, as BLS's training category says.)
    expect(firstLine("want to be an electrician, what do i do first")).toMatch(
      /^To become an Electrician, a high-school diploma or equivalent is the usual way in, then apprenticeship \(usually 3 to 5 years, BLS\); /,
    );
    expect(firstLine("want to be a lineman, what do i do first")).toMatch(
      /Line workers usually train in an apprenticeship or employer program of up to three years/,
    );
    expect(firstLine("how long is cosmetology school")).toMatch(/cosmetology school, which usually takes about nine months or more full time/);
    // ("how fast can i get my cdl": the credential's way in, asked how long; was a header alone.)
    expect(engine.ask("how fast can i get my cdl").parsed.kind).toBe("path");
    expect(firstLine("how fast can i get my cdl")).toMatch(
      /^To become a Heavy and Tractor-Trailer Truck Driver: Heavy truck drivers usually attend a professional truck-driving school/,
    );
    // ("…, how fast can i get certified": "how", its adverb and the verb ask a question mid-message; was silent.)
    expect(engine.ask("warehouse worker wanting to be a forklift operator, how fast can i get certified").parsed).toMatchObject({
      intent: "compare",
      kind: "path",
    });
    // (Flight hours are training, not the hours worked.)
    expect(engine.ask("how many flight hours to become a pilot").parsed.aspect).not.toBe("environment");
  });
  it("AK: 'is there a fast track from X to Y' asks for the route, not yes or no", () => {
    for (const q of [
      "is there a fast track from mechanic to aircraft mechanic or is it full a&p school",
      "is there a quicker way from lpn to rn or is it full nursing school",
    ])
      expect(engine.ask(q).parsed, q).toMatchObject({ intent: "compare", kind: "path" });
    expect(firstLine("is there a quicker way from lpn to rn or is it full nursing school")).toMatch(
      /^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: .*LPN-to-RN \(bridge\) programs/,
    );
    expect(firstLine("is there a fast track from mechanic to aircraft mechanic or is it full a&p school")).toMatch(
      /FAA-approved aviation maintenance technician school/,
    );
    // (A yes or no about the job itself stays one.)
    expect(engine.ask("is there a lot of math in nursing").parsed.kind).not.toBe("path");
  });
  it("AL: a bad back or knees weighs what each job asks of the body; shifts, schedules and settings get the Handbook's note", () => {
    expect(firstLine("should i pick hvac or welding, i have a bad back")).toMatch(
      /^The data doesn't cover health conditions: .*Heating, Air Conditioning .*: HVACR technicians often work in cramped .*Welder, Cutter, Solderer or Brazer: Welders /,
    );
    expect(firstLine("can i be a mechanic with a bad back")).toMatch(
      /^The data doesn't cover health conditions: .* Automotive technicians stand for most of the day/,
    );
    // (Tattoos and records are no bodily condition: what the data can't weigh, as before.)
    expect(firstLine("can i be a cop with tattoos")).toMatch(/^The data doesn't cover personal circumstances like that/);
    expect(firstLine("do air traffic controllers have to do rotating shifts")).toMatch(/rotate through night and weekend shifts/);
    expect(firstLine("do paramedics work 24 hr shifts")).toMatch(/^Most paid EMTs and paramedics work full time/);
    expect(firstLine("i have 3 kids, dental hygienist vs rad tech which has the better schedule")).toMatch(/^Dental Hygienist: Many work part time/);
    // (The feet worn down are the body's, before the ten hours a day.)
    expect(firstLine("hairstylists standing 10 hrs a day, does it wreck ur feet")).toMatch(/They are on their feet for most of the day/);
    // (Where the work is done, asked; a workplace beside duties asked stays the duties.)
    expect(firstLine("where do sonographers work besides hospitals")).toMatch(/^Diagnostic Medical Sonographer: More than half work in hospitals/);
    expect(engine.ask("what do LPNs actually do in a nursing home, like hour to hour").answer.verdict ?? null).toBeNull();
    expect(firstLine("web devs - is remote work the norm?")).toMatch(/^The data doesn't say which jobs can be done remotely\./);
  });
  it("AL: a certificate asked where no licence is recorded gets the usual way in; the summer heat is the body's", () => {
    expect(firstLine("becoming a dental assistant, do i need to be certified or can i learn on the job")).toMatch(
      /^The data doesn't list licences or certificates for Dental Assistant, .*Dental assisting programs .*some states let assistants learn on the job\.$/,
    );
    expect(firstLine("roofer in the summer heat, is it as brutal as ppl say")).toMatch(/^Roofing is physically demanding, .*very hot weather/);
  });
  it("AL: a job reached through experience says so first: BLS's related work experience, the member's years set against it", () => {
    expect(firstLine("im a line cook, what would it actually take to become a head chef")).toMatch(
      /^Cook, Restaurant → Chef or Head Cook: a common move; Chef or Head Cook asks for experience: 5 years or more of work experience in a related occupation \(BLS\)\. It usually takes more schooling/,
    );
    expect(firstLine("how do i become a building inspector")).toMatch(
      /^To become a Construction and Building Inspector, the usual way in is experience: 5 years or more of work experience in a related occupation \(BLS\), after a high-school diploma/,
    );
    expect(firstLine("roofer for 6 yrs, can i become a construction inspector without starting over")).toMatch(
      /5 years or more of work experience in a related occupation \(BLS\), which your 6 years can count toward if they were related work\./,
    );
    expect(firstLine("teacher to school principal how many years of teaching do they want")).toMatch(
      /: a master's degree is the typical entry, then 5 years or more of work experience in a related occupation \(BLS\), then /,
    );
    // (A degree first where less than five years is asked; a curated role's own years.)
    expect(firstLine("how do i become a loan officer")).toMatch(
      /^To become a Loan Officer, a bachelor's degree is the usual way in, with some work experience in a related occupation \(less than 5 years, BLS\);/,
    );
    expect(firstLine("can a receptionist become an office manager?")).toMatch(/Office Manager asks for experience: 2\+ years in a related job\./);
    // (No experience asked, nothing said of it.)
    expect(firstLine("how do i become a phlebotomist")).not.toMatch(/experience/);
  });
  it("AL: a decision's own criterion is weighed: work disliked, steady pay, a job needed soon, blood", () => {
    // (The work the member would rather have less of: the role rated lowest is the answer.)
    expect(firstLine("cyber security or network admin for someone who doesnt wanna code")).toMatch(
      /^Information Security Analyst involves less programming: O\*NET rates Programming Network and Computer Systems Administrator 3\.6 of 5, Information Security Analyst 2\.6 of 5\.$/,
    );
    expect(firstLine("im bad at math, accountant or paralegal")).toMatch(/^Paralegal or Legal Assistant needs less math: /);
    expect(firstLine("paralegal or court reporter, which is less stressful")).toMatch(
      /^The data doesn't measure stress directly\. Paralegal or Legal Assistant is likely the less stressful: /,
    );
    expect(firstLine("which has more math, accountant or actuary")).toMatch(/^Actuary needs more math: /);
    expect(firstLine("accountant vs financial analyst for someone who hates sales, which one")).toMatch(/^O\*NET rates Sales and Marketing /);
    // (Steady pay: what the data lacks, then how widely pay varies between workers, then the medians.)
    expect(firstLine("loan officer or real estate agent, which is the more stable income")).toMatch(
      /^The data doesn't say how steady a paycheck is from month to month; .*\$40,040 to \$82,020 as a Real Estate Sales Agent a year \(BLS, May 2025\): Real Estate Sales Agent's pay varies more from worker to worker\. Loan Officer earns more: /,
    );
    // (A job needed soon: how long each way in takes, with the programs' lengths.)
    expect(firstLine("rn, lpn, or medical assistant — which should i do if i only have 1 yr")).toMatch(
      /^Registered Nurse takes more preparation: .*Medical assistant programs usually take about a year/,
    );
    expect(firstLine("cna or phlebotomist for a 19 yo who needs a job fast")).toMatch(/^About the same preparation: .*Phlebotomy programs/);
    expect(firstLine("need money fast: cdl truck driving or forklift operator")).toMatch(
      /^Heavy and Tractor-Trailer Truck Driver usually takes more schooling to start: /,
    );
    expect(firstLine("is nursing worth it over respiratory therapy if i cant stand blood")).toMatch(/^The data doesn't cover fears or reactions like that/);
    expect(firstLine("cop or firefighter, which is better for family life")).toMatch(
      /^Police and Sheriff's Patrol Officer: Police officers .*Firefighter: Firefighters often work shifts/,
    );
    // ("is going from X to Y a thing": the move, whatever "or" follows.)
    expect(firstLine("is going from server to bartender a thing or do bars only want experience")).toMatch(/^Waiter or Waitress → Bartender: a common move/);
  });
  it("AL: the licence, certificate or test a job asks, from the Handbook, after the way in", () => {
    expect(firstLine("how to become a 911 dispatcher, is there a test")).toMatch(
      /^To become a Public Safety Telecommunicator, .* Many states require 911 dispatchers to be certified, and most dispatcher jobs ask applicants to pass a written exam and a typing test/,
    );
    expect(firstLine("how do u become a firefighter, do i need my emt first")).toMatch(
      /^Most fire departments require firefighters to hold an emergency medical technician \(EMT\) certification/,
    );
    expect(firstLine("do flight attendants need a certificate")).toMatch(/^Yes: Flight attendants must be certified by the FAA/);
    expect(firstLine("do sonographers need to be licensed")).toMatch(/^In most states, no: Only a few states require diagnostic medical sonographers/);
    expect(firstLine("aircraft mechanic requirements (A&P license?)")).toMatch(/FAA Airframe and\/or Powerplant \(A&P\) certificate/);
    // (The EMT certificate said once, by the licence, not by the academy's sentence too.)
    expect(firstLine("how to become a firefighter").match(/EMT/g)).toHaveLength(1);
  });
  it("AL: a way in names the skills that set the job apart, not the ones most jobs rate highest", () => {
    expect(firstLine("how do i become an electrician")).toMatch(
      /; O\*NET rates Installation and (Troubleshooting|Repairing) higher for it than for most jobs\./,
    );
    expect(firstLine("how do i become a head chef")).toMatch(
      /; O\*NET rates Management of Material Resources and Management of Financial Resources higher for it than for most jobs\.$/,
    );
    expect(firstLine("how do i become a building inspector")).not.toMatch(/Reading Comprehension|Active Listening/);
  });
  it("AL: two degrees into one job get the programs' lengths after what the data can't compare", () => {
    expect(firstLine("whats the schooling for an rn, adn or bsn?")).toMatch(
      /^The data doesn't compare degrees: .* Nursing programs usually take two to three years for an associate degree or a diploma, and four years for a bachelor's degree\.$/,
    );
  });
  it("AL: titles filed under several occupations answered by the editors' choice; conditions asked in other words", () => {
    expect(firstLine("how do i get into the ironworkers apprenticeship")).toMatch(/^To become a Structural Iron and Steel Worker, .*apprenticeship/);
    expect(firstLine("bus driver vs truck driver which is better if i wanna be home every night")).toMatch(
      /^Bus Driver, Transit and Intercity: School bus drivers .* Heavy and Tractor-Trailer Truck Driver: Long-haul truck drivers may be away from home for days or weeks/,
    );
    expect(firstLine("cloud engineer roadmap")).toMatch(/^To become a Computer Systems Engineer\/Architect, /);
    expect(firstLine("is it normal for otr truck drivers to be gone 3 weeks at a time")).toMatch(/^Long-haul truck drivers may be away from home/);
    expect(firstLine("plumber vs electrician, which one spends more time in gross crawlspaces")).toMatch(/squeeze into tight spaces/);
    expect(firstLine("how long is trade school for an hvac tech and can i work while doing it")).toMatch(
      /^The data doesn't cover how schooling is arranged .* Many HVAC technicians train at a technical school or community college, in programs of six months to two years/,
    );
  });
  it("AM: a wish stated alone, a place managed, a licence's supervised hours, steady pay asked only in the question", () => {
    expect(firstLine("i want to be a nurse")).toMatch(/^To become a Registered Nurse, a bachelor's degree is the usual way in/);
    expect(firstLine("i want to manage a restaurant")).toMatch(/^To become a Food Service Manager, /);
    expect(firstLine("i want to be a manager at a restaurant")).toMatch(/^To become a Food Service Manager, /);
    expect(firstLine("what does it take to manage a hotel")).not.toBe("");
    expect(engine.ask("what does it take to manage a hotel").parsed.roles.map((r) => r.roleId)).toEqual(["11-9081.00"]);
    // (Chat stays chat: the lines answered, none.)
    const chat = [
      "i want to be a cat",
      "i want to be a doctor for halloween",
      "who is gonna run the restaurant while you are away lol",
      "what does it take to run a marathon",
    ];
    expect(chat.filter((line) => engine.ask(line).parsed.intent !== "none")).toEqual([]);
    expect(firstLine("lpc license for counselors how many supervised hours do u need")).toMatch(
      /^Counselors in private practice must be licensed in every state, .* How many hours each state asks isn't in the data\.$/,
    );
    // (A story's "steady money sounds amazing" asks nothing: the question after it is the medians.)
    expect(
      firstLine(
        "freelance photographer for 6 years, mostly weddings and some product stuff. the income is wild, 9k one month then 800 the next. ive been doing more video lately and editing my own reels and honestly enjoy it more. a local agency is hiring an in house editor. i have a solid premiere and davinci workflow and can color grade. the agency job is salary plus benefits which i havent had in years. my partner thinks id be bored in house but steady money sounds amazing right now. do video editors make more than photographers on average?",
      ),
    ).toMatch(/^Film and Video Editor earns more: /);
  });
  it("AM: money for the time in school is the schooling and the pay; benefits needed are what the data lacks, then the pay", () => {
    expect(firstLine("pharmacist or physician assistant which is better money for the time in school")).toMatch(
      /^Whether it is worth it depends on you; on the data: Pharmacist needs more schooling: .* Pharmacist earns more: median \$140,910 vs \$135,880/,
    );
    expect(firstLine("need health insurance asap, pharmacy tech or cna")).toMatch(
      /^The data doesn't cover benefits such as pensions or health insurance\. On pay, which it has: Pharmacy Technician earns more/,
    );
  });
  it("AN: schooling set against experience says which counts; a construction manager stays one", () => {
    expect(firstLine("taught hs for 10 yrs and want to be a principal, do i need a masters or is experience enough")).toMatch(
      /^A master's degree is usually needed, not experience alone\. BLS lists the typical entry education as a master's degree for Education Administrator, .* Experience is asked on top of it: 5 years or more of work experience in a related occupation \(BLS\)\.$/,
    );
    expect(firstLine("do you need a bachelors to be a police officer or is experience enough")).toMatch(/^A bachelor's degree usually isn't needed\. /);
    expect(firstLine("does experience count instead of a degree for it support")).toMatch(
      /^It depends: experience stands in for a degree at some employers, not all\. /,
    );
    const manager = engine.ask("need a degree to be a construction manager or will my 8 years of experience be enough");
    expect(manager.parsed.roles.map((r) => r.roleId)).toEqual(["11-9021.00"]);
    expect(engine.ask("need a degree to be a nurse manager or will my 8 years of experience be enough").parsed.unknownRoles).toEqual([]);
  });
  it("AN: credits carried over lead with the bridge, or say what the data lacks", () => {
    const lpn = engine.ask("lpn wanting bsn eventually, do i have to start from 0 or do my credits carry over");
    expect(lpn.parsed.roles.map((r) => r.roleId)).toEqual(["29-2061.00", "29-1141.00"]);
    expect(firstLine("lpn to bsn, do my credits carry over")).toMatch(
      /^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: LPN-to-RN \(bridge\) programs /,
    );
    expect(firstLine("cna to rn do my credits transfer")).toMatch(
      /Which earlier credits, hours or training a program counts is each school's or state's call and isn't in the data\./,
    );
    expect(firstLine("does 4 yrs as a combat medic in the army count toward becoming a paramedic")).toMatch(
      /^To become a Paramedic, .*which your 4 years can count toward if they were related work\. Which earlier credits, hours or training a program counts /,
    );
    // ("how many more years" asks the time, not the credit.)
    expect(firstLine("rn wanting to become a nurse practitioner, how many more years")).not.toMatch(/Which earlier credits/);
  });
  it("AN: someone's way in, the work's demands, right now, and the member's pay beside another job", () => {
    expect(firstLine("how would someone become an electrician if theyre 29 and only ever worked warehouse")).toMatch(/^To become an Electrician, /);
    expect(engine.ask("how does someone reach the office manager").parsed.intent).toBe("none");
    expect(firstLine("does being a plumber mean crawling under houses all the time")).toMatch(/^Plumbers and fitters lift heavy materials, climb ladders /);
    expect(firstLine("is plumbing a lot of crawling in tight spaces")).toMatch(/^Plumbers and fitters /);
    expect(firstLine("do nurses lift a lot")).toMatch(/^Nurses spend long stretches on their feet/);
    expect(firstLine("roofing in the summer heat, is it as brutal as ppl say")).toMatch(/^Roofing is physically demanding/);
    expect(
      ["do servers crash a lot", "do nurses ever sleep lol", "is running hard on your body?"].filter((q) => engine.ask(q).parsed.intent !== "none"),
    ).toEqual([]);
    expect(firstLine("how do i get into welding with zero experience, i make 15/hr at a gas station rn")).toMatch(/^To become a Welder, /);
  });
  it("AN: titles members type for health administration and PR; a pull request stays chat", () => {
    expect(engine.ask("how do i switch from nursing to healthcare admin, burnt out on floor work").parsed.roles.map((r) => r.roleId)).toEqual([
      "29-1141.00",
      "11-9111.00",
    ]);
    expect(engine.ask("journalist to pr").parsed.roles.map((r) => r.roleId)).toEqual(["27-3023.00", "27-3031.00"]);
    expect(
      ["just opened a pr for the fix", "new pr on deadlift today", "can someone review my pr"].filter((q) => engine.ask(q).parsed.intent !== "none"),
    ).toEqual([]);
  });
  it("AN: a fear weighed against the Handbook's notes; the member's reason decides the choice", () => {
    expect(firstLine("carpenter vs roofer, i don't love heights")).toMatch(
      /^On heights, the Handbook's notes mention it for Roofer \("bending and kneeling high above the ground"\), not for Carpenter \(BLS, Occupational Outlook Handbook\)\./,
    );
    expect(firstLine("electrician or hvac, im claustrophobic")).toMatch(/^On tight spaces, the Handbook's notes mention it for Electrician /);
    expect(firstLine("dental assistant, medical assistant or pharmacy tech, which one can i start fastest")).toMatch(
      /^Pharmacy Technician asks the least schooling to start: /,
    );
    expect(firstLine("loan officer vs insurance agent, i hate cold calling")).toMatch(/^Loan Officer involves less sales: /);
    expect(firstLine("real estate agent vs property manager, i want a steady paycheck not commission")).toMatch(
      /^The data doesn't say how steady a paycheck is /,
    );
    expect(firstLine("trucking vs train conductor, i want to be home more")).toMatch(
      /^Heavy and Tractor-Trailer Truck Driver: Long-haul truck drivers may be away from home /,
    );
    // ("i want to start a family" is a plan, no criterion: "family" is no social worker's.)
    const story =
      "i've been a line cook for 8 years, currently sous chef at a pretty busy place downtown, making 21/hr which is decent for kitchen but i'm working 55-60 hours a week and missing every holiday. my girlfriend and i want to start a family in the next couple years and i just can't see doing this schedule with a baby. i've thought about going into food service management at like a hospital or a school cafeteria because the hours are normal, or maybe food safety inspector? i don't have a degree though, just culinary school. which of those would actually be realistic without a bachelor's?";
    expect(engine.ask(story).parsed.roles.map((r) => r.roleId)).not.toContain("21-1021.00");
    // ("do i need …" asks; it is no criterion the member gives.)
    expect(engine.ask("probation officer vs cop salary, do i need a degree for probation?").parsed.kind).not.toBe("which");
  });
  it("AN: travel, danger and shifts from the Handbook's notes; a financial advisor's licences; pay taken home is no home time", () => {
    expect(firstLine("how much travel does a management consultant do")).toMatch(/^Management Analyst: They travel frequently to meet clients/);
    expect(firstLine("how dangerous is commercial fishing really")).toMatch(
      /one of the highest rates of fatal injuries of all occupations \(BLS, Occupational Outlook Handbook\)\.$/,
    );
    expect(firstLine("do surgeons get called in at night a lot")).toMatch(/on-call duty/);
    expect(firstLine("can accountants work remote")).toMatch(
      /^The data doesn't say which jobs can be done remotely\. What the role notes say: Accountant: Works in settings such as office and remote or hybrid\.$/,
    );
    expect(firstLine("which requires more travel, program manager or product manager")).toMatch(
      /What the role notes say: Program Manager: Travel is occasional\. Product Manager: Travel is occasional\.$/,
    );
    expect(firstLine("do financial advisors need a license")).toMatch(/^Yes: Financial advisors who buy or sell products .*Series 7/);
    expect(engine.ask("who takes home more, a logistic manager or a warehous manager").parsed.topic).not.toBe("balance");
  });
  it("AN: a long post's asking sentence says what is asked of the story's jobs; either of two asked of gets no yes or no", () => {
    const post =
      "i'm a 19 yo freshman and my parents want me to do pre-med because my dad's a doctor, but honestly i hate chem and i'm barely passing orgo prep. the thing i actually enjoy is my intro to computer science class, i stay up late doing the assignments for fun. i'm scared to tell my parents i want to switch because they'll say there's no money in it or that ai will take all the programming jobs. can someone tell me what the job outlook actually looks like for software developers vs doctors so i have some real numbers to show them";
    expect(engine.ask(post).parsed.topic).toBe("prospects");
    expect(engine.ask(post).answer.heading).toMatch(/: Outlook$/);
    expect(firstLine("would a logistician or dispatcher job pay close to what i make now, and do i need a degree for it?")).toMatch(
      /^Logistician earns more: /,
    );
  });
  it("AN: hours of supervised practice for a licence are the licence's, whatever the words' order", () => {
    for (const q of ["how many hours of supervised practice to be a licensed counselor", "how many supervised hours to be a licensed counselor"])
      expect(firstLine(q)).toMatch(/^Counselors in private practice must be licensed in every state, .* How many hours each state asks isn't in the data\.$/);
  });
  it("AN: what a job does, asked beside a quality, comes first", () => {
    expect(firstLine("whats a medical coder do and is it boring")).toMatch(
      /^What a Medical Records Specialist does \(O\*NET\): Compile, process, and maintain medical records .*\. Whether work feels boring or rewarding depends on you/,
    );
    expect(firstLine("what does a paralegal do and is it stressful")).toMatch(/^What a Paralegal or Legal Assistant does \(O\*NET\): .*Stress Tolerance/);
  });
  it("AN: which licence a move asks, asked by name, leads the move without a yes; a bootcamp asked gets what the data lacks", () => {
    expect(firstLine("going from bank teller to financial advisor, what certs do i need")).toMatch(
      /^Teller → Personal Financial Advisor: Financial advisors who buy or sell products .*Series 7.* Not directly linked; /,
    );
    expect(firstLine("as a graphic designer how do i get into ux, do i need a bootcamp")).toMatch(
      /^Graphic Designer → Web and Digital Interface Designer: a common move; .* The data doesn't cover bootcamps or short courses\. BLS lists /,
    );
    expect(firstLine("cna to lpn what license do i need")).toMatch(
      /^Nursing Assistant → Licensed Practical and Licensed Vocational Nurse: Every state licenses practical and vocational nurses, /,
    );
  });
  it("AN: credentials named by their letters are the credential asked", () => {
    expect(firstLine("do i need arrt to be an mri tech")).toMatch(/^Only a few states license MRI technologists/);
    expect(firstLine("sonography which registry exam do i take, ardms?")).toMatch(/^Only a few states require diagnostic medical sonographers to be licensed/);
  });
  it("AP: the job to become stays the goal when the member's own follows it, after 'been a' or a specialty word", () => {
    expect(firstLine("want to become a dental hygienist, been a dental assistant 5 yrs, how long will it take")).toMatch(
      /^Dental Assistant → Dental Hygienist: /,
    );
    expect(firstLine("want to become a pharmacist, been a pharmacy tech 3 yrs")).toMatch(/^Pharmacy Technician → Pharmacist: /);
    expect(firstLine("how do i become an a&e nurse in the uk, im a HCA at the moment")).toMatch(/Nursing Assistant → Registered Nurse: /);
  });
  it("AP: chat about a job's people, a meme, a machine fixed and a vent that asks nothing stay silent", () => {
    for (const line of [
      "does anyone know how to fix a printer that says paper jam but there's no paper",
      "when you're the only welder on site and they ask you to fix the coffee machine",
      "why does every recruiter on linkedin call me a rockstar ninja",
      "who else is an overnight security guard bored out of their mind rn",
      "my art degree is a waste, i'm not asking for advice, my uncle keeps telling me to just become a sparky like him. ugh.",
    ])
      expect(engine.ask(line).parsed.intent, line).toBe("none");
    // (A question inside such a line is still asked.)
    expect(engine.ask("when you're a welder do you need your own tools").parsed.intent).toBe("profile");
  });
  it("AP: two everyday titles that are people are compared; two that are things stay chat", () => {
    expect(engine.ask("chef or baker, i'm a morning person lol").parsed.roles.map((r) => r.roleId)).toEqual(["35-1011.00", "51-3011.00"]);
    expect(engine.ask("cook or baker").parsed.intent).toBe("compare");
    expect(engine.ask("server or driver").parsed.intent).toBe("none");
    expect(engine.ask("is being a farmer physically hard").parsed.roles.map((r) => r.roleId)).toEqual(["11-9013.00"]);
  });
  it("AP: pay and a degree asked in one message are both answered, in the order asked", () => {
    expect(firstLine("what does a meteorologist make and do you need a masters")).toMatch(
      /^Atmospheric and Space Scientist earns a median of \$[\d,]+ a year.*\. A master's degree\? Often not: BLS lists the typical entry education as a bachelor's degree/,
    );
    expect(firstLine("do you need a degree to be a dental hygienist and how much do they make")).toMatch(
      /^Usually, yes: BLS lists .* an associate degree .*\. Dental Hygienist earns a median of/,
    );
  });
  it("AP: savings are no pay; 'no college' reads as without a degree; how long is kept beside the cost of school", () => {
    expect(firstLine("how to become a commercial pilot if im 30 with zero flight hours and 20k saved")).toMatch(/^To become a Commercial Pilot, /);
    expect(firstLine("how to become a surgical tech, currently a cashier, no college")).toMatch(
      /^Without a degree\? Often, yes: BLS lists .* a postsecondary certificate/,
    );
    expect(firstLine("how long is school for optometrist and is it worth the debt")).toMatch(/Doctor of Optometry programs usually take four years/);
  });
  it("AP: places abroad: provinces and states are named, a way in is said to be the US's, a chartered title is the UK's", () => {
    expect(firstLine("how much does a sparky earn in queensland")).toMatch(/^I only have US national figures, not figures for Queensland: median Electrician/);
    expect(firstLine("do you need a licence to be a barber in ontario")).toMatch(
      /^This is the US picture: the data has no schooling or licensing rules for Ontario\. Yes: Every state requires barbers/,
    );
    expect(firstLine("moving from bookkeeper to chartered accountant in the uk, whats the route")).toMatch(
      /^This is the US picture: the data has no schooling or licensing rules for the UK\. Bookkeeper → Accountant: /,
    );
    expect(firstLine("what does a chartered accountant earn")).toMatch(/^I only have US national figures, not figures for the UK: median Accountant/);
    // (Not where nothing about the way in is asked.)
    expect(firstLine("Which is more senior in a UK company: programme manager or project manager?")).toMatch(/^Program Manager is the more senior role/);
  });
  it("AP: more of the Handbook's work-condition notes; a call-out at night is the hours asked", () => {
    expect(firstLine("what hours do bakers work")).toMatch(/^Shifts often start early in the morning .*\(BLS, Occupational Outlook Handbook\)\.$/);
    expect(firstLine("do funeral directors get called out at night")).toMatch(/^Mortician, Undertaker or Funeral Arranger: .*often on call/);
  });
  it("AP: a chain of moves answers the step asked first, then what the job after it asks", () => {
    expect(firstLine("i'm an emt, how do i become a paramedic and then maybe a PA later")).toMatch(
      /^Emergency Medical Technician → Paramedic: .* Then: For a Physician Assistant, BLS lists a master's degree as the typical entry education/,
    );
    expect(firstLine("cna to lpn to rn")).toMatch(/^Nursing Assistant → Licensed Practical and Licensed Vocational Nurse: .* Then: For a Registered Nurse, /);
  });
  it("AP: the member's own criterion between two jobs: time away from family, burning out, finding work", () => {
    expect(firstLine("flight attendant or pilot, i'm scared of being away from my family")).toMatch(
      /^Flight Attendant: .*nights spent away from home.* Commercial Pilot: .*away from home/,
    );
    expect(firstLine("social worker or probation officer, i'm scared of burning out")).toMatch(
      /^The data doesn't measure stress directly\. O\*NET rates Stress Tolerance/,
    );
    expect(firstLine("marine biologist or environmental scientist which is easier to find work as")).toMatch(
      /^Environmental Scientist or Specialist \(including health\) has the better outlook: /,
    );
  });
  it("AP: a degree's letters after its subject are no business analyst; a job sought 'like' a title is that title", () => {
    expect(roleIds("how do i get a government job like policy analyst with a poli sci BA")).toEqual(["19-3094.00"]);
    expect(firstLine("how do i get a government job like policy analyst with a poli sci BA")).toMatch(/^To become a Political Scientist, /);
    expect(roleIds("i have a ba in english, how do i become a paralegal")).toEqual(["23-2011.00"]);
    expect(roleIds("how do i become a BA")).toEqual(["business-analyst"]);
    // (Work like it, asked, is still other work.)
    expect(firstLine("what jobs are like nursing")).toMatch(/^The occupations O\*NET lists as closest to Registered Nurse outside its own line of work/);
  });
  it("AP: a credential named by the work it licenses is that job's; a licence taken to another state is each state's call", () => {
    expect(firstLine("how hard is the bar exam")).toMatch(/^The data doesn't cover licensing exams or their pass rates\. What it takes to become a Lawyer: /);
    expect(engine.ask("i passed the bar exam lol").parsed.intent).toBe("none");
    expect(firstLine("can i transfer my teaching license to another state")).toMatch(
      /^Whether a licence carries over to another state is each state's call \(some have agreements\) and isn't in the data\. Every state requires public kindergarten and elementary school teachers/,
    );
    expect(firstLine("does my rn license transfer to another state")).toMatch(
      /^Whether a licence carries over to another state .* Every state licenses registered nurses/,
    );
    expect(firstLine("do i need a license to be a nurse")).toMatch(/^Yes: Every state licenses registered nurses/);
  });
  it("AP: what the member can't stand decides before what they like; two titles of one job are no choice", () => {
    expect(firstLine("massage therapist or personal trainer, i like people but hate sales")).toMatch(/^O\*NET rates Sales and Marketing /);
    expect(firstLine("how do i become an attorney or lawyer, currently a paralegal")).toMatch(/^Paralegal or Legal Assistant → Lawyer: /);
  });
  it("AP: a title said once singular, once plural, is one title; a role someone has ('his PT') is still asked where named again", () => {
    expect(firstLine("i'm a UK electrician and my wife got a job offer in toronto. what do electricians earn in ontario?")).not.toMatch(
      /No difference the data can show/,
    );
    expect(firstLine("he loves his PT. athletic trainer or physical therapist, which takes longer?")).toMatch(
      /^Physical Therapist usually takes more schooling to start: a doctorate for Physical Therapist vs a master's degree for Athletic Trainer/,
    );
  });
  it("AP: an amount a long post's story tells is not the pay its question asks about", () => {
    const post =
      "been driving for a regional LTL company for 6 years, home every night, about 78k with OT. I'm 41 and my knees are starting to not love the dock work. My buddy who works at the port says crane operators at the terminals make crazy money, like 100k+, and sit all day. how do you actually get into being a crane operator at a port, is it all union?";
    expect(engine.ask(post).parsed.payAmount).toBeUndefined();
    expect(firstLine(post)).toMatch(/To become a Crane and Tower Operator, the usual way in is experience/);
  });
  it("AP: weeks away at sea or on the road are the hours asked", () => {
    expect(firstLine("do commercial fishermen go out for weeks at a time")).toMatch(/weeks or months at sea/);
    expect(firstLine("are truckers gone for weeks at a time")).toMatch(/^Long-haul truck drivers may be away from home for days or weeks/);
  });
  it("AP: pay and a licence asked in one message are both answered, in the order asked", () => {
    expect(firstLine("what does a barber make and do you need a license")).toMatch(
      /^Barber earns a median of \$[\d,]+ a year.*\. A licence\? Every state requires barbers/,
    );
    expect(firstLine("do you need a license to be a makeup artist? and what does a theatrical makeup artist actually earn?")).toMatch(
      /^The data doesn't list licences or certificates for Makeup Artist, Theatrical and Performance.* Makeup Artist, Theatrical and Performance earns a median of/,
    );
  });
  it("landing a job as a title is the way into it; landing a plane is not", () => {
    expect(firstLine("how do i land a job as a software engineer")).toMatch(/^To become a Software Developer, /);
    expect(firstLine("how to land a software engineer job")).toMatch(/^To become a Software Developer, /);
    expect(engine.ask("how do you land the plane as a pilot").parsed.kind).not.toBe("path");
  });
  it("the member's own job typed with signs ('emt-b') or after 'currently' is where the move starts", () => {
    expect(firstLine("want to become a paramedic, currently emt-b for 2 years, how long does the jump take")).toMatch(
      /^Emergency Medical Technician → Paramedic: /,
    );
    expect(firstLine("want to become a paramedic, im an emt-b")).toMatch(/^Emergency Medical Technician → Paramedic: /);
    expect(engine.ask("want to become a paramedic, currently emt for 2 years").parsed.roles.map((r) => r.roleId)).toEqual(["29-2043.00", "29-2042.00"]);
    expect(engine.ask("the server is currently down").parsed.intent).toBe("none");
  });
  it("two jobs asked about as one ('just a glorified …', 'basically a …', 'same thing?'): no, and what each does", () => {
    for (const q of [
      "is a paralegal just a fancier legal secretary",
      "is a paralegal just a glorified legal secretary",
      "paralegal vs legal secretary, same thing?",
    ])
      expect(firstLine(q)).toMatch(
        /^No: the data counts them as different occupations, Paralegal .* What each does: Paralegal or Legal Assistant \(O\*NET\): Assist lawyers by investigating facts, preparing legal documents, or researching legal precedent\. Legal Secretary .*\(O\*NET\): Perform secretarial duties/,
      );
    expect(firstLine("is a medical coder basically a billing clerk")).toMatch(
      /^No: the data counts them as different occupations, Medical Records Specialist /,
    );
    // (The first sentence of each description: "Includes …" and licensing notes stay on the cards.)
    expect(firstLine("is a cna a nurse")).toMatch(
      /Registered Nurse \(O\*NET\): Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records\.$/,
    );
    // (A curated role's own summary, uncredited.)
    expect(firstLine("is a coo the same as a ceo")).toMatch(
      /^Not quite: .* What each does: Chief Operating Officer: The executive in charge of how the whole company runs day to day\. Chief Executive \(O\*NET\): /,
    );
    expect(firstLine("welder vs pipefitter, same pay?")).not.toMatch(/different occupations/);
  });
  it("AS probe: words that are no titles ('people-facing', 'steadier', 'rn' after one's own job, 'a step up or step down') stay words", () => {
    const roles = (q: string) => engine.ask(q).parsed.roles.map((r) => r.roleId);
    expect(roles("is underwriting actually less people-facing than being a loan officer")).toEqual(["13-2053.00", "13-2072.00"]);
    expect(roles("real estate agent vs property manager, which has steadier income")).toEqual(["41-9022.00", "11-9141.00"]);
    expect(roles("im an hvac tech rn, would switching to electrician be a step up or step down")).toEqual(["49-9021.00", "47-2111.00"]);
    expect(firstLine("whats the hourly rate for a starting lpn")).toMatch(/^Starting pay, an hour: Licensed Practical and Licensed Vocational Nurse \$/);
    expect(roles("staff adjuster vs independent adjuster")).toEqual(["13-1031.00"]);
    expect(engine.ask("nvidia driver vs amd driver").parsed.intent).toBe("none");
  });
  it("AS probe: a game, and a long vent with a title in quotes, get no reply", () => {
    expect(engine.ask("just got promoted to supervisor in stardew valley lmaooo").parsed.intent).toBe("none");
    const vent =
      "my brother in law keeps roasting me at family dinners because i'm a \"glorified babysitter\" (preschool teacher). i have a degree in early childhood education, i plan curriculum, i assess development, i deal with parents, and i make 34k. meanwhile he sells cars. i'm not even mad about the money anymore, just the respect thing. anyway thanksgiving is next week wish me luck lol";
    expect(engine.ask(vent).parsed.intent).toBe("none");
    expect(engine.ask("how do i become a supervisor").parsed.intent).toBe("unknown");
  });
  it("one occupation's titles: kinds of the work or levels of one job, said as such", () => {
    expect(engine.ask("structural engineer vs civil engineer").answer.keyDifference?.text).toMatch(/the titles name kinds or specialties of the work/);
    expect(engine.ask("staff accountant vs senior accountant").answer.keyDifference?.text).toMatch(/the titles name levels of one job/);
    expect(engine.ask("lawyer vs attorney").answer.keyDifference?.text).toMatch(/the titles differ in who uses them more than in the work\.$/);
  });
  it("a move whose skills are asked: the skills O*NET rates the target furthest above, first; or that it has none rated", () => {
    expect(firstLine("im a cashier, what skills do i need to become a bank teller")).toMatch(
      /^Cashier → Teller: The skills and knowledge to build, where O\*NET rates Teller furthest above Cashier: .+\. A common move; /,
    );
    expect(firstLine("how would a graphic designer become a ux designer, what skills am i missing")).toMatch(
      /O\*NET hasn't rated the skills of a Web and Digital Interface Designer, so the data can't say which skills the move asks for\.$/,
    );
    expect(firstLine("how do i go from cna to rn")).not.toMatch(/skills and knowledge to build/);
  });
  it("a box truck is a light truck: no CDL for most", () => {
    expect(firstLine("do i need a cdl to drive a box truck")).toMatch(
      /^Not to work as one: Delivery and light truck drivers usually need only an ordinary driver's license/,
    );
    expect(firstLine("do you need a cdl to be a truck driver")).toMatch(/^Yes: Heavy and tractor-trailer truck drivers need a commercial driver.s license/);
  });
  it("who reports to whom: a task that says who directs the work, quoted", () => {
    const underNurse =
      /O\*NET lists among the tasks of a Nursing Assistant: "Apply clean dressings, slings, stockings, or support bandages, under direction of nurse or physician\."$/;
    for (const q of ["does a cna report to the rn", "does a cna report to an rn", "do nurses supervise cnas"])
      expect(firstLine(q)).toMatch(new RegExp(`^Yes: ${underNurse.source}`));
    expect(firstLine("does an rn report to a cna")).toMatch(/^No, the other way round: /);
    expect(firstLine("does a lawyer supervise paralegals")).toMatch(/^Yes: O\*NET lists among the tasks of a Lawyer: "Supervise legal assistants\."$/);
    expect(firstLine("line cook vs chef who is higher")).toMatch(
      /^Chef or Head Cook is the more senior role: O\*NET lists among the tasks of a Chef or Head Cook: "Supervise /,
    );
    expect(firstLine("who does a cna report to")).toMatch(/^By the data: O\*NET lists among the tasks of a Nursing Assistant: /);
    // ("nurses' aides", "veterinary students": a title's word describing other workers names no one.)
    expect(firstLine("lpn vs rn who is higher")).not.toMatch(/O\*NET lists among the tasks/);
    expect(engine.ask("the server reports to the host").parsed.intent).toBe("none");
  });
  it("two roles, a yes or no on one criterion and a second asked after 'and': each answered, the yes or no first", () => {
    expect(firstLine("is underwriting less people-facing than being a loan officer, and what's the pay difference")).toMatch(
      /^Probably yes: Insurance Underwriter is the less customer-facing: .* Insurance Underwriter earns more: median /,
    );
    expect(firstLine("is an lpn paid less than an rn and is it less stressful")).toMatch(
      /^Yes: Registered Nurse earns more: .* The data doesn't measure stress directly\./,
    );
    // (In a long post, the asking sentence's two criteria, which the story's words drown.)
    const post =
      "i work as a loan processor at a credit union, been here 5 years. it's fine, stable, 50k, good benefits. but i'm bored out of my mind and the loan officers make 2x what i do on commission. i'm an introvert though and the idea of cold calling realtors makes me feel sick. a friend in insurance says underwriting might be a better fit since it's the analytical side without selling. is underwriting actually less people-facing than being a loan officer, and what's the pay difference";
    expect(firstLine(post)).toMatch(/^Probably yes: Insurance Underwriter is the less customer-facing: .* Insurance Underwriter earns more: /);
  });
  it("a day's work asked: O*NET's description, its first listed tasks, then the Handbook's note on how the day is spent", () => {
    const { answer } = engine.ask("what does a day look like for a wind turbine technician");
    expect(answer.verdict?.text).toMatch(
      /^What a Wind Turbine Service Technician does \(O\*NET\): Inspect, .* Its first tasks in O\*NET's list: "[^"]+"; "[^"]+"\. They work outdoors, often at great heights/,
    );
    expect(answer.sources.map((s) => s.url)).toContain("https://www.bls.gov/ooh/installation-maintenance-and-repair/wind-turbine-technicians.htm#tab-3");
    expect(firstLine("what does a sonographer do")).not.toMatch(/first tasks/);
  });
  it("'less salesy' is how much selling the work is; a bridge asked between two titles leads with the bridge", () => {
    expect(firstLine("insurance agent vs underwriter which one is less salesy")).toMatch(
      /^Insurance Underwriter involves less sales: O\*NET rates Sales and Marketing /,
    );
    expect(firstLine("is there an lpn to rn bridge")).toMatch(
      /^Licensed Practical and Licensed Vocational Nurse → Registered Nurse: LPN-to-RN \(bridge\) programs build on /,
    );
    expect(engine.ask("are there any cna to rn programs").parsed.kind).toBe("path");
  });
  it("a merchant ship's officer is its captain or mate; a research lab tech is a biological technician", () => {
    expect(engine.ask("merchant marine officer salary").parsed.roles[0]?.roleId).toBe("53-5021.00");
    expect(engine.ask("research lab tech salary").parsed.roles[0]?.roleId).toBe("19-4021.00");
    expect(engine.ask("lab tech salary").parsed.roles[0]?.roleId).not.toBe("19-4021.00");
  });
  it("a move at the same schooling with no skills rated apart says what the new job does; 'managing people' is rated", () => {
    expect(firstLine("from accountant to financial analyst, how do i make the switch")).toMatch(
      /^Accountant → Financial and Investment Analyst: a common move; the entry education is the same\. What the new job does, Financial and Investment Analyst \(O\*NET\): Conduct quantitative analyses /,
    );
    // (Where schooling or skills already say what the move takes, no description is added.)
    expect(firstLine("cashier to bank teller")).not.toMatch(/What the new job does/);
    expect(firstLine("graphic designer vs art director, which involves more managing people")).toMatch(
      /^Art Director involves more leading people: O\*NET rates /,
    );
    expect(firstLine("graphic designer vs art director, im bad at managing people")).toMatch(/^Graphic Designer involves less leading people: /);
  });
  it("a long post's move goes the way its asking sentence names it, not the way its story first mentions the jobs", () => {
    const post =
      "hey all, i'm 26, got a biology degree 4 years ago and have been working as a research technician in a university lab doing pcr and cell culture. pay is like 42k and my pi is kind of a nightmare. i keep seeing people say clinical lab scientist pays way more and has better job security because hospitals always need them. but i don't know if my bio degree counts or if i need some extra certification program. what would i need to do to switch from research lab tech to clinical lab scientist";
    expect(firstLine(post)).toMatch(/^Biological Technician → Medical and Clinical Laboratory Technologist: /);
  });
  it("jobs chained by 'then' are steps of a move, 'rn' after 'then' included; everyday words in a story stay chat", () => {
    expect(engine.ask("cna to lpn then rn").parsed.roles.map((r) => r.roleId)).toEqual(["31-1131.00", "29-2061.00", "29-1141.00"]);
    expect(firstLine("emt to paramedic then pa")).toMatch(/^Emergency Medical Technician → Paramedic: .* Then: For a Physician Assistant, /);
    for (const q of ["lpn then rn", "cna then lpn then rn", "paramedic and then a pa"]) {
      const { parsed } = engine.ask(q);
      expect([parsed.intent, parsed.kind], q).toEqual(["compare", "path"]);
    }
    // (Both ways in, the first not held yet: the schooling of each.)
    expect(engine.ask("becoming a cna then rn how long").parsed.kind).toBe("facts");
    expectSilent(["i was a server then a bartender", "server then bartender lol"]);
  });
  it("a title judged worth it, or its workers called on and asked about their work, is a question; relative clauses and chat stay silent", () => {
    for (const q of ["plumber worth it?", "is nurse worth it", "librarian worth it? do u need a masters"])
      expect(engine.ask(q).parsed.intent, q).toBe("profile");
    expectSilent(["is the server worth it", "is this driver worth it", "new gpu driver worth it?"]);
    const asked: [string, string, string][] = [
      ["roofers how brutal is the summer heat actually", "47-2181.00", "profile"],
      ["tax preparers do you only work during tax season", "13-2082.00", "profile"],
      ["interior designer do i need a license", "27-1025.00", "profile"],
      ["emts is the pay really that bad? asking for real", "29-2042.00", "profile"],
      ["line cook to sous chef how long did it take yall", "35-2014.00", "compare"],
    ];
    for (const [q, roleId, intent] of asked) {
      const { parsed } = engine.ask(q);
      expect([parsed.intent, parsed.roles[0]?.roleId], q).toEqual([intent, roleId]);
    }
    expectSilent([
      "teachers who yell at kids are the worst",
      "cooks how do you keep your knives sharp",
      "drivers do you guys use waze",
      "electrician is coming at 3",
    ]);
    // (Work during a season is no schooling arranged around a job.)
    expect(firstLine("tax preparers do you only work during tax season")).not.toMatch(/how schooling is arranged/);
    expect(firstLine("can i work while in nursing school")).toMatch(/how schooling is arranged/);
  });
  it("doing without a credential named with 'being' or a word before it is asked as such; a rule for public schools is no yes for a private one", () => {
    expect(firstLine("can you become an accountant without being a cpa")).toMatch(/^Yes: Accountants need no licence to work/);
    expect(firstLine("can you be a paralegal without a paralegal certificate")).toMatch(/^Yes: Most employers ask paralegals for no certification/);
    expect(firstLine("do you need a teaching license to teach at a private school")).toMatch(/^Not necessarily: Every state requires public /);
    expect(firstLine("do you need a teaching license to teach")).toMatch(/^Yes: Every state requires public /);
  });
  it("'in terms of', 'room to grow', 'a better future', 'still a job', 'make that switch' name their aspects", () => {
    const aspects: [string, string][] = [
      ["rn vs lpn in terms of schooling", "requirements"],
      ["accountant vs financial analyst, which has more room to grow", "career"],
      ["travel agent is that still a job in 2025", "outlook"],
      ["graphic designers are we cooked because of ai", "outlook"],
      ["journalist to pr specialist, how do people make that switch", "career"],
    ];
    for (const [q, aspect] of aspects) expect(engine.ask(q).answer.aspect, q).toBe(aspect);
  });
  it("an environment card shows the Handbook's recorded hours and demands, cited once, instead of saying the data has none", () => {
    const text = renderText(engine.ask("construction laborer work environment").answer);
    expect(text).toMatch(/• Physical demands \(BLS Handbook\): Construction laborers and helpers do physically demanding work/);
    expect(text).not.toMatch(/not in the imported data/);
    expect(text.match(/construction-laborers-and-helpers\.htm#tab-3/g)).toHaveLength(1);
    // (The Handbook's page covers x-ray and MRI technologists together; the radiation hazard is the x-ray side's.)
    expect(firstLine("is an mri tech physically demanding")).not.toMatch(/radiation is a hazard/);
    expect(firstLine("is a radiologic technologist physically demanding")).toMatch(/radiation is a hazard/);
  });
  it("a question asked after an opening title takes its shape from the words after it; 'how big', a credential a word back, heat and seasons", () => {
    const read: [string, string, string, string][] = [
      ["tax preparers do you only work during tax season", "13-2082.00", "environment", "yes-no"],
      ["meteorologist need a phd?", "19-2021.00", "requirements", "yes-no"],
      ["medical coders - is it actually possible to wfh full time?", "29-2072.00", "environment", "yes-no"],
      ["roofers how brutal is the summer heat actually", "47-2181.00", "environment", "facts"],
      ["is a cs degree necessary for swe", "15-1252.00", "requirements", "yes-no"],
    ];
    for (const [q, roleId, aspect, kind] of read) {
      const { parsed, answer } = engine.ask(q);
      expect([parsed.roles[0]?.roleId, answer.aspect, parsed.kind], q).toEqual([roleId, aspect, kind]);
    }
    expect(engine.ask("electrician how long is school").parsed.kind).toBe("facts");
    const story =
      "i'm a medical assistant and the doctor i work for keeps telling me to go to pa school. how big is the pay jump from ma to physician assistant";
    expect(firstLine(story)).toMatch(/^Medical Assistant → Physician Assistant: the median pay rises /);
  });
  it("the member's criterion decides: the best money, a better future after the schooling named, something quick; a degree many do without depends", () => {
    expect(firstLine("hvac tech or lineman? want the best money w/o college")).toMatch(/^Electrical Power-Line Installer or Repairer earns more: /);
    expect(firstLine("my son is choosing between auto mechanic and elecrician trade school, which one has a better future")).toMatch(
      /^Electrician has the better outlook: /,
    );
    const quick = engine.ask("should i become a dental assistant or phlebotomist, want something quick and low stress").parsed;
    expect(quick.criteria).toEqual(["ease", "stress"]);
    expect(engine.ask("medical assistant vs pharmacy technician. Which one can I start sooner and which one pays better?").parsed.criteria).toEqual([
      "ease",
      "pay",
    ]);
    expect(engine.ask("quick question, rn or lpn which pays more").parsed.topic).toBe("pay");
    expect(firstLine("can i become a nurse without a bachelor's")).toMatch(
      /^It depends: BLS lists the typical entry education as a bachelor's degree for Registered Nurse, but \d+% of the workers O\*NET surveyed say less than a bachelor's is required\./,
    );
    expect(firstLine("can you be a teacher without a degree")).toMatch(/^Usually not: /);
  });
  it("two short questions of one role get a yes or no each, in the order asked", () => {
    expect(engine.ask("librarian worth it? do u need a masters").parsed.criteria).toEqual(["prospects", "education"]);
    expect(firstLine("librarian worth it? do u need a masters")).toMatch(
      /^The job market is .* Usually, yes: BLS lists the typical entry education as a master's degree for Librarian/,
    );
    expect(firstLine("is nursing stressful? is it worth it")).toMatch(/^The data doesn't measure stress directly.* The outlook is /);
    expect(engine.ask("is nursing stressful").parsed.criteria).toBeUndefined();
  });
  it("what a job does, asked first beside another aspect, leads; 'worth it' weighs the way in too; 'room to grow' is where it leads", () => {
    expect(firstLine("what does a forester do and whats the pay like")).toMatch(
      /^Forester \(O\*NET\): Manage public and private forested lands .* Forester earns a median of /,
    );
    expect(firstLine("what does a funeral director do and do you need a license")).toMatch(
      /^Mortician, Undertaker or Funeral Arranger \(O\*NET\): .* licensed/,
    );
    expect(firstLine("forester salary")).toMatch(/^Forester earns a median of /);
    expect(firstLine("is being a pharmacist worth it anymore")).toMatch(/Median pay \$[\d,]+ \(BLS, May \d{4}\)\. The usual way in is a doctorate\./);
    expect(firstLine("librarian worth it? do u need a masters")).not.toMatch(/The usual way in/);
    expect(firstLine("i keep seeing ads for phlebotomy classes. whats the actual pay and is there room to grow")).toMatch(
      /It leads on to .*Medical and Clinical Laboratory Technician/,
    );
    expect(firstLine("is there room to grow as a phlebotomist")).toMatch(/It leads on to /);
    expect(engine.ask("accountant vs financial analyst, which has more room to grow").answer.aspect).toBe("career");
  });
  it("'is that realistic' asks about the sentence before it; 'a dispatcher or something' offers no choice", () => {
    expect(firstLine("skip college and become a web developer, is that still realistic? how")).toMatch(
      /^Usually not: BLS lists the typical entry education as a bachelor's degree for Web Developer/,
    );
    const move =
      "I'm 45, been a truck driver 20 years, back is killing me. I want to become a dispatcher or something on the logistics office side. how do I make that move and what does it pay";
    expect(engine.ask(move).parsed.kind).toBe("path");
    expect(firstLine(move)).toMatch(/^Heavy and Tractor-Trailer Truck Driver → Dispatcher .*: the median pay falls /);
    expect(engine.ask("should i become a dispatcher or a truck driver").parsed.kind).toBe("which");
  });
  it("'rn' before what is said of now is 'right now'", () => {
    const q = "ok so i got offers for both an IT support job and a bank teller job. which one has more room to grow? pay rn is about the same";
    expect(engine.ask(q).parsed.roles.map((r) => r.roleId)).toEqual(["15-1232.00", "43-3071.00"]);
    expect(engine.ask("lpn or rn is better?").parsed.roles.map((r) => r.roleId)).toEqual(["29-2061.00", "29-1141.00"]);
  });
  it("AY: a title word as a verb, one person on a show, a game's raid stay chat; two titles listed name their occupation; 'how rough' asks", () => {
    expectSilent([
      "don't judge me but i had cereal for dinner three nights in a row",
      "the judge on that baking show last night was brutal",
      "our raid leader is a better manager than my actual manager tbh",
    ]);
    expect(engine.ask("do judges work long hours").parsed.intent).toBe("profile");
    const listed = engine.ask("referees and umpires pay, is it a side gig or full time money?");
    expect([listed.parsed.intent, listed.answer.aspect]).toEqual(["profile", "salary"]);
    expect(firstLine("referees and umpires pay, is it a side gig or full time money?")).not.toMatch(/No difference/);
    expect(engine.ask("plumbers and pipefitters, whats the difference").parsed.intent).toBe("compare");
    expect(engine.ask("i'm 30. could i become an agricultural inspector without a degree?").parsed.kind).toBe("yes-no");
    expect(engine.ask("ngl thinking about quitting my office job to be a commercial fisherman, how rough is the life out there").parsed.intent).toBe("profile");
  });
  it("BA: text-speak question words; 'better pay than'; 'is the pay bump worth it'; 'how many hours do u need' asks how many", () => {
    expect(engine.ask("how do u become a ship captain").parsed.kind).toBe("path");
    expect(engine.ask("how do ppl actually become a ceo").parsed.kind).toBe("path");
    expect(engine.ask("ok what about corrections officers then, better pay than cops?").parsed.kind).toBe("which");
    expect(firstLine("ok what about corrections officers then, better pay than cops?")).toMatch(/^Police and Sheriff's Patrol Officer earns more: /);
    expect(engine.ask("do rns make more than lpns").parsed.kind).toBe("yes-no");
    expect(engine.ask("power plant operator vs nuclear reactor operator, is the extra training worth the pay bump").parsed.kind).toBe("yes-no");
    expect(engine.ask("im an emt, how do i level up to paramedic").parsed.kind).toBe("path");
    expect(engine.ask("electrician license, how many hours do u need").parsed.kind).toBe("facts");
    // A cost weighed against a gain: no yes or no for the first role named.
    expect(firstLine("curerntly an LPN, debating going for my RN. is the pay bump worth the extra 2 years of school?")).toMatch(
      /^Registered Nurse earns more: /,
    );
  });
  it("BA: the job of someone else in a short post's story is no role of the question", () => {
    expect(roleIds("my dad was a machinist for 30 years and wants me to follow him. i'm more into art tbh. what do floral designers make?")).toEqual([
      "27-1023.00",
    ]);
    expect(
      roleIds("my wife is a vet and comes home exhausted every day. i'm thinking of becoming a vet tech to work with her. do vet techs need a degree?"),
    ).toEqual(["29-2056.00"]);
    expect(
      roleIds("junior in hs here, my counselor keeps pushing college. i like fixing bikes at my uncles shop. is bicycle repair a real job that actually pays?"),
    ).toEqual(["49-3091.00"]);
    expect(roleIds("my mom was a seamstress her whole life. is there still work for tailors or is it all fast fashion now?")).toEqual(["51-6052.00"]);
    // ...unless the question points back at it, or weighs it against the other.
    expect(roleIds("my dad is an electrician. should i do that too or become a plumber?")).toEqual(["47-2111.00", "47-2152.00"]);
    expect(roleIds("my dad is an electrician. should i become a plumber?")).toEqual(["47-2152.00"]);
    expect(roleIds("my wife is a nurse. i'm a welder. who makes more?")).toEqual(["29-1141.00", "51-4121.00"]);
    expect(roleIds("is being a CO at a state prison as bad as ppl say? mental health wise")).toEqual(["33-3012.00"]);
  });
  it("BA: work named by what it handles or fixes; 'is there still work for'; 'ref'; shift patterns and making a living", () => {
    const read = (q: string) => {
      const { parsed } = engine.ask(q);
      return [parsed.intent, ...parsed.roles.map((r) => r.roleId)];
    };
    expect(read("otr truck driver vs driving a school bus, which lets me be home at night")).toEqual(["compare", "53-3032.00", "53-3051.00"]);
    expect(read("is running a tower crane rough on your body? back and knees especially")).toEqual(["profile", "53-7021.00"]);
    expect(read("operating a forklift pay")).toEqual(["profile", "53-7051.00"]);
    expect(read("is fixing cars a good career")).toEqual(["profile", "49-3023.00"]);
    expect(read("hvac tech or appliance repair, which one has more of a future")).toEqual(["compare", "49-9021.00", "49-9031.00"]);
    expect(read("is truck driving still a good living")).toEqual(["profile", "53-3032.00"]);
    expect(read("is there still work for tailors")).toEqual(["profile", "51-6052.00"]);
    expect(engine.ask("is there still work for tailors").answer.aspect).toBe("outlook");
    expect(read("ref or coach, which is easier to break into")).toEqual(["compare", "27-2023.00", "27-2022.00"]);
    expect(read("what does a sports scout actually do")).toEqual(["profile", "27-2022.00"]);
    expectSilent(["the ref was terrible last night", "i love driving my car at night", "my car needs repair lol"]);
    expect(firstLine("do firefighters really work 24 on 48 off?")).toMatch(/^Firefighters often work shifts lasting a full day and night/);
    expect(engine.ask("massage therapist or personal trainer, which is easier to actually make a living at").answer.aspect).toBe("salary");
  });
  it("BA: a title the data does not have is said unknown, not read as the broad occupation of its last word", () => {
    expect(unknown("can asmr artists actually make a living")).toEqual(["unknown", "asmr artists"]);
    expect(unknown("microblading artist training how long")).toEqual(["unknown", "microblading artist"]);
    expect(unknown("is dropshipper a real career or a scam")).toEqual(["unknown", "dropshipper"]);
    expect(unknown("how do people become tiktok shop affiliates")).toEqual(["unknown", "tiktok shop affiliates"]);
    expect(unknown("data annotator jobs, are those legit and what do they pay")).toEqual(["unknown", "data annotator"]);
    // Known kinds, everyday things and verbs before a title stay as they were.
    expect(engine.ask("is a freelance artist a real job").parsed.roles.map((r) => r.roleId)).toEqual(["27-1013.00"]);
    expect(engine.ask("how i can become electrician").parsed.roles.map((r) => r.roleId)).toEqual(["47-2111.00"]);
    expect(engine.ask("what can a retired lineman do").parsed.intent).toBe("profile");
    expect(engine.ask("is supply chain a good career").parsed.intent).not.toBe("unknown");
    expectSilent(["nvidia driver vs amd driver, which one crashes less", "what can you do with a raspberry pi", "my youtube editor quit lol"]);
  });
  it("BB: work named by a verb and its thing; a person in the story; outlook words; 'but 66%' is no 'only'", () => {
    expect(roleIds("is driving a forklift hard on ur back")).toEqual(["53-7051.00"]);
    expect(roleIds("how much do u make driving an ambulance")).toEqual(["53-3011.00"]);
    expect(roleIds("is cleaning houses for money worth it")).toEqual(["37-2012.00"]);
    expect(roleIds("does mowing lawns pay enough to live on")).toEqual(["37-3011.00"]);
    expect(roleIds("is delivering mail a good gig")).toEqual(["43-5052.00"]);
    expect(roleIds("selling cars good career?")).toEqual(["41-2031.00"]);
    expectSilent(["how do i fix my car", "can you drive me to the airport tomorrow"]);
    expect(
      roleIds(
        "my older brother is a software engineer and makes crazy money but says hes miserable lol. im a senior in hs. what does an actuary actually do day to day",
      ),
    ).toEqual(["15-2011.00"]);
    expect(
      roleIds(
        "my parents are both doctors and want me to go to med school. i really wanna be a chef tho. how do i become one without going to culinary school",
      ),
    ).toEqual(["35-1011.00"]);
    expect(
      roleIds(
        "my cousin is a pharmacist and told me to go for pharmacy but my aunt whos a nurse says nursing is better. whats the job outlook for pharmacists",
      ),
    ).toEqual(["29-1051.00"]);
    expect(roleIds("i'm a mechanic at a dealership. theres a guy who comes in to do windshields. what does an auto glass installer make?")).toContain(
      "49-3022.00",
    );
    expect(engine.ask("whats the growth projection for wind turbine techs").answer.aspect).toBe("outlook");
    expect(firstLine("is being an insurance underwriter a safe career long term")).not.toMatch(/physical demands/);
    expect(firstLine("can u be a chef without going to culinary school")).toMatch(
      /, but \d+% of the workers O\*NET surveyed say an associate degree or more is required\.$/,
    );
    expect(firstLine("im 26 and have worked at a bank for 4 years, so bored. always wanted to travel. is being a flight attendant worth it")).not.toMatch(
      /track age/,
    );
    expect(firstLine("how do u become a firefighter, do i need my emt first")).toMatch(
      /^Most fire departments require firefighters to hold an emergency medical technician/,
    );
  });
  it("BB: titles the data lacks after 'become', as 'the average …', or as workers asked what they make; slips and everyday words are not", () => {
    expect(unknown("how do ppl become asmr artists")).toEqual(["unknown", "asmr artists"]);
    expect(unknown("is nft artist still a thing people do for a living")).toEqual(["unknown", "nft artist"]);
    expect(unknown("do mukbangers actually make money")).toEqual(["unknown", "mukbangers"]);
    expect(unknown("how much does the average youtuber make")).toEqual(["unknown", "youtuber"]);
    expect(engine.ask("how much does the average nurse make").parsed.roles.map((r) => r.roleId)).toEqual(["29-1141.00"]);
    expect(engine.ask("how much do engnieers make").parsed.intent).not.toBe("unknown");
    expect(engine.ask("how much do biology majors make").parsed.intent).not.toBe("unknown");
    expectSilent(["do ads make money"]);
  });
  it("BB: the member's own work by its field or what it handles, before the job asked how to become; 'ppl who' describe a job", () => {
    const read = (q: string) => {
      const { parsed } = engine.ask(q);
      return [parsed.intent, parsed.kind, ...parsed.roles.map((r) => r.roleId)];
    };
    expect(read("i work retail rn but i used to volunteer at an animal shelter. how do i become a vet tech")).toEqual([
      "compare",
      "path",
      "41-2031.00",
      "29-2056.00",
    ]);
    expect(read("im in retail, how do i become a vet tech")).toEqual(["compare", "path", "41-2031.00", "29-2056.00"]);
    expect(read("i run a cnc machine. how do i become a quality control inspector")).toEqual(["compare", "path", "51-9161.00", "51-9061.00"]);
    expect(read("i drive trucks, how do i become a dispatcher")).toEqual(["compare", "path", "53-3032.00", "43-5032.00"]);
    expect(read("how do i become a vet tech")).toEqual(["profile", "path", "29-2056.00"]);
    expect(read("how much do ppl who fix elevators make")).toEqual(["profile", "facts", "47-4021.00"]);
  });
  it("BD probe: a job described set against one named, slips on no first letter, dangers named, workers asked how much they make", () => {
    expect(reading("people who guard prisons vs regular cops, salary?")).toEqual(["compare", "salary", "facts", "33-3012.00", "33-3051.00"]);
    expect(reading("electrician vs the people who fix elevators")).toEqual(["compare", "overview", "facts", "47-2111.00", "47-4021.00"]);
    expect(reading("how is the job of the people who fix elevators different from an electrician's")).toEqual([
      "compare",
      "duties",
      "facts",
      "47-4021.00",
      "47-2111.00",
    ]);
    expect(unknown("how much do vtubers make")).toEqual(["unknown", "vtubers"]);
    expect(unknown("is professional cuddler a real job")).toEqual(["unknown", "professional cuddler"]);
    expect(unknown("how much do professional mermaids make")).toEqual(["unknown", "professional mermaids"]);
    expect(reading("tree trimmer dangers")).toEqual(["profile", "environment", "facts", "37-3013.00"]);
    expect(reading("dangers of welding?")).toEqual(["profile", "environment", "facts", "51-4121.00"]);
    expect(reading("is librarianship a dying field")).toEqual(["profile", "outlook", "yes-no", "25-4022.00"]);
    expectSilent(["the dangers of driving at night", "driving hazards in winter?"]);
  });
  it("BC probe: the member's own job told beside another job's pay or days, a long post's one job asked, UK titles, text-speak", () => {
    expect(reading("I'm a nurse. What does a plumber make?")).toEqual(["profile", "salary", "facts", "47-2152.00"]);
    expect(reading("Im a bartender, what does a dental hygienist do all day?")).toEqual(["profile", "duties", "facts", "29-1292.00"]);
    expect(reading("I'm a nurse. Is plumbing stressful?")).toEqual(["profile", "environment", "yes-no", "47-2152.00"]);
    // (A move, a comparison or the member's own work pointed at keeps both jobs.)
    expect(reading("im a nurse, would i make more as a plumber")).toEqual(["compare", "salary", "which", "29-1141.00", "47-2152.00"]);
    expect(reading("I'm a receptionist, how do I become a medical secretary")).toEqual(["compare", "career", "path", "receptionist", "43-6013.00"]);
    expect(reading("been a line cook 2 yrs, how is being a chef different from what im doing now")).toEqual([
      "compare",
      "overview",
      "facts",
      "35-2014.00",
      "35-1011.00",
    ]);
    expect(
      reading(
        "Ok serious question. I'm 29, software developer for 5 years, 135k remote. I'm fine but kind of bored and I keep reading that AI is going to replace junior devs and then eventually everyone. Meanwhile my cousin who's an electrician is booked out for months. Are software developers actually at risk from AI, or is this just doomer talk?",
      ),
    ).toEqual(["profile", "outlook", "yes-no", "15-1252.00"]);
    expect(
      roleIds(
        "I'm a 45 year old accountant, been doing corporate tax for 20 years. Burned out. I've always loved being outdoors and working with my hands. My wife thinks it's a midlife crisis. Realistically, how would I go from accountant to electrician at my age?",
      ),
    ).toEqual(["accountant", "47-2111.00"]);
    expect(reading("solicitor vs barrister, which one earns more in London?")).toEqual(["compare", "salary", "which", "23-1011.00"]);
    expect(reading("traffic wardens, what do they earn")).toEqual(["profile", "salary", "facts", "33-3041.00"]);
    expect(reading("lollipop lady, is that a paid job or volunteers?").slice(0, 1).concat(roleIds("lollipop lady salary"))).toEqual(["profile", "33-9091.00"]);
    expect(roleIds("tube driver salary, is it really 60k+?")).toEqual(["53-4041.00"]);
    expect(roleIds("what's the difference between a GP and an A&E doctor?")).toEqual(["29-1215.00", "29-1214.00"]);
    expect(reading("electrician vs plumber 💰")).toEqual(["compare", "salary", "facts", "47-2111.00", "47-2152.00"]);
    expect(reading("how 2 get into IT help desk w/ no college")).toEqual(["profile", "requirements", "path", "15-1232.00"]);
    expect(reading("y do ppl say nursing is so stressful")).toEqual(["profile", "environment", "facts", "29-1141.00"]);
    expect(unknown("vtuber as a career?? how much do they make fr")).toEqual(["unknown", "vtuber"]);
    expect(unknown("professional cuddler, is that a legit job?")).toEqual(["unknown", "professional cuddler"]);
    expectSilent([
      "Reminder: resume review office hours are Thursday 6pm EST in #career-help, bring a PDF!",
      "my tube driver was rude",
      "my cat, is that a real thing",
    ]);
  });
  it("BC and BD probes: workers asked what they typically make, a path to becoming, work going to disappear, a long post's other aspect of its job", () => {
    expect(reading("anyone know what nurses typically make?")).toEqual(["profile", "salary", "facts", "29-1141.00"]);
    expect(reading("anyone know what physical therapists usually make?")).toEqual(["profile", "salary", "facts", "29-1123.00"]);
    expectSilent(["what models make the best laptops for students this year"]);
    expect(reading("what's the path to becoming a school psychologist")).toEqual(["profile", "requirements", "path", "19-3034.00"]);
    expect(reading("whats the career path for a receptionist")).toEqual(["profile", "career", "facts", "receptionist"]);
    expect(reading("is mail carrier work going to disappear with everything being online now?")).toEqual(["profile", "outlook", "yes-no", "43-5052.00"]);
    expect(
      reading(
        "I'm in my 3rd year of an accounting degree and one of my professors keeps saying accountants will be replaced by AI within 10 years. My dad, who's a CPA himself, just laughs. Who's right? Is accounting actually a dying career?",
      ),
    ).toEqual(["profile", "outlook", "yes-no", "accountant"]);
    // (A verdict the whole post asks stays a verdict: its asking sentence alone reads "break into" as a way in.)
    expect(
      reading(
        "So my dad has been a machinist his whole life and wants me to follow him but I'm more into computers. I'm 19, finished high school last year, working at a warehouse rn. Between web developer and cybersecurity analyst, which one is easier to break into without a 4 year degree? I keep seeing both on tiktok lol",
      ).slice(0, 3),
    ).toEqual(["compare", "requirements", "which"]);
  });
  it("BD probe: titles the data lacks as 'professional …', before an adverb, or opening the message; one job judged better than another", () => {
    expect(unknown("what qualifications do you need to be a professional mermaid")).toEqual(["unknown", "professional mermaid"]);
    expect(unknown("professional bridesmaid - how do you get into that")).toEqual(["unknown", "professional bridesmaid"]);
    expect(unknown("what does a vtuber actually earn on average")).toEqual(["unknown", "vtuber"]);
    expect(unknown("digital declutterer, what does that job involve")).toEqual(["unknown", "digital declutterer"]);
    expect(roleIds("paralegal, what does that job involve")).toEqual(["23-2011.00"]);
    expect(roleIds("what does a nurse actually do")).toEqual(["29-1141.00"]);
    expectSilent(["i need professional help lol", "professional development courses worth it?"]);
    expect(engine.ask("is a chiropractor better than a physical therapist").parsed.kind).toBe("which");
    expect(engine.ask("is lpn easier than rn").parsed.kind).toBe("yes-no");
    expect(engine.ask("where can a receptionist job lead long term").parsed.aspect).toBe("career");
    expect(engine.ask("art director, what's their role on a team").parsed.aspect).toBe("duties");
    expect(engine.ask("whats the usual way people end up as head chef").parsed.kind).toBe("path");
    expect(engine.ask("which skills should i build if i want to be a marketing manager").parsed.kind).toBe("facts");
  });
  it("BE probe: a move starts where the member says it does; 'doable', interview tips and a chef's job are no other jobs", () => {
    expect(reading("My mate reckons pharmacy technician is a realistic jump. What would I need to do to go from cashier to pharmacy tech?")).toEqual([
      "compare",
      "career",
      "path",
      "41-2011.00",
      "29-2052.00",
    ]);
    expect(reading("I think I'd make a good construction manager. How would an admin assistant like me get into construction management?")).toEqual([
      "compare",
      "career",
      "path",
      "administrative-assistant",
      "11-9021.00",
    ]);
    expect(reading("go from cashier to pharmacy tech")).toEqual(["compare", "career", "path", "41-2011.00", "29-2052.00"]);
    expect(reading("is going from cook to dietitian doable at my age").slice(3)).toEqual(["35-2014.00", "29-1031.00"]);
    expect(reading("Is a chef's job more physically demanding than a baker's?").slice(3)).toEqual(["35-1011.00", "51-3011.00"]);
    expect(reading("is forklift work hard on your back")).toEqual(["profile", "environment", "yes-no", "53-7051.00"]);
    expectSilent(["Got the job!!! Starting as a junior accountant on monday, thanks for the interview tips everyone", "the driver's work permit expired"]);
    expect(engine.ask("do bartenders make good money in tips").parsed.aspect).toBe("salary");
    // (Someone in the member's life who said something about work is no job asked about.)
    expect(reading("My teacher said court reporting is a dying job. Is that true?")).toEqual(["profile", "outlook", "yes-no", "27-3092.00"]);
    expect(roleIds("my counselor keeps saying that dental hygienists make bank, true?")).toEqual(["29-1292.00"]);
    expectSilent(["my teacher said hi", "my boss says im the best cashier lol"]);
  });

  it("names the data's technology skills as software, not as a trade's tools", () => {
    const text = renderText(engine.ask("what tools does an electrician use").answer);
    expect(text).toContain("Software in demand: ");
    expect(text).not.toMatch(/tools: /i);
  });

  it("reads the job asked about alone after the member's own job, where the question does not depend on where they start", () => {
    // A yes or no of the job's credential, its pay, its outlook, where it leads: the job asked about alone.
    const alone: [string, string, string, string][] = [
      ["I've been a line cook for ten years. Do you need a license to be an HVAC tech?", "requirements", "yes-no", "49-9021.00"],
      ["Just got out after six years in the Marines. Do I need a college degree to become a police officer?", "requirements", "yes-no", "33-3051.00"],
      ["ex-chef looking at becoming a dietitian, what does it pay?", "salary", "facts", "29-1031.00"],
      ["Teacher of 20 years considering a move into libraries. Are librarian jobs disappearing?", "outlook", "yes-no", "25-4022.00"],
      ["ex-infantry here, is being a lineman worth it for the money?", "salary", "yes-no", "49-9051.00"],
      ["Ex-teacher, now two years into working as a paralegal at a small firm. Where does a paralegal career usually lead?", "career", "facts", "23-2011.00"],
    ];
    for (const [q, ...expected] of alone) expect(reading(q), q).toEqual(["profile", ...expected]);
    // The move itself asked keeps both jobs.
    expect(reading("I'm a secretary with 10 years experience, what's the next step to office manager").slice(0, 3)).toEqual(["compare", "career", "path"]);
    expect(reading("customer service manager wanting to become a store manager, how").slice(0, 3)).toEqual(["compare", "career", "path"]);
    expect(reading("I'm a line cook. Is it worth switching to HVAC?")[0]).toBe("compare");
  });

  it("reads years told in the member's story as theirs, not as the pay band asked of another job", () => {
    expect(firstLine("Done with retail after 18 years. How much does a wind turbine technician earn?")).toMatch(
      /^Wind Turbine Service Technician earns a median of \$[\d,]+ a year; the middle half earn/,
    );
    // Years asked of the job itself still choose the band.
    expect(firstLine("How much does a wind turbine technician earn after 18 years?")).toMatch(/^Experienced pay, a year: Wind Turbine Service Technician/);
    expect(firstLine("Paralegal here with 12 years. What should I be paid?")).toMatch(/^Experienced pay/);
    // "what should i be making" asks the pay, not which way to choose.
    expect(firstLine("what should I be making as a paralegal")).toMatch(/^Paralegal or Legal Assistant earns a median of \$[\d,]+ a year/);
  });

  it("answers the demands of a job asked after a plan to become it, before the way in", () => {
    const q = "My wife is thinking about becoming a 911 dispatcher. How stressful is the work environment, really?";
    expect(firstLine(q)).toMatch(
      /^The data doesn't measure stress directly, but it is a fair sign: O\*NET rates Stress Tolerance [\d.]+ of 5 for Public Safety Telecommunicator/,
    );
  });

  it("a word saying which kind of a job, between the article and the title, in a frame that names a job", () => {
    expect(reading("how do i get started as a sports referee")).toEqual(["profile", "requirements", "path", "27-2023.00"]);
    expectSilent(["my old pc started as a game server", "it started as a backup server lol"]);
  });

  it("news told with a title the data lacks asks nothing: no 'I don't know' reply", () => {
    expectSilent(["guess who just got promoted to dungeon master for our campaign 🐉", "just got hired as a zorblaxer"]);
    expect(unknown("what does a zorblaxer do")).toEqual(["unknown", "zorblaxer"]);
  });

  it("'differ in what they actually do' asks the duties, an adverb inside the phrase", () => {
    expect(reading("How do photographers and videographers differ in what they actually do?")).toEqual([
      "compare",
      "duties",
      "facts",
      "27-4021.00",
      "27-4031.00",
    ]);
  });

  it("which has the better career progression: where each leads, first", () => {
    expect(firstLine("dental assistant vs medical assistant, which has better career progression?")).toMatch(
      /^Where each leads, among the closest occupations in the data that pay more: Dental Assistant to Dental Hygienist.*; Medical Assistant to .*Registered Nurse\. /,
    );
  });

  it("'everyone in my family' is a group told about, not the channel asked", () => {
    expect(firstLine("Everyone in my family is a cop. What does it take to become a police officer?")).toMatch(
      /^To become a Police and Sheriff's Patrol Officer, a high-school diploma or equivalent is the usual way in/,
    );
  });

  it("'where can a job as a 911 dispatcher lead': where it leads, first", () => {
    expect(reading("Where can a job as a 911 dispatcher lead?")).toEqual(["profile", "career", "facts", "43-5031.00"]);
    expect(firstLine("Where can a career as an archivist lead?")).toMatch(/^Among the occupations O\*NET lists as closest to Archivist, these pay more: /);
  });

  it("'rn' after what something is said to be is 'right now', not a registered nurse", () => {
    expect(roleIds("EMT pay is trash rn or is it just me 😭")).toEqual(["29-2042.00"]);
    expect(roleIds("money is tight rn lol, is welding worth it")).toEqual(["51-4121.00"]);
    expect(roleIds("which is better rn or lpn")).toEqual(["29-1141.00", "29-2061.00"]);
  });

  it("'is biology a good major for becoming a pa': the schooling for the job named, said without rating majors", () => {
    expect(reading("Is computer science a good major for becoming a software developer?")).toEqual(["profile", "requirements", "yes-no", "15-1252.00"]);
    expect(firstLine("Is biology a good major if I want to become a physician assistant?")).toMatch(
      /^The data doesn't rate majors\. The knowledge Physician Assistant work draws on most, in O\*NET's ratings: Medicine and Dentistry, Biology and .*; a major that teaches those fits it\. BLS lists the typical entry education as a master's degree/,
    );
    // The major as the field's own work judged: its prospects.
    expect(reading("is accounting a good major")[1]).toBe("outlook");
  });

  it("a long post's verdict asked of every role it names wins over a move its story tells", () => {
    const post =
      "Been a line cook for three years and I'm tired of the burns and the late nights. A friend who's a baker says her hours are early but way calmer, and another friend moved into food service management and now does schedules and inventory. Comparing line cooks, bakers and food service managers, which has the best work-life balance?";
    expect(reading(post).slice(0, 3)).toEqual(["compare", "environment", "which"]);
  });

  it("an occupation's own title keeps its words at a workplace: 'credit analyst at a bank' is no 'bank analyst'", () => {
    expect(roleIds("I have two offers: credit analyst at a bank and insurance underwriter. How do the skills each one uses differ?")).toEqual([
      "13-2041.00",
      "13-2053.00",
    ]);
    // The place still adds to a title: "front desk clerk at a hotel" is the hotel desk clerk.
    expect(roleIds("front desk clerk at a hotel, what do they make")).toEqual(["43-4081.00"]);
  });

  it("a typo in a title framed by 'does a … make/do' is still the title, past its article", () => {
    expect(reading("how much does an actuarie make")).toEqual(["profile", "salary", "facts", "15-2011.00"]);
    expect(reading("what does an actuarie do")).toEqual(["profile", "duties", "facts", "15-2011.00"]);
  });

  it("a title's possessive: its schedule or way in asks about the job, a thing it owns asks nothing", () => {
    expect(reading("what is a nurse's schedule like?")).toEqual(["profile", "environment", "facts", "29-1141.00"]);
    expect(roleIds("is a plumber's apprenticeship paid?")).toEqual(["47-2152.00"]);
    expect(roleIds("is a pilot's license expensive?")).toEqual(["53-2012.00"]);
    expect(roleIds("is a surgeon's life hard?")).toEqual(["29-1249.00"]);
    expect(reading("what's a surgeon's day like")).toEqual(["profile", "duties", "facts", "29-1249.00"]);
    expect(reading("how long is a lawyer's workday")).toEqual(["profile", "environment", "facts", "23-1011.00"]);
    expectSilent(["got my driver's license today!", "who else thinks the new logo looks like a firefighter's helmet?", "my electrician's van got stolen lmao"]);
  });

  it("exasperation told ('… is making me want to become a hermit') asks nothing", () => {
    expectSilent(["exam week is making me want to become a hermit", "retail makes me want to become a monk"]);
    expect(unknown("i want to become a hermit")).toEqual(["unknown", "hermit"]);
    expect(roleIds("my job makes me wanna be a plumber. is it worth it?")).toEqual(["47-2152.00"]);
  });

  it.each<[string, string[]]>([
    ["After a decade as a line cook, what's the job outlook for head chefs?", ["profile", "outlook", "facts", "35-1011.00"]],
    ["I've been a patrol cop for 14 years — what's the work environment like for detectives?", ["profile", "environment", "facts", "33-3021.00"]],
    ["I'm a long-haul trucker thinking about getting off the road. What's the job outlook for dispatchers?", ["profile", "outlook", "facts", "43-5032.00"]],
    ["As a mid-career journalist, what's the salary like for PR specialists?", ["profile", "salary", "facts", "27-3031.00"]],
    ["Accountant, mid-40s, bored out of my mind. What's the day-to-day of a financial advisor?", ["profile", "duties", "facts", "13-2052.00"]],
    ["I've gigged as a musician for 20 years and need steady income. How much do sound engineers earn?", ["profile", "salary", "facts", "27-4014.00"]],
  ])("the member's own job told in more ways, then another job's facts asked: %s", (q, expected) => {
    expect(reading(q)).toEqual(expected);
  });

  it("demand asked for a title wherever it stands, a word describing it between", () => {
    expect(reading("I'm an A&E nurse in Cork looking at moving to Canada. Is there much demand for emergency nurses over there at the moment?")).toEqual([
      "profile",
      "outlook",
      "yes-no",
      "29-1141.00",
    ]);
    expectSilent(["is there a market for gaming servers"]);
  });

  it("kinds: what's involved in becoming is the way in; 'what … can i expect' and a last 'how different' ask for facts", () => {
    expect(reading("I've driven buses for 16 years. What's involved in becoming a train driver?")).toEqual(["profile", "requirements", "path", "53-4011.00"]);
    expect(reading("what is involved in the job of a paramedic")).toEqual(["profile", "duties", "facts", "29-2043.00"]);
    expect(reading("what sort of salary can I expect as a pharmacist?")).toEqual(["profile", "salary", "facts", "29-1051.00"]);
    expect(reading("can i become a nurse at 40")[2]).toBe("yes-no");
    expect(
      reading("I'm a care aide in Manitoba wondering whether to train as an LPN or go the whole way to RN. How different are the requirements?").slice(0, 3),
    ).toEqual(["compare", "requirements", "facts"]);
  });

  it("verdicts among three: equal levels named together, the least asked for first, pay within a few percent a tie", () => {
    expect(firstLine("electrician, plumber or hvac — which one needs the least schooling?")).toMatch(
      /^Electrician and Plumber, Pipefitter or Steamfitter need the least schooling: typically a high-school diploma or equivalent for Electrician vs a high-school diploma or equivalent for Plumber, Pipefitter or Steamfitter vs a postsecondary certificate for Heating/,
    );
    expect(firstLine("police officer, firefighter or paramedic, which needs more education?")).toMatch(/^Firefighter and Paramedic need more schooling: /);
    expect(firstLine("pa vs pt which takes less school tbh")).toMatch(
      /^Physician Assistant needs less schooling: typically a master's degree for Physician Assistant vs a doctorate/,
    );
    expect(firstLine("truck driver vs delivery driver vs bus driver, which pays best?")).toMatch(
      /^Bus Driver, Transit and Intercity and Heavy and Tractor-Trailer Truck Driver pay about the same, more than Light Truck Driver: median /,
    );
  });

  it("'the States' is the US: its figures are the US's, with no note that they are not", () => {
    expect(firstLine("How much does a GP earn over in the States?")).toMatch(/^Family Medicine Physician earns a median of \$[\d,]+ a year; the middle half/);
    expect(firstLine("nurse pay in the states vs the uk")).toMatch(/^I only have US national figures, not figures for the UK: /);
  });

  it("a worker no title names, asked what they earn or the pay 'for' them, is said unknown; people by where they stand are not workers", () => {
    expect(unknown("what's the salary for a chief dreamer at a startup?")).toEqual(["unknown", "chief dreamer"]);
    expect(unknown("what does a crypto shaman make")).toEqual(["unknown", "crypto shaman"]);
    expectSilent(["what's the salary for a beginner", "what's the pay for a weekend shift", "whats the outlook for remote work"]);
    expect(roleIds("what does a nurse get paid")).toEqual(["29-1141.00"]);
  });

  it("an emergency medicine doctor and an HGV mechanic are the occupations their names say", () => {
    expect(roleIds("What are the working hours like for emergency medicine doctors?")).toEqual(["29-1214.00"]);
    expect(roleIds("What's the pay like for an HGV mechanic in the US?")).toEqual(["49-3031.00"]);
  });

  it("a general question about the conditions opens with where and when the work is done", () => {
    expect(firstLine("What's the working environment like for radiographers in the US?")).toMatch(
      /^Radiologic Technologist or Technician: More than half work in hospitals.* Most work full time.*\(BLS, Occupational Outlook Handbook\)\.$/,
    );
    // Hours first where they are asked.
    expect(firstLine("What's the typical shift pattern like for firefighters?")).toMatch(/^Firefighters often work shifts lasting a full day and night/);
    // A curated role's own schedule and settings; its industries where asked.
    expect(firstLine("what industries hire logistics managers")).toMatch(/^Logistics Manager: Full-time; .* Settings: .* Industries: .*manufacturing/);
  });

  it("BI: a request without its mark, please first, and a question after a story sentence are asked", () => {
    expect(roleIds("info on glaziers pls")).toEqual(["47-2121.00"]);
    expect(
      reading("pls explain the day to day of a hospice social worker, I have an interview next week and want to sound like I know what I'm getting into"),
    ).toEqual(["profile", "duties", "facts", "21-1022.00"]);
    expect(reading("my buddy does tree work and says he can get me on his crew. how physically demanding is being a tree trimmer really")).toEqual([
      "profile",
      "environment",
      "facts",
      "37-3013.00",
    ]);
    expect(reading("My student asked me what a food scientist does and I honestly didn't know")).toEqual(["profile", "duties", "facts", "19-1012.00"]);
    expectSilent(["the info on the server is wrong", "please help, my server crashed", "my mom asked me what i want for dinner"]);
  });

  it("BI: someone else's job told, then what they ask or what is asked for them, reads the job asked about", () => {
    expect(reading("My sister is a nurse and wants to know what nurse anesthetists make")).toEqual(["profile", "salary", "facts", "29-1151.00"]);
    expect(roleIds("A client of mine is a burned-out teacher eyeing instructional design. What does an instructional coordinator earn?")).toEqual([
      "25-9031.00",
    ]);
    expect(roleIds("I'm a career coach. A client in her fifties wants to become a realtor - how does she get licensed, and how long does it take?")).toEqual([
      "41-9022.00",
    ]);
    // The member's own move keeps both jobs.
    expect(roleIds("I'm a nurse. How do I become a pharmacist?")).toEqual(["29-1141.00", "29-1051.00"]);
  });

  it("BI: a plan told, then the work asked, is the duties; 'a job' names no title; games and TV talk are chat", () => {
    expect(reading("My kid says she wants to be a zookeeper when she grows up. What does that job involve?")).toEqual([
      "profile",
      "duties",
      "facts",
      "39-2021.00",
    ]);
    expect(unknown("Give me a rundown of what theatrical makeup artists do. I do cosplay makeup and wonder if it could become a job")).toEqual(["profile"]);
    expectSilent([
      "could this become a job",
      "I'm running a blacksmith-style strength build in Elden Ring with a giant hammer. Any tips for the early bosses?",
      "Rewatching Grey's Anatomy and honestly the surgeon drama in season 3 is better than I remembered. Who was your favorite character?",
    ]);
    expect(roleIds("watching grey's anatomy made me want to be a surgeon, how long is the training?")).toEqual(["29-1249.00"]);
  });

  it("BI: a decent living is pay, a future in a job its outlook, and 'should my son …' a choice", () => {
    expect(reading("My husband wants to retrain as a long-haul truck driver, is it a decent living?")).toEqual(["profile", "salary", "yes-no", "53-3032.00"]);
    expect(reading("With plants closing in some states, is there still a future in being a nuclear power reactor operator?").slice(0, 2)).toEqual([
      "profile",
      "outlook",
    ]);
    expect(firstLine("Should my son go into HVAC or become a plumber?")).toMatch(/^Better depends on what matters to you\. On the data: /);
    // "do for a living" is the work itself.
    expect(reading("what do judges actually do for a living")[1]).toBe("duties");
  });

  it("what the data lacks on a job's conditions is said in the member's words, not the import's files", () => {
    const answer = renderText(engine.ask("do zoologists work weekends").answer);
    expect(answer).toMatch(/^The data doesn't measure work-life balance or hours directly\. Nothing is recorded on it for Zoologist or Wildlife Biologist\./);
    expect(answer).toMatch(/Hours, shifts, physical demands and work settings: nothing is recorded for this occupation yet\./);
    expect(answer).not.toMatch(/release|Work Context file/);
  });

  it("BJ: workers' needs asked of them, 'reqs', a server's notices, news and thanks are read as members mean them", () => {
    // "do pilots need perfect vision": what the job asks of its workers, answered with what the data lacks.
    expect(reading("do pilots need perfect vision?")).toEqual(["profile", "requirements", "yes-no", "53-2012.00"]);
    expect(firstLine("do pilots need perfect vision?")).toMatch(/^The data doesn't cover physical or medical standards/);
    expect(reading("ops mgr reqs")).toEqual(["profile", "requirements", "facts", "operations-manager"]);
    expectSilent([
      "**Mod announcement:** please keep salary screenshots in #pay-transparency, not #general. Thanks!",
      "Got the offer!!! Starting as a junior engineer next month, thank you all for the resume help",
      "got a job as a junior engineer",
      "Had the weirdest dream that I was a pilot, a chef and a lawyer all at the same time, flying a plane full of soup to a courtroom. My therapist is going to have a field day with that one. Anyway, happy Monday everyone.",
      "Our rec league goalie is an ER doctor by day and honestly it shows, man has zero panic. We won 4-2 last night and the ref even came over to shake hands after. Next game is Thursday at 7, we're short a defender.",
      // ("Don't DM people …" opens with "do" and asks nothing.)
      "**Server rules refresh** - Be kind. Nurses, teachers, engineers, cooks, drivers — everyone's path is valid. - No recruiting spam. - Don't DM people asking for referrals unless they offered. Thanks, the mod team",
    ]);
    // A story's last sentence that names the job still asks, mark or not.
    expect(roleIds("I have been in retail for six years. It is wearing me down. My partner is supportive. lpn to rn bridge, how long does it take")).toEqual([
      "29-2061.00",
      "29-1141.00",
    ]);
    expect(engine.ask("does the bot have a list of occupations it covers? wanna browse before I ask").parsed.intent).toBe("list");
    expect(engine.ask("can you give me a list of jobs that pay well without a degree").parsed.intent).not.toBe("list");
  });

  it("BJ/BK: army crews, grade teachers, a therapy's name, and questions in a statement's order", () => {
    expect(roleIds("infantry vs tank crew which is worse lol")).toEqual(["55-3016.00", "55-3013.00"]);
    expect(roleIds("Is artillery a good MOS if I want a civilian job after my contract?")).toEqual(["55-3014.00"]);
    expect(roleIds("8th grade teacher pay?")).toEqual(["25-2022.00"]);
    expect(roleIds("Which is easier to get into, respiratory therapy or radiology tech?")).toEqual(["29-1126.00", "29-2034.00"]);
    expect(reading("pest control techs need a state license?")).toEqual(["profile", "requirements", "yes-no", "37-2021.00"]);
    expect(reading("investment banking analysts really work 80-hour weeks?")[2]).toBe("yes-no");
    expect(reading("barber license with a felony, possible?")[2]).toBe("yes-no");
    expect(reading("social worker burnout real?").slice(0, 3)).toEqual(["profile", "environment", "yes-no"]);
    expect(reading("Which holds up better in a recession, nursing or electrical work?").slice(0, 3)).toEqual(["compare", "outlook", "which"]);
    expect(reading("got hired as an office assistant at 17, what do they usually have you doing?")[1]).toBe("duties");
    // A choice offered, or a question word, asks for facts.
    expect(reading("plumbers get paid hourly or salary?")[2]).toBe("facts");
    expect(reading("skills a hotel concierge needs?")[2]).toBe("facts");
  });

  it("BJ: the question a long post marks, in bold or after 'My question:', is the one answered", () => {
    const story =
      "Not sure this is the right channel. I'm 31 and have been a forklift driver at a big fulfillment center for 5 years, got bumped to process assistant last year. I want to move into a warehouse manager or logistics manager type of role eventually, but I have no degree. ";
    expect(
      reading(
        `${story}**Do I need a bachelor's to become a warehouse manager**, or can people still work their way up from the floor? Also curious what it pays compared to my $23/hr.`,
      ),
    ).toEqual(["profile", "requirements", "yes-no", "warehouse-manager"]);
    expect(
      roleIds(
        "I'm a legal secretary at a small firm (4 yrs). The attorneys keep dumping paralegal work on me without the title or the pay. - would a certificate bump my pay? - or should I just go to law school at 30? The question I really need answered: what's the realistic path from legal secretary to paralegal?",
      ),
    ).toEqual(["43-6012.00", "23-2011.00"]);
    expect(reading("is bookkeeping going to disappear in the next decade?")).toEqual(["profile", "outlook", "yes-no", "bookkeeper"]);
    expect(roleIds("is ux design safer from ai than graphic design")).toEqual(["15-1255.00", "27-1024.00"]);
  });

  it("BK: a bare title word is the occupation its description makes a title of, where that title settles one", () => {
    expect(reading("Can you be an operator at a water plant without a science degree?")).toEqual(["profile", "requirements", "yes-no", "51-8031.00"]);
    expect(roleIds("operator who runs the cranes at the port, pay?")).toEqual(["53-7021.00"]);
    // A catch-all occupation ("wedding coordinator" is filed under sales workers, all other) settles nothing: asked which.
    expect(unknown("What's the pay like for a coordinator who plans conferences and weddings?")).toEqual(["unknown", "coordinator"]);
    // Nothing describes the word: asked which, as before.
    expect(unknown("what does an operator make")).toEqual(["unknown", "operator"]);
    // A title several occupations share, settled the same way; the member's own job stays as read.
    expect(roleIds("How do you become an inspector who checks houses before they're sold?")).toEqual(["47-4011.00"]);
    expect(roleIds("I'm a nurse and I'd like to become an administrator for a hospital. How do I make that move?")).toEqual(["29-1141.00", "11-9111.00"]);
    // The member's own years and body, or the other side of a comparison, are no description of the work.
    expect(roleIds("mechanic for 15 years and my body is done, what can i do next")).toEqual(["49-3023.00"]);
    expect(roleIds("Mechanic for planes versus cars, which needs more training?")).not.toContain("49-3021.00");
  });

  it("BK: teaching a school's grade is its teacher; 'factor in' and 'hanging drywall' name no worker", () => {
    expect(reading("Can I teach high school biology without an education degree if I have a BS in biology?")).toEqual([
      "profile",
      "requirements",
      "yes-no",
      "25-2031.00",
    ]);
    expect(roleIds("what do you need to teach kindergarten")).toEqual(["25-2012.00"]);
    expect(roleIds("can i teach middle school science without a degree")).toEqual(["25-2022.00"]);
    // Leaving the work: the field noun after it is read, as before.
    expect(roleIds("How do I switch from teaching middle school to instructional design?")).toEqual(["25-2022.00", "25-9031.00"]);
    expect(roleIds("NP or CRNA, which one actually makes more once you factor in the extra schooling?")).toEqual(["29-1171.00", "29-1151.00"]);
    expect(roleIds("Which is rougher on your body long term, roofing or hanging drywall?")).toEqual(["47-2181.00", "47-2081.00"]);
  });

  it("BK: the job held ('if you're already a rad tech') starts the move; commission asked is how pay is made up", () => {
    expect(roleIds("How do you become a sonographer if you're already a rad tech?")).toEqual(["29-2034.00", "29-2032.00"]);
    expect(roleIds("how can i become an rn if i'm already an lpn")).toEqual(["29-2061.00", "29-1141.00"]);
    expect(firstLine("How do you become a sonographer if you're already a rad tech?")).toMatch(
      /^Radiologic Technologist or Technician → Diagnostic Medical Sonographer/,
    );
    expect(firstLine("Is a loan officer at a bank who handles mortgages paid mostly on commission?")).toMatch(
      /^The data doesn't say how much of a job's pay is commission; BLS's wage figures count commissions where there are any\. Loan Officer earns a median/,
    );
    expect(reading("cna vs ma vs phlebotomist fastest to get into")[2]).toBe("which");
    expect(reading("which takes less time, emt or paramedic").slice(0, 3)).toEqual(["compare", "requirements", "which"]);
    expect(reading("What are the physical demands of roofing? I'm 45 and not sure my knees can take it")).toEqual([
      "profile",
      "environment",
      "facts",
      "47-2181.00",
    ]);
    expectSilent(["the physical demands of gardening are good for me"]);
  });

  it("BJ: moving up in hands-on work names its first-line supervisor, which O*NET seldom lists as closest", () => {
    expect(firstLine("what is the career ladder for a warehouse worker who wants to move up")).toMatch(
      /Moving up in the same work usually means supervising it: First-Line Supervisor of Helpers, Laborers, and Material Movers, Hand \(\$[\d,]+\)\.$/,
    );
    expect(firstLine("how do i move up from line cook")).toMatch(/supervising it: First-Line Supervisor of Food Preparation and Serving Workers/);
    // Named once: the cashier's closest occupations already include the retail supervisor.
    expect(firstLine("where can a cashier go from here").match(/First-Line Supervisor of Retail Sales Workers/g)).toHaveLength(1);
    // No supervisor of its own in the data (healthcare support), or two as likely (truck drivers): nothing added.
    expect(firstLine("where can a cna go from here")).not.toMatch(/supervising it/);
    expect(firstLine("how do i move up as a truck driver")).not.toMatch(/supervising it/);
  });
});
