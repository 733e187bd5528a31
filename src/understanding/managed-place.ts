// "i want to manage a restaurant", "what does it take to run a hotel", "i want to be a manager at a
// restaurant": a manager named by the kind of place managed. Read as that manager's title ("restaurant
// manager") where the titles know it and the message asks about work, never about one particular place
// ("who's gonna run the restaurant while you're away" is chat).

/** Running a kind of place: "manage a restaurant", "run my own gym". */
const MANAGES_PLACE = /\b(manage|managing|run|running)( my own| my| a| an| the| your own| their own)? ([a-z]+)\b/;
/** A manager at one: "a manager at a restaurant", "manager of a hotel". */
const MANAGER_AT_PLACE = /\bmanager (at|of|in) (a|an|the) ([a-z]+)\b/;
/** What makes it a question about work: a wish, a way in, or work words. */
const ABOUT_WORK =
  /\b(want to|wanna|wanting to|how (do|can|would|could|did) (i|you|one|someone|people)|what does it take|what do (i|you) need|dream|thinking (of|about)|plan to|planning to|hoping to|goal|someday|one day|career|job|salary|pay|make|earn|become|experience|degree|school)\b/;

/**
 * `words` (normalized) with the place managed read as its manager's title ("… to be a restaurant
 * manager"), or null: no such phrase, no work asked about, or no title `isTitle` knows.
 */
export function managedPlaceRewrite(words: string, isTitle: (phrase: string) => boolean): string | null {
  if (!ABOUT_WORK.test(words)) return null;
  const title = (place: string) => [`${place} manager`, `${place.replace(/s$/, "")} manager`].find(isTitle) ?? null;
  const runs = MANAGES_PLACE.exec(words);
  if (runs) {
    const named = title(runs[3]!);
    if (named) return `${words.slice(0, runs.index)}be a ${named}${words.slice(runs.index + runs[0].length)}`;
  }
  const at = MANAGER_AT_PLACE.exec(words);
  if (at) {
    const named = title(at[3]!);
    if (named) return `${words.slice(0, at.index)}${named}${words.slice(at.index + at[0].length)}`;
  }
  return null;
}
