/** Iterating the matches of the indicator rules' shared global patterns. */
import { execAtWordStart } from '../../pattern.js';

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

/**
 * Every match of a global word pattern compiled without the leading WB_BEFORE,
 * kept only where it starts a word: the matches `matches` finds with the
 * lookbehind, found faster (see `execAtWordStart` in rules/pattern.ts).
 */
export function wordMatches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  pattern.lastIndex = 0;
  let m = execAtWordStart(pattern, text);
  if (m === null) return NONE;
  const out: RegExpExecArray[] = [];
  for (; m !== null; m = execAtWordStart(pattern, text)) out.push(m);
  return out;
}
