/**
 * Memoises a pure function of a string. Rules ask the same questions many times
 * per document (the same syllable keyed, the same unit phrase resolved at every
 * sentence start); the answers never change, so a bounded table answers repeats.
 * Bounded so a batch of thousands of documents cannot grow it without limit:
 * when full it starts afresh (simple, and the working set refills within a document).
 */
export function memoByString<V>(fn: (key: string) => V, maxEntries = 50_000): (key: string) => V {
  let table = new Map<string, V>();
  return (key: string): V => {
    const hit = table.get(key);
    if (hit !== undefined || table.has(key)) return hit as V;
    const value = fn(key);
    if (table.size >= maxEntries) table = new Map();
    table.set(key, value);
    return value;
  };
}
