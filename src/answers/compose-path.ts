// Paths: how to get from one role to another ("from medical assistant to RN"), or into a role
// ("how do I become a paralegal"). The route comes from the editors' career links and O*NET's
// related occupations (with a bridge role where there is no direct link); the gaps from the data:
// skills and knowledge B rates higher than A, entry education, experience, training and pay.
import { withArticle } from "./indefinite-article.js";
import { whatItDoes } from "./facts-lead.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { isPartOfOccupation, type RoleEntry } from "../knowledge/role-entry.js";
import type { Fact, FigureView, PathView, SourceView, Verdict } from "./answer.js";
import { distinctiveElements } from "./derived-difference.js";
import { BLS_EDUCATION_MEASURES, schoolingLengthNote, trainingLength } from "./schooling-length.js";
import { EDUCATION_LABELS, SAME_PAY_PERCENT, formatMoney, formatYears, jobZoneSentence, perUnit, percentDifference } from "./format-figures.js";
import { topElements } from "./occupation-facts.js";
import {
  blsTraining,
  educationRank,
  entryEducation,
  headlineMedian,
  isPhysician,
  occupationOf,
  reportsTo,
  shareRequiringAtLeast,
  shortAttribution,
} from "./role-evidence.js";
import { trainingTime, trainingTimeFact, trainingTimeText, type TrainingTime } from "./training-time.js";
import { madeOnce } from "./made-once.js";
import { skillsAboveMost } from "./skills-above-most.js";
import { experienceAsked, experienceLeads, yearsAgainst } from "./experience-asked.js";
import { capitalised } from "../text/capitalised.js";
import { careerSteps } from "../knowledge/career-steps.js";
import type { EducationLevel, Licence, Route as EditorRoute } from "../knowledge/schema.js";
import { editorSource, withEditorSentence, withSentence } from "./editor-sentence.js";
import { spokenList } from "../text/spoken-list.js";

/** O*NET lists about 20 related occupations per occupation, closest first: the first ten are close enough to be a step. */
const RELATED_STEPS = 10;
const SKILLS_SHOWN = 4;
const FEEDERS_SHOWN = 4;

function ref(entry: RoleEntry) {
  return { roleId: entry.id, title: entry.title };
}

/** A route search looks one step on from a role and from each of its next roles: each role's next steps are found once. */
const nextStepsByEntry = new WeakMap<RoleEntry, readonly RoleEntry[]>();

/** Roles one step on from `entry`: the editor's "can lead to" links, then O*NET's closest related occupations. */
function nextSteps(knowledge: KnowledgeBase, entry: RoleEntry): readonly RoleEntry[] {
  return madeOnce(nextStepsByEntry, entry, () => careerSteps(knowledge, entry, RELATED_STEPS));
}

const sameRole = (a: RoleEntry, b: RoleEntry) => a.id === b.id || (a.code !== null && a.code === b.code);

/** Whose links a route follows: an editor's career steps, O*NET's related occupations, or O*NET's link from the target back to the start. */
type RouteSource = "editor" | "onet" | "onet-reverse";
/** A route found: the roles from start to target, and whose links it follows. */
type Route = { route: RoleEntry[]; via: RouteSource };

/** The shortest route from `from` to `to` over career links, at most one bridge role; null when none. */
export function findRoute(knowledge: KnowledgeBase, from: RoleEntry, to: RoleEntry): Route | null {
  const first = nextSteps(knowledge, from);
  const viaOf = (step: RoleEntry, start: RoleEntry) => (start.kind === "curated" && start.role.career.next.includes(step.id) ? "editor" : "onet");
  const direct = first.find((s) => sameRole(s, to));
  if (direct) return { route: [from, to], via: viaOf(direct, from) };
  // Reverse links count too: the editor's "often comes from" on the target, and a role one of an
  // occupation's jobs reports to its head ("coo" to "ceo", both O*NET's Chief Executives).
  if (to.kind === "curated" && to.role.career.previous.includes(from.id)) return { route: [from, to], via: "editor" };
  if (isPartOfOccupation(from) && from.code === to.code && reportsTo(from, to)) return { route: [from, to], via: "editor" };
  // ("pharmacy tech to pharmacist": O*NET relates the pharmacist to the technician, not the other way;
  // the link counts, as the "often comes from" line already says.)
  if ((occupationOf(to)?.related ?? []).some((r) => from.code !== null && r.code === from.code)) return { route: [from, to], via: "onet-reverse" };
  for (const bridge of first) {
    if (sameRole(bridge, from)) continue;
    const onward = nextSteps(knowledge, bridge).find((s) => sameRole(s, to));
    if (onward) return { route: [from, bridge, to], via: viaOf(bridge, from) === "editor" && viaOf(onward, bridge) === "editor" ? "editor" : "onet" };
  }
  return null;
}

/** Roles people often come from: the editor's list, or related occupations that need less preparation. */
function feeders(knowledge: KnowledgeBase, to: RoleEntry): string[] {
  if (to.kind === "curated" && to.role.career.previous.length) return to.role.career.previous.map((id) => knowledge.getRole(id)!.title).slice(0, FEEDERS_SHOWN);
  const zone = occupationOf(to)?.jobZone ?? null;
  return (occupationOf(to)?.related ?? [])
    .map((r) => knowledge.getRole(r.code))
    .filter((e): e is RoleEntry => e !== undefined && zone !== null && (occupationOf(e)?.jobZone ?? 9) < zone)
    .slice(0, FEEDERS_SHOWN)
    .map((e) => e.title);
}

function skillsToBuild(knowledge: KnowledgeBase, from: RoleEntry | null, to: RoleEntry): string[] {
  const b = occupationOf(to);
  const a = from ? occupationOf(from) : null;
  if (b && a) return distinctiveElements(knowledge, b, a, SKILLS_SHOWN);
  if (b && knowledge.imported) return topElements(knowledge.imported.elements.skills, b.skills, SKILLS_SHOWN).map((s) => s.name);
  return to.kind === "curated" ? to.role.skills.slice(0, 2) : [];
}

function experienceFact(to: RoleEntry, memberYears: number | undefined): Fact | null {
  const bls = occupationOf(to)?.projection?.workExperience;
  const blsText = bls && /^none$/i.test(bls) ? "no related experience required" : bls?.toLowerCase();
  const needed =
    to.kind === "curated"
      ? formatYears(to.role.requirements.experience.minYears, to.role.requirements.experience.maxYears)
      : blsText
        ? `${blsText} (BLS)`
        : null;
  if (!needed) return null;
  const minYears = experienceAsked(to)?.minYears ?? 0;
  const yours =
    memberYears === undefined
      ? ""
      : memberYears >= minYears
        ? ` — your ${memberYears} years cover that, if they are related work`
        : ` — you mention ${memberYears} years`;
  return { label: "Experience", value: `${needed}${yours}` };
}

export function composePath(
  knowledge: KnowledgeBase,
  from: RoleEntry | null,
  to: RoleEntry,
  options: {
    memberYears?: number | undefined;
    memberEducation?: EducationLevel | undefined;
    askedHowLong?: boolean;
    askedPay?: boolean;
    /** "do my credits carry over", "is there a bridge": what the member has, counted toward the move. */
    askedWhatCarries?: boolean;
    /** "what certs do i need": which licence, asked by name, said right after the move's head. */
    licenceFirst?: boolean;
    /** The target's licence as the question asked it ("Yes: Every state licenses …"), said instead of the bare rule. */
    licenceAsked?: string | undefined;
    /** "what skills am i missing": the skills to build said right after the move's head. */
    askedSkills?: boolean;
  } = {},
): { verdict: Verdict; path: PathView } {
  const {
    memberYears,
    memberEducation,
    askedHowLong = false,
    askedPay = false,
    askedWhatCarries = false,
    licenceAsked,
    licenceFirst = false,
    askedSkills = false,
  } = options;
  const steps: Fact[] = [];
  const route = from ? findRoute(knowledge, from, to) : null;
  if (from && route) {
    const source = route.via === "editor" ? "career links in the role notes" : "O*NET related occupations";
    steps.push({ label: "Usual route", value: `${route.route.map((e) => e.title).join(" → ")} (${source})` });
  } else {
    const fromWhere = feeders(knowledge, to);
    if (fromWhere.length) steps.push({ label: from ? "No direct link in the data; people often come from" : "Often comes from", value: fromWhere.join(", ") });
  }
  const skills = skillsToBuild(knowledge, from, to);
  // (A way in names what sets the job apart: most jobs rate Active Listening and Speaking highest.)
  const standout = !from && occupationOf(to) ? skillsAboveMost(knowledge, occupationOf(to)!, 2) : [];
  if (skills.length) steps.push({ label: from ? "Skills to build" : "Skills that matter most", value: skills.join(", ") });
  const levelA = from ? entryEducation(from) : null;
  const levelB = entryEducation(to);
  const share = shareRequiringAtLeast(occupationOf(to), "bachelor");
  if (levelB) {
    const gap = !levelA
      ? EDUCATION_LABELS[levelB]
      : levelA === levelB
        ? `${EDUCATION_LABELS[levelB]} for both`
        : `${EDUCATION_LABELS[levelA]} → ${EDUCATION_LABELS[levelB]}`;
    steps.push({
      label: "Entry education",
      value: `${gap}${share !== null ? ` (${share}% of ${to.title} workers surveyed say a bachelor's or more is required)` : ""}`,
    });
  }
  const experience = experienceFact(to, memberYears);
  if (experience) steps.push(experience);
  const certifications = to.kind === "curated" ? to.role.requirements.certifications : [];
  const training = blsTraining(occupationOf(to));
  if (certifications.length) steps.push({ label: "Credentials", value: certifications.join(", ") });
  else if (training) steps.push({ label: "Training", value: `${training} (BLS)` });
  // How long it takes, as O*NET describes the preparation for the target's Job Zone.
  const zone = knowledge.imported?.jobZones.find((z) => z.zone === occupationOf(to)?.jobZone);
  if (zone) steps.push({ label: "Preparation", value: `Job Zone ${zone.zone} of 5 (O*NET): ${zone.training}` });
  const time = trainingTime(knowledge, occupationOf(to));
  if (time) steps.push({ label: "On-the-job training", value: trainingTimeFact(time, to.title) });
  const payA = from ? headlineMedian(knowledge, from) : null;
  const payB = headlineMedian(knowledge, to);
  if (payB) {
    const change = payA ? `${formatMoney(payA.median!)} → ${formatMoney(payB.median!)}` : formatMoney(payB.median!);
    const moved = payA && payA.period === payB.period ? medianChange(payA, payB) : null;
    const percent = moved ? ` (${moved.higher ? "+" : "−"}${moved.percent}%)` : "";
    steps.push({ label: "Median pay", value: `${change}${percent} ${perUnit(payB.period)} (${shortAttribution(knowledge, payB)})` });
  }
  // "teacher to school counselor, pay difference?": the pay change first, then the route.
  const payChange = askedPay && payA && payB && payA.period === payB.period ? `${payChangeText(payA, payB)} (${shortAttribution(knowledge, payB)})` : null;
  // ("cna to rn": the licence the target asks, an editor's sentence on BLS's handbook, is the step the
  // schooling line leaves out: "… after an approved nursing program … and the NCLEX-RN exam".)
  const licence = to.code ? knowledge.licenceFor(to.code) : undefined;
  // ("cna to lpn": the licence, not "Systems Analysis", is the gap a move into a licensed job has to close.)
  const gapSkills = licence && from ? [] : skills;
  // ("lpn to rn", "emt to paramedic, how long": the bridge program or how long the way in takes, an
  // editor's sentence on BLS's handbook; O*NET gives the level of schooling, not how long it runs.)
  const way = to.code ? knowledge.routeFor(from?.code ?? null, to.code) : undefined;
  if (way) steps.push({ label: way.from ? "Bridge" : "Programs", value: `${way.route} (${cited(way)})` });
  if (licence) steps.push({ label: "Licence", value: `${licence.rule} (${cited(licence)})` });
  // Asked how long where O*NET has no survey of the training: the schooling, BLS's training and the job zone.
  const told =
    askedHowLong && !time
      ? (preparationVerdict(from, to, levelB, training, zone, memberYears) ??
        pathVerdict(from, to, route, levelA, levelB, gapSkills, { memberEducation, memberYears }))
      : pathVerdict(from, to, route, levelA, levelB, gapSkills, { time: askedHowLong ? time : null, payChange, memberEducation, memberYears, standout });
  // ("accountant to financial analyst, how do i make the switch": at the same schooling, with no skills
  // the data rates apart and no experience asked, what the new work is says the most.)
  const thin = from && !askedHowLong && !gapSkills.length && levelA !== null && levelA === levelB && !experienceAsked(to) && !licence;
  const described = thin ? whatItDoes(to) : "";
  const verdict = described ? withSentence(told, `What the new job does, ${described}`) : told;
  // (The way in said, then the program and the licence at its end; asked how long, the program right
  // after the move's head: "Medical Assistant → Registered Nurse: Nursing programs usually take …".)
  // ("lpn to bsn, do my credits carry over": the bridge leads; with none recorded, what the data lacks ends the move.)
  const routed = !way ? verdict : askedHowLong || askedWhatCarries ? withAfterHead(verdict, way, way.route) : withEditorSentence(verdict, way, way.route);
  // (A program's own length, "dental hygienists usually need an associate degree", is no bridge from the job held.)
  const carried = askedWhatCarries && !way?.from ? withSentence(routed, NO_CREDIT_RULES) : routed;
  // ("graphic designer to ux designer, what skills am i missing": the skills O*NET rates the target furthest above the job held, first.)
  // (O*NET has not rated every occupation: said so, not left out.)
  const unrated = askedSkills && from ? [from, to].find((e) => occupationOf(e)?.skills.every((r) => !r)) : undefined;
  const withWay =
    askedSkills && from && skills.length
      ? withSkillsFirst(carried, from, to, skills)
      : unrated
        ? withSentence(carried, `O*NET hasn't rated the skills of ${withArticle(unrated.title)}, so the data can't say which skills the move asks for.`)
        : carried;
  return {
    // ("bank teller to financial advisor, what certs do i need": the licence asked for by name leads.)
    verdict: !licence
      ? withWay
      : licenceFirst
        ? withAfterHead(withWay, licence, licence.rule)
        : withEditorSentence(withWay, licence, licenceAsked ?? licence.rule),
    path: { from: from ? ref(from) : null, to: ref(to), steps },
  };
}

/** `verdict` with the skills to build said right after the move's head, what followed starting a sentence of its own. */
function withSkillsFirst(verdict: Verdict, from: RoleEntry, to: RoleEntry, skills: readonly string[]): Verdict {
  return saidAfterHead(verdict, `The skills and knowledge to build, where O*NET rates ${to.title} furthest above ${from.title}: ${spokenList(skills)}.`);
}

/** What the data lacks on credit for schooling or hours already done. */
const NO_CREDIT_RULES = "Which earlier credits, hours or training a program counts is each school's or state's call and isn't in the data.";

/** A move's or a way in's head: "Medical Assistant → Registered Nurse: ", "To become a Lawyer: ". */
const PATH_HEAD = /^([^:]+ → [^:]+|To become [^:,]+): /;

/**
 * `verdict` with an editor's sentence (a route's, a licence's) right after its head (or first, where it
 * has none), what followed the head starting a sentence of its own.
 */
function withAfterHead(verdict: Verdict, entry: EditorRoute | Licence, sentence: string): Verdict {
  const said = saidAfterHead(verdict, sentence);
  return verdict.source ? said : { ...said, source: editorSource(entry) };
}

/** `verdict` with `sentence` right after its head (or first, where it has none), what followed the head starting a sentence of its own. */
function saidAfterHead(verdict: Verdict, sentence: string): Verdict {
  const head = PATH_HEAD.exec(verdict.text)?.[0] ?? "";
  return { ...verdict, text: `${head}${sentence} ${capitalised(verdict.text.slice(head.length))}` };
}

/** An editor's source as a path step cites it: "(U.S. Bureau of Labor Statistics, 2025)". */
function cited(entry: { source: { publisher?: string | undefined; title: string; year: number } }): string {
  return `${entry.source.publisher ?? entry.source.title}, ${entry.source.year}`;
}

/** BLS training categories that are programs of their own ("Internship/residency", "Apprenticeship"), not time on the job. */
const FORMAL_TRAINING = /^(internship|apprenticeship)/i;

/**
 * How the median changes from one role's figure to the other's (the same period): up or not, and by
 * what percent of the pay moved from (a fall from $159,670 to $62,890 is 61%, not the 154% the
 * lawyer earns above the paralegal).
 */
function medianChange(from: FigureView, to: FigureView): { higher: boolean; percent: number } {
  const higher = to.median! >= from.median!;
  return { higher, percent: higher ? percentDifference(to.median!, from.median!) : Math.round(((from.median! - to.median!) / from.median!) * 100) };
}

/** "the median pay rises 31%, from $32,880 to $43,030 a year". */
function payChangeText(from: FigureView, to: FigureView): string {
  const { higher, percent } = medianChange(from, to);
  const amounts = `${formatMoney(from.median!)} to ${formatMoney(to.median!)} ${perUnit(to.period)}`;
  if (percent < SAME_PAY_PERCENT) return `the median pay is about the same, ${amounts}`;
  return `the median pay ${higher ? "rises" : "falls"} ${percent}%, from ${amounts}`;
}

/** "how long to become an accountant", without O*NET's training survey: what the preparation is, or null with nothing to say. */
function preparationVerdict(
  from: RoleEntry | null,
  to: RoleEntry,
  levelB: ReturnType<typeof entryEducation>,
  training: string | null,
  zone: { zone: number; name: string } | undefined,
  memberYears: number | undefined,
): Verdict | null {
  const lengths = definedLengths(from, levelB, training);
  const experience = experienceAsked(to);
  const parts = [
    levelB ? `${EDUCATION_LABELS[levelB]} is the typical entry${lengths.schooling}` : null,
    experience ? `then ${experience.text}${yearsAgainst(experience, memberYears)}` : null,
    training ? `then ${training.toLowerCase()} (${lengths.training ? `${lengths.training}, ` : ""}BLS)` : null,
  ].filter(Boolean);
  if (!parts.length && !zone) return null;
  const lead = from ? `${from.title} → ${to.title}: ` : `To become ${withArticle(to.title)}: `;
  const zoneText = zone ? jobZoneSentence(zone) : "";
  return { text: `${lead}${parts.length ? `${parts.join(", ")}. ` : ""}${zoneText}${shorterRouteNote(to, levelB)}`.trim(), basis: "data", ...lengths.cited };
}

/**
 * The lengths BLS's definitions give the schooling (" (usually 4 to 5 years)", none from another job:
 * "lpn to rn" is a bridge the data doesn't time) and the training ("usually 3 to 5 years"), and the
 * source to cite when either is said.
 */
function definedLengths(
  from: RoleEntry | null,
  level: ReturnType<typeof entryEducation>,
  training: string | null,
): { schooling: string; training: string | null; cited: { source?: SourceView } } {
  const schooling = level && !from ? schoolingLengthNote(level) : "";
  const trainingSpan = training ? trainingLength(training) : null;
  return { schooling, training: trainingSpan, cited: schooling || trainingSpan ? { source: BLS_EDUCATION_MEASURES } : {} };
}

function pathVerdict(
  from: RoleEntry | null,
  to: RoleEntry,
  found: Route | null,
  levelA: ReturnType<typeof entryEducation>,
  levelB: ReturnType<typeof entryEducation>,
  skills: readonly string[],
  asked: {
    /** Set when the member asked how long: the first line leads with the time it takes. */
    time?: TrainingTime | null;
    /** Set when the member asked about pay on a move: the pay change comes before the route. */
    payChange?: string | null;
    /** The schooling the member says they have: a degree they hold is no gap to close. */
    memberEducation?: EducationLevel | undefined;
    /** The years of work the member mentions, set against the experience the target asks. */
    memberYears?: number | undefined;
    /** The skills the target is rated furthest above most jobs on (skills-above-most.ts), said on a way in instead of the most important. */
    standout?: readonly string[];
  } = {},
): Verdict {
  const { time = null, payChange = null, memberEducation, memberYears, standout = [] } = asked;
  // ("line cook to head chef", "how do i become a building inspector": BLS's related work experience is the way in, before the schooling.)
  const experience = experienceAsked(to);
  const experienceText = experience ? `${experience.text}${yearsAgainst(experience, memberYears)}` : null;
  if (time) {
    const training = blsTraining(occupationOf(to));
    return howLongVerdict(from, to, levelB, time, training && FORMAL_TRAINING.test(training) ? training : null, experienceText);
  }
  if (!from) {
    // ("i have a bachelor's in biology, how do i become a lab technologist": the degree they hold, said so.)
    const hasIt = levelB && memberEducation && educationRank(memberEducation) >= educationRank(levelB) ? ", which you have" : "";
    const schoolingStart = levelB ? `${EDUCATION_LABELS[levelB]} is the usual way in${hasIt}` : "the data has no set entry education";
    const start =
      experience && experienceText && experienceLeads(experience, levelB)
        ? `the usual way in is experience: ${experienceText}${levelB ? `, after ${EDUCATION_LABELS[levelB]}${hasIt}` : ""}`
        : experienceText
          ? `${schoolingStart}, with ${experienceText}`
          : schoolingStart;
    // ("want to be an electrician, what do i do first": the apprenticeship after the diploma is the way in too.)
    const training = blsTraining(occupationOf(to));
    const formal = levelB && training && FORMAL_TRAINING.test(training) ? training : null;
    const lengths = definedLengths(null, null, formal);
    const then = formal ? `, then ${formal.toLowerCase()} (${lengths.training ? `${lengths.training}, ` : ""}BLS)` : "";
    return {
      text: `To become ${withArticle(to.title)}, ${start}${then}${skillsSaid(skills, standout)}.`,
      basis: levelB ? "data" : "none",
      ...lengths.cited,
    };
  }
  // ("welder to pipefitter": O*NET relates each to a boilermaker, which is no usual route; an editor's steps are.)
  const route = found?.route;
  const routeText = !route
    ? "The data shows no direct link"
    : route.length === 2
      ? found.via === "onet-reverse"
        ? `The data links the two (O*NET relates ${to.title} to ${from.title})`
        : "A common move"
      : found.via === "editor"
        ? `Usually via ${route[1]!.title}`
        : `Not directly linked; O*NET relates both to ${route[1]!.title}`;
  const schooling = levelA && levelB ? Math.sign(educationRank(levelB) - educationRank(levelA)) : 0;
  // ("psychologist to psychiatrist": a professional degree of the target's own and its residency, whatever
  // doctorate the member has; the skills are not the gap.)
  const ownDoctorate = levelB === "doctorate" && inResidency(to) && (!inResidency(from) || (isPhysician(to) && !isPhysician(from)));
  // ("just graduated with an environmental science degree … barista to environmental scientist": the degree is theirs.)
  const held = schooling > 0 && memberEducation && levelB && educationRank(memberEducation) >= educationRank(levelB);
  // ("registered nurse to dental hygienist": less schooling is no gap to close, but worth saying.)
  const gap = ownDoctorate
    ? `it takes ${to.title}'s own doctoral or professional degree, then internship/residency (BLS)`
    : held
      ? `the schooling you have meets the usual entry (${EDUCATION_LABELS[levelB]} for ${to.title})${skills.length ? `; the main gap is skills: ${skills.slice(0, 2).join(" and ")}` : ""}`
      : schooling > 0
        ? `it usually takes more schooling: ${EDUCATION_LABELS[levelB!]} is the typical entry for ${to.title}, against ${EDUCATION_LABELS[levelA!]} for ${from.title}`
        : skills.length
          ? `the main gap is skills: ${skills.slice(0, 2).join(" and ")}`
          : schooling < 0
            ? `${to.title} usually starts with less schooling (${EDUCATION_LABELS[levelB!]}, against ${EDUCATION_LABELS[levelA!]})`
            : levelA && levelB
              ? "the entry education is the same"
              : null;
  const routeSentence = payChange ? `${payChange}. ${routeText}` : `${routeText.charAt(0).toLowerCase()}${routeText.slice(1)}`;
  const gapText = gap ? `; ${gap}` : "";
  const rest =
    !experience || !experienceText
      ? gapText
      : experienceLeads(experience, levelB)
        ? `; ${to.title} asks for experience: ${experienceText}${gap ? `. ${capitalised(gap)}` : ""}`
        : `${gapText}; ${to.title} also asks for ${experienceText}`;
  return { text: `${from.title} → ${to.title}: ${routeSentence}${rest}.`, basis: "data" };
}

/** "; O*NET rates Installation and Troubleshooting higher for it than for most jobs", or the most important skills where none stand out. */
function skillsSaid(skills: readonly string[], standout: readonly string[]): string {
  if (standout.length) return `; O*NET rates ${standout.join(" and ")} higher for it than for most jobs`;
  return skills.length ? `; the skills that matter most are ${skills.slice(0, 2).join(" and ")}` : "";
}

/** Whether BLS names an internship or residency as the job's training (physicians, psychiatrists, pharmacists in some years). */
function inResidency(entry: RoleEntry): boolean {
  return RESIDENCY.test(blsTraining(occupationOf(entry)) ?? "");
}
const RESIDENCY = /^internship\/residency/i;

/** At least this share (percent) of workers saying less than the typical entry will do is a shorter way in worth saying. */
const SHORTER_ROUTE_SHARE = 30;

/**
 * " 43% of the Registered Nurse workers O*NET surveyed say less than a bachelor's degree is required."
 * after how long the way in takes, where many say so ("how long to become a nurse": an associate
 * degree is a way in too), or "".
 */
function shorterRouteNote(to: RoleEntry, levelB: ReturnType<typeof entryEducation>): string {
  const atLeast = levelB ? shareRequiringAtLeast(occupationOf(to), levelB) : null;
  if (atLeast === null || 100 - atLeast < SHORTER_ROUTE_SHARE) return "";
  return ` ${100 - atLeast}% of the ${to.title} workers O*NET surveyed say less than ${EDUCATION_LABELS[levelB!]} is required.`;
}

/** "How long does it take to become an electrician": schooling first, then the time on the job. */
function howLongVerdict(
  from: RoleEntry | null,
  to: RoleEntry,
  levelB: ReturnType<typeof entryEducation>,
  time: TrainingTime,
  /** BLS's training after the schooling ("Internship/residency", "Apprenticeship"): the survey's time comes once hired. */
  training: string | null,
  /** The related work experience the target asks, said after the schooling ("teacher to principal, how many years"). */
  experience: string | null,
): Verdict {
  const lead = from ? `${from.title} → ${to.title}: ` : `To become ${withArticle(to.title)}: `;
  // ("how long to become a lawyer": the schooling's own length, by BLS's definition of the level.)
  const lengths = definedLengths(from, levelB, training);
  const schooling = levelB
    ? `${EDUCATION_LABELS[levelB]} is the typical entry${lengths.schooling}, then ${experience ? `${experience}, then ` : ""}`
    : experience
      ? `${experience}, then `
      : "";
  const formal = training ? `${schooling ? "" : "first "}${training.toLowerCase()} (${lengths.training ? `${lengths.training}, ` : ""}BLS); once hired, ` : "";
  const sentence = `${schooling}${formal}${trainingTimeText(time, to.title)}.${shorterRouteNote(to, levelB)}`;
  return { text: `${lead}${sentence}`, basis: "data", ...lengths.cited };
}
