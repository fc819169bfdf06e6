/** Helpers to build Unicode-safe patterns from word lists. */
import { matchKey } from '../pipeline/text/match-key.js';

/** Escapes regex metacharacters. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/**
 * An alternation of `words` for patterns that run on the matchKey: each word is
 * keyed (lower case, canonical tone placement), escaped, longest first.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => matchKey(w.normalize('NFC'))))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRegExp(w).replace(/ /gu, ' '))
    .join('|');
}

/** Lookbehind/lookahead that stand for a word boundary on Vietnamese text. */
export const WB_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WB_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * Like `alternation`, but a space in a word matches any run of whitespace
 * (for text where line breaks survive, e.g. table cells joined across rows).
 */
export function alternationLoose(words: readonly string[]): string {
  return [...new Set(words.map((w) => matchKey(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|');
}

// ---------------------------------------------------------------------------
/*
 * Matching at a position within a bounded window. A sticky or global regex run
 * on the whole text from a candidate position is handed the rest of the text:
 * when it fails, or searches for a stop that is not there, it passes over
 * everything to the end. Done once per candidate, that is quadratic on a text
 * full of candidates. Reading on a window of fixed reach keeps each candidate's
 * work constant; the reach is far beyond the longest real number, date, name or
 * issuer phrase, so results on real documents do not change.
 */

/** Characters kept before the position: the one-character word-boundary lookbehinds see the real text. */
const BEHIND = 1;

/**
 * `re` (sticky or global) run at `at` on `s`, seeing at most `reach` characters
 * from `at`; the match's index is an offset into `s`. At the window's end `$`
 * matches, as at the end of a text.
 */
export function execWithin(re: RegExp, s: string, at: number, reach: number): RegExpExecArray | null {
  const from = Math.max(0, at - BEHIND);
  const to = Math.min(s.length, at + reach);
  re.lastIndex = at - from;
  const m = re.exec(s.slice(from, to));
  if (m) m.index += from;
  return m;
}

/** Whether `re` (sticky or global) matches at `at` on `s` within `reach` characters. */
export function testWithin(re: RegExp, s: string, at: number, reach: number): boolean {
  return execWithin(re, s, at, reach) !== null;
}
