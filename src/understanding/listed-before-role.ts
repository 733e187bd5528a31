// "welding, hvac, electrician? which pays best": fields listed with commas up to the role named, each
// one a role of the question (field-nouns.ts reads them as their workers).

/** A list's last comma before the role: "welding, hvac, " ("or" may follow it: "welding, plumbing, or"). */
const LIST_COMMA_END = /,\s*(or\s+)?$/;
/** The most words an item of a list of fields takes ("software development"). */
const MAX_LIST_ITEM_WORDS = 3;

/** "welding, hvac, electrician? which pays best": a list of short items, commas between them, running up to the role. */
export function listedBeforeRole(cleaned: string, typed: string): boolean {
  const at = cleaned.toLowerCase().indexOf(typed.toLowerCase());
  if (at <= 0) return false;
  const before = cleaned.slice(0, at);
  if (!LIST_COMMA_END.test(before)) return false;
  const items = before.split(",").slice(0, -1);
  // (The list opens the message or follows a sentence: "thinking about trades. welding, hvac, electrician?")
  const first = items[0]!.split(/[.?!:]\s+/).at(-1)!;
  return [first, ...items.slice(1)].every((item) => {
    const words = item.trim().split(/\s+/).filter(Boolean).length;
    return words >= 1 && words <= MAX_LIST_ITEM_WORDS;
  });
}
