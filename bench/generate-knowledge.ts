// Builds a large, realistic knowledge base for the benchmark: the real roles plus generated ones
// (domain x head noun x seniority: "Clinical Research Coordinator", "Regional Sales Director"),
// each a clone of a real role file with a new id, title, aliases, family and career links, written
// as JSON files so loadKnowledge reads and validates them exactly as it does data/.
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { FamilyId } from "../src/knowledge/families.js";
import { aliasKey } from "../src/text/normalize.js";
import { canonicalPhrase } from "../src/understanding/canonical-tokens.js";
import type { Random } from "./random.js";

interface Domain {
  name: string;
  family: FamilyId;
  /** The same domain as a UK writer spells it ("Call Centre"), when it differs. */
  uk?: string;
  /** What people shorten the whole domain to ("QA", "L&D"). */
  acronym?: string;
}

const d = (family: FamilyId, names: string): Domain[] =>
  names.split(",").map((entry) => {
    const [name, extra] = entry.trim().split("=");
    const domain: Domain = { name: name!.trim(), family };
    if (extra?.startsWith("uk:")) domain.uk = extra.slice(3).trim();
    else if (extra) domain.acronym = extra.trim();
    return domain;
  });

const DOMAINS: Domain[] = [
  ...d(
    "administrative",
    "Medical Records, Patient Services, Front Office, Records Management, Legal, Contracts, Document Control, Data Entry, Mailroom, Student Services, Admissions, Scheduling",
  ),
  ...d(
    "finance",
    "Payroll, Accounts Payable=AP, Accounts Receivable=AR, Tax, Internal Audit, Treasury, Financial Planning=FP&A, Credit, Billing, Budget, Revenue Cycle, Fund Accounting, Investor Relations=IR",
  ),
  ...d(
    "people",
    "Recruitment, Talent Acquisition=TA, Learning and Development=L&D, Benefits, Compensation, Employee Relations, Labor Relations=uk:Labour Relations, Training, Organizational Development=uk:Organisational Development, Workforce Planning, Diversity and Inclusion=D&I",
  ),
  ...d(
    "supply-chain",
    "Procurement, Purchasing, Inventory, Fleet, Transportation, Distribution, Materials, Import and Export, Fulfillment=uk:Fulfilment, Demand Planning, Vendor Management, Shipping",
  ),
  ...d(
    "analysis",
    "Data, Business Intelligence=BI, Market Research, Pricing, Risk, Compliance, Quality Assurance=QA, Reporting, Fraud, Credit Risk, Workforce Analytics, Revenue",
  ),
  ...d(
    "projects",
    "Clinical Research, Research and Development=R&D, Product Development, Software Development, Change Management, Construction, Grants, Implementation, Digital Transformation, Program Management=uk:Programme Management, Information Technology=IT, Engineering",
  ),
  ...d(
    "operations",
    "Health and Safety=H&S, Manufacturing, Maintenance, Field Service, Quality Control=QC, Plant, Security, Environmental, Sustainability, Energy, Laboratory, Call Center=uk:Call Centre, Data Center=uk:Data Centre, Behavioral Health=uk:Behavioural Health",
  ),
  ...d(
    "retail-and-service",
    "Sales, Business Development=BD, Retail, Customer Success, Customer Experience=CX, Guest Services, Hospitality, Food and Beverage=F&B, Catering, Events, Merchandising, E-commerce, Partnerships, Account",
  ),
  ...d(
    "management",
    "Marketing, Brand, Digital Marketing, Public Relations=PR, Communications, Strategy, Corporate Affairs, Regional Operations, Content, Community, Innovation",
  ),
];

interface Head {
  name: string;
  /** Position on a ladder within one domain: used for career links and seniority level. */
  rank: number;
  families?: readonly FamilyId[];
}

const HEADS: Head[] = [
  { name: "Manager", rank: 4 },
  { name: "Director", rank: 5 },
  { name: "Coordinator", rank: 2 },
  { name: "Specialist", rank: 2 },
  { name: "Analyst", rank: 2 },
  { name: "Assistant", rank: 1 },
  { name: "Administrator", rank: 2 },
  { name: "Officer", rank: 2 },
  { name: "Supervisor", rank: 3 },
  { name: "Associate", rank: 1 },
  { name: "Consultant", rank: 2 },
  { name: "Lead", rank: 3 },
  { name: "Planner", rank: 2, families: ["supply-chain", "finance", "people", "projects", "operations"] },
  { name: "Technician", rank: 1, families: ["operations", "projects", "administrative"] },
  { name: "Clerk", rank: 1, families: ["administrative", "finance", "supply-chain"] },
  { name: "Representative", rank: 1, families: ["retail-and-service", "people", "administrative"] },
];

interface Seniority {
  name: string;
  weight: number;
  rankDelta: number;
  heads?: readonly string[];
}

const SENIORITIES: Seniority[] = [
  { name: "", weight: 60, rankDelta: 0 },
  { name: "Senior", weight: 20, rankDelta: 0.5 },
  {
    name: "Junior",
    weight: 7,
    rankDelta: -0.5,
    heads: [
      "Coordinator",
      "Specialist",
      "Analyst",
      "Assistant",
      "Administrator",
      "Associate",
      "Clerk",
      "Technician",
      "Representative",
      "Planner",
      "Consultant",
    ],
  },
  { name: "Regional", weight: 7, rankDelta: 1, heads: ["Manager", "Director", "Supervisor", "Lead", "Coordinator"] },
  { name: "Global", weight: 3, rankDelta: 1, heads: ["Manager", "Director", "Lead"] },
  { name: "Deputy", weight: 3, rankDelta: -0.5, heads: ["Manager", "Director"] },
];

/** Word abbreviations seen in job ads and signatures. */
const ABBREVIATIONS: Record<string, string> = {
  Senior: "Sr.",
  Junior: "Jr.",
  Manager: "Mgr",
  Director: "Dir.",
  Coordinator: "Coord",
  Assistant: "Asst.",
  Administrator: "Admin",
  Representative: "Rep",
  Associate: "Assoc.",
  Specialist: "Spec.",
  Supervisor: "Supv.",
  Technician: "Tech",
  Clinical: "Clin.",
  Research: "Res.",
  Management: "Mgmt",
  Marketing: "Mktg",
  Development: "Dev.",
  Operations: "Ops",
  Financial: "Fin.",
  Maintenance: "Maint.",
  Manufacturing: "Mfg",
  Laboratory: "Lab",
  Environmental: "Enviro",
  Communications: "Comms",
  Transportation: "Transport",
  Accounts: "Accts",
  Purchasing: "Purch.",
  Engineering: "Eng.",
  Services: "Svcs",
  Customer: "Cust.",
  Regional: "Reg.",
  Information: "Info",
  Technology: "Tech",
  Planning: "Plng",
  Deputy: "Dep.",
};

/** Initialisms that are also words or common chat tokens: never used as an alias. */
const BLOCKED_INITIALISMS = new Set([
  "SOS",
  "ASS",
  "CAT",
  "DOG",
  "BAD",
  "MAD",
  "SAD",
  "DAD",
  "MOM",
  "ICE",
  "ACE",
  "CEO",
  "CFO",
  "COO",
  "CTO",
  "CIO",
  "VP",
  "HR",
  "GM",
  "PM",
  "IT",
  "OK",
  "LOL",
  "WTF",
  "OMG",
  "ETA",
  "FAQ",
  "DM",
  "PS",
  "AM",
]);

export interface GeneratedRole {
  id: string;
  title: string;
  aliases: string[];
  family: FamilyId;
}

interface Candidate {
  seniority: Seniority;
  domain: Domain;
  head: Head;
}

const titleOf = (c: Candidate) => [c.seniority.name, c.domain.name, c.head.name].filter(Boolean).join(" ");
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const pluralHead = (head: string) => (head.endsWith("y") ? `${head.slice(0, -1)}ies` : `${head}s`);

function abbreviate(words: readonly string[], random: Random, domain: Domain): string {
  const out: string[] = [];
  let usedAcronym = false;
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(" ");
    if (!usedAcronym && domain.acronym && rest.startsWith(domain.name) && random.chance(0.7)) {
      out.push(domain.acronym);
      i += domain.name.split(" ").length - 1;
      usedAcronym = true;
      continue;
    }
    const word = words[i]!;
    const short = ABBREVIATIONS[word];
    const isHead = i === words.length - 1;
    const isSeniority = i === 0 && (word === "Senior" || word === "Junior");
    out.push(short && (isHead || isSeniority || random.chance(0.5)) ? short : word);
  }
  return out.join(" ");
}

/** Realistic aliases for a generated title; duplicates and collisions are filtered by the caller. */
function aliasesFor(c: Candidate, random: Random): string[] {
  const title = titleOf(c);
  const words = title.split(" ");
  const base = `${c.domain.name} ${c.head.name}`;
  const aliases: string[] = [];
  aliases.push(abbreviate(words, random, c.domain));
  if (random.chance(0.5)) aliases.push(abbreviate(words, random, c.domain).toLowerCase());
  if (c.domain.uk) aliases.push([c.seniority.name, c.domain.uk, c.head.name].filter(Boolean).join(" "));
  if (c.seniority.name === "Senior") aliases.push(`Sr. ${base}`, `${base} II`);
  if (c.seniority.name === "Junior") aliases.push(`Jr. ${base}`, `Entry-Level ${base}`);
  if (c.head.name === "Director" && !c.seniority.name) aliases.push(`Director of ${c.domain.name}`, `Head of ${c.domain.name}`);
  if (c.head.name === "Lead") aliases.push(`${c.domain.name} Team Lead`);
  if (c.head.name === "Coordinator") aliases.push(title.replace("Coordinator", "Co-ordinator"));
  if (c.head.name === "Representative") aliases.push(title.replace("Representative", "Rep"));
  aliases.push(`${title.split(" ").slice(0, -1).join(" ")} ${pluralHead(c.head.name)}`.toLowerCase());
  if (words.length >= 3 && random.chance(0.5)) {
    const initialism = words.map((w) => w[0]!.toUpperCase()).join("");
    if (/^[A-Z]{3,4}$/.test(initialism) && !BLOCKED_INITIALISMS.has(initialism)) aliases.push(initialism);
  }
  return aliases;
}

function headAllowed(c: Candidate): boolean {
  if (c.head.families && !c.head.families.includes(c.domain.family)) return false;
  if (c.seniority.heads && !c.seniority.heads.includes(c.head.name)) return false;
  return true;
}

function levelFor(c: Candidate): "entry" | "mid" | "senior" | "executive" {
  const rank = c.head.rank + c.seniority.rankDelta;
  if (rank < 2) return "entry";
  if (rank < 4) return c.seniority.name === "Senior" ? "senior" : "mid";
  if (rank < 5) return c.seniority.name ? "senior" : "mid";
  return rank >= 6 ? "executive" : "senior";
}

export interface GeneratedKnowledge {
  dataDir: string;
  roles: GeneratedRole[];
  /** Real plus generated. */
  totalRoles: number;
}

/**
 * Writes `<outDir>/roles/*.{yaml,json}` (the real roles as they are, plus generated JSON roles up to
 * `totalRoles`) and copies the real comparisons. Generated names never collide with another role's
 * names (so loadKnowledge accepts them) nor with phrases in `avoidPhrasesIn` (so the labelled
 * questions keep their meaning: "marketing manager" stays an unknown role).
 */
export async function writeGeneratedKnowledge(options: {
  realDataDir: string;
  outDir: string;
  totalRoles: number;
  random: Random;
  avoidPhrasesIn: readonly string[];
}): Promise<GeneratedKnowledge> {
  const { realDataDir, outDir, totalRoles, random } = options;
  const rolesDir = join(outDir, "roles");
  const comparisonsDir = join(outDir, "comparisons");
  await mkdir(rolesDir, { recursive: true });
  await mkdir(comparisonsDir, { recursive: true });

  const realFiles = (await readdir(join(realDataDir, "roles"))).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  const realRoles: Record<string, unknown>[] = [];
  for (const file of realFiles) {
    await copyFile(join(realDataDir, "roles", file), join(rolesDir, file));
    realRoles.push(parseYaml(await readFile(join(realDataDir, "roles", file), "utf8")) as Record<string, unknown>);
  }
  for (const file of await readdir(join(realDataDir, "comparisons"))) await copyFile(join(realDataDir, "comparisons", file), join(comparisonsDir, file));

  // Every key a name could clash on: the validator's alias key and the parser's canonical phrase.
  const owner = new Map<string, string>();
  const keysOf = (name: string) => [`k:${aliasKey(name)}`, `c:${canonicalPhrase(name)}`];
  for (const role of realRoles) {
    const id = role.id as string;
    for (const name of [id.replace(/-/g, " "), role.title as string, ...((role.aliases as string[] | undefined) ?? [])])
      for (const key of keysOf(name)) owner.set(key, id);
  }
  // Every run of up to six words in the labelled questions, in canonical form.
  const mentioned = new Set<string>();
  for (const question of options.avoidPhrasesIn) {
    const words = canonicalPhrase(question).split(" ");
    for (let i = 0; i < words.length; i++) for (let n = 1; n <= 6 && i + n <= words.length; n++) mentioned.add(words.slice(i, i + n).join(" "));
  }
  const mentionedInLabelledSet = (name: string) => mentioned.has(canonicalPhrase(name));
  const free = (name: string, id: string) => keysOf(name).every((key) => (owner.get(key) ?? id) === id) && !mentionedInLabelledSet(name);

  const weightTotal = SENIORITIES.reduce((sum, s) => sum + s.weight, 0);
  const pickSeniority = () => {
    let r = random.next() * weightTotal;
    for (const s of SENIORITIES) if ((r -= s.weight) < 0) return s;
    return SENIORITIES[0]!;
  };

  const wanted = totalRoles - realRoles.length;
  const chosen: { candidate: Candidate; role: GeneratedRole }[] = [];
  const usedTitles = new Set<string>();
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 200; attempt++) {
    const candidate: Candidate = { seniority: pickSeniority(), domain: random.pick(DOMAINS), head: random.pick(HEADS) };
    const title = titleOf(candidate);
    if (usedTitles.has(title) || !headAllowed(candidate)) continue;
    usedTitles.add(title);
    const id = slug(title);
    if (!free(title, id) || !free(id.replace(/-/g, " "), id)) continue;
    const ownKeys = new Set([aliasKey(title), aliasKey(id)]);
    const aliases: string[] = [];
    for (const alias of aliasesFor(candidate, random)) {
      const key = aliasKey(alias);
      if (!key || alias.length > 60 || ownKeys.has(key) || !free(alias, id)) continue;
      ownKeys.add(key);
      aliases.push(alias);
    }
    for (const name of [title, id.replace(/-/g, " "), ...aliases]) for (const key of keysOf(name)) owner.set(key, id);
    chosen.push({ candidate, role: { id, title, aliases, family: candidate.domain.family } });
  }
  if (chosen.length < wanted) throw new Error(`could only generate ${chosen.length} of ${wanted} distinct roles`);

  // Career links: the nearest lower and higher rungs of the same domain's ladder.
  const rankOf = (c: Candidate) => c.head.rank + c.seniority.rankDelta;
  const byDomain = new Map<string, typeof chosen>();
  for (const entry of chosen) byDomain.set(entry.candidate.domain.name, [...(byDomain.get(entry.candidate.domain.name) ?? []), entry]);
  const templatesByFamily = new Map<string, Record<string, unknown>[]>();
  for (const role of realRoles) templatesByFamily.set(role.family as string, [...(templatesByFamily.get(role.family as string) ?? []), role]);

  await Promise.all(
    chosen.map(async ({ candidate, role }) => {
      const ladder = byDomain.get(candidate.domain.name)!.filter((e) => e.role.id !== role.id);
      const own = rankOf(candidate);
      const distance = (e: (typeof chosen)[number]) => Math.abs(rankOf(e.candidate) - own);
      const previous = ladder
        .filter((e) => rankOf(e.candidate) < own)
        .sort((a, b) => distance(a) - distance(b))
        .slice(0, 3)
        .map((e) => e.role.id);
      const next = ladder
        .filter((e) => rankOf(e.candidate) > own)
        .sort((a, b) => distance(a) - distance(b))
        .slice(0, 3)
        .map((e) => e.role.id);
      const template = structuredClone(random.pick(templatesByFamily.get(role.family) ?? realRoles));
      const career = template.career as Record<string, unknown>;
      const file = {
        ...template,
        id: role.id,
        title: role.title,
        aliases: role.aliases,
        family: role.family,
        career: { ...career, level: levelFor(candidate), previous, next },
      };
      await writeFile(join(rolesDir, `${role.id}.json`), `${JSON.stringify(file, null, 2)}\n`);
    }),
  );
  return { dataDir: outDir, roles: chosen.map((c) => c.role), totalRoles: realRoles.length + chosen.length };
}
