// The role cards an answer shows. A card depends only on its role, the aspect, the pay period and how
// much of it stays under a verdict or a path; the same roles recur across questions, so each card is
// made once and shared by every answer that shows it (frozen, as answers are never edited).
import type { AspectId } from "../knowledge/aspects.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { PayPeriod, RoleFacts } from "./answer.js";
import { roleFacts } from "./role-facts.js";

/** What the card supports: nothing (it is the answer), a verdict, or a path. */
export type CardSupport = "none" | "verdict" | "path";

/** Bullets (and, under a path, facts) a role card keeps under a verdict, which already answers the question. */
const SUPPORTING_LINES = 2;

/**
 * Cards kept before the cache starts again. With each card's Discord text kept beside it, 4,096 cards
 * took the 10,000-event soak to 246 of its 250 MB; a thousand keep the popular roles' cards.
 */
const CARDS_KEPT = 1024;

let cards = new WeakMap<RoleEntry, Map<string, RoleFacts>>();
let cardCount = 0;

function makeCard(knowledge: KnowledgeBase, entry: RoleEntry, aspect: AspectId, period: PayPeriod, support: CardSupport): RoleFacts {
  const full = roleFacts(knowledge, entry, aspect, period);
  if (support === "none") return full;
  // Under a verdict or a path the card supports the answer: the first bullets are enough.
  return {
    ...full,
    bullets: full.bullets.slice(0, SUPPORTING_LINES),
    ...(support === "path" ? { facts: full.facts.slice(0, SUPPORTING_LINES) } : {}),
  };
}

export function roleCard(knowledge: KnowledgeBase, entry: RoleEntry, aspect: AspectId, period: PayPeriod, support: CardSupport): RoleFacts {
  if (cardCount >= CARDS_KEPT) {
    cards = new WeakMap();
    cardCount = 0;
  }
  let byKey = cards.get(entry);
  if (!byKey) cards.set(entry, (byKey = new Map<string, RoleFacts>()));
  const key = `${aspect}|${period}|${support}`;
  let card = byKey.get(key);
  if (!card) {
    byKey.set(key, (card = Object.freeze(makeCard(knowledge, entry, aspect, period, support))));
    cardCount++;
  }
  return card;
}
