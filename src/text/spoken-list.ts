/** "a", "a and b", "a, b and c": names as a sentence says them. */
export function spokenList(items: readonly string[]): string {
  return items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
