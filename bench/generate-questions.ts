// Labelled questions about generated roles, phrased the way members type: titles, lower case,
// aliases and abbreviations, typos, two- and three-way comparisons, and a share of chit-chat.
import type { AspectId } from "../src/knowledge/aspects.js";
import type { GeneratedRole } from "./generate-knowledge.js";
import type { Random } from "./random.js";
import type { LabelledQuestion } from "./score.js";

type Template = (a: string, b: string, c: string) => string;

/** "a"/"an" before a rendered role name. */
const an = (name: string) => `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name}`;

const COMPARE: Record<AspectId, Template[]> = {
  overview: [
    (a, b) => `what's the difference between ${an(a)} and ${an(b)}?`,
    (a, b) => `${a} vs ${b}`,
    (a, b) => `${a} vs. ${b}?`,
    (a, b) => `how is ${an(a)} different from ${an(b)}?`,
    (a, b) => `${a} or ${b}, what's the difference`,
    (a, b) => `compare ${a} and ${b}`,
  ],
  salary: [
    (a, b) => `${a} vs ${b} salary`,
    (a, b) => `who earns more, ${an(a)} or ${an(b)}?`,
    (a, b) => `does ${an(a)} make more money than ${an(b)}?`,
    (a, b) => `${a} or ${b} - which pays better?`,
    (a, b) => `pay difference between ${a} and ${b}`,
  ],
  duties: [(a, b) => `${a} vs ${b} duties`, (a, b) => `day to day of ${an(a)} vs ${an(b)}`, (a, b) => `${a} and ${b} responsibilities compared`],
  requirements: [
    (a, b) => `do you need a degree to be ${an(a)} or ${an(b)}?`,
    (a, b) => `${a} vs ${b} qualifications`,
    (a, b) => `${a} vs ${b}: which needs more experience?`,
  ],
  skills: [(a, b) => `skills needed for ${a} vs ${b}`, (a, b) => `what skills does ${an(a)} need compared to ${an(b)}?`],
  environment: [(a, b) => `${a} vs ${b} work environment`, (a, b) => `which has better hours, ${a} or ${b}?`],
  career: [(a, b) => `${a} vs ${b} career path`, (a, b) => `is ${an(a)} more senior than ${an(b)}?`],
  outlook: [(a, b) => `${a} vs ${b} job outlook`, (a, b) => `which is more in demand, ${a} or ${b}?`],
};

const COMPARE_THREE: { aspect: AspectId; template: Template }[] = [
  { aspect: "overview", template: (a, b, c) => `${a} vs ${b} vs ${c}` },
  { aspect: "salary", template: (a, b, c) => `${a}, ${b} or ${c}: which pays best?` },
];

const PROFILE: Record<AspectId, Template[]> = {
  overview: [(a) => `tell me about the ${a} role`, (a) => `what is ${an(a)}?`],
  duties: [(a) => `what does ${an(a)} do?`, (a) => `${a} responsibilities`, (a) => `what are the duties of ${an(a)}?`],
  salary: [(a) => `how much does ${an(a)} make?`, (a) => `${a} salary`, (a) => `what's the pay like for ${an(a)}?`],
  requirements: [(a) => `how do I become ${an(a)}?`, (a) => `do I need a degree to be ${an(a)}?`, (a) => `${a} requirements`],
  skills: [(a) => `what skills does ${an(a)} need?`, (a) => `${a} skills`],
  environment: [(a) => `what are the hours like for ${an(a)}?`, (a) => `${a} work environment`],
  career: [(a) => `what's the career path for ${an(a)}?`, (a) => `who does ${an(a)} report to?`],
  outlook: [(a) => `what's the job outlook for ${an(a)}?`, (a) => `are ${a} jobs in demand?`],
};

const DAYS = ["monday", "friday", "the weekend", "tuesday"];
const PLACES = ["the new cafe", "the park", "the gym", "that ramen place", "the library"];
const NAMES = ["Sam", "Priya", "Alex", "Jordan", "Mei", "Tom"];
const EVENTS = ["networking event", "mock interview", "webinar", "AMA", "resume workshop"];

const CHIT_CHAT: ((r: Random) => string)[] = [
  () => "good morning everyone!",
  (r) => `hi all, happy ${r.pick(DAYS)}`,
  (r) => `anyone up for lunch at ${r.pick(PLACES)}?`,
  () => "lol",
  () => "thanks, that helps!",
  () => "ok cool",
  () => "haha same",
  (r) => `${r.pick(DAYS)} can't come soon enough`,
  () => "did anyone watch the game last night?",
  (r) => `just got back from ${r.pick(PLACES)}`,
  (r) => `I have an interview on ${r.pick(DAYS)}, wish me luck!`,
  (r) => `congrats ${r.pick(NAMES)}!`,
  (r) => `what time is the ${r.pick(EVENTS)} today?`,
  (r) => `has anyone been to ${r.pick(PLACES)}?`,
  (r) => `check out this article https://example.com/${r.pick(["careers", "tips", "news"])}/${r.int(1000)}`,
  () => "is the server down for anyone else?",
  () => "my commute was terrible today",
  () => "coffee or tea?",
  (r) => `welcome ${r.pick(NAMES)}!`,
  (r) => `can someone share the slides from the ${r.pick(EVENTS)}?`,
  () => "finally finished my resume",
  (r) => `does anyone have tips for a ${r.pick(EVENTS)}?`,
  (r) => `<@${100000 + r.int(900000)}> thanks for the help yesterday`,
  () => "```const x = 1;``` why does this not compile",
  () => "brb",
  () => "👍",
];

const KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

/** One realistic typo in one longer word: a dropped, doubled, swapped or wrong letter. */
function typo(name: string, random: Random): string {
  const words = name.split(" ");
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
  if (candidates.length === 0) return name;
  const [word, index] = random.pick(candidates);
  const at = 1 + random.int(word.length - 2);
  let changed: string;
  switch (random.int(4)) {
    case 0:
      changed = word.slice(0, at) + word.slice(at + 1);
      break;
    case 1:
      changed = word.slice(0, at) + word[at] + word.slice(at);
      break;
    case 2:
      changed = word.slice(0, at) + word[at + 1]! + word[at] + word.slice(at + 2);
      break;
    default:
      changed = word.slice(0, at) + random.pick([...KEYBOARD]) + word.slice(at + 1);
  }
  words[index] = changed;
  return words.join(" ");
}

/** How a member writes a role's name: as titled, lower case, an alias, or with a typo. */
function renderName(role: GeneratedRole, random: Random): string {
  const r = random.next();
  if (r < 0.3) return role.title;
  if (r < 0.55) return role.title.toLowerCase();
  if (r < 0.85 && role.aliases.length > 0) {
    const alias = random.pick(role.aliases);
    return random.chance(0.5) ? alias : alias.toLowerCase();
  }
  return typo(role.title.toLowerCase(), random);
}

const ASPECTS = Object.keys(COMPARE) as AspectId[];

export function generateQuestions(roles: readonly GeneratedRole[], count: number, random: Random, chitChatShare = 0.2): LabelledQuestion[] {
  const out: LabelledQuestion[] = [];
  const distinctRoles = (n: number) => {
    const picked: GeneratedRole[] = [];
    while (picked.length < n) {
      const role = random.pick(roles);
      if (!picked.includes(role)) picked.push(role);
    }
    return picked;
  };
  while (out.length < count) {
    const r = random.next();
    if (r < chitChatShare) {
      out.push({ q: random.pick(CHIT_CHAT)(random), intent: "none" });
      continue;
    }
    const kind = random.next();
    if (kind < 0.05) {
      const picked = distinctRoles(3);
      const { aspect, template } = random.pick(COMPARE_THREE);
      const [a, b, c] = picked.map((role) => renderName(role, random)) as [string, string, string];
      out.push({ q: template(a, b, c), intent: "compare", roles: picked.map((p) => p.id), aspect });
    } else if (kind < 0.6) {
      const picked = distinctRoles(2);
      const aspect = random.pick(ASPECTS);
      const [a, b] = picked.map((role) => renderName(role, random)) as [string, string];
      out.push({ q: random.pick(COMPARE[aspect])(a, b, ""), intent: "compare", roles: picked.map((p) => p.id), aspect });
    } else {
      const [role] = distinctRoles(1) as [GeneratedRole];
      const aspect = random.pick(ASPECTS);
      out.push({ q: random.pick(PROFILE[aspect])(renderName(role, random), "", ""), intent: "profile", roles: [role.id], aspect });
    }
  }
  return out;
}
