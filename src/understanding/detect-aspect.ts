// Which aspect a question is about, from the synonym table in knowledge/aspects.ts. Longer phrases
// weigh more ("how much experience" beats "how much"); a few sentence shapes settle known clashes.
import { ASPECTS, ASPECT_IDS, type AspectId } from "../knowledge/aspects.js";
import { canonicalPhrase } from "./canonical-tokens.js";

export interface AspectTable {
  phrases: Map<string, AspectId[]>;
  maxLength: number;
}

export function buildAspectTable(): AspectTable {
  const phrases = new Map<string, AspectId[]>();
  let maxLength = 1;
  for (const id of ASPECT_IDS) {
    for (const synonym of ASPECTS[id].synonyms) {
      const phrase = canonicalPhrase(synonym);
      if (!phrase) continue;
      const list = phrases.get(phrase) ?? [];
      if (!list.includes(id)) list.push(id);
      phrases.set(phrase, list);
      maxLength = Math.max(maxLength, phrase.split(" ").length);
    }
  }
  return { phrases, maxLength };
}

/** Weight of a phrase: multi-word phrases are more specific than single words. */
const weightOf = (length: number, aspect: AspectId) => (aspect === "overview" ? 0.5 : length);

export interface AspectHit {
  aspect: AspectId;
  start: number;
  end: number;
}

/** Every aspect phrase in the tokens, skipping spans that belong to role names. */
export function findAspectHits(table: AspectTable, tokens: readonly string[], blocked: (i: number) => boolean): AspectHit[] {
  const hits: AspectHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked(i)) continue;
    for (let length = Math.min(table.maxLength, tokens.length - i); length >= 1; length--) {
      let spanBlocked = false;
      for (let k = i; k < i + length; k++) if (blocked(k)) spanBlocked = true;
      if (spanBlocked) continue;
      const aspects = table.phrases.get(tokens.slice(i, i + length).join(" "));
      if (!aspects) continue;
      for (const aspect of aspects) hits.push({ aspect, start: i, end: i + length });
      break;
    }
  }
  return hits;
}

export function chooseAspect(hits: readonly AspectHit[], context: { roleCount: number; tokens: readonly string[] }): AspectId {
  const { tokens, roleCount } = context;
  const scores = new Map<AspectId, { score: number; first: number }>();
  for (const hit of hits) {
    let aspect = hit.aspect;
    const phrase = tokens.slice(hit.start, hit.end).join(" ");
    // "can a receptionist become an office manager" is about a career move; "how to become X" about requirements.
    if (/\bbecome\b/.test(phrase)) aspect = roleCount >= 2 ? "career" : "requirements";
    const current = scores.get(aspect) ?? { score: 0, first: hit.start };
    current.score += weightOf(hit.end - hit.start, aspect);
    current.first = Math.min(current.first, hit.start);
    scores.set(aspect, current);
  }
  // "what does an X do" asks for duties, unless the sentence asks about pay ("what does X earn").
  const last = tokens[tokens.length - 1];
  if ((tokens[0] === "what" || tokens[0] === "whats") && tokens.includes("do") && !scores.has("salary") && (last === "do" || tokens.includes("day"))) {
    const current = scores.get("duties") ?? { score: 0, first: tokens.indexOf("do") };
    current.score += 2;
    scores.set("duties", current);
  }
  let best: AspectId = "overview";
  let bestScore = 0;
  let bestFirst = Infinity;
  for (const [aspect, { score, first }] of scores) {
    if (score > bestScore || (score === bestScore && first < bestFirst)) {
      best = aspect;
      bestScore = score;
      bestFirst = first;
    }
  }
  return best;
}
