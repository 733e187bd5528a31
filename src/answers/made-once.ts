// Parts of answers that depend on one object alone (an import, a source, a role, the knowledge base):
// made the first time they are needed, frozen, and shared by every answer after (answers are never edited).

/** The value `made` holds for `key`, made by `make` and frozen the first time. */
export function madeOnce<K extends object, V>(made: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = made.get(key);
  if (value === undefined) made.set(key, (value = Object.freeze(make(key)) as V));
  return value;
}
