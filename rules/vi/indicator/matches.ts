/** Iterating the matches of the indicator rules' shared global patterns. */

/**
 * Every match of a global pattern in `text`, by `exec` on the pattern itself:
 * `matchAll` copies the pattern on each call, which cost more than short clauses
 * take to scan. Not re-entrant for one pattern (nothing here nests them).
 */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) yield m;
}
