/** Iterating the matches of the indicator rules' shared global patterns. */

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of a global pattern in `text`, by `exec` on the pattern itself:
 * `matchAll` copies the pattern on each call, and a generator costs a resume per
 * match, both more than short clauses take to scan.
 */
export function matches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NONE;
  const out: RegExpExecArray[] = [];
  for (; m !== null; m = pattern.exec(text)) out.push(m);
  return out;
}
