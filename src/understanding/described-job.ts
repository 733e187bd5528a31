// "the people who fix elevators, how much do they make", "whoever reads x-rays", "whats the job where
// you climb power poles": a job described instead of named. The description is looked up in the
// occupations' own words (O*NET's description and task statements, and the title), the rarest words
// counting most, so "fix elevators" finds the elevator installers and repairers. Run only when the
// message describes someone by what they do and no title was read there: no cost to other messages.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { peekDescriptionAndTasks } from "../knowledge/occupation-details.js";

/** The description found in a message: the words to replace ("the people who fix elevators") and what they do ("fix elevators"). */
export interface Description {
  phrase: string;
  clause: string;
}

/**
 * Someone described by what they do: "the people who …", "the guy that …", "whoever …", "the job
 * where you …", "who fixes …" opening a question. The description runs to a mark or to the question
 * after it ("how much", "what", "salary", "called").
 */
const DESCRIBED =
  /(?:\b(?:the |a |an )?(?:people|ppl|person|guy|guys|gal|lady|ladies|folks|ones|one|workers?|someone|somebody|employees?)(?: (?:at|in|on) (?:the |a )?[a-z]+)? (?:who|that)|\b(?:the |a )?(?:job|jobs|career|profession|occupation|work) (?:where|in which|that) (?:you|u|people|they|someone|i)(?: get to| have to)?|\bwhoever|^who) ([a-z0-9'&-]+(?: [a-z0-9'&-]+){0,8}?)(?=\s*[,.?!;:(]|\s+(?:how|what|whats|which|salary|salaries|pay|paid|called|and what|and how|and do|do they|do you|do i|is that|is it|are they|and is|and are|and whats|lol|lmao|pls|please|are|is|was|were|get|gets|make|makes|earn|earns|vs|versus|compared|different|differ)\b|\s*$)/;

/** What every description has: most messages have none of these words, and the long pattern is not tried on them. */
const MAY_DESCRIBE = /\bwho|\b(where|that|which)\b/;

/** A clause about one particular person or the member's own life is chat ("the guy who fixed my car"), and a helper's may be, not a job ("someone who can help me"). */
const PERSONAL = /\b(i|me|my|mine|we|us|our|ours|im|ive)\b/;
/** A job is described by what it does, in the present: "whoever cleaned the bathroom" is one particular person. */
const PAST_DOING = /^(?!(need|feed|bleed|breed|weed|shred|speed|seed)\b)[a-z]{3,}ed\b/;
/** Thanks to someone: chat. */
const THANKS = /\b(thank you|thanks|thx|ty|shoutout|shout out|kudos)\b/;
/** A clause that says what someone is, may or wants, not what a job does: "who is …", "who can …", "who works here". */
const NOT_A_DOING =
  /^(is|are|was|were|has|have|had|can|could|will|would|should|might|may|knows?|wants?|likes?|loves?|said|says|told|works? (here|there|with me))\b/;

/** Words of a description that say nothing of the work. */
const STOPWORDS = new Set(
  "the a an you your yours people ppl person guy guys folks ones one who that where which for on in at of to with all day and or their them they it its up out into from when before after like stuff things thing do does did is are be being get gets got make makes what whats job jobs work works working someone somebody whoever he she his her living kind sort type big little lot lots around over under every other some any just really actually basically usually always company companies firm firms corporation corporations organization organizations organisation organisations workplace".split(
    " ",
  ),
);

/** Everyday words for the words the occupations' own texts use. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  fix: ["repair"],
  fixes: ["repair"],
  fixing: ["repair"],
  car: ["vehicle", "automobile", "automotive"],
  cars: ["vehicle", "automobile", "automotive"],
  teeth: ["tooth", "dental"],
  kid: ["child", "student"],
  kids: ["child", "student"],
  children: ["child"],
  plane: ["aircraft"],
  planes: ["aircraft"],
  boat: ["vessel"],
  boats: ["vessel"],
  bug: ["pest", "insect"],
  bugs: ["pest", "insect"],
  ac: ["air", "conditioning"],
  garbage: ["refuse", "waste"],
  trash: ["refuse", "waste"],
  meds: ["medication"],
  medicine: ["medication"],
  medicines: ["medication"],
  money: ["financial"],
  taxes: ["tax"],
  sick: ["patient"],
  dead: ["deceased", "remains"],
  bodies: ["body", "remains"],
  cops: ["police"],
  cop: ["police"],
  phone: ["telephone"],
  phones: ["telephone"],
  washing: ["appliance", "washer"],
  mri: ["magnetic", "resonance"],
  surgery: ["surgical"],
  court: ["legal"],
  nails: ["fingernail", "manicure", "manicurist"],
  run: ["manage", "operate", "direct"],
  runs: ["manage", "operate", "direct"],
  running: ["manage", "operate", "direct"],
  trains: ["railroad", "locomotive", "rail"],
  train: ["railroad", "locomotive", "rail"],
  ship: ["vessel", "ship"],
  library: ["librarian", "library"],
  kitchen: ["chef", "kitchen", "food"],
  restaurant: ["restaurant", "food"],
  restaurants: ["restaurant", "food"],
  hair: ["hairstyle", "haircut"],
};

/** Words after which the rest tells where or for whom, not what is done: "cleans teeth (at the dentist)". */
const CONTEXT_START = new Set(["at", "in", "on", "near", "for", "from", "under", "inside", "around", "during"]);
/** A place or context word counts this much of a doing word, and never as the title. */
const CONTEXT_WEIGHT = 0.5;

/** A light stem: "repairs", "repairer", "repairing" are "repair"; "inspects", "inspection" are "inspect". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  for (const suffix of ["ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion", "ers", "ors", "er", "or", "ed", "es", "e", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** A text's words, lower-cased ("x-rays" one word). */
function allWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/x-?rays?/g, "xray")
    .split(/[^a-z0-9]+/);
}

/** A text's words that may say something of work. */
function words(text: string): string[] {
  return allWords(text).filter((word) => word && !STOPWORDS.has(word));
}

/** The description in `text`, or null: someone described by what they do, not a particular person of the member's life. */
export function describedJob(text: string): Description | null {
  const lower = text.toLowerCase();
  if (!MAY_DESCRIBE.test(lower)) return null;
  const found = DESCRIBED.exec(lower);
  if (!found) return null;
  const clause = found[1]!.trim();
  if (PERSONAL.test(clause) || NOT_A_DOING.test(clause) || PAST_DOING.test(clause) || THANKS.test(lower) || words(clause).length === 0) return null;
  return { phrase: found[0].trim(), clause };
}

/** An occupation a description may mean: how well, the share of its words found, whether one is in the title, and how many doing words it has. */
export interface DescribedMatch {
  id: string;
  score: number;
  coverage: number;
  inTitle: boolean;
  words: number;
}

/** One occupation of the index: its id, how common it is, and how likely a description means it. */
interface Doc {
  id: string;
  title: string;
  /** log10 of the jobs held, a tie-breaker toward the common job. */
  size: number;
  /** Less for one of O*NET's specialties ("Acute Care Nurse"): a job described is most often the occupation itself. */
  prior: number;
}

/**
 * The occupations' words as postings, built the first time a description is looked up: for each stem,
 * the sentences (an occupation's description and each of its task statements) and the titles it is in.
 * A description's doing words must meet in one sentence or the title; the words that say where ("at
 * the dentist") may stand anywhere in the occupation's sentences.
 */
interface Postings {
  docs: Doc[];
  /** The occupation each sentence belongs to. */
  sentenceDoc: Int32Array;
  /** Each stem's number, and its weight by number: rarer stems say more. */
  stemIds: Map<string, number>;
  idf: Float64Array;
  /** Per stem number, its sentences and its titles, packed (no array per stem: a few megabytes less). */
  sentences: Packed;
  titles: Packed;
}

/** Lists by number packed in one array: list `i` is `data[offsets[i]]` up to `data[offsets[i + 1]]`. */
interface Packed {
  offsets: Int32Array;
  data: Int32Array;
}

export class DescriptionIndex {
  private postings: Postings | null = null;

  constructor(private readonly knowledge: KnowledgeBase) {}

  /** Builds the index now rather than on the first job described. */
  warmUp(): void {
    this.postings ??= this.build();
  }

  private build(): Postings {
    const docs: Doc[] = [];
    const sentenceDoc: number[] = [];
    const sentences = new Map<string, number[]>();
    const titles = new Map<string, number[]>();
    const counts = new Map<string, number>();
    const stemOf = new Map<string, string>();
    const stemsOf = (text: string) => {
      const out = new Set<string>();
      for (const word of words(text)) {
        let s = stemOf.get(word);
        if (s === undefined) stemOf.set(word, (s = stem(word)));
        out.add(s);
      }
      return out;
    };
    for (const entry of this.knowledge.roleList) {
      if (entry.kind !== "occupation") continue;
      const o = entry.occupation;
      // (Read and let go, the words only: one look-up must not leave every occupation's details parsed on the heap.)
      const { description, tasks } = peekDescriptionAndTasks(o);
      if (tasks.length === 0) continue;
      const d = docs.length;
      // (The wage series' head count: in the core, where the projection is in the details.)
      const jobs = o.wages ? (this.knowledge.wageSeries(o.wages.series)?.employment ?? null) : null;
      docs.push({
        id: entry.id,
        title: o.singular,
        size: jobs !== null && jobs > 0 ? Math.log10(jobs) : 0,
        prior: o.code.endsWith(".00") ? 1 : SPECIALTY_PRIOR,
      });
      const seen = new Set<string>();
      for (const w of stemsOf(o.singular)) {
        push(titles, w, d);
        seen.add(w);
      }
      for (const text of [description, ...tasks]) {
        const at = sentenceDoc.length;
        sentenceDoc.push(d);
        for (const w of stemsOf(text)) {
          push(sentences, w, at);
          seen.add(w);
        }
      }
      for (const w of seen) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const stemIds = new Map<string, number>();
    const idf = new Float64Array(counts.size);
    for (const [w, n] of counts) {
      idf[stemIds.size] = Math.log(docs.length / n);
      stemIds.set(w, stemIds.size);
    }
    return { docs, sentenceDoc: Int32Array.from(sentenceDoc), stemIds, idf, sentences: packed(sentences, stemIds), titles: packed(titles, stemIds) };
  }

  /** The stems as the occupations' words have them; a word they lack may end in one ("wildfires": "fire"). */
  private known(group: ClauseWord, stemIds: Map<string, number>): number[] {
    const out = group.stems.map((w) => stemIds.get(w)).filter((id): id is number => id !== undefined);
    if (out.length) return out;
    for (let cut = 2; cut <= group.word.length - MIN_PART; cut++) {
      const tail = stemIds.get(stem(group.word.slice(cut)));
      if (tail !== undefined) return [tail];
    }
    return [];
  }

  /**
   * The occupations the clause describes, best first (at most `limit`), each with its share of the
   * clause's words found; empty where no occupation has most of them.
   */
  match(clause: string, limit = 3): DescribedMatch[] {
    const index = (this.postings ??= this.build());
    const { docs, sentenceDoc, stemIds, sentences, titles, idf } = index;
    // Each everyday word counts once, by its best form (itself or a synonym).
    const groups = clauseGroups(clause);
    if (groups.length === 0) return [];
    const count = groups.length;
    // Per occupation, what each word scores wherever it stands (the title, or for a place word any sentence)...
    const anywhere = new Map<number, Float64Array>();
    // ...and per sentence, what each doing word scores there.
    const inSentence = new Map<number, Float64Array>();
    const raise = (map: Map<number, Float64Array>, key: number, g: number, value: number) => {
      let row = map.get(key);
      if (!row) map.set(key, (row = new Float64Array(count)));
      if (value > row[g]!) row[g] = value;
    };
    const inTitle = new Set<number>();
    // Per occupation, which doing words its title has (a bit each).
    const titleWords = new Map<number, number>();
    groups.forEach((group, g) => {
      for (const w of this.known(group, stemIds)) {
        // (The first word is most often what the job does: "manages (a hotel)", "tests (video games)".)
        const weight = idf[w]! * (group.context ? CONTEXT_WEIGHT : g === 0 ? DOING_WEIGHT : 1);
        for (let i = titles.offsets[w]!; i < titles.offsets[w + 1]!; i++) {
          const d = titles.data[i]!;
          raise(anywhere, d, g, group.context ? weight : weight * TITLE_WEIGHT);
          if (!group.context) {
            inTitle.add(d);
            titleWords.set(d, (titleWords.get(d) ?? 0) | (1 << g));
          }
        }
        for (let i = sentences.offsets[w]!; i < sentences.offsets[w + 1]!; i++) {
          const at = sentences.data[i]!;
          if (group.context) raise(anywhere, sentenceDoc[at]!, g, weight);
          else raise(inSentence, at, g, weight);
        }
      }
    });
    // The best of each occupation's sentences: where the description's words meet.
    const best = new Map<number, { score: number; found: number }>();
    const consider = (d: number, row: Float64Array | undefined) => {
      const base = anywhere.get(d);
      let score = 0;
      let found = 0;
      for (let g = 0; g < count; g++) {
        const value = Math.max(base?.[g] ?? 0, row?.[g] ?? 0);
        if (value > 0) found++;
        score += value;
      }
      const top = best.get(d);
      if (!top || score > top.score) best.set(d, { score, found });
    };
    for (const [at, row] of inSentence) consider(sentenceDoc[at]!, row);
    for (const d of anywhere.keys()) consider(d, undefined);
    const doing = groups.filter((g) => !g.context).length;
    let allDoing = 0;
    groups.forEach((group, g) => (allDoing |= group.context ? 0 : 1 << g));
    // ("the person who manages a hotel": the hotel's manager, not its desk clerk.)
    const manages = MANAGING.test(groups[0]!.word);
    const scored: DescribedMatch[] = [];
    for (const [d, top] of best) {
      const coverage = top.found / count;
      if (coverage < MIN_COVERAGE || top.score <= 0) continue;
      const doc = docs[d]!;
      const runs = manages && MANAGER_TITLE.test(doc.title) ? MANAGER_PRIOR : 1;
      // ("read meters": the meter readers; "fixes elevators": their repairers.)
      const named = doing > 1 && titleWords.get(d) === allDoing ? NAMED_PRIOR : 1;
      scored.push({
        id: doc.id,
        score: (top.score * coverage + doc.size * SIZE_WEIGHT) * doc.prior * runs * named,
        coverage,
        inTitle: inTitle.has(d),
        words: doing,
      });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `map`'s lists in stem-number order, packed. */
function packed(map: Map<string, number[]>, stemIds: Map<string, number>): Packed {
  const offsets = new Int32Array(stemIds.size + 1);
  for (const [w, id] of stemIds) offsets[id + 1] = map.get(w)?.length ?? 0;
  for (let i = 0; i < stemIds.size; i++) offsets[i + 1]! += offsets[i]!;
  const data = new Int32Array(offsets[stemIds.size]!);
  for (const [w, id] of stemIds) data.set(map.get(w) ?? [], offsets[id]);
  return { offsets, data };
}

/** The description's first word, most often its verb, counts this much more. */
const DOING_WEIGHT = 1.5;
/** A word of the job's own title counts more than one of its tasks. */
const TITLE_WEIGHT = 1.5;
/** At least this share of the description's words must be the occupation's. */
const MIN_COVERAGE = 0.6;
/** How much the number of jobs breaks near ties. */
const SIZE_WEIGHT = 0.5;
const SPECIALTY_PRIOR = 0.85;
/** A description that opens with running something ("manages", "runs", "oversees", "supervises")... */
const MANAGING = /^(manag(e|es|ing)|run|runs|running|oversee|oversees|overseeing|supervis(e|es|ing)|directs)$/;
/** ...means a job whose title says it runs things, this much more. */
const MANAGER_TITLE = /\b(manager|supervisor|director|administrator|chief|head|superintendent|captain)\b/i;
const MANAGER_PRIOR = 1.3;
/** A title with every doing word of the description in it is what the description names, this much more. */
const NAMED_PRIOR = 1.3;
/** The shortest end of a word looked up on its own: "wildfires" ends in "fire". */
const MIN_PART = 4;

interface ClauseWord {
  word: string;
  stems: string[];
  context: boolean;
}

/** The clause's words, each with its synonyms, as groups of stems, and whether it only says where ("at the dentist"). */
function clauseGroups(clause: string): ClauseWord[] {
  const groups: ClauseWord[] = [];
  let context = false;
  for (const word of allWords(clause)) {
    if (CONTEXT_START.has(word) && groups.length > 0) context = true;
    if (!word || STOPWORDS.has(word)) continue;
    // (A place word is taken as it is: "check food at restaurants" is no food service.)
    groups.push({ word, stems: [stem(word), ...(context ? [] : (SYNONYMS[word] ?? []).map(stem))], context });
  }
  return groups;
}
